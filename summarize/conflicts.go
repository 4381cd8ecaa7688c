package summarize

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Conflict is a figure of a brief's sentence that versions stating the
// same fact give otherwise: "241 people" beside "more than 260 people".
type Conflict struct {
	// Figure is the figure as the sentence gives it, with its unit.
	Figure string `json:"figure"`
	// Values are the figures the versions give, the sentence's first,
	// each with the versions that give it, in input order.
	Values []Value `json:"values"`
}

// Value is one figure some versions give.
type Value struct {
	Value   string   `json:"value"`
	Support []string `json:"support"`
}

// figureRE finds a figure and the word after it, its unit ("241 people",
// "more than 260 people", "$3.1 million", "the 68th minute": an ordinal is
// its number), with a qualifier before it.
var figureRE = regexp.MustCompile(`(?i)((?:\bmore than|\bover|\bat least|\bnearly|\balmost|\babout|\baround|\bsome|\bup to|\bfewer than|\bless than|\bat most) )?` +
	`(\$|£|€)?\b(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?( ?%| percent)? ([\pL]+)`)

// mention is one figure in a sentence.
type mention struct {
	shown string // as written, with its qualifier
	value string // the number alone: "about $31,000" and "31,000" agree
	unit  string // the word after it, lower case, without a plural s
	role  role   // what kind of figure of its unit it is
}

// role tells apart figures of one unit that are no two values of one
// figure: a toll of deaths and a count of those on board ("18 people",
// "190 people"), one side of a tally and a margin ("432 votes to 202",
// "230 votes"), a bound and a value ("a maximum of 110 years", "25
// years").
type role uint8

const (
	roleToll    role = 1 << iota // the sentence's toll of deaths (see toll)
	roleTally                    // one side of "N to M"
	roleBound                    // a maximum: "up to", "faces a maximum of"
	roleRescued                  // of people rescued or who survived
	roleMissing                  // of people missing or unaccounted for
	roleInjured                  // of people injured
	roleOrdinal                  // an ordinal, a place in an order: "the 9th boy out" is no count of boys
)

// stateRoles are the words near a count of people that tell which of
// them it counts (see stateOf): "400 people on board", "120 had been
// rescued", "260 still missing", "55 are injured" count four groups.
var stateRoles = []struct {
	words []string
	role  role
}{
	{[]string{"rescued", "survived", "survivors", "pulled from"}, roleRescued},
	{[]string{"missing", "unaccounted"}, roleMissing},
	{[]string{"injured", "injuring", "hurt", "wounded", "wounding"}, roleInjured},
}

// stateOf returns the role a state word gives the figure at text[fig]:
// one in its clause after it (up to a comma, a semicolon, a full stop or a
// dash, and 60 bytes), or right before it ("rescued 120 people").
func stateOf(text string, fig int) role {
	after := text[fig:min(len(text), fig+60)]
	if i := strings.IndexAny(after, ",;.—–"); i >= 0 {
		after = after[:i]
	}
	before := text[max(0, fig-16):fig]
	for _, sr := range stateRoles {
		for _, w := range sr.words {
			if strings.Contains(after, w) || strings.Contains(before, w) {
				return sr.role
			}
		}
	}
	return 0
}

// boundBeforeRE finds, just before a figure, that it is a bound.
var boundBeforeRE = regexp.MustCompile(`(?i)\b(?:maximum|max|potential|possible|faces?|facing|could|up to|at most)\b[^.;,]{0,25}$`)

// tallyRE finds, from a figure on, a tally: "432 votes to 202", "325 to
// 306"; tallyEndRE, up to a figure, the tally it ends.
var (
	tallyRE    = regexp.MustCompile(`^\d[\d,]*(?: [a-z]+)? to \d`)
	tallyEndRE = regexp.MustCompile(`\d(?: [a-z]+)? to $`)
)

