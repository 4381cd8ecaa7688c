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
		if v.stop[w] || !hasLetter(w) {
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
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
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

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// vectors returns one unit TF-IDF vector per list of terms. The IDF is
// computed over the lists themselves, each counted as one document; a term's
// weight is (1 + log tf) · idf with idf = log((1+N)/(1+df)) + 1. Each list
// becomes its sorted term ids, whose runs give tf; all vectors share two
// backing arrays.
func vectors(termLists [][]string) []rank.Vector {
	ids := make(map[string]int32)
	var total int
	for _, terms := range termLists {
		total += len(terms)
	}
	all := make([]int32, total)
	lists := make([][]int32, len(termLists))
	var df []int
	distinct := 0
	for i, terms := range termLists {
		l := all[:len(terms):len(terms)]
		all = all[len(terms):]
		for k, s := range terms {
			id, ok := ids[s]
			if !ok {
				id = int32(len(df))
				ids[s] = id
				df = append(df, 0)
			}
			l[k] = id
		}
		slices.Sort(l)
		for k, id := range l {
			if k == 0 || l[k-1] != id {
				df[id]++
				distinct++
			}
		}
		lists[i] = l
	}
	n := float64(len(termLists))
	idf := make([]float64, len(df))
	for id, d := range df {
		idf[id] = math.Log((1+n)/(1+float64(d))) + 1
	}
	termBuf := make([]int32, distinct)
	weightBuf := make([]float64, distinct)
	out := make([]rank.Vector, len(termLists))
	for i, l := range lists {
		m := 0
		for k := 0; k < len(l); {
			j := k + 1
			for j < len(l) && l[j] == l[k] {
				j++
			}
			termBuf[m] = l[k]
			weightBuf[m] = tfWeight(j-k) * idf[l[k]]
			m++
			k = j
		}
		vec := rank.Vector{Terms: termBuf[:m:m], Weights: weightBuf[:m:m]}
		termBuf, weightBuf = termBuf[m:], weightBuf[m:]
		rank.Normalize(vec)
		out[i] = vec
	}
	return out
}

// tfWeights holds 1 + log tf for the small counts nearly every term has.
var tfWeights = func() (w [8]float64) {
	for tf := 1; tf < len(w); tf++ {
		w[tf] = 1 + math.Log(float64(tf))
	}
	return w
}()

func tfWeight(tf int) float64 {
	if tf < len(tfWeights) {
		return tfWeights[tf]
	}
	return 1 + math.Log(float64(tf))
}
