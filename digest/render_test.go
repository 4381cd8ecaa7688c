package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/summarize"
)

// hostile is a story whose title, text, names and URL would break the
// page if any of them were not escaped.
func hostileDigest(t *testing.T) *Digest {
	t.Helper()
	text := `The <b>council</b> of "Dunmore & Co" voted on Friday to close the old <script>alert(1)</script> harbour road for repairs, officials said.`
	v := version(`a<i>.txt`, text)
	v.URL = "javascript:alert(1)"
	w := version("b.txt", text)
	w.URL, w.Published = "https://example.com/b?x=1&y=2", "2026-03-01"
	x := version("c.txt\n\n## Injected\n", text)
	x.URL, x.Published = "https://example.com/c d>\n# e", "2026-03-01\n# Injected"
	stories := []Story{
		{ID: "h", Title: "</title><script>x()</script> & *more*\n# Injected", Versions: []Version{v, w, x}},
		{ID: "menu", Title: "Menu", Versions: []Version{version("m.txt", "Home\nNews\n")}},
	}
	day, _ := ReadRoot(context.Background(), dayRoot, ReadOptions{})
	d, err := New(newSummarizer(t), Options{}).Run(context.Background(), append(stories, day...))
	if err != nil {
		t.Fatal(err)
	}
	d.Title = "Morning <digest>"
	return d
}

// The page parses into: a title, an h1, the summary, then one section per
// briefed story holding an h2, a paragraph and a list of its sources; all
// text escaped, nothing loaded from outside, a viewport for phones.
func TestHTMLStructure(t *testing.T) {
	d := hostileDigest(t)
	var b bytes.Buffer
	if err := d.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := text(find(doc, atom.Title)[0]); got != "Morning <digest>" {
		t.Errorf("title %q", got)
	}
	if n := len(find(doc, atom.Script)); n != 0 {
		t.Errorf("%d script elements: text not escaped", n)
	}
	for _, a := range []atom.Atom{atom.Link, atom.Img, atom.Iframe} {
		if n := len(find(doc, a)); n != 0 {
			t.Errorf("%d %v elements: the page must be self-contained", n, a)
		}
	}
	var viewport bool
	for _, m := range find(doc, atom.Meta) {
		viewport = viewport || attr(m, "name") == "viewport" && strings.Contains(attr(m, "content"), "width=device-width")
	}
	if !viewport {
		t.Error("no viewport meta")
	}
	if css := text(find(doc, atom.Style)[0]); !strings.Contains(css, "max-width") || !strings.Contains(css, "font") {
		t.Errorf("style lacks max-width or font size: %s", css)
	}
	sections := find(doc, atom.Section)
	briefed := d.Briefed()
	if len(sections) != len(briefed) || len(briefed) != 4 {
		t.Fatalf("%d sections, %d stories briefed, want 4", len(sections), len(briefed))
	}
	for i, sec := range sections {
		var kids []atom.Atom
		for c := sec.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				kids = append(kids, c.DataAtom)
			}
		}
		if len(kids) != 3 || kids[0] != atom.H2 || kids[1] != atom.P || kids[2] != atom.Ul {
			t.Errorf("section %d holds %v, want h2 p ul", i, kids)
			continue
		}
		r := briefed[i]
		if got := text(find(sec, atom.H2)[0]); got != oneLine(r.Title) {
			t.Errorf("section %d heading %q, want %q", i, got, r.Title)
		}
		if got := text(find(sec, atom.P)[0]); got != r.Brief.Text() {
			t.Errorf("section %d brief %q, want %q", i, got, r.Brief.Text())
		}
		if items := find(sec, atom.Li); len(items) != len(r.Versions) {
			t.Errorf("section %d: %d sources, want %d", i, len(items), len(r.Versions))
		}
	}
	first := sections[0] // three versions, and first by title
	links := find(first, atom.A)
	if len(links) != 2 || attr(links[0], "href") != "https://example.com/b?x=1&y=2" || attr(links[1], "href") != "https://example.com/c%20d%3e%0a#%20e" {
		t.Errorf("links: %v", links)
	}
	for i, want := range []string{
		"a<i>.txt: supports 1 of 1 sentence", // a javascript: URL is no link
		"b.txt, 2026-03-01: supports 1 of 1 sentence",
		"c.txt ## Injected, 2026-03-01 # Injected: supports 1 of 1 sentence",
	} {
		if got := text(find(first, atom.Li)[i]); got != want {
			t.Errorf("source item %q, want %q", got, want)
		}
	}
	if got := text(find(doc, atom.P)[0]); got != "4 stories from 12 versions; 1 failed: Menu." {
		t.Errorf("summary %q", got)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := hostileDigest(t).WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"# Morning \\<digest\\>\n\n4 stories from 12 versions; 1 failed: Menu.\n",
		"\n## \\</title\\>\\<script\\>x()\\</script\\> \\& \\*more\\* \\# Injected\n",
		"- `a<i>.txt`: supports 1 of 1 sentence\n", // no javascript: link
		"- [`b.txt`](<https://example.com/b?x=1&y=2>), 2026-03-01: supports 1 of 1 sentence\n",
		"- [`c.txt ## Injected`](<https://example.com/c%20d%3E%0A#%20e>), 2026-03-01 \\# Injected: supports 1 of 1 sentence\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestJSONFields(t *testing.T) {
	var b bytes.Buffer
	if err := hostileDigest(t).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Title, Summary string
		Stories        []struct {
			ID, Title, Brief string
			Versions, Words  int
			Sentences        []summarize.Selected
			Sources          []Source
		}
		Failed []struct {
			ID, Title string
			Errors    []string
		}
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Title != "Morning <digest>" || len(got.Stories) != 4 || len(got.Failed) != 1 {
		t.Fatalf("%+v", got)
	}
	if f := got.Failed[0]; f.ID != "menu" || len(f.Errors) != 1 || f.Errors[0] != summarize.ErrNoContent.Error() {
		t.Errorf("failed %+v", f)
	}
	if s := got.Stories[0]; s.ID != "h" || s.Versions != 3 || len(s.Sentences) != 1 || s.Sources[1].Published != "2026-03-01" || s.Words != 20 {
		t.Errorf("story %+v", s)
	}
}

