package eval

import (
	"regexp"
	"strings"
)

// ROUGE-1.5.5 ships Martin Porter's regular-expression Perl stemmer with one
// change in step 4 (a word ending in -ement is tried for -ement first and
// then, independently, for -ment and -ent). The patterns below keep the
// Perl's definitions, where y may count as consonant or vowel, whichever
// lets the pattern match.
const (
	consonantSeq = `[^aeiou][^aeiouy]*`
	vowelSeq     = `[aeiouy][aeiou]*`
)

var (
	measureGT0 = regexp.MustCompile(`^(` + consonantSeq + `)?` + vowelSeq + consonantSeq)
	measureEQ1 = regexp.MustCompile(`^(` + consonantSeq + `)?` + vowelSeq + consonantSeq + `(` + vowelSeq + `)?$`)
	measureGT1 = regexp.MustCompile(`^(` + consonantSeq + `)?` + vowelSeq + consonantSeq + vowelSeq + consonantSeq)
	hasVowel   = regexp.MustCompile(`^(` + consonantSeq + `)?[aeiouy]`)
	endsCVC    = regexp.MustCompile(`^` + consonantSeq + `[aeiouy][^aeiouwxy]$`)
)

// Suffix rules of steps 2 and 3, longest first: the Perl matches the
// leftmost (so longest) alternative and never falls back to a shorter one.
var (
	step2 = [][2]string{
		{"ational", "ate"}, {"ization", "ize"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"},
		{"biliti", "ble"}, {"tional", "tion"}, {"alism", "al"}, {"aliti", "al"}, {"iviti", "ive"},
		{"entli", "ent"}, {"ousli", "ous"}, {"ation", "ate"}, {"enci", "ence"}, {"anci", "ance"},
		{"izer", "ize"}, {"alli", "al"}, {"ator", "ate"}, {"logi", "log"}, {"bli", "ble"}, {"eli", "e"},
	}
	step3 = [][2]string{
		{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
	}
	step4 = []string{
		"ement", "ance", "ence", "able", "ible", "ant", "ism", "ate", "iti", "ous", "ive", "ize", "al", "er", "ic", "ou",
	}
)

// porterStem returns ROUGE-1.5.5's Porter stem of a lower-case word.
func porterStem(w string) string {
	if len(w) < 3 {
		return w
	}
	initialY := w[0] == 'y'
	if initialY {
		w = "Y" + w[1:] // an initial y is a consonant
	}

	// Step 1a.
	switch {
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ies"):
		w = w[:len(w)-2]
	case len(w) >= 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's':
		w = w[:len(w)-1]
	}

	// Step 1b.
	if strings.HasSuffix(w, "eed") {
		if measureGT0.MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if stem, ok := trimSuffixes(w, "ed", "ing"); ok && hasVowel.MatchString(stem) {
		w = stem
		switch {
		case strings.HasSuffix(w, "at") || strings.HasSuffix(w, "bl") || strings.HasSuffix(w, "iz"):
			w += "e"
		case endsDoubleConsonant(w):
			w = w[:len(w)-1]
		case endsCVC.MatchString(w):
			w += "e"
		}
	}

	// Step 1c.
	if stem, ok := strings.CutSuffix(w, "y"); ok && hasVowel.MatchString(stem) {
		w = stem + "i"
	}

	// Steps 2 and 3.
	w = replaceSuffix(w, step2)
	w = replaceSuffix(w, step3)

	// Step 4, with ROUGE's -ement change.
	for _, suffix := range step4 {
		if stem, ok := strings.CutSuffix(w, suffix); ok {
			if measureGT1.MatchString(stem) {
				w = stem
			}
			break
		}
	}
	if stem, ok := strings.CutSuffix(w, "ment"); ok && measureGT1.MatchString(stem) {
		w = stem
	}
	if stem, ok := strings.CutSuffix(w, "ent"); ok {
		if measureGT1.MatchString(stem) {
			w = stem
		}
	} else if strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "tion") {
		if stem := w[:len(w)-3]; measureGT1.MatchString(stem) {
			w = stem
		}
	}

	// Step 5.
	if stem, ok := strings.CutSuffix(w, "e"); ok {
		if measureGT1.MatchString(stem) || (measureEQ1.MatchString(stem) && !endsCVC.MatchString(stem)) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && measureGT1.MatchString(w) {
		w = w[:len(w)-1]
	}

	if initialY {
		w = "y" + w[1:]
	}
	return w
}

// trimSuffixes removes the first of suffixes that w ends with.
func trimSuffixes(w string, suffixes ...string) (string, bool) {
	for _, s := range suffixes {
		if stem, ok := strings.CutSuffix(w, s); ok {
			return stem, true
		}
	}
	return w, false
}

// endsDoubleConsonant matches the Perl /([^aeiouylsz])\1$/.
func endsDoubleConsonant(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylsz", rune(w[n-1]))
}

// replaceSuffix applies the first rule whose suffix ends w, when the stem
// left has measure > 0.
func replaceSuffix(w string, rules [][2]string) string {
	for _, r := range rules {
		if stem, ok := strings.CutSuffix(w, r[0]); ok {
			if measureGT0.MatchString(stem) {
				return stem + r[1]
			}
			return w
		}
	}
	return w
}
