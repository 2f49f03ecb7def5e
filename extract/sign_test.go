package extract

import "testing"

// TestDirectionAndChange checks the direction a verb or noun gives a
// quantity, and the ends of a from–to change.
func TestDirectionAndChange(t *testing.T) {
	tests := []struct {
		name, reason string
		lang         Lang
		text, span   string
		value        float64
		dir          Direction
		change       Change
	}{
		{name: "zh-down", reason: "下降0.3%: a positive value that went down", lang: Chinese, text: "居民消费价格下降0.3%", span: "0.3%", value: 0.3, dir: Down},
		{name: "zh-negative-growth", reason: "增长-0.3%: a negative value with an up verb", lang: Chinese, text: "居民消费价格增长-0.3%", span: "-0.3%", value: -0.3, dir: Up},
		{name: "zh-le", reason: "增长了6.5%: 了 between verb and number", lang: Chinese, text: "经济增长了6.5%", span: "6.5%", value: 6.5, dir: Up},
		{name: "zh-down-to", reason: "降至13%: down to a level", lang: Chinese, text: "税率降至13%", span: "13%", value: 13, dir: Down},
		{name: "zh-none", reason: "no verb: no direction", lang: Chinese, text: "城镇调查失业率5.5%左右", span: "5.5%左右", value: 5.5},
		{name: "en-fell", reason: "fell 0.3 percent", lang: English, text: "consumer prices fell 0.3 percent", span: "0.3 percent", value: 0.3, dir: Down},
		{name: "en-rose-by", reason: "rose by 2 percent: by is skipped", lang: English, text: "prices rose by 2 percent", span: "2 percent", value: 2, dir: Up},
		{name: "en-noun-after", reason: "a 0.3 percent drop", lang: English, text: "a 0.3 percent drop in output", span: "0.3 percent", value: 0.3, dir: Down},
		{name: "en-down-percent", reason: "down 1.2 percent", lang: English, text: "imports were down 1.2 percent", span: "1.2 percent", value: 1.2, dir: Down},
		{name: "en-negative-growth", reason: "negative growth of 0.3 percent is a fall", lang: English, text: "negative growth of 0.3 percent", span: "0.3 percent", value: 0.3, dir: Down},
		{name: "en-growth-of", reason: "growth of 6.5 percent is a rise", lang: English, text: "GDP growth of 6.5 percent", span: "6.5 percent", value: 6.5, dir: Up},
		{name: "en-contraction", reason: "a 6.8 percent contraction", lang: English, text: "a 6.8 percent contraction in the first quarter", span: "6.8 percent", value: 6.8, dir: Down},
		{name: "zh-negative-growth", reason: "负增长0.3%: negative growth is a fall", lang: Chinese, text: "工业负增长0.3%", span: "0.3%", value: 0.3, dir: Down},
		{name: "en-set-up", reason: "set up 300 stations: up is a particle, not a rise", lang: English, text: "set up 300 meal service stations", span: "300", value: 300},
		{name: "en-from", reason: "from over 9,000: the baseline", lang: English, text: "from over 9,000 to 25,000 kilometers", span: "over 9,000", value: 9000, change: ChangeFrom},
		{name: "en-to", reason: "to 25,000 after a baseline: the target", lang: English, text: "from over 9,000 to 25,000 kilometers", span: "25,000", value: 25000, change: ChangeTo},
		{name: "en-to-alone", reason: "to without a from in the sentence is no change", lang: English, text: "coverage will rise to 65 percent", span: "65 percent", value: 65, dir: Up},
		{name: "zh-from", reason: "由9000多公里: the baseline", lang: Chinese, text: "由9000多公里增加到2.5万公里", span: "9000多公里", value: 9000, change: ChangeFrom},
		{name: "zh-to", reason: "增加到2.5万公里: the target, going up", lang: Chinese, text: "由9000多公里增加到2.5万公里", span: "2.5万公里", value: 25000, dir: Up, change: ChangeTo},
		{name: "zh-to-other-sentence", reason: "a full stop ends the change", lang: Chinese, text: "由9000多公里起步。增加到2.5万公里", span: "2.5万公里", value: 25000, dir: Up},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Quantities(tc.text, tc.lang)
			for _, q := range qs {
				if q.Text != tc.span {
					continue
				}
				if q.Value != tc.value || q.Direction != tc.dir || q.Change != tc.change {
					t.Errorf("Quantities(%q) has %+v: want value %v direction %q change %q (%s)", tc.text, q, tc.value, tc.dir, tc.change, tc.reason)
				}
				return
			}
			t.Errorf("Quantities(%q) = %+v: no quantity %q (%s)", tc.text, qs, tc.span, tc.reason)
		})
	}
}
