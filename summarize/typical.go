package summarize

import (
	"math"
	"slices"
)

// typicalWeight is the share of typicality in the relevance of a sentence
// of a list of items, TextRank's per word being the rest; typicalLength
// discounts long sentences in it, as lengthExponent does in TextRank's.
// Both were chosen on the Opinosis dev topics (weights 0.5 to 0.8 and
// lengths 0.4 to 0.6 all gain there; 0.7 and 0.5 gain most).
const (
	typicalWeight = 0.7
	typicalLength = 0.5
)

// typicality returns, for each candidate of a list of items, how
// closely it is worded as the items word their opinions: the sum, over its
// distinct words and pairs of adjacent words, stopwords included, of the
// share of candidates that use them, over words^typicalLength.
//
// In a list of reviews or comments, many people say the same thing in
// nearly the same words ("the battery life is great"), and the words that
// carry it are common ones that TF-IDF weighs least or drops. TextRank's
// cosine finds the sentences that share the rarer content words; this
// finds the plain phrasing many share. On versions of a news story it
// would do harm: each states a fact once, and the sentences that share the
// most common words are the ones that say least, so Summarize uses it on
// lists of items only (see isItemList).
func typicality(cands []candidate, vocab int) []float64 {
	n := len(cands)
	out := make([]float64, n)
	df := make([]int32, vocab)
	seen := make([]int32, vocab) // per word: the last sentence, k+1, that counted it
	pairDF := make(map[uint64]int32)
	pairs := make([][]uint64, n) // per kept sentence: its distinct pairs, sorted
	for k, c := range cands {
		ts := c.toks
		for _, t := range ts {
			if seen[t] != int32(k+1) {
				seen[t] = int32(k + 1)
				df[t]++
			}
		}
		if len(ts) < 2 {
			continue
		}
		ps := make([]uint64, len(ts)-1)
		for j := 1; j < len(ts); j++ {
			ps[j-1] = uint64(ts[j-1])<<32 | uint64(ts[j])
		}
		slices.Sort(ps)
		ps = slices.Compact(ps)
		for _, p := range ps {
			pairDF[p]++
		}
		pairs[k] = ps
	}
	clear(seen)
	for k, c := range cands {
		var sum int64
		for _, t := range c.toks {
			if seen[t] != int32(k+1) {
				seen[t] = int32(k + 1)
				sum += int64(df[t])
			}
		}
		for _, p := range pairs[k] {
			sum += int64(pairDF[p])
		}
		out[k] = float64(sum) / float64(n) / math.Pow(float64(c.words), typicalLength)
	}
	return out
}
