package rank

import (
	"math"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// Settings for TextRank; the zero value of each field means its default.
type Settings struct {
	Damping   float64 // probability of following an edge; default 0.85
	Tolerance float64 // L1 change that ends the iteration; default DefaultTolerance
	MaxIter   int     // iteration cap; default 200
}

// DefaultTolerance is the default Settings.Tolerance.
const DefaultTolerance = 1e-9

func (s Settings) withDefaults() Settings {
	if s.Damping == 0 {
		s.Damping = 0.85
	}
	if s.Tolerance == 0 {
		s.Tolerance = DefaultTolerance
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
	if w.SymmetricDim() == 0 {
		return nil
	}
	return TextRankSparse(FromDense(w), prior, s)
}

// TextRankSparse is TextRank over a Sparse graph; on the same edges it
// gives the same scores bit for bit. Each node's new score sums its
// neighbours' shares in increasing index order, so large graphs are split
// across goroutines without changing a bit.
func TextRankSparse(g *Sparse, prior []float64, s Settings) []float64 {
	n := g.Len()
	if n == 0 {
		return nil
	}
	s = s.withDefaults()
	p := teleport(prior, n)

	// Transition weights into each node: its neighbour's edge weight over
	// the neighbour's strength. The graph is undirected, so a node's
	// neighbours are the nodes that lead into it. Held in one pair of
	// arrays (compressed rows), node j's from off[j] to off[j+1].
	deg := make([]float64, n)
	edges := 0
	for i, es := range g.Adj {
		for _, e := range es {
			deg[i] += e.W
		}
		edges += len(es)
	}
	off := make([]int, n+1)
	from := make([]int32, 0, edges)
	share := make([]float64, 0, edges)
	for j, es := range g.Adj {
		for _, e := range es {
			from = append(from, e.To)
			share = append(share, e.W/deg[e.To])
		}
		off[j+1] = len(from)
	}

	var isolated []int // nodes without edges: they teleport
	for i, d := range deg {
		if d == 0 {
			isolated = append(isolated, i)
		}
	}
	// Nodes are updated in blocks of a fixed size, each block's change
	// summed apart and the blocks' sums added in order: the result does not
	// depend on how many goroutines share the blocks, and a graph of one
	// block sums as a plain loop would.
	const block = 4096
	blocks := (n + block - 1) / block
	change := make([]float64, blocks)
	x := append([]float64(nil), p...)
	next := make([]float64, n)
	workers := min(runtime.GOMAXPROCS(0), blocks, 1+edges/(1<<16))
	for iter := 0; iter < s.MaxIter; iter++ {
		var dangling float64
		for _, i := range isolated {
			dangling += x[i]
		}
		parallelRanges(blocks, workers, func(lo, hi int) {
			x, next, dangling := x, next, dangling // this round's, read once
			for b := lo; b < hi; b++ {
				var diff float64
				for j := b * block; j < min(n, (b+1)*block); j++ {
					fr, sh := from[off[j]:off[j+1]], share[off[j]:off[j+1]]
					sh = sh[:len(fr)]
					var sum float64
					for k, f := range fr {
						sum += x[f] * sh[k]
					}
					v := s.Damping*(sum+dangling*p[j]) + (1-s.Damping)*p[j]
					diff += math.Abs(v - x[j])
					next[j] = v
				}
				change[b] = diff
			}
		})
		var diff float64
		for _, d := range change {
			diff += d
		}
		x, next = next, x
		if diff < s.Tolerance {
			break
		}
	}
	return x
}

// parallelRanges calls f on workers contiguous parts of [0,n) at once.
func parallelRanges(n, workers int, f func(lo, hi int)) {
	if workers <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
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
