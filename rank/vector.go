package rank

import "math"

// Vector is a sparse vector: Terms in increasing order, Weights alongside.
type Vector struct {
	Terms   []int32
	Weights []float64
}

// Dot returns the dot product of a and b.
func Dot(a, b Vector) float64 {
	var sum float64
	i, j := 0, 0
	for i < len(a.Terms) && j < len(b.Terms) {
		switch {
		case a.Terms[i] < b.Terms[j]:
			i++
		case a.Terms[i] > b.Terms[j]:
			j++
		default:
			sum += a.Weights[i] * b.Weights[j]
			i++
			j++
		}
	}
	return sum
}

// Normalize scales v in place to unit length; a zero vector stays zero.
func Normalize(v Vector) {
	var sq float64
	for _, w := range v.Weights {
		sq += w * w
	}
	if sq == 0 {
		return
	}
	n := 1 / math.Sqrt(sq)
	for i := range v.Weights {
		v.Weights[i] *= n
	}
}

// Cosine returns the cosine similarity of unit vectors a and b.
func Cosine(a, b Vector) float64 { return Dot(a, b) }
