package eval_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/eval"
)

type benchCase struct {
	opts  eval.Options
	peer  []string
	refs  [][]string
	bytes int64
}

func loadBenchCases(b *testing.B) []benchCase {
	var out []benchCase
	for _, c := range loadCases(b) {
		bc := benchCase{opts: optionsFromFlags(b, append(append([]string(nil), c.BaseFlags...), c.Flags...))}
		dir := filepath.Join("../testdata/rouge/cases", c.ID)
		bc.peer = readLines(b, filepath.Join(dir, "peer.txt"))
		bc.bytes += fileSize(b, filepath.Join(dir, "peer.txt"))
		for _, r := range c.Refs {
			bc.refs = append(bc.refs, readLines(b, filepath.Join(dir, r)))
			bc.bytes += fileSize(b, filepath.Join(dir, r))
		}
		out = append(out, bc)
	}
	return out
}

func fileSize(b *testing.B, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}

// BenchmarkROUGE scores the 80 conformance cases, each under its own
// options, from raw lines (tokenizing included). Scorers are built once.
func BenchmarkROUGE(b *testing.B) {
	cases := loadBenchCases(b)
	scorers := make([]*eval.Scorer, len(cases))
	var total int64
	for i, c := range cases {
		s, err := eval.New(c.opts)
		if err != nil {
			b.Fatal(err)
		}
		scorers[i] = s
		total += c.bytes
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, c := range cases {
			if _, err := scorers[i].Score(c.peer, c.refs); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBatch is a system evaluation: 650 peers, 4 references each,
// drawn deterministically from the cases' texts, scored with stemming
// under the default metrics, then averaged with 1000 bootstrap resamples.
// Every distinct text is prepared (tokenized, stemmed) once per run.
func BenchmarkBatch(b *testing.B) {
	cases := loadBenchCases(b)
	var texts [][]string // distinct texts: each case's peer, then its refs
	var peers []int
	var refPool []int
	for _, c := range cases {
		peers = append(peers, len(texts))
		texts = append(texts, c.peer)
		for _, r := range c.refs {
			refPool = append(refPool, len(texts))
			texts = append(texts, r)
		}
	}
	size := func(t []string) (n int64) {
		for _, l := range t {
			n += int64(len(l)) + 1
		}
		return n
	}
	type job struct{ peer, refs [4]int }
	jobs := make([]job, 650)
	for i := range jobs {
		jobs[i].peer = [4]int{peers[i%len(peers)]}
		for k := range 4 {
			jobs[i].refs[k] = refPool[(i*7+k*13)%len(refPool)]
		}
	}
	var bytes int64 // text scored: peer and references of every evaluation
	for _, j := range jobs {
		bytes += size(texts[j.peer[0]])
		for _, r := range j.refs {
			bytes += size(texts[r])
		}
	}
	opts := eval.DefaultOptions()
	opts.Stem = true
	s, err := eval.New(opts)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		prepared := make([]eval.Text, len(texts))
		for i, t := range texts {
			prepared[i] = s.Prepare(t)
		}
		per := make([]eval.Scores, len(jobs))
		refs := make([]eval.Text, 4)
		for i, j := range jobs {
			for k, r := range j.refs {
				refs[k] = prepared[r]
			}
			if per[i], err = s.ScoreTexts(prepared[j.peer[0]], refs); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := eval.Bootstrap(per, 95, 1000); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	opts := eval.DefaultOptions()
	opts.Stem, opts.Stopwords = true, true
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eval.New(opts); err != nil {
			b.Fatal(err)
		}
	}
}

// longText returns about size bytes of Opinosis review sentences, one a
// line, drawn in an order set by seed.
func longText(b *testing.B, size int, seed uint64) []string {
	topics, err := filepath.Glob("../testdata/opinosis/topics/*.txt.data")
	if err != nil || len(topics) == 0 {
		b.Fatalf("no topics: %v", err)
	}
	var pool []string
	for _, t := range topics {
		for _, l := range readLines(b, t) {
			if l = strings.TrimSpace(l); l != "" {
				pool = append(pool, l)
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	var out []string
	for n := 0; n < size; {
		l := pool[rng.IntN(len(pool))]
		out = append(out, l)
		n += len(l) + 1
	}
	return out
}

// BenchmarkLCS scores ROUGE-L alone (-x off, no -n, -w or -2) of a long
// peer against a long reference of the same size, both of review
// sentences: one a line (the union LCS of every pair of sentences), or
// the whole text on one line (one LCS of two very long sentences).
func BenchmarkLCS(b *testing.B) {
	s, err := eval.New(eval.Options{Alpha: 0.5})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		peer, ref := longText(b, size, 1), longText(b, size, 2)
		for _, shape := range []string{"lines", "one-line"} {
			p, r := peer, ref
			if shape == "one-line" {
				p, r = []string{strings.Join(peer, " ")}, []string{strings.Join(ref, " ")}
			}
			b.Run(fmt.Sprintf("%s-%dKB", shape, size>>10), func(b *testing.B) {
				b.SetBytes(int64(2 * size))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := s.Score(p, [][]string{r}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
