package summarize

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// reading is what the first stages made of a cluster: every sentence of
// every document, in order, and the noise the cleaner found in each, both
// indexed by sentence. The sentences it kept go on as candidates.
type reading struct {
	docs   []Document
	sents  []Sentence
	noise  []Noise
	items  bool   // every document is a list of items (see isItemList)
	vocab  int    // the number of term ids of the candidates
	latest []bool // per document, whether it tells the latest state (see latestVersions), or nil
	later  []bool // per document, whether it reports done what another says is to come (see superseded), or nil
}

// candidate is one kept sentence, with what the later stages need of it.
type candidate struct {
	sent      int    // its index in reading.sents
	doc       int    // Sentence.Doc
	para      int    // Sentence.Para
	text      string // white space folded
	words     int
	whole     bool     // it can be read at all (see isWhole)
	leans     bool     // it points back to the sentence before it (see leans)
	lead      bool     // its version's first candidate (see pool.markLeads)
	figs      []string // its figures, sorted
	terms     []int32  // its content terms' ids (see vectorizer.tokens)
	marks     capitals // which of its first terms are written with a capital
	pairs     []uint64 // its concepts (see concepts), sorted
	names     []int32  // its names' term ids, sorted: written with a capital, and a name somewhere (see capitals)
	rareNames []int32  // those of its names that few candidates give (see concepts), sorted
	toks      []int32  // every word's id, for lists of items (see typicality)
}

// mark sets the noise of the sentences of p's candidates that drop marks.
func (r *reading) mark(p *pool, drop []bool, n Noise) {
	for k, c := range p.cands {
		if drop[k] {
			r.noise[c.sent] = n
		}
	}
}

// scratch is what a worker of read uses and keeps for its next call: a
// lexeme cache that grows with the words it meets, and parse's dict. A
// story's worth of words is some thousands of map entries, made anew for
// every call before they were kept.
type scratch struct {
	own  lexemes
	dict map[string]int32
}

// maxScratch is the most words a kept scratch's cache may have met.
const maxScratch = 1 << 15

var scratches = sync.Pool{New: func() any {
	return &scratch{own: make(lexemes), dict: make(map[string]int32)}
}}

