package summarize

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"brief/rank"
)

// Summarizer makes briefs. Build it once with New: it holds the sentence
// model and the stopword list, and is safe for concurrent use.
type Summarizer struct {
	opts Options
	seg  *segmenter
	vec  *vectorizer

	denseMax int // see DenseMax; tests lower it to run the sparse path
}

// New returns a Summarizer for opts, or an error wrapping ErrOptions.
func New(opts Options) (*Summarizer, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	seg, err := newSegmenter()
	if err != nil {
		return nil, err
	}
	return &Summarizer{opts: opts, seg: seg, vec: newVectorizer(), denseMax: DenseMax}, nil
}

// Off-story blocks: a paragraph none of whose sentences another version
// supports, and whose TF-IDF centroid has a cosine below offStoryMaxSim with
// the centroid of the other versions, is about something else (an unrelated
// article glued on, a promo). Story paragraphs found in one version only
// still share the story's names and score well above it on the seeds.
const offStoryMaxSim = 0.1

// leadSameFact is the similarity at and above which two versions' leads
// (their first kept sentences) state the same fact. Every version of a story
// opens with the news, each in its own words and with its own extras, so
// leads share little vocabulary beyond the story's commonest words, which
// IDF weighs least: on the seeds, leads stating the same news score 0.2 to
// 0.55, below DefaultSameFact.
const leadSameFact = 0.1

// numberSameFact is the similarity at and above which two sentences that
// give the same figure ("6 a.m. on Saturday", "$3.1 million") state the
// same fact. A shared figure is the most specific term two renderings of a
// fact can share; on the test clusters such pairs score 0.2 to 0.25.
const numberSameFact = 0.15

// lengthExponent discounts long sentences in selection: relevance is the
// TextRank score over words^lengthExponent. TextRank favours long sentences,
// which overlap with more others; under a budget of words a long sentence
// must earn its room. 0.2 was chosen on the seeds and the Opinosis dev
// topics (0.3 and 0.5 lose ROUGE-1 there, 0 loses ROUGE-2 and SU4).
const lengthExponent = 0.2

// minOffStory is the fewest sentences an off-story block has: one or two
// stray sentences are more often an aside of the story than another story,
// and in a small cluster the other versions' centroid is too thin to judge
// them by; a story glued on runs longer (7 to 16 sentences in the tests).
const minOffStory = 3

// DenseMax is the most kept sentences for which the similarity graph holds
// every pair that shares a term, computed as a dense matrix
// (rank.Similarity): exact, and what the golden files pin, but the square
// of the sentences in time and memory. Measured on 2 cores, the two graphs
// cost about the same on the seeds (84 kept sentences), and the dense one
// falls behind fast above: 1.4 times slower at 207, 4 times at 1,700.
// Above DenseMax each sentence keeps its nearest neighbours
// (rank.SparseSimilarity with rank.Neighbours' defaults), so time and
// memory grow with the sentences; selection, support, reading order and
// the off-story test then see only those neighbours.
const DenseMax = 200

// cluster is the working state of one Summarize call. Nothing in it is
// sized by the square of the sentences (below DenseMax, vectorize builds the
// graph from a matrix it does not keep).
type cluster struct {
	docs  []Document
	sents []Sentence // every sentence of every document, in order
	noise []Noise    // per sentence
	kept  []int      // indices into sents of the sentences kept, in order
	terms [][]int32  // per sentence, once it has been kept: its terms' ids
	vocab int        // the number of term ids
	// Per sentence, once it has been kept: its text with white space
	// folded, its words, and whether it stands alone (see standsAlone).
	folded []string
	words  []int
	alone  []bool
	figs   [][]string // per sentence, once it has been kept: its figures, sorted
	toks   [][]int32  // per sentence, once it has been kept: its words' ids
	items  bool       // every document is a list of items (see isItemList)
	vecs   []rank.Vector
	graph  *rank.Sparse // cosine similarity of kept sentences (see DenseMax)
	lead   []bool       // per kept sentence: its version's first kept sentence
	nums   [][]string   // per kept sentence: its figures (figs)

	sameFact float64 // Options.SameFact
	denseMax int
}

