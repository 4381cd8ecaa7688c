package eval

import "strings"

// ROUGE-1.5.5 ships Martin Porter's regular-expression Perl stemmer with one
// change in step 4 (a word ending in -ement is tried for -ement first and
// then, independently, for -ment and -ent). Its measure tests are regular
// expressions over consonant sequences C = [^aeiou][^aeiouy]* and vowel
// sequences V = [aeiouy][aeiou]*, where y may be either, whichever makes the
// pattern match. The functions below decide the same patterns without
// backtracking (porter_test.go checks them against the expressions): once
// the optional leading C is chosen, every later sequence boundary is forced.

func isVowelY(b byte) bool {
	return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y'
}
func isVowel(b byte) bool { return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' }

// vStarts returns where the first V can start after an optional leading C:
// 0 if w begins with [aeiouy], and the first later [aeiouy] if w begins
// with [^aeiou] (an initial y allows both); -1 for none.
func vStarts(w string) (a, b int) {
	a, b = -1, -1
	if len(w) == 0 {
		return a, b
	}
	if isVowelY(w[0]) {
		a = 0
	}
	if !isVowel(w[0]) {
		for i := 1; i < len(w); i++ {
			if isVowelY(w[i]) {
				b = i
				break
			}
		}
	}
	return a, b
}

// vcPairs counts the VC pairs of w from a V starting at s, stopping at max.
func vcPairs(w string, s, max int) int {
	m := 0
	for i := s; m < max && i < len(w) && isVowelY(w[i]); {
		for i++; i < len(w) && isVowel(w[i]); i++ {
		}
		if i == len(w) {
			break
		}
		for i++; i < len(w) && !isVowelY(w[i]); i++ {
		}
		m++
	}
	return m
}

// measureAtLeast is the Perl's $mgr0 (m >= 1) and $mgr1 (m >= 2).
func measureAtLeast(w string, m int) bool {
	a, b := vStarts(w)
	return (a >= 0 && vcPairs(w, a, m) >= m) || (b >= 0 && vcPairs(w, b, m) >= m)
}

// measureIsOne is the Perl's $meq1: ^(C)?VC(V)?$.
func measureIsOne(w string) bool {
	a, b := vStarts(w)
	return (a >= 0 && exactlyVCV(w, a)) || (b >= 0 && exactlyVCV(w, b))
}

// exactlyVCV reports whether w[s:] is VC or VCV.
func exactlyVCV(w string, s int) bool {
	i := s + 1 // w[s] is [aeiouy]
	for ; i < len(w) && isVowel(w[i]); i++ {
	}
	if i == len(w) {
		return false
	}
	for i++; i < len(w) && !isVowelY(w[i]); i++ {
	}
	if i == len(w) {
		return true
	}
	for i++; i < len(w) && isVowel(w[i]); i++ {
	}
	return i == len(w)
}

// hasVowel is the Perl's $_v, ^(C)?[aeiouy]: some byte is [aeiouy].
func hasVowel(w string) bool { return strings.ContainsAny(w, "aeiouy") }

// endsCVC is ^C[aeiouy][^aeiouwxy]$: a consonant sequence, one vowel, and
// a final consonant other than w, x and y.
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[0]) || !isVowelY(w[n-2]) || strings.IndexByte("aeiouwxy", w[n-1]) >= 0 {
		return false
	}
	for i := 1; i < n-2; i++ {
		if isVowelY(w[i]) {
			return false
		}
	}
	return true
}

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
		if measureAtLeast(w[:len(w)-3], 1) {
			w = w[:len(w)-1]
		}
	} else if stem, ok := trimSuffixes(w, "ed", "ing"); ok && hasVowel(stem) {
		w = stem
		switch {
		case strings.HasSuffix(w, "at") || strings.HasSuffix(w, "bl") || strings.HasSuffix(w, "iz"):
			w += "e"
		case endsDoubleConsonant(w):
			w = w[:len(w)-1]
		case endsCVC(w):
			w += "e"
		}
	}

	// Step 1c.
	if stem, ok := strings.CutSuffix(w, "y"); ok && hasVowel(stem) {
		w = stem + "i"
	}

	// Steps 2 and 3.
	w = replaceSuffix(w, step2)
	w = replaceSuffix(w, step3)

	// Step 4, with ROUGE's -ement change.
	for _, suffix := range step4 {
		if stem, ok := strings.CutSuffix(w, suffix); ok {
			if measureAtLeast(stem, 2) {
				w = stem
			}
			break
		}
	}
	if stem, ok := strings.CutSuffix(w, "ment"); ok && measureAtLeast(stem, 2) {
		w = stem
	}
	if stem, ok := strings.CutSuffix(w, "ent"); ok {
		if measureAtLeast(stem, 2) {
			w = stem
		}
	} else if strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "tion") {
		if stem := w[:len(w)-3]; measureAtLeast(stem, 2) {
			w = stem
		}
	}

	// Step 5.
	if stem, ok := strings.CutSuffix(w, "e"); ok {
		if measureAtLeast(stem, 2) || (measureIsOne(stem) && !endsCVC(stem)) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && measureAtLeast(w, 2) {
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
			if measureAtLeast(stem, 1) {
				return stem + r[1]
			}
			return w
		}
	}
	return w
}