// roleOf returns the role of the figure that starts at start in text, its
// number num and its qualifier qual; t is the sentence's toll.
func roleOf(text string, start int, num, qual string, t float64) role {
	var r role
	if n, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64); err == nil && t > 0 && n == t {
		r |= roleToll
	}
	if tallyRE.MatchString(text[start:min(len(text), start+32)]) || tallyEndRE.MatchString(text[max(0, start-24):start]) {
		r |= roleTally
	}
	if strings.HasPrefix(qual, "up to") || strings.HasPrefix(qual, "at most") || boundBeforeRE.MatchString(text[max(0, start-40):start]) {
		r |= roleBound
	}
	if r&roleToll == 0 {
		r |= stateOf(text, start)
	}
	return r
}

func mentions(text string) []mention { return mentionsOf(text, toll(text)) }

// mentionsOf is mentions of text whose toll of deaths (see toll) is t.
func mentionsOf(text string, t float64) []mention {
	if !strings.ContainsAny(text, "0123456789") {
		if !hasBigNumberWord(text) {
			return nil
		}
		text = countsInDigits(text)
	}
	var out []mention
	at := 0
	for _, m := range figuresIn(text) {
		rest, start := "", at
		if i := strings.Index(text[at:], m[0]); i >= 0 {
			start = at + i
			at += i + len(m[0])
			rest = text[at:]
		}
		// The figure itself starts after its qualifier and sign.
		fig := start + len(m[1]) + len(m[2])
		if isClock(text, fig, m[5], rest) || m[1] == "" && m[2] == "" && partOfName(text, fig) {
			continue
		}
		unit, used := unitOf(m[5], rest)
		r := roleOf(text, fig, m[3], strings.ToLower(m[1]), t)
		if ordinalAt(text, fig+len(m[3])) {
			r |= roleOrdinal
		}
		out = append(out, mention{
			shown: lowerFirst(m[1]) + strings.TrimSpace(m[0][len(m[1]):]+rest[:used]),
			value: strings.ReplaceAll(m[3], ",", "") + percentMark(m[4]),
			unit:  unit,
			role:  r,
		})
	}
	return out
}

// hasBigNumberWord reports whether text has a number word of
// bigNumberWords, in any case.
func hasBigNumberWord(text string) bool {
	for rest := text; ; {
		w, after := letterWord(rest)
		if w == "" {
			return false
		}
		rest = after
		if n := len(w); n >= 3 && n <= 9 && strings.IndexByte("tTeEfFsSnN", w[0]) >= 0 {
			if _, ok := bigNumberWords[strings.ToLower(w)]; ok {
				return true
			}
		}
	}
}

// countInWordsRE finds a count in a number word of ten or more before a
// word: "Eleven people", "forty passengers".
var countInWordsRE = regexp.MustCompile(`(?i)\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) ([\pL])`)

// countsInDigits returns text with its counts in number words of ten or
// more written in digits, so that mentions finds them: "Eleven people
// remained missing" gives "11 people", as "11 workers missing" does.
func countsInDigits(text string) string {
	return countInWordsRE.ReplaceAllStringFunc(text, func(m string) string {
		w, rest, _ := strings.Cut(m, " ")
		return bigNumberWords[strings.ToLower(w)] + " " + rest
	})
}

// ordinalAt reports whether an ordinal's ending starts at text[i], right
// after a figure's digits: "9th", "21st".
func ordinalAt(text string, i int) bool {
	if i+2 > len(text) {
		return false
	}
	switch text[i : i+2] {
	case "st", "nd", "rd", "th":
		return i+2 == len(text) || !isLetterAt(text, i+2)
	}
	return false
}

// isClock reports whether the figure at text[fig], with the word word
// after it and rest after that, is a clock time or part of one, which
// is when something happened, no count: "17:30 GMT", "1840 GMT", "11
// a.m.". Versions give one event's time in other zones, and two times
// of a story are mostly two events.
func isClock(text string, fig int, word, rest string) bool {
	if fig > 0 && text[fig-1] == ':' {
		return true
	}
	w := strings.ToLower(word)
	return timeZones[w] || (w == "a" || w == "p") && strings.HasPrefix(rest, ".m.")
}