// Summarize returns the brief of docs, the versions of one story.
func (s *Summarizer) Summarize(ctx context.Context, docs []Document) (*Brief, error) {
	c, err := s.prepare(ctx, docs)
	if err != nil {
		return nil, err
	}
	s.progress("ranking")
	var prior []float64 // uniform: a list of items has no lead
	if !c.items {
		prior = c.leadPrior()
	}
	scores := rank.TextRankSparse(c.graph, prior, c.rankSettings())

	texts := make([]string, len(c.kept))
	ok := make([]bool, len(c.kept))
	costs := make([]int, len(c.kept))
	perWord := make([]float64, len(c.kept))
	for k, i := range c.kept {
		texts[k], ok[k] = c.folded[i], c.alone[i]
		costs[k] = cost(s.opts.Budget, texts[k], c.words[i])
		perWord[k] = scores[k] / math.Pow(float64(c.words[i]), lengthExponent)
	}
	rel := relevance(perWord)
	if c.items {
		typ := relevance(c.typicality())
		for k := range rel {
			rel[k] = typicalWeight*typ[k] + (1-typicalWeight)*rel[k]
		}
	}
	if s.opts.MinSupport > 1 {
		any := false
		for k := range ok {
			if ok[k] && len(c.supportOf(k)) < s.opts.MinSupport {
				ok[k] = false
			}
			any = any || ok[k]
		}
		if !any {
			return nil, fmt.Errorf("%w (%d of %d)", ErrNoSupport, s.opts.MinSupport, len(docs))
		}
	}
	s.progress("selecting")
	chosen := selectMMR(len(c.kept), c.neighbours, c.sim, c.same, rel, costs, ok, s.opts.Budget, s.opts.Lambda)
	support := c.support(chosen)
	order := c.readingOrder(chosen)

	b := &Brief{Documents: c.stats()}
	for _, k := range order {
		sent := c.sents[c.kept[k]]
		var from []int
		for d := range support[k] {
			from = append(from, d)
		}
		b.Sentences = append(b.Sentences, Selected{
			Text:    texts[k],
			Source:  docs[sent.Doc].Name,
			Offset:  sent.Start,
			Score:   math.Round(scores[k]*1e6) / 1e6,
			Support: sortedNames(docs, from),
		})
	}
	return b, nil
}

