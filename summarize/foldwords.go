package summarize

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// foldWords finds words as the expression (?i)\b(?:word|word|…)\b finds
// them, for words of small ASCII letters and spaces: in any case (k and s
// also as Unicode's K and ſ, which fold to them), between ASCII word
// boundaries, tried at each character as the expression's engine steps.
// The engine tries every word at every character: for some sixty words
// that costs some 200 ns a byte.
type foldWords struct {
	byInitial [26][]string
}

// newFoldWords returns a foldWords of the words, separated by "|".
func newFoldWords(words string) *foldWords {
	f := &foldWords{}
	for _, w := range strings.Split(words, "|") {
		f.byInitial[w[0]-'a'] = append(f.byInitial[w[0]-'a'], w)
	}
	return f
}

// in reports whether s holds one of the words.
func (f *foldWords) in(s string) bool {
	for at := 0; at < len(s); {
		r, size := utf8.DecodeRuneInString(s[at:])
		if c := foldASCII(r); c != 0 && wordBoundary(s, at) {
			for _, w := range f.byInitial[c-'a'] {
				if n := foldedPrefix(s[at:], w); n > 0 && wordBoundary(s, at+n) {
					return true
				}
			}
		}
		at += size
	}
	return false
}

// foldedPrefix returns the length of the prefix of s that is w in any
// case, or 0.
func foldedPrefix(s, w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		r, size := utf8.DecodeRuneInString(s[n:])
		if w[i] == ' ' && r != ' ' || w[i] != ' ' && foldASCII(r) != rune(w[i]) {
			return 0
		}
		n += size
	}
	return n
}

// foldASCII returns the small ASCII letter r folds to, or 0.
func foldASCII(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return r
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case r == 'ſ':
		return 's'
	case r == '\u212a': // Kelvin sign
		return 'k'
	}
	return 0
}

// wordBoundary reports whether \b holds at s[at]: a word character
// ([0-9A-Za-z_]) on one side of it and none on the other.
func wordBoundary(s string, at int) bool {
	before, after := rune(-1), rune(-1)
	if at > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:at])
	}
	if at < len(s) {
		after, _ = utf8.DecodeRuneInString(s[at:])
	}
	return syntax.EmptyOpContext(before, after)&syntax.EmptyWordBoundary != 0
}
