package summarize

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/rank"
)

// cost is what one sentence, of the given text and words, takes from a
// budget; in bytes, with the space that joins it to the one before.
func cost(b Budget, text string, words int) int {
	switch b.Unit {
	case Sentences:
		return 1
	case Bytes:
		return len(text) + 1
	}
	return words
}

// choice is what selection chooses among: its candidates' relevance in
// [0,1], what each takes from the budget (see cost) and whether each may
// be chosen at all; neighbours lists a candidate's edges in the similarity
// graph, sim is the similarity of any two, and same says whether two of a
// given similarity state the same fact. A candidate that is not ok may
// still be chosen once the candidate after names is (a sentence that
// leans on the one before it, see eligible).
type choice struct {
	rel        []float64
	costs      []int
	ok         []bool
	after      []int // per candidate, the one it may follow once that is chosen, or -1
	neighbours func(a int) []rank.Edge
	sim        func(a, b int) float64
	same       func(a, b int, sim float64) bool // the two may not both be chosen (see pool.redundant)
	fact       func(a, b int, sim float64) bool // the two state the same fact (see pool.same)
	dates      []Date                           // per candidate, its version's date (zero: unknown), or nil
	news       int                              // the candidate to read first (see newsOf), or -1
	tolls      []float64                        // per candidate, the toll of deaths it gives (see toll), or nil
	bounds     []float64                        // per candidate, the toll it gives as a bound (see tollOrEstimate), or nil
	disagree   func(a, b int) bool              // a and b give a figure of one unit otherwise (see disagree)
	texts      []string                         // per candidate, its text
	items      bool                             // the candidates are a list of items (see isItemList)
	dropped    func() []candidate               // the sentences cleaning dropped, which may name people in full (see unintroduced), or nil
}

// selectMMR picks among c's candidates by maximal marginal relevance under
// the budget. A candidate that states the same fact as one already chosen
// is never chosen; one that does not fit the budget left is passed over
// for shorter ones. Ties go to the lower index.
//
// Only the chosen sentence's neighbours are updated after each pick, so a
// pick costs a scan of the candidates, not of all pairs. Whether a
// candidate states the same fact as one chosen is asked only when it comes
// up best, against every one chosen before it is taken (a sparse graph may
// leave out such a neighbour): the question is the dearest of selection,
// and most candidates never come up.
func selectMMR(c choice, b Budget, lambda float64) []int {
	return fillMMR(c, b, lambda, nil, nil)
}

// fillMMR is selectMMR with the candidates of start chosen first, in
// their order, and those of left out never chosen: it fills what start
// leaves of the budget b.
func fillMMR(c choice, b Budget, lambda float64, start, leftOut []int) []int {
	n, rel, costs, ok := len(c.rel), c.rel, c.costs, c.ok
	neighbours, sim, same := c.neighbours, c.sim, c.same
	var chosen []int
	left := budgetLeft(b, c.costs, nil)
	blocked := make([]bool, n) // chosen, or found the same fact as one chosen
	maxSim := make([]float64, n)
	score := func(i int) float64 { return lambda*rel[i] - (1-lambda)*maxSim[i] }
	take := func(i int) {
		blocked[i] = true
		chosen = append(chosen, i)
		left -= costs[i]
		for _, e := range neighbours(i) {
			if j := int(e.To); !blocked[j] {
				maxSim[j] = max(maxSim[j], e.W)
			}
		}
	}
	for _, i := range leftOut {
		blocked[i] = true
	}
	for _, i := range start {
		take(i)
	}
	// A max-heap of candidates by score, lower index first on ties. Scores
	// only fall (maxSim only grows), so an entry whose score has fallen since
	// it was pushed is pushed again when it comes up, and the first entry
	// that comes up current is the best: the choice a scan of all the
	// candidates would make, at a cost of log n a pick or a rejection
	// instead of n.
	h := &mmrHeap{}
	for i := 0; i < n; i++ {
		if ok[i] && costs[i] <= left {
			h.items = append(h.items, mmrItem{i, score(i)})
		}
	}
	heap.Init(h)
	var deps map[int][]int // per candidate, those that may follow it
	for k, a := range c.after {
		if a >= 0 {
			if deps == nil {
				deps = make(map[int][]int)
			}
			deps[a] = append(deps[a], k)
		}
	}
	for _, i := range start {
		for _, d := range deps[i] {
			if !blocked[d] && costs[d] <= left {
				heap.Push(h, mmrItem{d, score(d)})
			}
		}
	}
	for h.Len() > 0 {
		top := heap.Pop(h).(mmrItem)
		i := top.i
		if blocked[i] || costs[i] > left {
			continue // left only shrinks: it will not fit later either
		}
		if s := score(i); s != top.score {
			heap.Push(h, mmrItem{i, s})
			continue
		}
		blocked[i] = true
		if slices.ContainsFunc(chosen, func(c int) bool { return same(i, c, sim(i, c)) }) {
			continue
		}
		take(i)
		for _, d := range deps[i] {
			if !blocked[d] && costs[d] <= left {
				heap.Push(h, mmrItem{d, score(d)})
			}
		}
	}
	return chosen
}

