package digest

import (
	"cmp"
	"context"
	"slices"

	"brief/summarize"
)

// DefaultThreshold is the average-link similarity at and above which Group
// joins two groups of articles into one story: the mean cosine between the
// articles of one group and those of the other, over vectors that weigh
// each story's core (see articleVectors).
const DefaultThreshold = 0.22

// GroupOptions configure Group; the zero value means the defaults.
type GroupOptions struct {
	// Threshold is the similarity at which two groups join; 0 means
	// DefaultThreshold.
	Threshold float64
	// Progress, when set, is told as grouping moves from stage to stage
	// ("reading", "comparing", "joining") and, in the first two, how many
	// articles of how many are done; last, when Group returns, StageDone.
	// One call at a time.
	Progress func(summarize.Progress)
}

// StageDone is the last stage Group reports, however it ends.
const StageDone = "done"

// Group sorts a pile of articles by name and groups them into stories.
// Each article is a vector of its terms (terms gives a text's terms, such
// as (*summarize.Summarizer).Terms) that weighs its headline, lead, names
// and figures above its body, under IDF over the pile. Pairs of articles
// that share salient terms are compared (candidateEdges), and groups are
// joined by average link over those pairs, the most similar pair first and
// on a tie the pair whose first articles come first by name, while the
// similarity reaches the threshold (averageLink). The result is the same
// for the same pile, whatever order it comes in and however many CPUs
// run it. A story's versions are in name order, its ID is its first
// version's name, it is Grouped, and its Title is left empty. Stories come
// in the order of their first versions. Group stops, with ctx's error,
// soon after ctx is done.
func Group(ctx context.Context, pile []Version, terms func(string) []string, opts GroupOptions) ([]Story, error) {
	threshold := cmp.Or(opts.Threshold, DefaultThreshold)
	report := func(stage string, total int) func(int) {
		if opts.Progress == nil {
			return nil
		}
		opts.Progress(summarize.Progress{Stage: stage, Total: total})
		return func(done int) { opts.Progress(summarize.Progress{Stage: stage, Done: done, Total: total}) }
	}
	if opts.Progress != nil {
		defer opts.Progress(summarize.Progress{Stage: StageDone})
	}
	pile = slices.Clone(pile)
	slices.SortStableFunc(pile, func(a, b Version) int { return cmp.Compare(a.Name, b.Name) })
	vecs, heads, voc, err := articleVectors(ctx, pile, terms, report("reading", len(pile)))
	if err != nil {
		return nil, err
	}
	edges, err := candidateEdges(ctx, vecs, voc, report("comparing", len(pile)))
	if err != nil {
		return nil, err
	}
	groups, err := averageLink(ctx, len(pile), edges, threshold, report("joining", 0))
	if err != nil {
		return nil, err
	}
	stories := make([]Story, len(groups))
	for i, g := range groups {
		s := Story{ID: pile[g[0]].Name, Grouped: true}
		for _, k := range g {
			v := pile[k]
			v.Headline = heads[k] // found once
			s.Versions = append(s.Versions, v)
		}
		stories[i] = s
	}
	return stories, nil
}
