package summarize

import (
	"strings"
	"unicode/utf8"

	"brief/rank"
)

// cost is what one sentence takes from a budget.
func cost(u Unit, text string) int {
	switch u {
	case Sentences:
		return 1
	case Bytes:
		return len(text)
	}
	return countWords(text)
}

// selectMMR picks sentences by maximal marginal relevance under the budget.
// rel holds relevance in [0,1] per candidate, texts their folded text. A
// candidate as similar as sameFact to one already chosen states the same
// fact and is never chosen; one that does not fit the budget left is passed
// over for shorter ones. Ties go to the lower index.
func selectMMR(vecs []rank.Vector, rel []float64, texts []string, ok []bool, b Budget, lambda, sameFact float64) []int {
	var chosen []int
	left := b.N
	if b.Unit == Bytes {
		left++ // the first sentence needs no joining space
	}
	taken := make([]bool, len(vecs))
	maxSim := make([]float64, len(vecs))
	for {
		best, bestScore := -1, 0.0
		for i := range vecs {
			if taken[i] || !ok[i] || maxSim[i] >= sameFact {
				continue
			}
			c := cost(b.Unit, texts[i])
			if b.Unit == Bytes {
				c++ // joining space
			}
			if c > left {
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
		taken[best] = true
		chosen = append(chosen, best)
		c := cost(b.Unit, texts[best])
		if b.Unit == Bytes {
			c++
		}
		left -= c
		for i := range vecs {
			if s := rank.Cosine(vecs[i], vecs[best]); s > maxSim[i] {
				maxSim[i] = s
			}
		}
	}
}

// Words that make a sentence lean on the one before it when they open it.
var (
	leaningOpeners = wordSet(`he she it they we this that these those his her its their them him such ` +
		`however but and or nor so yet still also further furthermore moreover meanwhile then thus ` +
		`therefore hence later earlier instead otherwise besides nonetheless nevertheless additionally ` +
		`likewise similarly accordingly consequently indeed anyway`)
	// After one of these openers a pronoun still points back:
	// "Despite their …", "Like him, …".
	leaningPrepositions = wordSet(`despite after before with for of in unlike like since given as by`)
	leaningDeterminers  = wordSet(`he she it they this that these those his her its their them him such`)
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
func standsAlone(text string) bool {
	return !leans(text) && quotesBalanced(text)
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
	if r, _ := utf8.DecodeRuneInString(words[0]); !strings.ContainsRune(`"“'‘`, r) && leaningOpeners[w0] {
		return true
	}
	w1 := first(1)
	return leaningPrepositions[w0] && leaningDeterminers[w1] || leaningSecond[w1]
}
