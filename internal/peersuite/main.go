// Command peersuite measures extract.ParseNumber and extract.Quantities on
// the public test suites of three other numeral readers: Microsoft
// Recognizers-Text (Specs/Number/{Chinese,English}/{Number,Percent}Model.json),
// cn2an (cn2an/cn2an_test.py) and Duckling (Duckling/Numeral/ZH/Corpus.hs).
// Their data is not ours to commit: clone the repositories and point the
// flags at the clones.
//
//	git clone --depth 1 https://github.com/microsoft/Recognizers-Text
//	git clone --depth 1 https://github.com/Ailln/cn2an
//	git clone --depth 1 https://github.com/facebook/duckling
//	go run ./internal/peersuite -recognizers Recognizers-Text -cn2an cn2an -duckling duckling
//
// Scope. A case is a numeral (ParseNumber) or a text with the numbers a
// peer expects in it (Quantities). Forms that a report never writes, and
// conventions that are the peer's rather than ours, are out of scope; each
// is a named class in outOfScope, counted and printed, never silently
// dropped. Cases a peer marks NotSupported in every language binding are
// kept: the expectation is still the peer's.
//
// Pass rules. ParseNumber passes when the value is the expected one
// (relative error 1e-9) and a percentage comes back as "%" (or "pp" for
// 个百分点, our own unit for percentage points; 千分之 is our "‰", a tenth
// of a percent); a must-reject input passes when ParseNumber returns an
// error. Quantities passes when every in-scope expected number is found with
// its value and no amount (RoleQuantity) is found that the peer does not
// expect. Two segmentations are theirs, not ours, and are accepted: a bare
// number the peer reads inside a percentage (五十五点五七九 in
// 百分之五十五点五七九) matches our percentage of that value, and the upper
// bound of a range we read whole (5-20%) matches the peer's second number. A single Chinese numeral character
// (这是五那是四, or 五 alone) is read only with a unit in our reader: such
// expectations are neither required nor held against us in Quantities.
//
// -v prints every failure.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bireport/bireport/extract"
)

// A want is one number a peer expects.
type want struct {
	text    string  // the span as the peer marks it
	value   float64 // the expected value
	percent bool    // the value is a percentage
	// bound is set for the range suites: "floor" (value is a lower bound),
	// "ceiling" (upper is an upper bound), "range" (both) or "exact".
	bound string
	upper float64
}

// A peerCase is one input with the numbers expected in it; none for a
// must-reject input.
type peerCase struct {
	suite  string
	input  string
	wants  []want
	reject bool // ParseNumber must fail; Quantities must find no amount
	whole  bool // the input is one numeral: ParseNumber applies to it
	ranges bool // a range suite: the wants are bounds with their qualifier
}

// rangeWant reads a Recognizers interval, "(20,35]", "[30,)", "(,100]",
// "[170,170]", as a bound to find.
func rangeWant(text, v string) want {
	w := want{text: text, value: math.NaN(), upper: math.NaN()}
	if len(v) < 3 || !strings.ContainsAny(v[:1], "([") || !strings.ContainsAny(v[len(v)-1:], ")]") {
		return w
	}
	lo, hi, ok := strings.Cut(v[1:len(v)-1], ",")
	if !ok {
		return w
	}
	a, errA := strconv.ParseFloat(lo, 64)
	b, errB := strconv.ParseFloat(hi, 64)
	switch {
	case errA == nil && errB == nil && a == b:
		w.bound, w.value = "exact", a
	case errA == nil && errB == nil:
		w.bound, w.value, w.upper = "range", a, b
	case errA == nil && hi == "":
		w.bound, w.value = "floor", a
	case errB == nil && lo == "":
		w.bound, w.value = "ceiling", b
	}
	return w
}

