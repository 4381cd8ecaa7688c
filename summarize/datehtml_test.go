package summarize

import (
	"cmp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A page's date comes from its markup in the order of trust of
// ldPublished and what follows it. The markup follows real pages' (the
// go-readability test pages: NBC's VideoObject before its NewsArticle in
// CDATA, the New York Times' itemprop and pdate, WordPress's @graph,
// <time datetime="comment_date">); the pages are made up.
func TestPageDates(t *testing.T) {
	const body = `<body><article><h1>Ferry fares rise</h1><p>Fares rose on Monday.</p></article></body>`
	for _, tc := range []struct {
		name, head, body    string
		published, modified string
	}{
		{name: "og published", head: `<meta property="article:published_time" content="2025-09-29T08:15:00+02:00">`,
			published: "2025-09-29T08:15:00+02:00"},
		{name: "og published and modified",
			head:      `<meta property="article:modified_time" content="2025-09-30T10:00:00Z"><meta property="article:published_time" content="2025-09-29T08:15:00Z">`,
			published: "2025-09-29T08:15:00Z", modified: "2025-09-30T10:00:00Z"},
		{name: "og modified only", head: `<meta property="og:updated_time" content="2025-09-30T10:00:00Z">`,
			modified: "2025-09-30T10:00:00Z"},
		{name: "json-ld over og",
			head: `<meta property="article:published_time" content="2025-09-28T08:15:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares rise", "datePublished": "2025-09-29T08:15:00+01:00", "dateModified": "2025-09-29T09:00:00+01:00"}</script>`,
			published: "2025-09-29T08:15:00+01:00", modified: "2025-09-29T09:00:00+01:00"},
		{name: "json-ld graph",
			head: `<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
{"@type": "WebPage", "@id": "https://example.org/fares", "datePublished": "2025-09-01T00:00:00+00:00"},
{"@type": "Article", "headline": "Ferry fares rise", "datePublished": "2025-09-29T08:15:00+00:00"}]}</script>`,
			published: "2025-09-29T08:15:00Z"},
		{name: "json-ld video before the article, in CDATA",
			head: `<script type="application/ld+json"><![CDATA[ {"@context": "http://schema.org", "@type": "VideoObject", "name": "Fares", "datePublished": "Sat Sep 27 2025 01:36:42 GMT+0000 (UTC)"} ]]></script>
<script type="application/ld+json"><![CDATA[ {"@context": {"@vocab": "http://schema.org"}, "@type": "NewsArticle", "datePublished": "2025-09-29T22:00:40.000Z"} ]]></script>`,
			published: "2025-09-29T22:00:40Z"},
		{name: "json-ld list, typed by URL and list",
			head:      `<script type="application/ld+json">[{"@type": "Organization", "name": "Harbour Ledger"}, {"@type": ["http://schema.org/ReportageNewsArticle"], "datePublished": "29 September, 2025"}]</script>`,
			published: "2025-09-29"},
		{name: "json-ld web page only",
			head:      `<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2025-09-29"}</script>`,
			published: "2025-09-29"},
		{name: "json-ld web page and its article",
			head:      `<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2025-09-01", "mainEntity": {"@type": "NewsArticle", "datePublished": "2025-09-29"}}</script>`,
			published: "2025-09-29"},
		{name: "broken json-ld, then meta",
			head:      `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-09-28",</script><meta name="date" content="2025-09-29">`,
			published: "2025-09-29"},
		{name: "itemprop meta", head: `<meta itemprop="datePublished" content="2025-09-29T21:28:31.000Z"><meta name="pdate" content="20250928">`,
			published: "2025-09-29T21:28:31Z"},
		{name: "itemprop text", body: `<body><article><span itemprop="datePublished">29 September 2025</span><p>Fares rose.</p></article></body>`,
			published: "2025-09-29"},
		{name: "meta name date", head: `<meta name="date" content="2025-09-29">`, published: "2025-09-29"},
		{name: "DC.date.issued", head: `<meta name="DC.date.issued" content="2025-09-29T01:28:49">`, published: "2025-09-29"},
		{name: "sailthru.date", head: `<meta name="sailthru.date" content="2025-09-29 08:15:00">`, published: "2025-09-29"},
		{name: "pdate", head: `<meta name="pdate" content="20250929">`, published: "2025-09-29"},
		{name: "unix date", head: `<meta name="article:publicationdate" content="Mon Sep 29 21:30:09 EDT 2025"/>`,
			published: "2025-09-29T21:30:09-04:00"},
		{name: "meta over time", head: `<meta name="publishdate" content="2025-09-29">`,
			body:      `<body><article><time datetime="2025-09-30T10:00:00Z">30 Sept</time><p>Fares rose.</p></article></body>`,
			published: "2025-09-29"},
		{name: "time in the article",
			body:      `<body><header><time datetime="2025-10-05T06:00:00Z">Today</time></header><article><time datetime="comment_date"></time><time datetime="2025-09-29T08:15:00+01:00">29 Sept</time><p>Fares rose.</p><time datetime="2025-09-01">Related</time></article></body>`,
			published: "2025-09-29T08:15:00+01:00"},
		{name: "time in main", body: `<body><main><time datetime="2025-09-29">29 Sept</time><p>Fares rose.</p></main></body>`,
			published: "2025-09-29"},
		{name: "time with pubdate anywhere", body: `<body><div><time pubdate datetime="2025-09-29">29 Sept</time></div><p>Fares rose.</p></body>`,
			published: "2025-09-29"},
		{name: "time outside the article", body: `<body><nav><time datetime="2025-10-05T06:00:00Z">Today</time></nav><div><p>Fares rose.</p></div></body>`},
		{name: "unreadable values", head: `<meta property="article:published_time" content="yesterday"><meta name="date" content="0">`},
		{name: "nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head><title>Fares</title>" + tc.head + "</head>" + cmp.Or(tc.body, body) + "</html>"
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			got := pageDates(doc)
			if got.published.String() != tc.published || got.modified.String() != tc.modified {
				t.Errorf("pageDates = published %q, modified %q; want %q, %q", got.published, got.modified, tc.published, tc.modified)
			}
		})
	}
}

