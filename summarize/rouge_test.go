package summarize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/eval"
	"brief/summarize"
)

// The seed brief's stemmed ROUGE recall against the hand-written reference
// (testdata/kazakhstan/reference.txt) stays above floors set from
// measurement. Measured with the default options (100 words), ROUGE-1.5.5
// settings -n 2 -m, reference and brief one sentence a line: ROUGE-1 R
// 0.55660 (P 0.57282), ROUGE-2 R 0.35238 (P 0.36275). The floors sit a
// little below, so that a change which loses a fact of the reference fails.
func TestSeedBriefROUGE(t *testing.T) {
	files, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	_, b := briefOf(t, summarize.DefaultOptions(), files...)
	ref, err := os.ReadFile("../testdata/kazakhstan/reference.txt")
	if err != nil {
		t.Fatal(err)
	}
	var peer []string
	for _, sent := range b.Sentences {
		peer = append(peer, sent.Text)
	}
	opts := eval.DefaultOptions()
	opts.Stem = true
	opts.MaxN = 2
	scorer, err := eval.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	scores, err := scorer.Score(peer, [][]string{strings.Split(strings.TrimSpace(string(ref)), "\n")})
	if err != nil {
		t.Fatal(err)
	}
	// 0.604 and 0.390 until the garbled AP sentence ("…would soon make it
	// official, Trump, and “there are …”", a quotation with no word of
	// saying) was no longer quoted; the brief now states the areas of
	// cooperation (4 of 5 versions) where it stated the signing ceremony,
	// which the reference has: 0.557 and 0.352.
	floors := map[string]float64{"ROUGE-1": 0.54, "ROUGE-2": 0.34}
	for _, sc := range scores {
		if floor, ok := floors[sc.Name]; ok {
			t.Logf("%s R %.5f P %.5f F %.5f", sc.Name, sc.R, sc.P, sc.F)
			if sc.R < floor {
				t.Errorf("%s recall %.5f, below the floor %.2f", sc.Name, sc.R, floor)
			}
			delete(floors, sc.Name)
		}
	}
	if len(floors) > 0 {
		t.Errorf("scores missing: %v", floors)
	}
}
