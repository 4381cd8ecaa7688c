package summarize_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"brief/summarize"
)

// variants are the same versions laid out otherwise: wrapped as `fold -s`
// and `fmt` wrap them, with other line ends, with indented paragraphs
// instead of blank lines, as Markdown. A brief must not depend on them.
var variants = []struct {
	name string
	of   func(string) string
}{
	{"fold 60", func(s string) string { return summarize.FoldAt(s, 60) }},
	{"fold 70", func(s string) string { return summarize.FoldAt(s, 70) }},
	{"fold 80", func(s string) string { return summarize.FoldAt(s, 80) }},
	{"fill 70", func(s string) string { return fill(s, 70) }},
	{"fill 80", func(s string) string { return fill(s, 80) }},
	{"crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"cr", func(s string) string { return strings.ReplaceAll(s, "\n", "\r") }},
	{"cr, fold 70", func(s string) string { return strings.ReplaceAll(summarize.FoldAt(s, 70), "\n", "\r") }},
	{"indented", indented},
	{"indented, fold 70", func(s string) string { return summarize.FoldAt(indented(s), 70) }},
	{"markdown", markdown},
	{"markdown, fold 72", func(s string) string { return summarize.FoldAt(markdown(s), 72) }},
}

// fill wraps each line of s to lines of about 93% of width, as fmt aims
// for, never past width, without trailing spaces.
func fill(s string, width int) string {
	goal := width * 93 / 100
	var out []string
	for _, line := range strings.Split(s, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		cur := words[0]
		for _, w := range words[1:] {
			n := utf8.RuneCountInString(cur) + 1 + utf8.RuneCountInString(w)
			if n > goal && utf8.RuneCountInString(cur) >= goal*3/4 || n > width {
				out = append(out, cur)
				cur = w
				continue
			}
			cur += " " + w
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// indented drops the blank lines between paragraphs and indents each
// paragraph's first line instead.
func indented(s string) string {
	var out []string
	for _, p := range regexp.MustCompile(`\n\s*\n`).Split(s, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, "    "+p)
		}
	}
	return strings.Join(out, "\n")
}

// markdown makes the versions Markdown: a heading first, the second and
// third paragraphs list items, a word of the first paragraph in bold and a
// name in it a link.
func markdown(s string) string {
	paras := regexp.MustCompile(`\n\s*\n`).Split(strings.TrimSpace(s), -1)
	for k := range paras {
		switch {
		case k == 0:
			bold := regexp.MustCompile(`\b([a-z]{7,})\b`)
			if loc := bold.FindStringIndex(paras[k]); loc != nil {
				paras[k] = paras[k][:loc[0]] + "**" + paras[k][loc[0]:loc[1]] + "**" + paras[k][loc[1]:]
			}
			name := regexp.MustCompile(` ([A-Z][a-z]{3,})\b`)
			if loc := name.FindStringSubmatchIndex(paras[k]); loc != nil {
				paras[k] = paras[k][:loc[2]] + "[" + paras[k][loc[2]:loc[3]] + "](https://example.org/x)" + paras[k][loc[3]:]
			}
		case k <= 2 && !strings.Contains(paras[k], "\n"):
			paras[k] = "- " + paras[k]
		}
	}
	return "# The story as Markdown\n\n" + strings.Join(paras, "\n\n") + "\n"
}

// clusterDirs are the clusters of testdata: the example and the test
// clusters.
func clusterDirs(t *testing.T) []string {
	entries, err := os.ReadDir("../testdata/clusters")
	if err != nil {
		t.Fatal(err)
	}
	dirs := []string{"../testdata/kazakhstan"}
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, filepath.Join("../testdata/clusters", e.Name()))
		}
	}
	if len(dirs) < 5 {
		t.Fatalf("clusters: %v", dirs)
	}
	return dirs
}

// readVersions reads the versions in dir, as ReadPaths would.
func readVersions(t *testing.T, dir string) []summarize.Document {
	t.Helper()
	docs, errs := summarize.ReadPaths([]string{dir}, nil, summarize.ReadOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return docs
}

func TestBriefSurvivesLayout(t *testing.T) {
	s, err := summarize.New(summarize.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range clusterDirs(t) {
		docs := readVersions(t, dir)
		want := mustBrief(t, s, docs)
		checkWhole(t, docs, want)
		for _, v := range variants {
			t.Run(filepath.Base(dir)+"/"+v.name, func(t *testing.T) {
				other := make([]summarize.Document, len(docs))
				for i, d := range docs {
					other[i] = summarize.Document{Name: d.Name, Text: v.of(d.Text)}
				}
				got := mustBrief(t, s, other)
				if got.Text() != want.Text() {
					t.Errorf("brief changed:\n got %s\nwant %s", got.Text(), want.Text())
				}
				checkWhole(t, other, got)
			})
		}
	}
}

func mustBrief(t *testing.T, s *summarize.Summarizer, docs []summarize.Document) *summarize.Brief {
	t.Helper()
	b, err := s.Summarize(t.Context(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkWhole checks that each sentence of b is a whole sentence of its
// source: it starts at its offset, where the text before it ends a
// sentence, a line or markup, and its text but for white space is found in
// order after it.
func checkWhole(t *testing.T, docs []summarize.Document, b *summarize.Brief) {
	t.Helper()
	for _, sel := range b.Sentences {
		var src string
		for _, d := range docs {
			if d.Name == sel.Source {
				src = d.Text
			}
		}
		if !wholeAt(src, sel.Offset, sel.Text) {
			lo := max(0, sel.Offset-40)
			t.Errorf("%s@%d: %q is not a whole sentence there: %q", sel.Source, sel.Offset, sel.Text, src[lo:min(len(src), sel.Offset+60)])
		}
	}
}

func wholeAt(src string, off int, text string) bool {
	if off < 0 || off >= len(src) || text == "" || src[off] != text[0] {
		return false
	}
	before := strings.TrimRight(src[:off], " \t*_#>-")
	if before != "" {
		r, _ := utf8.DecodeLastRuneInString(before)
		if !strings.ContainsRune("\n\r\f.!?…\"”’')]:", r) {
			return false
		}
	}
	j := off
	for k := 0; k < len(text); k++ {
		if c := text[k]; c != ' ' {
			for j < len(src) && src[j] != c {
				j++
			}
			if j == len(src) {
				return false
			}
			j++
		}
	}
	return true
}

// A brief read from files is whole sentences of them too.
func TestBriefSentencesAreWhole(t *testing.T) {
	for _, dir := range clusterDirs(t) {
		docs, b := briefOf(t, summarize.DefaultOptions(), dir)
		checkWhole(t, docs, b)
	}
}

// A story in three layouts (testdata/layout/crane-collapse: hard-wrapped
// wire copy without blank lines, Markdown, CRLF) gives a brief of whole
// sentences with no markup left in it, as pinned in
// testdata/golden/layout-crane-collapse.txt (regenerate it with
// `go run . summarize testdata/layout/crane-collapse`).
func TestLayoutCluster(t *testing.T) {
	docs, b := briefOf(t, summarize.DefaultOptions(), "../testdata/layout/crane-collapse")
	checkWhole(t, docs, b)
	if strings.ContainsAny(b.Text(), "*_[]#>\r") {
		t.Errorf("markup left in the brief: %s", b.Text())
	}
	want, err := os.ReadFile("../testdata/golden/layout-crane-collapse.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Text() + "\n"; got != string(want) {
		t.Errorf("brief:\n got %s\nwant %s", got, want)
	}
}
