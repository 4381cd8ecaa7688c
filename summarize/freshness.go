package summarize

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	porter "github.com/blevesearch/go-porterstemmer"
)

// A story develops: the version written before the verdict says what the
// judge "will decide", the one written after says what she decided. Both
// are true when written; side by side in one brief the first is stale.
// superseded finds such prospects: a sentence that says an event is to
// come (a prospect: "will decide", "is expected to resign", "if
// convicted", "faces up to 30 years") whose event another version reports
// as done, in the past tense ("was sentenced", "resigned"). The event is
// the first content word after the prospect's marker; done is a past form
// of the same stem ("decide" and "decided", "win" and "won") in a
// sentence that is no prospect itself ("will be sentenced", "will stay
// closed").
//
// The version that reports the event done is the later one: it could not
// report it otherwise. When both versions are dated, the one that reports
// it done must not be dated before the prospect's, or it tells of another,
// earlier event of the same kind.

// facesRE finds a penalty to come: "faces up to 30 years in prison", "could
// face life", "faces the prospect of decades behind bars", whose event is
// a sentence.
var facesRE = regexp.MustCompile(`(?i)\bfac(?:es|e|ing) (?:the prospect of |a possible |possible )?(?:up to|a maximum of|as (?:much|many) as|life|decades|years|a (?:possible |maximum )?(?:sentence|prison|jail))`)

// penaltyRE finds a term in prison: "decades in prison", "life in jail".
var penaltyRE = regexp.MustCompile(`(?i)\b(?:years|decades|months|life) (?:in|behind) (?:prison|jail|bars)\b`)

// penaltyToCome reports whether text names a term in prison (see
// penaltyRE) that it does not report passed: no past form of "sentence"
// comes before it (see pastForms: "… will die in jail after he was
// sentenced to 30 years in prison" tells the sentence passed; "want him
// sentenced to 40 years in prison", a wish, does not).
func penaltyToCome(text string) bool {
	at := penaltyRE.FindStringIndex(text)
	return at != nil && !slices.Contains(pastForms(text[:at[0]]), "sentenc")
}

// penaltyEvents are the stems a sentence passed reports a penalty with.
var penaltyEvents = []string{"sentenc", "jail", "imprison"}

// mayReport reports whether text may have the event of stem ev in a past
// form: it holds the stem ("decid" in "decided"), or an irregular past
// form of it ("won" for "win"). It is a quick test before pastForms.
func mayReport(text, ev string) bool {
	if strings.Contains(text, ev) {
		return true
	}
	for _, past := range pastsOf[ev] {
		if strings.Contains(text, past) {
			return true
		}
	}
	return false
}

// pastsOf lists, per stem of pastStems, its irregular past forms.
var pastsOf = func() map[string][]string {
	m := make(map[string][]string)
	for past, stem := range pastStems {
		m[stem] = append(m[stem], past)
	}
	return m
}()

// pastStems maps irregular past forms that news reports events with to
// their stems.
var pastStems = func() map[string]string {
	m := make(map[string]string)
	for _, pair := range strings.Fields(`began:begin begun:begin broke:break broken:break brought:bring
		built:build bought:buy caught:catch chose:choose chosen:choose drew:draw drawn:draw drove:drive
		driven:drive fell:fall fallen:fall fought:fight found:find flew:fly flown:fly froze:freeze
		frozen:freeze gave:give given:give grew:grow grown:grow held:hold hid:hide hidden:hide
		kept:keep knew:know known:know led:lead lost:lose made:make met:meet paid:pay
		ran:run rose:rise risen:rise sent:send shot:shoot sold:sell spent:spend spoke:speak
		spoken:speak stood:stand struck:strike swore:swear sworn:swear took:take taken:take
		told:tell threw:throw thrown:throw won:win wrote:write written:write withdrew:withdraw
		withdrawn:withdraw upheld:uphold overthrew:overthrow beaten:beat`) {
		past, base, _ := strings.Cut(pair, ":")
		m[past] = porter.StemString(base)
	}
	return m
}()

// superseded returns, per candidate of p, whether it is a prospect that
// another version reports done (see the comment above), and per document
// whether it is a later one: it reports done what minOvertaken other
// versions or more say is to come. dates holds each
// document's date, zero when unknown; stop is the stopword list. A
// sentence that reports the event done has a cosine of staleMinSim or
// more with the prospect, so only the prospect's neighbours in the graph
// are read for past forms, each once.
func superseded(p *pool, dates []Date, stop map[string]bool) (drop, later []bool) {
	return supersededBy(p, dates, stop, nil, staleMinSim)
}

// supersededEarlier returns, per candidate of p, whether it is a prospect
// of a version written before the story's latest state (latest, see
// latestVersions) that one of the latest versions reports done at a
// cosine of earlierStaleMinSim or more: once the later versions are known,
// a forecast of theirs ("Sky predicts a majority of 225 MPs will vote
// against the deal") is overtaken by their report ("MPs have voted 432 to
// 202 to vote down Theresa May's deal", cosine 0.08) in fewer words in
// common. nil when latest is.
func supersededEarlier(p *pool, dates []Date, stop map[string]bool, latest []bool) []bool {
	if latest == nil {
		return nil
	}
	drop, _ := supersededBy(p, dates, stop, latest, earlierStaleMinSim)
	return drop
}

// earlierStaleMinSim is staleMinSim for a prospect of an earlier version
// and a report of a latest one (see supersededEarlier).
const earlierStaleMinSim = 0.05

