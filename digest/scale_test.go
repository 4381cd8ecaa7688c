package digest

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/internal/corpus"
	"brief/summarize"
)

// generatedPile is a pile of about sentences sentences from the corpus
// generator (internal/corpus): versions of many stories, each story's
// versions named sNNNNN_vK.txt, with each article's story.
func generatedPile(t testing.TB, sentences int) ([]Version, map[string]string) {
	t.Helper()
	src, err := corpus.Load("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	docs := corpus.Generate(src, sentences)
	pile := make([]Version, len(docs))
	label := make(map[string]string, len(docs))
	for i, d := range docs {
		pile[i] = version(d.Name, d.Text)
		label[d.Name], _, _ = strings.Cut(d.Name, "_")
	}
	return pile, label
}

// A generated pile of 714 articles from 131 stories (half news made from
// the seed versions, half reviews from Opinosis topics), as recorded: 133
// groups, purity 0.992, pairwise F 0.986. (The errors are review stories
// made from one topic, which share two thirds of their words.)
func TestGroupGeneratedPile(t *testing.T) {
	t.Parallel()
	pile, label := generatedPile(t, 20_000)
	stories, err := Group(context.Background(), pile, newSummarizer(t).Terms, GroupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := score(stories, label)
	if len(pile) != 714 || got.Stories != 131 || got.Groups != 133 || !near(got.Purity, 0.992, 0.0005) || !near(got.PairwiseF, 0.986, 0.0005) {
		t.Errorf("%d articles: %v; recorded 714 articles in 133 groups of 131 stories, purity 0.992, F 0.986", len(pile), got)
	}
}

// The work of comparing grows with the pile, not with its square: the
// pairs proposed per article stay bounded (recorded: 4.2 of 714 articles,
// 6.5 of 2,842; 7.1 of 3,558, 10.8 of 14,247 and 10.7 of 49,901 in the
// piles of docs/digest.md), where all pairs would be half the pile.
func TestCandidatesGrowLinearly(t *testing.T) {
	t.Parallel()
	terms := newSummarizer(t).Terms
	for _, tc := range []struct {
		sentences, articles int
		perArticle          float64
	}{{20_000, 714, 4.2}, {80_000, 2842, 6.5}} {
		pile, _ := generatedPile(t, tc.sentences)
		ctx := context.Background()
		vecs, _, voc, err := articleVectors(ctx, pile, terms, nil)
		if err != nil {
			t.Fatal(err)
		}
		edges, err := candidateEdges(ctx, vecs, voc, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := float64(len(edges)) / float64(len(pile))
		if len(pile) != tc.articles || !near(got, tc.perArticle, 0.05) {
			t.Errorf("%d articles: %.2f pairs per article; recorded %d and %.1f", len(pile), got, tc.articles, tc.perArticle)
		}
	}
}

// Group reports its stages and stops soon after its context is done.
func TestGroupProgressAndCancel(t *testing.T) {
	t.Parallel()
	pile, _ := generatedPile(t, 30_000)
	terms := newSummarizer(t).Terms
	var mu sync.Mutex
	var stages []string
	_, err := Group(context.Background(), pile, terms, GroupOptions{Progress: func(p summarize.Progress) {
		mu.Lock()
		defer mu.Unlock()
		if len(stages) == 0 || stages[len(stages)-1] != p.Stage {
			stages = append(stages, p.Stage)
		}
		if p.Total != 0 && (p.Done > p.Total || p.Total != len(pile)) {
			t.Errorf("progress %+v for %d articles", p, len(pile))
		}
	}})
	if err != nil || strings.Join(stages, " ") != "reading comparing joining done" {
		t.Errorf("stages %q, %v", stages, err)
	}
	for _, stage := range []string{"reading", "comparing"} {
		ctx, cancel := context.WithCancel(context.Background())
		var cancelled time.Time
		_, err := Group(ctx, pile, terms, GroupOptions{Progress: func(p summarize.Progress) {
			if p.Stage == stage && p.Done > 0 && cancelled.IsZero() {
				cancelled = time.Now()
				cancel()
			}
		}})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled while %s: %v", stage, err)
		}
		if d := time.Since(cancelled); d > time.Second {
			t.Errorf("cancelled while %s: returned %v later", stage, d)
		}
	}
}
