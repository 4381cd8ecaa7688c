package summarize

import (
	"math"

	"brief/rank"
)

// lengthExponent discounts long sentences in selection: relevance is the
// TextRank score over words^lengthExponent. TextRank favours long sentences,
// which overlap with more others; under a budget of words a long sentence
// must earn its room. 0.2 was chosen on the seeds and the Opinosis dev
// topics (0.3 and 0.5 lose ROUGE-1 there, 0 loses ROUGE-2 and SU4).
const lengthExponent = 0.2

// singleLeadWeight is the share of position in the relevance of a
// sentence of a single article: 1/(1+k) for its k-th kept sentence. With
// one version there is no agreement between versions to rank by, and news
// is written lead first: the first sentences of an article are its best
// summary, a baseline few systems beat on single news articles.
var singleLeadWeight = 0.7

// salience returns the TextRank scores of the pool's candidates, which sum
// to 1. The teleport favours each version's first sentences (see
// leadPrior), except in lists of items, which have no lead.
func salience(p *pool, items bool, denseMax int) []float64 {
	var prior []float64 // uniform
	if !items {
		prior = leadPrior(p.cands)
	}
	return rank.TextRankSparse(p.graph, prior, rankSettings(len(p.cands), denseMax))
}

// leadPrior favours each version's first sentences: news writing puts the
// story first, and the teleport prior carries that into TextRank.
func leadPrior(cands []candidate) []float64 {
	p := make([]float64, len(cands))
	pos := make(map[int]int) // candidates so far per document
	for k, c := range cands {
		p[k] = 1 / math.Sqrt(float64(1+pos[c.doc]))
		pos[c.doc]++
	}
	return p
}

// rankSettings returns TextRank's settings for n candidates. The iteration
// stops when the scores, which sum to 1, change by less than the tolerance
// in all; above denseMax candidates the tolerance grows with them, so that
// each score is as precise as at DenseMax: a fixed tolerance would demand
// ever more iterations of ever smaller scores.
func rankSettings(n, denseMax int) rank.Settings {
	var s rank.Settings
	if n > denseMax && denseMax > 0 {
		s.Tolerance = rank.DefaultTolerance * float64(n) / float64(denseMax)
	}
	return s
}

// relevance returns each candidate's relevance in [0,1] for selection:
// its score per word^lengthExponent, scaled by the largest. In a list of
// items it is blended with typicality (see typicalWeight); in a single
// article, with its position (see singleLeadWeight).
func relevance(cands []candidate, scores []float64, items, single bool, vocab int) []float64 {
	perWord := make([]float64, len(cands))
	for k, c := range cands {
		perWord[k] = scores[k] / math.Pow(float64(c.words), lengthExponent)
	}
	rel := scaled(perWord)
	if single && !items {
		for k := range rel {
			rel[k] = singleLeadWeight/float64(1+k) + (1-singleLeadWeight)*rel[k]
		}
	}
	if items {
		typ := scaled(typicality(cands, vocab))
		for k := range rel {
			rel[k] = typicalWeight*typ[k] + (1-typicalWeight)*rel[k]
		}
	}
	return rel
}

// scaled returns scores scaled to [0,1] by the largest.
func scaled(scores []float64) []float64 {
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
