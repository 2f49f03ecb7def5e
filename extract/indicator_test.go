package extract

import (
	"errors"
	"strings"
	"testing"
)

func TestMatchIndicator(t *testing.T) {
	cat := DefaultCatalog()
	tests := []struct {
		name   string
		text   string
		lang   Lang
		number string // the quantity's text
		want   string // indicator id, "" for none
		reason string
	}{
		{"target list", "国内生产总值增长6%－6.5%；城镇新增就业1100万人以上", Chinese, "1100万人以上", "urban-jobs", "wording right before the number"},
		{"range", "国内生产总值增长6%－6.5%；城镇新增就业1100万人以上", Chinese, "6%－6.5%", "gdp-growth", "growth verb is a link word"},
		{"link words", "城镇调查失业率全年控制在5.5%以内", Chinese, "控制在5.5%以内", "surveyed-unemployment", "全年控制在 links name and number"},
		{"shared subject", "国内生产总值达到99.1万亿元，增长6.1%。", Chinese, "6.1%", "gdp-growth", "growth after a comma shares the level's subject"},
		{"level by unit", "国内生产总值达到99.1万亿元，增长6.1%。", Chinese, "99.1万亿元", "gdp", "the same wording in yuan is the level"},
		{"longer wording wins", "单位国内生产总值能耗下降5.6%", Chinese, "5.6%", "energy-intensity", "国内生产总值 inside 单位国内生产总值能耗 does not count"},
		{"central deficit", "财政赤字2.76万亿元，其中中央财政赤字1.83万亿元", Chinese, "1.83万亿元", "central-deficit", "财政赤字 inside 中央财政赤字 does not count"},
		{"share is not growth", "服务业在国内生产总值中的比重上升到50.5%", Chinese, "50.5%", "", "比重 between name and number: the number is a share"},
		{"contribution", "消费对经济增长的贡献率达到66.4%", Chinese, "66.4%", "", "贡献率 is not a link word"},
		{"pp is no rate", "赤字率比去年预算高0.2个百分点", Chinese, "0.2个百分点", "", "a change in pp is not the ratio"},
		{"sentence bound", "城镇新增就业1186万人。达到5.2%", Chinese, "5.2%", "", "a wording in the previous sentence does not reach"},
		{"unseen: economic growth", "国内生产总值增长5%左右；城镇新增就业1200万人左右", Chinese, "5%左右", "gdp-growth", "a later report's phrasing, not in the corpus"},
		{"unseen: about jobs", "国内生产总值增长5%左右；城镇新增就业1200万人左右", Chinese, "1200万人左右", "urban-jobs", "an approximate jobs target"},
		{"unseen: treasury bonds", "拟发行超长期特别国债1万亿元", Chinese, "1万亿元", "special-treasury-bonds", "the wording right before the amount"},
		{"unseen: energy", "单位国内生产总值能耗降低2.5%左右", Chinese, "2.5%左右", "energy-intensity", "降低 is a link word"},
		{"unseen: CPI index", "全年居民消费价格指数上涨0.2%", Chinese, "0.2%", "cpi", "指数 in the wording, 上涨 a link"},
		{"unseen: english jobs", "over 12 million new urban jobs", English, "over 12 million", "urban-jobs", "number before the wording"},
		{"respectively", "单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%", Chinese, "13.5%", "energy-intensity", "the first name for the first number"},
		{"respectively second", "单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%", Chinese, "18%", "", "二氧化碳排放 is no wording of the catalogue"},
		{"respectively no wording", "单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%", Chinese, "15%", "", "能耗 alone is not the wording 单位国内生产总值能耗"},
		{"respectively lengths differ", "城镇调查失业率和城镇登记失业率分别控制在5.5%以内", Chinese, "控制在5.5%以内", "", "two names, one number: no pairing"},
		{"english before", "we have set the deficit-to-GDP ratio for the year at around 3.2 percent", English, "around 3.2 percent", "deficit-ratio", "for the year at are link words"},
		{"english after", "Over 11 million new urban jobs", English, "Over 11 million", "urban-jobs", "wording right after the number"},
		{"english brackets", "Gross domestic product (GDP) grew by 6.6 percent.", English, "6.6 percent", "gdp-growth", "brackets and verbs are skipped"},
		{"full name first", "Gross domestic product (GDP) grew by 6.6 percent.", English, "6.6 percent", "gdp-growth", "the statement begins at the full name before the abbreviation"},
		{"english word bound", "SGDP grew by 6.6 percent.", English, "6.6 percent", "", "GDP inside another word does not count"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Quantities(tc.text, tc.lang)
			i := -1
			for k, q := range qs {
				if q.Text == tc.number {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("no quantity %q in %q: %+v", tc.number, tc.text, qs)
			}
			m, ok := cat.Match(tc.text, qs, i, tc.lang)
			got := ""
			if ok {
				got = m.ID
			}
			if got != tc.want {
				t.Errorf("Match(%q, %q) = %q, want %q (%s)", tc.text, tc.number, got, tc.want, tc.reason)
			}
			if ok {
				rs := []rune(tc.text)
				span := string(rs[m.Start:m.End])
				if !strings.Contains(span, tc.number) {
					t.Errorf("span %q does not hold the number %q", span, tc.number)
				}
				if tc.name == "full name first" && !strings.HasPrefix(span, "Gross domestic product (GDP)") {
					t.Errorf("span %q, want it to begin at the full name", span)
				}
			}
		})
	}
}

