package summarize

import (
	"context"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"brief/rank"
)

// Summarizer makes briefs. Build it once with New: it holds the sentence
// model and the stopword list, and is safe for concurrent use.
type Summarizer struct {
	opts Options
	seg  *segmenter
	vec  *vectorizer
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
	return &Summarizer{opts: opts, seg: seg, vec: newVectorizer()}, nil
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

// minOffStory is the fewest sentences an off-story block has: one stray
// sentence is more often an aside of the story than another story.
const minOffStory = 2

// cluster is the working state of one Summarize call.
type cluster struct {
	docs  []Document
	sents []Sentence // every sentence of every document, in order
	noise []Noise    // per sentence
	kept  []int      // indices into sents of the sentences kept, in order
	terms [][]string // per sentence: its stems, once it has been kept
	vecs  []rank.Vector
	graph *mat.SymDense // cosine of each pair of kept sentences, 0 on the diagonal
	lead  []bool        // per kept sentence: its version's first kept sentence
	nums  [][]string    // per kept sentence: its figures, sorted

	sameFact float64 // Options.SameFact
}

// Summarize returns the brief of docs, the versions of one story.
func (s *Summarizer) Summarize(ctx context.Context, docs []Document) (*Brief, error) {
	c, err := s.prepare(ctx, docs)
	if err != nil {
		return nil, err
	}
	scores := rank.TextRank(c.graph, c.leadPrior(), rank.Settings{})
	texts := make([]string, len(c.kept))
	ok := make([]bool, len(c.kept))
	perWord := make([]float64, len(c.kept))
	for k, i := range c.kept {
		texts[k] = foldSpace(c.sents[i].Text)
		ok[k] = standsAlone(texts[k])
		perWord[k] = scores[k] / math.Pow(float64(countWords(texts[k])), lengthExponent)
	}
	rel := relevance(perWord)
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
	chosen := selectMMR(len(c.kept), c.sim, c.same, rel, texts, ok, s.opts.Budget, s.opts.Lambda)
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
func (s *Summarizer) prepare(ctx context.Context, docs []Document) (*cluster, error) {
	if len(docs) == 0 {
		return nil, ErrNoInput
	}
	c := &cluster{docs: docs, sameFact: s.opts.SameFact}
	for di, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sents := s.seg.split(di, d.Text)
		noise := make([]Noise, len(sents))
		clean(d.Text, sents, noise)
		c.sents = append(c.sents, sents...)
		c.noise = append(c.noise, noise...)
	}
	if err := checkSize(c.noise); err != nil {
		return nil, err
	}
	c.terms = make([][]string, len(c.sents))
	stems := make(map[string]string)
	for i, n := range c.noise {
		if n == Kept {
			c.terms[i] = s.vec.terms(c.sents[i].Text, stems)
		}
	}
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

// vectorize recomputes kept and the TF-IDF vectors of the kept sentences.
func (c *cluster) vectorize() {
	c.kept = c.kept[:0]
	var terms [][]string
	for i, n := range c.noise {
		if n == Kept {
			c.kept = append(c.kept, i)
			terms = append(terms, c.terms[i])
		}
	}
	c.vecs = vectors(terms)
	c.graph = rank.Similarity(c.vecs, 0)
	c.markLeads()
}

// dropNoise removes from kept, vecs and graph the sentences marked as noise
// since vectorize. The IDF stays as vectorize computed it: recomputing it
// without the dropped sentences would change weights little and cost a
// second pass.
func (c *cluster) dropNoise() {
	var keep []int // kept indices that stay
	for k, i := range c.kept {
		if c.noise[i] == Kept {
			keep = append(keep, k)
		}
	}
	switch len(keep) {
	case len(c.kept):
		return
	case 0:
		c.kept, c.vecs, c.graph, c.lead = nil, nil, &mat.SymDense{}, nil
		return
	}
	kept := make([]int, len(keep))
	vecs := make([]rank.Vector, len(keep))
	graph := mat.NewSymDense(len(keep), nil)
	for a, k := range keep {
		kept[a], vecs[a] = c.kept[k], c.vecs[k]
		for b := a + 1; b < len(keep); b++ {
			graph.SetSym(a, b, c.graph.At(k, keep[b]))
		}
	}
	c.kept, c.vecs, c.graph = kept, vecs, graph
	c.markLeads()
}

// markLeads marks each version's first kept sentence and lists the figures
// of each kept sentence.
func (c *cluster) markLeads() {
	c.lead = make([]bool, len(c.kept))
	c.nums = make([][]string, len(c.kept))
	for k, i := range c.kept {
		c.lead[k] = k == 0 || c.sents[c.kept[k-1]].Doc != c.sents[i].Doc
		for _, t := range c.terms[i] {
			if isFigure(t) {
				c.nums[k] = append(c.nums[k], t)
			}
		}
		slices.Sort(c.nums[k])
	}
}

// dropOffStory marks off-story blocks: runs of consecutive paragraphs of
// one document, minOffStory sentences or more, each of them unsupported and
// far from the other versions (see offStoryMaxSim).
func (c *cluster) dropOffStory() {
	docCentroid := make([]map[int32]float64, len(c.docs))
	for d := range docCentroid {
		docCentroid[d] = make(map[int32]float64)
	}
	for k, i := range c.kept {
		addTo(docCentroid[c.sents[i].Doc], c.vecs[k], 1)
	}
	total := make(map[int32]float64)
	for _, m := range docCentroid {
		for t, w := range m {
			total[t] += w
		}
	}
	othersOf := make(map[int]map[int32]float64) // per document, built once
	others := func(d int) map[int32]float64 {
		if m, ok := othersOf[d]; ok {
			return m
		}
		m := make(map[int32]float64, len(total))
		for t, w := range total {
			m[t] = w - docCentroid[d][t]
		}
		othersOf[d] = m
		return m
	}
	far := make([]bool, len(c.kept)) // per kept sentence: its paragraph is off
	for _, p := range c.keptParagraphs() {
		if c.supported(p[0], p[1]) {
			continue
		}
		para := make(map[int32]float64)
		for k := p[0]; k < p[1]; k++ {
			addTo(para, c.vecs[k], 1)
		}
		if cosineMaps(para, others(c.sents[c.kept[p[0]]].Doc)) < offStoryMaxSim {
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
		for j, i := range c.kept {
			if c.sents[i].Doc != d && c.same(k, j) {
				return true
			}
		}
	}
	return false
}

// same reports whether kept sentences a and b state the same fact: their
// cosine reaches the same-fact threshold, or reaches leadSameFact when both
// lead their versions, or numberSameFact when both give the same figure.
func (c *cluster) same(a, b int) bool {
	sim := c.sim(a, b)
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

func addTo(m map[int32]float64, v rank.Vector, scale float64) {
	for i, t := range v.Terms {
		m[t] += scale * v.Weights[i]
	}
}

// cosineMaps is the cosine of two sparse vectors held as maps. The sum runs
// over a map, so its last bits may vary with map order; it only ever meets a
// threshold far from the values it takes.
func cosineMaps(a, b map[int32]float64) float64 {
	var dot, na, nb float64
	for t, w := range a {
		dot += w * b[t]
		na += w * w
	}
	for _, w := range b {
		nb += w * w
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
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

// sim is the cosine similarity of kept sentences a and b.
func (c *cluster) sim(a, b int) float64 {
	if a == b {
		return 1
	}
	return c.graph.At(a, b)
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

// supportOf returns the documents holding a sentence that states the same
// fact as kept sentence k, its own document included.
func (c *cluster) supportOf(k int) map[int]bool {
	set := map[int]bool{c.sents[c.kept[k]].Doc: true}
	for j, i := range c.kept {
		if c.same(k, j) {
			set[c.sents[i].Doc] = true
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
