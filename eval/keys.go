package eval

import (
	"encoding/binary"
	"math"
	"slices"
)

// gramIndex turns the n-grams (or skip-bigrams) of one reference set into
// integer keys: the token ids packed in base ids when that fits in 64
// bits, else numbers given to the distinct grams of the references, in
// dense. Peer grams are looked up; one that no reference has gets noKey.
type gramIndex struct {
	n     int
	ids   uint64
	dense map[string]uint64 // nil when packed
}

const noKey = ^uint64(0)

func newGramIndex(n, ids int) *gramIndex {
	g := &gramIndex{n: n, ids: uint64(ids)}
	if !fitsBase(ids, n) {
		g.dense = make(map[string]uint64)
	}
	return g
}

// fitsBase reports whether v^n <= 2^64.
func fitsBase(v, n int) bool {
	limit := math.Pow(2, 64/float64(n))
	return float64(v) <= limit-1
}

// keys returns the sorted keys of the n-grams of toks. ROUGE-1.5.5 builds
// n-grams over the whole text, across sentence boundaries. add numbers
// new grams (references); otherwise they get noKey (peers).
func (g *gramIndex) keys(toks []int32, add bool) []uint64 {
	n := g.n
	if len(toks) < n {
		return nil
	}
	keys := make([]uint64, len(toks)-n+1)
	if g.dense == nil {
		for i := range keys {
			var k uint64
			for _, id := range toks[i : i+n] {
				k = k*g.ids + uint64(id)
			}
			keys[i] = k
		}
	} else {
		buf := make([]byte, 4*n)
		for i := range keys {
			keys[i] = g.number(toks[i:i+n], buf, add)
		}
	}
	slices.Sort(keys)
	return keys
}

// number returns the number of the gram, spelt in buf; a new one is
// numbered when add.
func (g *gramIndex) number(gram []int32, buf []byte, add bool) uint64 {
	for i, id := range gram {
		binary.LittleEndian.PutUint32(buf[4*i:], uint32(id))
	}
	b := buf[:4*len(gram)]
	if k, ok := g.dense[string(b)]; ok {
		return k
	}
	if !add {
		return noKey
	}
	k := uint64(len(g.dense))
	g.dense[string(b)] = k
	return k
}

// skipKeys returns ROUGE-1.5.5's skip-bigrams of toks (ids below ids) as
// sorted keys: each pair (i, j) with i < j <= i+skip+1 (any j if skip < 0)
// and, with unigrams, each token but the last (the script's loop stops one
// early).
func skipKeys(toks []int32, skip int, unigrams bool, ids int) []uint64 {
	base := uint64(ids) + 1
	marker := uint64(ids)
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
			keys = append(keys, a+marker)
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
// sorted lists, not counting noKey.
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
			if k == noKey {
				return hits
			}
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
