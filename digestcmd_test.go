package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pileDir copies the seed versions and the day's nine into one flat
// folder: a pile for --cluster.
func pileDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	seed, _ := filepath.Glob("testdata/kazakhstan/0*.txt")
	day, _ := filepath.Glob("testdata/digest/day/*/*-*.txt")
	for _, f := range append(seed, day...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDigestGolden(t *testing.T) {
	pile := pileDir(t)
	jsonl := readFile(t, "testdata/digest/stories.jsonl")
	for _, tc := range []struct {
		golden string
		stdin  string
		args   []string
	}{
		{"digest-day.md", "", []string{"digest", "testdata/digest/day"}},
		{"digest-day.html", "", []string{"digest", "--format", "html", "--title", "Digest for 24 March", "testdata/digest/day"}},
		{"digest-day.json", "", []string{"digest", "--format", "json", "testdata/digest/day"}},
		{"digest-day-2-sentences.md", "", []string{"digest", "--sentences", "2", "testdata/digest/day"}},
		{"digest-jsonl.md", "", []string{"digest", "--jsonl", "testdata/digest/stories.jsonl"}},
		{"digest-jsonl.md", jsonl, []string{"digest", "--jsonl", "-"}},
		{"digest-pile.md", "", []string{"digest", "--cluster", pile}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			t.Parallel()
			r := runCLI(t, tc.stdin, tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			golden(t, tc.golden, r.stdout)
			// The same bytes again, and with one job or four.
			for _, jobs := range []string{"1", "4"} {
				again := runCLI(t, tc.stdin, append([]string{tc.args[0], "--jobs", jobs}, tc.args[1:]...)...)
				if again.stdout != r.stdout {
					t.Errorf("--jobs %s gave other bytes", jobs)
				}
			}
		})
	}
}

// The pile given as JSONL lines without story ids groups as the folder
// does.
func TestDigestClusterJSONL(t *testing.T) {
	var sb strings.Builder
	seed, _ := filepath.Glob("testdata/kazakhstan/0*.txt")
	day, _ := filepath.Glob("testdata/digest/day/*/*-*.txt")
	for _, f := range append(seed, day...) {
		text := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`, "\r", `\r`).Replace(readFile(t, f))
		sb.WriteString(`{"docs": [{"name": "` + filepath.Base(f) + `", "text": "` + text + `"}]}` + "\n")
	}
	r := runCLI(t, sb.String(), "digest", "--cluster", "--jsonl", "-")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	folder := runCLI(t, "", "digest", "--cluster", pileDir(t))
	if r.stdout != folder.stdout {
		t.Errorf("JSONL pile:\n%s\nfolder pile:\n%s", r.stdout, folder.stdout)
	}
}

// failingRoot is the day's stories plus one of page furniture only and
// one whose only version is empty.
func failingRoot(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, f := range must(filepath.Glob("testdata/digest/day/*/*")) {
		rel := must(filepath.Rel("testdata/digest/day", f))
		os.MkdirAll(filepath.Join(root, filepath.Dir(rel)), 0o755)
		os.WriteFile(filepath.Join(root, rel), []byte(readFile(t, f)), 0o644)
	}
	os.Mkdir(filepath.Join(root, "menu"), 0o755)
	os.WriteFile(filepath.Join(root, "menu", "page.txt"), []byte("Home\nNews\nSport\n"), 0o644)
	os.Mkdir(filepath.Join(root, "blank"), 0o755)
	os.WriteFile(filepath.Join(root, "blank", "page.txt"), []byte(" \n"), 0o644)
	return root
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestDigestFailures(t *testing.T) {
	root := failingRoot(t)
	outDir := t.TempDir()
	out := filepath.Join(outDir, "digest.md")

	// A failed story is named on stderr and in the summary line; the
	// others come out; exit 1.
	r := runCLI(t, "", "digest", "--out", out, root)
	if r.code != 1 || r.stdout != "" {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
	for _, want := range []string{
		`brief: story "blank": ` + filepath.Join(root, "blank", "page.txt") + ": no text in it\n",
		`brief: story "menu": no prose left after removing noise` + "\n",
		"brief: digest: 3 stories from 9 versions; 2 failed: menu; blank.\n",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q lacks %q", r.stderr, want)
		}
	}
	got := readFile(t, out)
	if !strings.HasPrefix(got, "# Digest\n\n3 stories from 9 versions; 2 failed: menu; blank.\n") || strings.Count(got, "\n## ") != 3 {
		t.Errorf("digest:\n%s", got)
	}
	if names := must(os.ReadDir(outDir)); len(names) != 1 {
		t.Errorf("out folder holds %v, want the digest alone", names)
	}

	// --strict: nothing written, the old digest left as it was.
	os.WriteFile(out, []byte("yesterday"), 0o644)
	for _, args := range [][]string{
		{"digest", "--strict", "--out", out, root},
		{"digest", "--strict", root},
	} {
		r := runCLI(t, "", args...)
		if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, "nothing written (--strict)") || !strings.Contains(r.stderr, `story "menu"`) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	if got := readFile(t, out); got != "yesterday" {
		t.Errorf("--strict changed the out file: %q", got)
	}
	if names := must(os.ReadDir(outDir)); len(names) != 1 {
		t.Errorf("out folder holds %v after --strict", names)
	}

	// Without failures --strict changes nothing.
	r = runCLI(t, "", "digest", "--strict", "--out", out, "testdata/digest/day")
	if r.code != 0 || r.stderr != "" || readFile(t, out) != readFile(t, "testdata/golden/digest-day.md") {
		t.Errorf("strict, no failures: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestDigestErrors(t *testing.T) {
	dir := t.TempDir()
	flat := pileDir(t)
	good := "testdata/digest/day"
	missing := filepath.Join(dir, "missing")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of the message
	}{
		{"no root", []string{"digest"}, 2, "no ROOT given"},
		{"root and jsonl", []string{"digest", "--jsonl", "x.jsonl", good}, 2, "give ROOT or --jsonl, not both"},
		{"two roots", []string{"digest", good, good}, 2, "one ROOT only"},
		{"bad format", []string{"digest", "--format", "text", good}, 2, `unknown format "text"`},
		{"zero jobs", []string{"digest", "--jobs", "0", good}, 2, "--jobs must be at least 1"},
		{"two budgets", []string{"digest", "--words", "5", "--bytes", "9", good}, 2, "give one budget"},
		{"bad lambda", []string{"digest", "--lambda", "2", good}, 2, "--lambda must be in [0,1]"},
		{"bad threshold", []string{"digest", "--cluster", "--threshold", "0", good}, 2, "--threshold must be in (0,1]"},
		{"unknown flag", []string{"digest", "--colour", good}, 2, "flag provided but not defined"},
		{"missing root", []string{"digest", missing}, 1, missing + ": no such file or directory"},
		{"flat root", []string{"digest", flat}, 1, flat + ": no stories found"},
		{"missing jsonl", []string{"digest", "--jsonl", missing}, 1, missing + ": no such file or directory"},
		{"out folder missing", []string{"digest", "--out", filepath.Join(missing, "d.md"), good}, 1, "no such file or directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) || r.stdout != "" {
				t.Errorf("exit %d (want %d), stdout %q, stderr %q (want %q)", r.code, tc.code, r.stdout, r.stderr, tc.stderr)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a failed run created files")
	}
}

// No progress bar reaches a captured stderr.
func TestDigestNoProgressWhenNotTerminal(t *testing.T) {
	if step := progress(io.Discard, 10); step != nil {
		t.Error("progress for a non-file writer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if step := progress(f, 10); step != nil {
		t.Error("progress for a regular file")
	}
}

// A cancelled run (an interrupt, a cron timeout's SIGTERM) says so, exits
// 130 and writes nothing.
func TestDigestCancelledWritesNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	var stdout, stderr strings.Builder
	code := run(ctx, []string{"brief", "digest", "--out", filepath.Join(dir, "d.md"), "testdata/digest/day"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitInterrupted || stderr.String() != "brief: interrupted\n" || stdout.String() != "" {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if names := must(os.ReadDir(dir)); len(names) != 0 {
		t.Errorf("cancelled run left %v", names)
	}
}
