package eval

import (
	"fmt"
	"math"
)

// Scorer computes ROUGE scores under one set of Options. Build it once with
// New; it is safe for concurrent use.
type Scorer struct {
	opts       Options
	names      []string
	stopwords  map[string]bool
	exceptions map[string]string
	weights    []float64 // f(k) = k^Weight
}

// New returns a Scorer for opts, or an error wrapping ErrOptions.
func New(opts Options) (*Scorer, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	s := &Scorer{opts: opts, names: opts.names(), weights: weights(opts.Weight, weightTableSize)}
	if opts.Stopwords {
		s.stopwords = loadStopwords()
	}
	if opts.Stem {
		s.exceptions = loadExceptions()
	}
	return s, nil
}

// Options returns the options s was built with.
func (s *Scorer) Options() Options { return s.opts }

// Names returns the metric names s computes, in output order.
func (s *Scorer) Names() []string { return append([]string(nil), s.names...) }

// Score scores a peer summary against references; each summary is a list
// of sentences (the lines of ROUGE's SPL format).
func (s *Scorer) Score(peer []string, refs [][]string) (Scores, error) {
	p, err := s.Prepare(peer)
	if err != nil {
		return nil, fmt.Errorf("peer: %w", err)
	}
	ts := make([]Text, len(refs))
	for i, r := range refs {
		if ts[i], err = s.Prepare(r); err != nil {
			return nil, &ReferenceError{Index: i, Err: err}
		}
	}
	return s.ScoreTexts(p, ts)
}

// ScoreTexts scores a prepared peer against prepared references. A
// reference without tokens is an error (*ReferenceError wrapping
// ErrEmptyReference); an empty peer scores 0.
func (s *Scorer) ScoreTexts(peer Text, refs []Text) (Scores, error) {
	if len(refs) == 0 {
		return nil, ErrNoReferences
	}
	for i, r := range refs {
		if len(r.grams) == 0 || unitTokens(r) == 0 {
			return nil, &ReferenceError{Index: i, Err: ErrEmptyReference}
		}
	}
	var in interner
	p := in.text(peer)
	models := make([]idText, len(refs))
	for i, r := range refs {
		models[i] = in.text(r)
	}
	v := len(in.ids)
	p.count(v)
	for i := range models {
		models[i].count(v)
	}

	out := make(Scores, 0, len(s.names))
	name := s.names
	for n := 1; n <= s.opts.MaxN; n++ {
		out = append(out, s.countScore(name[0], p, models, func(t idText) []uint64 { return gramKeys(t.grams, n, v) }))
		name = name[1:]
	}
	l, w := s.lcsScores(name[0], name[1], p, models, v)
	out = append(out, l, w)
	name = name[2:]
	if s.opts.SkipBigram {
		out = append(out, s.countScore(name[0], p, models, func(t idText) []uint64 {
			return skipKeys(t.grams, s.opts.Skip, s.opts.SkipUnigrams, v)
		}))
	}
	return out, nil
}

func unitTokens(t Text) int {
	n := 0
	for _, u := range t.units {
		n += len(u)
	}
	return n
}

// countScore scores ROUGE-N or ROUGE-S/SU: clipped hits of the keys that
// keys returns, sorted.
func (s *Scorer) countScore(name string, peer idText, models []idText, keys func(idText) []uint64) Score {
	pk := keys(peer)
	t := tally{mode: s.opts.Mode, best: -1}
	for _, m := range models {
		mk := keys(m)
		hit := clippedHits(pk, mk)
		score := 0.0
		if len(mk) != 0 {
			score = round5(float64(hit) / float64(len(mk)))
		}
		t.add(float64(hit), float64(len(mk)), float64(len(pk)), score)
	}
	return t.result(name, s.opts.Alpha, nil)
}

// lcsScores scores ROUGE-L and ROUGE-W (summary-level union LCS).
func (s *Scorer) lcsScores(lname, wname string, peer idText, models []idText, v int) (Score, Score) {
	var buf lcsBuf
	lt := tally{mode: s.opts.Mode, best: -1}
	wt := tally{mode: s.opts.Mode, best: -1}
	mc := make([]int32, v)
	pc := make([]int32, v)
	peerLen := len(peer.grams)
	for _, m := range models {
		copy(mc, m.counts)
		copy(pc, peer.counts)
		hit, base := unionLCS(m.units, peer.units, mc, pc, &buf)
		score := 0.0
		if base > 0 {
			score = float64(hit) / float64(base)
		}
		lt.add(float64(hit), float64(base), float64(peerLen), score)

		copy(mc, m.counts)
		copy(pc, peer.counts)
		whit, wbase := s.unionWLCS(m.units, peer.units, mc, pc, &buf)
		wt.add(whit, s.pow(wbase), s.weight(peerLen), s.invPow(whit/wbase))
	}
	return lt.result(lname, s.opts.Alpha, nil), wt.result(wname, s.opts.Alpha, s.invPow)
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
	sc := Score{Name: name, R: ratio(t.model), P: ratio(t.peer)}
	if d := (1-alpha)*sc.P + alpha*sc.R; d > 0 {
		sc.F = round5(sc.P * sc.R / d)
	}
	return sc
}
