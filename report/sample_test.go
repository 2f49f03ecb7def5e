package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/bireport/bireport/internal/golden"
	"github.com/bireport/bireport/report"
)

const sampleName = "beijing-2024-excerpt.txt"

func parseSample(t *testing.T) (*report.Document, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, sampleName))
	require.NoError(t, err)
	doc, err := report.Parse(bytes.NewReader(data), report.Config{Name: sampleName})
	require.NoError(t, err)
	return doc, string(data)
}

// TestSamplePairs checks the 13 pairs DESIGN.md requires of the sample.
func TestSamplePairs(t *testing.T) {
	doc, text := parseSample(t)
	type want struct {
		kind   report.Kind
		level  int
		zh, en span
	}
	wants := []want{
		{report.KindTitle, 0, span{1, 1}, span{5, 5}},
		{report.KindMeta, 0, span{2, 3}, span{6, 7}},
		{report.KindMeta, 0, span{4, 4}, span{8, 8}},
		{report.KindHeading, 1, span{9, 9}, span{10, 10}},
		{report.KindHeading, 2, span{11, 11}, span{12, 12}},
		{report.KindParagraph, 0, span{13, 13}, span{14, 14}},
		{report.KindParagraph, 0, span{15, 15}, span{16, 16}},
		{report.KindParagraph, 0, span{17, 17}, span{18, 18}},
		{report.KindParagraph, 0, span{19, 19}, span{20, 20}},
		{report.KindParagraph, 0, span{21, 21}, span{22, 22}},
		{report.KindParagraph, 0, span{23, 23}, span{24, 24}},
		{report.KindNote, 0, span{25, 25}, span{}},
		{report.KindFootnote, 0, span{}, span{26, 26}},
	}
	require.Len(t, doc.Pairs, len(wants))
	for i, w := range wants {
		p := doc.Pairs[i]
		assert.Equal(t, i+1, p.ID, "pair %d id", i+1)
		assert.Equal(t, w.kind, p.Kind, "pair %d kind", i+1)
		assert.Equal(t, w.level, p.Level, "pair %d level", i+1)
		assert.Equal(t, w.zh, sideSpan(p.ZH), "pair %d zh lines", i+1)
		assert.Equal(t, w.en, sideSpan(p.EN), "pair %d en lines", i+1)
		assert.True(t, p.Score >= 0 && p.Score <= 1, "pair %d score %v", i+1, p.Score)
	}
	// The occasion's wrapped lines are joined into one text.
	assert.Equal(t, "——2024年1月21日在北京市第十六届人民代表大会第二次会议上", doc.Pairs[1].ZH.Text)
	assert.Equal(t, "Delivered at the Second Session of the Sixteenth Beijing Municipal People's Congress on January 21, 2024", doc.Pairs[1].EN.Text)
	checkNothingLost(t, doc, map[string]string{sampleName: text})
}

// TestSampleGolden compares the sample's JSON and Markdown with golden files
// that were read by eye; -update rewrites them.
func TestSampleGolden(t *testing.T) {
	doc, _ := parseSample(t)
	var js, md bytes.Buffer
	require.NoError(t, report.WriteJSON(&js, doc))
	require.NoError(t, report.WriteMarkdown(&md, doc))
	golden.Check(t, "../testdata/golden/beijing-2024-excerpt.json", js.Bytes())
	golden.Check(t, "../testdata/golden/beijing-2024-excerpt.md", md.Bytes())
}

// TestSampleMarkdownParses reads the sample's Markdown back with goldmark,
// CJK and Footnote, and checks the headings and the footnote survive.
func TestSampleMarkdownParses(t *testing.T) {
	doc, _ := parseSample(t)
	var md bytes.Buffer
	require.NoError(t, report.WriteMarkdown(&md, doc))
	headings, footnotes, refs := mdOutline(t, md.Bytes())
	assert.Equal(t, []string{
		"1 政 府 工 作 报 告",
		"1 REPORT ON THE WORK OF THE GOVERNMENT",
		"2 二、2024年重点任务",
		"2 II Major Tasks for 2024",
		"3 (十)更加注重保障和改善民生,不断实现人民对美好生活的向往",
		"3 Tenth, we will prioritize and intensify our efforts to ensure and increase the wellbeing of our citizens, fulfilling their aspirations for a better life.",
	}, headings)
	assert.Equal(t, 1, footnotes, "footnote definitions")
	assert.Equal(t, 1, refs, "footnote references")
}