// supersededBy is superseded with the reports read only in the documents
// latest marks (all when nil), at a cosine of minSim or more.
func supersededBy(p *pool, dates []Date, stop map[string]bool, latest []bool, minSim float64) (drop, later []bool) {
	overtakes := make(map[int]map[int]bool) // per document, the documents whose prospects it reports done
	type reading struct {
		prospect bool
		past     []string // the stems it has in a past form
	}
	prospect := make([]bool, len(p.cands))
	pending := make([]bool, len(p.cands)) // its only prospects are what is yet to be done
	events := make([][]string, len(p.cands))
	for k, c := range p.cands {
		m := prospectMarkers(c.text)
		prospect[k] = len(m) > 0 // a report is no prospect, whatever its version
		pending[k] = prospect[k] && !slices.ContainsFunc(m, func(m marker) bool { return m.word != "yet" })
		if latest == nil || !latest[c.doc] {
			events[k] = eventsOf(c.text, m, stop)
		}
	}
	read := make(map[int]*reading)
	readOf := func(j int) *reading {
		r, ok := read[j]
		if !ok {
			r = &reading{prospect: prospect[j]}
			if text := p.cands[j].text; !r.prospect && !earlierTime(text) {
				r.past = pastForms(text)
			}
			read[j] = r
		}
		return r
	}
	for k, c := range p.cands {
		events := events[k]
		if events == nil || latest != nil && latest[c.doc] {
			continue
		}
	edges:
		for _, e := range p.graph.Adj[k] {
			j := int(e.To)
			d := p.cands[j].doc
			if d == c.doc || e.W < minSim || latest != nil && !latest[d] ||
				!dates[c.doc].IsZero() && !dates[d].IsZero() && dates[d].Compare(dates[c.doc]) < 0 {
				continue
			}
			text := p.cands[j].text
			if !slices.ContainsFunc(events, func(ev string) bool { return mayReport(text, ev) }) {
				continue
			}
			r := readOf(j)
			for _, ev := range events {
				if slices.Contains(r.past, ev) && common(p.vecs[k].Terms, p.vecs[j].Terms) >= 2 {
					if drop == nil {
						drop = make([]bool, len(p.cands))
					}
					drop[k] = true
					if pending[k] {
						// "had yet to call the race" is no forecast: a
						// version written before it was called, or about
						// another race, and no mark of a later version
						continue edges
					}
					if overtakes[d] == nil {
						overtakes[d] = make(map[int]bool)
					}
					overtakes[d][c.doc] = true
					continue edges // and the other versions that report it done
				}
			}
		}
	}
	for d, of := range overtakes {
		if len(of) >= minOvertaken {
			if later == nil {
				later = make([]bool, len(dates))
			}
			later[d] = true
		}
	}
	return drop, later
}

// earlierTimeRE finds a sentence of what happened at another, earlier
// time, which reports no prospect of the story done: "… won her first
// term 5 1/2 years ago", "as she did last year". (A year is no such mark:
// "was sentenced on Thursday for a fraud that began in 2019".)
var earlierTimeRE = regexp.MustCompile(`(?i)\b(?:ago|previously|formerly)\b|\blast (?:year|month|week|time)\b`)

// earlierWords are the words earlierTimeRE needs, one of which a sentence
// holds before the expression is tried.
var earlierWords = newLiterals([]string{"ago", "previously", "formerly", "last "})

// earlierTime reports whether earlierTimeRE matches text.
func earlierTime(text string) bool {
	return earlierWords.find(text) != 0 && earlierTimeRE.MatchString(text)
}

// minOvertaken is how many other versions' prospects a version reports
// done for it to be a later one: one prospect overtaken ("Trump would
// announce the step" beside "announced Thursday") is a detail; several
// versions' are a story that moved on (the sentencing to come, told by
// the versions before it, and the sentence passed).
const minOvertaken = 2

// staleMinSim is the least cosine between a prospect and the sentence that
// reports its event done; they also share a term besides the event's: the
// two tell of one thing ("will decide on the levy", "decided on the
// levy"), not of two that are decided.
const staleMinSim = 0.1

