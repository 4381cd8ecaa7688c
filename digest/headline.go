package digest

import (
	"bytes"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Headlines. A version's own headline is the best title of its story: the
// summarizer drops it as page furniture (a short line without a full
// stop), and a brief's first sentence is a lead, not a title.

// A headline has 3 to 20 words: fewer is a menu item or a masthead
// ("Denholm Gazette"), more a sentence.
const (
	minHeadlineWords = 3
	maxHeadlineWords = 20
)

// maxHeadlineBytes bounds the bytes of a line looked at as a headline:
// maxHeadlineWords long words.
const maxHeadlineBytes = 300

// headlineScan is how many non-blank lines of a text are looked at for its
// headline, before its lead.
const headlineScan = 12

// leadWords is the fewest words of a lead: a text's first line of prose
// that is not page furniture.
const leadWords = 8

// minHeadlineOverlap is the least share of a candidate line's terms its
// version's lead repeats for the line to be the headline. A headline
// names what the lead tells (on the test clusters 0.5 to 1); a masthead,
// a section or a "Skip to content" line shares nothing with it.
const minHeadlineOverlap = 0.4

// furniture are words of page furniture that reads as prose: banners,
// sign-ups, credits.
var furniture = []string{"cookie", "corrected", "correction", "earlier version", "privacy", "newsletter", "subscribe", "sign up", "javascript", "copyright", "©", "all rights reserved", "http://", "https://", "www.", "@"}

// textHeadline returns a text's headline: of its first lines before its
// lead, the headline-shaped one (see headlineShaped) whose terms the lead
// repeats most, at least minHeadlineOverlap of them; or "" when there is
// none, as in wire copy that opens with its lead.
func textHeadline(text string, terms func(string) []string) string {
	var cands []string
	lead := ""
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > headlineScan {
			break
		}
		if isProse(line) {
			if !isFurniture(line) {
				lead = line
				break
			}
			continue
		}
		if len(line) > maxHeadlineBytes {
			continue
		}
		if line = strings.Join(strings.Fields(line), " "); headlineShaped(line) {
			cands = append(cands, line)
		}
	}
	if lead == "" || len(cands) == 0 {
		return ""
	}
	leadTerms := termSet(terms(opening(lead, maxHeadlineBytes)))
	best, bestScore := "", 0.0
	for _, c := range cands {
		ts := termSet(terms(c))
		shared := 0
		for t := range ts {
			if leadTerms[t] {
				shared++
			}
		}
		if score := float64(shared) / float64(max(1, len(ts))); shared >= 2 && score >= minHeadlineOverlap && score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

func termSet(ts []string) map[string]bool {
	set := make(map[string]bool, len(ts))
	for _, t := range ts {
		set[t] = true
	}
	return set
}

// isProse reports whether a line reads as a sentence: enough words, ending
// in a full stop, a question or exclamation mark, or a quotation closing
// one.
func isProse(line string) bool {
	if !hasWords(line, leadWords) {
		return false
	}
	end := strings.TrimRight(line, `"'”’)`)
	return strings.HasSuffix(end, ".") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, "!")
}

// opening returns the start of s, at most n bytes, cut at a space.
func opening(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		return s[:i]
	}
	return s[:n]
}

// hasWords reports whether s holds at least n words (runs of non-space).
func hasWords(s string, n int) bool {
	count, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			if in, count = true, count+1; count >= n {
				return true
			}
		}
	}
	return false
}

func isFurniture(line string) bool {
	lower := strings.ToLower(opening(line, 2*maxHeadlineBytes)) // banners are short
	return slices.ContainsFunc(furniture, func(w string) bool { return strings.Contains(lower, w) })
}

