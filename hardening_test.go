package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture writes name under dir with content and returns its path.
func fixture(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// proseWords builds n sentences of made-up news prose, each distinct, from
// a fixed seed.
func proseSentences(n int, sep string) []byte {
	rng := rand.New(rand.NewPCG(7, 7))
	words := strings.Fields("bridge city council said will close repairs monday traffic officials river ferry mayor budget storm power harbour school teachers strike")
	var b bytes.Buffer
	for i := range n {
		if i > 0 {
			b.WriteString(sep)
		}
		fmt.Fprintf(&b, "The %d", i)
		for range 8 + rng.IntN(10) {
			b.WriteString(" " + words[rng.IntN(len(words))])
		}
		b.WriteString(".")
	}
	return b.Bytes()
}

const (
	goodStory = "The Kestrel Bridge will close on Monday for six weeks of cable repairs, the city council said. " +
		"Traffic will be diverted over the Old Mill crossing, officials said on Friday.\n"
	pngBytes = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
)

// hardCase is one kind of bad input given to one command.
type hardCase struct {
	name  string
	setup func(t *testing.T, dir string) []string // the arguments, after the command
	stdin string
	code  int
	// stderr holds these (the input's name, what is wrong with it).
	stderr []string
	// stdout holds this, or is empty when "".
	stdout string
	// slow: a big input, skipped with -short, and under the race detector,
	// where one case takes minutes: .ci/run runs them without it.
	slow bool
}

func TestHardeningSummarize(t *testing.T) {
	good := func(t *testing.T, dir string) string { return fixture(t, dir, "good.txt", []byte(goodStory)) }
	cases := []hardCase{
		{name: "nonexistent path", setup: func(t *testing.T, dir string) []string {
			return []string{filepath.Join(dir, "missing.txt")}
		}, code: 1, stderr: []string{"missing.txt: no such file or directory"}},
		{name: "folder without text", setup: func(t *testing.T, dir string) []string {
			fixture(t, dir, "pics/a.png", []byte(pngBytes))
			return []string{filepath.Join(dir, "pics")}
		}, code: 1, stderr: []string{"pics: folder holds no .txt, .md, .html or .htm files"}},
		{name: "dangling symlink", setup: func(t *testing.T, dir string) []string {
			link := filepath.Join(dir, "gone.txt")
			if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), link); err != nil {
				t.Skip(err)
			}
			return []string{link}
		}, code: 1, stderr: []string{"gone.txt: no such file or directory"}},
		{name: "fifo would block", setup: func(t *testing.T, dir string) []string {
			fifo := filepath.Join(dir, "pipe.txt")
			if err := mkfifo(fifo); err != nil {
				t.Skip(err)
			}
			return []string{fifo}
		}, code: 1, stderr: []string{"pipe.txt: not a regular file"}},
		{name: "folder where a file is expected", setup: func(t *testing.T, dir string) []string {
			os.MkdirAll(filepath.Join(dir, "story", "v1.txt"), 0o755)
			if err := os.Symlink("v1.txt", filepath.Join(dir, "story", "v2.txt")); err != nil {
				t.Skip(err)
			}
			return []string{filepath.Join(dir, "story")}
		}, code: 1, stderr: []string{"v2.txt: is a directory"}},
		{name: "empty file", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "empty.txt", nil)}
		}, code: 1, stderr: []string{"empty.txt: no text in it"}},
		{name: "whitespace only", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "blank.txt", []byte(" \t\r\n\n\u00a0\u2028 "))}
		}, code: 1, stderr: []string{"blank.txt: no text in it"}},
		{name: "punctuation only", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "punct.txt", []byte("... !!! ,,, ;;; ??? — “” ()\n"))}
		}, code: 1, stderr: []string{"summarize punct.txt: no prose left after removing noise"}},
		{name: "png bytes", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "image.txt", []byte(pngBytes))}
		}, code: 1, stderr: []string{"image.txt: binary data, not text"}},
		{name: "invalid utf-8 is read as Windows-1252", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "latin1.txt", []byte("The caf\xe9 on Main Street will close on Monday, its owner said.\n"))}
		}, code: 0, stdout: "The café on Main Street will close on Monday, its owner said.\n"},
		{name: "nul bytes", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "nul.txt", []byte("A sentence with a NUL\x00 byte in the middle of it.\n"))}
		}, code: 1, stderr: []string{"nul.txt: binary data, not text"}},
		{name: "one sentence", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "one.txt", []byte("The bridge will close on Monday for repairs, the city said."))}
		}, code: 0, stdout: "The bridge will close on Monday for repairs, the city said.\n"},
		{name: "sentence of 5000 words over the budget", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "long.txt", append(append([]byte("The"), bytes.Repeat([]byte(" bridge"), 4999)...), '.'))}
		}, code: 1, stderr: []string{"summarize long.txt: no sentence fits the budget (100 words)"}},
		{name: "sentence of 5000 words within the budget", setup: func(t *testing.T, dir string) []string {
			return []string{"--words", "5000", fixture(t, dir, "long.txt", append(append([]byte("The"), bytes.Repeat([]byte(" bridge"), 4998)...), '.'))}
		}, code: 0, stdout: "The bridge bridge"},
		{name: "same file twice counts once", setup: func(t *testing.T, dir string) []string {
			g := good(t, dir)
			return []string{"--annotate", g, dir + "/./good.txt"}
		}, code: 0, stderr: []string{"brief: note: ", "/./good.txt: the same file as "}, stdout: "[1/1]"},
		{name: "two identical versions count twice", setup: func(t *testing.T, dir string) []string {
			return []string{"--annotate", good(t, dir), fixture(t, dir, "copy.txt", []byte(goodStory))}
		}, code: 0, stdout: "[2/2]"},
		{name: "cyrillic", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "ru.txt", []byte("Мэрия объявила о закрытии моста в понедельник для ремонта. Ремонт займёт целый месяц, сказали в мэрии.\n"))}
		}, code: 0, stdout: "Мэрия объявила о закрытии моста"},
		{name: "chinese has no spaced words", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "zh.txt", []byte("北京市政府周一宣布，大桥将关闭维修一个月。交通将改道至附近的道路，官员说。\n"))}
		}, code: 1, stderr: []string{"summarize zh.txt: no prose left after removing noise"}},
		{name: "html with only scripts", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "page.html", []byte(`<html><head><script src="https://cdn.example/app.js"></script></head><body><script>document.write("The bridge will close on Monday for repairs, the city said.")</script></body></html>`))}
		}, code: 1, stderr: []string{"page.html: no article text found in the HTML"}},
		{name: "symlink loop in a folder", setup: func(t *testing.T, dir string) []string {
			fixture(t, dir, "story/a.txt", []byte(goodStory))
			if err := os.Symlink("loop.txt", filepath.Join(dir, "story", "loop.txt")); err != nil {
				t.Skip(err)
			}
			return []string{filepath.Join(dir, "story")}
		}, code: 1, stderr: []string{"loop.txt: too many levels of symbolic links"}, stdout: "The Kestrel Bridge"},
		{name: "one bad input of two", setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "image.txt", []byte(pngBytes)), good(t, dir)}
		}, code: 1, stderr: []string{"image.txt: binary data", "some inputs were skipped"}, stdout: "The Kestrel Bridge"},
		{name: "conflicting budgets", setup: func(t *testing.T, dir string) []string {
			return []string{"--words", "10", "--bytes", "10", good(t, dir)}
		}, code: 2, stderr: []string{"give one budget"}},
		{name: "lambda out of range", setup: func(t *testing.T, dir string) []string {
			return []string{"--lambda", "-0.1", good(t, dir)}
		}, code: 2, stderr: []string{"--lambda must be in [0,1]"}},
		{name: "huge budget", setup: func(t *testing.T, dir string) []string {
			return []string{"--sentences", "2147483647", good(t, dir)}
		}, code: 0, stdout: "The Kestrel Bridge"},
		{name: "negative max-bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--max-bytes", "-1", good(t, dir)}
		}, code: 2, stderr: []string{"--max-bytes must be"}},
		{name: "beyond max-bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--max-bytes", "100", good(t, dir)}
		}, code: 1, stderr: []string{"good.txt: input beyond the size limit: 174 bytes, the limit is 100"}},
		{name: "stdin beyond max-bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--max-bytes", "100", "-"}
		}, stdin: goodStory, code: 1, stderr: []string{"stdin: input beyond the size limit: at least 101 bytes"}},
		{name: "50 MB single line of prose", slow: true, setup: func(t *testing.T, dir string) []string {
			b := proseSentences(700_000, " ")[:50<<20]
			return []string{fixture(t, dir, "line.txt", b)}
		}, code: 0, stdout: "."},
		{name: "50 MB single line without a full stop", slow: true, setup: func(t *testing.T, dir string) []string {
			return []string{fixture(t, dir, "line.txt", bytes.Repeat([]byte("bridge "), 50<<20/7))}
		}, code: 1, stderr: []string{"summarize line.txt: no prose left after removing noise"}},
		{name: "10000 tiny files", slow: true, setup: func(t *testing.T, dir string) []string {
			for i, s := range bytes.Split(proseSentences(10_000, "\n"), []byte("\n")) {
				fixture(t, dir, fmt.Sprintf("pile/%05d.txt", i), s)
			}
			return []string{filepath.Join(dir, "pile")}
		}, code: 0, stdout: "."},
	}
	runHardCases(t, "summarize", cases)
}

