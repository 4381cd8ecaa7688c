package summarize

import (
	"sort"
)

// readingOrder sorts the chosen candidates of a pool of ndocs versions so
// they read as one paragraph: by where their fact appears in the versions
// that carry it, as the mean over those versions of the earliest relative
// position (0 first, 1 last) of a sentence stating it. The fact the
// versions lead with comes first. Ties go to (document, sentence) order. A
// sentence chosen to follow the one before it in its source comes right
// behind that one.
func readingOrder(p *pool, ndocs int, chosen, after []int) []int {
	count := make(map[int]int)
	pos := make([]float64, len(p.cands))
	for k, c := range p.cands {
		pos[k] = float64(count[c.doc])
		count[c.doc]++
	}
	for k, c := range p.cands {
		pos[k] /= float64(count[c.doc])
	}
	where := make(map[int]float64, len(chosen))
	for _, k := range chosen {
		earliest := map[int]float64{}
		note := func(j int) {
			d := p.cands[j].doc
			if at, ok := earliest[d]; !ok || pos[j] < at {
				earliest[d] = pos[j]
			}
		}
		note(k)
		for _, e := range p.graph.Adj[k] {
			if p.same(k, int(e.To), e.W) {
				note(int(e.To))
			}
		}
		var sum float64
		for d := range ndocs { // in document order: a deterministic sum
			sum += earliest[d]
		}
		where[k] = sum / float64(len(earliest))
	}
	out := append([]int(nil), chosen...)
	sort.SliceStable(out, func(a, b int) bool {
		if where[out[a]] != where[out[b]] {
			return where[out[a]] < where[out[b]]
		}
		return out[a] < out[b]
	})
	return followers(out, after)
}

// followers returns order with each candidate that leans on another
// (after, see eligible) moved right behind it, and its own followers
// behind it in turn.
func followers(order, after []int) []int {
	in := make(map[int]bool, len(order))
	for _, k := range order {
		in[k] = true
	}
	behind := make(map[int][]int) // per candidate, the chosen ones that follow it
	for _, k := range order {
		if a := follows(after, k); a >= 0 && in[a] {
			behind[a] = append(behind[a], k)
		}
	}
	out := make([]int, 0, len(order))
	var put func(k int)
	put = func(k int) {
		out = append(out, k)
		for _, f := range behind[k] {
			put(f)
		}
	}
	for _, k := range order {
		if a := follows(after, k); a < 0 || !in[a] {
			put(k)
		}
	}
	return out
}

func follows(after []int, k int) int {
	if after == nil {
		return -1
	}
	return after[k]
}
