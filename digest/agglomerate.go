package digest

import (
	"container/heap"
	"context"
	"slices"
)

// averageLink clusters items 0..n-1 by average-link agglomeration over a
// sparse graph: the similarity of two groups is the sum of their items'
// edges over the product of their sizes (a missing edge counts 0). It
// repeatedly joins the two groups of highest similarity, the first such
// pair in (i, j) order of their first items, while that similarity is at
// least threshold. Groups come back in order of their first item, each
// sorted. progress, when set, is told the joins made.
//
// Only pairs of groups joined by an edge can reach a positive threshold,
// so the work grows with the edges: each join merges two neighbour lists
// and updates the neighbours' (time and memory O(E log E) for E edges).
func averageLink(ctx context.Context, n int, edges []edge, threshold float64, progress func(int)) ([][]int, error) {
	g := newLinkage(n, edges)
	h := &pairHeap{}
	for _, e := range edges {
		if e.W >= threshold {
			h.items = append(h.items, pair{sim: e.W, a: e.From, b: e.To})
		}
	}
	heap.Init(h)
	joins := 0
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		if !g.current(p) {
			continue
		}
		if joins++; joins%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if progress != nil {
				progress(joins)
			}
		}
		for _, q := range g.join(p.a, p.b) {
			if q.sim >= threshold {
				heap.Push(h, q)
			}
		}
	}
	var groups [][]int
	for i := range n {
		if g.size[i] > 0 {
			m := g.members(i)
			slices.Sort(m)
			groups = append(groups, m)
		}
	}
	return groups, nil
}

// neighbour is a group next to another and the sum of the similarities
// of their items' pairs.
type neighbour struct {
	to  int32
	sum float64
}

// linkage is the state of average-link agglomeration: groups live in the
// slot of their first item.
type linkage struct {
	size  []int32       // items in the group in slot i; 0 once joined into another
	stamp []uint32      // bumped on every change of slot i, so old pairs are known
	next  []int32       // the items of a group, as a linked list from its slot
	last  []int32       // the list's last item, per slot
	adj   [][]neighbour // the neighbours of each group, by slot
}

func newLinkage(n int, edges []edge) *linkage {
	g := &linkage{size: make([]int32, n), stamp: make([]uint32, n), next: make([]int32, n), last: make([]int32, n), adj: make([][]neighbour, n)}
	deg := make([]int32, n)
	for _, e := range edges {
		deg[e.From]++
		deg[e.To]++
	}
	for i := range n {
		g.size[i], g.next[i], g.last[i] = 1, -1, int32(i)
		g.adj[i] = make([]neighbour, 0, deg[i])
	}
	for _, e := range edges { // by From then To, so each list is by to
		g.adj[e.From] = append(g.adj[e.From], neighbour{e.To, e.W})
	}
	for _, e := range edges {
		g.adj[e.To] = append(g.adj[e.To], neighbour{e.From, e.W})
	}
	for i := range g.adj {
		slices.SortFunc(g.adj[i], func(x, y neighbour) int { return int(x.to - y.to) })
	}
	return g
}

// current reports whether p is still a pair of live groups as they were
// when it was made.
func (g *linkage) current(p pair) bool {
	return g.size[p.a] > 0 && g.size[p.b] > 0 && g.stamp[p.a] == p.sa && g.stamp[p.b] == p.sb
}

// join merges group b into group a (a < b) and returns the new pairs of
// the merged group with its neighbours.
func (g *linkage) join(a, b int32) []pair {
	merged := make([]neighbour, 0, len(g.adj[a])+len(g.adj[b]))
	x, y := g.adj[a], g.adj[b]
	for len(x) > 0 || len(y) > 0 {
		var nb neighbour
		switch {
		case len(y) == 0 || len(x) > 0 && x[0].to < y[0].to:
			nb, x = x[0], x[1:]
		case len(x) == 0 || y[0].to < x[0].to:
			nb, y = y[0], y[1:]
		default:
			nb = neighbour{x[0].to, x[0].sum + y[0].sum}
			x, y = x[1:], y[1:]
		}
		if nb.to != a && nb.to != b {
			merged = append(merged, nb)
		}
	}
	g.size[a] += g.size[b]
	g.size[b] = 0
	g.stamp[a]++
	g.stamp[b]++
	g.next[g.last[a]] = b
	g.last[a] = g.last[b]
	g.adj[a], g.adj[b] = merged, nil
	pairs := make([]pair, 0, len(merged))
	for _, nb := range merged {
		k := nb.to
		g.adj[k] = relink(g.adj[k], a, b, nb.sum)
		sim := nb.sum / (float64(g.size[a]) * float64(g.size[k]))
		lo, hi := min(a, k), max(a, k)
		pairs = append(pairs, pair{sim: sim, a: lo, b: hi, sa: g.stamp[lo], sb: g.stamp[hi]})
	}
	return pairs
}

// relink updates a neighbour list for a join of b into a: b's entry goes,
// a's holds sum.
func relink(adj []neighbour, a, b int32, sum float64) []neighbour {
	if i, ok := slices.BinarySearchFunc(adj, b, func(nb neighbour, t int32) int { return int(nb.to - t) }); ok {
		adj = slices.Delete(adj, i, i+1)
	}
	i, ok := slices.BinarySearchFunc(adj, a, func(nb neighbour, t int32) int { return int(nb.to - t) })
	if ok {
		adj[i].sum = sum
		return adj
	}
	return slices.Insert(adj, i, neighbour{a, sum})
}

// members lists the items of the group in slot i.
func (g *linkage) members(i int) []int {
	var m []int
	for k := int32(i); k >= 0; k = g.next[k] {
		m = append(m, int(k))
	}
	return m
}

// pair is two groups, by slot, a < b, their similarity, and their stamps
// when it was computed.
type pair struct {
	sim    float64
	a, b   int32
	sa, sb uint32
}

// pairHeap pops the pair of highest similarity, the first in (a, b)
// order on a tie: the pair the dense scan of rows i < j would find first.
type pairHeap struct{ items []pair }

func (h *pairHeap) Len() int { return len(h.items) }
func (h *pairHeap) Less(i, j int) bool {
	p, q := h.items[i], h.items[j]
	if p.sim != q.sim {
		return p.sim > q.sim
	}
	if p.a != q.a {
		return p.a < q.a
	}
	return p.b < q.b
}
func (h *pairHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *pairHeap) Push(x any)    { h.items = append(h.items, x.(pair)) }
func (h *pairHeap) Pop() any {
	p := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return p
}
