package summarize

import (
	"regexp"
	"strings"
)

// phraseSet finds any of several phrases in a text by the bytes they all
// open with: one scan for the opening, where one for each phrase would
// read the text as many times.
type phraseSet struct {
	open string // the phrases' longest common prefix
	// next holds the phrases by the byte that follows the opening; whole
	// says that one of them is the opening alone.
	next  [256][]string
	whole bool
}

// The phrases leansInside looks for.
var insideConnectiveSet, insidePhraseSet = newPhraseSet(insideConnectives), newPhraseSet(insidePhrases)

func newPhraseSet(phrases []string) *phraseSet {
	open := phrases[0]
	for _, p := range phrases[1:] {
		n := 0
		for n < len(open) && n < len(p) && open[n] == p[n] {
			n++
		}
		open = open[:n]
	}
	ps := &phraseSet{open: open}
	for _, p := range phrases {
		if len(p) == len(open) {
			ps.whole = true
			continue
		}
		b := p[len(open)]
		ps.next[b] = append(ps.next[b], p)
	}
	return ps
}

// in reports whether s holds one of the phrases.
func (ps *phraseSet) in(s string) bool {
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], ps.open)
		if i < 0 {
			break
		}
		if ps.whole {
			return true
		}
		at := off + i
		if end := at + len(ps.open); end < len(s) {
			for _, p := range ps.next[s[end]] {
				if strings.HasPrefix(s[at:], p) {
					return true
				}
			}
		}
		off = at + 1
	}
	return false
}

// closingQuoteRE is an expression whose matches open with a quotation
// mark before white space and look at nothing behind it (pronounSaidRE).
// It is matched from the first such mark on (see closingQuote), as it
// would match the whole text, without being tried at each character
// before.
type closingQuoteRE struct{ *regexp.Regexp }

func (re closingQuoteRE) MatchString(text string) bool {
	return re.Regexp.MatchString(text[closingQuote(text):])
}

// closingQuote returns the index of the first quotation mark in text
// (" or ”) before white space, or len(text).
func closingQuote(text string) int {
	for i := 0; i < len(text); i++ {
		n := 0
		switch {
		case text[i] == '"':
			n = 1
		case strings.HasPrefix(text[i:], "”"):
			n = len("”")
		default:
			continue
		}
		if i+n < len(text) && strings.IndexByte("\t\n\f\r ", text[i+n]) >= 0 {
			return i
		}
	}
	return len(text)
}
