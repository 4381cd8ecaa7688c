package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// runEvalCLI runs the CLI in-process and returns its exit code and output.
func runEvalCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), append([]string{"brief", "eval"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

type rougeVector struct {
	ID     string                        `json:"id"`
	Flags  []string                      `json:"flags"`
	Refs   []string                      `json:"refs"`
	Scores map[string]map[string]float64 `json:"scores"`
}

func loadRougeVectors(t *testing.T) []rougeVector {
	t.Helper()
	f, err := os.Open("testdata/rouge/expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []rougeVector
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v rougeVector
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		vs = append(vs, v)
	}
	return vs
}

// cliFlags maps a case's varying ROUGE-1.5.5 flags to brief eval flags; the
// constant ones (-n 4 -2 4 -u -w 1.2 -p 0.5) are the defaults.
func cliFlags(t *testing.T, flags []string) []string {
	var out []string
	for i := 0; i < len(flags); i++ {
		switch flags[i] {
		case "-m":
			out = append(out, "--stem")
		case "-s":
			out = append(out, "--stopwords")
		case "-l":
			out = append(out, "--words", flags[i+1])
			i++
		case "-b":
			out = append(out, "--bytes", flags[i+1])
			i++
		case "-f":
			out = append(out, "--models", map[string]string{"A": "average", "B": "best"}[flags[i+1]])
			i++
		default:
			t.Fatalf("unexpected flag %q", flags[i])
		}
	}
	return out
}

// TestEvalConformance runs every official ROUGE-1.5.5 case through the CLI.
func TestEvalConformance(t *testing.T) {
	for _, v := range loadRougeVectors(t) {
		t.Run(v.ID, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join("testdata/rouge/cases", v.ID)
			args := append(cliFlags(t, v.Flags), "--lines", "--format", "json")
			for _, r := range v.Refs {
				args = append(args, "--ref", filepath.Join(dir, r))
			}
			args = append(args, filepath.Join(dir, "peer.txt"))
			code, out, errOut := runEvalCLI(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var got map[string]map[string]float64
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			compareScores(t, got, v.Scores)
		})
	}
}

func compareScores(t *testing.T, got, want map[string]map[string]float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d metrics, want %d", len(got), len(want))
	}
	for name, w := range want {
		for _, k := range []string{"R", "P", "F"} {
			if g, ok := got[name][k]; !ok || math.Abs(g-w[k]) > 5e-6 {
				t.Errorf("%s %s = %v, want %v", name, k, got[name][k], w[k])
			}
		}
	}
}

func TestEvalTable(t *testing.T) {
	dir := "testdata/rouge/cases/pub_026_opi_extract"
	code, out, errOut := runEvalCLI(t, "", "--lines", "--ref", dir+"/ref1.txt", dir+"/peer.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// Scores printed by ROUGE-1.5.5.pl for this case (expected.jsonl).
	want := `METRIC       R        P        F
ROUGE-1      0.90909  0.15873  0.27027
ROUGE-2      0.40000  0.06452  0.11112
ROUGE-3      0.22222  0.03279  0.05715
ROUGE-4      0.12500  0.01667  0.02942
ROUGE-L      0.90909  0.15873  0.27027
ROUGE-W-1.2  0.54216  0.13996  0.22248
ROUGE-SU4    0.56000  0.07735  0.13593
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// The same bytes on a second run, and with the peer on standard input.
	peer, err := os.ReadFile(dir + "/peer.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, again, _ := runEvalCLI(t, string(peer), "--lines", "--ref", dir+"/ref1.txt", "-")
	if again != out {
		t.Errorf("standard input run differs:\n%s", again)
	}
}

func TestEvalConfidenceSingle(t *testing.T) {
	dir := "testdata/rouge/cases/pub_026_opi_extract"
	code, out, errOut := runEvalCLI(t, "", "--lines", "--confidence", "95", "--format", "json", "--ref", dir+"/ref1.txt", dir+"/peer.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// One evaluation: average and both bounds equal the score, as
	// ROUGE-1.5.5 prints them.
	if !strings.Contains(out, `"ROUGE-1": {
    "R": 0.90909,
    "P": 0.15873,
    "F": 0.27027,
    "R_low": 0.90909,
    "R_high": 0.90909,`) {
		t.Errorf("unexpected output:\n%s", out)
	}
}

// TestEvalBatch evaluates the four cases scored with the default options.
// The average and its interval are those of testdata/rouge/bootstrap-check.pl
// over these cases' official scores (batch-default-average.txt).
func TestEvalBatch(t *testing.T) {
	code, out, errOut := runEvalCLI(t, "", "--lines", "--format", "json", "--batch", "testdata/rouge/batch-default.jsonl")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Evaluations []struct {
			ID     string                        `json:"id"`
			Scores map[string]map[string]float64 `json:"scores"`
		} `json:"evaluations"`
		Average    map[string]map[string]float64 `json:"average"`
		Confidence float64                       `json:"confidence"`
		Resamples  int                           `json:"resamples"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]rougeVector{}
	for _, v := range loadRougeVectors(t) {
		want[v.ID] = v
	}
	if len(got.Evaluations) != 4 || got.Confidence != 95 || got.Resamples != 1000 {
		t.Fatalf("got %d evaluations, confidence %v, resamples %d", len(got.Evaluations), got.Confidence, got.Resamples)
	}
	for _, e := range got.Evaluations {
		compareScores(t, e.Scores, want[e.ID].Scores)
	}
	var lines []string
	for name, s := range got.Average {
		for _, k := range []string{"R", "P", "F"} {
			lines = append(lines, fmt.Sprintf("%s %s %7.5f %7.5f %7.5f", name, k, s[k], s[k+"_low"], s[k+"_high"]))
		}
	}
	golden, err := os.ReadFile("testdata/rouge/batch-default-average.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantLines := strings.Split(strings.TrimSpace(string(golden)), "\n")
	sort.Strings(lines)
	sort.Strings(wantLines)
	if strings.Join(lines, "\n") != strings.Join(wantLines, "\n") {
		t.Errorf("average:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}

	// The table form names every id and ends with the average.
	code, table, _ := runEvalCLI(t, "", "--lines", "--batch", "testdata/rouge/batch-default.jsonl")
	if code != exitOK || !strings.Contains(table, "pub_071_syn_single_token  ROUGE-SU4") ||
		!strings.Contains(table, "ROUGE-1      0.58429  0.37312  0.33530  0.20994-0.85545") {
		t.Errorf("table (exit %d):\n%s", code, table)
	}
}

func TestEvalSegmentsSentences(t *testing.T) {
	tmp := t.TempDir()
	peer := filepath.Join(tmp, "peer.txt")
	ref := filepath.Join(tmp, "ref.txt")
	// Without --lines the text is split into sentences, so the LCS units
	// are the two sentences even though the file is one line.
	os.WriteFile(peer, []byte("The cat sat on the mat. A dog barked."), 0o644)
	os.WriteFile(ref, []byte("A dog barked.\nThe cat sat on the mat."), 0o644)
	code, out, errOut := runEvalCLI(t, "", "--format", "json", "--ref", ref, peer)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]map[string]float64
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got["ROUGE-L"]["R"] != 1 || got["ROUGE-1"]["R"] != 1 {
		t.Errorf("ROUGE-L %v, ROUGE-1 %v; want recall 1", got["ROUGE-L"], got["ROUGE-1"])
	}
}

func TestEvalErrors(t *testing.T) {
	tmp := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	peer := write("peer.txt", "the cat sat on the mat\n")
	ref := write("ref.txt", "a cat sat\n")
	stop := write("stop.txt", "the of and\n")
	missing := filepath.Join(tmp, "missing.txt")
	badJSON := write("bad.jsonl", `{"id":"a","peer":"peer.txt","refs":["ref.txt"]}`+"\n{oops\n")
	dup := write("dup.jsonl", `{"id":"a","peer":"peer.txt","refs":["ref.txt"]}`+"\n"+`{"id":"a","peer":"peer.txt","refs":["ref.txt"]}`+"\n")
	unknown := write("unknown.jsonl", `{"id":"a","peer":"peer.txt","reference":["ref.txt"]}`+"\n")
	noRef := write("noref.jsonl", `{"id":"a","peer":"peer.txt","refs":["missing.txt"]}`+"\n")

	for _, c := range []struct {
		name string
		args []string
		code int
		msg  string // in stderr
	}{
		{"missing peer", []string{"--ref", ref, missing}, exitFailure, "missing.txt"},
		{"missing ref", []string{"--ref", missing, peer}, exitFailure, "missing.txt"},
		{"empty ref after stopwords", []string{"--stopwords", "--ref", ref, "--ref", stop, peer}, exitFailure, "stop.txt: reference has no tokens"},
		{"empty ref after truncation", []string{"--lines", "--words", "1", "--ref", write("lead.txt", " x\n"), peer}, exitFailure, "lead.txt: reference has no tokens"},
		{"batch bad JSON", []string{"--batch", badJSON}, exitFailure, "bad.jsonl:2:"},
		{"batch duplicate id", []string{"--batch", dup}, exitFailure, `dup.jsonl:2: id "a": id used twice`},
		{"batch unknown field", []string{"--batch", unknown}, exitFailure, "unknown.jsonl:1:"},
		{"batch missing ref", []string{"--batch", noRef}, exitFailure, "missing.txt"},
		{"batch missing file", []string{"--batch", missing}, exitFailure, "missing.txt"},
		{"words and bytes", []string{"--words", "5", "--bytes", "5", "--ref", ref, peer}, exitUsage, "not both"},
		{"negative words", []string{"--words", "-1", "--ref", ref, peer}, exitUsage, "negative"},
		{"negative ngram", []string{"--ngram", "-1", "--ref", ref, peer}, exitUsage, "--ngram -1: want 0 or more"},
		{"unigrams without skip", []string{"--skip-unigrams", "--ref", ref, peer}, exitUsage, "--skip-unigrams needs --skip"},
		{"resamples without confidence", []string{"--resamples", "10", "--ref", ref, peer}, exitUsage, "--resamples needs --confidence"},
		{"alpha", []string{"--alpha", "1.5", "--ref", ref, peer}, exitUsage, "--alpha"},
		{"weight", []string{"--weight", "-1", "--ref", ref, peer}, exitUsage, "--weight -1: want a number > 0, or 0 for no ROUGE-W"},
		{"weight not a number", []string{"--weight", "heavy", "--ref", ref, peer}, exitUsage, `invalid value "heavy" for flag --weight: parse error`},
		{"skip not a number", []string{"--skip", "4.5", "--ref", ref, peer}, exitUsage, `invalid value "4.5" for flag --skip: parse error`},
		{"confidence", []string{"--confidence", "101", "--ref", ref, peer}, exitUsage, "--confidence"},
		{"models", []string{"--models", "C", "--ref", ref, peer}, exitUsage, "--models"},
		{"format", []string{"--format", "xml", "--ref", ref, peer}, exitUsage, "--format"},
		{"no ref", []string{peer}, exitUsage, "no --ref"},
		{"no peer", []string{"--ref", ref}, exitUsage, "no PEER"},
		{"two peers", []string{"--ref", ref, peer, peer}, exitUsage, "one PEER"},
		{"batch and peer", []string{"--batch", dup, peer}, exitUsage, "--batch"},
		{"unknown flag", []string{"--nope", "--ref", ref, peer}, exitUsage, "nope"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			code, _, errOut := runEvalCLI(t, "", c.args...)
			if code != c.code || !strings.Contains(errOut, c.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, c.code, c.msg)
			}
		})
	}
}

// TestEvalRawBytes scores Latin-1 and cp1252 text as ROUGE-1.5.5 does:
// as bytes, where a non-ASCII byte, like a UTF-8 sequence, splits a word.
func TestEvalRawBytes(t *testing.T) {
	tmp := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	latin1 := write("latin1.txt", "Le caf\xe9 est cr\xe8me.\nIl pleut \x93fort\x94.\n")
	utf8 := write("utf8.txt", "Le café est crème.\nIl pleut “fort”.\n")
	ref := write("ref.txt", "Un café crème.\nIl pleut fort.\n") // 6 of its 7 tokens in the 8 of the peer
	code, fromLatin1, errOut := runEvalCLI(t, "", "--lines", "--ref", ref, latin1)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	_, fromUTF8, _ := runEvalCLI(t, "", "--lines", "--ref", ref, utf8)
	if fromLatin1 != fromUTF8 || !strings.Contains(fromLatin1, "ROUGE-1      0.85714  0.75000  0.80000") {
		t.Errorf("Latin-1 peer:\n%s\nUTF-8 peer:\n%s", fromLatin1, fromUTF8)
	}
}

func TestEvalSkipNames(t *testing.T) {
	tmp := t.TempDir()
	p := filepath.Join(tmp, "p.txt")
	os.WriteFile(p, []byte("a b c d e f\n"), 0o644)
	for _, c := range []struct {
		args []string
		keys string
	}{
		{nil, `"ROUGE-1","ROUGE-2","ROUGE-3","ROUGE-4","ROUGE-L","ROUGE-W-1.2","ROUGE-SU4"`},
		{[]string{"--skip", "9", "--ngram", "2", "--weight", "1.5"}, `"ROUGE-1","ROUGE-2","ROUGE-L","ROUGE-W-1.5","ROUGE-S9"`},
		{[]string{"--skip", "-1", "--skip-unigrams", "--ngram", "0"}, `"ROUGE-L","ROUGE-W-1.2","ROUGE-SU*"`},
		// As ROUGE-1.5.5: names echo the arguments as typed, any n, any
		// negative skip; --weight 0 drops ROUGE-W.
		{[]string{"--skip", "04", "--skip-unigrams", "--weight", "1.50", "--ngram", "1"}, `"ROUGE-1","ROUGE-L","ROUGE-W-1.50","ROUGE-SU04"`},
		{[]string{"--skip", "-7", "--ngram", "6", "--weight", "0"}, `"ROUGE-1","ROUGE-2","ROUGE-3","ROUGE-4","ROUGE-5","ROUGE-6","ROUGE-L","ROUGE-S*"`},
		{[]string{"--skip", "010", "--ngram", "0"}, `"ROUGE-L","ROUGE-W-1.2","ROUGE-S010"`},
	} {
		args := append(append([]string{"--lines", "--format", "json"}, c.args...), "--ref", p, p)
		code, out, errOut := runEvalCLI(t, "", args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, errOut)
		}
		var keys []string
		dec := json.NewDecoder(strings.NewReader(out))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if s, ok := tok.(string); ok && strings.HasPrefix(s, "ROUGE") {
				keys = append(keys, fmt.Sprintf("%q", s))
			}
		}
		if got := strings.Join(keys, ","); got != c.keys {
			t.Errorf("%v: keys %s, want %s", c.args, got, c.keys)
		}
	}
}

