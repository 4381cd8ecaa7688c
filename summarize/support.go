package summarize

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// leadSameFact is the similarity at and above which two versions' leads
// (their first kept sentences) state the same fact. Every version of a story
// opens with the news, each in its own words and with its own extras, so
// leads share little vocabulary beyond the story's commonest words, which
// IDF weighs least: on the seeds, leads stating the same news score 0.2 to
// 0.55, below DefaultSameFact.
const leadSameFact = 0.1

// numberSameFact is the similarity at and above which two sentences that
// give the same figure ("6 a.m. on Saturday", "$3.1 million") state the
// same fact. A shared figure is the most specific term two renderings of a
// fact can share; on the test clusters such pairs score 0.2 to 0.25.
const numberSameFact = 0.15

// same reports whether candidates a and b, of similarity sim, state the
// same fact: their cosine reaches the same-fact threshold, or reaches
// leadSameFact when both lead their versions, or numberSameFact when both
// give the same figure, or containSameFact when one holds nearly all the
// other's content words. It decides support, and so disagreements, focus
// and order; redundant, looser, decides what a brief may not say twice.
func (p *pool) same(a, b int, sim float64) bool {
	return p.closeFact(a, b, sim) ||
		p.cands[a].lead && p.cands[b].lead && sim >= leadSameFact ||
		sim >= containSameFact && contained(p.vecs[a].Terms, p.vecs[b].Terms)
}

// closeFact reports whether candidates a and b, of similarity sim, state
// the same fact by what they say: their cosine reaches the same-fact
// threshold, or numberSameFact with a figure in common. Two leads share
// the story and more weakly (see same).
func (p *pool) closeFact(a, b int, sim float64) bool {
	return sim >= p.sameFact || sim >= numberSameFact && shareAny(p.cands[a].figs, p.cands[b].figs)
}

// redundant reports whether a brief that says one of candidates a and b,
// of similarity sim, would tell its news again by saying the other: they
// state the same fact (see same), or they share a concept (see concepts)
// at cosine conceptSameFact, or conceptNameSameFact with a name in common,
// or at figureSameFact they give one figure (see sameFigure; unless both
// add much, see bothAdd), a tally and its margin, or a count of the same
// people (see statesCounted, bothTolls), or they tell one event with one
// verb (see restates), or both say a cause is not known, or both tell
// deaths without a count (see uncounted).
// Concepts are not support: on real stories, two versions' sentences that
// share a phrase are often two facts of one scene ("bodies were found
// downstream", "the search downstream"), which one brief need not both
// tell, but which are no two tellings of one fact to count or to compare
// figures of.
func (p *pool) redundant(a, b int, sim float64) bool {
	return p.same(a, b, sim) ||
		sim >= conceptNameSameFact && shareAny(p.cands[a].pairs, p.cands[b].pairs) &&
			(sim >= conceptSameFact || shareAny(p.cands[a].names, p.cands[b].names)) ||
		sim >= conceptSameFact && len(p.cands[a].rareNames) >= 2 && len(p.cands[b].rareNames) >= 2 &&
			common(p.cands[a].rareNames, p.cands[b].rareNames) >= 2 ||
		sim >= conceptSameFact && nearlyContained(p.vecs[a].Terms, p.vecs[b].Terms) ||
		sim >= figureSameFact && (p.sameFigure(a, b) && !p.bothAdd(a, b) || p.margin(a, b) || p.margin(b, a) || p.states(a)&p.states(b) != 0 || p.bothTolls(a, b)) ||
		p.restates(a, b, sim) ||
		sim >= restateSimThree && (p.announces(a, b) || p.announces(b, a)) ||
		p.daysDisagree(a, b) ||
		sim >= figureSameFact && p.causeUnknown(a) && p.causeUnknown(b) ||
		sim >= figureSameFact && p.uncounted(a) && p.uncounted(b) ||
		sim >= figureSameFact && sameSpeaker(p.cands[a].text, p.cands[b].text)
}