// read segments and cleans docs and cuts the sentences kept into terms.
// Documents are read in parallel, each written by its index, and their
// terms numbered in one vocabulary afterwards (see intern), so the result
// does not depend on scheduling.
func (s *Summarizer) read(ctx context.Context, docs []Document) (*reading, []candidate, error) {
	out := make([]parsedDoc, len(docs))
	done := s.counter("reading sentences", len(docs))
	var mu sync.Mutex
	var used []*scratch
	parallel(len(docs), func() func(int) {
		sc := scratches.Get().(*scratch) // per worker: no locking
		mu.Lock()
		used = append(used, sc)
		mu.Unlock()
		return func(di int) {
			if ctx.Err() == nil {
				out[di] = s.parse(di, docs[di].Text, sc.own, sc.dict)
				done()
			}
		}
	})
	for _, sc := range used {
		if len(sc.own) <= maxScratch { // a huge input's cache is not kept
			clear(sc.own)
			scratches.Put(sc)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	r := &reading{docs: docs, items: true, vocab: intern(out)}
	var sents, kept int
	for _, p := range out {
		sents += len(p.sents)
		kept += len(p.cands)
	}
	r.sents = make([]Sentence, 0, sents)
	r.noise = make([]Noise, 0, sents)
	cands := make([]candidate, 0, kept)
	for _, p := range out {
		offset := len(r.sents)
		r.sents = append(r.sents, p.sents...)
		r.noise = append(r.noise, p.noise...)
		for _, c := range p.cands {
			c.sent += offset
			cands = append(cands, c)
		}
		r.items = r.items && p.items
	}
	return r, cands, nil
}

// parsedDoc is one document after the parallel stage: its sentences, their
// noise and a candidate for each sentence kept, whose sent indexes sents.
type parsedDoc struct {
	sents []Sentence
	noise []Noise
	cands []candidate // term ids into dict, then, after intern, into the vocabulary
	dict  []string    // the document's stems and stopwords, in order of first use
	items bool        // the document is a list of items (see isItemList)
}

// parse lays out, segments and cleans one document and makes a candidate
// of each sentence it keeps; the sentences' offsets are then mapped back to
// the document's text. own caches what is known of each word (see
// lexemes); dict is scratch space. Workers call it at once on different
// documents, each with its own cache and dict.
func (s *Summarizer) parse(di int, text string, own lexemes, dict map[string]int32) parsedDoc {
	lay := layOut(text, s.vec.stop)
	p := parsedDoc{sents: s.seg.split(di, lay)}
	p.items = isItemList(lay.text, p.sents)
	p.noise = make([]Noise, len(p.sents))
	clean(lay.text, p.sents, p.noise)
	lay.toSource(p.sents)
	clear(dict)
	kept := 0
	for _, noise := range p.noise {
		if noise == Kept {
			kept++
		}
	}
	p.cands = make([]candidate, 0, kept)
	quoted := inQuotes(p.sents)
	for i, noise := range p.noise {
		if noise != Kept {
			continue
		}
		sent := p.sents[i]
		c := candidate{sent: i, doc: sent.Doc, para: sent.Para}
		raw := unglue(sent.Text)
		ts, ws, marks := s.vec.tokens(raw, own, p.items)
		c.marks = marks
		for _, stem := range ts {
			if isFigure(stem) {
				c.figs = append(c.figs, cardinal(inDigits(stem)))
			}
		}
		c.figs = append(c.figs, scoresInWords(raw)...)
		slices.Sort(c.figs)
		c.terms = p.ids(ts, dict)
		if ws != nil {
			c.toks = p.ids(ws, dict)
		}
		c.text = capsOpening(endOnce(foldSpace(raw)), lay.text)
		c.words = strings.Count(c.text, " ") + 1 // folded: one space between words
		c.whole, c.leans = isWhole(c.text, p.items) && (quoted == nil || !quoted[i]), leans(c.text, p.items)
		p.cands = append(p.cands, c)
	}
	return p
}

// dropped returns the sentences of r that cleaning did not keep, as
// candidates of their text and document only.
func (r *reading) dropped() []candidate {
	var out []candidate
	for i, s := range r.sents {
		if r.noise[i] != Kept {
			out = append(out, candidate{doc: s.Doc, text: foldSpace(s.Text)})
		}
	}
	return out
}

// maxCapsOpening is the most words capsOpening reads in capitals.
const maxCapsOpening = 4

// capsOpening returns text with its first words in capitals, a paper's
// style for a story's opening ("THE DEATH toll in the earthquake …"),
// written as a sentence is: "The death toll …", "RESCUERS freed …" as
// "Rescuers freed …". It takes one to maxCapsOpening words in capitals
// before one in lower case; a word stays in capitals (an acronym, a name:
// "UN", "NEW YORK", "NASA") unless doc, the version's text, has it in
// lower case too.
func capsOpening(text, doc string) string {
	if len(text) < 2 || text[0] < 'A' || text[0] > 'Z' || text[1] < 'A' || text[1] > 'Z' {
		return text
	}
	words := strings.SplitN(text, " ", maxCapsOpening+2)
	n := 0
	for n < len(words)-1 && n < maxCapsOpening && allCaps(words[n]) {
		n++
	}
	if n == 0 {
		return text
	}
	if r, _ := utf8.DecodeRuneInString(words[n]); !unicode.IsLower(r) {
		return text
	}
	for i, w := range words[:n] {
		lower := strings.ToLower(w)
		if !hasWord(doc, lower) {
			continue
		}
		if i == 0 {
			lower = w[:1] + lower[1:]
		}
		words[i] = lower
	}
	return strings.Join(words, " ")
}

// allCaps reports whether w is a word of two ASCII capitals or more and
// nothing else.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// hasWord reports whether doc has w as a word (or words), no letter
// touching it on either side, in w's case.
func hasWord(doc, w string) bool {
	for off := 0; ; {
		i := strings.Index(doc[off:], w)
		if i < 0 {
			return false
		}
		at := off + i
		off = at + len(w)
		if (at == 0 || !isLetterAt(doc, at-1)) && (off == len(doc) || !isLetterAt(doc, off)) {
			return true
		}
	}
}

// unglue returns text with a space put back between a function word and
// a name that a page's text ran into it, where it lost a space or a
// link's edge: "… on a flight from Barcelona toDusseldorf …" reads "… to
// Dusseldorf …". A name in camel case ("iPhone", "McDonald") opens with
// no such word.
func unglue(text string) string {
	if !hasCaseTurn(text) {
		return text
	}
	for _, w := range gluedAfter {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			at := i + j + len(w)
			if a := text[at:]; len(a) >= 4 && 'A' <= a[0] && a[0] <= 'Z' && isLowerASCII(a[1]) && isLowerASCII(a[2]) && isLowerASCII(a[3]) {
				text = text[:at] + " " + a
			}
			i = at
		}
	}
	return text
}

// gluedAfter are the function words, with the space before them, that
// unglue parts from a name.
var gluedAfter = []string{" to", " of", " from", " and", " with"}

func isLowerASCII(b byte) bool { return 'a' <= b && b <= 'z' }

// hasCaseTurn reports whether s has an ASCII letter in lower case right
// before one in upper case, as every glued word has: a pass over its
// bytes spares most sentences unglue's searches.
func hasCaseTurn(s string) bool {
	for i := 1; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' && isLowerASCII(s[i-1]) {
			return true
		}
	}
	return false
}