// find returns the elements of type a under n, in document order.
func find(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == a {
			out = append(out, d)
		}
	}
	return out
}

func text(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
		}
	}
	return sb.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestMarkdownText(t *testing.T) {
	for _, tc := range []struct{ in, text, block string }{
		{"plain words", "plain words", "plain words"},
		{"two\nlines\r\n\tand\u2028more\x00", "two lines and more", "two lines and more"},
		{"# heading", `\# heading`, `\# heading`},
		{"1986. A year", "1986. A year", `1986\. A year`},
		{"3) three", "3) three", `3\) three`},
		{"3 stories from 9 versions.", "3 stories from 9 versions.", "3 stories from 9 versions."},
		{"- item", "- item", `\- item`},
		{"+ item", "+ item", `\+ item`},
		{"AT&T ~ a|b", `AT\&T \~ a\|b`, `AT\&T \~ a\|b`},
		{"[x](javascript:y)", `\[x\](javascript:y)`, `\[x\](javascript:y)`},
	} {
		if got := mdText(tc.in); got != tc.text {
			t.Errorf("mdText(%q) = %q, want %q", tc.in, got, tc.text)
		}
		if got := mdBlock(tc.in); got != tc.block {
			t.Errorf("mdBlock(%q) = %q, want %q", tc.in, got, tc.block)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"a.txt", "`a.txt`"},
		{"a`b", "``a`b``"},
		{"`a", "`` `a ``"},
		{"a\n# b", "`a # b`"},
	} {
		if got := mdCode(tc.in); got != tc.want {
			t.Errorf("mdCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		url  string
		link bool
	}{
		{"https://example.com/a", true}, {"HTTP://example.com", true}, {"mailto:desk@example.com", true},
		{"javascript:alert(1)", false}, {" javascript:alert(1)", false}, {"data:text/html,x", false},
		{"/relative/path", false}, {"ftp://example.com", false}, {"", false},
	} {
		if got := linkable(tc.url); got != tc.link {
			t.Errorf("linkable(%q) = %v", tc.url, got)
		}
	}
}

// A story whose versions give a figure otherwise lists the figure under
// its sources, with each value's versions, in Markdown and HTML alike.
func TestDisagreementsListed(t *testing.T) {
	var vs []Version
	for _, name := range []string{"01_wire.txt", "02_city-herald.txt", "03_radio.txt", "04_evening-post.txt"} {
		b, err := os.ReadFile(filepath.Join("../testdata/trust/crash-tolls", name))
		if err != nil {
			t.Fatal(err)
		}
		vs = append(vs, version(name, string(b)))
	}
	d, err := New(newSummarizer(t), Options{}).Run(context.Background(), []Story{{ID: "crash", Versions: vs}})
	if err != nil {
		t.Fatal(err)
	}
	want := "more than 260 people: more than 260 people in 02_city-herald.txt, 04_evening-post.txt; 241 people in 03_radio.txt"
	var md, page bytes.Buffer
	if err := d.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "\nThe versions disagree:\n\n- "+mdText(want)+"\n") {
		t.Errorf("Markdown lists no disagreement %q:\n%s", want, md.String())
	}
	if err := d.WriteHTML(&page); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&page)
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, li := range find(doc, atom.Li) {
		items = append(items, text(li))
	}
	if !slices.Contains(items, want) {
		t.Errorf("HTML lists %q, not %q", items, want)
	}
}
