package summarize

import (
	"math"
	"slices"

	"brief/rank"
)

// Off-story blocks: a paragraph none of whose sentences another version
// supports, and whose TF-IDF centroid has a cosine below offStoryMaxSim with
// the centroid of the other versions, is about something else (an unrelated
// article glued on, a promo). Story paragraphs found in one version only
// still share the story's names and score well above it on the seeds.
const offStoryMaxSim = 0.1

// minOffStory is the fewest sentences an off-story block has: one or two
// stray sentences are more often an aside of the story than another story,
// and in a small cluster the other versions' centroid is too thin to judge
// them by; a story glued on runs longer (7 to 16 sentences in the tests).
const minOffStory = 3

// gluedMaxSim is the cosine of term counts below which two parts of one
// version are two articles (see gluedOn). On the test versions, the three
// glued on score 0.05 to 0.07, the parts of one story 0.2 and above.
const gluedMaxSim = 0.1

// offStory returns, per candidate of the pool of ndocs versions, whether it
// is in an off-story block: a run of consecutive paragraphs of one
// document, minOffStory sentences or more, each of them unsupported and far
// from the other versions (see offStoryMaxSim).
func offStory(p *pool, ndocs int) []bool {
	far := farParagraphs(p, ndocs)
	off := make([]bool, len(p.cands))
	for start := 0; start < len(p.cands); {
		end := start + 1
		for end < len(p.cands) && far[end] == far[start] && p.cands[end].doc == p.cands[start].doc {
			end++
		}
		if far[start] && end-start >= minOffStory {
			for k := start; k < end; k++ {
				off[k] = true
			}
		}
		start = end
	}
	return off
}

// farParagraphs returns, per candidate, whether its paragraph is
// unsupported and far from the other versions. The other versions'
// centroid is the total less the document's own, so each test costs the
// size of the document and the paragraph, not of the vocabulary.
func farParagraphs(p *pool, ndocs int) []bool {
	var vocab int32
	for _, v := range p.vecs {
		if len(v.Terms) > 0 {
			vocab = max(vocab, v.Terms[len(v.Terms)-1]+1)
		}
	}
	sum := newAccumulator(int(vocab))
	docCentroid := make([]rank.Vector, ndocs)
	for start := 0; start < len(p.cands); {
		d := p.cands[start].doc
		end := start
		for ; end < len(p.cands) && p.cands[end].doc == d; end++ {
			sum.add(p.vecs[end])
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
	far := make([]bool, len(p.cands))
	for _, para := range paragraphsOf(p.cands) {
		if p.supported(para[0], para[1]) {
			continue
		}
		d := p.cands[para[0]].doc
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
		for k := para[0]; k < para[1]; k++ {
			sum.add(p.vecs[k])
		}
		if cosineToOthers(sum.take(), own, total, nb) < offStoryMaxSim {
			for k := para[0]; k < para[1]; k++ {
				far[k] = true
			}
		}
	}
	return far
}

// cosineToOthers is the cosine of para with the centroid of the other
// versions: total less own, whose squared norm is nb. It is 0 when either
// is empty.
func cosineToOthers(para, own rank.Vector, total []float64, nb float64) float64 {
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
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// paragraphsOf returns [start, end) ranges of candidates, one per
// paragraph.
func paragraphsOf(cands []candidate) [][2]int {
	var out [][2]int
	for start := 0; start < len(cands); {
		end := start + 1
		for end < len(cands) && cands[end].doc == cands[start].doc && cands[end].para == cands[start].para {
			end++
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
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

// gluedOn returns, per candidate of a single version, whether it is part
// of another article glued on after the story. With no other versions to
// compare with, it compares the text before each paragraph with the text
// after it, as TextTiling compares the blocks beside a gap (Hearst 1997),
// by the cosine of their term counts: within one document, IDF weighs the
// story's own names and topic words least, for they are in most of its
// sentences, and those are what two parts of one story share. The gaps
// looked at are those where the cleaner dropped something, as it drops the
// headline, byline or caption that opens an article, or a "Related"
// heading. Where the cosine is least, below gluedMaxSim, with minOffStory
// candidates or more on each side, the part after is another article,
// unless it is more than twice as long as the part before: a story is
// more than what a page keeps above it (a consent notice the cleaner
// missed), and glued on it is a teaser or a shorter story.
func gluedOn(p *pool) []bool {
	n := len(p.cands)
	off := make([]bool, n)
	if n < 2*minOffStory {
		return off
	}
	var vocab int32
	for _, c := range p.cands {
		for _, t := range c.terms {
			vocab = max(vocab, t+1)
		}
	}
	before, after := make([]float64, vocab), make([]float64, vocab)
	var bb, aa, ba float64 // |before|², |after|², before·after
	for _, c := range p.cands {
		for _, t := range c.terms {
			after[t]++
		}
	}
	for _, w := range after {
		aa += w * w
	}
	cut, least := -1, gluedMaxSim
	for k, c := range p.cands {
		if k >= minOffStory && n-k >= minOffStory && 2*k >= n-k && c.sent > p.cands[k-1].sent+1 && bb > 0 && aa > 0 {
			if cos := ba / math.Sqrt(bb*aa); cos < least {
				cut, least = k, cos
			}
		}
		// Move k's terms from after to before, one at a time:
		// (B+e)·(A−e) = B·A − B_t + A_t − 1.
		for _, t := range c.terms {
			ba += after[t] - before[t] - 1
			bb += 2*before[t] + 1
			aa += 1 - 2*after[t]
			before[t]++
			after[t]--
		}
	}
	if cut >= 0 {
		for k := cut; k < n; k++ {
			off[k] = true
		}
	}
	return off
}
