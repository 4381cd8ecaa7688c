package summarize

import (
	"reflect"
	"testing"
)

// graphCands are five candidates of two documents whose terms overlap.
func graphCands() []candidate {
	terms := [][]int32{{0, 1, 2}, {1, 3}, {2, 3, 4}, {0, 1, 4}, {3, 4}}
	docs := []int{0, 0, 0, 1, 1}
	cands := make([]candidate, len(terms))
	for k := range cands {
		cands[k] = candidate{sent: k, doc: docs[k], terms: terms[k]}
	}
	return cands
}

// Dropping candidates keeps the others' vectors and edge weights as they
// were, renumbered, and marks the leads anew.
func TestPoolWithout(t *testing.T) {
	full := newPool(graphCands(), 5, DenseMax, DefaultSameFact)
	weight := make(map[[2]int]float64)
	for i, es := range full.graph.Adj {
		for _, e := range es {
			weight[[2]int{full.cands[i].sent, full.cands[e.To].sent}] = e.W
		}
	}
	p := newPool(graphCands(), 5, DenseMax, DefaultSameFact)
	q := p.without([]bool{true, false, false, true, false})
	wantSents := []int{1, 2, 4}
	wantLead := []bool{true, false, true}
	if len(q.cands) != len(wantSents) || len(q.vecs) != len(wantSents) || q.graph.Len() != len(wantSents) {
		t.Fatalf("%d candidates, %d vectors, %d nodes; want %d", len(q.cands), len(q.vecs), q.graph.Len(), len(wantSents))
	}
	for k, c := range q.cands {
		if c.sent != wantSents[k] || c.lead != wantLead[k] {
			t.Errorf("candidate %d: sentence %d lead %v, want %d %v", k, c.sent, c.lead, wantSents[k], wantLead[k])
		}
		if !reflect.DeepEqual(q.vecs[k], full.vecs[c.sent]) {
			t.Errorf("candidate %d: vector %v, want %v", k, q.vecs[k], full.vecs[c.sent])
		}
	}
	edges := 0
	for i, es := range q.graph.Adj {
		for _, e := range es {
			edges++
			key := [2]int{q.cands[i].sent, q.cands[e.To].sent}
			if w, ok := weight[key]; !ok || w != e.W {
				t.Errorf("edge %v weighs %v, was %v (%v)", key, e.W, w, ok)
			}
			if s := q.sim(i, int(e.To)); s != e.W {
				t.Errorf("sim%v = %v, edge weighs %v", key, s, e.W)
			}
		}
	}
	wantEdges := 0
	for key := range weight {
		if key[0] != 0 && key[0] != 3 && key[1] != 0 && key[1] != 3 {
			wantEdges++
		}
	}
	if edges != wantEdges {
		t.Errorf("%d edges, want %d", edges, wantEdges)
	}
	if r := q.without(make([]bool, 3)); r != q {
		t.Error("dropping nothing made a new pool")
	}
}

// The sparse graph of a handful of candidates holds every edge the dense
// one does, with the same weights.
func TestPoolSparseMatchesDense(t *testing.T) {
	dense := newPool(graphCands(), 5, DenseMax, DefaultSameFact)
	sparse := newPool(graphCands(), 5, 0, DefaultSameFact)
	for i := range dense.graph.Adj {
		d, s := dense.graph.Adj[i], sparse.graph.Adj[i]
		if len(d) != len(s) {
			t.Fatalf("node %d: %d sparse edges, %d dense", i, len(s), len(d))
		}
		for k := range d {
			if d[k].To != s[k].To || d[k].W != s[k].W {
				t.Errorf("node %d edge %d: sparse %v, dense %v", i, k, s[k], d[k])
			}
		}
	}
}