func TestHardeningEval(t *testing.T) {
	peer := func(t *testing.T, dir string) string {
		return fixture(t, dir, "peer.txt", []byte("The police killed the gunman.\n"))
	}
	cases := []hardCase{
		{name: "reference empty after stopwords", setup: func(t *testing.T, dir string) []string {
			return []string{"--stopwords", "--ref", fixture(t, dir, "ref.txt", []byte("The of and a, it was.\n")), peer(t, dir)}
		}, code: 1, stderr: []string{"ref.txt: reference has no tokens after truncation and stopword removal"}},
		{name: "nonexistent reference", setup: func(t *testing.T, dir string) []string {
			return []string{"--ref", filepath.Join(dir, "missing.txt"), peer(t, dir)}
		}, code: 1, stderr: []string{"missing.txt: no such file or directory"}},
		{name: "fifo reference", setup: func(t *testing.T, dir string) []string {
			fifo := filepath.Join(dir, "pipe.txt")
			if err := mkfifo(fifo); err != nil {
				t.Skip(err)
			}
			return []string{"--ref", fifo, peer(t, dir)}
		}, code: 1, stderr: []string{"pipe.txt: not a regular file"}},
		{name: "folder as peer", setup: func(t *testing.T, dir string) []string {
			return []string{"--ref", peer(t, dir), dir}
		}, code: 1, stderr: []string{": a folder, not a file"}},
		// Bytes are scored as ROUGE-1.5.5 scores them, whatever they are.
		{name: "png peer scores its bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--ref", peer(t, dir), fixture(t, dir, "image.txt", []byte(pngBytes))}
		}, code: 0, stdout: "ROUGE-1      0.00000  0.00000  0.00000"},
		{name: "punctuation peer scores zero", setup: func(t *testing.T, dir string) []string {
			return []string{"--ngram", "1", "--ref", peer(t, dir), fixture(t, dir, "punct.txt", []byte("... !!! ???\n"))}
		}, code: 0, stdout: "ROUGE-1      0.00000  0.00000  0.00000"},
		{name: "ngram out of range", setup: func(t *testing.T, dir string) []string {
			return []string{"--ngram", "-5", "--ref", peer(t, dir), peer(t, dir)}
		}, code: 2, stderr: []string{"--ngram -5: want 0 or more"}},
		{name: "words and bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--words", "5", "--bytes", "5", "--ref", peer(t, dir), peer(t, dir)}
		}, code: 2, stderr: []string{"use --words or --bytes, not both"}},
		{name: "beyond max-bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--max-bytes", "10", "--ref", peer(t, dir), peer(t, dir)}
		}, code: 1, stderr: []string{"peer.txt: input beyond the size limit: 30 bytes, the limit is 10"}},
		// A bad line is an error of that line: the others are scored.
		{name: "batch with a malformed line", setup: func(t *testing.T, dir string) []string {
			peer(t, dir)
			return []string{"--batch", fixture(t, dir, "b.jsonl", []byte(`{"id": "a", "peer": "peer.txt", "refs": ["peer.txt"]}`+"\n{\"id\": \"b\", \n"))}
		}, code: 1, stderr: []string{"b.jsonl:2: unexpected EOF", "b.jsonl: 1 of 2 lines failed"}, stdout: "a   ROUGE-1      1.00000  1.00000  1.00000"},
	}
	runHardCases(t, "eval", cases)
}

