package rank

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// Edge is one weighted edge of a Sparse graph.
type Edge struct {
	To int32
	W  float64
}

// Sparse is an undirected weighted graph held as neighbour lists: Adj[i]
// holds node i's edges by increasing To, and j is in Adj[i] exactly when i
// is in Adj[j], with the same weight. Its size grows with the edges, not
// with the square of the nodes.
type Sparse struct {
	Adj [][]Edge
}

// Len returns the number of nodes.
func (g *Sparse) Len() int { return len(g.Adj) }

// FromDense returns the nonzero entries of w off the diagonal as a Sparse
// graph. The edges are counted first and held in one array; a SymDense is
// read a row at a time from its triangle.
func FromDense(w mat.Symmetric) *Sparse {
	n := w.SymmetricDim()
	row := func(i int, dst []float64) {
		for j := range dst {
			dst[j] = w.At(i, j)
		}
	}
	if s, ok := w.(*mat.SymDense); ok && s.RawSymmetric().Uplo == blas.Upper {
		raw := s.RawSymmetric() // the upper triangle: (i, j) at i*Stride+j for i <= j
		row = func(i int, dst []float64) {
			for j := range i {
				dst[j] = raw.Data[j*raw.Stride+i]
			}
			copy(dst[i:], raw.Data[i*raw.Stride+i:i*raw.Stride+n])
		}
	}
	buf := make([]float64, n)
	edges := 0
	for i := range n {
		row(i, buf)
		for j, v := range buf {
			if v != 0 && j != i {
				edges++
			}
		}
	}
	all := make([]Edge, 0, edges)
	g := &Sparse{Adj: make([][]Edge, n)}
	for i := range n {
		row(i, buf)
		first := len(all)
		for j, v := range buf {
			if v != 0 && j != i {
				all = append(all, Edge{int32(j), v})
			}
		}
		if len(all) > first {
			g.Adj[i] = all[first:len(all):len(all)]
		}
	}
	return g
}

// Neighbours bounds the graph SparseSimilarity builds; the zero value of
// each field means its default.
type Neighbours struct {
	// K is the most neighbours a node proposes, the most similar first
	// (ties to the lower index); the graph holds an edge when either end
	// proposes it. Default 12.
	K int
	// MaxDF is the most vectors a term may occur in and still propose
	// neighbours. Commoner terms weigh little under IDF and would cost the
	// square of their occurrences; they still count in the similarity of
	// the pairs other terms propose. Default 64.
	MaxDF int
	// MinSim is the least similarity of an edge; default 0 (any shared
	// term).
	MinSim float64
}

func (nb Neighbours) withDefaults() Neighbours {
	if nb.K == 0 {
		nb.K = 12
	}
	if nb.MaxDF == 0 {
		nb.MaxDF = 64
	}
	return nb
}

// SparseSimilarity returns a sparse similarity graph of unit vectors vs:
// each node's K nearest neighbours by cosine among those that share with it
// a term of at most MaxDF occurrences. Edge weights are the full cosine,
// equal to Dot bit for bit. The cost grows with the vectors times MaxDF, not
// with their square; rows are computed in parallel and the result does not
// depend on how many.
func SparseSimilarity(vs []Vector, nb Neighbours) *Sparse {
	nb = nb.withDefaults()
	n := len(vs)
	if n == 0 {
		return &Sparse{Adj: make([][]Edge, 0)}
	}
	workers := min(runtime.GOMAXPROCS(0), 1+n/512)
	props := proposals(vs, invertedIndex(vs, nb.MaxDF), nb, workers)
	return symmetrize(props, workers)
}

// proposals returns each node's nearest neighbours (see nearest), written
// by index by workers that take chunks of nodes in turn.
func proposals(vs []Vector, postings [][]posting, nb Neighbours, workers int) [][]Edge {
	n := len(vs)
	props := make([][]Edge, n)
	var next atomic.Int64 // the first node of the next chunk
	var wg sync.WaitGroup
	const chunk = 256
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &proposer{vs: vs, postings: postings, nb: nb,
				acc: make([]float64, n), row: make([]float64, len(postings))}
			for {
				start := int(next.Add(chunk) - chunk)
				if start >= n {
					return
				}
				for i := start; i < min(n, start+chunk); i++ {
					props[i] = p.propose(i)
				}
			}
		}()
	}
	wg.Wait()
	return props
}

// proposer is one worker's scratch space for proposals.
type proposer struct {
	vs       []Vector
	postings [][]posting
	nb       Neighbours
	acc      []float64 // node j's dot product with node i
	row      []float64 // node i's weights by term
	touched  []int32
	cand     []Edge
}

// propose returns node i's nearest neighbours among the nodes that share a
// term with it.
func (p *proposer) propose(i int) []Edge {
	p.touched, p.cand = p.touched[:0], p.cand[:0]
	v := p.vs[i]
	for k, t := range v.Terms {
		wi := v.Weights[k]
		for _, q := range p.postings[t] {
			if int(q.node) == i {
				continue
			}
			if p.acc[q.node] == 0 { // weights are positive
				p.touched = append(p.touched, q.node)
			}
			p.acc[q.node] += wi * q.w
		}
	}
	for _, j := range p.touched {
		p.cand = append(p.cand, Edge{j, p.acc[j]})
		p.acc[j] = 0
	}
	for k, t := range v.Terms {
		p.row[t] = v.Weights[k]
	}
	out := nearest(p.cand, p.vs, p.row, p.nb)
	for _, t := range v.Terms {
		p.row[t] = 0
	}
	return out
}

