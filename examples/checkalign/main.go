// Checkalign is what a translator or reviewer runs on a draft: it parses a
// bilingual report (one interleaved file, or a Chinese file and its
// English translation) and lists the pairs whose alignment score is below a
// threshold, with their line numbers, so that the doubtful places can be
// looked at first.
//
//	go run ./examples/checkalign -min 0.8 report.txt
//	go run ./examples/checkalign -zh report.zh.txt -en report.en.txt
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bireport/bireport/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("checkalign", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minScore := fs.Float64("min", 0.8, "list the pairs whose score is below `SCORE`")
	zhFile := fs.String("zh", "", "Chinese `FILE` (with -en)")
	enFile := fs.String("en", "", "English `FILE` (with -zh)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	doc, err := parse(fs.Args(), *zhFile, *enFile)
	if err != nil {
		fmt.Fprintln(stderr, "checkalign:", err)
		return 2
	}
	low := 0
	for _, p := range doc.Pairs {
		if p.Score >= *minScore {
			continue
		}
		low++
		fmt.Fprintf(stdout, "pair %d (%s) score %.2f\n", p.ID, p.Kind, p.Score)
		fmt.Fprintf(stdout, "  zh %s\n", side(doc.Source, p.ZH))
		fmt.Fprintf(stdout, "  en %s\n", side(doc.Source, p.EN))
	}
	fmt.Fprintf(stdout, "%d of %d pairs below %.2f\n", low, len(doc.Pairs), *minScore)
	return 0
}

// parse reads one interleaved file, or a pair of monolingual files.
func parse(args []string, zhFile, enFile string) (*report.Document, error) {
	if zhFile != "" || enFile != "" {
		zh, err := os.Open(zhFile)
		if err != nil {
			return nil, err
		}
		defer zh.Close()
		en, err := os.Open(enFile)
		if err != nil {
			return nil, err
		}
		defer en.Close()
		return report.ParsePair(zh, en, report.Config{Name: zhFile, ENName: enFile})
	}
	if len(args) != 1 {
		return nil, fmt.Errorf("want one FILE, or -zh FILE -en FILE")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return report.Parse(f, report.Config{Name: args[0]})
}

// side formats one side of a pair as "file:first-last: text", shortened.
func side(source string, s *report.Side) string {
	if s == nil {
		return "(missing: no counterpart)"
	}
	file := source
	if s.File != "" {
		file = s.File
	}
	lines := fmt.Sprint(s.Lines[0])
	if s.Lines[1] != s.Lines[0] {
		lines += fmt.Sprintf("-%d", s.Lines[1])
	}
	text := []rune(s.Text)
	if len(text) > 60 {
		text = append(text[:60:60], '…')
	}
	return fmt.Sprintf("%s:%s: %s", file, lines, string(text))
}
