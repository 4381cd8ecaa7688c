package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestMain makes the test binary brief itself when BRIEF_TEST_MAIN is set,
// for the tests that need a real process (see briefProcess).
func TestMain(m *testing.M) {
	if os.Getenv("BRIEF_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// briefProcess is brief run as a process of its own: the test binary, which
// is brief under BRIEF_TEST_MAIN. Most tests call run in the test's process,
// which is faster; a process is for signals and the real exit status.
func briefProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "BRIEF_TEST_MAIN=1")
	return cmd
}

// result is what one run of the CLI did.
type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(context.Background(), append([]string{"brief"}, args...), strings.NewReader(stdin), &out, &errw)
	return result{code, out.String(), errw.String()}
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenFile(t, filepath.Join("testdata", "golden", name), got)
}

// goldenFile compares got with the file at path, or rewrites it with
// -update.
func goldenFile(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\n got: %s\nwant: %s", path, got, want)
	}
}

func TestSummarizeGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"kazakhstan.txt", []string{"summarize", "testdata/kazakhstan"}},
		{"kazakhstan.md", []string{"summarize", "--format", "markdown", "testdata/kazakhstan"}},
		{"kazakhstan.json", []string{"summarize", "--format", "json", "testdata/kazakhstan"}},
		{"kazakhstan-3-sentences.txt", []string{"summarize", "--sentences", "3", "testdata/kazakhstan"}},
		{"kazakhstan-300-bytes.txt", []string{"summarize", "--bytes", "300", "testdata/kazakhstan"}},
		{"kazakhstan-annotated.txt", []string{"summarize", "--annotate", "testdata/kazakhstan"}},
		{"kazakhstan-min-support-5.txt", []string{"summarize", "--annotate", "--min-support", "5", "--sentences", "5", "testdata/kazakhstan"}},
		// A list of items (reviews one a line), Windows-1252.
		{"opinosis-room-25-words.txt", []string{"summarize", "--words", "25", "testdata/opinosis/topics/room_holiday_inn_london.txt.data"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			t.Parallel()
			r := runCLI(t, "", tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			golden(t, tc.golden, r.stdout)
			if again := runCLI(t, "", tc.args...); again.stdout != r.stdout {
				t.Errorf("second run gave other bytes:\n%s\n%s", again.stdout, r.stdout)
			}
		})
	}
}

// Flags may follow the paths: the same output as with the flags first.
// After -- every argument is a path.
func TestFlagsAfterPaths(t *testing.T) {
	t.Parallel()
	dir := "testdata/rouge/cases/pub_026_opi_extract"
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"kazakhstan-3-sentences.txt", []string{"summarize", "testdata/kazakhstan", "--sentences", "3"}},
		{"kazakhstan-min-support-5.txt", []string{"summarize", "--annotate", "testdata/kazakhstan", "--min-support", "5", "--sentences=5"}},
		{"digest-day-2-sentences.md", []string{"digest", "testdata/digest/day", "--sentences", "2"}},
	} {
		r := runCLI(t, "", tc.args...)
		if r.code != 0 || r.stderr != "" || r.stdout != readFile(t, filepath.Join("testdata", "golden", tc.golden)) {
			t.Errorf("%q: exit %d, stderr %q, stdout\n%s\nwant %s", tc.args, r.code, r.stderr, r.stdout, tc.golden)
		}
	}
	first := runCLI(t, "", "eval", "--lines", "--ref", dir+"/ref1.txt", dir+"/peer.txt")
	after := runCLI(t, "", "eval", dir+"/peer.txt", "--ref", dir+"/ref1.txt", "--lines")
	if first.code != 0 || after.code != 0 || after.stdout != first.stdout {
		t.Errorf("eval with PEER first: exit %d\n%s\nwant\n%s", after.code, after.stdout, first.stdout)
	}
	r := runCLI(t, "", "summarize", "--", "--words")
	if r.code != exitFailure || r.stderr != "brief: --words: no such file or directory\nbrief: summarize: no usable input\n" {
		t.Errorf("-- --words: exit %d, stderr %q", r.code, r.stderr)
	}
}

