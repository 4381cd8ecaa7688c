package digest

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// benchStories returns n stories of seed size: the five seed versions
// (about 19 KB), each story's lightly varied by a number in its first line,
// so no two stories are the same text.
func benchStories(b *testing.B, n int) ([]Story, int64) {
	seed, _ := testPile(b)
	seed = seed[:5]
	stories := make([]Story, n)
	var size int64
	for i := range stories {
		s := Story{ID: fmt.Sprintf("story-%04d", i)}
		for _, v := range seed {
			v.Text = fmt.Sprintf("Edition %d.\n\n", i) + strings.Replace(v.Text, "Thursday", fmt.Sprintf("Thursday (%d)", i%7), 1)
			size += int64(len(v.Text))
			s.Versions = append(s.Versions, v)
		}
		stories[i] = s
	}
	return stories, size
}

// BenchmarkDigest briefs 1,000 seed-size stories with runtime.NumCPU() jobs
// and reports stories/s: summarize's speed, with titles found (see
// docs/digest.md for figures).
func BenchmarkDigest(b *testing.B) {
	stories, size := benchStories(b, 1000)
	d := New(newSummarizer(b), Options{Jobs: runtime.NumCPU()})
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(size)
	for b.Loop() {
		out, err := d.Run(ctx, stories)
		if err != nil || len(out.Problems()) > 0 {
			b.Fatal(err, out.Problems())
		}
	}
	b.ReportMetric(float64(len(stories)*b.N)/b.Elapsed().Seconds(), "stories/s")
}

// BenchmarkGroup groups generated piles (internal/corpus) of about 1,000,
// 4,000 and 16,000 articles and reports articles/s: the cost per article
// stays about the same as the pile grows (docs/digest.md has figures).
func BenchmarkGroup(b *testing.B) {
	terms := newSummarizer(b).Terms
	for _, size := range []struct {
		name      string
		sentences int
	}{{"1k", 28_000}, {"4k", 112_000}, {"16k", 450_000}} {
		b.Run(size.name, func(b *testing.B) {
			pile, _ := generatedPile(b, size.sentences)
			var bytes int64
			for _, v := range pile {
				bytes += int64(len(v.Text))
			}
			b.ReportAllocs()
			b.SetBytes(bytes)
			for b.Loop() {
				if _, err := Group(context.Background(), pile, terms, GroupOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(pile)*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
