package report

import (
	"bytes"
	"fmt"
	"html"
	"image/color"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/bireport/bireport/extract"
)

// The colours of the chart series (tests find the series by them: results
// #1F77B4, target marks #D65F00, bands translucent).
var (
	resultColor = color.NRGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff} // results: one line through the years
	bandColor   = color.NRGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0x80} // a target range: a band from lower to upper
	targetColor = color.NRGBA{R: 0xd6, G: 0x5f, B: 0x00, A: 0xff} // a target value, floor or ceiling: a mark
)

// WriteIndicatorsHTML writes rows as one self-contained HTML page: for
// each indicator (in catalogue order) a chart of its one-year targets
// against its one-year results by year, drawn with gonum.org/v1/plot and
// inlined as SVG, then a table of all its rows with the quoted statements.
// On the chart a target range is a band from its lower to its upper bound,
// a floor (at least, more than) a mark with an arrow up, a ceiling (at
// most, less than, up to) a mark with an arrow down, and any other target a
// mark; results are one line with a point a year (when two reports give a
// year's result, the later report's). Multi-year figures are in the table
// only.
func WriteIndicatorsHTML(w io.Writer, rows []IndicatorRow, cat extract.Catalog) error {
	var b bytes.Buffer
	b.WriteString(indicatorsHead)
	for _, g := range groupIndicators(rows, cat) {
		fmt.Fprintf(&b, "<section id=\"%s\">\n<h2>%s <code>%s</code></h2>\n", html.EscapeString(g.id),
			html.EscapeString(g.name), html.EscapeString(g.id))
		svg, err := indicatorChart(g)
		if err != nil {
			return fmt.Errorf("chart of %s: %w", g.id, err)
		}
		if svg != nil {
			b.WriteString("<figure>")
			b.Write(svg)
			b.WriteString("</figure>\n")
		}
		writeIndicatorTable(&b, g.rows)
		b.WriteString("</section>\n")
	}
	b.WriteString("</body>\n</html>\n")
	_, err := w.Write(b.Bytes())
	return err
}