type mmrItem struct {
	i     int
	score float64
}

// mmrHeap orders candidates by score, highest first, then by index.
type mmrHeap struct{ items []mmrItem }

func (h *mmrHeap) Len() int { return len(h.items) }
func (h *mmrHeap) Less(a, b int) bool {
	x, y := h.items[a], h.items[b]
	return x.score > y.score || x.score == y.score && x.i < y.i
}
func (h *mmrHeap) Swap(a, b int) { h.items[a], h.items[b] = h.items[b], h.items[a] }
func (h *mmrHeap) Push(x any)    { h.items = append(h.items, x.(mmrItem)) }
func (h *mmrHeap) Pop() any {
	last := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return last
}

// budgetLeft returns what is left of the budget b once the chosen
// candidates, of the given costs, are taken from it. In bytes the first
// sentence needs no joining space.
func budgetLeft(b Budget, costs []int, chosen []int) int {
	left := b.N
	if b.Unit == Bytes {
		left++
	}
	for _, k := range chosen {
		left -= costs[k]
	}
	return left
}

// costs returns what each candidate takes from the budget b (see cost).
func costs(cands []candidate, b Budget) []int {
	out := make([]int, len(cands))
	for k, c := range cands {
		out[k] = cost(b, c.text, c.words)
	}
	return out
}

// eligible returns, per candidate, whether it may be chosen at once: it
// is whole and stands alone and, with minSupport above 1, at least that
// many versions state its fact; and, per candidate that is whole and leans
// on the sentence before it, that sentence's candidate, which it may
// follow once that is chosen (else -1). Within a list of items nothing
// follows anything. In a story of focusMinDocs versions or more, a fact
// one version alone states is neither, unless its relevance (rel) reaches
// focusMinRel (see focusMinDocs). It fails with ErrNoSupport when
// minSupport leaves none.
func eligible(p *pool, rel []float64, minSupport, ndocs int, items bool) ([]bool, []int, error) {
	ok := make([]bool, len(p.cands))
	after := make([]int, len(p.cands))
	any := false
	focus := ndocs >= focusMinDocs && !items
	for k, c := range p.cands {
		after[k] = -1
		if !c.whole || tellsNothing(c.text) {
			continue
		}
		if minSupport > 1 || focus {
			n := len(p.supportOf(k))
			if n < minSupport || focus && n == 1 && rel[k] < focusMinRel {
				continue
			}
		}
		switch {
		case !c.leans:
			ok[k] = true
			any = true
		case !items && k > 0 && p.cands[k-1].doc == c.doc && p.cands[k-1].sent == c.sent-1:
			after[k] = k - 1
		}
	}
	if minSupport > 1 && !any {
		return nil, nil, fmt.Errorf("%w (%d of %d)", ErrNoSupport, minSupport, ndocs)
	}
	return ok, after, nil
}

// maxNothingWords is the longest sentence tellsNothing looks at.
const maxNothingWords = 6

// tellsNothing reports whether text, of maxNothingWords words or fewer,
// says only that something goes on, with no name, figure or fact: "Rescue
// efforts and investigations continue.", "The search continues.",
// "Investigations are ongoing." A page closes a report with it; a brief has
// no room for it.
func tellsNothing(text string) bool {
	if hasWords(text, maxNothingWords+1) || strings.ContainsAny(text, "0123456789") {
		return false
	}
	words := strings.Fields(strings.TrimRight(text, closers))
	if len(words) == 0 {
		return false
	}
	for _, w := range words[1:] {
		if startsUpper(w) {
			return false // a name: "The search for Flight 370 continues" says which
		}
	}
	last := strings.TrimRight(words[len(words)-1], ".!")
	return goesOn[last]
}

