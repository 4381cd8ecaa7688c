package summarize

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// checkBrief checks what a reader would of a brief of docs: every sentence
// is whole and stands alone, or leans on the sentence before it in its
// source and follows it in the brief; no title stands alone for a person
// the brief has not named with it; no two state the same fact (by the
// cluster's own vectors and same-fact rule); the first states the news,
// the fact some version leads with. It returns the number of faults.
func checkBrief(t *testing.T, s *Summarizer, docs []Document, b *Brief) int {
	t.Helper()
	r, p, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	ks := make([]int, len(b.Sentences))
	for x, sel := range b.Sentences {
		ks[x] = -1
		for k, c := range p.cands {
			if docs[c.doc].Name == sel.Source && r.sents[c.sent].Start == sel.Offset {
				ks[x] = k
			}
		}
		if ks[x] < 0 {
			t.Fatalf("%q is no candidate of %s", sel.Text, sel.Source)
		}
	}
	faults := 0
	fault := func(format string, args ...any) {
		t.Helper()
		faults++
		t.Errorf(format, args...)
	}
	for x, k := range ks {
		c := p.cands[k]
		switch {
		case !isWhole(c.text, r.items):
			fault("not a whole sentence, or a quotation without its speaker: %q", c.text)
		case c.leans && (x == 0 || ks[x-1] != k-1 || p.cands[k-1].sent != c.sent-1 || p.cands[k-1].doc != c.doc):
			fault("leans on a sentence the brief does not give before it: %q", c.text)
		}
		for y := 0; y < x; y++ {
			if sim := p.sim(ks[y], k); p.redundant(ks[y], k, sim) {
				fault("the same fact twice (cosine %.2f):\n%s\n%s", sim, p.cands[ks[y]].text, c.text)
			}
		}
	}
	if !r.items {
		for _, k := range unintroducedRoles(p, ks) {
			fault("a title alone, before the brief names who holds it: %q", p.cands[k].text)
		}
	}
	if len(ks) > 0 && !r.items {
		first, news := ks[0], false
		for k, c := range p.cands {
			if c.lead && (k == first || p.sim(k, first) >= leadSameFact) {
				news = true
			}
		}
		if !news {
			fault("the first sentence is no version's news: %q", p.cands[first].text)
		}
	}
	return faults
}

// Every brief the test clusters, the example, the layout cluster and each
// of their versions alone give, at 50, 100 and 200 words, passes the
// checker.
func TestBriefsPassTheChecker(t *testing.T) {
	dirs := []string{"../testdata/kazakhstan", "../testdata/layout/crane-collapse"}
	clusters, _ := filepath.Glob("../testdata/clusters/*")
	trust, _ := filepath.Glob("../testdata/trust/*")
	for _, c := range append(clusters, trust...) {
		if fi, err := os.Stat(c); err == nil && fi.IsDir() {
			dirs = append(dirs, c)
		}
	}
	if len(dirs) < 9 {
		t.Fatalf("%d clusters", len(dirs))
	}
	var inputs [][]string
	for _, d := range dirs {
		inputs = append(inputs, []string{d})
		versions, _ := filepath.Glob(filepath.Join(d, "0*"))
		for _, v := range versions {
			inputs = append(inputs, []string{v})
		}
	}
	briefs, faults := 0, 0
	for _, words := range []int{50, 100, 200} {
		opts := DefaultOptions()
		opts.Budget = Budget{Words, words}
		s, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range inputs {
			docs := readDocs(t, in...)
			b, err := s.Summarize(context.Background(), docs)
			if err != nil {
				t.Fatalf("%s: %v", in, err)
			}
			briefs++
			faults += checkBrief(t, s, docs, b)
		}
	}
	t.Logf("%d briefs, %d faults", briefs, faults)
}
