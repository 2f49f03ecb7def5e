package extract

import (
	"strings"
	"unicode"
)

// A unitClass is a kind of unit whose members convert into one another.
type unitClass string

// The unit classes.
const (
	classCount   unitClass = "count"
	classPercent unitClass = "%"
	classPP      unitClass = "pp"
	classYuan    unitClass = "yuan"
	classDollar  unitClass = "usd"
	classEuro    unitClass = "eur"
	classHKD     unitClass = "hkd"
	classLength  unitClass = "length" // metres
	classArea    unitClass = "area"   // square metres
	classWeight  unitClass = "weight" // kilograms
	classVolume  unitClass = "volume" // cubic metres
	classTime    unitClass = "time"   // months
	classPower   unitClass = "power"  // kilowatts
	classGrade   unitClass = "grade"  // 二级, Grade II, 5A: a rank, not an amount
	classAge     unitClass = "age"    // 岁: years of age; a time or a bare count on the other side
	classUnknown unitClass = ""       // no unit written: takes the other side's
)

// isCurrency reports whether a unit class is a currency.
func isCurrency(c unitClass) bool {
	switch c {
	case classYuan, classDollar, classEuro, classHKD:
		return true
	}
	return false
}

// classifyUnit returns the class of a unit and the factor that converts it to
// the base unit of that class. Units it does not know are counts.
func classifyUnit(unit string) (unitClass, float64) {
	u := strings.ToLower(strings.TrimSpace(unit))
	u = strings.TrimRightFunc(u, func(r rune) bool { return r == '\'' || r == '’' || r == '.' })
	u = strings.TrimSuffix(u, "'s")
	u = strings.TrimSuffix(u, "’s")
	if u == "" {
		return classUnknown, 1
	}
	if e, ok := unitTable[u]; ok {
		return e.class, e.factor
	}
	if strings.HasSuffix(u, "s") {
		if e, ok := unitTable[strings.TrimSuffix(u, "s")]; ok {
			return e.class, e.factor
		}
	}
	// The first word (or two) of an English unit phrase: "percent of",
	// "square meters of floor space", "tons of grain".
	f := strings.FieldsFunc(u, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	for n := min(3, len(f)); n >= 1; n-- {
		w := strings.Join(f[:n], " ")
		if e, ok := unitTable[w]; ok {
			return e.class, e.factor
		}
		if e, ok := unitTable[strings.TrimSuffix(w, "s")]; ok {
			return e.class, e.factor
		}
	}
	return classCount, 1
}

func isHalfUnit(unit string) bool {
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "半", "一半", "half", "halves":
		return true
	}
	return false
}

type unitEntry struct {
	class  unitClass
	factor float64
}