// goesOn are the words a sentence that tells nothing ends with.
var goesOn = wordSet(`continue continues ongoing underway`)

// A story's versions tell its news and its main facts each in their own
// words; what one version alone adds is mostly an angle of its own: a
// bystander's words, a scene, a side event, the day's other match. So in
// a story of focusMinDocs versions or more, a sentence whose fact no other
// version states is chosen only when its relevance, on the scale where the
// most relevant sentence is 1, reaches focusMinRel: a clearly higher score
// than a supported fact needs. A brief may then stop short of its budget.
// On the test clusters the unsupported sentences score 0.15 to 0.4 (the
// crash's scenes of the search, the final's fans and managers), the
// supported ones chosen 0.4 to 1.
const (
	focusMinDocs = 3
	focusMinRel  = 0.5
)

// maxRepairs is how many times choose chooses again.
const maxRepairs = 3

// choose selects the brief's candidates (see selectMMR), each in its
// latest rendering (see freshest), in reading order (see readingOrder). A sentence that names a person by surname before the
// brief introduces them (see unintroduced; the sentences cleaning dropped
// count as where the cluster names them, c.dropped) is then passed over and the
// brief chosen again, so that a rendering that introduces them, or another
// fact, takes its place; after maxRepairs rounds the brief stands without
// what is still passed over, shorter than its budget.
func choose(p *pool, c choice, b Budget, lambda float64, ndocs int) []int {
	people := newPeopleLazy(p.cands, c.dropped)
	c.ok, c.after = slices.Clone(c.ok), slices.Clone(c.after)
	var last []int
	for round := 0; ; round++ {
		chosen := latest(c, b, lambda)
		order := readingOrder(p, ndocs, chosen, c.after, c.dates, newsAfterTolls(c, chosen))
		if !c.items && len(order) > 1 && opensPointing(c.texts[order[0]]) {
			// "The jet hit a coast guard plane …" would read first: a rendering of
			// its fact that says which takes its place.
			if j := namedRendering(c, order[0], chosen); j >= 0 {
				if next, ok := renderedFirst(c, chosen, order[0], j, b); ok {
					chosen = next
					order = readingOrder(p, ndocs, chosen, c.after, c.dates, newsAfterTolls(c, chosen))
				}
			}
		}
		if !c.items {
			order = openPlaced(p, order)
		}
		if len(order) == 0 && last != nil {
			return last // what was passed over left nothing: the brief before stands
		}
		bad := unintroduced(p, order, people)
		if !c.items {
			bad = append(bad, unintroducedRoles(p, order)...)
		}
		if !c.items {
			bad = append(bad, fragments(p, order)...) // a review may be "Great location."
		}
		if len(bad) == 0 {
			return order
		}
		if round == maxRepairs {
			// the brief stands without what is still passed over, and
			// without what follows that
			gone := slices.Clone(bad)
			for grew := true; grew; {
				grew = false
				for _, k := range order {
					if !slices.Contains(gone, k) && c.after != nil && c.after[k] >= 0 && slices.Contains(gone, c.after[k]) {
						gone, grew = append(gone, k), true // and what follows that, in turn
					}
				}
			}
			out := slices.DeleteFunc(slices.Clone(order), func(k int) bool { return slices.Contains(gone, k) })
			if len(out) == 0 {
				return order
			}
			return out
		}
		last = order
		for _, k := range bad {
			c.ok[k] = false
			if c.after != nil {
				c.after[k] = -1
			}
		}
	}
}

// renderedFirst returns chosen with j, a rendering of k's fact, in k's
// place, and without the other chosen sentences j tells again; the last
// chosen, but the news and a sentence another follows or that follows
// another, make room for it when it is longer. ok is false when j does not
// fit.
func renderedFirst(c choice, chosen []int, k, j int, b Budget) (out []int, ok bool) {
	out = slices.Clone(chosen)
	out[slices.Index(out, k)] = j
	out = slices.DeleteFunc(out, func(o int) bool { return o != j && c.same(j, o, c.sim(j, o)) && !followed(c.after, out, o) })
	left := budgetLeft(b, c.costs, out)
	for y := len(out) - 1; left < 0 && y >= 0; y-- {
		if o := out[y]; o != j && o != c.news && !followed(c.after, out, o) && follows(c.after, o) < 0 {
			left += c.costs[o]
			out = slices.Delete(out, y, y+1)
		}
	}
	return out, left >= 0
}

