package summarize

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"unicode"

	porter "github.com/blevesearch/go-porterstemmer"

	"brief/rank"
)

// stopwordList is the SMART stopword list (Salton's SMART system, as shipped
// with ROUGE-1.5.5), one word a line.
//
//go:embed stopwords.txt
var stopwordList string

// vectorizer turns sentences into TF-IDF vectors over Porter stems, without
// stopwords. It is built once and shared; it holds no per-call state.
type vectorizer struct {
	stop map[string]bool
}

func newVectorizer() *vectorizer {
	stop := make(map[string]bool, 600)
	for _, w := range strings.Fields(stopwordList) {
		stop[w] = true
	}
	return &vectorizer{stop: stop}
}

// terms returns the content-word stems of text, in order. Words are runs of
// letters and digits (prose's tokenizer would also split off punctuation,
// which TF-IDF drops anyway, at several times the cost); stems caches the
// Porter stem of each lower-cased word.
func (v *vectorizer) terms(text string, stems map[string]string) []string {
	var out []string
	word := func(w string) {
		w = strings.ToLower(w)
		if numberWords[w] {
			out = append(out, w) // a figure, though SMART lists some as stopwords
			return
		}
		if v.stop[w] || !hasLetter(w) && !hasDigit(w) {
			return
		}
		s, ok := stems[w]
		if !ok {
			s = porter.StemString(w)
			stems[w] = s
		}
		out = append(out, s)
	}
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || start >= 0 && inNumber(text, i, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			word(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		word(text[start:])
	}
	return out
}

// inNumber reports whether the separator r at text[i] joins the digits of
// one number, as in 3.1, 31,000 or 9:30: a figure is one term, and a rare
// one, so two sentences that give the same figure score as close.
func inNumber(text string, i int, r rune) bool {
	if r != '.' && r != ',' && r != ':' {
		return false
	}
	prev, next := i-1, i+1
	return prev >= 0 && next < len(text) && isDigit(text[prev]) && isDigit(text[next])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// numberWords are figures written as words; like digits they are terms.
var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve thirteen
	fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
	eighty ninety hundred thousand dozen`)

// isFigure reports whether a term is a number, in digits or in words.
func isFigure(t string) bool { return hasDigit(t) || numberWords[t] }

// vectors returns one unit TF-IDF vector per list of terms. The IDF is
// computed over the lists themselves, each counted as one document; a term's
// weight is (1 + log tf) · idf with idf = log((1+N)/(1+df)) + 1.
func vectors(termLists [][]string) []rank.Vector {
	ids := make(map[string]int32)
	bags := make([]map[int32]int, len(termLists))
	var df []int
	for i, terms := range termLists {
		bag := make(map[int32]int, len(terms))
		for _, s := range terms {
			id, ok := ids[s]
			if !ok {
				id = int32(len(df))
				ids[s] = id
				df = append(df, 0)
			}
			if bag[id] == 0 {
				df[id]++
			}
			bag[id]++
		}
		bags[i] = bag
	}
	n := float64(len(termLists))
	out := make([]rank.Vector, len(termLists))
	for i, bag := range bags {
		vec := rank.Vector{Terms: make([]int32, 0, len(bag))}
		for id := range bag {
			vec.Terms = append(vec.Terms, id)
		}
		slices.Sort(vec.Terms)
		vec.Weights = make([]float64, len(vec.Terms))
		for k, id := range vec.Terms {
			tf := 1 + math.Log(float64(bag[id]))
			idf := math.Log((1+n)/(1+float64(df[id]))) + 1
			vec.Weights[k] = tf * idf
		}
		rank.Normalize(vec)
		out[i] = vec
	}
	return out
}
