package summarize

import (
	"context"
	"slices"
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

// Summarize returns the brief of docs, the versions of one story. Each
// stage is a function in the file named after it.
func (s *Summarizer) Summarize(ctx context.Context, docs []Document) (*Brief, error) {
	r, p, err := s.prepare(ctx, docs)
	if err != nil {
		return nil, err
	}
	s.progress("ranking")
	scores := salience(p, r.items, s.denseMax)
	rel := relevance(p.cands, scores, r.items, len(docs) == 1, r.vocab)
	lessEarlier(rel, p.cands, r.latest)
	if len(docs) > 1 {
		lessDeictic(rel, p)
	}
	if !r.items {
		lessBackground(rel, p)
	}
	ok, after, err := eligible(p, rel, s.opts.MinSupport, len(docs), r.items)
	if err != nil {
		return nil, err
	}
	s.progress("selecting")
	c := choice{rel: rel, costs: costs(p.cands, s.opts.Budget), ok: ok, after: after,
		neighbours: p.neighbours, sim: p.sim, same: p.redundant, fact: p.same,
		dates: p.dates(r.docDates()), disagree: p.disagree, news: -1, texts: p.texts(), items: r.items, dropped: r.dropped}
	if !r.items && len(docs) > 1 {
		c.tolls, c.bounds = p.tolls(), p.bounds()
	}
	if news := newsOf(p, rel, s.opts.MinSupport, ok, r.latest, r.later); news >= 0 {
		// The news is chosen first, whatever its support, and read first.
		rel[news], ok[news], c.news = slices.Max(rel)+1e-9, true, news
	}
	return newBrief(r, p, scores, choose(p, c, s.opts.Budget, s.opts.Lambda, len(docs))), nil
}

// prepare reads docs (segment, clean, terms: see read), vectorizes the
// sentences kept and links them in the similarity graph (newPool), and
// drops the blocks that are off the story (offStory, or gluedOn for a
// single version), then the prospects that another version reports done
// (superseded).
func (s *Summarizer) prepare(ctx context.Context, docs []Document) (*reading, *pool, error) {
	if len(docs) == 0 {
		return nil, nil, ErrNoInput
	}
	r, cands, err := s.read(ctx, docs)
	if err != nil {
		return nil, nil, err
	}
	s.progress("comparing sentences")
	p := newPool(cands, r.vocab, s.denseMax, s.opts.SameFact)
	off := gluedOn(p) // one version: the others cannot tell
	if len(docs) > 1 {
		off = offStory(p, len(docs))
	}
	r.mark(p, off, OffStory)
	p = p.without(off)
	if len(p.cands) == 0 {
		return nil, nil, ErrNoContent
	}
	dates := r.docDates()
	stale, later := superseded(p, dates, s.vec.stop)
	if stale != nil {
		r.mark(p, stale, Superseded)
		p = p.without(stale)
	}
	if stale, earlier := overtakenProgress(p, dates, s.vec.stop); stale != nil {
		r.mark(p, stale, Superseded)
		p = p.without(stale)
		later = laterThan(later, earlier)
	}
	var tolls []float64
	if !r.items {
		tolls = docTolls(p, len(docs))
	}
	r.latest, r.later = latestVersions(dates, later, tolls), later
	if stale := supersededEarlier(p, dates, s.vec.stop, r.latest); stale != nil {
		r.mark(p, stale, Superseded)
		p = p.without(stale)
	}
	if stale := pending(p, r.latest); stale != nil {
		r.mark(p, stale, Superseded)
		p = p.without(stale)
	}
	if stale := provisional(p, len(docs)); stale != nil {
		r.mark(p, stale, Superseded)
		p = p.without(stale)
	}
	return r, p, ctx.Err()
}
