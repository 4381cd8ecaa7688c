package eval

import (
	"math"
	"slices"
)

// gramKeys returns the n-grams of toks (ids below v) as sorted integer
// keys. ROUGE-1.5.5 builds n-grams over the whole text, across sentence
// boundaries.
func gramKeys(toks []int32, n, v int) []uint64 {
	if len(toks) < n {
		return nil
	}
	keys := make([]uint64, len(toks)-n+1)
	if fitsBase(v, n) {
		for i := range keys {
			var k uint64
			for _, id := range toks[i : i+n] {
				k = k*uint64(v) + uint64(id)
			}
			keys[i] = k
		}
	} else {
		// A vocabulary too large to pack n ids in 64 bits: number the
		// distinct n-grams instead.
		dense := make(map[[4]int32]uint64)
		for i := range keys {
			var g [4]int32
			copy(g[:], toks[i:i+n])
			k, ok := dense[g]
			if !ok {
				k = uint64(len(dense))
				dense[g] = k
			}
			keys[i] = k
		}
	}
	slices.Sort(keys)
	return keys
}

// fitsBase reports whether v^n <= 2^64.
func fitsBase(v, n int) bool {
	limit := math.Pow(2, 64/float64(n))
	return float64(v) <= limit-1
}

// skipKeys returns ROUGE-1.5.5's skip-bigrams of toks as sorted keys: each
// pair (i, j) with i < j <= i+skip+1 (any j if skip < 0) and, with
// unigrams, each token but the last (the script's loop stops one early).
func skipKeys(toks []int32, skip int, unigrams bool, v int) []uint64 {
	base := uint64(v) + 1
	n := len(toks)
	size := 0
	if n > 1 {
		// Σ pairs per token, bounded by the skip window, plus unigrams.
		span := n - 1
		if skip >= 0 && skip+1 < span {
			span = skip + 1
		}
		size = span*(n-1) + n
	}
	keys := make([]uint64, 0, size)
	for i := 0; i < n-1; i++ {
		a := uint64(toks[i]) * base
		if unigrams {
			keys = append(keys, a+uint64(v))
		}
		end := len(toks) - 1
		if skip >= 0 && i+skip+1 < end {
			end = i + skip + 1
		}
		for j := i + 1; j <= end; j++ {
			keys = append(keys, a+uint64(toks[j]))
		}
	}
	slices.Sort(keys)
	return keys
}

// clippedHits returns Σ min(count in a, count in b) over the keys of two
// sorted lists.
func clippedHits(a, b []uint64) int {
	hits := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			k := a[i]
			ca, cb := 0, 0
			for ; i < len(a) && a[i] == k; i++ {
				ca++
			}
			for ; j < len(b) && b[j] == k; j++ {
				cb++
			}
			hits += min(ca, cb)
		}
	}
	return hits
}