// partOfName reports whether the figure at text[fig], with no qualifier or
// sign before it, is part of a name, no count: it follows a word written
// with a capital that does not open the sentence ("a Boeing 777 passenger
// jet", "Flight 214", "Apollo 11", "the No. 2 producer"), a month's or a
// day's name aside ("July 11" is a date, "By Thursday 120 people …" a
// count).
func partOfName(text string, fig int) bool {
	before := strings.TrimRight(text[:fig], " ")
	if len(before) == len(text[:fig]) {
		return false // "$3" or "(5": no word before it
	}
	i := strings.LastIndexByte(before, ' ') + 1
	if i == 0 {
		return false // the sentence's first word
	}
	w := strings.TrimRight(before[i:], ".")
	return startsUpper(w) && !inSetFold(months, w) && !inSetFold(weekdays, w)
}

// timeZones are the words after a clock time that name its zone.
var timeZones = wordSet(`gmt utc bst est edt cst cdt mst mdt pst pdt et pt cet cest eet ist jst aest hkt sgt`)

// lowerFirst returns a qualifier that opens a sentence ("More than")
// as it reads inside one.
func lowerFirst(qual string) string {
	if qual == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(qual)
	return string(unicode.ToLower(r)) + qual[n:]
}

// pluralAfter returns, for a figure's word in the singular and lower case
// (a noun's modifier: "14 felony charges", "13 coal miners", "27 rocket
// engines"), the plural noun right after it in rest, without its s, and
// how much of rest it used; else "".
func pluralAfter(word, rest string) (string, int) {
	if word == "" || !unicode.IsLower(rune(word[0])) || strings.HasSuffix(word, "s") || !strings.HasPrefix(rest, " ") {
		return "", 0
	}
	next, after := letterWord(rest[1:])
	if len(next) < 4 || !strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ss") || !unicode.IsLower(rune(next[0])) || notPlural[next] {
		return "", 0
	}
	return strings.TrimSuffix(next, "s"), len(rest) - len(after)
}

// notPlural are words in s that are no plural nouns.
var notPlural = wordSet(`this thus was has does goes makes takes gives says seems remains means its whereas always perhaps`)

// unitOf returns the unit of a figure: the word after it (word), lower
// case, without a plural s; after a scale ("$2 billion") or a word that
// links it to its noun ("50.9% of the vote", "49.1% for Bolsonaro"), with
// the first content word of rest, the text after word, when one comes
// before the clause ends (and how much of rest it used, to show it): "$100 billion liquidity line" and "more than $2
// billion" are two amounts of two things, "50.9% of the vote" and "99.5%
// of ballots counted" two shares of two.
func unitOf(word, rest string) (unit string, used int) {
	unit = strings.TrimSuffix(strings.ToLower(word), "s")
	scale := figureScales[unit]
	if !scale && !figureLinks[unit] {
		if noun, used := pluralAfter(word, rest); noun != "" {
			return noun, used // "14 felony charges" counts charges, as "14 charges" does
		}
		return unit, 0
	}
	for left := rest; len(rest)-len(left) < 40; {
		left = strings.TrimLeft(left, " ")
		if r, _ := utf8.DecodeRuneInString(left); !unicode.IsLetter(r) {
			return unit, 0 // the clause ends: "more than $2 billion, the FT said"
		}
		var w string
		w, left = letterWord(left)
		w = strings.ToLower(w)
		switch {
		case figureLinks[w] || figureScales[strings.TrimSuffix(w, "s")]:
			continue
		case scale && scaleStops[w]:
			return unit, 0 // "$2 billion in aid", "$3 billion to Ukraine"
		case scale:
			return unit + " " + strings.TrimSuffix(w, "s"), len(rest) - len(left)
		}
		noun := strings.TrimSuffix(w, "s")
		// "99.5% of the vote counted" is how far the count has gone, no
		// share of the vote.
		if next, after := letterWord(left); strings.HasPrefix(left, " ") && countedWords[strings.ToLower(next)] {
			return noun + " " + strings.ToLower(next), len(rest) - len(after)
		}
		return noun, len(rest) - len(left)
	}
	return unit, 0
}