func main() {
	rec := flag.String("recognizers", "", "clone of microsoft/Recognizers-Text")
	cn := flag.String("cn2an", "", "clone of Ailln/cn2an")
	duck := flag.String("duckling", "", "clone of facebook/duckling")
	verbose := flag.Bool("v", false, "print every failure")
	flag.Parse()
	if *rec == "" && *cn == "" && *duck == "" {
		fmt.Fprintln(os.Stderr, "peersuite: give at least one of -recognizers, -cn2an, -duckling")
		os.Exit(2)
	}
	var cases []peerCase
	load := func(cs []peerCase, err error) {
		if err != nil {
			fmt.Fprintln(os.Stderr, "peersuite:", err)
			os.Exit(2)
		}
		cases = append(cases, cs...)
	}
	if *rec != "" {
		for _, f := range []string{"Chinese/NumberModel", "Chinese/PercentModel", "English/NumberModel", "English/PercentModel"} {
			load(readRecognizers(filepath.Join(*rec, "Specs", "Number", f+".json"), "recognizers/"+f))
		}
		for _, f := range []string{"Chinese/NumberRangeModel", "English/NumberRangeModel"} {
			load(readRecognizers(filepath.Join(*rec, "Specs", "Number", f+".json"), "recognizers/"+f))
		}
	}
	if *cn != "" {
		load(readCn2an(filepath.Join(*cn, "cn2an", "cn2an_test.py")))
	}
	if *duck != "" {
		load(readDuckling(filepath.Join(*duck, "Duckling", "Numeral", "ZH", "Corpus.hs")))
	}
	report(cases, *verbose)
}

// tally counts one suite's results.
type tally struct {
	pnIn, pnPass, qIn, qPass int
	out                      map[string]int
}

func report(cases []peerCase, verbose bool) {
	tallies := map[string]*tally{}
	var order []string
	for _, c := range cases {
		t := tallies[c.suite]
		if t == nil {
			t = &tally{out: map[string]int{}}
			tallies[c.suite] = t
			order = append(order, c.suite)
		}
		if class := caseOutOfScope(c); class != "" {
			t.out[class]++
			continue
		}
		if c.whole {
			t.pnIn++
			if ok, got := checkParse(c); ok {
				t.pnPass++
			} else if verbose {
				fmt.Printf("FAIL ParseNumber %s %q: %s\n", c.suite, c.input, got)
			}
		}
		t.qIn++
		check := checkQuantities
		if c.ranges {
			check = checkRanges
		}
		if ok, got := check(c); ok {
			t.qPass++
		} else if verbose {
			fmt.Printf("FAIL Quantities  %s %q: %s\n", c.suite, c.input, got)
		}
	}
	fmt.Printf("%-34s %18s %18s  %s\n", "suite", "ParseNumber", "Quantities", "out of scope")
	var all tally
	for _, s := range order {
		t := tallies[s]
		all.pnIn += t.pnIn
		all.pnPass += t.pnPass
		all.qIn += t.qIn
		all.qPass += t.qPass
		fmt.Printf("%-34s %18s %18s  %s\n", s, rate(t.pnPass, t.pnIn), rate(t.qPass, t.qIn), outList(t.out))
	}
	fmt.Printf("%-34s %18s %18s\n", "all", rate(all.pnPass, all.pnIn), rate(all.qPass, all.qIn))
}

func rate(pass, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %.1f%%", pass, n, 100*float64(pass)/float64(n))
}

func outList(m map[string]int) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for i, k := range ks {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, m[k])
	}
	return b.String()
}

