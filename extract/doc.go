// Package extract finds numbers, quantities, numeric commitments and footnote
// markers in Chinese or English text, and links the quantities of a Chinese
// sentence with those of its English translation. A Catalog of indicators
// (DefaultCatalog: GDP growth, CPI, new urban jobs …; ReadCatalog for a
// user's own) names the statistic a quantity states (Catalog.Match).
//
// It is a leaf package that works on any string: offsets are rune (Unicode
// code point) offsets into the string given.
package extract
