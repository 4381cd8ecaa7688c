package summarize_test

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brief/summarize"
)

// The test clusters in testdata/clusters were written for these tests; their
// NOISE.md lists, per version, every piece of noise planted (its kind and its
// exact first line) and, per cluster, the lead fact and key facts with a
// marker phrase that every rendering of the fact uses.

type plant struct {
	cluster, file, kind string
	lines               []string // the first line, then any continuation lines
}

type clusterFacts struct {
	lead    string
	markers []string
}

var (
	clusterRE = regexp.MustCompile(`^## ([a-z-]+) \(`)
	fileRE    = regexp.MustCompile(`^### (\S+)`)
	itemRE    = regexp.MustCompile("^- ([a-z-]+)(?: \\([^)]*\\))?: `([^`]+)`")
	contRE    = regexp.MustCompile("^  - (?:[a-z ]+: )?`([^`]+)`")
	leadRE    = regexp.MustCompile("^Lead fact: .*Marker: `([^`]+)`")
	markerRE  = regexp.MustCompile("^- `([^`]+)`: ")
)

// readNoiseList parses testdata/clusters/NOISE.md.
func readNoiseList(t *testing.T) ([]plant, map[string]*clusterFacts) {
	t.Helper()
	f, err := os.Open("../testdata/clusters/NOISE.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var plants []plant
	facts := map[string]*clusterFacts{}
	var cluster, file string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "## html/") {
			break // the HTML pages have a test of their own
		}
		switch {
		case clusterRE.MatchString(line):
			cluster, file = clusterRE.FindStringSubmatch(line)[1], ""
			facts[cluster] = &clusterFacts{}
		case fileRE.MatchString(line) && cluster != "":
			file = fileRE.FindStringSubmatch(line)[1]
		case leadRE.MatchString(line) && cluster != "":
			facts[cluster].lead = leadRE.FindStringSubmatch(line)[1]
		case file == "" && markerRE.MatchString(line) && cluster != "":
			facts[cluster].markers = append(facts[cluster].markers, markerRE.FindStringSubmatch(line)[1])
		case file != "" && itemRE.MatchString(line):
			m := itemRE.FindStringSubmatch(line)
			plants = append(plants, plant{cluster, file, m[1], []string{m[2]}})
		case file != "" && contRE.MatchString(line) && len(plants) > 0:
			p := &plants[len(plants)-1]
			p.lines = append(p.lines, contRE.FindStringSubmatch(line)[1])
		}
	}
	if len(plants) < 100 || len(facts) != 4 {
		t.Fatalf("NOISE.md: read %d noise items in %d clusters, want over 100 in 4", len(plants), len(facts))
	}
	return plants, facts
}

