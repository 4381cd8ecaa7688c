package summarize

import (
	_ "embed"
	"math"
	"sort"
	"strings"
	"unicode"

	porter "github.com/blevesearch/go-porterstemmer"
	"github.com/jdkato/prose/v3/tokenize"

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
	tok  *tokenize.Tokenizer
	stop map[string]bool
}

func newVectorizer() *vectorizer {
	stop := make(map[string]bool, 600)
	for _, w := range strings.Fields(stopwordList) {
		stop[w] = true
	}
	return &vectorizer{tok: tokenize.New(), stop: stop}
}

// terms returns the content-word stems of text, in order.
func (v *vectorizer) terms(text string, stems map[string]string) []string {
	var out []string
	for _, t := range v.tok.Tokenize(text) {
		w := strings.ToLower(strings.TrimFunc(t.Text, notWordRune))
		if w == "" || v.stop[w] || !hasLetter(w) {
			continue
		}
		s, ok := stems[w]
		if !ok {
			s = porter.StemString(w)
			stems[w] = s
		}
		out = append(out, s)
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// vectors returns one unit TF-IDF vector per text. The IDF is computed over
// the texts themselves, each counted as one document; a term's weight in a
// text is (1 + log tf) · idf with idf = log((1+N)/(1+df)) + 1.
func (v *vectorizer) vectors(texts []string) []rank.Vector {
	stems := make(map[string]string)
	ids := make(map[string]int32)
	bags := make([]map[int32]int, len(texts))
	var df []int
	for i, t := range texts {
		bag := make(map[int32]int)
		for _, s := range v.terms(t, stems) {
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
	n := float64(len(texts))
	out := make([]rank.Vector, len(texts))
	for i, bag := range bags {
		vec := rank.Vector{Terms: make([]int32, 0, len(bag))}
		for id := range bag {
			vec.Terms = append(vec.Terms, id)
		}
		sort.Slice(vec.Terms, func(a, b int) bool { return vec.Terms[a] < vec.Terms[b] })
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