// unitTable maps a lower-case unit (English singular) to its class and its
// factor to the class's base unit. It is read only.
var unitTable = map[string]unitEntry{
	"%": {classPercent, 1}, "％": {classPercent, 1}, "percent": {classPercent, 1},
	"per cent": {classPercent, 1}, "pct": {classPercent, 1}, "成": {classPercent, 10},
	"半": {classPercent, 100}, "一半": {classPercent, 100}, "half": {classPercent, 100},
	"halve": {classPercent, 100}, "fraction": {classPercent, 100},

	"pp": {classPP, 1}, "个百分点": {classPP, 1}, "百分点": {classPP, 1},
	"percentage point": {classPP, 1}, "percentage": {classPP, 1},

	"元": {classYuan, 1}, "yuan": {classYuan, 1}, "rmb": {classYuan, 1}, "rmb yuan": {classYuan, 1},
	"人民币": {classYuan, 1}, "块": {classYuan, 1}, "renminbi": {classYuan, 1},
	"美元": {classDollar, 1}, "dollar": {classDollar, 1}, "us dollar": {classDollar, 1},
	"usd": {classDollar, 1}, "$": {classDollar, 1}, "u.s. dollar": {classDollar, 1},
	"us$": {classDollar, 1}, "american dollar": {classDollar, 1},
	"欧元": {classEuro, 1}, "euro": {classEuro, 1}, "eur": {classEuro, 1}, "€": {classEuro, 1},
	"港元": {classHKD, 1}, "港币": {classHKD, 1}, "hong kong dollar": {classHKD, 1},
	"hk dollar": {classHKD, 1}, "hk$": {classHKD, 1}, "hkd": {classHKD, 1},

	"公里": {classLength, 1000}, "千米": {classLength, 1000}, "km": {classLength, 1000},
	"kilometer": {classLength, 1000}, "kilometre": {classLength, 1000},
	"米": {classLength, 1}, "meter": {classLength, 1}, "metre": {classLength, 1}, "m": {classLength, 1},
	"里": {classLength, 500}, "li": {classLength, 500},
	"mile": {classLength, 1609.344},

	"亩": {classArea, 10000.0 / 15}, "mu": {classArea, 10000.0 / 15},
	"公顷": {classArea, 10000}, "hectare": {classArea, 10000}, "ha": {classArea, 10000},
	"平方米": {classArea, 1}, "square meter": {classArea, 1}, "square metre": {classArea, 1},
	"㎡": {classArea, 1}, "m2": {classArea, 1}, "sq m": {classArea, 1},
	"平方公里": {classArea, 1e6}, "square kilometer": {classArea, 1e6},
	"square kilometre": {classArea, 1e6}, "km2": {classArea, 1e6}, "sq km": {classArea, 1e6},
	"平方千米": {classArea, 1e6}, "square mile": {classArea, 2589988.110336},

	"斤": {classWeight, 0.5}, "jin": {classWeight, 0.5},
	"公斤": {classWeight, 1}, "千克": {classWeight, 1}, "kilogram": {classWeight, 1}, "kg": {classWeight, 1},
	"吨": {classWeight, 1000}, "ton": {classWeight, 1000}, "tonne": {classWeight, 1000},
	"metric ton": {classWeight, 1000}, "t": {classWeight, 1000},
	"克": {classWeight, 0.001}, "gram": {classWeight, 0.001},

	"立方米": {classVolume, 1}, "cubic meter": {classVolume, 1}, "cubic metre": {classVolume, 1},
	"m3": {classVolume, 1}, "升": {classVolume, 0.001}, "liter": {classVolume, 0.001},
	"litre": {classVolume, 0.001},

	"千瓦": {classPower, 1}, "kilowatt": {classPower, 1}, "kw": {classPower, 1},
	"万千瓦": {classPower, 1e4}, "兆瓦": {classPower, 1000}, "megawatt": {classPower, 1000},
	"mw": {classPower, 1000}, "gigawatt": {classPower, 1e6}, "gw": {classPower, 1e6},

	"年": {classTime, 12}, "year": {classTime, 12}, "岁": {classAge, 1}, "周岁": {classAge, 1},
	"个月": {classTime, 1}, "月": {classTime, 1}, "month": {classTime, 1},
	"周": {classTime, 7.0 / 30}, "星期": {classTime, 7.0 / 30}, "week": {classTime, 7.0 / 30},
	"天": {classTime, 1.0 / 30}, "日": {classTime, 1.0 / 30}, "day": {classTime, 1.0 / 30},
	"个工作日": {classTime, 1.0 / 30}, "工作日": {classTime, 1.0 / 30}, "working day": {classTime, 1.0 / 30},
	"business day": {classTime, 1.0 / 30},
	"小时":           {classTime, 1.0 / 720}, "hour": {classTime, 1.0 / 720},

	"倍": {classCount, 1}, "times": {classCount, 1}, "time": {classCount, 1}, "fold": {classCount, 1},
	"次": {classCount, 1},

	// People and households are counts: 人 ↔ jobs, people, persons,
	// individuals; 户 ↔ households, families. Listed so the table says so.
	"人": {classCount, 1}, "人次": {classCount, 1}, "名": {classCount, 1}, "户": {classCount, 1},
	"people": {classCount, 1}, "person": {classCount, 1}, "individual": {classCount, 1},
	"job": {classCount, 1}, "household": {classCount, 1}, "family": {classCount, 1},
	"visit": {classCount, 1}, "trip": {classCount, 1},

	"级": {classGrade, 1}, "grade": {classGrade, 1}, "星": {classGrade, 1}, "星级": {classGrade, 1},
	"a级": {classGrade, 1}, "level": {classGrade, 1}, "class": {classGrade, 1}, "等": {classGrade, 1},
	"周年": {classGrade, 1}, "anniversary": {classGrade, 1}, "th anniversary": {classGrade, 1},
}

// enUnitPhrases are the English units of more than one word, singular,
// longest first. The quantity finder reads them whole after a number,
// where it would otherwise keep only the last word of the noun phrase
// (136.3 billion U.S. dollars → dollars, not U; close to 2,000 square
// kilometers → square kilometers, not kilometers).
var enUnitPhrases = []string{
	"hong kong dollar", "square kilometre", "square kilometer", "percentage point",
	"american dollar", "square metre", "square meter", "cubic metre", "cubic meter",
	"u.s. dollar", "square mile", "us dollar", "hk dollar",
}

// enUnitPhraseAt returns the English unit phrase that starts at rs[j] after
// blanks, as written (U.S. dollars), with the index just past it; "" and j
// when there is none. A phrase may end in a plural s and must end a word.
func enUnitPhraseAt(rs []rune, j int) (string, int) {
	k := j
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	for _, p := range enUnitPhrases {
		pr := []rune(p)
		e := k + len(pr)
		if e > len(rs) || strings.ToLower(string(rs[k:e])) != p {
			continue
		}
		if e < len(rs) && (rs[e] == 's' || rs[e] == 'S') {
			e++
		}
		if e < len(rs) && (unicode.IsLetter(rs[e]) || unicode.IsDigit(rs[e])) {
			continue
		}
		return string(rs[k:e]), e
	}
	return "", j
}

// enGluedCurrencies are the currency codes and signs an English number may
// be written right after, with the unit each stands for: RMB45 billion,
// HK$3 million, EUR300 million. Upper case, as official translations write
// them.
var enGluedCurrencies = []struct{ code, unit string }{
	{"RMB", "yuan"}, {"CNY", "yuan"}, {"USD", "dollars"}, {"EUR", "euros"},
	{"HK$", "Hong Kong dollars"}, {"HKD", "Hong Kong dollars"},
}

// enGluedCurrency returns the unit of a currency code or sign at rs[i]
// that a digit follows directly, and the index of that digit; "" and i
// when there is none.
func enGluedCurrency(rs []rune, i int) (string, int) {
	if i > 0 && unicode.IsLetter(rs[i-1]) {
		return "", i
	}
	for _, c := range enGluedCurrencies {
		k := i + len(c.code)
		if k < len(rs) && string(rs[i:k]) == c.code && isDigit(rs[k]) {
			return c.unit, k
		}
	}
	return "", i
}
