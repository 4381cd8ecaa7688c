package rank

import (
	"math"
	"reflect"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// graph4 is a weighted undirected graph on 4 nodes; node 3 has no edges.
func graph4() *mat.SymDense {
	return mat.NewSymDense(4, []float64{
		0, 0.5, 0.2, 0,
		0.5, 0, 0.3, 0,
		0.2, 0.3, 0, 0,
		0, 0, 0, 0,
	})
}

// exact solves the PageRank linear system directly:
//
//	x = d·(Mᵀx + (dangling mass)·p) + (1−d)·p
//
// as (I − d·Mᵀ − d·p·δᵀ) x = (1−d)·p, where M is the row-normalised
// adjacency and δ marks the nodes without edges. An independent check on
// the power iteration.
func exact(w *mat.SymDense, p []float64, d float64) []float64 {
	n := w.SymmetricDim()
	a := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		var deg float64
		for j := 0; j < n; j++ {
			deg += w.At(i, j)
		}
		for j := 0; j < n; j++ {
			// column i of the system holds node i's outflow.
			var m float64
			if deg > 0 {
				m = w.At(i, j) / deg
			} else {
				m = p[j]
			}
			a.Set(j, i, -d*m)
		}
	}
	for i := 0; i < n; i++ {
		a.Set(i, i, a.At(i, i)+1)
	}
	b := mat.NewVecDense(n, nil)
	for i := range p {
		b.SetVec(i, (1-d)*p[i])
	}
	var x mat.VecDense
	if err := x.SolveVec(a, b); err != nil {
		panic(err)
	}
	return x.RawVector().Data
}

func TestTextRankMatchesLinearSolve(t *testing.T) {
	for _, tc := range []struct {
		name  string
		prior []float64
	}{
		{"uniform", nil},
		{"lead prior", []float64{1, 1 / math.Sqrt2, 1 / math.Sqrt(3), 0.5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := graph4()
			got := TextRank(w, tc.prior, Settings{Tolerance: 1e-14, MaxIter: 10000})
			want := exact(w, teleport(tc.prior, 4), 0.85)
			for i := range want {
				if math.Abs(got[i]-want[i]) > 1e-10 {
					t.Errorf("score[%d] = %.12f, want %.12f", i, got[i], want[i])
				}
			}
			var sum float64
			for _, v := range got {
				sum += v
			}
			if math.Abs(sum-1) > 1e-12 {
				t.Errorf("scores sum to %v, want 1", sum)
			}
		})
	}
}

// With damping 1 and no isolated node, PageRank on an undirected graph is a
// node's strength over the total strength.
func TestTextRankStrengthAtDampingOne(t *testing.T) {
	w := mat.NewSymDense(3, []float64{
		0, 0.5, 0.2,
		0.5, 0, 0.3,
		0.2, 0.3, 0,
	})
	got := TextRank(w, nil, Settings{Damping: 1, Tolerance: 1e-15, MaxIter: 100000})
	want := []float64{0.7 / 2, 0.8 / 2, 0.5 / 2} // strengths over 2·(0.5+0.2+0.3)
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Errorf("score[%d] = %.12f, want %.12f", i, got[i], want[i])
		}
	}
}

func TestTextRankIsDeterministic(t *testing.T) {
	w := graph4()
	first := TextRank(w, nil, Settings{})
	for run := 0; run < 10; run++ {
		got := TextRank(w, nil, Settings{})
		for i := range got {
			if got[i] != first[i] { // bit for bit
				t.Fatalf("run %d: score[%d] = %v, first run %v", run, i, got[i], first[i])
			}
		}
	}
}

func TestTextRankEmpty(t *testing.T) {
	if got := TextRank(&mat.SymDense{}, nil, Settings{}); got != nil {
		t.Errorf("TextRank(empty) = %v, want nil", got)
	}
}