// percentMark returns "%" for a figure's percent sign or word, so that
// "50.9%" and "50.9 percent" agree.
func percentMark(s string) string {
	if s == "" {
		return ""
	}
	return "%"
}

// figureScales are the words of scale a figure may have ("$3.1 million");
// figureLinks the words between a figure and its noun ("a third of the
// vote").
var (
	figureScales = wordSet(`hundred thousand million billion trillion bn`)
	figureLinks  = wordSet(`of for the a an its their his her our this that these those`)
	countedWords = wordSet(`counted tallied processed reporting`)
	scaleStops   = wordSet(`in to on at by from and or with into over after as for`)
)

// conflicts returns the figures of candidate k that the sentences stating
// its fact in other versions give otherwise, with the same unit. It never
// makes a figure up: each value is as one of the versions gives it.
func (p *pool) conflicts(docs []Document, k int) []Conflict {
	own := p.mentions(k)
	if len(own) == 0 {
		return nil
	}
	// k and the sentences of its fact in other versions, with their figures.
	group := []int{k}
	for _, e := range p.graph.Adj[k] {
		if j := int(e.To); p.cands[j].doc != p.cands[k].doc && p.same(k, j, e.W) {
			group = append(group, j)
		}
	}
	said := make([][]mention, len(group))
	for g, j := range group {
		said[g] = p.mentions(j)
	}
	var out []Conflict
	for _, m := range own {
		if sameUnit(own, m) > 1 {
			continue // "229 passengers and 12 crew" is two figures, not two values
		}
		var values []string           // in the order met, the sentence's first
		byValue := map[string][]int{} // value → documents
		shown := map[string]string{}
		for g, j := range group {
			theirs := said[g]
			if sameUnit(theirs, m) != 1 {
				continue // none, or two that cannot be told apart
			}
			for _, o := range theirs {
				if o.unit != m.unit || o.role != m.role || farApart(o.value, m.value) {
					continue
				}
				v := o.value
				if i := slices.IndexFunc(values, func(u string) bool { return sameValue(u, v) }); i >= 0 {
					v = values[i] // "$26 billion" is "$26.2 billion" rounded
				} else {
					values = append(values, v)
					shown[v] = o.shown
				}
				if d := p.cands[j].doc; !slices.Contains(byValue[v], d) {
					byValue[v] = append(byValue[v], d)
				}
			}
		}
		if len(values) < 2 {
			continue
		}
		c := Conflict{Figure: m.shown}
		for _, v := range values {
			c.Values = append(c.Values, Value{Value: shown[v], Support: sortedNames(docs, byValue[v])})
		}
		out = append(out, c)
	}
	return out
}

// sameUnit counts the mentions of of's unit and role.
func sameUnit(ms []mention, of mention) int {
	n := 0
	for _, m := range ms {
		if m.unit == of.unit && m.role == of.role {
			n++
		}
	}
	return n
}

// sameValue reports whether two figures' values (see mention) are one:
// the same, or one the other rounded to as many decimals as it gives
// ("26" is "26.2" rounded, "3.1" is "3.14"). A rounded figure is no
// other value.
func sameValue(a, b string) bool {
	if a == b {
		return true
	}
	if strings.HasSuffix(a, "%") != strings.HasSuffix(b, "%") {
		return false
	}
	a, b = strings.TrimSuffix(a, "%"), strings.TrimSuffix(b, "%")
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	if errA != nil || errB != nil {
		return false
	}
	da, db := decimals(a), decimals(b)
	if da < db {
		x, y, da, db = y, x, db, da
	}
	// x gives more decimals: rounded to y's, it is y.
	scale := math.Pow(10, float64(db))
	return math.Round(x*scale) == math.Round(y*scale)
}

// decimals returns how many digits a number in digits gives after its
// point.
func decimals(num string) int {
	if i := strings.IndexByte(num, '.'); i >= 0 {
		return len(num) - i - 1
	}
	return 0
}

