package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bireport/bireport/report"
)

// An input is one document: an interleaved file, or a Chinese file and its
// English translation.
type input struct {
	name   string // interleaved file; "-" is standard input
	zh, en string // monolingual files, when name is empty
}

// source names the input in messages and output: the file, or the Chinese
// file of a pair.
func (in input) source() string {
	if in.name != "" {
		return in.name
	}
	return in.zh
}

// pairFlags are the --zh and --en flags of a command.
type pairFlags struct{ zh, en string }

func (p *pairFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.zh, "zh", "", "the Chinese `FILE` of a pair of monolingual files (with --en)")
	fs.StringVar(&p.en, "en", "", "the English `FILE` of a pair of monolingual files (with --zh)")
}

// inputs builds the inputs of a command from its positional arguments and
// its --zh/--en flags. With many, several FILEs are allowed.
func (p *pairFlags) inputs(c *command, args []string, many bool) ([]input, error) {
	if p.zh != "" || p.en != "" {
		switch {
		case p.zh == "" || p.en == "":
			return nil, usagef("%s: --zh and --en go together", c.name)
		case len(args) > 0:
			return nil, usagef("%s: give FILE or --zh and --en, not both", c.name)
		case p.zh == "-" && p.en == "-":
			return nil, usagef("%s: --zh and --en cannot both read standard input", c.name)
		}
		return []input{{zh: p.zh, en: p.en}}, nil
	}
	switch {
	case len(args) == 0:
		return nil, usagef("%s: no input: give FILE, - for standard input, or --zh FILE --en FILE", c.name)
	case len(args) > 1 && !many:
		return nil, usagef("%s: one FILE at a time (got %d)", c.name, len(args))
	}
	ins := make([]input, 0, len(args))
	stdin := 0
	for _, a := range args {
		if a == "" {
			return nil, usagef("%s: empty file name", c.name)
		}
		if a == "-" {
			if stdin++; stdin > 1 {
				return nil, usagef("%s: standard input (-) given twice", c.name)
			}
		}
		ins = append(ins, input{name: a})
	}
	return ins, nil
}

// load reads and parses one input.
func (t *tool) load(in input) (*report.Document, error) {
	if in.name != "" {
		f, err := t.open(in.name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		doc, err := t.parse(f, report.Config{Name: in.name})
		return checkDoc(doc, err, in.name)
	}
	zh, err := t.open(in.zh)
	if err != nil {
		return nil, err
	}
	defer zh.Close()
	en, err := t.open(in.en)
	if err != nil {
		return nil, err
	}
	defer en.Close()
	doc, err := t.parsePair(zh, en, report.Config{Name: in.zh, ENName: in.en})
	return checkDoc(doc, err, in.zh)
}

// checkDoc makes sure a parse error names its file and that a document
// came back.
func checkDoc(doc *report.Document, err error, name string) (*report.Document, error) {
	var re *report.Error
	switch {
	case err != nil && errors.As(err, &re):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("%s: %w", name, err)
	case doc == nil:
		return nil, fmt.Errorf("%s: no document", name)
	}
	return doc, nil
}

// open opens a file for reading; "-" is standard input. Errors read
// "NAME: what".
func (t *tool) open(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(t.stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fileError(name, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fileError(name, err)
	}
	if st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s: is a directory, not a file", name)
	}
	return f, nil
}

// fileError formats an error of the os package as "NAME: what".
func fileError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", name, pe.Err)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// output runs write on standard output, or on the file path when it is set
// and not "-". A file is written to a temporary file beside it and renamed
// into place, so a failed run leaves no half-written output.
func (t *tool) output(path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(t.stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%s: is a directory, not a file", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fileError(path, err)
	}
	bw := bufio.NewWriter(tmp)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fileError(path, err)
	}
	return nil
}