func TestSimilarity(t *testing.T) {
	vs := []Vector{
		{Terms: []int32{0, 1}, Weights: []float64{0.6, 0.8}},
		{Terms: []int32{1, 2}, Weights: []float64{0.8, 0.6}},
		{Terms: []int32{3}, Weights: []float64{1}},
	}
	w := Similarity(vs, 0.5)
	for _, tc := range []struct {
		i, j int
		want float64
	}{
		{0, 1, 0.64}, {1, 0, 0.64}, {0, 2, 0}, {1, 2, 0}, {0, 0, 0},
	} {
		if got := w.At(tc.i, tc.j); math.Abs(got-tc.want) > 1e-15 {
			t.Errorf("w[%d][%d] = %v, want %v", tc.i, tc.j, got, tc.want)
		}
	}
	if got := Similarity(vs, 0.7).At(0, 1); got != 0 {
		t.Errorf("below threshold: w[0][1] = %v, want 0", got)
	}
}

func TestDotAndNormalize(t *testing.T) {
	v := Vector{Terms: []int32{1, 4}, Weights: []float64{3, 4}}
	Normalize(v)
	if math.Abs(v.Weights[0]-0.6) > 1e-15 || math.Abs(v.Weights[1]-0.8) > 1e-15 {
		t.Errorf("Normalize = %v, want [0.6 0.8]", v.Weights)
	}
	u := Vector{Terms: []int32{0, 4, 7}, Weights: []float64{1, 0.5, 2}}
	if got := Dot(u, v); math.Abs(got-0.4) > 1e-15 {
		t.Errorf("Dot = %v, want 0.4", got)
	}
	zero := Vector{}
	Normalize(zero)
	if Dot(zero, v) != 0 {
		t.Error("Dot with zero vector is not 0")
	}
}

// Similarity equals pairwise Dot bit for bit.
func TestSimilarityMatchesDot(t *testing.T) {
	var vs []Vector
	for i := 0; i < 30; i++ {
		var v Vector
		for term := int32(0); term < 40; term++ {
			if (int(term)*7+i*3)%5 == 0 || (int(term)+i)%11 == 0 {
				v.Terms = append(v.Terms, term)
				v.Weights = append(v.Weights, 1+float64((int(term)*13+i)%17)/7)
			}
		}
		Normalize(v)
		vs = append(vs, v)
	}
	w := Similarity(vs, 0)
	for i := range vs {
		for j := range vs {
			want := Dot(vs[i], vs[j])
			if i == j {
				want = 0
			}
			if got := w.At(i, j); got != want {
				t.Fatalf("w[%d][%d] = %v, Dot = %v", i, j, got, want)
			}
		}
	}
}

// onlyAt is a Symmetric that is only its methods, for FromDense's general
// path.
type onlyAt struct{ mat.Symmetric }

// FromDense reads a SymDense from its triangle as it reads any Symmetric
// through At.
func TestFromDenseRaw(t *testing.T) {
	w := mat.NewSymDense(5, nil)
	for i := range 5 {
		for j := i; j < 5; j++ {
			if (i+j)%3 != 0 {
				w.SetSym(i, j, float64(1+i*5+j)/7)
			}
		}
	}
	if got, want := FromDense(w), FromDense(onlyAt{w}); !reflect.DeepEqual(got, want) {
		t.Errorf("FromDense(SymDense) = %v, through At %v", got, want)
	}
}

// With room for every neighbour and every term, the sparse graph holds the
// dense graph's edges with the same weights, and TextRank on either gives
// the same scores bit for bit.
func TestSparseSimilarityMatchesDense(t *testing.T) {
	var vs []Vector
	for i := 0; i < 40; i++ {
		var v Vector
		for term := int32(0); term < 50; term++ {
			if (int(term)*7+i*3)%6 == 0 || (int(term)+i)%13 == 0 {
				v.Terms = append(v.Terms, term)
				v.Weights = append(v.Weights, 1+float64((int(term)*13+i)%17)/7)
			}
		}
		Normalize(v)
		vs = append(vs, v)
	}
	dense := Similarity(vs, 0)
	sparse := SparseSimilarity(vs, Neighbours{K: len(vs), MaxDF: len(vs)})
	want := FromDense(dense)
	for i := range vs {
		if !reflect.DeepEqual(sparse.Adj[i], want.Adj[i]) {
			t.Fatalf("node %d: sparse %v, dense %v", i, sparse.Adj[i], want.Adj[i])
		}
	}
	prior := make([]float64, len(vs))
	for i := range prior {
		prior[i] = 1 / math.Sqrt(float64(1+i%7))
	}
	a, b := TextRank(dense, prior, Settings{}), TextRankSparse(sparse, prior, Settings{})
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("score[%d]: dense %v, sparse %v", i, a[i], b[i])
		}
	}
}