// headlineShaped reports whether a line could be a headline: 3 to 20
// words, no full stop at its end, not in capitals (a masthead), not a
// menu ("News | Sport"), a byline, a time stamp or a credit.
func headlineShaped(line string) bool {
	words := strings.Fields(line)
	if len(words) < minHeadlineWords || len(words) > maxHeadlineWords {
		return false
	}
	if strings.HasSuffix(line, ".") || strings.HasSuffix(line, ",") || strings.HasSuffix(line, ":") {
		return false
	}
	if strings.ContainsAny(line, "|·•»") || isFurniture(line) {
		return false
	}
	lower := strings.ToLower(line)
	for _, start := range []string{"by ", "from ", "published", "updated", "posted", "photo", "reporting", "correction", "related", "read more", "share", "advertisement", "skip to"} {
		if strings.HasPrefix(lower, start) {
			return false
		}
	}
	return strings.IndexFunc(line, unicode.IsLower) >= 0
}

// htmlHeadScan is how much of a page is read for its headline.
const htmlHeadScan = 256 << 10

// htmlFileHeadline returns the headline of the HTML page at path (see
// htmlHeadline), decoding it as summarize does: by its BOM or meta
// charset, else as Windows-1252.
func htmlFileHeadline(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, htmlHeadScan))
	if err != nil {
		return ""
	}
	enc, _, _ := charset.DetermineEncoding(b, "text/html")
	if u, err := enc.NewDecoder().Bytes(b); err == nil {
		b = u
	}
	return htmlHeadline(b)
}

// htmlHeadline returns a page's own headline: its og:title, else its first
// <h1>, else its <title> less a trailing " | Site Name". page is UTF-8.
func htmlHeadline(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page[:min(len(page), htmlHeadScan)]))
	var og, h1, title strings.Builder
	var in atom.Atom // the element whose text is being collected
	for {
		switch z.Next() {
		case html.ErrorToken:
			return pickHTMLHeadline(og.String(), h1.String(), title.String())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch a := atom.Lookup(name); a {
			case atom.Meta:
				var prop, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "property", "name":
						prop = strings.ToLower(string(v))
					case "content":
						content = string(v)
					}
				}
				if prop == "og:title" && og.Len() == 0 {
					og.WriteString(content)
				}
			case atom.Title, atom.H1:
				if a == atom.Title && title.Len() == 0 || a == atom.H1 && h1.Len() == 0 {
					in = a
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == in {
				in = 0
			}
		case html.TextToken:
			switch in {
			case atom.Title:
				title.Write(z.Text())
			case atom.H1:
				h1.Write(z.Text())
			}
		}
	}
}

func pickHTMLHeadline(og, h1, title string) string {
	for _, h := range []string{og, h1} {
		if h = oneLine(h); h != "" {
			return h
		}
	}
	title = oneLine(title)
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 && len(strings.Fields(title[i+len(sep):])) <= 4 && len(strings.Fields(title[:i])) >= minHeadlineWords {
			return title[:i]
		}
	}
	return title
}

// storyTitle returns the title a story's versions give it: the headline
// most of them carry (compared without case and punctuation), on a tie the
// one sharing the most terms with the brief, then the first; "" when none
// has a headline.
func storyTitle(headlines []string, brief string, terms func(string) []string) string {
	count := map[string]int{}
	most := 0
	for _, h := range headlines {
		if h != "" {
			k := headlineKey(h)
			count[k]++
			most = max(most, count[k])
		}
	}
	var tied []string // the commonest, first occurrences, in version order
	for _, h := range headlines {
		if k := headlineKey(h); h != "" && count[k] == most {
			tied = append(tied, h)
			count[k] = -1
		}
	}
	switch len(tied) {
	case 0:
		return ""
	case 1:
		return oneLine(tied[0])
	}
	briefTerms := termSet(terms(brief))
	best, bestShared := "", -1
	for _, h := range tied {
		shared := 0
		for t := range termSet(terms(h)) {
			if briefTerms[t] {
				shared++
			}
		}
		if shared > bestShared {
			best, bestShared = h, shared
		}
	}
	return oneLine(best)
}

// headlineKey is a headline without case, punctuation or spacing.
func headlineKey(h string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(h), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
