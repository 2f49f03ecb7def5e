package extract

// zhFold reads a traditional Chinese numeral, unit or percent character as
// its simplified form (點 → 点, 個 → 个, 負 → 负, 萬 → 万, 億 → 亿,
// 兩 → 两, 餘 → 余), so that 三點五, 0.4個百分點, 負3.9% and 1.2萬元 read
// as their simplified twins in Hong Kong and Taiwan reports. Every other
// rune is returned as it is.
//
// golang.org/x/text has no script converter between traditional and
// simplified Chinese (its encoding/traditionalchinese is the Big5 byte
// encoding, not a character mapping), and a full converter (OpenCC's
// dictionaries) would be a dependency for a few dozen characters. So the
// table is ours, kept to the characters numerals and their units are made
// of: nothing else is folded. Source text is never rewritten: the fold is
// applied where characters are compared (hasAt, zhUnitAt, the scanners).
func zhFold(r rune) rune {
	if r < 0x4e00 {
		return r
	}
	switch r {
	case '點':
		return '点'
	case '個':
		return '个'
	case '負':
		return '负'
	case '萬':
		return '万'
	case '億':
		return '亿'
	case '兩':
		return '两'
	case '餘':
		return '余'
	case '貳':
		return '贰'
	case '參':
		return '叁'
	case '陸':
		return '陆'
	case '幾':
		return '几'
	case '項':
		return '项'
	case '張':
		return '张'
	case '噸':
		return '吨'
	case '畝':
		return '亩'
	case '歲':
		return '岁'
	case '戶':
		return '户'
	case '輛':
		return '辆'
	case '條':
		return '条'
	case '間':
		return '间'
	case '處':
		return '处'
	case '層':
		return '层'
	case '屆':
		return '届'
	case '級':
		return '级'
	case '種':
		return '种'
	case '類':
		return '类'
	case '場':
		return '场'
	case '頃':
		return '顷'
	case '時':
		return '时'
	case '週':
		return '周'
	case '門':
		return '门'
	}
	return r
}