func TestHardeningDigest(t *testing.T) {
	day := func(t *testing.T, dir string) string {
		for _, f := range must(filepath.Glob("testdata/digest/day/*/*")) {
			fixture(t, dir, filepath.Join("day", must(filepath.Rel("testdata/digest/day", f))), []byte(readFile(t, f)))
		}
		return filepath.Join(dir, "day")
	}
	jsonl := func(t *testing.T, dir string) string {
		return fixture(t, dir, "s.jsonl", []byte(readFile(t, "testdata/digest/stories.jsonl")+"{\"story\": \"broken\", \"docs\": [\n"))
	}
	cases := []hardCase{
		{name: "nonexistent root", setup: func(t *testing.T, dir string) []string {
			return []string{filepath.Join(dir, "missing")}
		}, code: 1, stderr: []string{"missing: no such file or directory"}},
		{name: "root without story folders", setup: func(t *testing.T, dir string) []string {
			fixture(t, dir, "flat/a.txt", []byte(goodStory))
			return []string{filepath.Join(dir, "flat")}
		}, code: 1, stderr: []string{"flat: no stories found"}},
		{name: "jsonl with a malformed line", setup: func(t *testing.T, dir string) []string {
			return []string{"--jsonl", jsonl(t, dir)}
		}, code: 1, stderr: []string{"s.jsonl:5: not one JSON object"}, stdout: "3 stories from"},
		{name: "jsonl with a malformed line, strict", setup: func(t *testing.T, dir string) []string {
			return []string{"--strict", "--jsonl", jsonl(t, dir)}
		}, code: 1, stderr: []string{"s.jsonl:5: not one JSON object", "nothing written (--strict)"}},
		{name: "binary jsonl", setup: func(t *testing.T, dir string) []string {
			return []string{"--jsonl", fixture(t, dir, "s.jsonl", []byte(pngBytes))}
		}, code: 1, stderr: []string{"s.jsonl:1: not one JSON object", "0 stories from 0 versions; 3 failed: ", "nothing written"}},
		{name: "story with a binary, a looping and a good version", setup: func(t *testing.T, dir string) []string {
			root := day(t, dir)
			fixture(t, root, "kestrel-bridge/zz-image.txt", []byte(pngBytes))
			if err := os.Symlink("loop.txt", filepath.Join(root, "kestrel-bridge", "loop.txt")); err != nil {
				t.Skip(err)
			}
			return []string{root}
		}, code: 1, stderr: []string{"zz-image.txt: binary data", "loop.txt: too many levels of symbolic links"}, stdout: "3 stories from 9 versions"},
		{name: "story whose sentences exceed the budget", setup: func(t *testing.T, dir string) []string {
			return []string{"--words", "3", day(t, dir)}
		}, code: 1, stderr: []string{`story "velden-frost": no sentence fits the budget`, "3 failed", "nothing written"}},
		{name: "beyond max-bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--max-bytes", "1000", day(t, dir)} // each story is over, so each fails
		}, code: 1, stderr: []string{"kestrel-bridge: input beyond the size limit", "velden-frost: input beyond the size limit", "nothing written"}},
		{name: "jsonl stdin beyond max-bytes", setup: func(t *testing.T, dir string) []string {
			return []string{"--max-bytes", "1000", "--jsonl", "-"}
		}, stdin: strings.Repeat(`{"story": "a", "docs": [{"text": "`+strings.TrimSpace(goodStory)+`"}]}`+"\n", 10), code: 1, stderr: []string{"stdin: input beyond the size limit"}},
		{name: "root and jsonl", setup: func(t *testing.T, dir string) []string {
			return []string{"--jsonl", jsonl(t, dir), day(t, dir)}
		}, code: 2, stderr: []string{"give ROOT or --jsonl, not both"}},
		{name: "zero jobs", setup: func(t *testing.T, dir string) []string {
			return []string{"--jobs", "0", day(t, dir)}
		}, code: 2, stderr: []string{"--jobs must be at least 1"}},
		{name: "threshold out of range", setup: func(t *testing.T, dir string) []string {
			return []string{"--cluster", "--threshold", "1.5", day(t, dir)}
		}, code: 2, stderr: []string{"--threshold must be in (0,1]"}},
		{name: "10000 tiny stories", slow: true, setup: func(t *testing.T, dir string) []string {
			for i, s := range bytes.Split(proseSentences(10_000, "\n"), []byte("\n")) {
				fixture(t, dir, fmt.Sprintf("root/s%05d/v.txt", i), append(s, []byte(" The council met on Monday to discuss it.")...))
			}
			return []string{"--sentences", "1", filepath.Join(dir, "root")}
		}, code: 0, stdout: "10000 stories from 10000 versions."},
	}
	runHardCases(t, "digest", cases)
}

