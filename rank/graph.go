package rank

import (
	"slices"

	"gonum.org/v1/gonum/mat"
)

// Similarity returns the weighted similarity graph of unit vectors vs as a
// symmetric adjacency matrix: the cosine of each pair at or above minSim, 0
// below it and on the diagonal.
//
// Dot products are accumulated through an inverted index, so pairs that
// share no term cost nothing. Each pair's products are summed in increasing
// term order, as Dot sums them, so the values equal Dot's bit for bit.
func Similarity(vs []Vector, minSim float64) *mat.SymDense {
	n := len(vs)
	if n == 0 {
		return &mat.SymDense{}
	}
	type posting struct {
		node int
		w    float64
	}
	var vocab int32
	for _, v := range vs {
		if len(v.Terms) > 0 {
			vocab = max(vocab, v.Terms[len(v.Terms)-1]+1)
		}
	}
	// The postings of term t are postings[start[t]:start[t+1]], by node.
	start := make([]int, vocab+1)
	for _, v := range vs {
		for _, t := range v.Terms {
			start[t+1]++
		}
	}
	for t := range vocab {
		start[t+1] += start[t]
	}
	postings := make([]posting, start[vocab])
	fill := slices.Clone(start[:vocab])
	for i, v := range vs {
		for k, t := range v.Terms {
			postings[fill[t]] = posting{i, v.Weights[k]}
			fill[t]++
		}
	}
	w := mat.NewSymDense(n, nil)
	acc := make([]float64, n)
	for i, v := range vs {
		for k, t := range v.Terms {
			wi := v.Weights[k]
			for _, p := range postings[start[t]:start[t+1]] {
				if p.node > i {
					acc[p.node] += wi * p.w
				}
			}
		}
		for j := i + 1; j < n; j++ {
			if s := acc[j]; s != 0 {
				if s >= minSim {
					w.SetSym(i, j, s)
				}
				acc[j] = 0
			}
		}
	}
	return w
}
