package eval_test

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"brief/eval"
)

// The conformance vectors in ../testdata/rouge hold, for 80 cases over 24
// option sets, the scores the official ROUGE-1.5.5.pl printed (see
// ../testdata/rouge/README.md for how they were generated).

type rougeCase struct {
	ID        string                        `json:"id"`
	Flags     []string                      `json:"flags"`
	BaseFlags []string                      `json:"base_flags"`
	Refs      []string                      `json:"refs"`
	Scores    map[string]map[string]float64 `json:"scores"`
}

func loadCases(t testing.TB) []rougeCase {
	t.Helper()
	f, err := os.Open("../testdata/rouge/expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []rougeCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c rougeCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) != 80 {
		t.Fatalf("got %d cases, want 80", len(cases))
	}
	return cases
}

// optionsFromFlags maps ROUGE-1.5.5.pl flags to Options.
func optionsFromFlags(t testing.TB, flags []string) eval.Options {
	t.Helper()
	o := eval.Options{}
	num := func(i int) float64 {
		x, err := strconv.ParseFloat(flags[i+1], 64)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	for i := 0; i < len(flags); i++ {
		switch flags[i] {
		case "-m":
			o.Stem = true
		case "-s":
			o.Stopwords = true
		case "-u":
			o.SkipUnigrams = true
		case "-a":
		case "-l":
			o.Words = int(num(i))
			i++
		case "-b":
			o.Bytes = int(num(i))
			i++
		case "-n":
			o.MaxN = int(num(i))
			i++
		case "-2":
			o.SkipBigram, o.Skip = true, int(num(i))
			i++
		case "-w":
			o.Weight = num(i)
			i++
		case "-p":
			o.Alpha = num(i)
			i++
		case "-t":
			i++
		case "-f":
			if flags[i+1] == "B" {
				o.Mode = eval.Best
			}
			i++
		default:
			t.Fatalf("unknown flag %q", flags[i])
		}
	}
	return o
}

// readLines reads a file as ROUGE's SPL reader does: lines split at '\n'
// (a trailing '\r' kept); empty lines are skipped by Prepare.
func readLines(t testing.TB, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\n")
}

func TestConformance(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.ID, func(t *testing.T) {
			opts := optionsFromFlags(t, append(append([]string(nil), c.BaseFlags...), c.Flags...))
			s, err := eval.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join("../testdata/rouge/cases", c.ID)
			peer := readLines(t, filepath.Join(dir, "peer.txt"))
			var refs [][]string
			for _, r := range c.Refs {
				refs = append(refs, readLines(t, filepath.Join(dir, r)))
			}
			got, err := s.Score(peer, refs)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(c.Scores) {
				t.Errorf("got %d metrics, want %d", len(got), len(c.Scores))
			}
			for name, want := range c.Scores {
				g, ok := got.Get(name)
				if !ok {
					t.Errorf("%s missing", name)
					continue
				}
				for _, f := range []struct {
					k string
					v float64
				}{{"R", g.R}, {"P", g.P}, {"F", g.F}} {
					if math.Abs(f.v-want[f.k]) > 5e-6 {
						t.Errorf("%s %s = %.5f, want %.5f", name, f.k, f.v, want[f.k])
					}
				}
			}
		})
	}
}
