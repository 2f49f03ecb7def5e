package report_test

import (
	"fmt"
	"strings"

	"github.com/bireport/bireport/report"
)

// ReadText shows what the pipeline reads from a web page: a line per
// block element, scripts and the head left out, entities decoded.
func ExampleReadText() {
	page := `<!DOCTYPE html>
<html><head><title>报告</title><script>var x = "<p>not text</p>";</script></head>
<body><h2>二、2024年重点任务</h2><h2>II Major Tasks for 2024</h2>
<p><b>促进高质量充分就业。</b>实现城镇新增就业不少于26万人。</p>
<p><b>Promote high-quality and full employment.</b> We will create
   no fewer than 260&#44;000 urban jobs.</p></body></html>`
	text, format, err := report.ReadText(strings.NewReader(page), report.Config{Name: "report.html"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(format)
	fmt.Print(text)
	// Output:
	// html
	// 二、2024年重点任务
	// II Major Tasks for 2024
	// 促进高质量充分就业。实现城镇新增就业不少于26万人。
	// Promote high-quality and full employment. We will create no fewer than 260,000 urban jobs.
}

// A Markdown table of Chinese and English columns gives its rows as pairs.
func ExampleParse_markdownTable() {
	md := `---
title: 2024年重点任务
---

| 中文 | English |
| --- | --- |
| **促进高质量充分就业。**实现城镇新增就业不少于26万人。 | **Promote high-quality and full employment.** We will create no fewer than 260,000 urban jobs. |
| 新建养老家庭照护床位2000张。 | We will add 2,000 beds for home-based eldercare. |
`
	doc, err := report.Parse(strings.NewReader(md), report.Config{Name: "tasks.md"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Format)
	for _, p := range doc.Pairs {
		fmt.Printf("%d %v %s | %s\n", p.ID, p.ZH.Lines, p.ZH.Text, p.EN.Text)
	}
	// Output:
	// markdown
	// 1 [1 1] 促进高质量充分就业。实现城镇新增就业不少于26万人。 | Promote high-quality and full employment. We will create no fewer than 260,000 urban jobs.
	// 2 [4 4] 新建养老家庭照护床位2000张。 | We will add 2,000 beds for home-based eldercare.
}

func ExampleDetectFormat() {
	for _, in := range []struct{ name, data string }{
		{"report.txt", "政府工作报告\nREPORT ON THE WORK OF THE GOVERNMENT\n"},
		{"report.txt", "<p>政府工作报告</p>\n<p>REPORT ON THE WORK OF THE GOVERNMENT</p>\n"},
		{"-", "---\ntitle: 政府工作报告\n---\n# 政府工作报告\n"},
		{"report.txt", "1. 第一项\n1. First item\n"},
	} {
		fmt.Println(report.DetectFormat(in.name, []byte(in.data)))
	}
	// Output:
	// text
	// html
	// markdown
	// text
}
