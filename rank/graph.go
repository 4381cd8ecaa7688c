package rank

import "gonum.org/v1/gonum/mat"

// Similarity returns the weighted similarity graph of unit vectors vs as a
// symmetric adjacency matrix: the cosine of each pair at or above minSim, 0
// below it and on the diagonal.
func Similarity(vs []Vector, minSim float64) *mat.SymDense {
	n := len(vs)
	if n == 0 {
		return &mat.SymDense{}
	}
	w := mat.NewSymDense(n, nil)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if s := Dot(vs[i], vs[j]); s >= minSim {
				w.SetSym(i, j, s)
			}
		}
	}
	return w
}