// mdOutline parses Markdown with goldmark and returns its headings ("level
// text"), the number of footnote definitions and of footnote references.
func mdOutline(t testing.TB, src []byte) (headings []string, footnotes, refs int) {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(extension.Footnote, extension.CJK, extension.Table))
	root := md.Parser().Parse(text.NewReader(src))
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			headings = append(headings, strings.TrimSpace(string(rune('0'+n.Level))+" "+plainText(n, src)))
		case *east.Footnote:
			footnotes++
		case *east.FootnoteLink:
			refs++
		}
		return ast.WalkContinue, nil
	})
	require.NoError(t, err)
	return headings, footnotes, refs
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			if tx, ok := c.(*ast.Text); ok {
				b.Write(tx.Segment.Value(src))
				if tx.SoftLineBreak() {
					b.WriteByte(' ')
				}
			}
			if s, ok := c.(*ast.String); ok {
				b.Write(s.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// TestSampleCommitments checks the sample's 15 commitments of DESIGN.md:
// values, lines, qualifiers, every one consistent; no figures; footnote 17
// defined in English and referenced from pair 6 (line 14's "five areas17").
func TestSampleCommitments(t *testing.T) {
	doc, _ := parseSample(t)
	type want struct {
		line      int
		zh, en    string
		value     float64
		qualifier string
	}
	wants := []want{
		{13, "34", "34", 34, "exact"},
		{15, "26万", "260,000", 260000, "at_least"},
		{15, "12万", "120,000", 120000, "exact"},
		{15, "4万", "40,000", 40000, "exact"},
		{17, "9个", "Nine", 9, "exact"},
		{17, "180项", "180", 180, "exact"},
		{17, "300项", "300", 300, "exact"},
		{17, "3个月", "three", 3, "up_to"},
		{17, "1万个", "10,000", 10000, "exact"},
		{19, "2000张", "2,000", 2000, "exact"},
		{19, "240个", "240", 240, "exact"},
		{19, "300个", "300", 300, "exact"},
		{21, "7万套", "70,000", 70000, "exact"},
		{21, "8万套", "80,000", 80000, "exact"},
		{23, "50个", "50", 50, "exact"},
	}
	require.Len(t, doc.Commitments, len(wants))
	for i, w := range wants {
		c := doc.Commitments[i]
		require.NotNil(t, c.ZH, "commitment %d zh", i+1)
		require.NotNil(t, c.EN, "commitment %d en", i+1)
		assert.Equal(t, w.line, c.ZH.Line, "commitment %d zh line", i+1)
		assert.Equal(t, w.line+1, c.EN.Line, "commitment %d en line", i+1)
		assert.Contains(t, c.ZH.Text, w.zh, "commitment %d zh text", i+1)
		assert.Contains(t, c.EN.Text, w.en, "commitment %d en text", i+1)
		assert.Equal(t, w.value, c.Value, "commitment %d value", i+1)
		assert.Equal(t, w.qualifier, c.Qualifier, "commitment %d qualifier", i+1)
		assert.Equal(t, "consistent", c.Status, "commitment %d status", i+1)
		zh := []rune(doc.Pairs[c.Pair-1].ZH.Text)
		assert.Equal(t, c.ZH.Text, string(zh[c.ZH.Start:c.ZH.End]), "commitment %d zh span", i+1)
	}
	assert.Empty(t, doc.Figures, "the sample reports no past figures")
	for _, f := range doc.Findings {
		assert.NotEqual(t, "number-mismatch", f.Rule, "finding %+v", f)
	}
	require.Len(t, doc.Footnotes, 1)
	fn := doc.Footnotes[0]
	assert.Equal(t, "17", fn.ID)
	assert.Nil(t, fn.ZH)
	require.NotNil(t, fn.EN)
	assert.True(t, strings.HasPrefix(*fn.EN, "The seven aspects are"), *fn.EN)
	require.Len(t, fn.Refs, 1)
	assert.Equal(t, report.Ref{Pair: 6, Lang: "en", Offset: 150, End: 152}, fn.Refs[0])
	assert.Equal(t, "17", string([]rune(doc.Pairs[5].EN.Text)[150:152]))
}
