package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
)

// Scripts other than Latin, Greek and Cyrillic that put spaces between
// words end their sentences with marks of their own, and many have no
// capital letters. Chinese, Japanese and Thai, which write no spaces
// between words, are not supported: a sentence of theirs counts as one
// word.

// isStop reports whether r ends a sentence: . ! ? … and the full stops and
// question marks of Arabic and Persian (؟), Urdu (۔), Devanagari and Bengali
// (। ॥), Armenian (։), Ethiopic (። ፧) and the Greek question mark (U+037E).
func isStop(r rune) bool {
	switch r {
	case '.', '!', '?', '…':
		return true
	}
	return isScriptStop(r)
}

// isScriptStop reports whether r is a sentence end that punkt, trained on
// English, does not split at.
func isScriptStop(r rune) bool {
	switch r {
	case '؟', '۔', '।', '॥', '։', '።', '፧', '\u037e':
		return true
	}
	return false
}

// mayHoldScriptStop reports whether s may hold a rune isScriptStop accepts:
// all of them are encoded with one of these lead bytes. Most text is ASCII
// and is passed over a byte at a time.
func mayHoldScriptStop(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xCD, 0xD6, 0xD8, 0xDB, 0xE0, 0xE1:
			return true
		}
	}
	return false
}

// splitAtScriptStops splits punkt's sentences of text after each script
// stop (see isScriptStop) that closing quotes or brackets and then white
// space follow, as punkt splits after a full stop. Offsets stay offsets in
// text.
func splitAtScriptStops(text string, sents []segment.Sentence) []segment.Sentence {
	if !mayHoldScriptStop(text) {
		return sents
	}
	var out []segment.Sentence
	for _, s := range sents {
		rest, start := s.Text, s.Start
		for {
			cut := scriptStopCut(rest)
			if cut < 0 {
				break
			}
			next := cut
			for next < len(rest) {
				r, size := utf8.DecodeRuneInString(rest[next:])
				if !unicode.IsSpace(r) {
					break
				}
				next += size
			}
			out = append(out, segment.Sentence{Text: rest[:cut], Start: start})
			rest, start = rest[next:], start+next
		}
		out = append(out, segment.Sentence{Text: rest, Start: start})
	}
	return out
}

// scriptStopCut returns the end of the first sentence of s that a script
// stop ends before white space and more text, or -1.
func scriptStopCut(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !isScriptStop(r) {
			continue
		}
		end := i
		for end < len(s) {
			r, size := utf8.DecodeRuneInString(s[end:])
			if !isStop(r) && !strings.ContainsRune(closers, r) {
				break
			}
			end += size
		}
		if end == len(s) {
			return -1
		}
		if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsSpace(r) {
			return end
		}
		i = end
	}
	return -1
}

// hasProseLetter reports whether s holds a lower-case letter or a letter of
// a script without case (Arabic, Hebrew, Devanagari…): a line without
// either is a menu, a heading in capitals or no words at all.
func hasProseLetter(s string) bool {
	return strings.IndexFunc(s, isProseLetter) >= 0
}

func isProseLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r) || isCaseless(r)
}

// isCaseless reports whether r is a letter of a script without capitals.
// Latin-1's ª and º are letters without case too, but of a cased script.
func isCaseless(r rune) bool {
	return r > 0x2ff && unicode.Is(unicode.Lo, r)
}
