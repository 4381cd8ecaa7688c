package digest

import (
	"context"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/rank"
)

// Article vectors. Versions of one story share its core, the facts every
// agency reports: who (names), where, how many (figures), and what (the
// headline and the lead). They differ in the body (quotes, background,
// order) and in what surrounds it (menus, bylines, banners, another story
// glued on). So a term weighs by where it occurs before IDF, and IDF
// counts twice: the names and figures particular to one story must
// outweigh what stories of one kind share (a fire, a council vote, a
// place). The weights were chosen on the labelled pile
// (testdata/digest-pile, see TestGroupLabelledPile) and a generated one;
// docs/digest.md has the figures.
const (
	headlineWeight = 3 // a term of the headline
	leadWeight     = 2 // of the lead: the first leadSpan words of prose
	bodyWeight     = 1 // of the rest
	// figureFactor multiplies the weight of a number, nameFactor that of
	// a capitalised word inside a sentence (a name). Names weigh less
	// than figures: different stories of one place share its names, not
	// its figures.
	figureFactor = 3
	nameFactor   = 1.5
	// leadSpan is how many words of an article's first prose the lead is.
	leadSpan = 60
)

// vocab is the terms of a pile, numbered in order of first use (article
// by article, in pile order), and how many articles hold each.
type vocab struct {
	df []int32
}

// weighted is one article's terms, as its weigher numbers them, with
// their zone-weighted counts, in order of first use.
type weighted struct {
	worker int32
	terms  []int32
	counts []float64
}

// articleVectors returns one unit vector per article of the pile, each
// article's headline and the pile's vocabulary. A term's weight is
// (1 + ln c) · idf², where c sums the zone weights of its occurrences and
// idf = ln((1+N)/(1+df)) + 1, as summarize.TFIDF weighs plain counts.
func articleVectors(ctx context.Context, pile []Version, terms func(string) []string, progress func(int)) ([]rank.Vector, []string, *vocab, error) {
	ws := make([]weighted, len(pile))
	heads := make([]string, len(pile))
	var weighers []*weigher
	err := parallelChunks(ctx, len(pile), progress, func() func(i int) {
		wr := newWeigher(int32(len(weighers)), terms)
		weighers = append(weighers, wr) // newWorker runs before the workers start
		return func(i int) {
			heads[i] = pile[i].Headline
			if heads[i] == "" {
				heads[i] = textHeadline(pile[i].Text, wr.terms)
			}
			ws[i] = wr.weigh(pile[i].Text, heads[i])
		}
	})
	if err != nil {
		return nil, nil, nil, err
	}
	// One numbering for the pile, by first use in pile order: the same
	// whichever worker weighed which article.
	voc := &vocab{}
	ids := make(map[string]int32)
	remap := make([][]int32, len(weighers)) // per weigher: its number → the pile's, or -1
	for k, wr := range weighers {
		remap[k] = slices.Repeat([]int32{-1}, len(wr.stems))
	}
	for i := range ws {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, nil, nil, ctx.Err()
		}
		w := &ws[i]
		rm := remap[w.worker]
		for k, local := range w.terms {
			id := rm[local]
			if id < 0 {
				stem := weighers[w.worker].stems[local]
				var ok bool
				if id, ok = ids[stem]; !ok {
					id = int32(len(voc.df))
					ids[stem] = id
					voc.df = append(voc.df, 0)
				}
				rm[local] = id
			}
			voc.df[id]++
			w.terms[k] = id
		}
	}
	n := float64(len(pile))
	vecs := make([]rank.Vector, len(pile))
	err = parallelChunks(ctx, len(pile), nil, func() func(i int) {
		return func(i int) {
			v := rank.Vector{Terms: ws[i].terms, Weights: ws[i].counts}
			for k, t := range v.Terms {
				idf := math.Log((1+n)/(1+float64(voc.df[t]))) + 1
				v.Weights[k] = (1 + math.Log(v.Weights[k])) * idf * idf
			}
			sortVector(v)
			rank.Normalize(v)
			vecs[i] = v
		}
	})
	return vecs, heads, voc, err
}

// sortVector sorts a vector's terms, weights alongside.
func sortVector(v rank.Vector) {
	idx := make([]int, len(v.Terms))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return int(v.Terms[a]) - int(v.Terms[b]) })
	terms, weights := slices.Clone(v.Terms), slices.Clone(v.Weights)
	for k, i := range idx {
		v.Terms[k], v.Weights[k] = terms[i], weights[i]
	}
}

// weigher weighs articles on one goroutine. It numbers the terms it meets
// in its own vocabulary and remembers each word it has seen as written, so
// a word is stemmed once and most words cost one map lookup.
type weigher struct {
	worker int32
	stem   func(string) []string
	words  map[string]word  // a word as written → what it is
	stemID map[string]int32 // a stem → its number here
	stems  []string         // by number
	count  []float64        // an article's counts, by number; zero between articles
	line   []token          // one line's words, until it is known not to be furniture
}

type word struct {
	term      int32 // -1 for a stopword
	furniture bool  // a word of page furniture (a cookie banner, a credit)
}

type token struct {
	term   int32
	weight float64
}

func newWeigher(worker int32, stem func(string) []string) *weigher {
	return &weigher{worker: worker, stem: stem, words: make(map[string]word), stemID: make(map[string]int32)}
}