// prepare segments and cleans docs and vectorizes the sentences kept.
// Documents are segmented, cleaned and cut into terms in parallel, each
// written by its index, so the result does not depend on scheduling.
func (s *Summarizer) prepare(ctx context.Context, docs []Document) (*cluster, error) {
	if len(docs) == 0 {
		return nil, ErrNoInput
	}
	c := &cluster{docs: docs, sameFact: s.opts.SameFact, denseMax: s.denseMax}
	out := make([]parsedDoc, len(docs))
	done := s.counter("reading sentences", len(docs))
	parallel(len(docs), func() func(int) {
		stems := make(map[string]string) // per worker: no locking
		dict := make(map[string]int32)
		return func(di int) {
			if ctx.Err() == nil {
				out[di] = s.parse(di, docs[di].Text, stems, dict)
				done()
			}
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.vocab = intern(out)
	var total int
	for _, p := range out {
		total += len(p.sents)
	}
	c.sents = make([]Sentence, 0, total)
	c.noise = make([]Noise, 0, total)
	c.terms = make([][]int32, 0, total)
	c.folded = make([]string, 0, total)
	c.words = make([]int, 0, total)
	c.alone = make([]bool, 0, total)
	c.figs = make([][]string, 0, total)
	c.toks = make([][]int32, 0, total)
	c.items = true
	for _, p := range out {
		c.sents = append(c.sents, p.sents...)
		c.noise = append(c.noise, p.noise...)
		c.terms = append(c.terms, p.terms...)
		c.folded = append(c.folded, p.folded...)
		c.words = append(c.words, p.words...)
		c.alone = append(c.alone, p.alone...)
		c.figs = append(c.figs, p.figs...)
		c.toks = append(c.toks, p.toks...)
		c.items = c.items && p.items
	}
	s.progress("comparing sentences")
	c.vectorize()
	if len(docs) > 1 {
		c.dropOffStory()
		c.dropNoise()
	}
	if len(c.kept) == 0 {
		return nil, ErrNoContent
	}
	return c, ctx.Err()
}

// parse segments and cleans one document and, for the sentences it keeps,
// finds their terms, folded text, words and whether they stand alone.
// stems caches Porter stems; dict is scratch space. Workers call it at once
// on different documents, each with its own stems and dict.
func (s *Summarizer) parse(di int, text string, stems map[string]string, dict map[string]int32) parsedDoc {
	p := parsedDoc{sents: s.seg.split(di, text)}
	p.items = isItemList(text, p.sents)
	n := len(p.sents)
	p.noise = make([]Noise, n)
	clean(text, p.sents, p.noise)
	p.terms = make([][]int32, n)
	p.folded = make([]string, n)
	p.words = make([]int, n)
	p.alone = make([]bool, n)
	p.figs = make([][]string, n)
	p.toks = make([][]int32, n)
	clear(dict)
	for i, noise := range p.noise {
		if noise != Kept {
			continue
		}
		ts, ws := s.vec.tokens(p.sents[i].Text, stems, p.items)
		for _, stem := range ts {
			if isFigure(stem) {
				p.figs[i] = append(p.figs[i], stem)
			}
		}
		slices.Sort(p.figs[i])
		p.terms[i] = p.ids(ts, dict)
		if ws != nil {
			p.toks[i] = p.ids(ws, dict)
		}
		p.folded[i] = foldSpace(p.sents[i].Text)
		p.words[i] = strings.Count(p.folded[i], " ") + 1 // folded: one space between words
		p.alone[i] = standsAlone(p.folded[i])
	}
	return p
}

// parsedDoc is one document after the parallel stage: its sentences, their
// noise and, for the sentences kept, their terms and text.
type parsedDoc struct {
	sents  []Sentence
	noise  []Noise
	terms  [][]int32 // ids into dict, then, after intern, into the vocabulary
	toks   [][]int32 // every word, as ids like terms (see vectorizer.tokens)
	dict   []string  // the document's stems and stopwords, in order of first use
	items  bool      // the document is a list of items (see isItemList)
	folded []string
	words  []int
	alone  []bool
	figs   [][]string
}

// ids returns the ids of words in dict, adding the words it lacks to dict
// and p.dict.
func (p *parsedDoc) ids(words []string, dict map[string]int32) []int32 {
	out := make([]int32, len(words))
	for k, w := range words {
		id, ok := dict[w]
		if !ok {
			id = int32(len(p.dict))
			dict[w] = id
			p.dict = append(p.dict, w)
		}
		out[k] = id
	}
	return out
}

// vectorize recomputes kept and the TF-IDF vectors of the kept sentences.
func (c *cluster) vectorize() {
	c.kept = c.kept[:0]
	var terms [][]int32
	for i, n := range c.noise {
		if n == Kept {
			c.kept = append(c.kept, i)
			terms = append(terms, c.terms[i])
		}
	}
	c.vecs = vectors(terms, c.vocab)
	if len(c.vecs) <= c.denseMax {
		c.graph = rank.FromDense(rank.Similarity(c.vecs, 0))
	} else {
		c.graph = rank.SparseSimilarity(c.vecs, rank.Neighbours{})
	}
	c.markLeads()
}

// dropNoise removes from kept, vecs and graph the sentences marked as noise
// since vectorize. The IDF stays as vectorize computed it: recomputing it
// without the dropped sentences would change weights little and cost a
// second pass.
func (c *cluster) dropNoise() {
	at := make([]int32, len(c.kept)) // new index of each kept sentence, or -1
	kept := make([]int, 0, len(c.kept))
	vecs := make([]rank.Vector, 0, len(c.kept))
	for k, i := range c.kept {
		at[k] = -1
		if c.noise[i] == Kept {
			at[k] = int32(len(kept))
			kept = append(kept, i)
			vecs = append(vecs, c.vecs[k])
		}
	}
	if len(kept) == len(c.kept) {
		return
	}
	// Renumber the graph in place: a sentence's new index and its edges'
	// new ends are never past the old ones.
	adj := c.graph.Adj
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
	c.kept, c.vecs, c.graph = kept, vecs, &rank.Sparse{Adj: adj[:len(kept)]}
	c.markLeads()
}

// markLeads marks each version's first kept sentence and lists the figures
// of each kept sentence.
func (c *cluster) markLeads() {
	c.lead = make([]bool, len(c.kept))
	c.nums = make([][]string, len(c.kept))
	for k, i := range c.kept {
		c.lead[k] = k == 0 || c.sents[c.kept[k-1]].Doc != c.sents[i].Doc
		c.nums[k] = c.figs[i]
	}
}

// dropOffStory marks off-story blocks: runs of consecutive paragraphs of
// one document, minOffStory sentences or more, each of them unsupported and
// far from the other versions (see offStoryMaxSim). The other versions'
// centroid is the total less the document's own, so each test costs the
// size of the document and the paragraph, not of the vocabulary.
func (c *cluster) dropOffStory() {
	var vocab int32
	for _, v := range c.vecs {
		if len(v.Terms) > 0 {
			vocab = max(vocab, v.Terms[len(v.Terms)-1]+1)
		}
	}
	sum := newAccumulator(int(vocab))
	docCentroid := make([]rank.Vector, len(c.docs))
	for start := 0; start < len(c.kept); {
		d := c.sents[c.kept[start]].Doc
		end := start
		for ; end < len(c.kept) && c.sents[c.kept[end]].Doc == d; end++ {
			sum.add(c.vecs[end])
		}
		docCentroid[d] = sum.take()
		start = end
	}
	total := make([]float64, vocab)
	var totalSq float64
	for _, v := range docCentroid {
		for k, t := range v.Terms {
			total[t] += v.Weights[k]
		}
	}
	for _, w := range total {
		totalSq += w * w
	}
	othersSq := make(map[int]float64) // per document: squared norm of the others' centroid
	far := make([]bool, len(c.kept))  // per kept sentence: its paragraph is off
	for _, p := range c.keptParagraphs() {
		if c.supported(p[0], p[1]) {
			continue
		}
		d := c.sents[c.kept[p[0]]].Doc
		own := docCentroid[d]
		nb, ok := othersSq[d]
		if !ok {
			nb = totalSq
			for k, t := range own.Terms {
				o := total[t] - own.Weights[k]
				nb += o*o - total[t]*total[t]
			}
			nb = max(nb, 0)
			othersSq[d] = nb
		}
		for k := p[0]; k < p[1]; k++ {
			sum.add(c.vecs[k])
		}
		para := sum.take()
		var dot, na float64
		j := 0
		for k, t := range para.Terms {
			for j < len(own.Terms) && own.Terms[j] < t {
				j++
			}
			o := total[t]
			if j < len(own.Terms) && own.Terms[j] == t {
				o -= own.Weights[j]
			}
			dot += para.Weights[k] * o
			na += para.Weights[k] * para.Weights[k]
		}
		if na == 0 || nb == 0 || dot/math.Sqrt(na*nb) < offStoryMaxSim {
			for k := p[0]; k < p[1]; k++ {
				far[k] = true
			}
		}
	}
	for start := 0; start < len(c.kept); {
		end := start + 1
		for end < len(c.kept) && far[end] == far[start] && c.sents[c.kept[end]].Doc == c.sents[c.kept[start]].Doc {
			end++
		}
		if far[start] && end-start >= minOffStory {
			for k := start; k < end; k++ {
				c.noise[c.kept[k]] = OffStory
			}
		}
		start = end
	}
}

// accumulator sums sparse vectors into a dense scratch array and hands the
// sum back as a sparse vector, in increasing term order.
type accumulator struct {
	w       []float64
	touched []int32
}

func newAccumulator(vocab int) *accumulator { return &accumulator{w: make([]float64, vocab)} }

func (a *accumulator) add(v rank.Vector) {
	for k, t := range v.Terms {
		if a.w[t] == 0 {
			a.touched = append(a.touched, t)
		}
		a.w[t] += v.Weights[k]
	}
}

// take returns the sum and clears the accumulator.
func (a *accumulator) take() rank.Vector {
	slices.Sort(a.touched)
	v := rank.Vector{Terms: slices.Clone(a.touched), Weights: make([]float64, len(a.touched))}
	for k, t := range a.touched {
		v.Weights[k] = a.w[t]
		a.w[t] = 0
	}
	a.touched = a.touched[:0]
	return v
}

// keptParagraphs returns [start, end) ranges of kept indices, one per
// paragraph.
func (c *cluster) keptParagraphs() [][2]int {
	var out [][2]int
	for start := 0; start < len(c.kept); {
		first := c.sents[c.kept[start]]
		end := start + 1
		for end < len(c.kept) {
			s := c.sents[c.kept[end]]
			if s.Doc != first.Doc || s.Para != first.Para {
				break
			}
			end++
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// supported reports whether any kept sentence in [start,end) states the
// same fact as a sentence of another document.
func (c *cluster) supported(start, end int) bool {
	for k := start; k < end; k++ {
		d := c.sents[c.kept[k]].Doc
		for _, e := range c.graph.Adj[k] {
			if c.sents[c.kept[e.To]].Doc != d && c.same(k, int(e.To), e.W) {
				return true
			}
		}
	}
	return false
}

// same reports whether kept sentences a and b, of similarity sim, state the
// same fact: their cosine reaches the same-fact threshold, or reaches
// leadSameFact when both lead their versions, or numberSameFact when both
// give the same figure.
func (c *cluster) same(a, b int, sim float64) bool {
	return sim >= c.sameFact ||
		c.lead[a] && c.lead[b] && sim >= leadSameFact ||
		sim >= numberSameFact && shareAny(c.nums[a], c.nums[b])
}

// shareAny reports whether sorted lists a and b have an element in common.
func shareAny(a, b []string) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// leadPrior favours each version's first sentences: news writing puts the
// story first, and the teleport prior carries that into TextRank.
func (c *cluster) leadPrior() []float64 {
	p := make([]float64, len(c.kept))
	pos := make(map[int]int) // sentences kept so far per document
	for k, i := range c.kept {
		d := c.sents[i].Doc
		p[k] = 1 / math.Sqrt(float64(1+pos[d]))
		pos[d]++
	}
	return p
}

// sim is the cosine similarity of kept sentences a and b, whether or not
// the graph holds their edge; it equals the edge's weight bit for bit.
func (c *cluster) sim(a, b int) float64 {
	if a == b {
		return 1
	}
	return rank.Dot(c.vecs[a], c.vecs[b])
}

// neighbours returns the graph's edges of kept sentence a.
func (c *cluster) neighbours(a int) []rank.Edge { return c.graph.Adj[a] }

// rankSettings returns TextRank's settings. The iteration stops when the
// scores, which sum to 1, change by less than the tolerance in all; above
// DenseMax sentences the tolerance grows with them, so that each score is
// as precise as at DenseMax: a fixed tolerance would demand ever more
// iterations of ever smaller scores.
func (c *cluster) rankSettings() rank.Settings {
	var s rank.Settings
	if n := len(c.kept); n > c.denseMax && c.denseMax > 0 {
		s.Tolerance = rank.DefaultTolerance * float64(n) / float64(c.denseMax)
	}
	return s
}

// relevance scales scores to [0,1] by the largest.
func relevance(scores []float64) []float64 {
	var max float64
	for _, s := range scores {
		max = math.Max(max, s)
	}
	rel := make([]float64, len(scores))
	for i, s := range scores {
		if max > 0 {
			rel[i] = s / max
		}
	}
	return rel
}

// support returns, for each chosen sentence, the set of documents that hold
// a sentence stating the same fact, its own document included.
func (c *cluster) support(chosen []int) map[int]map[int]bool {
	out := make(map[int]map[int]bool, len(chosen))
	for _, k := range chosen {
		out[k] = c.supportOf(k)
	}
	return out
}

// supportOf returns the documents holding a sentence, among the graph's
// neighbours of kept sentence k, that states the same fact, k's own
// document included.
func (c *cluster) supportOf(k int) map[int]bool {
	set := map[int]bool{c.sents[c.kept[k]].Doc: true}
	for _, e := range c.graph.Adj[k] {
		if c.same(k, int(e.To), e.W) {
			set[c.sents[c.kept[e.To]].Doc] = true
		}
	}
	return set
}

// stats counts each document's sentences read, dropped and kept.
func (c *cluster) stats() []DocumentStats {
	out := make([]DocumentStats, len(c.docs))
	for d, doc := range c.docs {
		out[d].Name = doc.Name
		out[d].DroppedBy = map[Noise]int{}
	}
	for i, s := range c.sents {
		st := &out[s.Doc]
		st.Sentences++
		if n := c.noise[i]; n == Kept {
			st.Kept++
		} else {
			st.Dropped++
			st.DroppedBy[n]++
		}
	}
	return out
}
