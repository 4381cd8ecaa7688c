package eval

import (
	"strconv"
	"sync"
)

// References are reference summaries ready to score many peers against:
// their tokens numbered and their n-grams counted once. Build them with
// Scorer.References; they are safe for concurrent use.
type References struct {
	s      *Scorer
	vocab  map[string]int32
	words  []string // token of each id
	models []idText

	mu    sync.Mutex
	grams map[int]*refKeys // by n
	skips [2]*refKeys      // without, with unigrams
}

// refKeys are the sorted gram keys of each reference.
type refKeys struct {
	index  *gramIndex // nil for skip-bigrams
	models [][]uint64
}

// idText is a Text with tokens replaced by small integer ids, so the
// counting loops index slices instead of hashing strings.
type idText struct {
	grams  []int32
	units  [][]int32
	counts []int32 // occurrences of each id in grams
}

// References prepares refs for scoring peers against them.
func (s *Scorer) References(refs []Text) *References {
	r := &References{s: s, vocab: make(map[string]int32), grams: make(map[int]*refKeys)}
	id := func(tok string) int32 {
		k, ok := r.vocab[tok]
		if !ok {
			k = int32(len(r.words))
			r.vocab[tok] = k
			r.words = append(r.words, tok)
		}
		return k
	}
	r.models = make([]idText, len(refs))
	for i, t := range refs {
		r.models[i] = t.ids(id)
	}
	for i := range r.models {
		r.models[i].count(len(r.words))
	}
	return r
}

// Len returns the number of references.
func (r *References) Len() int { return len(r.models) }

func (t Text) ids(id func(string) int32) idText {
	seq := func(toks []string) []int32 {
		out := make([]int32, len(toks))
		for i, tok := range toks {
			out[i] = id(tok)
		}
		return out
	}
	it := idText{units: make([][]int32, len(t.units))}
	for i, u := range t.units {
		it.units[i] = seq(u)
	}
	if t.flat {
		it.grams = make([]int32, 0, len(t.grams))
		for _, u := range it.units {
			it.grams = append(it.grams, u...)
		}
	} else {
		it.grams = seq(t.grams)
	}
	return it
}

// count fills counts for a vocabulary of v ids.
func (t *idText) count(v int) {
	t.counts = make([]int32, v)
	for _, id := range t.grams {
		t.counts[id]++
	}
}

func (t idText) unitTokens() int {
	n := 0
	for _, u := range t.units {
		n += len(u)
	}
	return n
}

// Count counts the references' n-grams for n = 1..maxN now rather than on
// first use.
func (r *References) Count(maxN int) {
	for n := 2; n <= maxN; n++ {
		r.ngramKeys(n)
	}
}

// ngramKeys returns the references' n-gram keys, counted on first use.
func (r *References) ngramKeys(n int) *refKeys {
	r.mu.Lock()
	defer r.mu.Unlock()
	if k, ok := r.grams[n]; ok {
		return k
	}
	// Ids 0..v-1 are the references' tokens; v stands for any other.
	k := &refKeys{index: newGramIndex(n, len(r.words)+1)}
	for _, m := range r.models {
		k.models = append(k.models, k.index.keys(m.grams, true))
	}
	r.grams[n] = k
	return k
}

// skipKeys returns the references' skip-bigram keys, counted on first use.
func (r *References) skipKeys(unigrams bool) *refKeys {
	r.mu.Lock()
	defer r.mu.Unlock()
	i := 0
	if unigrams {
		i = 1
	}
	if r.skips[i] == nil {
		k := &refKeys{}
		for _, m := range r.models {
			k.models = append(k.models, skipKeys(m.grams, r.s.opts.Skip, unigrams, len(r.words)+1))
		}
		r.skips[i] = k
	}
	return r.skips[i]
}

// Evaluation is one peer scored against References, metric by metric.
// It is not safe for concurrent use.
type Evaluation struct {
	r    *References
	peer idText
	lcs  *lcsPeer // built for the first ROUGE-L
}

// Against prepares peer for scoring against r.
func (r *References) Against(peer Text) *Evaluation {
	other := int32(len(r.words))
	p := peer.ids(func(tok string) int32 {
		if k, ok := r.vocab[tok]; ok {
			return k
		}
		return other
	})
	p.count(len(r.words) + 1)
	return &Evaluation{r: r, peer: p}
}

