package summarize

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

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

	// known caches the lexemes of the words of every call, for the workers'
	// own caches to start from: a word reads the same in any story, and most
	// words of a story were in the stories before it.
	known  sync.Map // word as written → lexeme
	nKnown atomic.Int64
}

// maxKnown bounds known: past it, new words are looked up each time a
// worker meets them first.
const maxKnown = 1 << 20

// lexeme is what tokens needs to know of a word as written: its lower
// case, its kind, and, for a content word, its Porter stem.
type lexeme struct {
	lower, stem string
	kind        wordKind
	calendar    bool // a month or a day of the week
}

type wordKind uint8

const (
	contentWord wordKind = iota
	figureWord           // a number written as a word
	stopWord
	noWord // neither a letter nor a digit
)

// lexemes caches the lexemes of words as written, for one worker: no
// locking.
type lexemes map[string]lexeme

// lookup returns the lexeme of w, a word as written, from the worker's
// cache, else the shared one, else made anew.
func (v *vectorizer) lookup(w string, own lexemes) lexeme {
	if e, ok := own[w]; ok {
		return e
	}
	var e lexeme
	if x, ok := v.known.Load(w); ok {
		e = x.(lexeme)
	} else {
		e = v.lexeme(w)
		if v.nKnown.Load() < maxKnown {
			if _, loaded := v.known.LoadOrStore(strings.Clone(w), e); !loaded {
				v.nKnown.Add(1)
			}
		}
	}
	own[w] = e
	return e
}

// lexeme returns the lexeme of w, a word as written, made anew.
func (v *vectorizer) lexeme(w string) lexeme {
	lower := strings.Clone(strings.ToLower(w))
	e := lexeme{lower: lower, calendar: months[lower] || weekdays[lower]}
	switch {
	case numberWords[lower]:
		e.kind = figureWord // a figure, though SMART lists some as stopwords
	case !hasLetter(lower) && !hasDigit(lower):
		e.kind = noWord
	case v.stop[lower]:
		e.kind = stopWord
	default:
		e.stem = stem(latinBase(lower))
		if t, ok := clockTime(lower); ok {
			e.stem = t
		}
	}
	return e
}

// clockTime returns w, a word in lower case, as the time of day "h:mm"
// when it is one written with its "am" or "pm" run on ("6.20am", "6:33pm"),
// the way British copy writes what American copy writes "6:20 a.m.": one
// term for one time, whichever way a version writes it (tokens gives the
// time before a separate "am" or "a.m." the same term).
func clockTime(w string) (string, bool) {
	body, ok := strings.CutSuffix(w, "am")
	if !ok {
		if body, ok = strings.CutSuffix(w, "pm"); !ok {
			return "", false
		}
	}
	h, m, ok := strings.Cut(body, ".")
	if !ok {
		if h, m, ok = strings.Cut(body, ":"); !ok {
			return "", false
		}
	}
	if len(h) < 1 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) || m[0] > '5' {
		return "", false
	}
	return strings.TrimPrefix(h, "0") + ":" + m, true // "06.20am" is "6:20"
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// latinBase returns w, a word in lower case, without its accents when it
// is written in Latin letters: versions write "Düsseldorf" and
// "Dusseldorf", "Piñera" and "Pinera", one name. Other scripts keep their
// marks, which are letters' vowels there.
func latinBase(w string) string {
	ascii := true
	for _, r := range w {
		if r >= utf8.RuneSelf {
			ascii = false
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				return w
			}
		}
	}
	if ascii {
		return w
	}
	return unaccented(w)
}

// stemCache holds the Porter stems of the words every call has stemmed,
// for all the stages that stem words of their own: a word stems the same
// in any story. It grows to maxKnown words.
var (
	stemCache sync.Map // word as given → its stem
	nStems    atomic.Int64
)

// stem returns the Porter stem of w, as porter.StemString does (in lower
// case, whatever w's case).
func stem(w string) string {
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	s := porter.StemString(w)
	if nStems.Load() < maxKnown {
		if _, loaded := stemCache.LoadOrStore(strings.Clone(w), s); !loaded {
			nStems.Add(1)
		}
	}
	return s
}

// stopWords is the SMART stopword list as a set, made once and only read.
var stopWords = sync.OnceValue(func() map[string]bool { return wordSet(stopwordList) })

func newVectorizer() *vectorizer {
	return &vectorizer{stop: stopWords()} // read only: shared by every vectorizer
}

// terms returns the content-word stems of text, in order. Words are runs of
// letters and digits (prose's tokenizer would also split off punctuation,
// which TF-IDF drops anyway, at several times the cost); own caches what
// it learns of each word.
func (v *vectorizer) terms(text string, own lexemes) []string {
	terms, _, _ := v.tokens(text, own, false)
	return terms
}

// tokens returns the content-word stems of text, as terms does, and, if
// all is set, every word of it in order: the content words as their stems,
// the stopwords in lower case. Of the first 64 terms, it marks those
// written with a capital, and those that are names (see capitals).
func (v *vectorizer) tokens(text string, own lexemes, all bool) (terms, words []string, marks capitals) {
	first := true
	word := func(w string) {
		e := v.lookup(w, own)
		if n := len(terms); n < 64 && w[0] >= 'A' && w[0] <= 'Z' {
			marks.caps |= 1 << n
			if !first && !e.calendar {
				marks.names |= 1 << n
			}
		}
		first = false
		switch e.kind {
		case figureWord:
			terms = append(terms, e.lower)
			if all {
				words = append(words, e.lower)
			}
		case stopWord:
			if all {
				words = append(words, e.lower)
			}
		case contentWord:
			terms = append(terms, e.stem)
			if all {
				words = append(words, e.stem)
			}
		}
	}
	start, skip := -1, 0
	for i, r := range text {
		if i < skip {
			continue
		}
		if wordLetter(r) || unicode.IsDigit(r) || start >= 0 && (inWord(r) || inNumber(text, i, r)) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := text[start:i]
			if isDigit(w[0]) {
				if m, n := meridiemAfter(text[i:]); n > 0 {
					if t, ok := clockTime(w + m); ok {
						w, skip = t, i+n // "6.33 am", "6:20 p.m.": the time "6:33", "6:20", and no word more
					}
				}
			}
			word(w)
			start = -1
		}
	}
	if start >= 0 {
		word(text[start:])
	}
	return terms, words, marks
}