// outOfScope are the forms left out, each a class with the reason: forms
// reports do not write, or another reader's conventions.
var outOfScope = []struct {
	name string
	re   *regexp.Regexp
}{
	// 1e5, 10^3, 2的3次方: scientific notation and powers, not report prose.
	{"exponent", regexp.MustCompile(`(?i)\d[eE][-+]?\d|\^|次方|power of`)},
	// 10K, 3M, 1.04M, .0012G, 10m: informal scale letters.
	{"scale-letter", regexp.MustCompile(`(?i)\d\s*(k|m|g|mil|b)\b|\d[KMGkmg]$|\d[KMG][^a-z]`)},
	// 廿 卅 卌 (20, 30, 40) and 幺 (1 in phone numbers): archaic or oral.
	{"archaic-digit", regexp.MustCompile(`[廿卅卌幺]`)},
	// 五打, 一對, 一雙: counting by dozens and pairs.
	{"dozen-pair", regexp.MustCompile(`[打對雙对双]$`)},
	// 一又十分一, 十份十一, 二份一: mixed fractions and 份 fractions.
	{"mixed-fraction", regexp.MustCompile(`又|份`)},
	// 九折, 2成: discounts and tenths, sales usage.
	{"discount", regexp.MustCompile(`折|\d\s*成|[一二三四五六七八九十两兩半]\s*成`)},
	// 一百 五 十 二, 1000  万, 百 分 之 2: blanks inside a numeral, as speech
	// recognisers write; typeset reports do not.
	{"spaced-numeral", regexp.MustCompile(`[0-9０-９一二三四五六七八九十百千万亿萬億零两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點分个個余餘]\s+[0-9０-９一二三四五六七八九十百千万亿萬億零两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點分之个個余餘幾几]`)},
	// "100 percentage", "one hundred percents", "percent of 10": percent words
	// in forms English prose does not use.
	{"odd-percent-word", regexp.MustCompile(`(?i)\d\s*percentages?\b|[a-z]\s+percentages?\b|\bpercents\b|^\s*per\s?cents?\s+of\b`)},
	// 五兆: 兆 is 10^6 in mainland usage and 10^12 in Taiwan and Japan; reports
	// avoid it.
	{"zhao", regexp.MustCompile(`兆`)},
	// 二十几万, 一百零幾萬: 几 inside a numeral is vague; we give no value.
	{"vague-ji", regexp.MustCompile(`[几幾]`)},
	// 倆千: 倆 (the two of them) as a digit is oral.
	{"oral-lia", regexp.MustCompile(`倆`)},
	// 百万分之五, 万万分之七: parts per million and finer.
	{"ppm", regexp.MustCompile(`[百千万萬]+[万萬]分之`)},
	// "one hundred and three and two thirds", "a trillionth", "two hundred
	// point zero three": English word fractions beyond halves, thirds and
	// quarters, and spoken decimals.
	{"english-word-fraction", regexp.MustCompile(`(?i)\b(point|[a-z-]*(ths?|firsts|seconds)|and (an? |\w+ )?(half|quarter|quarters|third|thirds))\b`)},
	// 壹拾壹元整, 元角分: cheque amounts.
	{"cheque", regexp.MustCompile(`整|[角分]$|圆|[元圆][零壹贰叁肆伍陆柒捌玖一二三四五六七八九]`)},
	// 一半半, 1半, 半个: 半 compounds other than 一半.
	{"half-compound", regexp.MustCompile(`半半|\d半|^半`)},
	// 千一, 萬九, 百二萬: a scale with no leading digit (Cantonese, oral).
	{"bare-scale", regexp.MustCompile(`^[百千萬万][一二三四五六七八九]`)},
	// .77: a decimal with no integer digit.
	{"leading-point", regexp.MustCompile(`(^|[^0-9])\.\d`)},
	// 1/2, 3/5: slash fractions, never an amount in a report.
	{"slash-fraction", regexp.MustCompile(`\d\s*/\s*\d`)},
	// 零点77, 一百点123, 1百01, 200亿零四千230: Chinese and Arabic digits mixed inside one
	// place-value numeral (digits before a Chinese scale stay in scope: 5千多户).
	{"mixed-place-digits", regexp.MustCompile(`[零一二三四五六七八九十百千][点點]?\d|\d[百千十][零]?\d|零\d`)},
	// written-out English below a unit: "one and a half", "a hundred thousand and a half".
	{"english-and-a-half", regexp.MustCompile(`(?i)and a (half|quarter)`)},
	// 1st, 2nd: Recognizers' NumberModel ordinals in prose.
	{"english-ordinal", regexp.MustCompile(`(?i)\b\d+(st|nd|rd|th)\b`)},
	// 12,34,567.89, 13 lakh, 1 crore: Indian grouping and scales.
	{"indian-scale", regexp.MustCompile(`(?i)lakh|crore|\d,\d\d,\d{3}`)},
	// 1 234 567, 40 000: digits grouped by blanks (SI style); English reports
	// group with commas.
	{"blank-grouping", regexp.MustCompile(`\d[ \x{202f}\x{a0}]\d{3}\b`)},
	// one over three, 1 in twenty-one, one out of three: spoken ratios.
	{"spoken-ratio", regexp.MustCompile(`(?i)\b(one|1|\d+) (over|in|out of) `)},
	// 3 dozens, half a dozen: dozens beyond "a dozen".
	{"dozens", regexp.MustCompile(`(?i)dozens|half a\s+dozen`)},
	// 5,00: a decimal comma.
	{"decimal-comma", regexp.MustCompile(`\d,\d\d\b[^,0-9]`)},
	// x>10, < = 100, ≥50: mathematical signs, not prose.
	{"math-sign", regexp.MustCompile(`[<>=≥≤]`)},
	// 比三十大, 比 170 低: a comparison with 比 … 大/小/低/高 as a bound.
	{"comparative-bi", regexp.MustCompile(`比.{0,12}[大小低高]`)},
	// "or equal", 或者等于, 等于: bounds stated with equality, query language.
	{"or-equal", regexp.MustCompile(`(?i)or equal|equal(s|ing)? to|[或或者]\s*等于|^等于|大于等于|小于等于`)},
	// between the tenth and the fifteenth, 第十和第十五之间: ranks, not amounts.
	{"ordinal-range", regexp.MustCompile(`(?i)\bthe (tenth|fifteenth)|第十`)},
	// percent of a percent, per mil signs: ‱.
	{"permyriad-sign", regexp.MustCompile(`‱`)},
}

