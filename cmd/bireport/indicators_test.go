package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

func TestIndicatorsCSV(t *testing.T) {
	f2019 := filepath.Join(corpusDir, "gwr-2019-national.txt")
	f2020 := filepath.Join(corpusDir, "gwr-2020-national.txt")
	code, out, errs := runReal("", "indicators", f2019, f2020)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v", err)
	}
	if strings.Join(rows[0], ",") != strings.Join(report.IndicatorCSVHeader, ",") {
		t.Errorf("header %q", rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		for _, col := range []int{3, 5, 13} { // year, value, from_year: numbers as numbers
			if _, err := strconv.ParseFloat(r[col], 64); err != nil {
				t.Errorf("column %s is not a number: %q", rows[0][col], r[col])
			}
		}
		// 国内生产总值增长6%－6.5% (gwr-2019, line 91): the 2019 range.
		if r[0] == "gdp-growth" && r[1] == f2019 && r[3] == "2019" && r[4] == "target" && r[5] == "6" && r[6] == "6.5" && r[10] == "91" {
			found = true
		}
		if r[0] == "gdp-growth" && r[1] == f2020 && r[4] == "target" {
			t.Errorf("gwr-2020 has no GDP target, got %q", r)
		}
	}
	if !found {
		t.Errorf("the 2019 GDP range target is missing:\n%s", out)
	}
}

func TestIndicatorsFormats(t *testing.T) {
	f := filepath.Join(corpusDir, "gwr-2022-national.txt")
	code, out, errs := runReal("", "indicators", "-f", "json", f)
	if code != exitOK || errs != "" {
		t.Fatalf("json: exit %d, stderr %q", code, errs)
	}
	var rows []report.IndicatorRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("json: %v, %d rows", err, len(rows))
	}
	code, out, errs = runReal("", "indicators", "-f", "html", f)
	if code != exitOK || errs != "" || !strings.Contains(out, "<svg") || !strings.HasPrefix(out, "<!DOCTYPE html>") {
		t.Fatalf("html: exit %d, stderr %q, no page with a chart", code, errs)
	}
}

func TestIndicatorsCatalog(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"r.txt":    "政府工作报告\nREPORT ON THE WORK OF THE GOVERNMENT\n——2016年3月5日在大会上\nDelivered on March 5, 2016\n今年广义货币M2预期增长13%左右。\nThe M2 money supply is forecast to grow by around 13%.\n",
		"bad.json": "{\"indicators\": [\n  {\"id\": \"x\",}\n]}",
	})
	report := filepath.Join(dir, "r.txt")
	code, out, errs := runReal("", "indicators", "--catalog", "../../examples/indicators/catalog.json", report)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "m2-growth,"+report+",2016,2016,target,13,,about,%") {
		t.Errorf("the user's indicator m2-growth is missing:\n%s", out)
	}
	code, out, _ = runReal("", "indicators", report)
	if code != exitOK || strings.Contains(out, "m2-growth") {
		t.Errorf("without --catalog: exit %d, output %q; want no m2-growth row", code, out)
	}
	tests := []struct {
		name   string
		args   []string
		want   []string
		reason string
	}{
		{"bad catalogue", []string{"--catalog", filepath.Join(dir, "bad.json"), report}, []string{"bad.json", "line 2"}, "the file and line of the syntax error"},
		{"missing catalogue", []string{"--catalog", filepath.Join(dir, "none.json"), report}, []string{"none.json"}, "the file that is missing"},
		{"missing input", []string{filepath.Join(dir, "none.txt")}, []string{"none.txt"}, "the input that is missing"},
		{"bad format", []string{"-f", "xml", report}, []string{"xml"}, "the format asked for"},
		{"no input", nil, []string{"no input"}, "an input is needed"},
	}
	for _, tc := range tests {
		code, _, errs := runReal("", append([]string{"indicators"}, tc.args...)...)
		if code != exitError {
			t.Errorf("%s: exit %d, want %d (%s)", tc.name, code, exitError, tc.reason)
		}
		checkOneErrorLine(t, tc.name, errs, tc.want...)
	}
}