// sameSpeaker reports whether a and b are quotations of one speaker, each
// with only its speaker's tag outside the quotation marks ("“I made the
// decision that I shouldn’t continue …,” Abe said." and "“I decided that
// I should not stay …,” Abe told reporters."): near enough in their
// words, they tell one thing twice, as a real resignation's brief did.
// The speaker is the tag's last word in capitals (see quoteSpeaker).
func sameSpeaker(a, b string) bool {
	x := quoteSpeaker(a)
	return x != "" && x == quoteSpeaker(b)
}

// quoteSpeaker returns the last word in capitals of text's tag, when text
// opens with a quotation and has no more than maxTagWords words outside
// it: "Abe" of "“…,” Abe told reporters." and of "“…,” said Prime
// Minister Shinzo Abe."; or "".
func quoteSpeaker(text string) string {
	if w, _ := utf8.DecodeRuneInString(text); w != '“' && w != '"' {
		return ""
	}
	outside, quoted := splitQuotes(text)
	tag := strings.Fields(outside)
	if quoted < 4 || len(tag) == 0 || len(tag) > maxTagWords || !says.in(outside) {
		return ""
	}
	stop := stopWords()
	for i := len(tag) - 1; i >= 0; i-- {
		w := strings.TrimFunc(tag[i], notWordRune)
		if lw := strings.ToLower(w); startsUpper(w) && !stop[lw] && !weekdays[lw] && !months[lw] {
			return w
		}
	}
	return ""
}

// maxTagWords is the most words outside a quotation that sameSpeaker takes
// for its speaker's tag: "said Prime Minister Shinzo Abe on Friday."
const maxTagWords = 8

// uncounted reports whether candidate k tells deaths feared or without a
// count ("Thousands of people are feared dead", "there must be thousands
// of people dead": see fearedDead, uncountedDeaths), found once. Two such
// sentences of one story tell one fact: that many died, how many not yet
// known.
func (p *pool) uncounted(k int) bool {
	if p.uncountedFound == nil {
		p.uncountedOf, p.uncountedFound = make([]bool, len(p.cands)), make([]bool, len(p.cands))
	}
	if !p.uncountedFound[k] {
		text := p.cands[k].text
		p.uncountedOf[k], p.uncountedFound[k] = p.tolls()[k] == 0 && (fearedDead(text) || uncountedDeaths(text)), true
	}
	return p.uncountedOf[k]
}

// causeUnknownRE finds a sentence that says a cause is not known: "The
// cause of the derailment was not immediately known.", "The fire's cause
// remains a mystery …", "No cause for the collapse has been given.",
// "There was no immediate indication of the cause …". Two such sentences
// of one story tell one fact, whatever else they share.
var causeUnknownRE = regexp.MustCompile(`(?i)\b(?:cause\b[^.;]{0,60}?\b(?:unknown|not (?:yet |immediately |been )*(?:known|clear|determined|given|established)|(?:remains|is|was) (?:a mystery|unclear|under investigation))|no (?:immediate )?(?:cause|reason|indication of (?:the|a|what) cause)\b[^.;]{0,30}?(?:given|known|found|cause\b|\.))`)

// causeUnknown reports whether candidate k says a cause is not known (see
// causeUnknownRE), found once.
func (p *pool) causeUnknown(k int) bool {
	if p.causeFound == nil {
		p.causeOf, p.causeFound = make([]bool, len(p.cands)), make([]bool, len(p.cands))
	}
	if !p.causeFound[k] {
		text := p.cands[k].text
		p.causeOf[k], p.causeFound[k] = (strings.Contains(text, "cause") || strings.Contains(text, "Cause")) && causeUnknownRE.MatchString(text), true
	}
	return p.causeOf[k]
}

