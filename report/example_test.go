package report_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/bireport/bireport/report"
)

// Parse an interleaved file: each Chinese paragraph followed by its English.
func ExampleParse() {
	src := `二、2024年重点任务
II Major Tasks for 2024
实现城镇新增就业不少于26万人。
We will create no fewer than 260,000 urban jobs.
`
	doc, err := report.Parse(strings.NewReader(src), report.Config{Name: "tasks.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Pairs {
		fmt.Printf("%d %s zh%v en%v\n", p.ID, p.Kind, p.ZH.Lines, p.EN.Lines)
	}
	for _, c := range doc.Commitments {
		fmt.Printf("%s ↔ %s: %v %s\n", c.ZH.Text, c.EN.Text, c.Value, c.Status)
	}
	// Output:
	// 1 heading zh[1 1] en[2 2]
	// 2 paragraph zh[3 3] en[4 4]
	// 不少于26万人 ↔ no fewer than 260,000: 260000 consistent
}

// Parse a Chinese file and its English translation given separately.
func ExampleParsePair() {
	zh := "一、工作回顾\n国内生产总值增长6.9%。\n"
	en := "I. Review of Our Work\nGDP grew by 6.9 percent.\n"
	doc, err := report.ParsePair(strings.NewReader(zh), strings.NewReader(en),
		report.Config{Name: "r.zh.txt", ENName: "r.en.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Pairs {
		fmt.Printf("%s:%d ↔ %s:%d %s\n", p.ZH.File, p.ZH.Lines[0], p.EN.File, p.EN.Lines[0], p.Kind)
	}
	fmt.Println(len(doc.Figures), "figure,", len(doc.Commitments), "commitments")
	// Output:
	// r.zh.txt:1 ↔ r.en.txt:1 heading
	// r.zh.txt:2 ↔ r.en.txt:2 paragraph
	// 1 figure, 0 commitments
}

// Input errors are *report.Error values that name the file and the place,
// and wrap a sentinel for errors.Is.
func ExampleError() {
	_, err := report.Parse(strings.NewReader("\n \n"), report.Config{Name: "blank.txt"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, report.ErrEmpty))
	// Output:
	// blank.txt: no text: the input has no non-blank line
	// true
}

// Write the document as JSON (schema bireport/1).
func ExampleWriteJSON() {
	doc, err := report.Parse(strings.NewReader("总则\nGeneral Principles\n"), report.Config{Name: "c.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := report.WriteJSON(os.Stdout, doc); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schema": "bireport/1",
	//   "source": "c.txt",
	//   "format": "text",
	//   "pairs": [
	//     {
	//       "id": 1,
	//       "kind": "heading",
	//       "level": 1,
	//       "zh": {
	//         "text": "总则",
	//         "lines": [1, 1]
	//       },
	//       "en": {
	//         "text": "General Principles",
	//         "lines": [2, 2]
	//       },
	//       "score": 1,
	//       "sentences": [
	//         {
	//           "zh": {
	//             "text": "总则",
	//             "start": 0,
	//             "end": 2
	//           },
	//           "en": {
	//             "text": "General Principles",
	//             "start": 0,
	//             "end": 18
	//           },
	//           "score": 1
	//         }
	//       ]
	//     }
	//   ],
	//   "commitments": [],
	//   "figures": [],
	//   "footnotes": [],
	//   "findings": []
	// }
}
