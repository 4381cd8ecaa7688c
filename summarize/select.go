package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cost is what one sentence takes from a budget; in bytes, with the space
// that joins it to the one before.
func cost(b Budget, text string) int {
	switch b.Unit {
	case Sentences:
		return 1
	case Bytes:
		return len(text) + 1
	}
	return countWords(text)
}

// selectMMR picks among n candidates by maximal marginal relevance under
// the budget. rel holds relevance in [0,1], texts the folded text and ok
// whether a candidate may be chosen at all; sim is the similarity of two
// candidates. A candidate that states the same fact as one already chosen
// is never chosen; one that does not fit the budget left is passed over for
// shorter ones. Ties go to the lower index.
func selectMMR(n int, sim func(a, b int) float64, same func(a, b int) bool,
	rel []float64, texts []string, ok []bool, b Budget, lambda float64) []int {
	var chosen []int
	left := b.N
	if b.Unit == Bytes {
		left++ // the first sentence needs no joining space
	}
	blocked := make([]bool, n) // chosen, or the same fact as one chosen
	maxSim := make([]float64, n)
	costs := make([]int, n)
	for i := range costs {
		costs[i] = cost(b, texts[i])
	}
	for {
		best, bestScore := -1, 0.0
		for i := 0; i < n; i++ {
			if blocked[i] || !ok[i] || costs[i] > left {
				continue
			}
			score := lambda*rel[i] - (1-lambda)*maxSim[i]
			if best < 0 || score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			return chosen
		}
		chosen = append(chosen, best)
		left -= costs[best]
		for i := 0; i < n; i++ {
			if blocked[i] {
				continue
			}
			if i == best || same(i, best) {
				blocked[i] = true
				continue
			}
			maxSim[i] = max(maxSim[i], sim(i, best))
		}
	}
}

// pronounSaidRE finds a quotation attributed to a bare pronoun ("…,” he
// said), whose speaker is named in an earlier sentence.
var pronounSaidRE = regexp.MustCompile(`["”]\s+(?:he|she|they)\s+(?:said|says|added|adds|told|wrote|writes|explained|noted)\b`)

// Words that make a sentence lean on the one before it when they open it.
var (
	leaningOpeners = wordSet(`he she it they we this that these those his her its their them him such ` +
		`however but and or nor so yet still also further furthermore moreover meanwhile then thus ` +
		`therefore hence instead otherwise besides nonetheless nevertheless additionally ` +
		`likewise similarly accordingly consequently indeed anyway`)
	// After one of these openers a pronoun still points back:
	// "Despite their …", "Like him, …".
	leaningPrepositions = wordSet(`despite after before with for of in unlike like since given as by`)
	leaningDeterminers  = wordSet(`he she it they this that these those his her its their them him such`)
	leaningTime         = wordSet(`later earlier afterwards afterward`)
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

func isQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, closers), "?")
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
// letter or a digit, possibly behind opening quotes or brackets. A sentence
// that opens in lower case or with a comma is a fragment of another.
func startsWell(text string) bool {
	for _, r := range text {
		switch {
		case strings.ContainsRune(`"“‘'([¿¡`, r):
			continue
		case unicode.IsLetter(r):
			return !unicode.IsLower(r)
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
	words := strings.Fields(text)
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
	if leaningTime[w0] && strings.HasSuffix(words[0], ",") {
		return true // "Later, …" but not "Later on Thursday, …"
	}
	w1 := first(1)
	if w0 == "the" && (w1 == "other" || w1 == "others" || w1 == "latter" || w1 == "former") {
		return true // "The other two …" points back to "One of …"
	}
	return leaningPrepositions[w0] && leaningDeterminers[w1] || leaningSecond[w1] ||
		pronounSaidRE.MatchString(text)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
