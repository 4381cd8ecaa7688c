package summarize

import "brief/rank"

// DenseMax is the most kept sentences for which the similarity graph holds
// every pair that shares a term (rank.SimilarityGraph): exact, and what the
// golden files pin, but its edges, and the time to find them, grow with
// the square of the sentences. Measured on 2 cores when it was built as a
// dense matrix, the two graphs cost about the same on the seeds (84 kept
// sentences), and the exact one fell behind fast above: 1.4 times slower
// at 207, 4 times at 1,700.
// Above DenseMax each sentence keeps its nearest neighbours
// (rank.SparseSimilarity with rank.Neighbours' defaults), so time and
// memory grow with the sentences; selection, support, reading order and
// the off-story test then see only those neighbours.
const DenseMax = 200

// pool is the candidates of a cluster with their TF-IDF vectors and their
// cosine similarity graph, all indexed by candidate. Nothing in it is sized
// by the square of the candidates but, below DenseMax, the graph's edges.
type pool struct {
	cands    []candidate
	vecs     []rank.Vector
	graph    *rank.Sparse
	sameFact float64   // Options.SameFact, for same
	tollOf   []float64 // per candidate, its toll of deaths, once found (see tolls)
	boundOf  []float64 // per candidate, its toll given as a bound, found with tollOf (see bounds)
	// Per candidate, its figures (see pool.mentions), and whether they
	// have been found.
	mentionsOf    [][]mention
	mentionsFound []bool
	// Per candidate, its event (see pool.event), and whether it has been
	// found.
	events     []event
	eventFound []bool
	// Per candidate, the classes of its verbs of events (see
	// pool.classes) and its stems (see pool.stemsOf), and whether they
	// have been found.
	classesOf    [][]string
	classesFound []bool
	stemsAll     []eventStems
	stemsFound   []bool
	// Per candidate, the states it counts people in (see statesCounted),
	// once found.
	statesOf    []role
	statesFound []bool
	// Per candidate, the days it dates events on (see eventDays), and
	// whether they have been found.
	daysOf    [][]eventDay
	daysFound []bool
	// Per candidate, whether it says a cause is not known (see
	// causeUnknown), and whether that has been found.
	causeOf, causeFound []bool
	// Per candidate, whether it tells deaths without a count (see
	// uncounted), and whether that has been found.
	uncountedOf, uncountedFound []bool
}

// newPool vectorizes cands, whose term ids are below vocab, and links them
// in the similarity graph: dense up to denseMax candidates, sparse above
// (see DenseMax). It sorts each candidate's terms in place.
func newPool(cands []candidate, vocab, denseMax int, sameFact float64) *pool {
	concepts(cands, vocab)
	terms := make([][]int32, len(cands))
	for k := range cands {
		terms[k] = cands[k].terms
	}
	p := &pool{cands: cands, vecs: vectors(terms, vocab), sameFact: sameFact}
	if len(p.vecs) <= denseMax {
		p.graph = rank.SimilarityGraph(p.vecs, 0)
	} else {
		p.graph = rank.SparseSimilarity(p.vecs, rank.Neighbours{})
	}
	p.markLeads()
	return p
}

// without returns the pool less the candidates drop marks, their vectors
// and their edges. A candidate's new index and its edges' new ends are
// never past the old ones, so p is renumbered in place and is not to be
// used after. The IDF stays as newPool computed it: recomputing it without
// the dropped sentences would change weights little and cost a second
// pass.
func (p *pool) without(drop []bool) *pool {
	at := make([]int32, len(p.cands)) // new index of each candidate, or -1
	n := 0
	for k := range p.cands {
		at[k] = -1
		if !drop[k] {
			at[k] = int32(n)
			p.cands[n], p.vecs[n] = p.cands[k], p.vecs[k]
			n++
		}
	}
	if n == len(p.cands) {
		return p
	}
	cands, vecs := p.cands[:n], p.vecs[:n]
	adj := p.graph.Adj
	for k, es := range adj {
		if at[k] < 0 {
			continue
		}
		out := es[:0]
		for _, e := range es {
			if to := at[e.To]; to >= 0 {
				out = append(out, rank.Edge{To: to, W: e.W})
			}
		}
		adj[at[k]] = out
	}
	q := &pool{cands: cands, vecs: vecs, graph: &rank.Sparse{Adj: adj[:len(cands)]}, sameFact: p.sameFact}
	q.markLeads()
	return q
}

// markLeads marks each version's first candidate.
func (p *pool) markLeads() {
	for k := range p.cands {
		p.cands[k].lead = k == 0 || p.cands[k-1].doc != p.cands[k].doc
	}
}

// sim is the cosine similarity of candidates a and b, whether or not the
// graph holds their edge; it equals the edge's weight bit for bit.
func (p *pool) sim(a, b int) float64 {
	if a == b {
		return 1
	}
	return rank.Dot(p.vecs[a], p.vecs[b])
}

// neighbours returns the graph's edges of candidate a.
func (p *pool) neighbours(a int) []rank.Edge { return p.graph.Adj[a] }

// dates returns each candidate's version's date, from the documents'
// dates; nil when fewer than two versions are dated, so that no two can be
// told apart in time.
func (p *pool) dates(docs []Date) []Date {
	if knownDates(docs) < 2 {
		return nil
	}
	out := make([]Date, len(p.cands))
	for k, c := range p.cands {
		out[k] = docs[c.doc]
	}
	return out
}

// texts returns each candidate's text.
func (p *pool) texts() []string {
	out := make([]string, len(p.cands))
	for k, c := range p.cands {
		out[k] = c.text
	}
	return out
}
