package report_test

import (
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// TestCheckSeverities checks that a finding's rule and severity say what a
// reviewer must do: a changed value or a floor turned into a ceiling is an
// error, a dropped or changed hedge on the same value a warning of its own
// rule, and the same amount in other words no finding at all.
func TestCheckSeverities(t *testing.T) {
	tests := []struct {
		name, zh, en string
		rule         string // "" when no number finding is wanted
		severity     report.Severity
		differs      string
		reason       string
	}{
		{"value changed", "今年城镇新增就业1100万人以上。", "This year we aim to create over 12 million new urban jobs.",
			report.RuleNumberMismatch, report.SeverityError, "value", "11 million became 12 million: a translation error"},
		{"qualifier dropped", "财政赤字约2.5万亿元。", "The deficit will be 2.5 trillion yuan.",
			report.RuleQualifierMismatch, report.SeverityWarning, "qualifier", "约 dropped: the same amount, a hedge lost"},
		{"floor dropped", "全市常住人口1400万多人。", "The city has a resident population of 14 million.",
			report.RuleQualifierMismatch, report.SeverityWarning, "qualifier", "多 dropped: a floor against an exact value"},
		{"hedge added", "今年城镇新增就业1351万人。", "This year saw around 13.51 million new urban jobs.",
			report.RuleQualifierMismatch, report.SeverityWarning, "qualifier", "around added to an exact figure"},
		{"floor against ceiling", "今年城镇新增就业不少于26万人。", "This year we will create up to 260,000 new urban jobs.",
			report.RuleNumberMismatch, report.SeverityError, "bound", "不少于 is a floor, up to a ceiling: the commitment is reversed"},
		{"units by name", "今年实际使用外资1363亿美元。", "This year foreign direct investment reached 136.3 billion U.S. dollars.",
			"", "", "", "美元 ↔ U.S. dollars: the same amount"},
		{"repeated value stated once", "今年广义货币M2预期增长13%左右，社会融资规模余额增长13%左右。", "This year both the M2 money supply and aggregate financing are forecast to grow by around 13 percent.",
			report.RuleNumberMissing, report.SeverityInfo, "", "the translator states a repeated value once: nothing to fix, only to know"},
		{"value dropped", "今年新建公路2000公里，改造危桥300座。", "This year we will build 2,000 kilometers of roads and renovate dilapidated bridges.",
			report.RuleNumberMissing, report.SeverityWarning, "", "300座 has no counterpart and repeats nothing: a lost number"},
		{"conversion rounded", "今年建设高标准农田1000万亩以上。", "This year we will build over 667,000 hectares of high-standard cropland.",
			"", "", "", "1000万亩 = 666,667 hectares, rounded at the three digits written"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := report.Parse(strings.NewReader(tt.zh+"\n"+tt.en+"\n"), report.Config{Name: "check.txt"})
			if err != nil {
				t.Fatal(err)
			}
			var got []report.Finding
			for _, f := range doc.Findings {
				if f.Rule == report.RuleNumberMismatch || f.Rule == report.RuleQualifierMismatch || f.Rule == report.RuleNumberMissing {
					got = append(got, f)
				}
			}
			if tt.rule == "" {
				if len(got) != 0 {
					t.Errorf("findings %+v, want none (%s)", got, tt.reason)
				}
				return
			}
			if len(got) != 1 || got[0].Rule != tt.rule || got[0].Severity != tt.severity {
				t.Fatalf("findings %+v, want one %s %s (%s)", got, tt.severity, tt.rule, tt.reason)
			}
			var differs []string
			for _, it := range append(doc.Commitments, doc.Figures...) {
				if it.Status == "mismatch" {
					differs = append(differs, it.Differs)
				}
			}
			if tt.differs == "" && len(differs) != 0 {
				t.Errorf("mismatched items differ in %q, want none (%s)", differs, tt.reason)
			}
			if tt.differs != "" && (len(differs) != 1 || differs[0] != tt.differs) {
				t.Errorf("mismatched items differ in %q, want [%s]: status stays mismatch, differs says why (%s)", differs, tt.differs, tt.reason)
			}
		})
	}
}

// TestBoldNumbering checks that headings and list markers written with
// Markdown emphasis are the numbering they are: headings in both languages,
// and their numbers no missing counterparts.
func TestBoldNumbering(t *testing.T) {
	text := `政府工作报告
Report on the Work of the Government
各位代表：
Fellow Deputies,
**一、2024年工作回顾**
**I. Review of Our Work in 2024**
**（一）稳住经济大盘。**
**1. Stabilizing the economy**
全市地区生产总值增长5.2%，城镇新增就业26万人。
The city's GDP grew by 5.2 percent, and 260,000 new urban jobs were created.
__二、2025年主要任务__
__II. Major Tasks for 2025__
**（三）**加强生态保护。
**(3)** Strengthen ecological conservation.
`
	doc, err := report.Parse(strings.NewReader(text), report.Config{Name: "bold.txt"})
	if err != nil {
		t.Fatal(err)
	}
	headings := 0
	for _, p := range doc.Pairs {
		if p.Kind == report.KindHeading {
			headings++
		}
	}
	if headings != 4 {
		t.Errorf("%d headings, want 4: bold numbering is numbering", headings)
	}
	for _, f := range doc.Findings {
		t.Errorf("finding %+v, want none: a heading's number has its counterpart in the other heading's", f)
	}
}