// A page's date is its markup's date of publication, else its text's,
// else its markup's date of change: a stamp of publication in the text
// comes before metadata of a change.
func TestDecodeHTMLDate(t *testing.T) {
	const lead = `<p>The ferry operator raised fares on every route on Monday, the third rise this year, and unions said they would fight it.</p><p>The rise adds about a tenth to the price of a return ticket to the islands, the operator said in a statement.</p>`
	for _, tc := range []struct{ name, page, want string }{
		{"markup", `<html><head><meta property="article:published_time" content="2025-09-29T08:15:00Z"></head><body><article><p>Published 3 March 2025</p>` + lead + `</article></body></html>`,
			"2025-09-29T08:15:00Z"},
		{"text", `<html><head></head><body><article><p class="timestamp">Published 3 March 2025</p>` + lead + `</article></body></html>`,
			"2025-03-03"},
		{"text's publication over markup's change", `<html><head><meta property="article:modified_time" content="2025-09-29T08:15:00Z"></head><body><article><p>Published 3 March 2025</p>` + lead + `</article></body></html>`,
			"2025-03-03"},
		{"markup's change", `<html><head><meta property="article:modified_time" content="2025-09-29T08:15:00Z"></head><body><article>` + lead + `</article></body></html>`,
			"2025-09-29T08:15:00Z"},
		{"none", `<html><head></head><body><article>` + lead + `</article></body></html>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode("a.html", []byte(tc.page), true)
			if err != nil || d.Date.String() != tc.want {
				t.Errorf("Date = %q, %v; want %q\ntext: %q", d.Date, err, tc.want, d.Text)
			}
		})
	}
}

// The test pages of testdata/html are dated by their JSON-LD, the stamp
// of their text, or not at all.
func TestHTMLTestdataDates(t *testing.T) {
	docs, errs := ReadPaths([]string{"../testdata/html/01_saltmarsh-star.html", "../testdata/html/02_skywatch-weekly.html",
		"../testdata/html/03_harbourline-news.html", "../testdata/html/no-meta"}, nil, ReadOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := map[string]string{
		"01_saltmarsh-star.html":   "2025-04-09T07:30:00+01:00", // JSON-LD
		"02_skywatch-weekly.html":  "2025-04-10",                // "· 10 April 2025" after the byline
		"03_harbourline-news.html": "2025-04-10T17:12:00+01:00", // "Updated 5:12 PM BST Thu 10 April 2025"
		"1-kerrow-gazette.html":    "",
		"2-coastline-news.html":    "2025-06-14T09:15:00+01:00", // JSON-LD
		"3-westerly-post.html":     "",
	}
	for _, d := range docs {
		if w, ok := want[d.Name]; !ok || d.Date.String() != w {
			t.Errorf("%s: date %q, want %q", d.Name, d.Date, w)
		}
	}
}
