package summarize

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The grid of each test cluster, read back from the parsed page, says
// what the brief's Support and Conflicts say: a header per version in
// input order, a row per sentence marking its source ◆, the other versions
// stating it ● and the rest ·, and below a sentence with a conflict a row
// per figure giving each version's value. crash-tolls is the cluster whose
// versions disagree (241 people, more than 260 people).
func TestWriteHTMLGrid(t *testing.T) {
	for _, dir := range []string{"trust/crash-tolls", "kazakhstan", "clusters/bridge-closure", "clusters/factory-fire",
		"clusters/ferry-strike", "clusters/library-levy", "layout/crane-collapse", "scripts/arabic"} {
		t.Run(dir, func(t *testing.T) {
			t.Parallel()
			b := mustSummarize(t, DefaultOptions(), readDocs(t, "../testdata/"+dir))
			doc := writeAndParse(t, b)
			checkPage(t, doc)
			checkParagraph(t, doc, b)
			checkGrid(t, doc, b)
		})
	}
	// The figure row of crash-tolls, cell by cell: 01_wire.txt states the
	// toll as "241 passengers and crew", which is not a toll in people.
	b := mustSummarize(t, DefaultOptions(), readDocs(t, "../testdata/trust/crash-tolls"))
	var got []string
	for _, tr := range domFind(writeAndParse(t, b), atom.Tr) {
		if domAttr(tr, "class") == "fig" {
			for _, c := range domFind(tr, atom.Th, atom.Td) {
				got = append(got, domText(c))
			}
		}
	}
	want := []string{"sentence 1, figure more than 260 people",
		"–states it without the figure",
		"more than 260 peoplegives more than 260 people",
		"≠ 241 peoplegives 241 people, not more than 260 people",
		"more than 260 peoplegives more than 260 people"}
	if !slices.Equal(got, want) {
		t.Errorf("crash-tolls figure row:\n got %q\nwant %q", got, want)
	}
	var marked []string
	for _, a := range domFind(writeAndParse(t, b), atom.A) {
		if domAttr(a, "class") == "disputed" {
			marked = append(marked, domAttr(a, "href")+" "+domAttr(a, "title")+": "+domText(a))
		}
	}
	if want := []string{"#f1-1 the versions disagree: more than 260 people or 241 people: more than 260 people (the versions disagree)"}; !slices.Equal(marked, want) {
		t.Errorf("crash-tolls disputed figures:\n got %q\nwant %q", marked, want)
	}
}

// Names, sentences and figures holding markup, quotes, ampersands and new
// lines come out as text: the parsed page gives them back (white space
// folded), no element or attribute is made of them, and the page's only
// links are its own anchors.
func TestWriteHTMLEscapes(t *testing.T) {
	b := &Brief{
		Sentences: []Selected{{
			Text:    `The <b>council</b> of "Dunmore & Co" voted <script>alert(1)</script> 12 to 3, officials said.`,
			Source:  "a<i>.txt",
			Support: []string{"a<i>.txt", `"q" & 'r'.txt`},
			Conflicts: []Conflict{{Figure: "12 <to>", Values: []Value{
				{Value: "12 <to>", Support: []string{"a<i>.txt"}},
				{Value: `13 "to" & </td>`, Support: []string{`"q" & 'r'.txt`}},
			}}},
		}},
		Documents: []DocumentStats{{Name: "a<i>.txt", Sentences: 2, Kept: 1, Dropped: 1},
			{Name: `"q" & 'r'.txt`, Sentences: 1, Kept: 1},
			{Name: "new\nline\t<br>.txt\x01", Sentences: 1, Kept: 1}},
	}
	var buf bytes.Buffer
	if err := b.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script", "<b>council", "<i>", "<br>", "<to>", "& </td>", "new\nline", "\x01", "ZgotmplZ"} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q unescaped", bad)
		}
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, doc)
	checkParagraph(t, doc, b)
	checkGrid(t, doc, &Brief{Sentences: b.Sentences, Documents: []DocumentStats{b.Documents[0], b.Documents[1],
		{Name: "new line <br>.txt", Sentences: 1, Kept: 1}}})
	if got := domText(domFind(doc, atom.Title)[0]); got != `Brief of 3 versions: The <b>council</b> of "Dunmore & Co" voted <script>alert(1)</script> 12 to…` {
		t.Errorf("title %q", got)
	}
	if n := len(domFind(doc, atom.I, atom.Br)); n != 0 {
		t.Errorf("%d <i> or <br> elements made of the input", n)
	}
	for _, n := range domFind(doc, atom.B) { // the legend's marks
		if domAttr(n.Parent.Parent, "class") != "legend" {
			t.Errorf("a <b> element made of the input, in %s", n.Parent.Data)
		}
	}
}

