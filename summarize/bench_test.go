package summarize

import (
	"context"
	"flag"
	"testing"
)

// Accepted so that `go test ./... -update` runs across packages; this
// package keeps no golden files.
var _ = flag.Bool("update", false, "no golden files in this package")

// BenchmarkSummarize summarizes the five seed versions (about 19 KB) with the
// default options, as `brief summarize testdata/kazakhstan` does after
// reading. Target: at most 2 ms per run.
func BenchmarkSummarize(b *testing.B) {
	docs := seedDocs(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	s, err := New(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(size)
	for b.Loop() {
		if _, err := s.Summarize(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
}
