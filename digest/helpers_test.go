package digest

import (
	"flag"
	"path/filepath"
	"testing"

	"brief/summarize"
)

// Accepted so that `go test ./... -update` runs across packages; this
// package keeps no golden files (the CLI's tests keep the digest's).
var _ = flag.Bool("update", false, "no golden files in this package")

// dayRoot holds three short fictional stories of three versions each.
const dayRoot = "../testdata/digest/day"

func newSummarizer(t testing.TB) *summarize.Summarizer {
	t.Helper()
	s, err := summarize.New(summarize.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testPile is the seed story's five versions and the day's nine, as one
// flat pile, and the story folder each article came from.
func testPile(t testing.TB) ([]Version, map[string]string) {
	t.Helper()
	seed, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	day, _ := filepath.Glob(dayRoot + "/*/*-*.txt")
	if len(seed) != 5 || len(day) != 9 {
		t.Fatalf("pile files: %d seed, %d day", len(seed), len(day))
	}
	docs, errs := summarize.ReadPaths(append(seed, day...), nil, summarize.ReadOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	from := make(map[string]string)
	var pile []Version
	for i, d := range docs {
		from[d.Name] = filepath.Base(filepath.Dir(append(seed, day...)[i]))
		pile = append(pile, Version{Document: d})
	}
	return pile, from
}
