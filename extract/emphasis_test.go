package extract

import "testing"

// TestListMarkerThroughEmphasis checks that a heading number written with
// Markdown emphasis is the list marker it is, not an amount.
func TestListMarkerThroughEmphasis(t *testing.T) {
	tests := []struct {
		name, text string
		lang       Lang
		reason     string
	}{
		{"bold arabic", "**1. Stabilizing the economy**", English, "**1. opens the line"},
		{"bold roman", "**II. Major Tasks for 2025**", English, "a bold Roman heading number"},
		{"bold paren", "**(3)** Strengthen ecological conservation.", English, "a bold (3)"},
		{"bold zh dun", "**二、2025年主要任务**", Chinese, "a bold 二、"},
		{"underline zh dun", "__一、生态资源总体状况__", Chinese, "__ is bold too"},
		{"bold zh paren", "**（一）**稳住经济大盘。", Chinese, "only the number in bold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Quantities(tt.text, tt.lang)
			if len(qs) == 0 || qs[0].Role != RoleListMarker {
				t.Errorf("Quantities(%q) = %+v, want a list marker first (%s)", tt.text, qs, tt.reason)
			}
		})
	}
}
