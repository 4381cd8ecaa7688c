package summarize

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"brief/rank"
)

func seedDocs(t testing.TB) []Document {
	t.Helper()
	files, err := filepath.Glob("../testdata/kazakhstan/0*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seed files: %v, %v", files, err)
	}
	return readDocs(t, files...)
}

// readDocs reads paths as ReadPaths does, failing the test on any error.
func readDocs(t testing.TB, paths ...string) []Document {
	t.Helper()
	docs, errs := ReadPaths(paths, nil, ReadOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return docs
}

// forStoryPieces calls check on every line of the test stories (the
// clusters' and the example's versions, and those of extra globs), and on
// its pieces of width bytes starting every step bytes: the texts a scan
// that stands in for an expression is checked against it on.
func forStoryPieces(t testing.TB, step, width int, check func(string), extra ...string) {
	t.Helper()
	var paths []string
	for _, glob := range append([]string{"../testdata/clusters/*/0*.txt", "../testdata/kazakhstan/0*.txt"}, extra...) {
		m, _ := filepath.Glob(glob)
		paths = append(paths, m...)
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			check(line)
			for at := 0; at < len(line); at += step {
				check(line[at:min(len(line), at+width)])
			}
		}
	}
}

func mustSummarize(t testing.TB, opts Options, docs []Document) *Brief {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// docText returns the text of the document named name.
func docText(docs []Document, name string) string {
	for _, d := range docs {
		if d.Name == name {
			return d.Text
		}
	}
	return ""
}

// The seed brief has none of the pages' noise, and each sentence is found in
// its source at its offset.
func TestSeedBriefHasNoNoise(t *testing.T) {
	docs := seedDocs(t)
	b := mustSummarize(t, DefaultOptions(), docs)
	if len(b.Sentences) < 3 {
		t.Fatalf("brief has %d sentences, want at least 3", len(b.Sentences))
	}
	// Where the basketball report starts in 000.
	basketball := strings.Index(docs[0].Text, "NEW YORK (AP) — Zuby Ejiofor")
	if basketball < 0 {
		t.Fatal("seed 000 changed: basketball report not found")
	}
	noise := []string{
		"Skip to Content", "Last Updated", "FILE -", "Photo", "Getty Images", "By Jackson",
		"correspondent", "Copyright", "Rights Reserved", "Share This", "Recommended",
		"Comments", "What is Abraham Accords?", "Link successfully", "http",
	}
	for _, s := range b.Sentences {
		src := docText(docs, s.Source)
		if got := foldSpace(src[s.Offset:min(len(src), s.Offset+len(s.Text)+200)]); !strings.HasPrefix(got, s.Text) {
			t.Errorf("%s@%d does not hold %q", s.Source, s.Offset, s.Text)
		}
		if s.Source == docs[0].Name && s.Offset >= basketball {
			t.Errorf("sentence from the basketball report: %q", s.Text)
		}
		for _, n := range noise {
			if strings.Contains(s.Text, n) {
				t.Errorf("sentence carries noise %q: %q", n, s.Text)
			}
		}
	}
}

// No two sentences of the brief state the same fact, and none leans on a
// sentence the brief does not hold.
func TestSeedBriefSaysEachFactOnce(t *testing.T) {
	docs := seedDocs(t)
	b := mustSummarize(t, DefaultOptions(), docs)
	texts := make([]string, len(b.Sentences))
	for i, s := range b.Sentences {
		texts[i] = s.Text
	}
	sum, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checkBrief(t, sum, docs, b)
	// The cluster's own vectors, as the summarizer weighs them.
	s, _ := New(DefaultOptions())
	r, p, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	var vecs []rank.Vector
	for _, sel := range b.Sentences {
		for k, c := range p.cands {
			if docs[c.doc].Name == sel.Source && r.sents[c.sent].Start == sel.Offset {
				vecs = append(vecs, p.vecs[k])
			}
		}
	}
	if len(vecs) != len(texts) {
		t.Fatalf("found %d of the brief's %d sentences in the cluster", len(vecs), len(texts))
	}
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			if sim := rank.Cosine(vecs[i], vecs[j]); sim >= DefaultSameFact {
				t.Errorf("sentences %d and %d are the same fact (cosine %.2f):\n%s\n%s", i, j, sim, texts[i], texts[j])
			}
		}
	}
}

// Facts of the seed story that several versions state in their own words,
// each marked by a phrase every rendering of it uses (read off the five
// versions by hand). A brief that states one twice holds its marker twice.
// ("Central Asian" is no marker: the breakfast fact names the summit too.)
var seedFactMarkers = []string{
	"1992", "bahrain", "first country of my second term", "signing ceremony",
	"cybersecurity", "building bridges", "circle of peace",
	"breakfast", "great call",
}

func TestSeedBriefRepeatsNoMarkedFact(t *testing.T) {
	docs := seedDocs(t)
	for _, words := range []int{60, 100, 150, 250} {
		opts := DefaultOptions()
		opts.Budget = Budget{Words, words}
		b := mustSummarize(t, opts, docs)
		for _, m := range seedFactMarkers {
			var in []string
			for _, s := range b.Sentences {
				if strings.Contains(strings.ToLower(s.Text), m) {
					in = append(in, s.Text)
				}
			}
			if len(in) > 1 {
				t.Errorf("%d words: fact %q stated %d times:\n%s", words, m, len(in), strings.Join(in, "\n"))
			}
		}
	}
}