// Scores computes the metrics of the Scorer's options, in their order.
func (e *Evaluation) Scores() (Scores, error) {
	o := e.r.s.opts
	out := make(Scores, 0, len(e.r.s.names))
	for n := 1; n <= o.MaxN; n++ {
		out = append(out, e.NGram(n))
	}
	if !o.NoLCS {
		out = append(out, e.LCS())
	}
	if o.Weight > 0 {
		w, err := e.WLCS()
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	if o.SkipBigram {
		out = append(out, e.SkipBigram(o.SkipUnigrams))
	}
	return out, nil
}

// NGram scores ROUGE-n, for any n > 0.
func (e *Evaluation) NGram(n int) Score {
	if n == 1 { // the unigram counts are at hand
		s := e.r.s
		t := tally{mode: s.opts.Mode, best: -1}
		for _, m := range e.r.models {
			hit := 0
			for id, c := range m.counts {
				hit += int(min(c, e.peer.counts[id]))
			}
			score := 0.0
			if len(m.grams) != 0 {
				score = round5(float64(hit) / float64(len(m.grams)))
			}
			t.add(float64(hit), float64(len(m.grams)), float64(len(e.peer.grams)), score)
		}
		return t.result(NGramName(1), s.opts.Alpha, nil)
	}
	k := e.r.ngramKeys(n)
	return e.r.s.countScore(NGramName(n), k.index.keys(e.peer.grams, false), k.models)
}

// SkipBigram scores ROUGE-S, or with unigrams ROUGE-SU, with the options'
// skip distance (whatever their SkipBigram and SkipUnigrams say).
func (e *Evaluation) SkipBigram(unigrams bool) Score {
	o := e.r.s.opts
	skip := o.SkipText
	if skip == "" {
		skip = strconv.Itoa(o.Skip)
	}
	k := e.r.skipKeys(unigrams)
	pk := skipKeys(e.peer.grams, o.Skip, unigrams, len(e.r.words)+1)
	return e.r.s.countScore(SkipBigramName(o.Skip, skip, unigrams), pk, k.models)
}

// LCS scores ROUGE-L, the summary-level union LCS.
func (e *Evaluation) LCS() Score {
	s := e.r.s
	t := tally{mode: s.opts.Mode, best: -1}
	e.forEachLCS(func(_ int, m idText, mc, pc []int32, st *lcsState, mask *[]bool) {
		hit, base := e.unionLCS(m.units, mc, pc, st, mask, nil)
		score := 0.0
		if base > 0 {
			score = float64(hit) / float64(base)
		}
		t.add(float64(hit), float64(base), float64(len(e.peer.grams)), score)
	})
	return t.result("ROUGE-L", s.opts.Alpha, nil)
}

// LCSHits returns, for each sentence of reference ref, the tokens ROUGE-L
// counts as hits, as ROUGE-1.5.5 -v prints them.
func (e *Evaluation) LCSHits(ref int) [][]string {
	var out [][]string
	e.forEachLCS(func(i int, m idText, mc, pc []int32, st *lcsState, mask *[]bool) {
		if i == ref {
			e.unionLCS(m.units, mc, pc, st, mask, func(hits []int32) { out = append(out, e.r.spell(hits)) })
		}
	})
	return out
}

// forEachLCS calls f for each reference with fresh clipping counts.
func (e *Evaluation) forEachLCS(f func(i int, m idText, mc, pc []int32, st *lcsState, mask *[]bool)) {
	if e.lcs == nil {
		e.lcs = newLCSPeer(e.peer.units, len(e.r.words))
	}
	v := len(e.r.words)
	mc, pc := make([]int32, v), make([]int32, v)
	var st lcsState
	var mask []bool
	for i, m := range e.r.models {
		copy(mc, m.counts)
		copy(pc, e.peer.counts[:v])
		f(i, m, mc, pc, &st, &mask)
	}
}

// unionLCS is ROUGE-1.5.5's summary-level LCS: for each model sentence,
// the union of its LCS with every peer sentence, each hit clipped by the
// unigram counts mc and pc (consumed as hits are taken). It returns the
// hits and the total model length; trace, if set, gets each sentence's.
func (e *Evaluation) unionLCS(model [][]int32, mc, pc []int32, st *lcsState, mask *[]bool, trace func([]int32)) (hit, base int) {
	var hits []int32
	for _, mu := range model {
		base += len(mu)
		*mask = resetMask(*mask, len(mu))
		e.lcs.mark(mu, *mask, st)
		hits = hits[:0]
		for j, tok := range mu {
			if (*mask)[j] && mc[tok] > 0 && pc[tok] > 0 {
				hit++
				mc[tok]--
				pc[tok]--
				hits = append(hits, tok)
			}
		}
		if trace != nil {
			trace(hits)
		}
	}
	return hit, base
}

// WLCS scores ROUGE-W. A reference without tokens is an error
// (*ReferenceError wrapping ErrEmptyReference): ROUGE-1.5.5 divides by its
// weight.
func (e *Evaluation) WLCS() (Score, error) {
	s := e.r.s
	for i, m := range e.r.models {
		if m.unitTokens() == 0 {
			return Score{}, &ReferenceError{Index: i, Err: ErrEmptyReference}
		}
	}
	for _, m := range e.r.models {
		if tooLongForWLCS(m.units, e.peer.units) {
			return Score{}, ErrTooLong
		}
	}
	t := tally{mode: s.opts.Mode, best: -1}
	peerLen := len(e.peer.grams)
	e.forEachWLCS(func(_ int, m idText, mc, pc []int32, buf *wlcsBuf) {
		hit, base := s.unionWLCS(m.units, e.peer.units, mc, pc, buf, nil)
		t.add(hit, s.pow(base), s.weight(peerLen), s.invPow(hit/base))
	})
	return t.result(s.opts.weightName(), s.opts.Alpha, s.invPow), nil
}

// WLCSHits is LCSHits for ROUGE-W.
func (e *Evaluation) WLCSHits(ref int) [][]string {
	var out [][]string
	e.forEachWLCS(func(i int, m idText, mc, pc []int32, buf *wlcsBuf) {
		if i == ref {
			e.r.s.unionWLCS(m.units, e.peer.units, mc, pc, buf, func(hits []int32) { out = append(out, e.r.spell(hits)) })
		}
	})
	return out
}

func (e *Evaluation) forEachWLCS(f func(i int, m idText, mc, pc []int32, buf *wlcsBuf)) {
	v := len(e.r.words)
	mc, pc := make([]int32, v), make([]int32, v)
	var buf wlcsBuf
	for i, m := range e.r.models {
		copy(mc, m.counts)
		copy(pc, e.peer.counts[:v])
		f(i, m, mc, pc, &buf)
	}
}

// spell returns the tokens of ids.
func (r *References) spell(ids []int32) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = r.words[id]
	}
	return out
}
