package summarize

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// figuresIn returns figureRE's matches in text, as FindAllStringSubmatch
// does, running the expression only on the stretches of text around
// digits, where its matches must be: the engine tries the expression at
// every character of its input, which for this one costs some 300 ns a
// byte. A stretch opens where a figure of its digits may (see
// figureStart), after a character that is no word character (so \b is as
// in the whole text), and closes where no figure of its digits can reach,
// at a character that is no letter (so a unit is as long as in the whole
// text).
func figuresIn(text string) [][]string {
	var out [][]string
	for from := 0; ; {
		d := indexDigit(text, from)
		if d < 0 {
			return out
		}
		start, end := figureStart(text, d), figureEnd(text, d)
		for {
			next := indexDigit(text, end)
			if next < 0 || figureStart(text, next) >= end {
				break
			}
			end = figureEnd(text, next)
		}
		out = append(out, figureRE.FindAllStringSubmatch(text[start:end], -1)...)
		from = end
	}
}

// figureStart returns where a stretch holding the figure whose digits
// start at text[d] may open: before its currency sign, and before the two
// words ahead of that if a space comes between (the longest qualifiers
// are two words), then back to the start of text or to an ASCII character
// that is no word character. A figure inside a run of digits has neither.
func figureStart(text string, d int) int {
	q := d
	for _, c := range []string{"$", "£", "€"} {
		if strings.HasSuffix(text[:q], c) {
			q -= len(c)
			break
		}
	}
	if q > 0 && text[q-1] == ' ' {
		q = strings.LastIndexByte(text[:q-1], ' ') + 1 // the word before
		if q > 0 {
			q = strings.LastIndexByte(text[:q-1], ' ') + 1 // and the one before it
		}
	}
	for q > 0 && (text[q-1] >= utf8.RuneSelf || syntax.IsWordChar(rune(text[q-1]))) {
		q--
	}
	return q
}

// figureEnd returns where a stretch holding the figure at text[d] may
// close: past its digits, commas and points, an ordinal's ending, a %
// (after a space or not),
// and two words, each after a space (" percent people"), or at the first
// character after them that is neither a space nor a letter.
func figureEnd(text string, d int) int {
	i := d
	for i < len(text) && (isDigit(text[i]) || text[i] == ',' || text[i] == '.') {
		i++
	}
	if i+1 < len(text) {
		switch uint16(lowerASCII(text[i]))<<8 | uint16(lowerASCII(text[i+1])) {
		case 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h': // an ordinal: "the 68th minute"
			i += 2
		}
	}
	switch {
	case i < len(text) && text[i] == '%':
		i++
	case i+1 < len(text) && text[i] == ' ' && text[i+1] == '%':
		i += 2
	}
	for range 2 {
		if i >= len(text) || text[i] != ' ' {
			break
		}
		i++
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += size
		}
	}
	return i
}

// indexDigit returns the index of the first ASCII digit of text from
// byte from on, or -1.
func indexDigit(text string, from int) int {
	for i := from; i < len(text); i++ {
		if isDigit(text[i]) {
			return i
		}
	}
	return -1
}
