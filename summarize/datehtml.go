package summarize

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page's markup dates it in several places, trusted in this order
// (lower first); the first of each that ParseDate reads counts. A date of
// publication of any of them comes before one of a change.
const (
	ldPublished     = iota // JSON-LD "datePublished" of an Article, NewsArticle, BlogPosting …
	ogPublished            // <meta property="article:published_time">
	itemPublished          // itemprop="datePublished", <time pubdate>
	metaPublished          // <meta name="date">, "pubdate", "DC.date.issued", "sailthru.date" …
	ldPagePublished        // JSON-LD "datePublished" of a WebPage
	timePublished          // the first <time datetime> in an <article> or <main>
	ldModified
	ogModified
	itemModified
	metaModified
	nSources
)

// ogNames and metaNames are the <meta> properties and names of dates, by
// their source; lower case.
var (
	ogNames = map[string]int{
		"article:published_time": ogPublished, "og:article:published_time": ogPublished, "article:published": ogPublished,
		"article:modified_time": ogModified, "og:article:modified_time": ogModified, "article:modified": ogModified,
		"og:updated_time": ogModified,
	}
	metaNames = map[string]int{
		"date": metaPublished, "pubdate": metaPublished, "publishdate": metaPublished, "publish-date": metaPublished,
		"publish_date": metaPublished, "published": metaPublished, "published_time": metaPublished,
		"published-date": metaPublished, "published_date": metaPublished, "published_at": metaPublished,
		"publication_date": metaPublished, "datepublished": metaPublished, "date_published": metaPublished,
		"article:published_time": metaPublished, "article.published": metaPublished,
		"article:publicationdate": metaPublished, "article_date_original": metaPublished,
		"original-publish-date": metaPublished, "citation_publication_date": metaPublished,
		"dc.date": metaPublished, "dc.date.issued": metaPublished, "dc.date.created": metaPublished,
		"dcterms.date": metaPublished, "dcterms.issued": metaPublished, "dcterms.created": metaPublished,
		"sailthru.date": metaPublished, "parsely-pub-date": metaPublished, "og:pubdate": metaPublished,
		"bt:pubdate": metaPublished, "pdate": metaPublished, "displaydate": metaPublished,
		"last-modified": metaModified, "lastmod": metaModified, "dcterms.modified": metaModified,
		"dc.date.modified": metaModified, "modified_time": metaModified, "article:modified_time": metaModified,
	}
)

// pageDates returns the dates a page's markup gives (see ldPublished and
// what follows it). It reads doc before readability changes it.
func pageDates(doc *html.Node) pubDates {
	var found [nSources]Date
	set := func(source int, value string) {
		if found[source].IsZero() {
			found[source], _ = ParseDate(value)
		}
	}
	type item struct {
		n       *html.Node
		article bool // inside an <article> or <main>
	}
	stack := []item{{doc, false}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				content := attr(n, "content")
				if s, ok := ogNames[strings.ToLower(attr(n, "property"))]; ok {
					set(s, content)
				}
				if s, ok := metaNames[strings.ToLower(attr(n, "name"))]; ok {
					set(s, content)
				}
			case atom.Script:
				if isJSONLD(attr(n, "type")) && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
					ldDates(n.FirstChild.Data, set)
				}
				continue
			case atom.Style, atom.Template, atom.Noscript:
				continue
			case atom.Time:
				if v := attr(n, "datetime"); v != "" {
					if hasAttr(n, "pubdate") {
						set(itemPublished, v)
					}
					if it.article {
						set(timePublished, v)
					}
				}
			case atom.Article, atom.Main:
				it.article = true
			}
			switch prop := attr(n, "itemprop"); prop {
			case "datePublished", "dateModified":
				s := itemPublished
				if prop == "dateModified" {
					s = itemModified
				}
				set(s, itemValue(n))
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling { // popped first to last
			stack = append(stack, item{c, it.article})
		}
	}
	var out pubDates
	for s, d := range found {
		if s < ldModified {
			out.published = cmpOr(out.published, d)
		} else {
			out.modified = cmpOr(out.modified, d)
		}
	}
	return out
}

// itemValue is the value of a microdata property: a <meta>'s content, a
// <time>'s datetime, else the element's text.
func itemValue(n *html.Node) string {
	if v := attr(n, "content"); v != "" {
		return v
	}
	if v := attr(n, "datetime"); v != "" {
		return v
	}
	var sb strings.Builder
	var text func(n *html.Node, depth int)
	text = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && sb.Len() < 100 && depth < 8; c = c.NextSibling {
			if c.Type == html.TextNode {
				sb.WriteString(c.Data)
			}
			text(c, depth+1)
		}
	}
	text(n, 0)
	return sb.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// isJSONLD reports whether a script's type is JSON-LD's.
func isJSONLD(typ string) bool {
	typ, _, _ = strings.Cut(typ, ";")
	return strings.EqualFold(strings.TrimSpace(typ), "application/ld+json")
}

// ldDates sets the dates of the JSON-LD in a script: of the first node
// typed as an article (at the top, in a list or in an @graph), else of a
// web page and the article that is its main entity.
func ldDates(script string, set func(source int, value string)) {
	s := strings.TrimSpace(script)
	s = strings.TrimPrefix(s, "//")
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "<![CDATA["))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "//"), "]]>")
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e, depth+1)
			}
		case map[string]any:
			switch ldKind(v["@type"]) {
			case ldArticle:
				set(ldPublished, ldString(v["datePublished"]))
				set(ldModified, ldString(v["dateModified"]))
			case ldPage:
				set(ldPagePublished, ldString(v["datePublished"]))
				visit(v["mainEntity"], depth+1)
			}
			visit(v["@graph"], depth+1)
		}
	}
	visit(v, 0)
}

const (
	ldOther = iota
	ldArticle
	ldPage
)

// ldKind says whether a JSON-LD @type (a name, a URL or a list of
// either) is an article's (Article, NewsArticle, ReportageNewsArticle,
// BlogPosting, LiveBlogPosting, Report …) or a web page's.
func ldKind(t any) int {
	kind := ldOther
	var names []any
	switch t := t.(type) {
	case string:
		names = []any{t}
	case []any:
		names = t
	}
	for _, n := range names {
		s, _ := n.(string)
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		switch {
		case strings.HasSuffix(s, "Article"), strings.HasSuffix(s, "BlogPosting"), s == "Report":
			return ldArticle
		case strings.HasSuffix(s, "Page"): // WebPage, ItemPage …
			kind = ldPage
		}
	}
	return kind
}

// ldString returns a JSON-LD value as a string: itself, the first of a
// list, or an object's "@value".
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	case map[string]any:
		return ldString(v["@value"])
	}
	return ""
}