// The same versions read as files, as a folder and from stdin give the same
// brief text.
func TestSummarizeInputForms(t *testing.T) {
	files, _ := filepath.Glob("testdata/kazakhstan/0*.txt")
	folder := runCLI(t, "", "summarize", "testdata/kazakhstan")
	listed := runCLI(t, "", append([]string{"summarize"}, files...)...)
	if listed.code != 0 || listed.stdout != folder.stdout {
		t.Errorf("files listed: exit %d\n%s\nwant\n%s", listed.code, listed.stdout, folder.stdout)
	}
	one, _ := os.ReadFile(files[1])
	fromStdin := runCLI(t, string(one), "summarize", "-")
	fromFile := runCLI(t, "", "summarize", files[1])
	if fromStdin.code != 0 || fromStdin.stdout != fromFile.stdout || fromStdin.stdout == "" {
		t.Errorf("stdin: exit %d %q, file %q", fromStdin.code, fromStdin.stdout, fromFile.stdout)
	}
}

func TestSummarizeErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("  \n\n\t"), 0o644)
	noText := filepath.Join(dir, "pictures")
	os.Mkdir(noText, 0o755)
	os.WriteFile(filepath.Join(noText, "a.png"), []byte("\x89PNG"), 0o644)
	menu := filepath.Join(dir, "menu.txt")
	os.WriteFile(menu, []byte("Home\nNews\nSport\n"), 0o644)
	good := "testdata/kazakhstan/001_f70be54978b08d85.txt"
	missing := filepath.Join(dir, "missing.txt")

	for _, tc := range []struct {
		name       string
		args       []string
		stdin      string
		code       int
		stderr     string // a part of the message
		wantOutput bool
	}{
		{"no path", []string{"summarize"}, "", 2, "no PATH given", false},
		{"zero words", []string{"summarize", "--words", "0", good}, "", 2, "--words must be a positive number", false},
		{"negative bytes", []string{"summarize", "--bytes", "-5", good}, "", 2, "--bytes must be a positive number", false},
		{"two budgets", []string{"summarize", "--words", "50", "--sentences", "2", good}, "", 2, "give one budget", false},
		{"lambda out of range", []string{"summarize", "--lambda", "1.5", good}, "", 2, "--lambda must be in [0,1]", false},
		{"bad format", []string{"summarize", "--format", "xml", good}, "", 2, `--format must be text, markdown, json or html, got "xml"`, false},
		{"unknown flag", []string{"summarize", "--colour", good}, "", 2, "flag provided but not defined", false},
		{"not a number", []string{"summarize", "--words", "ten", good}, "", 2, "invalid value", false},
		{"negative support", []string{"summarize", "--min-support", "-1", good}, "", 2, "--min-support must not be negative", false},
		{"annotate json", []string{"summarize", "--annotate", "--format", "json", good}, "", 2, "--annotate goes with --format text", false},
		{"support beyond versions", []string{"summarize", "--min-support", "2", good}, "", 1, "no fact is stated by as many versions as the minimum support asks (2 of 1)", false},
		{"missing file", []string{"summarize", missing}, "", 1, missing + ": no such file or directory", false},
		{"folder without text", []string{"summarize", noText}, "", 1, noText + ": folder holds no .txt, .md, .html or .htm files", false},
		{"empty file", []string{"summarize", empty}, "", 1, empty + ": no text in it", false},
		{"whitespace stdin", []string{"summarize", "-"}, " \n ", 1, "stdin: no text in it", false},
		{"all noise", []string{"summarize", menu}, "", 1, "no prose left after removing noise", false},
		{"one bad of two", []string{"summarize", missing, good}, "", 1, missing + ": no such file or directory", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := runCLI(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", r.code, tc.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("stderr %q does not say %q", r.stderr, tc.stderr)
			}
			if (r.stdout != "") != tc.wantOutput {
				t.Errorf("stdout %q, want output: %v", r.stdout, tc.wantOutput)
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--help"}, "summarize"},
		{[]string{"summarize", "--help"}, "--lambda"},
		{[]string{"--version"}, "brief version " + version},
	} {
		r := runCLI(t, "", tc.args...)
		if r.code != 0 || !strings.Contains(r.stdout, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, want it to contain %q", tc.args, r.code, r.stdout, tc.want)
		}
	}
}

// The process exits with the status run returns, and prints what it does.
func TestProcessExitStatus(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"summarize", "--sentences", "1", "testdata/kazakhstan/001_f70be54978b08d85.txt"}, exitOK, ""},
		{[]string{"summarize", "testdata/missing.txt"}, exitFailure, "brief: testdata/missing.txt: no such file or directory\nbrief: summarize: no usable input\n"},
		{[]string{"nosuch"}, exitUsage, `brief: unknown command "nosuch" (brief --help lists the commands)` + "\n"},
		{[]string{"summarize", "--bytes", "9223372036854775808", "x"}, exitUsage, `brief: invalid value "9223372036854775808" for flag --bytes: value out of range` + "\n"},
	} {
		var stdout, stderr bytes.Buffer
		cmd := briefProcess(t, tc.args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if err != nil && code < 0 {
			t.Fatalf("%q: %v", tc.args, err)
		}
		want := runCLI(t, "", tc.args...)
		if code != tc.code || stderr.String() != tc.stderr || stdout.String() != want.stdout {
			t.Errorf("%q: exit %d, stderr %q, stdout %.80q; want exit %d, stderr %q, stdout %.80q", tc.args, code, stderr.String(), stdout.String(), tc.code, tc.stderr, want.stdout)
		}
	}
}

