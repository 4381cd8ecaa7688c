package summarize

import (
	"sort"
)

// readingOrder sorts the chosen sentences so they read as one paragraph: by
// where their fact appears in the versions that carry it, as the mean over
// those versions of the earliest relative position (0 first, 1 last) of a
// sentence stating it. The fact the versions lead with comes first. Ties go
// to (document, sentence) order.
func (c *cluster) readingOrder(chosen []int) []int {
	count := make(map[int]int)
	pos := make([]float64, len(c.kept))
	for k, i := range c.kept {
		d := c.sents[i].Doc
		pos[k] = float64(count[d])
		count[d]++
	}
	for k, i := range c.kept {
		pos[k] /= float64(count[c.sents[i].Doc])
	}
	where := make(map[int]float64, len(chosen))
	for _, k := range chosen {
		earliest := map[int]float64{}
		note := func(j int) {
			d := c.sents[c.kept[j]].Doc
			if p, ok := earliest[d]; !ok || pos[j] < p {
				earliest[d] = pos[j]
			}
		}
		note(k)
		for _, e := range c.graph.Adj[k] {
			if c.same(k, int(e.To), e.W) {
				note(int(e.To))
			}
		}
		var sum float64
		for d := range c.docs { // in document order: a deterministic sum
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
	return out
}