const indicatorsHead = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Indicators</title>
<style>
body { font-family: sans-serif; margin: 2em; max-width: 70em; }
figure { margin: 0; }
figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 90%; margin: 1em 0 3em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
td:nth-child(6), td:nth-child(7) { min-width: 14em; }
</style>
</head>
<body>
<h1>Indicators</h1>
<p>Targets against results by year. A band is a target range, an arrow up a floor, an arrow down a ceiling.</p>
`

// An indicatorGroup is the rows of one indicator.
type indicatorGroup struct {
	id, name, unit string
	rows           []IndicatorRow
}

// groupIndicators groups rows by indicator, in catalogue order, then ids
// the catalogue lacks in name order.
func groupIndicators(rows []IndicatorRow, cat extract.Catalog) []indicatorGroup {
	by := map[string][]IndicatorRow{}
	for _, r := range rows {
		by[r.Indicator] = append(by[r.Indicator], r)
	}
	var out []indicatorGroup
	for _, ind := range cat.Indicators {
		if rs := by[ind.ID]; len(rs) > 0 {
			name := ind.Name
			if name == "" {
				name = ind.ID
			}
			out = append(out, indicatorGroup{ind.ID, name, ind.Unit, rs})
			delete(by, ind.ID)
		}
	}
	var rest []string
	for id := range by {
		rest = append(rest, id)
	}
	sort.Strings(rest)
	for _, id := range rest {
		out = append(out, indicatorGroup{id, id, "", by[id]})
	}
	return out
}

// chartRows picks the one-year rows of the group's commonest unit, the
// result of a year from the latest report that gives it and the target of
// a year from the first.
func chartRows(rows []IndicatorRow) (targets, results []IndicatorRow) {
	units := map[string]int{}
	for _, r := range rows {
		units[r.Unit]++
	}
	unit, n := "", -1
	for u, c := range units {
		if c > n || c == n && u < unit {
			unit, n = u, c
		}
	}
	result := map[int]IndicatorRow{}
	target := map[int]IndicatorRow{}
	for _, r := range rows {
		if r.FromYear != r.Year || r.Unit != unit {
			continue
		}
		if r.Kind == IndicatorResult {
			if old, ok := result[r.Year]; !ok || r.ReportYear > old.ReportYear {
				result[r.Year] = r
			}
		} else if _, ok := target[r.Year]; !ok {
			target[r.Year] = r
		}
	}
	for _, r := range target {
		targets = append(targets, r)
	}
	for _, r := range result {
		results = append(results, r)
	}
	byYear := func(rs []IndicatorRow) { sort.Slice(rs, func(i, j int) bool { return rs[i].Year < rs[j].Year }) }
	byYear(targets)
	byYear(results)
	return targets, results
}

// valueScale returns the divisor and its name for showing values up to m.
func valueScale(m float64) (float64, string) {
	switch {
	case m >= 1e12:
		return 1e12, "trillions"
	case m >= 1e9:
		return 1e9, "billions"
	case m >= 1e6:
		return 1e6, "millions"
	}
	return 1, ""
}

// indicatorChart draws the chart of one indicator as SVG, or nil when it
// has no one-year rows.
func indicatorChart(g indicatorGroup) ([]byte, error) {
	targets, results := chartRows(g.rows)
	if len(targets)+len(results) == 0 {
		return nil, nil
	}
	top, minYear, maxYear := 0.0, math.MaxInt, math.MinInt
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range append(append([]IndicatorRow(nil), targets...), results...) {
		top = max(top, math.Abs(r.Value))
		lo, hi = min(lo, r.Value), max(hi, r.Value)
		if r.Upper != nil {
			top = max(top, math.Abs(*r.Upper))
			hi = max(hi, *r.Upper)
		}
		minYear, maxYear = min(minYear, r.Year), max(maxYear, r.Year)
	}
	scale, scaleName := valueScale(top)
	unit := targetsUnit(g, targets, results)
	p := plot.New()
	p.Title.Text = g.name
	p.X.Label.Text = "year"
	p.Y.Label.Text = unit
	if scaleName != "" {
		p.Y.Label.Text = unit + " (" + scaleName + ")"
	}
	p.X.Min, p.X.Max = float64(minYear)-0.6, float64(maxYear)+0.6
	// Room below for a ceiling's arrow, above for a floor's and the legend.
	span := hi - lo
	if span == 0 {
		span = max(math.Abs(hi), 1)
	}
	p.Y.Min, p.Y.Max = (lo-0.25*span)/scale, (hi+0.6*span)/scale
	var ticks plot.ConstantTicks
	for y := minYear; y <= maxYear; y++ {
		ticks = append(ticks, plot.Tick{Value: float64(y), Label: strconv.Itoa(y)})
	}
	p.X.Tick.Marker = ticks
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.Padding = vg.Points(3)
	p.Legend.ThumbnailWidth = vg.Points(20)
	p.Add(plotter.NewGrid())

	marks := map[markShape]*targetMarks{}
	for _, r := range targets {
		shape := shapeOf(r.Qualifier)
		if marks[shape] == nil {
			marks[shape] = &targetMarks{shape: shape}
		}
		t := targetMark{year: float64(r.Year), lo: r.Value / scale}
		if r.Upper != nil {
			t.hi = *r.Upper / scale
		}
		marks[shape].marks = append(marks[shape].marks, t)
	}
	for _, shape := range []markShape{markBand, markFloor, markCeiling, markPoint} {
		if m := marks[shape]; m != nil {
			p.Add(m)
			p.Legend.Add(shape.legend(), m)
		}
	}
	if len(results) > 0 {
		xys := make(plotter.XYs, len(results))
		for i, r := range results {
			xys[i] = plotter.XY{X: float64(r.Year), Y: r.Value / scale}
		}
		line, points, err := plotter.NewLinePoints(xys)
		if err != nil {
			return nil, err
		}
		line.Color = resultColor
		line.Width = vg.Points(2)
		points.Color = resultColor
		points.Shape = draw.CircleGlyph{}
		points.Radius = vg.Points(3)
		p.Add(line, points)
		p.Legend.Add("result", line, points)
	}
	canvas := vgsvg.New(6*vg.Inch, 3*vg.Inch)
	p.Draw(draw.New(canvas))
	var buf bytes.Buffer
	if _, err := canvas.WriteTo(&buf); err != nil {
		return nil, err
	}
	return inlineSVG(buf.Bytes()), nil
}

// targetsUnit names the unit of the chart's values: the catalogue's unit,
// else the rows'.
func targetsUnit(g indicatorGroup, targets, results []IndicatorRow) string {
	if g.unit != "" {
		return g.unit
	}
	for _, r := range append(targets, results...) {
		if r.Unit != "" {
			return r.Unit
		}
	}
	return "value"
}

// inlineSVG strips the XML prologue of a standalone SVG file so that it
// can stand inside HTML.
func inlineSVG(svg []byte) []byte {
	if i := bytes.Index(svg, []byte("<svg")); i >= 0 {
		svg = svg[i:]
	}
	return bytes.TrimSpace(svg)
}

// A markShape is how a target is drawn.
type markShape int

const (
	markBand    markShape = iota // a range: a band from lower to upper
	markFloor                    // at least, more than: a mark with an arrow up
	markCeiling                  // at most, less than, up to: a mark with an arrow down
	markPoint                    // exact, about: a mark
)

func shapeOf(qualifier string) markShape {
	switch extract.Qualifier(qualifier) {
	case extract.Range:
		return markBand
	case extract.AtLeast, extract.MoreThan:
		return markFloor
	case extract.AtMost, extract.LessThan, extract.UpTo:
		return markCeiling
	}
	return markPoint
}

func (s markShape) legend() string {
	return [...]string{"target range", "target floor", "target ceiling", "target"}[s]
}

// A targetMark is one target: its year and bounds (hi only for a range).
type targetMark struct{ year, lo, hi float64 }

// targetMarks draws the targets of one shape; it is a gonum plot.Plotter,
// plot.DataRanger and plot.Thumbnailer.
type targetMarks struct {
	shape markShape
	marks []targetMark
}

const (
	markHalfWidth = 0.25 // years either side of a mark
	arrowLength   = vg.Length(18)
	arrowHead     = vg.Length(5)
)

var markLine = draw.LineStyle{Color: targetColor, Width: vg.Points(2)}

// Plot draws each mark: a band is one filled path; a floor or ceiling a
// bar, a shaft and a filled head; a point a bar.
func (t *targetMarks) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	for _, m := range t.marks {
		x0, x1, xm := trX(m.year-markHalfWidth), trX(m.year+markHalfWidth), trX(m.year)
		y := trY(m.lo)
		if t.shape == markBand {
			y1 := trY(m.hi)
			c.FillPolygon(bandColor, []vg.Point{{X: x0, Y: y}, {X: x1, Y: y}, {X: x1, Y: y1}, {X: x0, Y: y1}})
			continue
		}
		c.StrokeLine2(markLine, x0, y, x1, y)
		switch t.shape {
		case markFloor:
			drawArrow(&c, xm, y, arrowLength)
		case markCeiling:
			drawArrow(&c, xm, y, -arrowLength)
		}
	}
}

// drawArrow draws a shaft from (x, y) of length dy (up when positive) and
// a filled head at its end.
func drawArrow(c *draw.Canvas, x, y, dy vg.Length) {
	c.StrokeLine2(draw.LineStyle{Color: targetColor, Width: vg.Points(1.5)}, x, y, x, y+dy)
	tip := y + dy
	back := tip - arrowHead*vg.Length(sign(float64(dy)))
	c.FillPolygon(targetColor, []vg.Point{{X: x, Y: tip}, {X: x - arrowHead, Y: back}, {X: x + arrowHead, Y: back}})
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// DataRange returns the years and values the marks cover.
func (t *targetMarks) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, m := range t.marks {
		xmin, xmax = min(xmin, m.year-markHalfWidth), max(xmax, m.year+markHalfWidth)
		ymin, ymax = min(ymin, m.lo), max(ymax, m.lo)
		if t.shape == markBand {
			ymin, ymax = min(ymin, m.hi), max(ymax, m.hi)
		}
	}
	return xmin, xmax, ymin, ymax
}

// Thumbnail draws the legend's sample of the shape.
func (t *targetMarks) Thumbnail(c *draw.Canvas) {
	r := c.Rectangle
	mx := (r.Min.X + r.Max.X) / 2
	my := (r.Min.Y + r.Max.Y) / 2
	switch t.shape {
	case markBand:
		c.FillPolygon(bandColor, []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}})
	case markFloor:
		c.StrokeLine2(markLine, r.Min.X, r.Min.Y, r.Max.X, r.Min.Y)
		c.FillPolygon(targetColor, []vg.Point{{X: mx, Y: r.Max.Y}, {X: mx - 4, Y: r.Min.Y + 1}, {X: mx + 4, Y: r.Min.Y + 1}})
	case markCeiling:
		c.StrokeLine2(markLine, r.Min.X, r.Max.Y, r.Max.X, r.Max.Y)
		c.FillPolygon(targetColor, []vg.Point{{X: mx, Y: r.Min.Y}, {X: mx - 4, Y: r.Max.Y - 1}, {X: mx + 4, Y: r.Max.Y - 1}})
	default:
		c.StrokeLine2(markLine, r.Min.X, my, r.Max.X, my)
	}
}

// writeIndicatorTable writes the rows of one indicator as an HTML table.
func writeIndicatorTable(b *bytes.Buffer, rows []IndicatorRow) {
	b.WriteString("<table>\n<tr><th>report</th><th>years</th><th>kind</th><th>value</th><th>qualifier</th><th>zh</th><th>en</th><th>line</th></tr>\n")
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for _, r := range rows {
		years := strconv.Itoa(r.Year)
		if r.FromYear != r.Year {
			years = strconv.Itoa(r.FromYear) + "–" + years
		}
		value := num(r.Value)
		if r.Upper != nil {
			value += "–" + num(*r.Upper)
		}
		value += " " + r.Unit
		cells := []string{strconv.Itoa(r.ReportYear), years, r.Kind, strings.TrimSpace(value), r.Qualifier, r.ZH, r.EN,
			r.File + ":" + strconv.Itoa(r.Line)}
		b.WriteString("<tr>")
		for i, c := range cells {
			if i == 1 || i == 3 {
				b.WriteString(`<td class="n">`)
			} else {
				b.WriteString("<td>")
			}
			b.WriteString(html.EscapeString(c))
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
}