// TestEvalBatchLineErrors: a line that cannot be scored is an error of
// that line; the other lines are scored and averaged.
func TestEvalBatchLineErrors(t *testing.T) {
	tmp := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(tmp, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("peer.txt", "the cat sat on the mat\n")
	write("ref.txt", "a cat sat on a mat\n")
	write("empty.txt", "... !!!\n")
	write("b.jsonl", `{"id":"good","peer":"peer.txt","refs":["ref.txt"]}`+"\n"+
		`{"id":"empty","peer":"peer.txt","refs":["ref.txt","empty.txt"]}`+"\n"+
		`{"id":"gone","peer":"peer.txt","refs":["nosuch.txt"]}`+"\n"+
		`{"id":"good2","peer":"ref.txt","refs":["peer.txt"]}`+"\n")
	batch := filepath.Join(tmp, "b.jsonl")
	code, out, errOut := runEvalCLI(t, "", "--lines", "--format", "json", "--batch", batch)
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	for _, want := range []string{
		batch + `:2: id "empty": ` + filepath.Join(tmp, "empty.txt") + ": reference has no tokens",
		batch + `:3: id "gone": `,
		batch + ": 2 of 4 lines failed",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q does not say %q", errOut, want)
		}
	}
	var got struct {
		Evaluations []struct{ ID string } `json:"evaluations"`
		Failed      []struct {
			Line int
			ID   string
		} `json:"failed"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Evaluations) != 2 || got.Evaluations[0].ID != "good" || got.Evaluations[1].ID != "good2" ||
		len(got.Failed) != 2 || got.Failed[0].Line != 2 || got.Failed[1].ID != "gone" {
		t.Errorf("evaluations %+v, failed %+v", got.Evaluations, got.Failed)
	}
	// Without ROUGE-W, ROUGE-1.5.5 scores an empty reference: no failure.
	code, _, errOut = runEvalCLI(t, "", "--lines", "--weight", "0", "--batch", batch)
	if code != exitFailure || strings.Contains(errOut, `"empty"`) || !strings.Contains(errOut, "1 of 4 lines failed") {
		t.Errorf("--weight 0: exit %d, stderr %q", code, errOut)
	}
}

// TestEvalConfidenceAsTyped: the interval is named after --confidence as
// typed, as ROUGE-1.5.5 prints "95.0%-conf.int.".
func TestEvalConfidenceAsTyped(t *testing.T) {
	dir := "testdata/rouge/cases/pub_026_opi_extract"
	code, out, errOut := runEvalCLI(t, "", "--lines", "--confidence", "95.0", "--ngram", "1", "--ref", dir+"/ref1.txt", dir+"/peer.txt")
	if code != exitOK || !strings.HasPrefix(out, "METRIC       R        P        F        R 95.0%-CI") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
}