// A run whose context is cancelled (by an interrupt, in main) says so and
// exits 130, printing nothing on standard output.
func TestCancelledRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{
		{"summarize", "testdata/kazakhstan"},
		{"digest", "testdata/digest/day"},
		{"eval", "--lines", "--batch", "testdata/rouge/batch-default.jsonl"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(ctx, append([]string{"brief"}, args...), strings.NewReader(""), &stdout, &stderr)
		if code != exitInterrupted || stderr.String() != "brief: interrupted\n" || stdout.Len() != 0 {
			t.Errorf("%q: exit %d, stderr %q, stdout %.80q", args, code, stderr.String(), stdout.String())
		}
	}
}

// Every numeric flag refuses, as a usage error naming it, a value too large
// for its type or for the arithmetic done with it (flags.go), where such a
// value used to wrap around: --bytes 9223372036854775807 was a budget too
// small for any sentence.
func TestNumericFlagRange(t *testing.T) {
	const (
		maxInt64   = "9223372036854775807"
		past       = "9223372036854775808"
		countPast  = "2147483648"
		count      = "value out of range (at most 2147483647)"
		inputBytes = "value out of range (at most 1099511627776)"
	)
	for _, tc := range []struct {
		args []string
		msg  string // after "invalid value ... for flag --NAME: "
	}{
		{[]string{"summarize", "--bytes", maxInt64}, count},
		{[]string{"summarize", "--bytes", past}, "value out of range"},
		{[]string{"summarize", "--words", countPast}, count},
		{[]string{"summarize", "--sentences", maxInt64}, count},
		{[]string{"summarize", "--min-support", countPast}, count},
		{[]string{"summarize", "--max-bytes", maxInt64}, inputBytes},
		{[]string{"summarize", "--max-bytes", "1099511627777"}, inputBytes},
		{[]string{"summarize", "--lambda", "1e400"}, "value out of range"},
		{[]string{"digest", "--words", maxInt64}, count},
		{[]string{"digest", "--sentences", countPast}, count},
		{[]string{"digest", "--bytes", countPast}, count},
		{[]string{"digest", "--jobs", countPast}, count},
		{[]string{"digest", "--max-bytes", maxInt64}, inputBytes},
		{[]string{"digest", "--threshold", "1e400"}, "value out of range"},
		{[]string{"eval", "--words", countPast}, count},
		{[]string{"eval", "--bytes", maxInt64}, count},
		{[]string{"eval", "--skip", maxInt64}, count},
		{[]string{"eval", "--ngram", past}, "value out of range"},
		{[]string{"eval", "--resamples", "1000001"}, "value out of range (at most 1000000)"},
		{[]string{"eval", "--max-bytes", maxInt64}, inputBytes},
		{[]string{"eval", "--weight", "1e400"}, "value out of range"},
		{[]string{"eval", "--alpha", "-1e400"}, "value out of range"},
		{[]string{"eval", "--confidence", "1e400"}, "value out of range"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			t.Parallel()
			// The flag's value is refused before any input is looked at.
			r := runCLI(t, "", append(tc.args, "testdata/missing")...)
			want := fmt.Sprintf("brief: invalid value %q for flag %s: %s\n", tc.args[2], tc.args[1], tc.msg)
			if r.code != exitUsage || r.stderr != want || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", r.code, r.stdout, r.stderr, want)
			}
		})
	}
	// The bounds themselves are in range.
	for _, args := range [][]string{
		{"summarize", "--words", "2147483647", "testdata/kazakhstan/001_f70be54978b08d85.txt"},
		{"summarize", "--bytes", "2147483647", "--max-bytes", "1099511627776", "testdata/kazakhstan/001_f70be54978b08d85.txt"},
		{"eval", "--lines", "--skip", "2147483647", "--words", "2147483647",
			"--ref", "testdata/rouge/cases/pub_026_opi_extract/ref1.txt", "testdata/rouge/cases/pub_026_opi_extract/peer.txt"},
	} {
		if r := runCLI(t, "", args...); r.code != 0 || r.stderr != "" || r.stdout == "" {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	// The largest skip is no limit, as -1 is (it used to wrap to a
	// negative window: ROUGE-S9223372036854775807 scored 0).
	dir := "testdata/rouge/cases/pub_026_opi_extract"
	scoresS := func(skip string) string {
		r := runCLI(t, "", "eval", "--lines", "--ngram", "0", "--skip", skip, "--ref", dir+"/ref1.txt", dir+"/peer.txt")
		_, s, _ := strings.Cut(r.stdout, "ROUGE-S")
		_, s, _ = strings.Cut(s, " ")
		return strings.TrimSpace(s)
	}
	if most, none := scoresS("2147483647"), scoresS("-1"); most != none || most != "0.81818  0.02304  0.04482" {
		t.Errorf("ROUGE-S at --skip 2147483647: %q, at -1: %q", most, none)
	}
}

// Every form of asking for help prints the same text.
func TestHelpForms(t *testing.T) {
	for _, forms := range [][][]string{
		{{"--help"}, {"-h"}, {"help"}, {"h"}, {}},
		{{"summarize", "--help"}, {"summarize", "-h"}, {"help", "summarize"}, {"summarize", "help"}, {"summarize", "h"}},
		{{"eval", "--help"}, {"help", "eval"}, {"eval", "help"}},
		{{"digest", "--help"}, {"help", "digest"}, {"digest", "help"}},
	} {
		want := runCLI(t, "", forms[0]...)
		for _, args := range forms[1:] {
			if r := runCLI(t, "", args...); r.code != 0 || r.stderr != "" || r.stdout != want.stdout {
				t.Errorf("%q: exit %d, stderr %q, stdout\n%s\nwant the help of %q", args, r.code, r.stderr, r.stdout, forms[0])
			}
		}
	}
}

// A command line urfave/cli cannot make sense of is a usage error, with a
// message naming what is wrong.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stderr string // all of it
	}{
		{[]string{"nosuch"}, `brief: unknown command "nosuch" (brief --help lists the commands)` + "\n"},
		{[]string{"nosuch", "summarize"}, `brief: unknown command "nosuch" (brief --help lists the commands)` + "\n"},
		{[]string{"--nope"}, "brief: flag provided but not defined: --nope\n"},
		{[]string{"help", "nosuch"}, `brief: help: unknown command "nosuch"` + "\n"},
		{[]string{"help", "--nope"}, "brief: flag provided but not defined: --nope\n"},
		{[]string{"summarize", "help", "nosuch"}, `brief: help: unknown command "nosuch"` + "\n"},
		{[]string{"summarize", "help", "--nope"}, "brief: flag provided but not defined: --nope\n"},
		{[]string{"completion", "tcsh"}, `brief: completion: unknown shell "tcsh" (bash, zsh, fish or pwsh)` + "\n"},
		{[]string{"completion", "--nope"}, "brief: flag provided but not defined: --nope\n"},
		{[]string{"completion", "bash", "--nope"}, "brief: flag provided but not defined: --nope\n"},
		{[]string{"summarize", "--words"}, "brief: flag needs an argument: --words\n"},
		{[]string{"summarize", "-words"}, "brief: flag needs an argument: --words\n"},
		{[]string{"summarize", "--words", "ten", "x"}, `brief: invalid value "ten" for flag --words: parse error` + "\n"},
		{[]string{"summarize", "--lambda", "x", "x"}, `brief: invalid value "x" for flag --lambda: parse error` + "\n"},
		{[]string{"summarize", "--annotate=maybe", "x"}, `brief: invalid value "maybe" for flag --annotate: parse error` + "\n"},
		{[]string{"summarize", "x", "--colour"}, "brief: flag provided but not defined: --colour\n"},
		{[]string{"eval", "--ngram", "four"}, `brief: invalid value "four" for flag --ngram: parse error` + "\n"},
		{[]string{"digest", "--jobs", "many"}, `brief: invalid value "many" for flag --jobs: parse error` + "\n"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runCLI(t, "", tc.args...)
			if r.code != exitUsage || r.stderr != tc.stderr || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", r.code, r.stdout, r.stderr, tc.stderr)
			}
		})
	}
}