// A brief without sentences still makes a whole page, with an empty grid.
func TestWriteHTMLEmpty(t *testing.T) {
	b := &Brief{Documents: []DocumentStats{{Name: "a.txt"}}}
	doc := writeAndParse(t, b)
	checkPage(t, doc)
	checkGrid(t, doc, b)
	if got := domText(domFind(doc, atom.Title)[0]); got != "Brief of 1 version" {
		t.Errorf("title %q", got)
	}
}

// writeAndParse writes b's page twice, checks the bytes are the same and
// parses them.
func writeAndParse(t *testing.T, b *Brief) *html.Node {
	t.Helper()
	var first, second bytes.Buffer
	if err := b.WriteHTML(&first); err != nil {
		t.Fatal(err)
	}
	if err := b.WriteHTML(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("a second page of the same brief differs")
	}
	doc, err := html.Parse(&first)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// checkPage checks the page is whole and self-contained: a language, a
// charset, a viewport for phones, a title, inline style, and nothing
// loaded or run (no script, no element with a source, no link off the
// page).
func checkPage(t *testing.T, doc *html.Node) {
	t.Helper()
	if doc.FirstChild == nil || doc.FirstChild.Type != html.DoctypeNode {
		t.Error("no doctype")
	}
	if h := domFind(doc, atom.Html); len(h) != 1 || domAttr(h[0], "lang") != "en" {
		t.Error("no <html lang=en>")
	}
	var charset, viewport bool
	for _, m := range domFind(doc, atom.Meta) {
		charset = charset || domAttr(m, "charset") == "utf-8"
		viewport = viewport || domAttr(m, "name") == "viewport" && strings.Contains(domAttr(m, "content"), "width=device-width")
	}
	if !charset || !viewport {
		t.Errorf("charset meta %v, viewport meta %v", charset, viewport)
	}
	if ts := domFind(doc, atom.Title); len(ts) != 1 || !strings.HasPrefix(domText(ts[0]), "Brief of ") {
		t.Error("no title")
	}
	if n := len(domFind(doc, atom.Script, atom.Link, atom.Img, atom.Iframe, atom.Object, atom.Embed)); n != 0 {
		t.Errorf("%d script, link or embedding elements", n)
	}
	if css := domFind(doc, atom.Style); len(css) != 1 || !strings.Contains(domText(css[0]), "overflow-x:auto") || strings.Contains(domText(css[0]), "url(") {
		t.Error("no inline style, no scrolling box for the grid, or a style that loads something")
	}
	for n := range doc.Descendants() {
		for _, a := range n.Attr {
			if a.Key == "src" || a.Key == "href" && !strings.HasPrefix(a.Val, "#") || a.Key == "style" || strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
			}
		}
	}
}

// checkParagraph checks the paragraph holds the brief's sentences in order,
// each numbered and linked to its row of the grid, and each disputed
// figure found in it linked to its row.
func checkParagraph(t *testing.T, doc *html.Node, b *Brief) {
	t.Helper()
	var p *html.Node
	for _, n := range domFind(doc, atom.P) {
		if domAttr(n, "class") == "brief" {
			p = n
		}
	}
	if p == nil {
		t.Fatal("no brief paragraph")
	}
	spans := domChildren(p, atom.Span)
	if len(spans) != len(b.Sentences) {
		t.Fatalf("%d sentences in the paragraph, want %d", len(spans), len(b.Sentences))
	}
	ids := map[string]bool{}
	for n := range doc.Descendants() {
		if id := domAttr(n, "id"); id != "" {
			ids[id] = true
		}
	}
	var said []string
	for i, sp := range spans {
		n := fmt.Sprint(i + 1)
		sup := domChildren(sp, atom.Sup)
		if domAttr(sp, "id") != "s"+n || len(sup) != 1 || domText(sup[0]) != n {
			t.Errorf("sentence %d: id %q, %d numbers", i+1, domAttr(sp, "id"), len(sup))
			continue
		}
		if links := domFind(sup[0], atom.A); len(links) != 1 || domAttr(links[0], "href") != "#r"+n {
			t.Errorf("sentence %d: number not linked to its row", i+1)
		}
		var figures []string
		for _, a := range domChildren(sp, atom.A) {
			figures = append(figures, domShown(a))
			if domAttr(a, "class") != "disputed" || !ids[strings.TrimPrefix(domAttr(a, "href"), "#")] {
				t.Errorf("sentence %d: link %q to %q", i+1, domShown(a), domAttr(a, "href"))
			}
		}
		var want []string
		for _, c := range b.Sentences[i].Conflicts {
			if strings.Contains(b.Sentences[i].Text, c.Figure) {
				want = append(want, c.Figure)
			}
		}
		if !slices.Equal(figures, want) {
			t.Errorf("sentence %d: disputed figures %q, want %q", i+1, figures, want)
		}
		said = append(said, strings.TrimSuffix(domShown(sp), n))
	}
	if got := strings.Join(said, " "); got != b.Text() {
		t.Errorf("paragraph %q\nwant %q", got, b.Text())
	}
}