// namedRendering returns bestRendering of candidate k among those not
// chosen that open with no thing they point back at (see opensPointing)
// nor a quotation: "A Nordair jet hit a coast guard plane on the runway of
// Varno airport …" for "The jet hit a coast guard plane as it landed.".
func namedRendering(c choice, k int, chosen []int) int {
	return bestRendering(c, k, chosen, func(text string) bool { return !opensPointing(text) && !opensQuote(text) })
}

// bestRendering returns the most relevant eligible candidate, not among
// taken, that states candidate k's fact (see pool.same), names someone or
// somewhere, gives k's toll, if any, and whose text passes also (nil: any);
// -1 when there is none.
func bestRendering(c choice, k int, taken []int, also func(text string) bool) int {
	best := -1
	for _, e := range c.neighbours(k) {
		j := int(e.To)
		if !c.ok[j] || slices.Contains(taken, j) || !c.fact(k, j, e.W) || !namesSomeone(c.texts[j]) ||
			also != nil && !also(c.texts[j]) || c.tolls != nil && c.tolls[j] != c.tolls[k] {
			continue
		}
		if best < 0 || c.rel[j] > c.rel[best] {
			best = j
		}
	}
	return best
}

// newsAfterTolls returns the news of c among chosen: c.news, or, when a
// higher toll took its place (see latestToll), the sentence of the highest
// toll, which then reads first ("The death toll climbed to 2,122 …" for
// "… struggled to find food, water and shelter … after the quake killed
// more than 2,100 people"), if it names someone or somewhere (see
// namesSomeone); else -1.
func newsAfterTolls(c choice, chosen []int) int {
	if c.news < 0 || slices.Contains(chosen, c.news) || c.tolls == nil {
		return c.news
	}
	best := -1
	for _, k := range chosen {
		if c.tolls[k] > c.tolls[c.news] && (best < 0 || c.tolls[k] > c.tolls[best]) {
			best = k
		}
	}
	if best >= 0 && !namesSomeone(c.texts[best]) {
		return -1 // "The death toll climbed to 2,122 …" names no place to open with
	}
	return best
}

// fragments returns those of the chosen candidates of an English brief
// that are in Latin letters and have no finite verb: a post's line
// ("Proud moment for 🇮🇳."), a heading's. The tagger knows English only:
// a brief in another language is not asked (a line too short to tell its
// language by is told by the brief's). The tagger is asked of the chosen
// only, a few a brief.
func fragments(p *pool, chosen []int) []int {
	texts := make([]string, len(chosen))
	for i, k := range chosen {
		texts[i] = p.cands[k].text
	}
	if !looksEnglish(strings.Join(texts, " ")) {
		return nil
	}
	var out []int
	for _, k := range chosen {
		if s := p.cands[k].text; latinOnly(s) && !sureVerb(s, nil) && !taggedVerb(tagWords(s), nil) {
			out = append(out, k)
		}
	}
	return out
}

