package summarize

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"brief/internal/corpus"
)

// scaleSizes are the benchmark sizes in sentences, as corpus.Count counts
// them; 0 stands for the five seed versions.
var scaleSizes = []int{0, 2000, 20000, 200000}

// scaleDocs returns the seed versions for size 0, else a generated corpus
// of about size sentences: versions of many news and review stories made
// from testdata/kazakhstan and testdata/opinosis (see internal/corpus).
// Corpora are made anew, not kept: a large one kept alive would make the
// garbage collector run less often in later benchmarks than in earlier.
func scaleDocs(tb testing.TB, size int) []Document {
	tb.Helper()
	if size == 0 {
		return seedDocs(tb)
	}
	src, err := corpus.Load("../testdata")
	if err != nil {
		tb.Fatal(err)
	}
	var docs []Document
	for _, d := range corpus.Generate(src, size) {
		docs = append(docs, Document{Name: d.Name, Text: d.Text})
	}
	return docs
}

func sizeName(size int) string {
	if size == 0 {
		return "seeds"
	}
	return fmt.Sprintf("%dk", size/1000)
}

func textBytes(docs []Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// BenchmarkSummarizeScale summarizes the seeds and generated corpora of 2k,
// 20k and 200k sentences, end to end after reading. Targets (2 cores): 20k
// in 0.5 s and within 3× BenchmarkFloor at 20k; 200k in 10 s, at most 12
// times the 20k time.
func BenchmarkSummarizeScale(b *testing.B) {
	s, err := New(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range scaleSizes {
		b.Run(sizeName(size), func(b *testing.B) {
			docs := scaleDocs(b, size)
			ctx := context.Background()
			b.ReportAllocs()
			b.SetBytes(textBytes(docs))
			for b.Loop() {
				if _, err := s.Summarize(ctx, docs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFloor is the least any summary of the same input costs here:
// segmenting every document into sentences and every sentence into terms,
// on the same worker pool as Summarize, reading excluded.
func BenchmarkFloor(b *testing.B) {
	s, err := New(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range scaleSizes {
		b.Run(sizeName(size), func(b *testing.B) {
			docs := scaleDocs(b, size)
			b.ReportAllocs()
			b.SetBytes(textBytes(docs))
			for b.Loop() {
				parallel(len(docs), func() func(int) {
					own := make(lexemes)
					return func(di int) {
						for _, sent := range s.seg.split(di, layOut(docs[di].Text, s.vec.stop)) {
							s.vec.terms(sent.Text, own)
						}
					}
				})
			}
		})
	}
}

// The brief does not depend on how many goroutines run: the same bytes at
// GOMAXPROCS 1 and 2, on the seeds, on a corpus large enough for the sparse
// path, and on a list of items (-1: the largest Opinosis topic).
func TestSummarizeSameAtAnyGOMAXPROCS(t *testing.T) {
	for _, size := range []int{0, 2000, 20000, -1} {
		if size > 2000 && testing.Short() {
			continue
		}
		name := sizeName(size)
		if size < 0 {
			name = "items"
		}
		t.Run(name, func(t *testing.T) {
			docs := scaleDocs(t, max(size, 0))
			if size < 0 {
				docs = readDocs(t, "../testdata/opinosis/topics/room_holiday_inn_london.txt.data")
			}
			var got []string
			for _, procs := range []int{1, 2} {
				prev := runtime.GOMAXPROCS(procs)
				b := mustSummarize(t, DefaultOptions(), docs)
				runtime.GOMAXPROCS(prev)
				got = append(got, jsonOf(t, b))
			}
			if got[0] != got[1] {
				t.Errorf("GOMAXPROCS 1 and 2 differ:\n%s\n%s", got[0], got[1])
			}
		})
	}
}

func jsonOf(t *testing.T, b *Brief) string {
	t.Helper()
	var sb strings.Builder
	if err := b.WriteJSON(&sb); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// On the seeds, the sparse graph (each sentence's 12 nearest neighbours
// only) gives a brief with the dense one's qualities: the news first, each
// fact once, nothing that leans on a missing sentence. It need not pick the
// same sentences: with fewer edges the TextRank scores differ (with 20
// neighbours it did pick the same, at a cost the 20k benchmark could not
// afford).
func TestSparsePathOnSeeds(t *testing.T) {
	docs := seedDocs(t)
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	s.denseMax = 0
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if b.Words() > DefaultWords || len(b.Sentences) < 3 {
		t.Errorf("sparse brief: %d words in %d sentences", b.Words(), len(b.Sentences))
	}
	first := b.Sentences[0].Text
	if !strings.Contains(first, "Kazakhstan") || !strings.Contains(first, "join") {
		t.Errorf("sparse brief does not lead with the news: %q", first)
	}
	for _, m := range seedFactMarkers {
		if n := strings.Count(strings.ToLower(b.Text()), m); n > 1 {
			t.Errorf("sparse brief states %q %d times: %s", m, n, b.Text())
		}
	}
	checkBrief(t, s, docs, b)
}

// On a generated corpus on the sparse path, the brief keeps its budget,
// holds each sentence at its offset, and states no fact twice by the full
// cosine, whether or not the graph holds the pair.
func TestSparsePathBrief(t *testing.T) {
	docs := scaleDocs(t, 2000)
	byName := make(map[string]string, len(docs))
	for _, d := range docs {
		byName[d.Name] = d.Text
	}
	for _, words := range []int{100, 400} {
		opts := DefaultOptions()
		opts.Budget = Budget{Words, words}
		s, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		r, p, err := s.prepare(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.cands) <= s.denseMax {
			t.Fatalf("%d kept sentences: not the sparse path", len(p.cands))
		}
		b, err := s.Summarize(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if b.Words() > words || len(b.Sentences) < 3 {
			t.Errorf("%d words: brief of %d words, %d sentences", words, b.Words(), len(b.Sentences))
		}
		var ks []int
		for _, sel := range b.Sentences {
			src := byName[sel.Source]
			if got := closeUp(foldSpace(src[sel.Offset:min(len(src), sel.Offset+len(sel.Text)+200)])); !strings.HasPrefix(got, sel.Text) {
				t.Errorf("%s@%d does not hold %q", sel.Source, sel.Offset, sel.Text)
			}
			for k, c := range p.cands {
				if docs[c.doc].Name == sel.Source && r.sents[c.sent].Start == sel.Offset {
					ks = append(ks, k)
				}
			}
		}
		if len(ks) != len(b.Sentences) {
			t.Fatalf("found %d of the brief's %d sentences", len(ks), len(b.Sentences))
		}
		for x := range ks {
			for y := x + 1; y < len(ks); y++ {
				if sim := p.sim(ks[x], ks[y]); p.same(ks[x], ks[y], sim) {
					t.Errorf("%d words: the same fact twice (cosine %.2f):\n%s\n%s", words, sim,
						b.Sentences[x].Text, b.Sentences[y].Text)
				}
			}
		}
	}
}
