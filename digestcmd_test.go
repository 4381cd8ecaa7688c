package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
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
		{"digest-jsonl.json", "", []string{"digest", "--format", "json", "--jsonl", "testdata/digest/stories.jsonl"}},
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
		{"no root, a bad out", []string{"digest", "--out", t.TempDir()}, 2, "no ROOT given"},
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
	if groupingProgress(io.Discard) != nil || groupingProgress(f) != nil {
		t.Error("grouping progress for a writer that is not a terminal")
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

// copyTree copies the files under from to the folder to.
func copyTree(t *testing.T, from, to string) string {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := must(filepath.Rel(from, path))
		return os.WriteFile(must(fixturePath(t, to, rel)), must(os.ReadFile(path)), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return to
}

func fixturePath(t *testing.T, dir, rel string) (string, error) {
	path := filepath.Join(dir, rel)
	return path, os.MkdirAll(filepath.Dir(path), 0o755)
}

// snapshot is what a folder holds: each entry's name, mode and, for
// regular files, content; for links, where they lead.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path == dir {
			return nil
		}
		info := must(os.Lstat(path))
		desc := info.Mode().String()
		switch {
		case info.Mode().IsRegular():
			desc += " " + readFile(t, path)
		case info.Mode()&fs.ModeSymlink != 0:
			desc += " -> " + must(os.Readlink(path))
		}
		out[must(filepath.Rel(dir, path))] = desc
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Every --out the digest must not replace is refused before any work,
// with exit 1 and a reason, and leaves every file as it was: no temporary
// file, no mode changed.
func TestDigestOutRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		// setup makes the files under dir and returns the arguments.
		setup  func(t *testing.T, dir string) []string
		stderr string
	}{
		{"a version of a story", func(t *testing.T, dir string) []string {
			root := copyTree(t, "testdata/digest/day", filepath.Join(dir, "day"))
			return []string{"--out", filepath.Join(root, "velden-frost", "frost-2.txt"), root}
		}, "frost-2.txt: is one of the digest's inputs"},
		{"a story's title.txt", func(t *testing.T, dir string) []string {
			root := copyTree(t, "testdata/digest/day", filepath.Join(dir, "day"))
			return []string{root, "--out", filepath.Join(root, "kestrel-bridge", "title.txt")}
		}, "title.txt: is one of the digest's inputs"},
		{"a hard link to a version", func(t *testing.T, dir string) []string {
			root := copyTree(t, "testdata/digest/day", filepath.Join(dir, "day"))
			out := filepath.Join(dir, "digest.md")
			if err := os.Link(filepath.Join(root, "velden-frost", "frost-1.txt"), out); err != nil {
				t.Skip(err)
			}
			return []string{"--out", out, root}
		}, "digest.md: is one of the digest's inputs"},
		{"a symbolic link to a version", func(t *testing.T, dir string) []string {
			root := copyTree(t, "testdata/digest/day", filepath.Join(dir, "day"))
			out := filepath.Join(dir, "digest.md")
			if err := os.Symlink(filepath.Join("day", "velden-frost", "frost-1.txt"), out); err != nil {
				t.Skip(err)
			}
			return []string{"--out", out, root}
		}, "digest.md: is one of the digest's inputs"},
		{"the --jsonl file", func(t *testing.T, dir string) []string {
			in := fixture(t, dir, "s.jsonl", []byte(readFile(t, "testdata/digest/stories.jsonl")))
			return []string{"--jsonl", in, "--out", in}
		}, "s.jsonl: is one of the digest's inputs"},
		{"an article of the pile", func(t *testing.T, dir string) []string {
			pile := copyTree(t, pileDir(t), filepath.Join(dir, "pile"))
			return []string{"--cluster", "--out", filepath.Join(pile, "bridge-3.txt"), pile}
		}, "bridge-3.txt: is one of the digest's inputs"},
		{"a folder", func(t *testing.T, dir string) []string {
			os.Mkdir(filepath.Join(dir, "digest.md"), 0o755)
			return []string{"--out", filepath.Join(dir, "digest.md"), "testdata/digest/day"}
		}, "digest.md: not a regular file (a folder)"},
		{"a named pipe", func(t *testing.T, dir string) []string {
			if err := mkfifo(filepath.Join(dir, "digest.md")); err != nil {
				t.Skip(err)
			}
			return []string{"--out", filepath.Join(dir, "digest.md"), "testdata/digest/day"}
		}, "digest.md: not a regular file (a named pipe)"},
		{"a link to a named pipe", func(t *testing.T, dir string) []string {
			if err := mkfifo(filepath.Join(dir, "pipe")); err != nil {
				t.Skip(err)
			}
			os.Symlink("pipe", filepath.Join(dir, "digest.md"))
			return []string{"--out", filepath.Join(dir, "digest.md"), "testdata/digest/day"}
		}, "pipe: not a regular file (a named pipe)"},
		{"a symbolic link to nothing", func(t *testing.T, dir string) []string {
			if err := os.Symlink("missing.md", filepath.Join(dir, "digest.md")); err != nil {
				t.Skip(err)
			}
			return []string{"--out", filepath.Join(dir, "digest.md"), "testdata/digest/day"}
		}, "digest.md: a symbolic link to a file that does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			args := tc.setup(t, dir)
			before := snapshot(t, dir)
			r := runCLI(t, "", append([]string{"digest"}, args...)...)
			if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, "brief: digest: --out: write ") || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 saying %q", r.code, r.stdout, r.stderr, tc.stderr)
			}
			if after := snapshot(t, dir); !reflect.DeepEqual(after, before) {
				t.Errorf("files changed:\nbefore %q\nafter  %q", before, after)
			}
		})
	}
}