// caseOutOfScope returns the class that puts a case out of scope, or "".
func caseOutOfScope(c peerCase) string {
	texts := []string{c.input}
	for _, w := range c.wants {
		texts = append(texts, w.text)
	}
	for _, o := range outOfScope {
		for _, t := range texts {
			if o.re.MatchString(t) {
				return o.name
			}
		}
	}
	for _, w := range c.wants {
		if math.IsNaN(w.value) || c.ranges && w.bound == "" {
			return "no-value"
		}
	}
	return ""
}

func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func checkParse(c peerCase) (bool, string) {
	n, err := extract.ParseNumber(c.input)
	if c.reject {
		return err != nil, fmt.Sprintf("accepted as %+v", n)
	}
	if err != nil {
		return false, err.Error()
	}
	w := c.wants[0]
	got := fmt.Sprintf("%+v, want %v (percent %v)", n, w.value, w.percent)
	v, percent := asPercent(n.Value, n.Unit)
	if n.IsRange || !near(v, w.value) || w.percent != percent {
		return false, got
	}
	return true, ""
}

// asPercent returns a value in the peers' terms: per mille (千分之五, our
// unit ‰) is a tenth of a percent; percentage points (个百分点, our unit pp)
// count as percent.
func asPercent(v float64, unit string) (float64, bool) {
	switch unit {
	case "‰":
		return v / 10, true
	case "%", "pp":
		return v, true
	}
	return v, false
}

func checkQuantities(c peerCase) (bool, string) {
	qs := extract.Quantities(c.input, 0)
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "[%s %v %s %s] ", q.Text, q.Value, q.Unit, q.Role)
	}
	got := b.String()
	used := make([]bool, len(qs))
	for _, w := range c.wants {
		if loneNumeral(w.text) {
			continue
		}
		found := false
		for k, q := range qs {
			if used[k] {
				continue
			}
			v, percent := asPercent(q.Value, q.Unit)
			switch {
			case near(v, w.value) && w.percent == percent,
				!w.percent && near(q.Value, w.value),                   // the number of a percentage
				q.Qualifier == extract.Range && near(q.Upper, w.value): // a range's upper bound
				used[k], found = true, true
			}
			if found {
				break
			}
		}
		if !found {
			return false, fmt.Sprintf("missing %q=%v; got %s", w.text, w.value, got)
		}
	}
	for k, q := range qs {
		if used[k] || q.Role != extract.RoleQuantity {
			continue
		}
		expected := false
		v, _ := asPercent(q.Value, q.Unit)
		for _, w := range c.wants {
			if near(v, w.value) || near(q.Value, w.value) {
				expected = true
			}
		}
		if !expected {
			return false, fmt.Sprintf("unexpected %q=%v; got %s", q.Text, q.Value, got)
		}
	}
	return true, ""
}

// qualifierClass is the class of a qualifier the range suites compare:
// a floor, a ceiling or exact.
func qualifierClass(q extract.Qualifier) string {
	switch q {
	case extract.AtLeast, extract.MoreThan:
		return "floor"
	case extract.AtMost, extract.LessThan, extract.UpTo:
		return "ceiling"
	case extract.Range:
		return "range"
	}
	return "exact"
}

// checkRanges checks a range suite case: every bound is found, as a
// quantity with its value and class of qualifier (a range either as one
// range or as a floor and a ceiling); with no bound expected, no quantity
// may carry a floor, ceiling or range.
func checkRanges(c peerCase) (bool, string) {
	qs := extract.Quantities(c.input, 0)
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "[%s %v-%v %s] ", q.Text, q.Value, q.Upper, q.Qualifier)
	}
	got := b.String()
	if c.reject {
		for _, q := range qs {
			if q.Role == extract.RoleQuantity && qualifierClass(q.Qualifier) != "exact" {
				return false, "unexpected bound; got " + got
			}
		}
		return true, ""
	}
	has := func(v float64, class string) bool {
		for _, q := range qs {
			if q.Role == extract.RoleQuantity && near(q.Value, v) && qualifierClass(q.Qualifier) == class {
				return true
			}
		}
		return false
	}
	for _, w := range c.wants {
		ok := false
		switch w.bound {
		case "range":
			for _, q := range qs {
				if q.Qualifier == extract.Range && near(q.Value, w.value) && near(q.Upper, w.upper) {
					ok = true
				}
			}
			ok = ok || has(w.value, "floor") && has(w.upper, "ceiling")
		case "floor", "ceiling", "exact":
			ok = has(w.value, w.bound)
		}
		if !ok {
			return false, fmt.Sprintf("missing %s %q %v-%v; got %s", w.bound, w.text, w.value, w.upper, got)
		}
	}
	return true, ""
}

