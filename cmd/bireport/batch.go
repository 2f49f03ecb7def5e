package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"
)

func batchCmd() *command {
	return &command{
		name:     "batch",
		synopsis: "[-j N] [-o out.jsonl] DIR|FILE...",
		summary:  "parse many reports in parallel into JSON Lines",
		detail: `Batch parses every report named, or found under each DIR (files ending
in .txt, .html, .htm or .docx, hidden directories skipped; a Markdown
file is read when named), with N workers, and writes one line
of JSON per document: the full document, compact, in the order of the
arguments and of the directory listings, whatever the workers' timing.
NAME.zh.txt and NAME.en.txt side by side are one document (a pair of
monolingual files); any other file is one interleaved document.

A file that cannot be read or parsed gives the line
	{"source": FILE, "error": MESSAGE}
and a line on stderr, and the batch goes on. On a terminal, stderr shows
a progress line. Exit status: 0 all documents parsed, 2 any failed.
`,
		run: (*tool).batch,
	}
}

// A batchItem is one document of a batch, or an argument that failed
// before parsing (a missing file, an unreadable directory).
type batchItem struct {
	in  input
	err error
}

// A batchResult is the output line of one item.
type batchResult struct {
	line []byte // one JSON line, newline included
	err  error
}

func (t *tool) batch(c *command, args []string) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	jobs := fs.Int("j", runtime.NumCPU(), "run `N` workers in parallel")
	out := fs.String("o", "", "write the JSON Lines to `FILE` instead of standard output")
	pos, err := t.parseFlags(c, fs, args)
	if err != nil {
		return err
	}
	if *jobs < 1 {
		return usagef("%s: -j %d: want at least 1 worker", c.name, *jobs)
	}
	if len(pos) == 0 {
		return usagef("%s: no input: give DIR or FILE arguments", c.name)
	}
	items := collectBatch(pos)
	if *out != "" && *out != "-" {
		// Never read the output as an input (a rerun with -o DIR/out.txt).
		items = slices.DeleteFunc(items, func(it batchItem) bool { return it.in.name == filepath.Clean(*out) })
	}
	if len(items) == 0 {
		return fmt.Errorf("%s: no .txt files found (nor .html, .htm, .docx)", strings.Join(pos, ", "))
	}
	w := t.stdout
	if *out != "" && *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return fileError(*out, err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	failed, err := t.runBatch(items, min(*jobs, len(items)), bw)
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = fileError(*out, ferr)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d documents failed", failed, len(items))
	}
	return nil
}

// runBatch parses items with n workers and writes their lines to w in the
// order of items. Workers run at most a window of items ahead of the
// writer, so memory stays bounded however slow one document is. It returns
// the number of items that failed; the error is an output error.
func (t *tool) runBatch(items []batchItem, n int, w io.Writer) (failed int, err error) {
	results := make([]chan batchResult, len(items))
	for i := range results {
		results[i] = make(chan batchResult, 1)
	}
	window := make(chan struct{}, 4*n)
	done := make(chan struct{})
	defer close(done)
	todo := make(chan int)
	go func() {
		defer close(todo)
		for i := range items {
			select {
			case window <- struct{}{}:
			case <-done:
				return
			}
			select {
			case todo <- i:
			case <-done:
				return
			}
		}
	}()
	for range n {
		go func() {
			for i := range todo {
				results[i] <- t.batchOne(items[i])
			}
		}()
	}
	p := progress{on: t.progress, w: t.stderr, total: len(items)}
	for i := range items {
		r := <-results[i]
		<-window
		if r.err != nil {
			failed++
			p.clear()
			t.errorLine(r.err)
		}
		if _, err := w.Write(r.line); err != nil {
			p.clear()
			return failed, err
		}
		p.show(i+1, items[i].in.source())
	}
	p.clear()
	return failed, nil
}

// batchOne parses one item into its JSON line. A panic becomes the item's
// error.
func (t *tool) batchOne(it batchItem) (r batchResult) {
	defer func() {
		if v := recover(); v != nil {
			r = errorResult(it.in.source(), fmt.Errorf("%s: internal error: %v", it.in.source(), v))
		}
	}()
	if it.err != nil {
		return errorResult(it.in.source(), it.err)
	}
	doc, err := t.load(it.in)
	if err != nil {
		return errorResult(it.in.source(), err)
	}
	var line bytes.Buffer
	if err := t.writeJSONLine(&line, doc); err != nil {
		return errorResult(it.in.source(), fmt.Errorf("%s: %w", it.in.source(), err))
	}
	return batchResult{line: line.Bytes()}
}