// margin reports whether candidate b gives the margin of a tally candidate
// a gives: "lost by 432 votes to 202" and "the 230-vote margin of defeat"
// tell one vote.
func (p *pool) margin(a, b int) bool {
	if len(p.cands[a].figs) < 2 || len(p.cands[b].figs) == 0 || !strings.Contains(p.cands[a].text, " to ") {
		return false
	}
	m := tallyPairRE.FindStringSubmatch(p.cands[a].text)
	if m == nil {
		return false
	}
	x, errX := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	y, errY := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
	if errX != nil || errY != nil || x == y {
		return false
	}
	diff := strconv.FormatFloat(max(x, y)-min(x, y), 'f', -1, 64)
	return bigFigure(diff) && slices.ContainsFunc(p.cands[b].figs, func(f string) bool { return strings.ReplaceAll(f, ",", "") == diff })
}

// tallyPairRE finds a tally: "432 votes to 202", "325 to 306".
var tallyPairRE = regexp.MustCompile(`\b(\d[\d,]*)(?: [a-z]+)? to (\d[\d,]*)\b`)

// figureSameFact is the similarity at and above which two sentences that
// give one figure of ten or more with its unit and role (see mentions) are
// redundant: "… crashed into the Keelung river … with 58 people on board."
// and "… the twin-engine turboprop regional plane was carrying 58 people
// …" (cosine 0.10) tell one count twice.
const figureSameFact = 0.08

// sameFigure reports whether candidates a and b give one figure of ten or
// more, not a year, with the same unit and role.
func (p *pool) sameFigure(a, b int) bool {
	if !shareAny(p.cands[a].figs, p.cands[b].figs) {
		return false
	}
	mb := p.mentions(b)
	for _, x := range p.mentions(a) {
		if !bigFigure(x.value) {
			continue
		}
		for _, y := range mb {
			// "the 68th minute" and "68 minutes" give one figure
			if x.value == y.value && x.unit == y.unit && x.role&^roleOrdinal == y.role&^roleOrdinal {
				return true
			}
		}
	}
	return false
}

// bothTolls reports whether candidates a and b both give a toll of deaths
// (see toll): told twice, a toll is the same count or a count and its
// revision ("four dead", "six dead"), like the counts of statesCounted.
func (p *pool) bothTolls(a, b int) bool {
	t := p.tolls()
	return t[a] > 0 && t[b] > 0
}

// figureAddsMuch is how many content words of its own (see coreStems) each
// of two sentences that give one figure must have for them to tell two
// facts (see bothAdd).
const figureAddsMuch = 5

// bothAdd reports whether each of candidates a and b has figureAddsMuch
// words of its core or more that the other does not have: "… was found
// guilty on all 34 felony charges of falsifying business records …" and
// "Trump faced 34 charges in connection with payments made to a former
// porn star" give one count and tell two facts, where "The turboprop was
// carrying 58 people at the time." adds nothing to "The plane crashed into
// the river with 58 people on board." but the plane's name.
func (p *pool) bothAdd(a, b int) bool {
	ea, eb := p.stemsOf(a), p.stemsOf(b)
	return ownWords(ea.core, eb.stems) >= figureAddsMuch && ownWords(eb.core, ea.stems) >= figureAddsMuch
}

// ownWords counts the stems of core that are not in stems.
func ownWords(core, stems []string) int {
	n := 0
	for _, s := range core {
		if !slices.Contains(stems, s) {
			n++
		}
	}
	return n
}

// states returns the states candidate k counts people in (see
// statesCounted), found once.
func (p *pool) states(k int) role {
	if p.statesFound == nil {
		p.statesOf, p.statesFound = make([]role, len(p.cands)), make([]bool, len(p.cands))
	}
	if !p.statesFound[k] {
		p.statesOf[k], p.statesFound[k] = statesCounted(p.cands[k].text), true
	}
	return p.statesOf[k]
}