// runHardCases runs each case, checks its exit status, messages and output,
// and, for digest, runs it again with --out over an old file: the file must
// then be the old one or the whole digest the run printed.
func runHardCases(t *testing.T, cmd string, cases []hardCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.slow && testing.Short() {
				t.Skip("big input; runs without -short")
			}
			if tc.slow && raceDetector {
				t.Skip("big input; runs without -race (.ci/run runs it so)")
			}
			dir := t.TempDir()
			args := append([]string{cmd}, tc.setup(t, dir)...)
			r := runNoPanic(t, tc.stdin, args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tc.code, r.stderr)
			}
			for _, want := range tc.stderr {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr %q does not say %q", r.stderr, want)
				}
			}
			if r.code != 0 && !strings.HasPrefix(r.stderr, "brief: ") {
				t.Errorf("failure without a message: stderr %q", r.stderr)
			}
			if tc.stdout == "" && r.stdout != "" || !strings.Contains(r.stdout, tc.stdout) {
				t.Errorf("stdout %.300q, want it to hold %q", r.stdout, tc.stdout)
			}
			if cmd == "digest" && r.code != 2 {
				checkDigestOut(t, dir, tc, args, r)
			}
		})
	}
}

// runNoPanic is runCLI, failing the test (not crashing it) on a panic.
func runNoPanic(t *testing.T, stdin string, args ...string) (r result) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("panic: %v", p)
		}
	}()
	return runCLI(t, stdin, args...)
}

// checkDigestOut runs a digest case again with --out over an old file.
func checkDigestOut(t *testing.T, dir string, tc hardCase, args []string, printed result) {
	t.Helper()
	outDir := filepath.Join(dir, "out")
	os.Mkdir(outDir, 0o755)
	out := fixture(t, outDir, "digest.md", []byte("yesterday's digest\n"))
	withOut := append([]string{args[0], "--out", out}, args[1:]...)
	r := runNoPanic(t, tc.stdin, withOut...)
	if r.code != printed.code || r.stdout != "" {
		t.Errorf("--out: exit %d, stdout %q; without --out exit %d", r.code, r.stdout, printed.code)
	}
	switch got := readFile(t, out); got {
	case "yesterday's digest\n":
		if printed.stdout != "" {
			t.Errorf("--out left the old file, but the digest was printed without --out")
		}
	case printed.stdout:
	default:
		t.Errorf("--out file is neither the old one nor the digest printed:\n%.300s", got)
	}
	if names := must(os.ReadDir(outDir)); len(names) != 1 {
		t.Errorf("out folder holds %v, want the digest alone", names)
	}
}