// farApart reports whether two values of a unit are more than ten times
// apart: then they count different things, one a part of the other ("10
// people" killed by an avalanche the quake set off, "over 1,450 people"
// killed by the quake), not one count that versions give otherwise.
func farApart(a, b string) bool {
	x, errA := strconv.ParseFloat(strings.TrimSuffix(a, "%"), 64)
	y, errB := strconv.ParseFloat(strings.TrimSuffix(b, "%"), 64)
	if errA != nil || errB != nil || x <= 0 || y <= 0 {
		return false
	}
	return x > 10*y || y > 10*x
}

// disagree reports whether candidates a and b give a figure of one unit
// and role with other values ("12 people", "at least 30 people").
func (p *pool) disagree(a, b int) bool {
	ma, mb := p.mentions(a), p.mentions(b)
	for _, x := range ma {
		for _, y := range mb {
			if x.unit == y.unit && x.role == y.role && !sameValue(x.value, y.value) {
				return true
			}
		}
	}
	return false
}

// Casualty tolls only rise as a disaster's story develops: a version that
// gives a higher toll of the same deaths is the later one, or counts more
// of them (the people on the ground too). tollREs find a toll of deaths in
// a sentence, in digits.
var tollREs = []*regexp.Regexp{
	// a toll's verb far from it, after the names of what it counts: "The
	// death toll in the accident involving the … Express, the … Express
	// and a goods train has reached 294"
	regexp.MustCompile(`(?i)\bdeath toll\b[^.;]{80,200}?\b(?:reached|rose to|risen to|climbed to|jumped to|increased to|stands at|stood at)\s+(?:over |more than |at least |nearly |almost |about |some |around )?` + tollCount + `\b`),
	regexp.MustCompile(`(?i)\bdeath toll\b(?:[^.;]|\d\.\d){0,80}?\b(?:to|at|of|above|reached|passed|past|exceeded|hit|topped|surpassed)\s+(?:over |more than |at least |nearly |almost |about |some |around )?` + tollCount + `\b`),
	// "with the number of fatalities soaring to 11,300"
	regexp.MustCompile(`(?i)\b(?:number of (?:deaths|fatalities|dead)|fatalities|deaths)\b[^.;\d]{0,40}?\b(?:soar(?:ing|ed) to|ris(?:ing|en) to|rose to|climb(?:ing|ed) to|jump(?:ing|ed) to|reach(?:ing|ed)|st(?:ood|ands) at)\s+(?:over |more than |at least |nearly |almost |about |some |around )?` + tollCount + `\b`),
	regexp.MustCompile(`(?i)\b(?:death total\b[^.;]{0,20}?\b(?:to|of|at)|bringing the (?:confirmed |combined |overall )?total to)\s+(?:over |more than |at least |nearly |almost |about |some |around )?` + tollCount + `\b`),
	regexp.MustCompile(`(?i)\b(?:killing|killed|kills|(?:claiming|claimed|claims|taking|took|taken) the lives of)\s+(?:at least |more than |over |nearly |almost |about |some |around |all )?` + tollCount + `\b`),
	regexp.MustCompile(`(?i)\b` + tollCount + `\s+(?:[a-z]+\s+){0,4}(?:were |have been |had been |are |was |is )?(?:killed|dead|died|deaths|fatalities)\b`),
	regexp.MustCompile(`(?i)\b` + tollCount + `\s+[^.;\d]{0,40}?\blost (?:their|his|her) lives\b`),
	// "at least 53 people are confirmed to have died"
	regexp.MustCompile(`(?i)\b` + tollCount + `\s+(?:[a-z]+\s+){0,2}(?:are|were|is|was|have been|had been)\s+(?:confirmed|reported|known)\s+(?:to have\s+)?(?:died|been killed|dead)\b`),
	// the bodies found: "Five bodies have been recovered", "divers
	// retrieved 12 bodies"; not "four more bodies", which adds to a toll
	regexp.MustCompile(`(?i)\b` + tollCount + `\s+bodies\s+(?:(?:have|had) (?:now )?been |were |are )?(?:recovered|found|pulled|retrieved)\b`),
	regexp.MustCompile(`(?i)\b(?:recovered|found|pulled out|retrieved)\s+(?:at least |more than |over |nearly |almost |about |some |around |the )?` + tollCount + `\s+bodies\b`),
	// "a shooting that claimed at least 143 lives", "has cost 12 lives"
	regexp.MustCompile(`(?i)\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taken|taking)\s+(?:at least |more than |over |nearly |almost |about |some |around )?` + tollCount + `\s+(?:more\s+)?lives\b`),
	// the figure before the toll: "raising to five the death toll"
	regexp.MustCompile(`(?i)\b(?:raising|raised|bringing|brought|pushing|pushed|taking|took) to (?:at least |more than |over |nearly |almost |about |some |around )?` + tollCount + ` the (?:confirmed |official )?(?:death toll|number of (?:dead|deaths|fatalities))\b`),
	// who they were, between commas: "At least six people, including a
	// child, died", "At least 265 people, including 241 of the 242 on
	// board the flight, were killed"
	regexp.MustCompile(`(?i)\b` + tollCount + `\s+(?:[a-z]+\s+){0,2}[a-z]+, (?:including|among them|most of them|many of them|mostly|mainly|all of them)\b[^,;.]{0,90}, (?:were |have been |had been |are |was |have |had )?(?:killed|dead|died)\b`),
}

