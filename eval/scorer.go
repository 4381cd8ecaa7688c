package eval

import (
	"math"
	"sync"
)

// Scorer computes ROUGE scores under one set of Options. Build it once with
// New; it is safe for concurrent use.
type Scorer struct {
	opts      Options
	names     []string
	stopwords map[string]bool // nil without -s
	weights   []float64       // f(k) = k^Weight; nil without ROUGE-W
	stemMu    sync.RWMutex
	stems     map[string]string // word -> MorphStem(word), under -m
}

// New returns a Scorer for opts, or an error wrapping ErrOptions.
func New(opts Options) (*Scorer, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	s := &Scorer{opts: opts, names: opts.names()}
	if opts.Weight > 0 {
		s.weights = weights(opts.Weight, weightTableSize)
	}
	if opts.Stopwords {
		l := opts.Stoplist
		if l == nil {
			l = smartStoplist()
		}
		s.stopwords = l.set
	}
	if opts.Stem {
		exceptions() // loaded now rather than with the first text
		s.stems = make(map[string]string)
	}
	return s, nil
}

// WithStem returns a Scorer of s's options but for Stem, without
// building its tables again.
func (s *Scorer) WithStem(stem bool) *Scorer {
	if stem == s.opts.Stem {
		return s
	}
	t := &Scorer{opts: s.opts, names: s.names, stopwords: s.stopwords, weights: s.weights}
	t.opts.Stem = stem
	if stem {
		exceptions()
		t.stems = make(map[string]string)
	}
	return t
}

// Options returns the options s was built with.
func (s *Scorer) Options() Options { return s.opts }

// Names returns the metric names s computes, in output order.
func (s *Scorer) Names() []string { return append([]string(nil), s.names...) }

// Score scores a peer summary against references; each summary is a list
// of sentences (the lines of ROUGE's SPL format).
func (s *Scorer) Score(peer []string, refs [][]string) (Scores, error) {
	ts := make([]Text, len(refs))
	for i, r := range refs {
		ts[i] = s.Prepare(r)
	}
	return s.ScoreTexts(s.Prepare(peer), ts)
}

// ScoreTexts scores a prepared peer against prepared references. An empty
// peer scores 0, and so does an empty reference, as in ROUGE-1.5.5, except
// under ROUGE-W, whose weight it divides by: then it is an error
// (*ReferenceError wrapping ErrEmptyReference).
func (s *Scorer) ScoreTexts(peer Text, refs []Text) (Scores, error) {
	if len(refs) == 0 {
		return nil, ErrNoReferences
	}
	return s.References(refs).Against(peer).Scores()
}

// countScore scores ROUGE-N or ROUGE-S/SU: clipped hits of the peer's keys
// pk among each reference's keys.
func (s *Scorer) countScore(name string, pk []uint64, models [][]uint64) Score {
	t := tally{mode: s.opts.Mode, best: -1}
	for _, mk := range models {
		hit := clippedHits(pk, mk)
		score := 0.0
		if len(mk) != 0 {
			score = round5(float64(hit) / float64(len(mk)))
		}
		t.add(float64(hit), float64(len(mk)), float64(len(pk)), score)
	}
	return t.result(name, s.opts.Alpha, nil)
}

// weight returns f(k) = k^Weight exactly as C's pow does.
func (s *Scorer) weight(k int) float64 {
	if k < len(s.weights) {
		return s.weights[k]
	}
	return powInt(k, s.opts.Weight)
}

func (s *Scorer) pow(x float64) float64    { return math.Pow(x, s.opts.Weight) }
func (s *Scorer) invPow(x float64) float64 { return math.Pow(x, 1/s.opts.Weight) }

// tally combines per-reference results the ROUGE-1.5.5 way.
type tally struct {
	mode             Mode
	hit, model, peer float64
	best             float64
}

func (t *tally) add(hit, model, peer, score float64) {
	if t.mode == Best {
		// Strict: the first reference wins ties.
		if score > t.best {
			t.best, t.hit, t.model, t.peer = score, hit, model, peer
		}
		return
	}
	t.hit += hit
	t.model += model
	t.peer += peer
}

// result rounds R and P to five decimals, then F from the rounded values.
// inv, when set, maps hit/count to the score (ROUGE-W's inverse weight).
func (t tally) result(name string, alpha float64, inv func(float64) float64) Score {
	ratio := func(count float64) float64 {
		if count == 0 {
			return 0
		}
		x := t.hit / count
		if inv != nil {
			x = inv(x)
		}
		return round5(x)
	}
	sc := Score{Name: name, R: ratio(t.model), P: ratio(t.peer), Hit: t.hit, Model: t.model, Peer: t.peer}
	if d := (1-alpha)*sc.P + alpha*sc.R; d > 0 {
		sc.F = round5(sc.P * sc.R / d)
	}
	return sc
}
