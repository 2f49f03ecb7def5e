package extract

// Lang is the language of a text.
type Lang uint8

// The languages extract understands.
const (
	Chinese Lang = iota + 1
	English
)

// Role says what a number in running text is.
type Role string

// The roles of a quantity.
const (
	RoleQuantity    Role = "quantity"     // an amount: 26万人, 260,000 jobs, 6.5%
	RoleDate        Role = "date"         // 1月21日, January 21
	RoleYear        Role = "year"         // 2024年, in 2024
	RoleOrdinal     Role = "ordinal"      // 第十六届, Sixteenth, second
	RoleListMarker  Role = "list-marker"  // 二、 (十) II 1.
	RoleFootnoteRef Role = "footnote-ref" // areas17
	RoleName        Role = "name"         // 七有, 五性, 三医: a number inside a name
)

// Qualifier says how a stated value bounds the real one.
type Qualifier string

// The qualifiers. See DESIGN.md for the classes they fall into.
const (
	Exact    Qualifier = "exact"     // 34项; raise to 65%
	AtLeast  Qualifier = "at_least"  // 不少于, 以上, no fewer than
	MoreThan Qualifier = "more_than" // 超过, more than, over
	AtMost   Qualifier = "at_most"   // 不超过, 以内, within
	LessThan Qualifier = "less_than" // 不到, less than
	UpTo     Qualifier = "up_to"     // 放宽至, 最多, up to
	About    Qualifier = "about"     // 约, 左右, about
	Range    Qualifier = "range"     // 6%－6.5%, 6-6.5 percent
)

// Status compares the two sides of a linked quantity.
type Status string

// The statuses of a linked quantity.
const (
	Consistent Status = "consistent"
	Mismatch   Status = "mismatch"
	ZHOnly     Status = "zh_only"
	ENOnly     Status = "en_only"
)

// A Quantity is a number found in running text.
type Quantity struct {
	Text      string    // the mention as written in the source, number with its qualifier and unit
	Start     int       // rune offset of Text in the input
	End       int       // rune offset just past Text
	Value     float64   // normalised value: 26万 → 260000; 6.5% → 6.5
	Upper     float64   // upper bound when Qualifier is Range, else 0
	Unit      string    // classifier, measure word or counted noun: 人, 个, %, pp, yuan, jobs
	Role      Role      // what the number is
	Qualifier Qualifier // how the value bounds the real one
	// Direction is the way the verb or noun next to the number says it
	// moved, "" when none is written: 下降0.3% is Value 0.3, Down; 增长-0.3%
	// is Value -0.3, Up. Value keeps the sign written.
	Direction Direction
	// Change marks the two ends of a change from one value to another,
	// a baseline and a target, never a range: 由9000多公里增加到2.5万公里,
	// from over 9,000 to 25,000 kilometers.
	Change Change
}

// Change is the end of a from–to change a quantity stands at.
type Change string

// The ends of a change.
const (
	ChangeFrom Change = "from" // 由9000多公里, from over 9,000
	ChangeTo   Change = "to"   // 增加到2.5万公里, to 25,000
)
