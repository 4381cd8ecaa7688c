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
	w := mat.NewSymDense(n, nil)
	eachRow(vs, minSim, true, func(i int, row []Edge) {
		for _, e := range row {
			w.SetSym(i, int(e.To), e.W)
		}
	})
	return w
}

// SimilarityGraph returns the graph of Similarity(vs, minSim) as a Sparse
// graph, equal to FromDense of it, without the matrix: its memory grows
// with the pairs that share a term, not with the square of the vectors.
// Each row is computed in full, so each pair's cosine twice, the same bits
// from either end (the products are summed over the same terms in the same
// order).
func SimilarityGraph(vs []Vector, minSim float64) *Sparse {
	g := &Sparse{Adj: make([][]Edge, len(vs))}
	var arena []Edge // the rows are cut from chunks of one allocation
	eachRow(vs, minSim, false, func(i int, row []Edge) {
		if len(row) == 0 {
			return
		}
		if cap(arena)-len(arena) < len(row) {
			arena = make([]Edge, 0, max(len(row), 4096))
		}
		n := len(arena)
		arena = append(arena, row...)
		g.Adj[i] = arena[n:len(arena):len(arena)]
	})
	return g
}

// eachRow calls f with each node i of vs and its edges, by To: the nodes j
// (above i only, when upper) whose cosine with i is nonzero and at least
// minSim. Dot products are accumulated through an inverted index, so pairs
// that share no term cost nothing. Each pair's products are summed in
// increasing term order, as Dot sums them, so the values equal Dot's bit
// for bit. The row passed to f is reused for the next.
func eachRow(vs []Vector, minSim float64, upper bool, f func(i int, row []Edge)) {
	n := len(vs)
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
	acc := make([]float64, n)
	var row []Edge
	for i, v := range vs {
		from := 0
		if upper {
			from = i + 1
		}
		for k, t := range v.Terms {
			wi := v.Weights[k]
			for _, p := range postings[start[t]:start[t+1]] {
				if p.node >= from && p.node != i {
					acc[p.node] += wi * p.w
				}
			}
		}
		row = row[:0]
		for j := from; j < n; j++ {
			if s := acc[j]; s != 0 {
				if s >= minSim {
					row = append(row, Edge{int32(j), s})
				}
				acc[j] = 0
			}
		}
		f(i, row)
	}
}
