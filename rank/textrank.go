package rank

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// Settings for TextRank; the zero value of each field means its default.
type Settings struct {
	Damping   float64 // probability of following an edge; default 0.85
	Tolerance float64 // L1 change that ends the iteration; default 1e-9
	MaxIter   int     // iteration cap; default 200
}

func (s Settings) withDefaults() Settings {
	if s.Damping == 0 {
		s.Damping = 0.85
	}
	if s.Tolerance == 0 {
		s.Tolerance = 1e-9
	}
	if s.MaxIter == 0 {
		s.MaxIter = 200
	}
	return s
}

// TextRank returns the weighted PageRank of the undirected graph w by power
// iteration from the prior. prior is the teleport distribution (it need not
// sum to 1; nil means uniform), and the start vector: with no randomness the
// scores are the same on every run. Nodes without edges teleport. The scores
// sum to 1.
func TextRank(w mat.Symmetric, prior []float64, s Settings) []float64 {
	n := w.SymmetricDim()
	if n == 0 {
		return nil
	}
	s = s.withDefaults()
	p := teleport(prior, n)

	// Row-normalised transition weights, kept sparse: most sentence pairs
	// share no term.
	type edge struct {
		to int
		w  float64
	}
	out := make([][]edge, n)
	for i := 0; i < n; i++ {
		var deg float64
		for j := 0; j < n; j++ {
			deg += w.At(i, j)
		}
		if deg == 0 {
			continue
		}
		for j := 0; j < n; j++ {
			if v := w.At(i, j); v != 0 {
				out[i] = append(out[i], edge{j, v / deg})
			}
		}
	}

	x := append([]float64(nil), p...)
	next := make([]float64, n)
	for iter := 0; iter < s.MaxIter; iter++ {
		var dangling float64
		for i := range next {
			next[i] = 0
		}
		for i, es := range out {
			if len(es) == 0 {
				dangling += x[i]
				continue
			}
			for _, e := range es {
				next[e.to] += x[i] * e.w
			}
		}
		var diff float64
		for i := range next {
			v := s.Damping*(next[i]+dangling*p[i]) + (1-s.Damping)*p[i]
			diff += math.Abs(v - x[i])
			next[i] = v
		}
		x, next = next, x
		if diff < s.Tolerance {
			break
		}
	}
	return x
}

// teleport returns prior scaled to sum to 1, or uniform if prior is nil or
// sums to zero.
func teleport(prior []float64, n int) []float64 {
	p := make([]float64, n)
	var sum float64
	if prior != nil {
		if len(prior) != n {
			panic("rank: prior length differs from graph size")
		}
		for _, v := range prior {
			if v < 0 {
				panic("rank: negative prior")
			}
			sum += v
		}
	}
	if sum == 0 {
		for i := range p {
			p[i] = 1 / float64(n)
		}
		return p
	}
	for i, v := range prior {
		p[i] = v / sum
	}
	return p
}

// Order returns node indices by decreasing score; equal scores keep index
// order, so callers that number nodes by (document, sentence) break ties by
// position.
func Order(scores []float64) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	return idx
}
