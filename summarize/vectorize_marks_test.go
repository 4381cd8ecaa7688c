package summarize

import (
	"slices"
	"strings"
	"testing"
)

// The words of scripts that write vowel signs or joiners inside words are
// whole terms, their marks kept; a word in Latin letters is the same term
// with its accents or without ("café" and "cafe", "Düsseldorf" and
// "Dusseldorf").
func TestTermsKeepMarksInWords(t *testing.T) {
	v := newVectorizer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"सोमवार को बारिश", []string{"सोमवार", "को", "बारिश"}},
		{"پل تازه\u200cای", []string{"پل", "تازه\u200cای"}},
		{"جسراً جديداً", []string{"جسراً", "جديداً"}},
		{"the café opened", []string{"cafe", "open"}},
		{"Flights to Düsseldorf and Dusseldorf", []string{"flight", "dusseldorf", "dusseldorf"}},
	} {
		if got := v.terms(tc.text, lexemes{}); !slices.Equal(got, tc.want) {
			t.Errorf("terms(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := v.terms("cafe\u0301 opens", lexemes{}); !slices.Equal(got, []string{"cafe", "open"}) {
		t.Errorf("a decomposed accent splits the word or stays: %q", got)
	}
	if strings.Contains(strings.Join(v.terms("a \u0301b", lexemes{}), " "), "\u0301b") {
		t.Errorf("a mark after a space starts a word")
	}
}