// The first sentence states the news: every version carries its fact.
func TestSeedBriefLeadsWithTheNews(t *testing.T) {
	docs := seedDocs(t)
	b := mustSummarize(t, DefaultOptions(), docs)
	first := b.Sentences[0]
	if len(first.Support) != len(docs) {
		t.Errorf("first sentence supported by %v, want all %d versions: %q", first.Support, len(docs), first.Text)
	}
	if !strings.Contains(first.Text, "Kazakhstan") || !strings.Contains(first.Text, "join") {
		t.Errorf("first sentence does not state the news: %q", first.Text)
	}
}

func TestBudgetsAreNeverExceeded(t *testing.T) {
	docs := seedDocs(t)
	for _, budget := range []Budget{
		{Words, 1}, {Words, 30}, {Words, 100}, {Words, 250},
		{Sentences, 1}, {Sentences, 4},
		{Bytes, 10}, {Bytes, 300}, {Bytes, 1000},
	} {
		t.Run(fmt.Sprintf("%d %v", budget.N, budget.Unit), func(t *testing.T) {
			opts := DefaultOptions()
			opts.Budget = budget
			b := mustSummarize(t, opts, docs)
			var used int
			switch budget.Unit {
			case Words:
				used = b.Words()
			case Sentences:
				used = len(b.Sentences)
			case Bytes:
				used = len(b.Text())
			}
			if used > budget.N {
				t.Errorf("used %d %v of %d: %q", used, budget.Unit, budget.N, b.Text())
			}
			if budget.N >= 100 && budget.Unit != Sentences && len(b.Sentences) == 0 {
				t.Error("empty brief for a roomy budget")
			}
			if budget.Unit == Sentences && len(b.Sentences) != budget.N {
				t.Errorf("got %d sentences, want %d", len(b.Sentences), budget.N)
			}
		})
	}
}

func TestSummarizeIsDeterministic(t *testing.T) {
	docs := seedDocs(t)
	first := mustSummarize(t, DefaultOptions(), docs)
	for run := 0; run < 5; run++ {
		if got := mustSummarize(t, DefaultOptions(), docs); !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d differs:\n%+v\nfirst:\n%+v", run, got, first)
		}
	}
}

func TestDocumentStats(t *testing.T) {
	docs := seedDocs(t)
	b := mustSummarize(t, DefaultOptions(), docs)
	for _, st := range b.Documents {
		if st.Sentences != st.Dropped+st.Kept || st.Kept == 0 {
			t.Errorf("%s: %d sentences, %d dropped, %d kept", st.Name, st.Sentences, st.Dropped, st.Kept)
		}
	}
	// The basketball report is one off-story block of 16 sentences.
	if got := b.Documents[0].DroppedBy[OffStory]; got != 16 {
		t.Errorf("000: %d sentences off story, want 16", got)
	}
	if got := b.Documents[3].DroppedBy[Bio]; got != 5 {
		t.Errorf("003: %d bio sentences, want 5", got)
	}
}

func TestFewerSentencesThanBudget(t *testing.T) {
	docs := []Document{{Name: "a", Text: "The river flooded the lower town on Sunday night. Residents were moved to the school gym."}}
	opts := DefaultOptions()
	opts.Budget = Budget{Sentences, 10}
	b := mustSummarize(t, opts, docs)
	if len(b.Sentences) != 2 {
		t.Errorf("got %d sentences, want all 2", len(b.Sentences))
	}
}

func TestSummarizeErrors(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Summarize(context.Background(), nil); !errors.Is(err, ErrNoInput) {
		t.Errorf("no documents: err = %v, want ErrNoInput", err)
	}
	noise := []Document{{Name: "menu", Text: "Home\nNews\nSport\n"}}
	if _, err := s.Summarize(context.Background(), noise); !errors.Is(err, ErrNoContent) {
		t.Errorf("all noise: err = %v, want ErrNoContent", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Summarize(ctx, seedDocs(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	for _, o := range []Options{
		{Budget: Budget{Words, 0}, Lambda: 0.5, SameFact: 0.3},
		{Budget: Budget{Words, -3}, Lambda: 0.5, SameFact: 0.3},
		{Budget: Budget{Unit(7), 10}, Lambda: 0.5, SameFact: 0.3},
		{Budget: Budget{Words, 10}, Lambda: 1.5, SameFact: 0.3},
		{Budget: Budget{Words, 10}, Lambda: -0.1, SameFact: 0.3},
		{Budget: Budget{Words, 10}, Lambda: 0.5, SameFact: 0},
	} {
		if _, err := New(o); !errors.Is(err, ErrOptions) {
			t.Errorf("New(%+v) err = %v, want ErrOptions", o, err)
		}
	}
}

func TestMinSupport(t *testing.T) {
	docs := seedDocs(t)
	for _, k := range []int{2, 4, 5} {
		opts := DefaultOptions()
		opts.MinSupport = k
		opts.Budget = Budget{Words, 200}
		b := mustSummarize(t, opts, docs)
		if len(b.Sentences) == 0 {
			t.Fatalf("min support %d: empty brief", k)
		}
		for _, s := range b.Sentences {
			if len(s.Support) < k {
				t.Errorf("min support %d: sentence supported by %d: %q", k, len(s.Support), s.Text)
			}
		}
	}
	opts := DefaultOptions()
	opts.MinSupport = 6
	s, _ := New(opts)
	if _, err := s.Summarize(context.Background(), docs); !errors.Is(err, ErrNoSupport) {
		t.Errorf("min support 6 of 5: err = %v, want ErrNoSupport", err)
	}
}
