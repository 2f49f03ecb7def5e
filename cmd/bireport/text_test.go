package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextCommand checks that text prints the lines read from each format
// of the sample: the same lines in every format, headed by the title.
func TestTextCommand(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		reason     string
	}{
		{"text", "../../testdata/corpus/beijing-2024-excerpt.txt", "a text file is printed as decoded"},
		{"html", "../../testdata/formats/beijing-2024-excerpt.html", "a page's lines"},
		{"gb18030 html", "../../testdata/formats/beijing-2024-excerpt.gb18030.html", "a GB18030 page comes out as UTF-8"},
		{"markdown", "../../testdata/formats/beijing-2024-excerpt.md", "front matter left out"},
		{"docx", "../../testdata/formats/beijing-2024-excerpt.docx", "a Word document's paragraphs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runReal("", "text", tc.file)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.HasPrefix(out, "政 府 工 作 报 告\n") || !strings.Contains(out, "[17]The seven aspects") || strings.Contains(out, "<") {
				t.Errorf("text %s printed %.200q (%s)", tc.file, out, tc.reason)
			}
		})
	}
}

// TestTextAndRenderErrors checks the one-line errors, exit code 2, for a
// corrupt Word document and a bad -format.
func TestTextAndRenderErrors(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../testdata/formats/beijing-2024-excerpt.docx")
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "cut.docx")
	if err := os.WriteFile(bad, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		want   string
		reason string
	}{
		{"text truncated docx", []string{"text", bad}, bad + " (byte 0): undecodable input: not a readable Word document", "a truncated ZIP names the file"},
		{"render truncated docx", []string{"render", bad}, bad + " (byte 0): undecodable input: not a readable Word document", "every command reads the same way"},
		{"bad format", []string{"text", "-format", "pdf", bad}, "want one of text, html, markdown, docx", "the formats are listed"},
		{"two files", []string{"text", bad, bad}, "one FILE at a time", "text reads one file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runReal("", tc.args...)
			if code != exitError {
				t.Errorf("exit %d, want 2 (%s)", code, tc.reason)
			}
			checkOneErrorLine(t, tc.name, errOut, tc.want)
		})
	}
}

// TestBatchFormats checks that batch finds pages and Word documents in a
// directory and leaves Markdown (a README) alone, each document recording
// its format.
func TestBatchFormats(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"beijing-2024-excerpt.html", "beijing-2024-excerpt.docx", "beijing-2024-excerpt.md"} {
		data, err := os.ReadFile(filepath.Join("../../testdata/formats", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runReal("", "batch", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"format":"docx"`) || !strings.Contains(lines[1], `"format":"html"`) {
		t.Errorf("batch wrote %d lines, want the .docx then the .html, each with its format:\n%.300s", len(lines), out)
	}
}