// pastEventRE finds a sentence of another, earlier disaster, whose toll
// is no toll of the story's: "killed about 12,000 people in 1960", "The
// 1999 Izmit earthquake killed more than 17,000 people", "the 300 killed in
// the 2009 L’Ostra earthquake", "Last July, 48
// people were killed after another domestic flight crashed", "At the
// time, 158 people were killed" (after a sentence on a crash of 2010),
// "The ceasefire comes after a year marked by intense conflict, with …
// nearly 3,800 fatalities", "after 14 months of fighting that killed …",
// "… have killed over 3,500 people since October 2023" (a war's toll). A
// year after "since" is a comparison, and the toll the story's: "…
// 15,383, the deadliest since 1939", but for the event it names ("since
// 1987, when 140 people died").
var pastEventRE = regexp.MustCompile(`(?i)\bin (?:1[89]|20)\d\d\b|\bat the time\b|\bsince (?:1[89]|20)\d\d,? when\b|` +
	`\b(?:1[89]|20)\d\d (?:[\pL'’-]+ ){0,3}(?:earthquake|quake|tsunami|crash|attack|bombing|disaster|flood|fire|storm|hurricane|cyclone|typhoon|eruption)|` +
	`\blast (?:year|month|week|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|` +
	`\b(?:another|previous|earlier) (?:[a-z-]+ ){0,2}(?:crash|quake|earthquake|disaster|attack|accident|flood|fire|storm)|` +
	// what the news follows on: "The ceasefire comes after a year marked
	// by intense conflict, with … nearly 3,800 fatalities"
	`\bcomes? (?:after|amid)\b|\bsince (?:the start of the war|the war (?:began|started)|(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:19|20)\d\d)\b|\bafter (?:more than |nearly |over |almost )?(?:a|one|two|three|\d+) (?:years?|months?|decades?) of\b`)

// tollCount is the group of tollREs that gives a toll's count: in
// digits, or a number word up to fifty ("six people confirmed dead",
// "killing two people"; see tollWords).
const tollCount = `(\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b)`

// tollWords are the values of the number words of tollCount.
var tollWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}

// tollValue returns the count of a toll whose figure is text[i:j]: its
// value, or, for "four of the 300 people aboard died", the
// count before "of the" (a part of those on board died); ok is false for
// "no one" and for a figure that is none.
func tollValue(text string, i, j int) (n float64, ok bool) {
	before := strings.ToLower(text[:i])
	for _, of := range []string{" of the ", " of "} {
		if b, found := strings.CutSuffix(before, of); found {
			k := strings.LastIndexByte(b, ' ') + 1
			if v, ok := countOf(b[k:]); ok {
				return v, true
			}
		}
	}
	if strings.EqualFold(text[i:j], "one") && strings.HasSuffix(before, "no ") {
		return 0, false
	}
	return countOf(text[i:j])
}