// errorResult is the line {"source": ..., "error": ...} for a failed item.
func errorResult(source string, err error) batchResult {
	line, _ := json.Marshal(struct {
		Source string `json:"source"`
		Error  string `json:"error"`
	}{source, err.Error()})
	return batchResult{line: append(line, '\n'), err: err}
}

// batchExt are the extensions of the files batch reads in a directory:
// text, HTML pages and Word documents. Markdown files are read when named,
// not found: a folder's README.md is seldom a report.
var batchExt = map[string]bool{".txt": true, ".html": true, ".htm": true, ".docx": true}

// collectBatch turns the arguments of batch into items: files as given,
// directories walked for *.txt (and .html, .htm, .docx) in lexical order, NAME.zh.txt and
// NAME.en.txt in one directory joined into one pair, each path once.
func collectBatch(args []string) []batchItem {
	var items []batchItem
	seen := map[string]bool{}
	add := func(path string) {
		if path != "-" {
			path = filepath.Clean(path)
		}
		if !seen[path] {
			seen[path] = true
			items = append(items, batchItem{in: input{name: path}})
		}
	}
	for _, arg := range args {
		if arg == "-" {
			add(arg)
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			items = append(items, batchItem{in: input{name: arg}, err: fileError(arg, err)})
			continue
		}
		if !st.IsDir() {
			add(arg)
			continue
		}
		filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				items = append(items, batchItem{in: input{name: path}, err: fileError(path, err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
			case d.IsDir():
				if path != arg && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
			case d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0:
				if batchExt[strings.ToLower(filepath.Ext(path))] && !strings.HasPrefix(d.Name(), ".") {
					add(path)
				}
			}
			return nil
		})
	}
	return pairBatch(items)
}

// pairBatch joins NAME.zh.txt and NAME.en.txt of one directory into one
// item, at the place of the first of the two.
func pairBatch(items []batchItem) []batchItem {
	stem := func(path, lang string) (string, bool) {
		suffix := "." + lang + ".txt"
		if len(path) > len(suffix) && strings.EqualFold(path[len(path)-len(suffix):], suffix) {
			return path[:len(path)-len(suffix)], true
		}
		return "", false
	}
	zh := map[string]int{}
	en := map[string]int{}
	for i, it := range items {
		if it.err != nil || it.in.name == "-" {
			continue
		}
		if s, ok := stem(it.in.name, "zh"); ok {
			zh[s] = i
		} else if s, ok := stem(it.in.name, "en"); ok {
			en[s] = i
		}
	}
	drop := map[int]bool{}
	for s, i := range zh {
		j, ok := en[s]
		if !ok {
			continue
		}
		pair := input{zh: items[i].in.name, en: items[j].in.name}
		first, second := min(i, j), max(i, j)
		items[first] = batchItem{in: pair}
		drop[second] = true
	}
	out := items[:0]
	for i, it := range items {
		if !drop[i] {
			out = append(out, it)
		}
	}
	return out
}

// progress draws "[ 12/340]   3.5%  name" on one terminal line.
type progress struct {
	on    bool
	w     io.Writer
	total int
	shown bool
}

func (p *progress) show(done int, name string) {
	if !p.on {
		return
	}
	fmt.Fprint(p.w, progressLine(done, p.total, name))
	p.shown = true
}

// clear erases the progress line, so that a message can take its place.
func (p *progress) clear() {
	if p.on && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// progressLine formats one state of the progress line, starting with a
// carriage return and ending with an erase to the end of the line. Long
// names keep their end.
func progressLine(done, total int, name string) string {
	const maxName = 48
	if n := utf8.RuneCountInString(name); n > maxName {
		r := []rune(name)
		name = "…" + string(r[n-maxName+1:])
	}
	width := len(fmt.Sprint(total))
	pct := 100 * float64(done) / float64(max(total, 1))
	return fmt.Sprintf("\r[%*d/%d] %5.1f%%  %s\x1b[K", width, done, total, pct, name)
}
