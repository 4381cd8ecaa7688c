package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pronounSaidRE finds a quotation attributed to a bare pronoun ("…,” he
// said), whose speaker is named in an earlier sentence.
var pronounSaidRE = regexp.MustCompile(`["”]\s+(?:he|she|they)\s+(?:said|says|added|adds|told|wrote|writes|explained|noted)\b`)

// mayQuote reports whether text closes a quotation before a space, which
// pronounSaidRE needs.
func mayQuote(text string) bool {
	return strings.Contains(text, "” ") || strings.Contains(text, "\" ")
}

// Words that make a sentence lean on the one before it when they open it.
var (
	leaningOpeners = wordSet(`he she it they we this that these those his her its their them him such ` +
		`however but and or nor so yet still also further furthermore moreover meanwhile then thus ` +
		`therefore hence instead otherwise besides nonetheless nevertheless additionally ` +
		`likewise similarly accordingly consequently indeed anyway plus`)
	// After one of these openers a pronoun still points back:
	// "Despite their …", "Like him, …".
	leaningPrepositions = wordSet(`despite after before with for of in unlike like since given as by`)
	leaningDeterminers  = wordSet(`he she it they this that these those his her its their them him such`)
	leaningTime         = wordSet(`later earlier afterwards afterward`)
	// "Second, …", "Finally, …" continue a list begun before.
	leaningList = wordSet(`second secondly third thirdly fourth fifth lastly finally`)
	// "Hours later, …", "Days earlier, …" point back in time.
	leaningSecond = wordSet(`later earlier afterwards afterward before`)
)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// standsAlone reports whether a sentence can be read without the ones
// around it: it does not lean on an earlier sentence, and its quotation
// marks are balanced (punkt splits a quotation of several sentences into
// pieces that open or close a quote they do not hold).
//
// Questions and sentences that are all quotation are left out too: a brief
// states facts, and a bare quotation does not say who is speaking.
func standsAlone(text string) bool {
	return startsWell(text) && !leans(text) && quotesBalanced(text) &&
		!isQuestion(text) && !allQuoted(text)
}

// isQuestion reports whether s ends with a question mark: the Latin one,
// the Arabic one (؟) or the Greek one (U+037E).
func isQuestion(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, closers))
	return r == '?' || r == '؟' || r == '\u037e'
}

// allQuoted reports whether s is one quotation from its first character to
// its last: "“We will rebuild.”"
func allQuoted(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if r != '"' && r != '“' {
		return false
	}
	rest := s[size:]
	i := strings.IndexAny(rest, `"”`)
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(rest[i:])
	return i+n == len(rest)
}

// startsWell reports whether text opens as a sentence does: with a capital
// letter, a letter of a script without case, or a digit, possibly behind
// opening quotes or brackets (and the direction marks of right-to-left
// text). A sentence that opens in lower case or with a comma is a fragment
// of another.
func startsWell(text string) bool {
	for _, r := range text {
		switch {
		case strings.ContainsRune(`"“‘'([¿¡«„‹`, r), unicode.Is(unicode.Cf, r):
			continue
		case unicode.IsLetter(r):
			// Georgian's everyday letters are lower case, in a script
			// that has no capitals at the start of sentences.
			return !unicode.IsLower(r) || unicode.Is(unicode.Georgian, r)
		default:
			return unicode.IsDigit(r)
		}
	}
	return false
}

func quotesBalanced(s string) bool {
	open := strings.Count(s, "“")
	if open != strings.Count(s, "”") {
		return false
	}
	return strings.Count(s, `"`)%2 == 0
}

// leans reports whether a sentence opens with a pronoun or connective whose
// antecedent is in an earlier sentence ("However, …", "He said …",
// "That official …", "Despite their ties, …").
func leans(text string) bool {
	words := firstFields(text, 2)
	first := func(i int) string {
		if i >= len(words) {
			return ""
		}
		return strings.ToLower(strings.TrimFunc(words[i], notWordRune))
	}
	w0 := first(0)
	if w0 == "so" && first(1) == "far" {
		return false // "So far, …" is no connective
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !strings.ContainsRune(`"“'‘`, r) && leaningOpeners[w0] {
		return true
	}
	if (leaningTime[w0] || leaningList[w0]) && strings.HasSuffix(words[0], ",") {
		return true // "Later, …" but not "Later on Thursday, …"
	}
	w1 := first(1)
	if w0 == "the" && (w1 == "other" || w1 == "others" || w1 == "latter" || w1 == "former") {
		return true // "The other two …" points back to "One of …"
	}
	return leaningPrepositions[w0] && leaningDeterminers[w1] || leaningSecond[w1] ||
		mayQuote(text) && pronounSaidRE.MatchString(text)
}

// firstFields returns the first n white-space-separated words of s, as
// strings.Fields(s)[:n] would, without splitting the rest.
func firstFields(s string, n int) []string {
	out := make([]string, 0, n)
	start := -1
	for i := 0; i < len(s) && len(out) < n; {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRuneAt(s, i)
		}
		switch {
		case space && start >= 0:
			out = append(out, s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 && len(out) < n {
		out = append(out, s[start:])
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
