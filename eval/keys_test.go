package eval

import (
	"slices"
	"testing"
)

func TestClippedHits(t *testing.T) {
	a := []uint64{1, 1, 2, 5, 5, 5, 9}
	b := []uint64{1, 5, 5, 7, 9, 9}
	if got := clippedHits(a, b); got != 4 { // 1 once, 5 twice, 9 once
		t.Errorf("clippedHits = %d, want 4", got)
	}
}

func TestGramKeysLargeVocabulary(t *testing.T) {
	// 4-grams over more than 2^16 ids cannot be packed in 64 bits; the
	// numbered fallback must count the same hits.
	toks := []int32{70000, 1, 2, 3, 70000, 1, 2, 3, 4}
	other := []int32{1, 2, 3, 70000, 1, 2, 3, 4, 70000}
	gramKeys := func(toks []int32, n, ids int) []uint64 { return newGramIndex(n, ids).keys(toks, true) }
	big := clippedHits(gramKeys(toks, 4, 70001), gramKeys(other, 4, 70001))
	// The same sequences renumbered into a small vocabulary.
	small := func(s []int32) []int32 {
		out := slices.Clone(s)
		for i, x := range out {
			if x == 70000 {
				out[i] = 5
			}
		}
		return out
	}
	want := clippedHits(gramKeys(small(toks), 4, 6), gramKeys(small(other), 4, 6))
	if big != want || want != 5 {
		t.Errorf("hits = %d (large vocabulary), %d (small); want 5", big, want)
	}
}

func TestSkipKeysDropsLastUnigram(t *testing.T) {
	// ROUGE-1.5.5 counts the unigrams of all tokens but the last: a
	// 1-token text has no skip-bigram units at all.
	if got := skipKeys([]int32{0}, 4, true, 1); len(got) != 0 {
		t.Errorf("one token: %d keys, want 0", len(got))
	}
	// 3 tokens, skip 0: pairs (0,1), (1,2) and unigrams 0, 1.
	if got := skipKeys([]int32{0, 1, 2}, 0, true, 3); len(got) != 4 {
		t.Errorf("three tokens: %d keys, want 4", len(got))
	}
}
