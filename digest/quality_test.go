package digest

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/summarize"
)

// labelledRoot holds the labelled pile: the stories written for it, one
// folder each, and borrowed.txt naming the versions of other test data's
// stories. See its README.md.
const labelledRoot = "../testdata/digest-pile"

// labelledPile reads the labelled pile and returns it with each article's
// story. Articles are named by a hash of their path, so that no name
// tells its story (names order the pile, and break ties).
func labelledPile(t testing.TB) ([]Version, map[string]string) {
	t.Helper()
	type file struct{ story, path string }
	var files []file
	written, err := filepath.Glob(filepath.Join(labelledRoot, "stories", "*", "*.txt"))
	if err != nil || len(written) == 0 {
		t.Fatalf("labelled pile: %v", err)
	}
	for _, p := range written {
		files = append(files, file{filepath.Base(filepath.Dir(p)), p})
	}
	f, err := os.Open(filepath.Join(labelledRoot, "borrowed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		story, path, _ := strings.Cut(line, " ")
		files = append(files, file{story, filepath.Join("..", "testdata", path)})
	}
	label := make(map[string]string)
	var pile []Version
	for _, f := range files {
		b, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		h := fnv.New32a()
		h.Write([]byte(filepath.ToSlash(f.path)))
		name := fmt.Sprintf("%08x%s", h.Sum32(), filepath.Ext(f.path))
		doc, err := summarize.Decode(name, b, filepath.Ext(f.path) == ".html")
		if err != nil {
			t.Fatal(err)
		}
		v := Version{Document: doc}
		if filepath.Ext(f.path) == ".html" {
			v.Headline = htmlFileHeadline(f.path)
		}
		if _, dup := label[name]; dup {
			t.Fatalf("two articles named %s", name)
		}
		label[name] = f.story
		pile = append(pile, v)
	}
	return pile, label
}

// groupScore is how well a grouping matches the labels.
type groupScore struct {
	Groups, Stories                      int
	Purity, Precision, Recall, PairwiseF float64
}

func (s groupScore) String() string {
	return fmt.Sprintf("%d groups of %d stories: purity %.3f, pairwise precision %.3f, recall %.3f, F %.3f", s.Groups, s.Stories, s.Purity, s.Precision, s.Recall, s.PairwiseF)
}

// score compares groups with the labels. Purity is the share of articles
// in their group's commonest story; pairwise precision the share of pairs
// grouped together that are of one story, recall the share of pairs of
// one story grouped together, F their harmonic mean.
func score(stories []Story, label map[string]string) groupScore {
	pairs := func(n int) float64 { return float64(n*(n-1)) / 2 }
	var s groupScore
	s.Groups = len(stories)
	perStory := map[string]int{}
	var n, majority int
	var together, same float64
	for _, st := range stories {
		count := map[string]int{}
		best := 0
		for _, v := range st.Versions {
			count[label[v.Name]]++
			perStory[label[v.Name]]++
			best = max(best, count[label[v.Name]])
		}
		n += len(st.Versions)
		majority += best
		together += pairs(len(st.Versions))
		for _, c := range count {
			same += pairs(c)
		}
	}
	var truth float64
	for _, c := range perStory {
		truth += pairs(c)
	}
	s.Stories = len(perStory)
	s.Purity = float64(majority) / float64(n)
	if together > 0 {
		s.Precision = same / together
	}
	if truth > 0 {
		s.Recall = same / truth
	}
	if s.Precision+s.Recall > 0 {
		s.PairwiseF = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// The labelled pile grouped at DefaultThreshold. Recorded on this pile
// (docs/digest.md has the sweep): 48 groups of its 46 stories, purity 1,
// pairwise precision 1, recall 0.966, F 0.982; the two stories split are
// ones written to be hard, a version that shares few words with the
// others (velden-valley-wildfire, corran-isles-tourism).
func TestGroupLabelledPile(t *testing.T) {
	pile, label := labelledPile(t)
	stories, err := Group(context.Background(), pile, newSummarizer(t).Terms, GroupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := score(stories, label)
	want := groupScore{Groups: 48, Stories: 46, Purity: 1, Precision: 1, Recall: 0.966, PairwiseF: 0.982}
	const tol = 0.0005
	if got.Groups != want.Groups || got.Stories != want.Stories || !near(got.Purity, want.Purity, tol) ||
		!near(got.Precision, want.Precision, tol) || !near(got.Recall, want.Recall, tol) || !near(got.PairwiseF, want.PairwiseF, tol) {
		t.Errorf("got  %v\nwant %v (recorded)", got, want)
	}
	if got.Purity < 0.95 || got.PairwiseF < 0.92 { // the targets
		t.Errorf("%v: below purity 0.95 or pairwise F 0.92", got)
	}
}

func near(a, b, tol float64) bool { return a > b-tol && a < b+tol }

// DefaultThreshold lies inside a plateau: from 0.18 to 0.25 pairwise F
// stays at 0.95 or more on the labelled pile. Below it stories that share
// a place or a person join (the Kestrel Bridge and the Saltholm ferry
// fares, the ferry strike and the festival it cancelled); above it
// versions told in other words split off. Run with -v for the sweep.
func TestGroupThresholdSweep(t *testing.T) {
	pile, label := labelledPile(t)
	terms := newSummarizer(t).Terms
	for _, th := range []float64{0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35} {
		stories, err := Group(context.Background(), pile, terms, GroupOptions{Threshold: th})
		if err != nil {
			t.Fatal(err)
		}
		got := score(stories, label)
		t.Logf("threshold %.2f: %v", th, got)
		if th >= 0.18 && th <= 0.25 && got.PairwiseF < 0.95 {
			t.Errorf("threshold %.2f: pairwise F %.3f, want 0.95 or more on the plateau", th, got.PairwiseF)
		}
	}
	if DefaultThreshold < 0.18 || DefaultThreshold > 0.25 {
		t.Errorf("DefaultThreshold %g is off the plateau", DefaultThreshold)
	}
}