// Each node keeps its K nearest, ties to the lower index, and the graph is
// symmetric.
func TestSparseSimilarityKeepsNearest(t *testing.T) {
	vs := []Vector{
		{Terms: []int32{0, 1}, Weights: []float64{0.6, 0.8}},
		{Terms: []int32{0, 1}, Weights: []float64{0.8, 0.6}}, // 0.96 with 0
		{Terms: []int32{0, 2}, Weights: []float64{0.6, 0.8}}, // 0.36 with 0
		{Terms: []int32{1, 3}, Weights: []float64{0.6, 0.8}}, // 0.48 with 0
		{Terms: []int32{3, 4}, Weights: []float64{0.8, 0.6}}, // 0.64 with 3
		{Terms: []int32{5}, Weights: []float64{1}},           // alone
	}
	g := SparseSimilarity(vs, Neighbours{K: 1, MaxDF: 10})
	want := [][]int32{
		{1},    // proposes 1 (0.96)
		{0, 2}, // proposes 0; 2 proposes it
		{1},    // 0.36 with 0, 0.48 with 1
		{4},    // 0.48 with 0, 0.36 with 1, 0.64 with 4
		{3},    // proposes 3
		nil,    // shares no term
	}
	for i, es := range g.Adj {
		var got []int32
		for _, e := range es {
			got = append(got, e.To)
			if d := Dot(vs[i], vs[e.To]); e.W != d {
				t.Errorf("w[%d][%d] = %v, Dot = %v", i, e.To, e.W, d)
			}
		}
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("node %d: neighbours %v, want %v", i, got, want[i])
		}
	}
}

// best keeps the k best edges by weight, ties to the lower index, as a sort
// would.
func TestBestMatchesSort(t *testing.T) {
	for _, n := range []int{0, 5, 17, 40, 300} {
		for _, k := range []int{1, 4, 12, 24} {
			var es []Edge
			for i := 0; i < n; i++ {
				es = append(es, Edge{int32((i * 7919) % n), float64((i*31)%13) / 13})
			}
			want := slices.Clone(es)
			slices.SortStableFunc(want, func(a, b Edge) int {
				switch {
				case worse(b, a):
					return -1
				case worse(a, b):
					return 1
				}
				return 0
			})
			want = want[:min(k, n)]
			got := slices.Clone(best(es, k))
			sortBest(got)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("n=%d k=%d: best = %v, want %v", n, k, got, want)
			}
		}
	}
}

// SimilarityGraph is FromDense of Similarity, at any threshold.
func TestSimilarityGraphMatchesDense(t *testing.T) {
	var vs []Vector
	for i := 0; i < 40; i++ {
		var v Vector
		for term := int32(0); term < 50; term++ {
			if (int(term)*7+i*3)%6 == 0 || (int(term)+i)%13 == 0 {
				v.Terms = append(v.Terms, term)
				v.Weights = append(v.Weights, 1+float64((int(term)*13+i)%17)/7)
			}
		}
		Normalize(v)
		vs = append(vs, v)
	}
	vs = append(vs, Vector{}) // a node with no edge
	for _, minSim := range []float64{0, 0.2, 0.5, 2} {
		if got, want := SimilarityGraph(vs, minSim), FromDense(Similarity(vs, minSim)); !reflect.DeepEqual(got, want) {
			t.Errorf("minSim %v: SimilarityGraph = %v, FromDense(Similarity) = %v", minSim, got, want)
		}
	}
	if got := SimilarityGraph(nil, 0); got.Len() != 0 {
		t.Errorf("SimilarityGraph(nil) has %d nodes", got.Len())
	}
}
