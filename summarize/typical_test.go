package summarize

import (
	"context"
	"math"
	"testing"
)

// Worked by hand: words a b | a b c | d; pairs ab, bc.
// Shares over 3 sentences: a 2, b 2, c 1, d 1, ab 2, bc 1.
func TestTypicalityByHand(t *testing.T) {
	cands := []candidate{
		{toks: []int32{0, 1}, words: 4},
		{toks: []int32{0, 1, 2}, words: 9},
		{toks: []int32{3}, words: 1},
	}
	want := []float64{
		(2 + 2 + 2) / 3.0 / math.Sqrt(4),
		(2 + 2 + 1 + 2 + 1) / 3.0 / math.Sqrt(9),
		1 / 3.0 / math.Sqrt(1),
	}
	got := typicality(cands, 4)
	for k := range want {
		if math.Abs(got[k]-want[k]) > 1e-12 {
			t.Errorf("typicality[%d] = %v, want %v", k, got[k], want[k])
		}
	}
}

// typicality counts each word and pair once a sentence, however often the
// sentence repeats it: the same as a plain count over sets of strings.
func TestTypicalityMatchesSetCount(t *testing.T) {
	docs := readDocs(t, "../testdata/opinosis/topics/battery-life_amazon_kindle.txt.data")
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	r, p, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if !r.items {
		t.Fatal("an Opinosis topic is not read as a list of items")
	}
	sets := make([]map[[2]int32]bool, len(p.cands))
	df := make(map[[2]int32]int)
	for k, c := range p.cands {
		sets[k] = make(map[[2]int32]bool)
		ts := c.toks
		for j, tok := range ts {
			sets[k][[2]int32{-1, tok}] = true
			if j > 0 {
				sets[k][[2]int32{ts[j-1], tok}] = true
			}
		}
		for g := range sets[k] {
			df[g]++
		}
	}
	got := typicality(p.cands, r.vocab)
	for k, c := range p.cands {
		var sum int
		for g := range sets[k] {
			sum += df[g]
		}
		want := float64(sum) / float64(len(p.cands)) / math.Sqrt(float64(c.words))
		if math.Abs(got[k]-want) > 1e-12*want {
			t.Fatalf("sentence %q: typicality %v, want %v", c.text, got[k], want)
		}
	}
}