// furnitureWords mark a line of page furniture in an article's body: what
// isFurniture's phrases hold, as single words.
var furnitureWords = wordSet("cookie cookies privacy newsletter newsletters subscribe subscribers javascript copyright correction corrected")

func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// lookup returns what a word as written is.
func (wr *weigher) lookup(w string) word {
	if x, ok := wr.words[w]; ok {
		return x
	}
	x := word{term: -1, furniture: furnitureWords[strings.ToLower(w)]}
	if ts := wr.stem(w); len(ts) == 1 {
		id, ok := wr.stemID[ts[0]]
		if !ok {
			id = int32(len(wr.stems))
			wr.stemID[ts[0]] = id
			wr.stems = append(wr.stems, ts[0])
			wr.count = append(wr.count, 0)
		}
		x.term = id
	}
	wr.words[strings.Clone(w)] = x // w is a slice of an article's text
	return x
}

// terms is summarize's Terms of text, through the weigher's memory.
func (wr *weigher) terms(text string) []string {
	var out []string
	eachWord(text, func(w string, _ bool) {
		if x := wr.lookup(w); x.term >= 0 {
			out = append(out, wr.stems[x.term])
		}
	})
	return out
}

// weigh returns the zone-weighted counts of an article's terms: the
// headline's, then the text's from its lead on. Lines before the lead
// (mastheads, menus, bylines, stamps), the headline's own line and page
// furniture anywhere count nothing.
func (wr *weigher) weigh(text, headline string) weighted {
	w := weighted{worker: wr.worker}
	add := func(t int32, c float64) {
		if wr.count[t] == 0 {
			w.terms = append(w.terms, t)
		}
		wr.count[t] += c
	}
	eachWord(headline, func(s string, _ bool) {
		if x := wr.lookup(s); x.term >= 0 {
			add(x.term, headlineWeight*coreness(s, true)) // capitals there are style
		}
	})
	lines := strings.Split(text, "\n")
	words := 0
	for _, line := range lines[leadLine(lines):] {
		if headline != "" && strings.TrimSpace(line) == headline || isMenuOrCredit(line) {
			continue
		}
		wr.line = wr.line[:0]
		furniture, n := false, 0
		eachWord(line, func(s string, initial bool) {
			x := wr.lookup(s)
			furniture = furniture || x.furniture
			zone := float64(bodyWeight)
			if words+n < leadSpan {
				zone = leadWeight
			}
			n++
			if x.term >= 0 {
				wr.line = append(wr.line, token{x.term, zone * coreness(s, initial)})
			}
		})
		if furniture {
			continue
		}
		words += n
		for _, tk := range wr.line {
			add(tk.term, tk.weight)
		}
	}
	w.counts = make([]float64, len(w.terms))
	for k, t := range w.terms {
		w.counts[k] = wr.count[t]
		wr.count[t] = 0
	}
	return w
}

// isMenuOrCredit reports whether a line is a menu ("News | Sport"), an
// address or a copyright line, by its characters alone.
func isMenuOrCredit(line string) bool {
	return strings.IndexByte(line, '|') >= 0 || strings.IndexByte(line, '@') >= 0 ||
		strings.Contains(line, "©") || strings.Contains(line, "http") || strings.Contains(line, "www.")
}

// coreness is figureFactor for a figure, nameFactor for a capitalised
// word that does not open a sentence (a name), else 1.
func coreness(word string, initial bool) float64 {
	r, _ := utf8.DecodeRuneInString(word)
	if unicode.IsDigit(r) {
		return figureFactor
	}
	if !initial && unicode.IsUpper(r) {
		return nameFactor
	}
	return 1
}

// leadLine returns the index of the line holding an article's lead: its
// first line of prose that is not page furniture, among its first
// headlineScan non-blank lines; 0 when there is none (all counts).
func leadLine(lines []string) int {
	seen := 0
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if seen++; seen > headlineScan {
			break
		}
		if isProse(line) && !isFurniture(line) {
			return i
		}
	}
	return 0
}

// eachWord calls f with each word of text, as summarize.Terms splits it
// (runs of letters and digits; a figure's '.', ',' or ':' between digits
// kept), and whether it opens a sentence.
func eachWord(text string, f func(word string, initial bool)) {
	start, initial := -1, true
	for i, r := range text {
		if isWordRune(r) || start >= 0 && inFigure(text, i, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(text[start:i], initial)
			start, initial = -1, false
		}
		if r == '.' || r == '!' || r == '?' {
			initial = true
		}
	}
	if start >= 0 {
		f(text[start:], initial)
	}
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [128]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < 128 {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// inFigure reports whether the separator r at text[i] joins two digits.
func inFigure(text string, i int, r rune) bool {
	if r != '.' && r != ',' && r != ':' {
		return false
	}
	return i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// parallelChunks calls a worker's function for each index in [0,n) on
// GOMAXPROCS goroutines, a chunk of indices at a time; it stops early,
// with ctx's error, when ctx is done. progress, when set, is called with
// the count done, from one goroutine at a time. Functions must write
// their results by index.
func parallelChunks(ctx context.Context, n int, progress func(int), newWorker func() func(i int)) error {
	const chunk = 64
	return parallelRanges(ctx, n, chunk, progress, func() func(lo, hi int) {
		f := newWorker()
		return func(lo, hi int) {
			for i := lo; i < hi; i++ {
				f(i)
			}
		}
	})
}
