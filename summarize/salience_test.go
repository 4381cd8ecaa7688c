package summarize

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"brief/rank"
)

func TestLeadPrior(t *testing.T) {
	cands := []candidate{{doc: 0}, {doc: 0}, {doc: 0}, {doc: 1}, {doc: 1}}
	want := []float64{1, 1 / math.Sqrt(2), 1 / math.Sqrt(3), 1, 1 / math.Sqrt(2)}
	got := leadPrior(cands)
	for k := range want {
		if math.Abs(got[k]-want[k]) > 1e-15 {
			t.Errorf("prior[%d] = %v, want %v", k, got[k], want[k])
		}
	}
}

func TestRankSettings(t *testing.T) {
	for _, tc := range []struct {
		n, denseMax int
		want        float64
	}{
		{100, 200, 0},
		{200, 200, 0},
		{400, 200, 2 * rank.DefaultTolerance},
		{400, 0, 0}, // the sparse path forced by a test: default tolerance
	} {
		if got := rankSettings(tc.n, tc.denseMax).Tolerance; got != tc.want {
			t.Errorf("rankSettings(%d, %d).Tolerance = %v, want %v", tc.n, tc.denseMax, got, tc.want)
		}
	}
}

// Relevance is the score per word^lengthExponent, scaled by the largest:
// 32^0.2 = 2 halves the long sentence's score.
func TestRelevance(t *testing.T) {
	cands := []candidate{{words: 1}, {words: 32}, {words: 1}}
	got := relevance(cands, []float64{0.4, 0.4, 0}, false, false, 0)
	want := []float64{1, 0.5, 0}
	for k := range want {
		if math.Abs(got[k]-want[k]) > 1e-12 {
			t.Errorf("relevance[%d] = %v, want %v", k, got[k], want[k])
		}
	}
	if got := scaled([]float64{0, 0}); got[0] != 0 || got[1] != 0 {
		t.Errorf("scaled zeros = %v", got)
	}
}

// A single article's brief opens with its lead: its first sentence that
// stands alone (seed 004 alone used to open with its third).
func TestSingleArticleOpensWithLead(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	seeds, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	versions, _ := filepath.Glob("../testdata/clusters/*/0*.txt")
	for _, f := range append(seeds, versions...) {
		docs := readDocs(t, f)
		_, p, err := s.prepare(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		var lead string
		for _, c := range p.cands {
			if c.whole && !c.leans {
				lead = c.text
				break
			}
		}
		b, err := s.Summarize(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Sentences[0].Text; got != lead {
			t.Errorf("%s alone opens with %q, want its lead %q", filepath.Base(f), got, lead)
		}
	}
}
