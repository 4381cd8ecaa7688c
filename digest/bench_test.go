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
// and reports stories/s. Target: at least 300 stories/s on 2 cores.
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

// BenchmarkGroup groups a pile of 1,000 articles: the 200 stories of
// benchStories with five versions each, shuffled by name.
func BenchmarkGroup(b *testing.B) {
	stories, size := benchStories(b, 200)
	var pile []Version
	for _, s := range stories {
		for k, v := range s.Versions {
			v.Name = fmt.Sprintf("%d-%s", (k*7919+len(pile)*104729)%100000, s.ID)
			pile = append(pile, v)
		}
	}
	terms := newSummarizer(b).Terms
	b.ReportAllocs()
	b.SetBytes(size)
	for b.Loop() {
		Group(pile, terms, DefaultThreshold)
	}
}