// --jsonl - with standard input read from the very file named by --out.
func TestDigestOutIsStdin(t *testing.T) {
	in := fixture(t, t.TempDir(), "s.jsonl", []byte(readFile(t, "testdata/digest/stories.jsonl")))
	f := must(os.Open(in))
	defer f.Close()
	var stdout, stderr strings.Builder
	code := run(context.Background(), []string{"brief", "digest", "--jsonl", "-", "--out", in}, f, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "s.jsonl: is one of the digest's inputs") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if readFile(t, in) != readFile(t, "testdata/digest/stories.jsonl") {
		t.Error("the input was changed")
	}
}

// What --out writes: through a symbolic link to its file, keeping an old
// file's mode, and removing the temporary files of runs that were killed.
func TestDigestOutWritten(t *testing.T) {
	want := readFile(t, "testdata/golden/digest-day.md")
	const digestText = "(the digest)"
	dead := briefProcess(t, "--version")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns --out
		after map[string]string                     // what dir then holds, as snapshot gives it
	}{
		{"a new file", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "digest.md")
		}, nil}, // mode: see TestDigestOutUmask
		{"an old file keeps its mode", func(t *testing.T, dir string) string {
			out := fixture(t, dir, "digest.md", []byte("yesterday"))
			os.Chmod(out, 0o604)
			return out
		}, map[string]string{"digest.md": "-rw----r-- " + digestText}},
		{"a read-only old file", func(t *testing.T, dir string) string {
			out := fixture(t, dir, "digest.md", []byte("yesterday"))
			os.Chmod(out, 0o444)
			return out
		}, map[string]string{"digest.md": "-r--r--r-- " + digestText}},
		{"through a link", func(t *testing.T, dir string) string {
			os.Mkdir(filepath.Join(dir, "www"), 0o755)
			os.Chmod(fixture(t, dir, "www/2026-03-24.md", []byte("yesterday")), 0o640)
			if err := os.Symlink(filepath.Join("www", "2026-03-24.md"), filepath.Join(dir, "today.md")); err != nil {
				t.Skip(err)
			}
			return filepath.Join(dir, "today.md")
		}, map[string]string{
			"today.md": "Lrwxrwxrwx -> " + filepath.Join("www", "2026-03-24.md"),
			"www":      "drwxr-xr-x", "www/2026-03-24.md": "-rw-r----- " + digestText,
		}},
		{"a killed run's leftovers", func(t *testing.T, dir string) string {
			out := fixture(t, dir, "digest.md", []byte("yesterday"))
			os.Chmod(out, 0o644)
			for _, name := range []string{
				fmt.Sprintf(".digest.md.tmp-%d-123", dead.Process.Pid), // a run that is gone: removed
				".digest.md.tmp-4077163241",                            // the old naming, no PID: removed
				fmt.Sprintf(".digest.md.tmp-%d-456", os.Getpid()),      // a run still going: kept
				".digest.md.tmp-notes", ".other.md.tmp-1-1",            // not a temporary file of digest.md: kept
			} {
				os.Chmod(fixture(t, dir, name, []byte("part")), 0o600)
			}
			return out
		}, map[string]string{
			"digest.md": "-rw-r--r-- " + digestText,
			fmt.Sprintf(".digest.md.tmp-%d-456", os.Getpid()): "-rw------- part",
			".digest.md.tmp-notes":                            "-rw------- part", ".other.md.tmp-1-1": "-rw------- part",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			out := tc.setup(t, dir)
			r := runCLI(t, "", "digest", "--out", out, "testdata/digest/day")
			if r.code != 0 || r.stdout != "" || r.stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			if readFile(t, out) != want {
				t.Errorf("--out holds:\n%s", readFile(t, out))
			}
			got := snapshot(t, dir)
			for name, desc := range got {
				got[name] = strings.Replace(desc, want, digestText, 1)
			}
			if tc.after == nil {
				if len(got) != 1 {
					t.Errorf("folder holds %q, want the digest alone", got)
				}
				return
			}
			if !reflect.DeepEqual(got, tc.after) {
				t.Errorf("folder holds\n%q\nwant\n%q", got, tc.after)
			}
		})
	}
}