// statesCounted returns the states of people text gives a count of in
// digits: the missing, the rescued, the injured (roleMissing, roleRescued,
// roleInjured). A count's state is the first state word after it, before
// the next figure and within countStateReach bytes, asides between commas
// or dashes included ("290—mostly students—still missing", "281 people,
// mostly students, unaccounted for"), or one just before it ("rescued 120
// people"). Two sentences that count one state at figureSameFact tell one
// count, or a count and its revision ("290 missing", "281 unaccounted
// for"), which a brief tells once: twice, it contradicts itself.
func statesCounted(text string) role {
	if !strings.ContainsAny(text, "0123456789") {
		return 0
	}
	var out role
	for _, m := range countRE.FindAllStringIndex(text, -1) {
		after := text[m[1]:min(len(text), m[1]+countStateReach)]
		if i := strings.IndexAny(after, "0123456789;"); i >= 0 {
			after = after[:i]
		}
		before := text[max(0, m[0]-16):m[0]]
		if i := strings.LastIndexAny(before, "0123456789,;"); i >= 0 {
			before = before[i+1:]
		}
		for _, sr := range stateRoles {
			if slices.ContainsFunc(sr.words, func(w string) bool { return statedIn(after, w) || statedIn(before, w) }) {
				out |= sr.role
				break
			}
		}
	}
	return out
}

// statedIn reports whether the state word w is in s, but for a group
// named by it ("the search for the missing").
func statedIn(s, w string) bool {
	i := strings.Index(s, w)
	return i >= 0 && !strings.HasSuffix(s[:i], "the ")
}

// countRE finds a count in digits; countStateReach is how far after it its
// state word may be (see statesCounted).
var countRE = regexp.MustCompile(`\b\d[\d,]*\b`)

const countStateReach = 60

// bigFigure reports whether a mention's value is ten or more and no year
// (1900 to 2100 without a fraction, sign or percent), or a figure of
// three digits or more with a fraction ("9.81 seconds"): one that two
// facts of a story do not share by chance, as they share "two".
func bigFigure(v string) bool {
	n, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64)
	if err != nil {
		return false
	}
	if n < 10 {
		return strings.Contains(v, ".") && len(strings.TrimLeft(strings.Map(keepDigit, v), "0")) >= 3
	}
	return strings.HasSuffix(v, "%") || n != float64(int(n)) || n < 1900 || n > 2100
}

// keepDigit keeps digits for strings.Map.
func keepDigit(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}

// nearlyContained reports whether the shorter of two sorted term lists, of
// three terms or more, has all its terms but one in the other: a short
// sentence that adds a word to what a longer one tells ("It was
// Argentina's third World Cup title." beside "… to give Argentina their
// third World Cup …", "The panel had reached its decision." beside "…
// after the panel announced its decision …") tells nothing a brief holding the
// longer needs.
func nearlyContained(a, b []int32) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && common(a, b) >= len(a)-1
}

// conceptSameFact is the similarity at and above which two sentences that
// share a concept (see concepts) are redundant: a shared phrase is as
// specific as a shared figure (numberSameFact). conceptNameSameFact is
// the lower one for two that also share a name: the same phrase about the
// same person or place. On the test clusters, the pairs that tell one
// fact in other words so score 0.13 to 0.25; sentences of other facts
// that share the story's institution ("the harbour authority said") score
// 0.1 to 0.11 and share no name.
const (
	conceptSameFact     = 0.15
	conceptNameSameFact = 0.12
)

