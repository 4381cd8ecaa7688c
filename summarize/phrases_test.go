package summarize

import (
	"strings"
	"testing"
)

// A phraseSet finds what looking for each phrase finds: in the cases below
// and in every line of the test stories, whole and in pieces.
func TestPhraseSet(t *testing.T) {
	sets := map[string][]string{"connectives": insideConnectives, "phrases": insidePhrases, "short": {"ab", "abc", "b"}}
	check := func(s string) {
		t.Helper()
		for name, list := range sets {
			want := false
			for _, p := range list {
				want = want || strings.Contains(s, p)
			}
			if got := newPhraseSet(list).in(s); got != want {
				t.Errorf("%s: in(%q) = %v, want %v", name, s, got, want)
			}
		}
	}
	for _, s := range []string{"", "b", "ab", "xxab", "Hun Sen, however, rejected that.", "on the next day", "the latter",
		"at the the latter", ", , however,", "thathat day", " th", ", in turn,"} {
		check(s)
	}
	forStoryPieces(t, 5, 29, check)
}

// pronounSaidRE, matched from closingQuote on, matches as its expression
// matches the whole text.
func TestClosingQuote(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := pronounSaidRE.MatchString(s), pronounSaidRE.Regexp.MatchString(s); got != want {
			t.Errorf("from closingQuote(%q) = %d: %v, whole: %v", s, closingQuote(s), got, want)
		}
	}
	for _, s := range []string{"", `"`, "”", `“We will,” he said.`, `"We will," she added`, "“No”\the said", "”\n they told", `a" "b" he said`,
		`“Go” “now” they wrote`, "”x he said", `"" he said`, "\xe2\x80\x9d he noted", "\xe2\x80 he said"} {
		check(s)
	}
	forStoryPieces(t, 5, 41, check)
}