// common returns how many terms two sorted term lists share.
func common(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// prospectEvents returns the stems of the events text says are to come:
// the event after each prospect's marker (see prospectMarkers), and a
// sentence passed when the prospect is a penalty ("faces up to 30 years",
// "could amount to decades in prison").
func prospectEvents(text string, stop map[string]bool) []string {
	return eventsOf(text, prospectMarkers(text), stop)
}

// eventsOf is prospectEvents of text with its markers.
func eventsOf(text string, markers []marker, stop map[string]bool) []string {
	var out []string
	if (strings.Contains(text, "face") || strings.Contains(text, "facing") || strings.Contains(text, "Fac")) && facesRE.MatchString(text) ||
		len(markers) > 0 && (strings.Contains(text, "prison") || strings.Contains(text, "jail") || strings.Contains(text, "bars")) && penaltyToCome(text) {
		out = append(out, penaltyEvents...)
	}
	for _, m := range markers {
		out = append(out, eventsAfter(m.word, text[m.end:], stop)...)
	}
	return out
}

// A marker is a prospect's marker in a sentence: its last word ("will",
// "set", "if", or "to" of "is expected to") and where the text after it
// starts.
type marker struct {
	word string
	end  int
}

// prospectMarkers returns the markers of text, in lower case ("May" is a
// month), but for a sentence's "If": a modal ("will", "would", "could",
// "may", "might", "shall"), "set", "if", a wish ("want", "asked", "urged":
// see wishes), "is expected to" and its kin
// ("are due to", "was set to", "is likely to", "is about to", "is going
// to", "is widely expected to"), "plans to", "aims to", "intends to" and
// their forms.
func prospectMarkers(text string) []marker {
	var out []marker
	var prev, prev2, prev3 string
	for i := 0; ; {
		w, after := letterWord(text[i:])
		if w == "" {
			return out
		}
		end := len(text) - len(after)
		switch w {
		case "will", "would", "could", "may", "might", "shall", "set", "if":
			out = append(out, marker{w, end})
		case "If":
			out = append(out, marker{"if", end})
		case "to":
			if prev == "yet" { // "had yet to call the race"
				out = append(out, marker{"yet", end})
			} else if toPlans[prev] || toStates[prev] && (beForms[prev2] || strings.HasSuffix(prev2, "ly") && beForms[prev3]) {
				out = append(out, marker{w, end})
			}
		case "yet":
			if prev == "not" { // "has not yet been called"
				out = append(out, marker{w, end})
			}
		case "want", "wants", "wanted", "asked", "asks", "urged", "urges", "sought", "seek", "seeks",
			"hoped", "hope", "hopes", "demanded", "demands", "recommended", "recommends": // wishes
			out = append(out, marker{"wish", end})
		}
		prev3, prev2, prev, i = prev2, prev, w, end
	}
}

var (
	// openEnded are verbs of no one event that is then done: what will
	// "happen", or a toll that "will rise" and goes on rising.
	openEnded = wordSet(`happen occur come go get make take do give put see say tell need want like look seem
		become keep let remain stay continue try follow receive rise climb increase grow fall drop decline
		mount worsen change`)
	// wishes before a past form make it what someone wants done, not what
	// was: "prosecutors want him sentenced to 40 years".
	wishes   = wordSet(`want wants wanted asked asks urged urges sought seek seeks hoped hope hopes demanded demands recommended recommends`)
	toPlans  = wordSet(`plan plans planned aim aims intend intends`)
	toStates = wordSet(`expected due set scheduled likely poised about going`)
	beForms  = wordSet(`is are was were`)
)

// eventsAfter returns the stem of the event after a prospect's marker: its
// first content word within a few; none when the prospect is negated
// ("would not be charged"), is what did not happen ("would have won"), or
// the word is a name or a verb of no one event (see openEnded). After "if", the event
// is a past participle ("if convicted"); after "set", a thing set for a
// date ("set sentencing for April 18").
func eventsAfter(marker, rest string, stop map[string]bool) []string {
	if marker == "wish" {
		return wished(rest)
	}
	for range 6 { // "will not be", "is expected to be formally"
		w, after := letterWord(rest)
		if w == "" {
			break
		}
		rest = after
		lw := strings.ToLower(w)
		if lw == "not" || lw == "never" || lw == "no" || lw == "have" { // "would have won": what did not happen
			return nil
		}
		if stop[lw] || strings.HasSuffix(lw, "ly") {
			continue
		}
		if w != lw { // a name is no event
			break
		}
		if openEnded[lw] {
			return nil
		}
		switch {
		case marker == "if" && !isPastForm(lw) && !irregularPast[lw]:
			return nil
		case marker == "set" && !strings.HasPrefix(rest, " for "):
			return nil
		}
		return []string{stem(lw)}
	}
	return nil
}

// wished returns the stem of what a wish asks done: the first past
// participle within a few words ("prosecutors want Bankman-Fried
// sentenced to 40 years") and before any "to", or none.
func wished(rest string) []string {
	for range 4 {
		w, after := letterWord(rest)
		if w == "" || w == "to" { // "wanted the cottage to feel lived in": another verb's
			return nil
		}
		rest = after
		if lw := strings.ToLower(w); w == lw && (isPastForm(lw) || irregularPast[lw]) {
			if s, ok := pastStems[lw]; ok {
				return []string{s}
			}
			return []string{stem(lw)}
		}
	}
	return nil
}

// pastForms returns the stems text has in a past form ("decided",
// "won"), or after "managed to" ("managed to refloat"). A past
// participle that opens the sentence ("Announced in 2020, the accords …")
// or follows a determiner or a preposition ("the enhanced ties", "of
// proposed cuts") is an adjective, not a report that something was done.
func pastForms(text string) []string {
	var out []string
	var last [3]string // the words before, the nearest first
	for rest := text; ; {
		w, after := letterWord(rest)
		if w == "" {
			return out
		}
		rest = after
		p := last[0]
		before := last
		last = [3]string{strings.ToLower(w), last[0], last[1]}
		if p == "" || determiners[p] || prepositions[p] || strings.IndexFunc(w, unicode.IsUpper) >= 0 ||
			wishes[before[0]] || wishes[before[1]] || wishes[before[2]] {
			continue
		}
		if s, ok := pastStems[w]; ok {
			out = append(out, s)
		} else if isPastForm(w) {
			out = append(out, stem(w))
		} else if p == "to" && managedWords[before[1]] {
			out = append(out, stem(w)) // "crews managed to free the ship": it was freed
		}
	}
}

// managedWords before "to" and a verb report it done.
var managedWords = wordSet(`managed`)

// prepositions before a past participle make it an adjective.
var prepositions = wordSet(`of in on at by for with from into over under after before about against without`)

// letterWord returns the first word of s, a run of letters, and the text
// after it; "" at the end.
func letterWord(s string) (word, rest string) {
	start := -1
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
			switch {
			case letter && start < 0:
				start = i
			case !letter && start >= 0:
				return s[start:i], s[i:]
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		letter := wordLetter(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			return s[start:i], s[i:]
		}
		i += size
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}

// latestVersions returns, per document, whether it tells the story's
// latest state, or nil when none can be told from the others: the
// versions of the latest day when the versions' dates span developing or
// more, else those that report done what another version says is to come
// (later, from superseded). A story told the same day by all is one
// state. With dates, an undated version is of the latest state too when
// it is later by what it reports done, or gives a higher toll of deaths
// (tolls, per document its highest; see toll) than the versions of the
// latest day: tolls only rise, and pages often carry no date.
func latestVersions(dates []Date, later []bool, tolls []float64) []bool {
	var lo, hi Date
	for _, d := range dates {
		if d.IsZero() {
			continue
		}
		if lo.IsZero() || d.Compare(lo) < 0 {
			lo = d
		}
		if hi.IsZero() || d.Compare(hi) > 0 {
			hi = d
		}
	}
	if !lo.IsZero() && hi.Time.Sub(lo.Time) >= developing {
		out := make([]bool, len(dates))
		y, m, day := hi.Time.Date()
		var top float64 // the latest day's highest toll
		for i, d := range dates {
			dy, dm, dd := d.Time.Date()
			out[i] = !d.IsZero() && dy == y && dm == m && dd == day
			if out[i] && tolls != nil {
				top = max(top, tolls[i])
			}
		}
		for i, d := range dates {
			if d.IsZero() && (later != nil && later[i] || top > 0 && tolls[i] > top) {
				out[i] = true
			}
		}
		return out
	}
	if later == nil || !slices.Contains(later, false) {
		return byTolls(dates, tolls)
	}
	return later
}

// byTolls returns, per document, whether it gives a toll of deaths (tolls,
// per document its highest) near the highest, tollNear of it or more,
// when three versions or more give one, two or more give one near the
// highest and the highest is tollRise times the lowest or more: a disaster's story told over days, undated, whose
// latest state is that of the versions with the highest toll. Else nil.
func byTolls(dates []Date, tolls []float64) []bool {
	if tolls == nil {
		return nil
	}
	var lo, hi float64
	n := 0
	for _, t := range tolls {
		if t > 0 {
			n++
			hi = max(hi, t)
			if lo == 0 || t < lo {
				lo = t
			}
		}
	}
	if n < 3 || hi < tollRise*lo {
		return nil
	}
	out := make([]bool, len(dates))
	near := 0
	for i, t := range tolls {
		if out[i] = t >= tollNear*hi; out[i] {
			near++
		}
	}
	if near < 2 {
		return nil // one version's toll, maybe of another disaster
	}
	return out
}

// tollRise is how many times the lowest toll the highest must be for
// byTolls to tell the versions apart: one state of a story has tolls a few
// apart (241 on board, more than 260 with those on the ground); a story
// told over days, several times as high (2,300 on Monday, 15,383 on
// Thursday). tollNear is how near the highest a later version's is.
const (
	tollRise = 1.5
	tollNear = 0.85
)

// newsOf returns the candidate that states the story's news: a lead of a
// version that tells its latest state (latest, see latestVersions) that
// stands alone (and has the support minSupport asks, which ok tells; what
// later versions alone report may be the news): the one that gives the
// highest toll of deaths (see toll), which is a disaster's news, then the
// one whose fact most of the latest versions lead with, then one whose
// fact no earlier version states, then the most relevant; -1 when there
// is none or the latest state is not told apart. A story develops, and
// what the later versions lead with is its news: the sentence passed, not
// the verdict before it, which one later version may still lead with.
// One latest version alone, by its date, is often a follow-up whose lead
// is an angle ("airlines still recovering", the cause of the outage two
// days on): its lead is the news only when it gives a toll or reports
// done what another version says is to come (later, see superseded).
func newsOf(p *pool, rel []float64, minSupport int, ok []bool, latest, later []bool) int {
	undated := latest == nil
	if undated {
		if latest = tollStory(p, rel); latest == nil {
			if t := risingTollLead(p, rel, ok); t >= 0 {
				return t
			}
			return eventLead(p, rel, ok)
		}
	}
	news, best := -1, [3]int{}
	tolls := p.tolls()
	alone := countTrue(latest) == 1
	for k, c := range p.cands {
		if !c.lead || !latest[c.doc] || !c.whole || c.leans || (minSupport > 1 || undated) && !ok[k] || opensQuote(c.text) {
			continue // a quotation is someone's words on the news, not the news told
		}
		agree, isNew := map[int]bool{c.doc: true}, 1
		if !ok[k] {
			isNew = 0 // no other version states it, and it lies off the story's core (see focusMinRel): a kicker, no news
		}
		for _, e := range p.graph.Adj[k] {
			j := int(e.To)
			switch d := p.cands[j].doc; {
			case !p.closeFact(k, j, e.W): // every lead shares the story with the others
			case latest[d] && p.cands[j].lead:
				agree[d] = true
			case !latest[d]:
				isNew = 0
			}
		}
		score := [3]int{int(tolls[k]), len(agree), isNew}
		if undated {
			score = [3]int{int(tolls[k])} // then the most relevant
		}
		if news < 0 || score[0] > best[0] || score[0] == best[0] && score[1] > best[1] ||
			score[0] == best[0] && score[1] == best[1] && score[2] > best[2] || score == best && rel[k] > rel[news] {
			news, best = k, score
		}
	}
	if news < 0 {
		return -1
	}
	if t := laterToll(p, rel, minSupport, ok, latest, news); t != news {
		return t
	}
	if alone && tolls[news] == 0 && (later == nil || !later[p.cands[news].doc]) {
		return -1
	}
	return news
}

// minEventLeads is how many other versions' leads must tell a lead's
// event for eventLead to choose it.
const minEventLeads = 2

// eventLead returns, for a story whose versions' dates do not tell which
// are the latest, the lead whose event the most other versions' leads tell
// (see restates), minEventLeads or more, when none tells the most relevant
// lead's: "All 12 boys … have been rescued", which three versions open
// with, not "Four … divers who helped rescue 12 trapped boys … have left
// the cave", the most relevant, whose event no other version opens with.
// Ties go to the more relevant. Else -1.
func eventLead(p *pool, rel []float64, ok []bool) int {
	top := mostRelevantLead(p, rel)
	if top < 0 {
		return -1
	}
	told := func(k int) int {
		docs := map[int]bool{}
		for _, e := range p.graph.Adj[k] {
			j := int(e.To)
			if d := p.cands[j].doc; p.cands[j].lead && d != p.cands[k].doc && p.restates(k, j, e.W) {
				docs[d] = true
			}
		}
		return len(docs)
	}
	if told(top) > 0 {
		return -1 // another version opens with its event too
	}
	best, most := -1, minEventLeads-1
	for k, c := range p.cands {
		if !c.lead || !c.whole || c.leans || !ok[k] || k == top {
			continue
		}
		if n := told(k); n > most || best >= 0 && n == most && rel[k] > rel[best] {
			best, most = k, n
		}
	}
	return best
}

// risingTollLead returns, for a story whose versions' dates do not tell
// which are the latest, the most relevant lead when it gives a toll of
// deaths (see toll) and another sentence gives a higher one: the lead is
// the news and reads first, and the sentence of the higher toll, if
// chosen, after it (four dead, then the six dead of a version updated
// overnight), not a detail before
// them both. Else -1.
func risingTollLead(p *pool, rel []float64, ok []bool) int {
	tolls, top := p.tolls(), mostRelevantLead(p, rel)
	if top < 0 || tolls[top] == 0 || !ok[top] || slices.Max(tolls) <= tolls[top] {
		return -1
	}
	return top
}

// mostRelevantLead returns the lead of the highest relevance, the first
// of equals, or -1 when there is none.
func mostRelevantLead(p *pool, rel []float64) int {
	top := -1
	for k, c := range p.cands {
		if c.lead && (top < 0 || rel[k] > rel[top]) {
			top = k
		}
	}
	return top
}

// tollStory returns, for a story whose versions' dates do not tell which
// are the latest, every version as latest when the most relevant lead
// gives no toll of deaths but another lead does: a disaster's news is its
// toll, and the lead that gives the highest, then the most relevant, reads
// first (see newsOf), not the lead of most words in common with the rest
// ("Many communities … have issued a shelter-in-place order …" before "A
// gunman … killing 18 people"). Else nil: a toll in the most relevant lead
// is the news already, or rises to the highest (see latestToll).
func tollStory(p *pool, rel []float64) []bool {
	tolls, top := p.tolls(), mostRelevantLead(p, rel)
	n, toll := 0, false
	for k, c := range p.cands {
		n = max(n, c.doc+1)
		toll = toll || c.lead && tolls[k] > 0
	}
	if !toll || tolls[top] > 0 {
		return nil
	}
	all := make([]bool, n)
	for d := range all {
		all[d] = true
	}
	return all
}

// laterToll returns the candidate that tells the story's toll of deaths
// at its highest, when one of a later version that is no lead gives it
// higher than news, a lead, does: it stands alone and states the fact of
// a lead that gives a toll closely enough to share its figures
// (numberSameFact). A live blog's update ("… but the total death toll
// remains at 115") or a story's later paragraph gives the toll the
// versions' leads have not caught up with, and tolls only rise; a later
// version that opens with a scene ("The auditorium was about
// three-quarters full …") gives it further down. It must name someone or
// somewhere to open the brief ("The death toll climbed to 2,122 …" does
// not). Of several, the highest toll wins, then the most relevant; else
// news.
func laterToll(p *pool, rel []float64, minSupport int, ok []bool, latest []bool, news int) int {
	tolls := p.tolls()
	var tollLeads []int // the leads that give a toll
	for k, c := range p.cands {
		if c.lead && tolls[k] > 0 {
			tollLeads = append(tollLeads, k)
		}
	}
	best := news
	for k, c := range p.cands {
		if c.lead || !latest[c.doc] || !c.whole || c.leans || minSupport > 1 && !ok[k] || !namesSomeone(c.text) ||
			tolls[k] < tolls[best] || tolls[k] <= tolls[news] ||
			!slices.ContainsFunc(tollLeads, func(l int) bool { return p.sim(l, k) >= numberSameFact }) {
			continue
		}
		if tolls[k] > tolls[best] || best == news || rel[k] > rel[best] {
			best = k
		}
	}
	return best
}

// countTrue returns how many of bs are true.
func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// docTolls returns, per document of ndocs, the highest toll of deaths
// (see toll) its candidates in p give, or nil when none gives one.
func docTolls(p *pool, ndocs int) []float64 {
	var out []float64
	tolls := p.tolls()
	for k, c := range p.cands {
		if t := tolls[k]; t > 0 {
			if out == nil {
				out = make([]float64, ndocs)
			}
			out[c.doc] = max(out[c.doc], t)
		}
	}
	return out
}

// pendingRE finds a statement that something is not known or done yet:
// "has not confirmed its timing yet", "is yet to decide", "was not
// immediately known", "it remains to be seen", "it is unclear whether",
// or a state of the moment that the later versions know the end of:
// "Many people remain trapped …", "as fears mount of a coup", "the
// search is under way" (not "still missing": the missing may stay
// missing, and the count comes with the toll).
var pendingRE = regexp.MustCompile(`(?i)\bnot (?:[\p{L}'’-]+ ){0,3}yet\b|\byet to\b|\bnot immediately\b|\bremains? to be seen\b|\b(?:is|was|remains|remained) (?:still )?unclear\b|` +
	// a state of the moment: "Many people remain trapped …", "as fears mount of a coup"
	`\b(?:remain|remains|remained|are still|is still|were still|still) (?:trapped|burning)\b|\bfears? (?:mount|mounts|grow|grows|are growing)\b|\bis (?:still )?(?:under ?way|ongoing)\b`)

// pending returns, per candidate of p, whether it says that something is
// not known or done yet (see pendingRE) in a version written before the
// story's latest state (latest, see latestVersions), or nil when latest is:
// the later versions know more ("Labour has not confirmed its timing
// yet." before the vote of no confidence it tabled was held).
func pending(p *pool, latest []bool) []bool {
	if latest == nil {
		return nil
	}
	var drop []bool
	for k, c := range p.cands {
		if !latest[c.doc] && pendingRE.MatchString(c.text) {
			if drop == nil {
				drop = make([]bool, len(p.cands))
			}
			drop[k] = true
		}
	}
	return drop
}

// provisionalRE finds a statement a sentence gives as what the first
// reports of a story said: "Initial reports showed a gas leak at a depot
// …", "Early reports said a school had collapsed.", "Early reports on
// state radio blamed the blast on …", "… according to
// early reports.", "As per the initial reports …", "It was initially
// reported that 120 people …". Not "in what early reports indicate was an
// attack" (the sentence tells its own news), nor "the first reports of
// smoke came in at 00:54" (the story's time line), nor "a preliminary
// report" (an inquiry's).
var provisionalRE = regexp.MustCompile(`(?i)(?:^|[^\pL]|\bwhat )(?:initial|early|earlier|first) reports?(?: (?:in|from|by|on) [\pL ]{1,30}?)? (?:said|says|say|showed|shows|show|suggested|suggests|suggest|indicated|indicates|indicate|stated|claimed|attributed|blamed)\b|` +
	`\b(?:according to|as per) (?:the )?(?:initial|early|first) reports?\b|\b(?:it|this) was initially (?:reported|believed|thought|said)\b`)

// provisional returns, per candidate of p, whether it tells what the
// first reports of its story said (see provisionalRE), in a story of two
// versions or more, or nil when none does: the versions together know
// more, and what the first reports said is the story's past, often
// overtaken ("initial reports showed a gas leak at a depot" beside the
// later finding that a fuel tank burst). A story of
// one version keeps it: it is all that is known.
func provisional(p *pool, ndocs int) []bool {
	if ndocs < 2 {
		return nil
	}
	var drop []bool
	for k, c := range p.cands {
		if !strings.Contains(c.text, "eport") && !strings.Contains(c.text, "nitially") {
			continue
		}
		if m := provisionalRE.FindString(c.text); m != "" && !strings.HasPrefix(strings.ToLower(strings.TrimLeft(m, " ,;:(")), "what ") {
			if drop == nil {
				drop = make([]bool, len(p.cands))
			}
			drop[k] = true
		}
	}
	return drop
}

// earlierWeight scales the relevance of the sentences of the versions
// written before the story's latest state (see latestVersions): what they
// alone say is the likelier to be stale ("Corbyn has tabled a vote of no
// confidence, which could trigger an election" after the vote was won).
// On real stories of a sentencing, a vote and a final told before and
// after, 0.7 drops such sentences for the later versions' (the forfeiture
// ordered, the margin of the defeat), and 0.5 changes little more.
const earlierWeight = 0.7

// lessEarlier scales by earlierWeight the relevance of the candidates of
// the versions that do not tell the latest state (latest, see
// latestVersions); nothing when latest is nil.
func lessEarlier(rel []float64, cands []candidate, latest []bool) {
	if latest == nil {
		return
	}
	for k, c := range cands {
		if !latest[c.doc] {
			rel[k] *= earlierWeight
		}
	}
}

// A version's "today" and "yesterday" are its own day and the day before
// it: in a brief of several versions, whose dates the reader is not given,
// they tell no day ("The Red Cross estimated today that …"). Of two
// renderings of a fact, the one that names its day, or none, reads right.
// lessDeictic scales by deicticWeight the relevance of a sentence that
// holds a day relative to its version's outside a quotation (see
// deictic) when another version states its fact (see pool.same) without
// one, so that rendering is chosen; a fact no other rendering states
// keeps its relevance.
const deicticWeight = 0.7

// deicticWords are the words a day relative to a version's own is told
// with, one of which a sentence holds before deictic reads it.
var deicticWords = newLiterals([]string{"today", "yesterday", "tonight", "tomorrow", "this ", "last night"})

// lessDeictic scales the relevance of the candidates of p that hold a day
// relative to their version's (see the comment above).
func lessDeictic(rel []float64, p *pool) {
	has := make([]int8, len(p.cands)) // 0 unknown, 1 yes, 2 no
	is := func(k int) bool {
		if has[k] == 0 {
			has[k] = 2
			if t := p.cands[k].text; deicticWords.find(t) != 0 && deictic(t) {
				has[k] = 1
			}
		}
		return has[k] == 1
	}
	for k, c := range p.cands {
		if !is(k) {
			continue
		}
		for _, e := range p.graph.Adj[k] {
			j := int(e.To)
			if o := p.cands[j]; o.doc != c.doc && o.whole && !o.leans && p.same(k, j, e.W) && !is(j) {
				rel[k] *= deicticWeight
				break
			}
		}
	}
}

// deictic reports whether text holds, outside quotation marks, a day
// relative to its version's: "today", "yesterday", "tonight", "tomorrow",
// "this morning" (afternoon, evening), "last night", in any case.
func deictic(text string) bool {
	outside, _ := splitQuotes(text)
	lower := strings.ToLower(outside)
	for _, w := range []string{"today", "yesterday", "tonight", "tomorrow", "this morning", "this afternoon", "this evening", "last night"} {
		if hasWord(lower, w) {
			return true
		}
	}
	return false
}

// A version that tells the first of a group brought through ("The first of
// Chile's 33 trapped miners were hoisted to safety …") was written before
// one that tells all of them through ("All of Chile's 33 trapped miners
// were rescued …", "… the last of the 33 miners … was rescued"): side by
// side in a brief, the first is stale, and so is what its version says is
// still to come ("Rescuers expect to bring all the remaining men to
// safety"). overtakenProgress finds them by the group's count.

// groupCount returns the count of a group that text tells the first of
// ("the first of Chile's 33", "the first two of the 12") or all of ("all
// 33", "all of the 12", "the last of the 33", "every one of the 33"), in
// digits, and whether it tells all; "" when it tells neither. A count is
// in digits or a number word up to twelve; between "of" and it may stand
// "the", "their", "its" or a possessive.
func groupCount(text string) (count string, all bool) {
	count, all, _ = countedGroup(text)
	return count, all
}

// countedGroup is groupCount, with the text after the count: the group's words
// ("trapped miners were hoisted …").
func countedGroup(text string) (count string, all bool, group string) {
	var prev, prev2 string
	for rest := text; rest != ""; {
		var f string
		f, rest = nextWord(rest)
		w := strings.ToLower(strings.TrimFunc(f, notWordRune))
		switch w {
		case "first", "last", "all", "every":
			if n, after := countAfter(w, rest); n != "" && (w != "first" || prev != "all" && prev2 != "all") {
				return n, w != "first", after
			}
		}
		prev2, prev = prev, w
	}
	return "", false, ""
}

// countAfter returns the count that follows the word w of groupCount in
// rest, and the text after it: "of [the] N" after "first" and "last"
// ("first" also "M of [the] N"), "[of] [the] N" after "all", "one of
// [the] N" after "every"; "" when none does.
func countAfter(w, rest string) (string, string) {
	next := func() string {
		var f string
		f, rest = nextWord(rest)
		return strings.TrimFunc(f, notWordRune)
	}
	x := next()
	switch w {
	case "first":
		if digits(strings.ToLower(x)) != "" {
			x = next() // "the first two of the 12"
		}
		fallthrough
	case "last":
		if x != "of" {
			return "", ""
		}
		x = next()
	case "all":
		if x == "of" {
			x = next()
		}
	case "every":
		if x != "one" || next() != "of" {
			return "", ""
		}
		x = next()
	}
	if x == "the" || x == "their" || x == "its" || possessor(x) != x || strings.HasSuffix(x, "`s") {
		x = next()
	}
	return digits(strings.ToLower(x)), rest
}

// groupWords is how many words after a count name its group (see
// sameGroup).
const groupWords = 3

// sameGroup reports whether the groups' words a and b (see countedGroup) name
// one group: one of their first groupWords content words, but for "of"
// and the determiners, has one stem in both ("trapped miners were" and
// "miners trapped in"; not "trapped quarry workers" and "of the town's
// councillors").
func sameGroup(a, b string, stop map[string]bool) bool {
	stems := func(s string) []string {
		var out []string
		for range groupWords {
			w, rest := letterWord(s)
			if w == "" {
				break
			}
			s = rest
			if lw := strings.ToLower(w); !stop[lw] {
				out = append(out, stem(lw))
			}
		}
		return out
	}
	x := stems(a)
	return slices.ContainsFunc(stems(b), func(s string) bool { return slices.Contains(x, s) })
}

// progressCommon is how many content terms a sentence that tells all of a
// group through shares with one that tells the first of it, its count
// among them: the two tell of one group ("Chile's 33 trapped miners" and
// "the 33 miners trapped"), not another that has the count ("killing all
// 150 on board" beside "the first of the 150 victims were named").
const progressCommon = 3

// overtakenProgress returns, per candidate of p, whether it tells the
// first of a group through (see groupCount) while minOvertaken other
// versions or more tell all of it through, at a cosine of staleMinSim or
// more with progressCommon terms in common, in sentences that are no
// prospects and, when both are dated, not dated before it; and per
// document, whether it is a version of such a sentence, written before
// the story's latest state. nil, nil when there are none.
func overtakenProgress(p *pool, dates []Date, stop map[string]bool) (drop, earlier []bool) {
	for k, c := range p.cands {
		n, all, group := countedGroup(c.text)
		if n == "" || all || len(prospectMarkers(c.text)) > 0 {
			continue
		}
		by := make(map[int]bool)
		for _, e := range p.graph.Adj[k] {
			j := int(e.To)
			d := p.cands[j].doc
			if d == c.doc || e.W < staleMinSim || by[d] ||
				!dates[c.doc].IsZero() && !dates[d].IsZero() && dates[d].Compare(dates[c.doc]) < 0 {
				continue
			}
			if m, all, of := countedGroup(p.cands[j].text); m == n && all && sameGroup(group, of, stop) &&
				len(prospectMarkers(p.cands[j].text)) == 0 && common(p.vecs[k].Terms, p.vecs[j].Terms) >= progressCommon {
				by[d] = true
			}
		}
		if len(by) < minOvertaken {
			continue
		}
		if drop == nil {
			drop, earlier = make([]bool, len(p.cands)), make([]bool, len(dates))
		}
		drop[k], earlier[c.doc] = true, true
	}
	return drop, earlier
}

// laterThan returns later (see superseded) with the documents earlier
// marks no longer later, and when later is nil, the documents earlier
// does not mark; later as it is when that leaves no document later.
func laterThan(later, earlier []bool) []bool {
	out := make([]bool, len(earlier))
	for d := range out {
		out[d] = (later == nil || later[d]) && !earlier[d]
	}
	if !slices.Contains(out, true) {
		return later
	}
	return out
}

// A sentence that says what something is or has, in the present and on
// its own authority ("Sendai has a population of some one million
// people.", "Turkey is home to millions of refugees from the war.",
// "Paisley Park is the compound where Prince lives …"), tells the story's
// setting, not its news: background, which an editor gives only when the
// news leaves room. lessBackground scales by backgroundWeight the
// relevance of such sentences that no version leads with; a sentence that
// says who says it, or tells of deaths, is news.
const backgroundWeight = 0.8

// lessBackground scales the relevance of the candidates of p that tell
// background (see isBackground).
func lessBackground(rel []float64, p *pool) {
	for k, c := range p.cands {
		if !c.lead && isBackground(c.text) {
			rel[k] *= backgroundWeight
		}
	}
}

// isBackground reports whether text says what its subject is or has, in
// the present: its first verb, among its first backgroundVerbAt words
// and before any comma, is "is", "are", "has" or "have", and a noun, a
// place or a count follows it (see backgroundAfter), adverbs in "-ly" and
// "now", "still", "also" passed over; and it has no word of saying and
// none of death.
func isBackground(text string) bool {
	if head := firstWordsSpan(text, backgroundVerbAt); !strings.Contains(head, " is ") && !strings.Contains(head, " are ") &&
		!strings.Contains(head, " has ") && !strings.Contains(head, " have ") {
		return false // no verb of its kind among its first words: most sentences
	}
	var buf [backgroundVerbAt + backgroundAdverbs]string
	words := firstFieldsInto(buf[:0], text, len(buf))
	for i, w := range words[:min(len(words), backgroundVerbAt)] {
		if strings.ContainsAny(w, ",;:") || i > 0 && (inSetFold(finiteWords, w) && !presentBeHave[w] || isPastForm(w) || irregularPast[w]) {
			return false
		}
		if i == 0 || !presentBeHave[w] {
			continue
		}
		for _, next := range words[i+1:] {
			n := strings.ToLower(strings.TrimFunc(next, notWordRune))
			if strings.HasSuffix(n, "ly") || n == "now" || n == "still" || n == "also" {
				continue
			}
			// costly: asked only of what reads as background
			return (backgroundAfter[n] || n != "" && isDigit(n[0])) && backgroundDeaths.find(text) == 0 && !says.in(text)
		}
		return false
	}
	return false
}

// firstWordsSpan returns s up to the space after its first n words, or
// all of s.
func firstWordsSpan(s string, n int) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && s[i-1] != ' ' {
			if n--; n == 0 {
				return s[:i+1]
			}
		}
	}
	return s
}

// backgroundAdverbs is how many words isBackground looks at after its
// verb for the first that is no adverb.
const backgroundAdverbs = 4

// backgroundDeaths are the words of death that make a sentence news (see
// deathWords; "lives" is also the verb: "the compound where Prince
// lives").
var backgroundDeaths = newLiterals([]string{"kill", "dead", "death", "died", "fatalit"})

// backgroundAfter are the words after "is" or "has" that open what its
// subject is or has, a noun or a place: "is home to", "is the compound",
// "has a population", "is on Latimer Road"; not an adjective ("The move
// is largely symbolic" judges the news) nor a participle ("has
// resigned", "is expected").
var backgroundAfter = wordSet(`a an the one home part among in on at near off`)

// presentBeHave are the present forms of "be" and "have" isBackground
// looks for.
var presentBeHave = wordSet(`is are has have`)

// backgroundVerbAt is how far into a sentence, in words, isBackground
// looks for its verb: its subject is short ("Paisley Park", "The concert
// hall").
const backgroundVerbAt = 8