// concepts sets each candidate's pairs: the bigrams of consecutive content
// terms it shares with few others, the concepts of Gillick and Favre's
// summarizer ("A scalable global model for summarization", 2009), which
// a summary should cover once. Two renderings of a fact in other words
// still share a phrase of it: "stoppage time", "flight recorders",
// "major trophy". A bigram counts when neither word is written with a
// capital ("Lena Marsh" names a person, not a fact about her; "Tuesday
// night" is a time many facts share) and when at most one candidate per
// version and one more give it: a phrase more sentences share is the
// story's own, not one fact's; and when one of its words is rare (in at
// most one candidate per version and one more), so that a phrase of two
// common words ("years in prison", "prime minister") is none. It runs
// before the terms are sorted. The candidates' term ids are below vocab.
func concepts(cands []candidate, vocab int) {
	docs := 0
	df := make(map[uint64]int)
	named := make([]bool, vocab) // a name somewhere (see capitals)
	for k := range cands {
		c := &cands[k]
		docs = max(docs, c.doc+1)
		c.pairs = c.pairs[:0]
		for i, t := range c.terms[:min(len(c.terms), 64)] {
			if c.marks.names&(1<<i) != 0 {
				named[t] = true
			}
		}
		for i := 1; i < len(c.terms); i++ {
			if i >= 64 || c.marks.caps&(3<<(i-1)) != 0 || c.terms[i] == c.terms[i-1] {
				continue
			}
			c.pairs = append(c.pairs, uint64(c.terms[i-1])<<32|uint64(uint32(c.terms[i])))
		}
		slices.Sort(c.pairs)
		c.pairs = slices.Compact(c.pairs)
		for _, pr := range c.pairs {
			df[pr]++
		}
	}
	termDF := make([]int32, vocab) // candidates per term
	for k := range cands {
		c := &cands[k]
		for i, t := range c.terms {
			if !slices.Contains(c.terms[:i], t) {
				termDF[t]++
			}
		}
	}
	rare := func(t int32) bool { return int(termDF[t]) <= docs+1 }
	for k := range cands {
		c := &cands[k]
		c.names = c.names[:0]
		for i, t := range c.terms[:min(len(c.terms), 64)] {
			if c.marks.caps&(1<<i) != 0 && named[t] {
				c.names = append(c.names, t)
			}
		}
		slices.Sort(c.names)
		c.names = slices.Compact(c.names)
		c.rareNames = c.rareNames[:0]
		for _, t := range c.names {
			if rare(t) {
				c.rareNames = append(c.rareNames, t)
			}
		}
		if len(c.rareNames) == 0 {
			c.rareNames = nil
		}
		c.pairs = slices.DeleteFunc(c.pairs, func(pr uint64) bool {
			return df[pr] < 2 || df[pr] > docs+1 || !rare(int32(pr>>32)) && !rare(int32(uint32(pr)))
		})
		if len(c.pairs) == 0 {
			c.pairs = nil
		}
		if len(c.names) == 0 {
			c.names = nil
		}
	}
}

// containSameFact is the similarity at and above which a sentence whose
// content words another holds nearly all of states the same fact as that
// one (see contained): a shorter rendering of the fact with less said
// ("The bridge closed." and "The bridge closed on Monday for repairs after
// cracks were found."), whose cosine with the longer falls with the
// longer's extra words.
const containSameFact = 0.1

// contained reports whether the shorter of two sorted term lists, of four
// terms or more, has four in five of its terms in the other.
func contained(a, b []int32) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 {
		return false
	}
	return 5*common(a, b) >= 4*len(a)
}

// shareAny reports whether sorted lists a and b have an element in common.
func shareAny[T cmp.Ordered](a, b []T) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// supportOf returns the documents holding a sentence, among the graph's
// neighbours of candidate k, that states the same fact, k's own document
// included.
func (p *pool) supportOf(k int) map[int]bool {
	set := map[int]bool{p.cands[k].doc: true}
	for _, e := range p.graph.Adj[k] {
		if p.same(k, int(e.To), e.W) {
			set[p.cands[e.To].doc] = true
		}
	}
	return set
}

// supported reports whether any candidate in [start,end) states the same
// fact as a sentence of another document.
func (p *pool) supported(start, end int) bool {
	for k := start; k < end; k++ {
		d := p.cands[k].doc
		for _, e := range p.graph.Adj[k] {
			if p.cands[e.To].doc != d && p.same(k, int(e.To), e.W) {
				return true
			}
		}
	}
	return false
}