// countOf returns the value of a count in digits or a number word.
func countOf(w string) (float64, bool) {
	if v, ok := tollWords[strings.ToLower(w)]; ok {
		return v, true
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return n, err == nil
}

// toll returns the largest toll of deaths text gives, or 0, and 0 for a
// sentence of another, earlier disaster (see pastEventRE). A figure given
// as a bound ("As many as 20 people are dead", see isEstimate) is no
// toll: the count is not known yet, and a later report's lower count is
// no revision of it.
func toll(text string) float64 {
	count, _ := tollOrEstimate(text)
	return count
}

// tollOrEstimate returns the largest toll of deaths text gives as a count
// (see toll) and the largest it gives as a bound (see isEstimate), or 0s.
func tollOrEstimate(text string) (count, bound float64) {
	if deathWords.find(text) == 0 {
		return 0, 0
	}
	for _, re := range tollREs {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			n, ok := tollValue(text, m[2], m[3])
			switch {
			case !ok, orHurt(text[m[1]:]):
			case isEstimate(text[:m[2]]):
				bound = max(bound, n)
			default:
				count = max(count, n)
			}
		}
	}
	if (count > 0 || bound > 0) && pastEventRE.MatchString(text) {
		return 0, 0 // costly: tried only on a toll
	}
	return count, bound
}

// orHurt reports whether the text after a toll's words counts the hurt
// with the dead: "left over 100 people dead or injured" counts casualties,
// not deaths.
func orHurt(after string) bool {
	for _, w := range []string{" or injured", " or wounded", " or hurt", " or missing", " and/or injured", " or seriously injured"} {
		if hasLowerASCIIPrefix(after, w) {
			return true
		}
	}
	return false
}