// --max-bytes is per story: the day (5.6 KB) is over 2,500 bytes, each of
// its stories under, and the one story over fails alone. With --cluster it
// is on the pile in all.
func TestDigestMaxBytes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	root := copyTree(t, "testdata/digest/day", filepath.Join(dir, "day"))
	fixture(t, root, "big/v.txt", []byte(strings.Repeat("The council met again on Monday. ", 100)))
	r := runCLI(t, "", "digest", "--max-bytes", "2500", root)
	big := filepath.Join(root, "big")
	if r.code != 1 || r.stderr != `brief: story "big": `+big+": input beyond the size limit: 3300 bytes, the limit is 2500\n"+
		"brief: digest: 3 stories from 9 versions; 1 failed: big.\n" {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if strings.Count(r.stdout, "\n## ") != 3 {
		t.Errorf("digest:\n%s", r.stdout)
	}

	// JSONL: a line beyond the limit fails alone, as a story whose lines
	// together are.
	text := strings.Repeat("The council met again on Monday. ", 40) // 1,320 bytes
	jsonl := readFile(t, "testdata/digest/stories.jsonl") +         // lines of 2,431 bytes and less
		`{"story": "long", "docs": [{"text": "` + text + text + `"}]}` + "\n" +
		`{"story": "twice", "docs": [{"text": "` + text + `"}]}` + "\n" +
		`{"story": "twice", "docs": [{"text": "` + text + `"}]}` + "\n"
	r = runCLI(t, jsonl, "digest", "--max-bytes", "2500", "--jsonl", "-")
	if r.code != 1 || r.stderr != `brief: story "stdin:5": stdin:5: input beyond the size limit: 2682 bytes, the limit is 2500`+"\n"+
		`brief: story "twice": stdin: input beyond the size limit: 2726 bytes, the limit is 2500`+"\n"+
		"brief: digest: 3 stories from 9 versions; 2 failed: stdin:5; twice.\n" {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}

	// The pile of the seed's five versions and the day's nine is 24,885 bytes.
	pile := pileDir(t)
	for _, limit := range []string{"24884", "24885"} {
		r = runCLI(t, "", "digest", "--cluster", "--max-bytes", limit, pile)
		if limit == "24884" && (r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, pile+": input beyond the size limit")) {
			t.Errorf("pile over the limit: exit %d, stderr %q", r.code, r.stderr)
		}
		if limit != "24884" && r.code != 0 {
			t.Errorf("pile under the limit: exit %d, stderr %q", r.code, r.stderr)
		}
	}
}
