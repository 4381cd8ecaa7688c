package digest

import (
	"cmp"
	"context"
	"math"
	"slices"

	"brief/rank"
)

// Candidate pairs. Comparing every article with every other costs the
// square of the pile: 20 billion pairs for an aggregator's day of 200,000.
// Versions of one story share its rare terms, the names and figures of its
// core, so only articles that share one of their salient terms are
// compared: an inverted index over each article's salientTerms heaviest
// terms of moderate frequency proposes the pairs, and each pair proposed
// gets its full cosine. Pairs never proposed count as 0 when groups are
// joined.
const (
	// salientTerms is how many terms of an article index it.
	salientTerms = 16
	// minEdge is the least cosine of a pair kept for joining: below it a
	// pair adds almost nothing to a group's mean.
	minEdge = 0.02
)

// maxDF is the most articles of a pile of n a term may occur in and still
// propose pairs: 64, or 4√n in a large pile (900 of 50,000). A term in more
// is too common to tell stories apart (IDF weighs it little), and its
// articles would cost the square of its postings. The cost of proposing is
// at most n · salientTerms · maxDF, near-linear in n.
func maxDF(n int) int { return max(64, int(4*math.Sqrt(float64(n)))) }

// edge is a pair of articles, From < To, and their cosine.
type edge struct {
	From, To int32
	W        float64
}

// candidateEdges returns the proposed pairs of articles whose cosine is
// at least minEdge, by From then To.
func candidateEdges(ctx context.Context, vecs []rank.Vector, voc *vocab, progress func(int)) ([]edge, error) {
	n := len(vecs)
	limit := int32(maxDF(n))
	// Each article's salient terms, and per term the articles it is
	// salient in, in order.
	salient := make([][]int32, n)
	err := parallelChunks(ctx, n, nil, func() func(i int) {
		var idx []int
		return func(i int) {
			v := vecs[i]
			idx = idx[:0]
			for k, t := range v.Terms {
				if df := voc.df[t]; df >= 2 && df <= limit {
					idx = append(idx, k)
				}
			}
			// Heaviest first, ties to the lower term: a total order.
			slices.SortFunc(idx, func(a, b int) int {
				return cmp.Or(cmp.Compare(v.Weights[b], v.Weights[a]), cmp.Compare(v.Terms[a], v.Terms[b]))
			})
			s := make([]int32, 0, min(len(idx), salientTerms))
			for _, k := range idx[:min(len(idx), salientTerms)] {
				s = append(s, v.Terms[k])
			}
			salient[i] = s
		}
	})
	if err != nil {
		return nil, err
	}
	postings := make([][]int32, len(voc.df))
	for i, s := range salient {
		for _, t := range s {
			postings[t] = append(postings[t], int32(i))
		}
	}

	// Each row's pairs, From = i, written by index.
	rows := make([][]edge, n)
	err = parallelRanges(ctx, n, 64, progress, func() func(lo, hi int) {
		seen := make([]int32, n) // i+1 where j was proposed for row i
		row := make([]float64, len(voc.df))
		var cands []int32
		return func(lo, hi int) {
			for i := lo; i < hi; i++ {
				cands = cands[:0]
				for _, t := range salient[i] {
					p := postings[t]
					// The articles after i: postings are in order.
					k, _ := slices.BinarySearch(p, int32(i+1))
					for _, j := range p[k:] {
						if seen[j] != int32(i+1) {
							seen[j] = int32(i + 1)
							cands = append(cands, j)
						}
					}
				}
				if len(cands) == 0 {
					continue
				}
				slices.Sort(cands)
				v := vecs[i]
				for k, t := range v.Terms {
					row[t] = v.Weights[k]
				}
				var out []edge
				for _, j := range cands {
					u := vecs[j]
					var s float64
					for k, t := range u.Terms {
						s += row[t] * u.Weights[k]
					}
					if s >= minEdge {
						out = append(out, edge{int32(i), j, s})
					}
				}
				for _, t := range v.Terms {
					row[t] = 0
				}
				rows[i] = out
			}
		}
	})
	if err != nil {
		return nil, err
	}
	var edges []edge
	for _, r := range rows {
		edges = append(edges, r...)
	}
	return edges, nil
}