// latinOnly reports whether every letter of s is an ASCII letter, as an
// English sentence's are, however short ("Proud moment for 🇮🇳." is too
// short for looksEnglish).
func latinOnly(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// latest selects c's candidates under the budget b (see selectMMR) and
// brings the brief up to date: each figure in its freshest rendering (see
// freshest), each toll of deaths at its highest (see latestToll). What
// these leave out makes room, which selection fills again with facts the
// brief does not tell; a sentence left out is not chosen again.
func latest(c choice, b Budget, lambda float64) []int {
	chosen := selectMMR(c, b, lambda)
	out := namedRenderings(c, latestMissing(c, latestInjured(c, latestToll(c, freshest(c, chosen, b), b))), b)
	var leftOut []int
	for range maxRefills {
		gone := slices.DeleteFunc(slices.Clone(chosen), func(k int) bool { return slices.Contains(out, k) })
		if len(gone) == 0 {
			break
		}
		leftOut = append(leftOut, gone...)
		chosen = fillMMR(c, b, lambda, out, leftOut)
		out = namedRenderings(c, latestMissing(c, latestInjured(c, latestToll(c, chosen, b))), b)
	}
	return out
}

// maxRefills is how many times latest fills what bringing the brief up to
// date left out: a sentence chosen to fill may be left out in its turn (a
// lower toll again).
const maxRefills = 3

// latestInjured returns chosen without the sentences that count the
// injured, give no toll of deaths and count fewer than another chosen
// sentence does ("About 1,000 passengers are injured." beside "1,170
// people were injured …"): like tolls, the count of the injured only
// rises as a story develops. The news stays, and so does a sentence
// another follows.
func latestInjured(c choice, chosen []int) []int {
	if c.texts == nil || len(chosen) < 2 {
		return chosen
	}
	counts := make([]float64, len(chosen))
	counted := 0
	for i, k := range chosen {
		if counts[i] = injured(c.texts[k]); counts[i] > 0 {
			counted++
		}
	}
	if counted < 2 {
		return chosen
	}
	out := chosen[:0:0]
	for i, k := range chosen {
		stale := counts[i] > 0 && k != c.news && (c.tolls == nil || c.tolls[k] == 0) && !followed(c.after, chosen, k) &&
			slices.ContainsFunc(counts, func(n float64) bool { return n > counts[i] })
		if !stale {
			out = append(out, k)
		}
	}
	return out
}

// namedRenderings returns chosen with each sentence that names no one and
// nowhere (see namesSomeone) replaced by the most relevant rendering of
// its fact that does, within the budget b, the last chosen making room:
// "At least six people have died after a huge fire destroyed Grenfell
// Tower in north Kensington …" for "Six people have died.", which a
// reader cannot place. The rendering must be eligible and give the same
// toll (a higher one is latestToll's to bring); a sentence another
// follows, or that follows another, keeps its place.
func namedRenderings(c choice, chosen []int, b Budget) []int {
	if c.texts == nil || c.items {
		return chosen
	}
	out := slices.Clone(chosen)
	left := budgetLeft(b, c.costs, out)
	var lower map[string]bool // the words the texts write in lower case, found when first asked
	for x := 0; x < len(out); x++ {
		k := out[x]
		if hasWords(c.texts[k], maxPlacelessWords+1) || namesBeyond(c.texts[k], true) {
			continue
		}
		if opensWithName(c.texts[k], stopWords()) {
			if lower == nil {
				lower = lowerWords(c.texts)
			}
			if w, _ := letterWord(c.texts[k]); !lower[strings.ToLower(w)] {
				continue // "Northgate was once …"; not "Officials reported …", which others write "officials"
			}
		}
		if followed(c.after, out, k) || follows(c.after, k) >= 0 {
			continue
		}
		if best := bestRendering(c, k, out, nil); best >= 0 {
			out, left, x = takePlace(c, out, left, x, best)
		}
	}
	return out
}

// lowerWords returns the words texts write in lower case.
func lowerWords(texts []string) map[string]bool {
	out := make(map[string]bool)
	for _, t := range texts {
		for rest := t; ; {
			w, after := letterWord(rest)
			if w == "" {
				break
			}
			if !startsUpper(w) {
				out[w] = true
			}
			rest = after
		}
	}
	return out
}

// opensWithName reports whether text's first word is written with a
// capital and is no stopword or number word: "Northgate was once …",
// not "The …", "Six people …".
func opensWithName(text string, stop map[string]bool) bool {
	w, _ := letterWord(text)
	lw := strings.ToLower(w)
	return startsUpper(w) && !stop[lw] && !numberWords[lw]
}

// maxPlacelessWords is the longest sentence, in words, that
// namedRenderings takes for one a reader cannot place when it names no
// one: "Six people have died.", "All five on board are dead."; a longer
// one says what it is about ("The referendum turnout was 71.8 per cent").
const maxPlacelessWords = 8

// latestMissing returns chosen without the sentences that count the
// missing lower than another chosen sentence says their count rose to
// ("A total of 99 people remain unaccounted for" beside "The number of
// missing residents rose to 159"): the rise is the later count. A count
// of the missing may fall as well as rise, so only a rise told as one
// decides. The news stays, and so does a sentence another follows.
func latestMissing(c choice, chosen []int) []int {
	if c.texts == nil || len(chosen) < 2 {
		return chosen
	}
	var risen float64
	counts := make([]float64, len(chosen))
	for i, k := range chosen {
		var rose bool
		counts[i], rose = missingCount(c.texts[k])
		if rose {
			risen = max(risen, counts[i])
		}
	}
	if risen == 0 {
		return chosen
	}
	out := chosen[:0:0]
	for i, k := range chosen {
		if counts[i] > 0 && counts[i] < risen && k != c.news && !followed(c.after, chosen, k) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// freshest returns chosen with each sentence that gives a figure replaced
// by the rendering of its fact in the latest version that gives that
// figure otherwise (see disagree), where the versions are dated: a story
// develops, and the later version's figure ("at least 30 people were
// killed") supersedes the earlier one's ("at least 12"). Renderings that
// agree are left as selection chose them. The rendering must be eligible, fit the budget b in place of the
// one it replaces and state no fact another chosen sentence states; of
// several, the latest wins, then the most relevant, then the lowest index.
// A sentence that another follows (see eligible) keeps its place.
func freshest(c choice, chosen []int, b Budget) []int {
	if c.dates == nil {
		return chosen
	}
	left := budgetLeft(b, c.costs, chosen)
	in := make(map[int]bool, len(chosen))
	for _, k := range chosen {
		in[k] = true
	}
	out := slices.Clone(chosen)
	for x, k := range out {
		if c.dates[k].IsZero() || !c.ok[k] || followed(c.after, out, k) {
			continue
		}
		best := k
		for _, e := range c.neighbours(k) {
			j := int(e.To)
			if !c.ok[j] || in[j] || c.dates[j].Compare(c.dates[best]) < 0 || !c.fact(k, j, e.W) ||
				c.costs[j]-c.costs[k] > left || c.dates[j].Compare(c.dates[k]) <= 0 || !c.disagree(k, j) {
				continue
			}
			if j != best && c.dates[j].Compare(c.dates[best]) == 0 && (c.rel[j] < c.rel[best] || c.rel[j] == c.rel[best] && j > best) {
				continue
			}
			if slices.ContainsFunc(out, func(o int) bool { return o != k && c.same(j, o, c.sim(j, o)) }) {
				continue
			}
			best = j
		}
		if best != k {
			left -= c.costs[best] - c.costs[k]
			delete(in, k)
			in[best] = true
			out[x] = best
		}
	}
	return out
}

// latestToll returns chosen with each sentence whose toll of deaths (see
// toll) a rendering of its fact, or a sentence of cosine leadSameFact or
// more, gives higher replaced by the one of the highest, or left out when
// the brief already gives a higher toll in another sentence (unless it is
// the news): tolls only rise as a story develops, so the higher is
// the later, dated or not ("has risen to over 11,200" beside "killing more
// than 2,300"), or the one that counts more of the dead. The replacement
// must be eligible and fit the budget b; it takes the places of the other
// chosen sentences it tells again, unless one is the news. The lower toll
// is still shown as a disagreement. A toll given only as a bound ("as
// many as 20") or as a fear ("are feared dead") is left out beside a
// count, unless it is the news.
func latestToll(c choice, chosen []int, b Budget) []int {
	if c.tolls == nil {
		return chosen
	}
	left := budgetLeft(b, c.costs, chosen)
	out := slices.Clone(chosen)
	// Twice: a toll brought in late in the first pass tells one before it.
	for range 2 {
		out, left = higherTolls(c, out, left)
	}
	return out
}

// higherTolls is one pass of latestToll over out, with left of the budget.
func higherTolls(c choice, out []int, left int) ([]int, int) {
	for x := 0; x < len(out); x++ {
		k := out[x]
		if c.tolls[k] == 0 && c.bounds != nil && c.bounds[k] > 0 && k != c.news && !followed(c.after, out, k) &&
			slices.ContainsFunc(out, func(o int) bool { return c.tolls[o] > 0 }) {
			// "As many as 20 people are dead" beside a count of 18: the
			// bound was the count not yet known.
			left += c.costs[k]
			out = slices.Delete(out, x, x+1)
			x--
			continue
		}
		if c.tolls[k] == 0 && c.texts != nil && k != c.news && !followed(c.after, out, k) && (fearedDead(c.texts[k]) || uncountedDeaths(c.texts[k])) &&
			slices.ContainsFunc(out, func(o int) bool { return c.tolls[o] > 0 }) {
			// "several passengers are feared dead" beside a count of 294:
			// the fear was the count not yet known; so was "a number of
			// fatalities".
			left += c.costs[k]
			out = slices.Delete(out, x, x+1)
			x--
			continue
		}
		if followed(c.after, out, k) {
			continue
		}
		if c.tolls[k] == 0 {
			// A sentence that tells the disaster without its toll, in a
			// brief that gives none, gives its place to a rendering of its
			// event that does: "A plane … crashed in the Alps on Tuesday."
			// beside "An Airbus … crashed in the Alps on Tuesday, killing
			// all 150 on board."
			if c.texts == nil || deathWords.find(c.texts[k]) != 0 || slices.ContainsFunc(out, func(o int) bool { return c.tolls[o] > 0 }) {
				continue // it tells the deaths, their count aside
			}
			best := k
			for _, e := range c.neighbours(k) {
				j := int(e.To)
				if c.tolls[j] > c.tolls[best] && c.same(j, k, e.W) && (k != c.news || c.texts == nil || namesSomeone(c.texts[j])) {
					best = j
				}
			}
			if best != k && c.ok[best] && !slices.Contains(out, best) {
				// The toll is the disaster's news: the last chosen make
				// room for it, and selection fills what is left.
				out, left, x = takePlace(c, out, left, x, best)
			}
			continue
		}
		best := k
		for _, e := range c.neighbours(k) {
			j := int(e.To)
			// The news gives its place only to a toll that names someone
			// or somewhere: not to "The death toll climbed to 2,122 …",
			// nor to "At last count Wednesday morning, the wildfire had
			// claimed the lives of 48 people …" (see namesBeyond).
			if c.tolls[j] > c.tolls[best] && (e.W >= leadSameFact || c.fact(k, j, e.W)) &&
				(k != c.news || c.texts == nil || namesBeyond(c.texts[j], true)) {
				best = j
			}
		}
		// A higher toll in the brief tells it already: the tolls of one
		// story's deaths (see toll: not those of an earlier disaster) only
		// rise, and two in one brief read as a disagreement. The news
		// stays.
		told := k != c.news && slices.ContainsFunc(out, func(o int) bool {
			return o != k && c.tolls[o] > c.tolls[k]
		})
		if best == k && !told {
			continue
		}
		if told {
			left += c.costs[k]
			out = slices.Delete(out, x, x+1)
			x--
			continue
		}
		out, left, x = takePlace(c, out, left, x, best)
	}
	return out, left
}

// takePlace returns out with best in the place of its x-th sentence (see
// retoldBy), the last chosen sentences, those after the x-th, left out as
// far as best needs the room, with what is left of the budget and the
// index best takes; out, left and x as they are when best does not get
// in. The news stays, and so do a sentence another follows and one that
// follows another.
func takePlace(c choice, out []int, left, x, best int) ([]int, int, int) {
	room, roomLeft := makeRoom(c, slices.Clone(out), left, x, c.costs[best]-c.costs[out[x]])
	if next, nextLeft, y := retoldBy(c, room, roomLeft, x, best); slices.Contains(next, best) {
		return next, nextLeft, y
	}
	return out, left, x
}

// makeRoom returns out without its last chosen sentences, those after
// the x-th, until need fits in what is left of the budget, and what is
// left then (see takePlace). It stops short when no more can go.
func makeRoom(c choice, out []int, left, x, need int) ([]int, int) {
	for need > left {
		y := len(out) - 1
		for y > x && (out[y] == c.news || followed(c.after, out, out[y]) || follows(c.after, out[y]) >= 0) {
			y--
		}
		if y <= x {
			break
		}
		left += c.costs[out[y]]
		out = slices.Delete(out, y, y+1)
	}
	return out, left
}

// retoldBy returns out with its x-th sentence replaced by best, a higher
// toll's rendering of it, with left of the budget, and the index best
// takes; out as it is when best is not eligible, is chosen already or does
// not fit. The higher toll may retell other chosen sentences (the earlier
// "four more bodies were found" beside the later "more bodies were found
// …, bringing the toll to 40"): it takes their places too, unless one of
// them is the news.
func retoldBy(c choice, out []int, left, x, best int) ([]int, int, int) {
	k := out[x]
	if !c.ok[best] || slices.Contains(out, best) {
		return out, left, x
	}
	var retold []int
	freed := 0
	for _, o := range out {
		if o != k && c.same(best, o, c.sim(best, o)) && !followed(c.after, out, o) {
			retold = append(retold, o)
			freed += c.costs[o]
		}
	}
	if slices.Contains(retold, c.news) || c.costs[best]-c.costs[k]-freed > left {
		return out, left, x
	}
	left -= c.costs[best] - c.costs[k] - freed
	out[x] = best
	out = slices.DeleteFunc(out, func(o int) bool { return slices.Contains(retold, o) })
	return out, left, slices.Index(out, best)
}
