package digest

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"

	"brief/summarize"
)

// Options configure a Digester.
type Options struct {
	// Jobs is how many stories are briefed at once; 0 means
	// runtime.NumCPU(). The digest is the same for any value.
	Jobs int
	// Progress, when set, is called once per story briefed, one call at a
	// time.
	Progress func()
}

// Digester briefs stories in parallel with one shared Summarizer.
type Digester struct {
	sum  *summarize.Summarizer
	opts Options
}

// New returns a Digester that briefs with sum.
func New(sum *summarize.Summarizer, opts Options) *Digester {
	if opts.Jobs <= 0 {
		opts.Jobs = runtime.NumCPU()
	}
	return &Digester{sum: sum, opts: opts}
}

// Result is one story and its brief.
type Result struct {
	Story
	// Brief is nil when the story failed.
	Brief *summarize.Brief
	// Err is why no brief could be made, or nil.
	Err error
}

// Failed reports whether the story has no brief.
func (r Result) Failed() bool { return r.Brief == nil }

// Digest is the briefs of a run's stories.
type Digest struct {
	// Title heads the digest; "" means DefaultTitle.
	Title string
	// Stories are in digest order (most versions first, then by title
	// regardless of case), failed stories too, with their errors.
	Stories []Result
}

// Run briefs each story and returns the digest. A story that fails does
// not stop the others; Run fails only when ctx is done.
func (d *Digester) Run(ctx context.Context, stories []Story) (*Digest, error) {
	results := make([]Result, len(stories))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex // serializes Progress
	for range min(d.opts.Jobs, len(stories)) {
		wg.Go(func() {
			for i := range next {
				results[i] = d.brief(ctx, stories[i])
				if d.opts.Progress != nil {
					mu.Lock()
					d.opts.Progress()
					mu.Unlock()
				}
			}
		})
	}
feed:
	for i := range stories {
		select {
		case next <- i:
		case <-ctx.Done(): // the stories in hand finish, the rest are not begun
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sortResults(results)
	return &Digest{Stories: results}, nil
}

// brief summarizes one story and names it when it has no title.
func (d *Digester) brief(ctx context.Context, s Story) Result {
	r := Result{Story: s}
	if len(s.Versions) == 0 {
		if len(s.Errs) == 0 {
			r.Err = ErrNoDocs
		}
	} else {
		r.Brief, r.Err = d.sum.Summarize(ctx, s.documents())
		if r.Err == nil && len(r.Brief.Sentences) == 0 {
			r.Brief, r.Err = nil, summarize.ErrNothingFits
		}
	}
	if r.Title == "" {
		brief := ""
		if r.Brief != nil {
			brief = r.Brief.Text()
		}
		terms := d.sum.TermsOfOne()
		r.Title = storyTitle(d.headlines(s, terms), brief, terms)
	}
	if r.Title == "" && s.Grouped && r.Brief != nil && len(r.Brief.Sentences) > 1 {
		r.Title = oneLine(r.Brief.Sentences[0].Text)
	}
	if r.Title == "" {
		r.Title = r.ID
	}
	// A title is never the brief's opening again.
	if r.Brief != nil && len(r.Brief.Sentences) > 1 && headlineKey(r.Title) == headlineKey(r.Brief.Sentences[0].Text) {
		b := *r.Brief
		b.Sentences = b.Sentences[1:]
		r.Brief = &b
	}
	return r
}

// headlines returns each version's headline: its own (Version.Headline),
// else the one its text opens with, else "", finding terms with terms.
func (d *Digester) headlines(s Story, terms func(string) []string) []string {
	out := make([]string, len(s.Versions))
	for i, v := range s.Versions {
		out[i] = v.Headline
		if out[i] == "" {
			out[i] = textHeadline(v.Text, terms)
		}
	}
	return out
}

// sortResults puts results in digest order: most versions first, then by
// title regardless of case, then by title and ID, so the order is total.
func sortResults(rs []Result) {
	slices.SortStableFunc(rs, func(a, b Result) int {
		return cmp.Or(
			cmp.Compare(len(b.Versions), len(a.Versions)),
			cmp.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)),
			cmp.Compare(a.Title, b.Title),
			cmp.Compare(a.ID, b.ID),
		)
	})
}

// Problems returns one *StoryError for each problem of the digest's
// stories, in digest order: the versions that could not be read, and the
// reason a story has no brief.
func (d *Digest) Problems() []error {
	var out []error
	for _, r := range d.Stories {
		for _, e := range r.Errs {
			out = append(out, &StoryError{Story: r.Title, Err: e})
		}
		if r.Err != nil {
			out = append(out, &StoryError{Story: r.Title, Err: r.Err})
		}
	}
	return out
}
