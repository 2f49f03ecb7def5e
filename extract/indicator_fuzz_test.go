package extract

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// FuzzIndicators checks that matching never panics and that every match
// is a span of the text that holds its quantity, for the built-in
// catalogue and for one read from the fuzzed bytes when they parse.
func FuzzIndicators(f *testing.F) {
	for _, s := range []string{
		"国内生产总值达到99.1万亿元，增长6.1%。",
		"城镇调查失业率全年控制在5.5%以内；居民消费价格涨幅3%左右",
		"Gross domestic product (GDP) grew by 6.6 percent. Over 11 million new urban jobs",
		"单位国内生产总值能耗下降5.6%，中央财政赤字1.83万亿元",
	} {
		f.Add(s, []byte(`{"indicators":[{"id":"x","zh":["增长"],"en":["by"]}]}`))
	}
	if data, err := os.ReadFile("catalog.json"); err == nil {
		f.Add("粮食产量保持在1.3万亿斤以上", data)
	}
	builtin := DefaultCatalog()
	f.Fuzz(func(t *testing.T, text string, catalog []byte) {
		cats := []Catalog{builtin}
		if user, err := ReadCatalog(bytes.NewReader(catalog)); err == nil {
			cats = append(cats, builtin.Extend(user), user)
		}
		for _, lang := range []Lang{Chinese, English} {
			qs := Quantities(text, lang)
			rs := []rune(text)
			for _, cat := range cats {
				for i, m := range cat.MatchAll(text, qs, lang) {
					if m.ID == "" {
						continue
					}
					if m.Start < 0 || m.End > len(rs) || m.Start > qs[i].Start || m.End < qs[i].End {
						t.Fatalf("match %+v of %q does not hold quantity %+v in %q", m, m.ID, qs[i], text)
					}
					if one, ok := cat.Match(text, qs, i, lang); !ok || one != m {
						t.Fatalf("Match %+v %v and MatchAll %+v differ for %q", one, ok, m, strings.TrimSpace(text))
					}
				}
			}
		}
	})
}