// isEstimate reports whether the text before a figure makes it a bound
// rather than a count: "as many as", "up to", "possibly", or what the
// toll may come to: "could rise to nearly", "is expected to reach".
func isEstimate(before string) bool {
	before = strings.ToLower(strings.TrimRight(before, " "))
	if strings.HasSuffix(before, "as many as") || strings.HasSuffix(before, "up to") || strings.HasSuffix(before, "possibly") {
		return true
	}
	for _, q := range []string{" nearly", " about", " around", " more than", " over", " almost", " some", " at least"} {
		before = strings.TrimSuffix(before, q)
	}
	for _, p := range prospectTolls {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// prospectTolls are the words before a figure that give what a toll may
// come to, not what it is: "The death toll, currently five, could rise to
// nearly 50".
var prospectTolls = []string{"could rise to", "may rise to", "might rise to", "could climb to", "may climb to",
	"could reach", "may reach", "might reach", "could top", "could exceed", "expected to rise to", "expected to reach",
	"feared to rise to", "likely to rise to"}

// injuredREs find a count of the injured: "1,170 people were injured",
// "injuring at least 40".
var injuredREs = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(\d[\d,]*)\s+(?:[a-z]+\s+){0,3}(?:were |have been |had been |are |was |is )?(?:injured|hurt|wounded)\b`),
	regexp.MustCompile(`(?i)\b(?:injuring|wounding)\s+(?:at least |more than |over |nearly |almost |about |some |around )?(\d[\d,]*)\b`),
}

// injured returns the largest count of the injured text gives, or 0.
func injured(text string) float64 {
	if !strings.ContainsAny(text, "0123456789") || !strings.Contains(text, "injur") && !strings.Contains(text, "hurt") && !strings.Contains(text, "wound") {
		return 0
	}
	var most float64
	for _, re := range injuredREs {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			if n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil {
				most = max(most, n)
			}
		}
	}
	return most
}

var (
	// missingRoseRE finds a count of the missing told as risen: "the
	// number of missing residents rose to 159".
	missingRoseRE = regexp.MustCompile(`(?i)\b(?:missing|unaccounted)\b[^.;\d]{0,40}?\b(?:rose|risen|climbed|jumped|increased|grew|reached)\s+to\s+(?:at least |more than |over |nearly |about |some |around )?(\d[\d,]*)`)
	// missingRE finds a count of the missing: "99 people remain
	// unaccounted for", "159 were still missing", "99 people are reported
	// missing".
	missingRE = regexp.MustCompile(`(?i)\b(\d[\d,]*)\s+(?:[a-z]+\s+){0,4}(?:missing|unaccounted)\b`)
)

// missingCount returns the count of the missing text gives, the highest,
// and whether it tells it as risen (see missingRoseRE); 0 if none.
func missingCount(text string) (float64, bool) {
	if !strings.Contains(text, "missing") && !strings.Contains(text, "unaccounted") {
		return 0, false
	}
	if m := missingRoseRE.FindStringSubmatch(text); m != nil {
		if n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil {
			return n, true
		}
	}
	var most float64
	for _, m := range missingRE.FindAllStringSubmatch(text, -1) {
		if n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil {
			most = max(most, n)
		}
	}
	return most, false
}

// fearedDead reports whether text tells deaths feared, not counted:
// "several passengers … are feared dead", "many are feared to have died".
func fearedDead(text string) bool {
	i := strings.Index(text, "feared")
	if i < 0 {
		return false
	}
	after := text[i+len("feared"):]
	return strings.HasPrefix(after, " dead") || strings.HasPrefix(after, " killed") || strings.HasPrefix(after, " to have died") ||
		strings.HasPrefix(after, " to be dead") || strings.HasPrefix(after, " lost")
}

// uncountedRE finds deaths told without a count: "a number of
// fatalities", "there have been fatalities", "several people have died".
var uncountedRE = regexp.MustCompile(`(?i)\b(?:a number of|several|multiple|many) (?:[a-z]+ ){0,2}(?:fatalities|deaths|dead)\b|` +
	`\b(?:several|multiple|many) (?:[a-z]+ )?(?:have |had |were |are )?(?:died|been killed|killed|dead)\b|` +
	`\bthere (?:have been|were|had been|are) (?:[a-z]+ )?fatalities\b|` +
	`\b(?:dozens|scores|hundreds|thousands|tens of thousands)\b(?: of)?(?: [a-z]+){0,3}? (?:are |were |have been |had been |must be |may be |could be )?(?:feared )?(?:dead|died|killed)\b`)

// uncountedDeaths reports whether text tells deaths without counting
// them (see uncountedRE), which a count tells better.
func uncountedDeaths(text string) bool {
	return deathWords.find(text) != 0 && uncountedRE.MatchString(text)
}

// deathWords are the words a toll of deaths is told with (see tollREs),
// found in any case inside words ("killed", "Fatalities").
var deathWords = newLiterals([]string{"kill", "dead", "death", "died", "fatalit", "lives", "bodies"})

// tolls returns each candidate's toll of deaths (see toll), found once.
func (p *pool) tolls() []float64 {
	if p.tollOf == nil {
		p.tollOf, p.boundOf = make([]float64, len(p.cands)), make([]float64, len(p.cands))
		for k, c := range p.cands {
			p.tollOf[k], p.boundOf[k] = tollOrEstimate(c.text)
		}
	}
	return p.tollOf
}

// bounds returns each candidate's toll of deaths given as a bound (see
// tollOrEstimate), found once.
func (p *pool) bounds() []float64 {
	p.tolls()
	return p.boundOf
}

// mentions returns the figures of candidate k (see mentions), found once.
func (p *pool) mentions(k int) []mention {
	if p.mentionsOf == nil {
		p.mentionsOf = make([][]mention, len(p.cands))
		p.mentionsFound = make([]bool, len(p.cands))
	}
	if !p.mentionsFound[k] {
		p.mentionsOf[k], p.mentionsFound[k] = mentionsOf(p.cands[k].text, p.tolls()[k]), true
	}
	return p.mentionsOf[k]
}