// loneNumeral reports a single Chinese numeral character: our reader
// skips these without a unit (这是五那是四: prose, not amounts); the peers
// report them.
func loneNumeral(text string) bool {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.Is(unicode.Han, r)
}

// readRecognizers reads a Recognizers-Text spec file.
func readRecognizers(path, suite string) ([]peerCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var specs []struct {
		Input   string
		Results []struct {
			Text       string
			TypeName   string
			Resolution map[string]any
		}
	}
	if err := json.Unmarshal(data, &specs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []peerCase
	for _, s := range specs {
		c := peerCase{suite: suite, input: s.Input}
		for _, r := range s.Results {
			v, _ := r.Resolution["value"].(string)
			if r.TypeName == "numberrange" {
				c.wants = append(c.wants, rangeWant(r.Text, v))
				continue
			}
			w := want{text: r.Text, value: math.NaN()}
			if strings.HasSuffix(v, "%") {
				w.percent = true
				v = strings.TrimSuffix(v, "%")
			}
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				w.value = f
			}
			c.wants = append(c.wants, w)
		}
		c.reject = len(c.wants) == 0
		c.whole = len(c.wants) == 1 && strings.TrimSpace(s.Input) == strings.TrimSpace(c.wants[0].text)
		if strings.HasSuffix(suite, "RangeModel") {
			// A range is read with its qualifier words by Quantities;
			// ParseNumber reads bare numerals only.
			c.whole, c.ranges = false, true
		}
		out = append(out, c)
	}
	return out, nil
}

var (
	cn2anEntry = regexp.MustCompile(`^\s*"([^"]*)":\s*(-?[0-9.]+),?\s*$`)
	cn2anError = regexp.MustCompile(`^\s*"([^"]*)",?\s*$`)
)

// readCn2an reads the strict, normal and smart dictionaries of cn2an's
// test (numeral → value) and its error lists for the normal and smart modes
// (must reject). The strict mode's error list rejects forms the normal mode
// accepts, so it is not used.
func readCn2an(path string) ([]peerCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []peerCase
	section := ""
	for _, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "self.strict_data_dict = {"), strings.HasPrefix(t, "self.normal_data_dict = {"),
			strings.HasPrefix(t, "self.smart_data_dict = {"):
			section = "value"
			continue
		case strings.HasPrefix(t, "self.error_smart_datas = ["), strings.HasPrefix(t, "self.error_normal_datas = ["):
			section = "error"
			continue
		case t == "}" || t == "]":
			section = ""
			continue
		}
		switch section {
		case "value":
			if m := cn2anEntry.FindStringSubmatch(line); m != nil {
				f, err := strconv.ParseFloat(m[2], 64)
				if err != nil {
					continue
				}
				out = append(out, peerCase{suite: "cn2an", input: m[1], wants: []want{{text: m[1], value: f}}, whole: true})
			}
		case "error":
			if m := cn2anError.FindStringSubmatch(line); m != nil && m[1] != "" {
				out = append(out, peerCase{suite: "cn2an", input: m[1], reject: true, whole: true})
			}
		}
	}
	return out, nil
}

var (
	ducklingValue = regexp.MustCompile(`examples \(NumeralValue \(?(-?[0-9.]+)\)?\)`)
	ducklingText  = regexp.MustCompile(`^\s*[\[,]\s*"([^"]*)"\s*$`)
)

// readDuckling reads Duckling's Chinese numeral corpus: each example is a
// numeral and its value.
func readDuckling(path string) ([]peerCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []peerCase
	value := math.NaN()
	for _, line := range strings.Split(string(data), "\n") {
		if m := ducklingValue.FindStringSubmatch(line); m != nil {
			value, _ = strconv.ParseFloat(m[1], 64)
			continue
		}
		if m := ducklingText.FindStringSubmatch(line); m != nil && !math.IsNaN(value) {
			out = append(out, peerCase{suite: "duckling", input: m[1], wants: []want{{text: m[1], value: value}}, whole: true})
		}
	}
	return out, nil
}