// endOnce returns text with a full stop typed twice at its end made one:
// "… as of 7:30 a.m.." is a slip of its source (an ellipsis, "...", is
// left as it is).
func endOnce(text string) string {
	if strings.HasSuffix(text, "..") && !strings.HasSuffix(text, "...") {
		return text[:len(text)-1]
	}
	return text
}

// bigNumberWords are the number words of ten or more, as digits: counts
// that versions write in words or in digits ("Eleven people remained
// missing", "11 workers missing") are one figure. Smaller ones stay
// words, for "two" and "one" are mostly no count of the story's.
var bigNumberWords = map[string]string{"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
	"fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
	"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}

// inDigits returns a figure's term in digits when it is a number word of
// ten or more (see bigNumberWords), else the term.
func inDigits(term string) string {
	if d, ok := bigNumberWords[term]; ok {
		return d
	}
	return term
}

// cardinal returns a figure's stem with an ordinal's ending cut ("68th":
// "68"): "in the 68th minute" and "on 68 minutes" give one figure.
func cardinal(stem string) string {
	if n := len(stem); n > 2 && isDigit(stem[n-3]) {
		switch stem[n-2:] {
		case "st", "nd", "rd", "th":
			return stem[:n-2]
		}
	}
	return stem
}

// inQuotes returns, per sentence, whether it starts inside a quotation that
// a sentence before it in its paragraph opened: punkt splits a quotation of
// several sentences, and those between its first and its last hold no
// quotation mark and no speaker ("Today begins the reconstruction of
// Argentina. | The model of decadence has come to an end. | There is no
// turning back. | …," Milei said). Straight double quotes toggle, curly
// ones open and close; nil when no sentence starts inside one.
func inQuotes(sents []Sentence) []bool {
	var out []bool
	open := false
	for i, s := range sents {
		if s.FirstInPara {
			open = false
		}
		if open {
			if out == nil {
				out = make([]bool, len(sents))
			}
			out[i] = true
		}
		// Bytes, not runes: “ and ” are E2 80 9C and E2 80 9D in UTF-8.
		t := s.Text
		for i := 0; i < len(t); i++ {
			switch {
			case t[i] == '"':
				open = !open
			case t[i] == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x9C:
				open = true
			case t[i] == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x9D:
				open = false
			}
		}
	}
	return out
}

// scoresInWords returns the scores and votes text gives in words ("two to
// one", "five to four", "7 to 2"), as figures in digits ("2-1"), so that
// they agree with the same score written "2-1".
func scoresInWords(text string) []string {
	var out []string
	for i := 0; ; {
		j := strings.Index(text[i:], " to ")
		if j < 0 {
			return out
		}
		at := i + j
		i = at + len(" to ")
		before := text[strings.LastIndexByte(text[:at], ' ')+1 : at]
		after := text[i:]
		if k := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); k >= 0 {
			after = after[:k]
		}
		a, b := digits(before), digits(after)
		if a != "" && b != "" {
			out = append(out, a+"-"+b)
		}
	}
}

// digits writes a number of a score in digits: a number word from zero
// to twelve ("nil" is zero), or a number in digits as it is; "" for any
// other word.
func digits(w string) string {
	if n := slices.Index(scoreWords, w); n >= 0 {
		return strconv.Itoa(n)
	}
	if w == "nil" {
		return "0"
	}
	if w == "" || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return ""
	}
	return w
}

var scoreWords = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve")

// ids returns the ids of words in dict, adding the words it lacks to dict
// and p.dict.
func (p *parsedDoc) ids(words []string, dict map[string]int32) []int32 {
	out := make([]int32, len(words))
	for k, w := range words {
		id, ok := dict[w]
		if !ok {
			id = int32(len(p.dict))
			dict[w] = id
			p.dict = append(p.dict, w)
		}
		out[k] = id
	}
	return out
}