// symmetrize returns the graph of an edge wherever either end proposed it.
func symmetrize(props [][]Edge, workers int) *Sparse {
	n := len(props)
	g := &Sparse{Adj: make([][]Edge, n)}
	deg := make([]int, n)
	for i, es := range props {
		for _, e := range es {
			deg[i]++
			deg[e.To]++
		}
	}
	for i := range g.Adj {
		g.Adj[i] = make([]Edge, 0, deg[i])
	}
	for i, es := range props {
		for _, e := range es {
			g.Adj[i] = append(g.Adj[i], e)
			g.Adj[e.To] = append(g.Adj[e.To], Edge{int32(i), e.W})
		}
	}
	parallelRanges(n, workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			es := g.Adj[i]
			sortByTo(es)
			g.Adj[i] = slices.CompactFunc(es, func(a, b Edge) bool { return a.To == b.To })
		}
	})
	return g
}

type posting struct {
	node int32
	w    float64
}

// invertedIndex returns, per term, the vectors that hold it, for the terms
// in at least two and at most maxDF vectors.
func invertedIndex(vs []Vector, maxDF int) [][]posting {
	var vocab int32
	for _, v := range vs {
		if len(v.Terms) > 0 {
			vocab = max(vocab, v.Terms[len(v.Terms)-1]+1)
		}
	}
	df := make([]int, vocab)
	for _, v := range vs {
		for _, t := range v.Terms {
			df[t]++
		}
	}
	postings := make([][]posting, vocab)
	for t, d := range df {
		if d >= 2 && d <= maxDF {
			postings[t] = make([]posting, 0, d)
		}
	}
	for i, v := range vs {
		for k, t := range v.Terms {
			if cap(postings[t]) > 0 {
				postings[t] = append(postings[t], posting{int32(i), v.Weights[k]})
			}
		}
	}
	return postings
}

// nearest returns the nb.K candidates of node i with the highest full
// cosine at or above nb.MinSim, by increasing index. Candidates carry the
// partial cosine over the proposing terms; the 2K best by it (ties to the
// lower index) are rescored in full.
//
// row holds node i's weights by term, so that rescoring walks only the
// candidate's terms; it sums the same products in the same order as Dot,
// and zeros for the terms i lacks, so the cosine equals Dot bit for bit.
func nearest(cand []Edge, vs []Vector, row []float64, nb Neighbours) []Edge {
	cand = best(cand, 2*nb.K)
	out := cand[:0]
	for _, e := range cand {
		v := vs[e.To]
		var s float64
		for k, t := range v.Terms {
			s += row[t] * v.Weights[k]
		}
		if s >= nb.MinSim && s > 0 {
			out = append(out, Edge{e.To, s})
		}
	}
	out = best(out, nb.K)
	sortByTo(out)
	return slices.Clone(out)
}

// worse orders edges by weight, then by index: a is worse than b when it
// weighs less, or as much with a higher index. It is a total order on the
// edges of one node, so the k best are the same whatever finds them.
func worse(a, b Edge) bool { return a.W < b.W || a.W == b.W && a.To > b.To }

// best moves the k best edges of es (see worse) to its front, in no
// particular order, and returns them. It partitions around a pivot, as
// quickselect does, in time linear in len(es) on average.
func best(es []Edge, k int) []Edge {
	if len(es) <= k {
		return es
	}
	lo, hi := 0, len(es) // the k-th best lies in es[lo:hi]
	for hi-lo > 16 {
		// Median of three, by position: deterministic.
		a, b, c := es[lo], es[lo+(hi-lo)/2], es[hi-1]
		pivot := b
		if worse(a, b) != worse(a, c) {
			pivot = a
		} else if worse(b, c) != worse(a, c) {
			pivot = c
		}
		// Better than the pivot to the front.
		i, j := lo, hi-1
		for i <= j {
			for worse(pivot, es[i]) {
				i++
			}
			for worse(es[j], pivot) {
				j--
			}
			if i <= j {
				es[i], es[j] = es[j], es[i]
				i++
				j--
			}
		}
		switch {
		case k <= j+1:
			hi = j + 1
		case k >= i:
			lo = i
		default:
			return es[:k]
		}
	}
	sortBest(es[lo:hi])
	return es[:k]
}

// sortByTo sorts es by increasing To; by insertion for the short lists
// nearly every node has.
func sortByTo(es []Edge) {
	if len(es) > 32 {
		slices.SortFunc(es, func(a, b Edge) int { return int(a.To) - int(b.To) })
		return
	}
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].To < es[j-1].To; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// sortBest sorts a few edges best first (see worse), by insertion.
func sortBest(es []Edge) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && worse(es[j-1], es[j]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}