// brief completion SHELL prints a script that completes brief's commands;
// the command is listed in --help.
func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "pwsh"} {
		r := runCLI(t, "", "completion", shell)
		// PowerShell's script takes its name from the file it is kept in.
		if r.code != 0 || r.stderr != "" || len(r.stdout) < 200 || shell != "pwsh" && !strings.Contains(r.stdout, "brief") {
			t.Errorf("%s: exit %d, stderr %q, script %q", shell, r.code, r.stderr, r.stdout)
		}
	}
	// What the scripts ask brief for as a word is typed.
	if r := runCLI(t, "", "summarize", "--wo", "--generate-shell-completion"); r.code != 0 || r.stdout != "--words:budget in words\n" {
		t.Errorf("completing --wo: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "", "--help"); !strings.Contains(r.stdout, "\n   completion  ") {
		t.Errorf("--help does not list completion:\n%s", r.stdout)
	}
}

// Each command's help is as in testdata/help, and states each flag's
// default at most once.
func TestHelpText(t *testing.T) {
	for _, tc := range []struct {
		file string
		args []string
	}{
		{"brief.txt", []string{"--help"}},
		{"summarize.txt", []string{"summarize", "--help"}},
		{"eval.txt", []string{"eval", "--help"}},
		{"rouge.txt", []string{"help", "rouge"}},
		{"digest.txt", []string{"digest", "--help"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			r := runCLI(t, "", tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			// --jobs defaults to the number of CPUs: the file says 2.
			got := strings.Replace(r.stdout, fmt.Sprintf("at once (default: %d)", runtime.NumCPU()), "at once (default: 2)", 1)
			goldenFile(t, filepath.Join("testdata", "help", tc.file), got)
			for _, line := range strings.Split(r.stdout, "\n") {
				if strings.Count(line, "default") > 1 {
					t.Errorf("two defaults: %q", line)
				}
			}
		})
	}
}

// The README quotes the example brief; it must be what the command prints.
func TestReadmeQuotesTheBrief(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "The first command prints:\n\n")
	if !ok {
		t.Fatal("README: the example brief is missing")
	}
	var quoted []string
	for _, line := range strings.Split(after, "\n") {
		if !strings.HasPrefix(line, ">") {
			break
		}
		quoted = append(quoted, strings.TrimSpace(strings.TrimPrefix(line, ">")))
	}
	want, err := os.ReadFile("testdata/golden/kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(quoted, " "); got != strings.TrimSpace(string(want)) {
		t.Errorf("README quotes:\n%s\nthe brief is:\n%s", got, want)
	}
}