func TestReadCatalog(t *testing.T) {
	tests := []struct {
		name, json, want, reason string
	}{
		{"ok", `{"indicators":[{"id":"x","zh":["某"]}]}`, "", "a minimal entry"},
		{"syntax", "{\"indicators\":[\n{\"id\":\"x\",}]}", "line 2", "syntax errors name the line"},
		{"unknown field", `{"indicators":[{"id":"x","zh":["某"],"colour":1}]}`, "colour", "typos are not silently ignored"},
		{"no id", `{"indicators":[{"zh":["某"]}]}`, "no id", "ids are the rows' keys"},
		{"twice", `{"indicators":[{"id":"x","zh":["某"]},{"id":"x","en":["y"]}]}`, "twice", "one id, one entry"},
		{"no wording", `{"indicators":[{"id":"x"}]}`, "no zh or en wording", "an entry that can never match"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCatalog(strings.NewReader(tc.json))
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("unexpected error %v (%s)", err, tc.reason)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrCatalog)):
				t.Fatalf("error %v, want one mentioning %q wrapping ErrCatalog (%s)", err, tc.want, tc.reason)
			}
		})
	}
}

func TestCatalogExtend(t *testing.T) {
	base := DefaultCatalog()
	user := Catalog{Indicators: []Indicator{{ID: "cpi", ZH: []string{"物价"}}, {ID: "pm25", ZH: []string{"PM2.5浓度"}}}}
	got := base.Extend(user)
	if len(got.Indicators) != len(base.Indicators)+1 {
		t.Fatalf("extend: %d indicators, want %d", len(got.Indicators), len(base.Indicators)+1)
	}
	if cpi, _ := got.Lookup("cpi"); len(cpi.ZH) != 1 || cpi.ZH[0] != "物价" {
		t.Errorf("extend: cpi = %+v, want the user's entry in place", cpi)
	}
	if _, ok := got.Lookup("pm25"); !ok {
		t.Errorf("extend: new indicator pm25 missing")
	}
	user.Replace = true
	if got := base.Extend(user); len(got.Indicators) != 2 {
		t.Errorf("replace: %d indicators, want 2", len(got.Indicators))
	}
	for _, want := range []string{"gdp-growth", "cpi", "urban-jobs", "surveyed-unemployment", "registered-unemployment", "deficit-ratio", "energy-intensity", "grain-output"} {
		if _, ok := base.Lookup(want); !ok {
			t.Errorf("built-in catalogue lacks %s", want)
		}
	}
}