// meridiemAfter returns the "am" or "pm" that s, the text after a word,
// opens with after a space (" am", " p.m."), and the length of that
// opening; else "", 0.
func meridiemAfter(s string) (string, int) {
	for _, m := range [...]string{" a.m", " p.m", " am", " pm"} {
		if strings.HasPrefix(s, m) && (len(s) == len(m) || !wordLetter(rune(s[len(m)])) && !isDigit(s[len(m)])) {
			return m[1:2] + "m", len(m)
		}
	}
	return "", 0
}

// capitals marks terms of a sentence by their place in its list of terms,
// bit i for the i-th of its first 64: caps those written with a capital,
// names those of caps that are not the sentence's first word, nor a month
// or a day of the week ("Ruiz", "Kestrel"; not "Tuesday").
type capitals struct{ caps, names uint64 }

// inWord reports whether r, after a letter or a digit, continues the word:
// a combining mark (the vowel signs of Devanagari and other Indic scripts,
// Arabic and Hebrew vowel points) or a zero-width joiner or non-joiner
// (Persian writes one inside many words). No such rune is below U+0300.
func inWord(r rune) bool {
	return r >= 0x300 && (unicode.IsMark(r) || r == '\u200c' || r == '\u200d')
}

// wordLetter reports whether r is a letter of a word: the modifier letter
// apostrophe, U+02BC, which some sites print for the apostrophe
// ("Ruizʼs"), parts words as the apostrophe does, though Unicode calls it
// a letter.
func wordLetter(r rune) bool {
	return unicode.IsLetter(r) && r != '\u02bc'
}

// inNumber reports whether the separator r at text[i] joins the digits of
// one number, as in 3.1, 31,000, 9:30 or a score of 2-1: a figure is one
// term, and a rare one, so two sentences that give the same figure score
// as close.
func inNumber(text string, i int, r rune) bool {
	if r != '.' && r != ',' && r != ':' && r != '-' {
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

// intern numbers the stems of all documents in one vocabulary, in order of
// first use over the documents in order, and rewrites each document's term
// ids into it. That is the numbering one pass over all the sentences would
// give, so the vectors, and the order Dot sums in, do not depend on the
// parallel stage. It returns the size of the vocabulary.
func intern(docs []parsedDoc) int {
	most := 0 // the vocabulary is at least the largest document's
	for d := range docs {
		most = max(most, len(docs[d].dict))
	}
	ids := make(map[string]int32, 2*most)
	remaps := make([][]int32, len(docs))
	for d := range docs {
		remap := make([]int32, len(docs[d].dict))
		for l, stem := range docs[d].dict {
			id, ok := ids[stem]
			if !ok {
				id = int32(len(ids))
				ids[stem] = id
			}
			remap[l] = id
		}
		remaps[d] = remap
	}
	parallel(len(docs), func() func(int) {
		return func(d int) {
			remap := remaps[d]
			for _, c := range docs[d].cands {
				for k, t := range c.terms {
					c.terms[k] = remap[t]
				}
				for k, t := range c.toks {
					c.toks[k] = remap[t]
				}
			}
		}
	})
	return len(ids)
}

// vectors returns one unit TF-IDF vector per list of term ids below vocab.
// The IDF is computed over the lists themselves, each counted as one
// document; a term's weight is (1 + log tf) · idf with
// idf = log((1+N)/(1+df)) + 1. Lists are sorted in place, and their runs
// give tf; all vectors share two backing arrays.
func vectors(lists [][]int32, vocab int) []rank.Vector {
	const chunk = 1024 // lists per task
	chunks := (len(lists) + chunk - 1) / chunk
	inChunks := func(f func(i int)) {
		parallel(chunks, func() func(int) {
			return func(c int) {
				for i := c * chunk; i < min(len(lists), (c+1)*chunk); i++ {
					f(i)
				}
			}
		})
	}
	distinct := make([]int, len(lists)+1) // then: where each vector starts
	inChunks(func(i int) {
		l := lists[i]
		slices.Sort(l)
		for k, id := range l {
			if k == 0 || l[k-1] != id {
				distinct[i+1]++
			}
		}
	})
	df := make([]int, vocab)
	for i, l := range lists {
		for k, id := range l {
			if k == 0 || l[k-1] != id {
				df[id]++
			}
		}
		distinct[i+1] += distinct[i]
	}
	n := float64(len(lists))
	idf := make([]float64, vocab)
	for id, d := range df {
		idf[id] = math.Log((1+n)/(1+float64(d))) + 1
	}
	termBuf := make([]int32, distinct[len(lists)])
	weightBuf := make([]float64, distinct[len(lists)])
	out := make([]rank.Vector, len(lists))
	inChunks(func(i int) {
		l := lists[i]
		start, m := distinct[i], distinct[i]
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
		vec := rank.Vector{Terms: termBuf[start:m:m], Weights: weightBuf[start:m:m]}
		rank.Normalize(vec)
		out[i] = vec
	})
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