// checkGrid reads the grid back and compares it with what b says: the
// column headers, then per sentence its row and a row per conflict.
func checkGrid(t *testing.T, doc *html.Node, b *Brief) {
	t.Helper()
	tables := domFind(doc, atom.Table)
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1", len(tables))
	}
	heads := domFind(domFind(tables[0], atom.Thead)[0], atom.Th)
	if len(heads) != len(b.Documents)+1 {
		t.Fatalf("%d column headers, want %d", len(heads), len(b.Documents)+1)
	}
	for d, th := range heads {
		if domAttr(th, "scope") != "col" {
			t.Errorf("column header %d without scope=col", d)
		}
		if d > 0 && (domText(th) != b.Documents[d-1].Name || domAttr(th, "title") != b.Documents[d-1].Name) {
			t.Errorf("column %d: header %q, title %q, want %q", d, domText(th), domAttr(th, "title"), b.Documents[d-1].Name)
		}
	}
	var want [][]string // per row: its header, then per version a class and what the cell says
	for i, s := range b.Sentences {
		row := []string{fmt.Sprintf("%d %s", i+1, opening(s.Text, 5))}
		for _, doc := range b.Documents {
			switch {
			case doc.Name == s.Source:
				row = append(row, "src ◆ states it, in these words")
			case slices.Contains(s.Support, doc.Name):
				row = append(row, "yes ● states it")
			default:
				row = append(row, "no · does not state it")
			}
		}
		want = append(want, row)
		for _, c := range s.Conflicts {
			row := []string{fmt.Sprintf("sentence %d, figure %s", i+1, c.Figure)}
			for _, doc := range b.Documents {
				var gives []string
				other := false
				for j, v := range c.Values {
					if slices.Contains(v.Support, doc.Name) {
						gives = append(gives, v.Value)
						other = other || j > 0
					}
				}
				said := strings.Join(gives, " or ")
				switch {
				case other:
					row = append(row, fmt.Sprintf("other ≠ %s gives %s, not %s", said, said, c.Values[0].Value))
				case len(gives) > 0:
					row = append(row, fmt.Sprintf("own %s gives %s", said, said))
				case slices.Contains(s.Support, doc.Name):
					row = append(row, "none – states it without the figure")
				default:
					row = append(row, "no · does not state it")
				}
			}
			want = append(want, row)
		}
	}
	var got [][]string
	for _, tr := range domFind(domFind(tables[0], atom.Tbody)[0], atom.Tr) {
		th := domChildren(tr, atom.Th)
		if len(th) != 1 || domAttr(th[0], "scope") != "row" {
			t.Fatalf("row without one header of scope=row")
		}
		row := []string{domText(th[0])}
		for _, td := range domChildren(tr, atom.Td) {
			spans := domChildren(td, atom.Span)
			if len(spans) != 2 || domAttr(spans[0], "aria-hidden") != "true" || domAttr(spans[1], "class") != "vh" {
				t.Fatalf("cell without its mark and its words")
			}
			if !strings.HasSuffix(domAttr(td, "title"), ": "+domText(spans[1])) {
				t.Errorf("cell title %q does not say %q", domAttr(td, "title"), domText(spans[1]))
			}
			row = append(row, domAttr(td, "class")+" "+domText(spans[0])+" "+domText(spans[1]))
		}
		got = append(got, row)
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("grid:\n got %q\nwant %q", got, want)
	}
}

// domFind returns the elements under n of any of the types, in document
// order.
func domFind(n *html.Node, types ...atom.Atom) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && slices.Contains(types, d.DataAtom) {
			out = append(out, d)
		}
	}
	return out
}

// domChildren returns the child elements of n of type a.
func domChildren(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode && c.DataAtom == a {
			out = append(out, c)
		}
	}
	return out
}

// domShown is the text of n without the words for screen readers alone.
func domShown(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := range n.ChildNodes() {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case domAttr(c, "class") != "vh":
				walk(c)
			}
		}
	}
	walk(n)
	return sb.String()
}

func domText(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
		}
	}
	return sb.String()
}

func domAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
