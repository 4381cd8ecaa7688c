package summarize

import (
	"regexp"
	"testing"
)

// saysRE is the expression says stands for.
var saysRE = regexp.MustCompile(`(?i)\b(?:` + sayWords + `)\b`)

var foldCases = []string{
	"", "said", "SAID", "Said,", "unsaid", "said_", "_said", "9said", "said9", "ſaid", "xſaid", "ſaidx",
	"asKed", "as\u212aed", "as\u212aed.", "according to", "According To", "according  to", "accordingto",
	"\xffsaid\xff", "sai\xccd", "“said”", "Ssaid", "the reads", "read-out", "statements", "messages",
	"He told Reuters.", "she tweeted", "kazakh", "ſ", "\u212a",
}

// says finds what saysRE, the expression it replaces, finds: in the cases
// above and in every line of the test stories, whole and in pieces.
func TestFoldWords(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := says.in(s), saysRE.MatchString(s); got != want {
			t.Errorf("says.in(%q) = %v, saysRE says %v", s, got, want)
		}
	}
	for _, s := range foldCases {
		check(s)
	}
	forStoryPieces(t, 5, 23, check)
}

func FuzzFoldWords(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := says.in(s), saysRE.MatchString(s); got != want {
			t.Errorf("says.in(%q) = %v, saysRE says %v", s, got, want)
		}
	})
}
