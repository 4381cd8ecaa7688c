package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The drop-in set in testdata/rouge-dropin holds, for 73 command lines,
// the standard output and exit status of the official ROUGE-1.5.5.pl
// (README.md and NOTICE.md there). Every case runs in its folder, as the
// Perl ran, with -e pointing at ROUGE's data.

type dropinCase struct {
	id, dir string
	args    []string
	rc      int
}

func loadDropinCases(t *testing.T) []dropinCase {
	t.Helper()
	root := filepath.Join("testdata", "rouge-dropin")
	f, err := os.Open(filepath.Join(root, "expected_rc.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := filepath.Abs(filepath.Join("eval", "data"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []dropinCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		id, rc, ok := strings.Cut(sc.Text(), "\t")
		if !ok || id == "id" {
			continue
		}
		c := dropinCase{id: id, dir: filepath.Join(root, "cases", id)}
		if c.rc, err = strconv.Atoi(rc); err != nil {
			t.Fatal(err)
		}
		cmd, err := os.ReadFile(filepath.Join(c.dir, "cmd"))
		if err != nil {
			t.Fatal(err)
		}
		// cmd is one line split on single spaces.
		c.args = append([]string{"-e", data}, strings.Split(strings.TrimSuffix(string(cmd), "\n"), " ")...)
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) != 73 {
		t.Fatalf("%d cases, want 73", len(cases))
	}
	return cases
}

// statusOf is the exit status run gives for what rouge returns.
func statusOf(err error) int {
	var s exitStatus
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &s):
		return int(s)
	}
	return exitFailure
}

func TestRougeDropin(t *testing.T) {
	for _, c := range loadDropinCases(t) {
		t.Run(c.id, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(filepath.Join(c.dir, "expected.out"))
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			rc := statusOf(rouge(context.Background(), c.args, c.dir, &out, &errOut))
			if rc != c.rc {
				t.Errorf("exit %d, want %d; stderr:\n%s", rc, c.rc, errOut.String())
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("stdout differs from expected.out at byte %d:\n%s", firstDiff(out.Bytes(), want), lineDiff(out.String(), string(want)))
			}
		})
	}
}

// firstDiff returns the offset of the first byte where a and b differ.
func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// lineDiff shows the first differing line of got and want.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + strconv.Quote(gl) + "\n want " + strconv.Quote(wl)
		}
	}
	return "(same lines)"
}

// TestRougeCLI runs brief rouge end to end, from a case folder as the Perl
// ran: exit status, standard output and standard error.
func TestRougeCLI(t *testing.T) {
	data, err := filepath.Abs(filepath.Join("eval", "data"))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("testdata", "rouge-dropin", "cases", "a09_duc2004")
	want, err := os.ReadFile(filepath.Join(dir, "expected.out"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string // a line of it
	}{
		{"duc2004", strings.Fields("-e " + data + " -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a config.xml"), 0, string(want), ""},
		{"usage", []string{"-h"}, 255, "", "         <ROUGE-eval-config-file> [<systemID>]"},
		{"no arguments", nil, 255, "", "brief rouge"},
		{"detailed usage", []string{"-H"}, 255, "", "  -z: ROUGE-eval-config-file is a list of peer-model pair per line in the specified format (SEE|SPL|ISI|SIMPLE)."},
		{"no system", []string{"config.xml"}, 255, "", "Please specify a system ID to evaluate or use option '-a' to evaluate all systems. For more information, use option '-h'."},
		{"missing config", []string{"-a", "nosuch.xml"}, 255, "", "Couldn't open nosuch.xml:"},
		{"unknown option", []string{"-q", "-h"}, 255, "", "Unknown option: q"},
		{"fractional -l", []string{"-l", "2.5", "-a", "config.xml"}, 255, "", "brief rouge: -l 2.5: not a whole number (not supported by brief rouge)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := runCLI(t, "", append([]string{"rouge"}, c.args...)...)
			if r.code != c.code || r.stdout != c.stdout {
				t.Errorf("exit %d, stdout:\n%s\nwant exit %d, stdout:\n%s", r.code, r.stdout, c.code, c.stdout)
			}
			if !strings.Contains("\n"+r.stderr, "\n"+c.stderr) {
				t.Errorf("stderr %q does not hold %q", r.stderr, c.stderr)
			}
		})
	}
}
