package digest

import (
	"testing"
	"time"

	"brief/summarize"
)

func TestScratchRead(t *testing.T) {
	start := time.Now()
	docs, errs := summarize.ReadPaths([]string{"/tmp/gen100k"}, nil, summarize.ReadOptions{})
	t.Logf("%d docs %d errs %v", len(docs), len(errs), time.Since(start))
}
