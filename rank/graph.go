package rank

import "gonum.org/v1/gonum/mat"

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
	postings := make([][]posting, vocab)
	for i, v := range vs {
		for k, t := range v.Terms {
			postings[t] = append(postings[t], posting{i, v.Weights[k]})
		}
	}
	w := mat.NewSymDense(n, nil)
	acc := make([]float64, n)
	for i, v := range vs {
		for k, t := range v.Terms {
			wi := v.Weights[k]
			for _, p := range postings[t] {
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