// briefOf reads paths and summarizes them with opts.
func briefOf(t testing.TB, opts summarize.Options, paths ...string) ([]summarize.Document, *summarize.Brief) {
	t.Helper()
	docs, errs := summarize.ReadPaths(paths, nil, summarize.ReadOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	s, err := summarize.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return docs, b
}

// summarizeDir summarizes the versions in dir in a budget of words.
func summarizeDir(t *testing.T, dir string, words int) ([]summarize.Document, *summarize.Brief) {
	t.Helper()
	opts := summarize.DefaultOptions()
	opts.Budget = summarize.Budget{Unit: summarize.Words, N: words}
	return briefOf(t, opts, dir)
}

// followsInSource reports whether cur comes right after prev in their
// source: nothing but white space between them.
func followsInSource(docs []summarize.Document, prev, cur summarize.Selected) bool {
	if prev.Source != cur.Source {
		return false
	}
	for _, d := range docs {
		if d.Name == cur.Source && prev.Offset < cur.Offset {
			between := d.Text[prev.Offset:cur.Offset]
			end := strings.LastIndexByte(between, prev.Text[len(prev.Text)-1])
			return end >= 0 && strings.TrimSpace(between[end+1:]) == ""
		}
	}
	return false
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestClusterNoise runs each cluster with a roomy budget, so that any noise
// the cleaner kept would show, and checks per kind of noise that none of it
// is in the brief.
func TestClusterNoise(t *testing.T) {
	plants, facts := readNoiseList(t)
	briefs := map[string]*summarize.Brief{}
	texts := map[string]string{} // cluster/file -> decoded text
	for c := range facts {
		docs, b := summarizeDir(t, filepath.Join("../testdata/clusters", c), 2000)
		briefs[c] = b
		for _, d := range docs {
			texts[c+"/"+d.Name] = d.Text
		}
	}
	byKind := map[string][]plant{}
	for _, p := range plants {
		byKind[p.kind] = append(byKind[p.kind], p)
	}
	for _, kind := range []string{"cookie", "related", "correction", "glued-story", "nav", "share",
		"comments", "timestamp", "headline", "caption", "byline", "bio", "copyright", "newsletter", "url"} {
		t.Run(kind, func(t *testing.T) {
			if len(byKind[kind]) < 2 {
				t.Fatalf("%d items of kind %s planted, want at least 2", len(byKind[kind]), kind)
			}
			for _, p := range byKind[kind] {
				b := briefs[p.cluster]
				if kind == "glued-story" {
					text := texts[p.cluster+"/"+p.file]
					start := strings.Index(text, p.lines[0])
					if start < 0 {
						t.Fatalf("%s/%s: glued story %q not found", p.cluster, p.file, p.lines[0])
					}
					for _, s := range b.Sentences {
						if s.Source == p.file && s.Offset >= start {
							t.Errorf("%s: sentence of the glued-on story: %q", p.cluster, s.Text)
						}
					}
					continue
				}
				for _, line := range p.lines {
					l := fold(line)
					for _, s := range b.Sentences {
						if strings.Contains(l, s.Text) || len(strings.Fields(l)) >= 4 && strings.Contains(s.Text, l) {
							t.Errorf("%s/%s: %s noise in the brief: %q", p.cluster, p.file, kind, s.Text)
						}
					}
				}
			}
		})
	}
}

// Openers that lean on an earlier sentence; no brief sentence starts so.
var leaningStart = regexp.MustCompile(`^(?i:he|she|it|they|this|that|these|those|his|her|its|their|however|but|and|also|meanwhile)\b`)

// TestClusterBriefs checks each cluster's brief at several budgets: the lead
// fact comes first, no key fact is stated twice, and no sentence leans on
// one the brief lacks.
func TestClusterBriefs(t *testing.T) {
	_, facts := readNoiseList(t)
	for c, f := range facts {
		for _, words := range []int{60, 100, 150} {
			docs, b := summarizeDir(t, filepath.Join("../testdata/clusters", c), words)
			if len(b.Sentences) == 0 {
				t.Fatalf("%s, %d words: empty brief", c, words)
			}
			if first := strings.ToLower(b.Sentences[0].Text); !strings.Contains(first, strings.ToLower(f.lead)) {
				t.Errorf("%s, %d words: first sentence lacks the lead fact %q: %q", c, words, f.lead, b.Sentences[0].Text)
			}
			var covered int
			for _, m := range append([]string{f.lead}, f.markers...) {
				n := strings.Count(strings.ToLower(b.Text()), strings.ToLower(m))
				if n > 1 {
					t.Errorf("%s, %d words: fact %q stated %d times:\n%s", c, words, m, n, b.Text())
				}
				covered += n
			}
			for i, s := range b.Sentences {
				if leaningStart.MatchString(s.Text) && (i == 0 || !followsInSource(docs, b.Sentences[i-1], s)) {
					t.Errorf("%s, %d words: sentence leans on its context: %q", c, words, s.Text)
				}
			}
			t.Logf("%s, %d words: %d of %d facts", c, words, covered, len(f.markers)+1)
		}
	}
}

// TestHTMLPages summarizes three saved pages of one story (testdata/html,
// one of them Windows-1252) through readability and checks the brief holds
// none of the pages' furniture, and that a page of scripts only is refused.
func TestHTMLPages(t *testing.T) {
	files, _ := filepath.Glob("../testdata/html/0*.html")
	if len(files) != 3 {
		t.Fatalf("found %d pages, want 3", len(files))
	}
	_, b := briefOf(t, summarize.DefaultOptions(), files...)
	if !strings.Contains(b.Sentences[0].Text, "new comet") {
		t.Errorf("first sentence lacks the news: %q", b.Sentences[0].Text)
	}
	for _, noise := range []string{"cookie", "Share on", "Tweet", "Photo:", "Related", "Read more", "Sign up",
		"©", "Copyright", "Published", "Updated", "By Tobias", "correspondent", "JavaScript", "Comments", "http", "|"} {
		if strings.Contains(b.Text(), noise) {
			t.Errorf("brief holds page furniture %q: %s", noise, b.Text())
		}
	}
	for _, m := range []string{"new comet", "Minor Bodies Bureau", "Comet Pemberton", "90 million kilometres", "binoculars"} {
		if n := strings.Count(b.Text(), m); n > 1 {
			t.Errorf("fact %q stated %d times", m, n)
		}
	}
	if !strings.Contains(b.Text(), "“") && !strings.Contains(b.Text(), "’") {
		t.Logf("no curly quotes in the brief to check the Windows-1252 page with")
	}

	_, errs := summarize.ReadPaths([]string{"../testdata/html/scripts-only.html"}, nil, summarize.ReadOptions{})
	if len(errs) != 1 || !errors.Is(errs[0], summarize.ErrNoArticle) && !errors.Is(errs[0], summarize.ErrEmpty) {
		t.Errorf("scripts-only page: errors %v, want ErrNoArticle or ErrEmpty", errs)
	}
}
