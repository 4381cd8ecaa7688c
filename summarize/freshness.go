package summarize

import (
	"regexp"
	"strings"
	"unicode"

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

// prospectRE finds a prospect's marker, in lower case ("May" is a month);
// the event is the first content word after it.
var prospectRE = regexp.MustCompile(`\b(?:will|would|could|may|might|shall|(?:is|are|was|were) (?:expected|due|set|scheduled|likely|poised|about|going) to|plans? to|planned to|aims? to|intends? to|set|[Ii]f(?: he| she| they| it)?(?: is| are)?)\s`)

// facesRE finds a penalty to come: "faces up to 30 years in prison", "could
// face life", whose event is a sentence.
var facesRE = regexp.MustCompile(`(?i)\bfac(?:es|e|ing) (?:up to|a maximum of|as (?:much|many) as|life|decades|years|a (?:possible |maximum )?(?:sentence|prison|jail))`)

// penaltyRE finds a term in prison: "decades in prison", "life in jail".
var penaltyRE = regexp.MustCompile(`(?i)\b(?:years|decades|months|life) (?:in|behind) (?:prison|jail|bars)\b`)

// penaltyEvents are the stems a sentence passed reports a penalty with.
var penaltyEvents = []string{"sentenc", "jail", "imprison"}

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
// another version reports done (see the comment above). dates holds each
// document's date, zero when unknown; stop is the stopword list.
func superseded(p *pool, dates []Date, stop map[string]bool) []bool {
	events := make([][]string, len(p.cands)) // per prospect, its events' stems
	wanted := map[string]bool{}
	for k, c := range p.cands {
		events[k] = prospectEvents(c.text, stop)
		for _, e := range events[k] {
			wanted[e] = true
		}
	}
	if len(wanted) == 0 {
		return nil
	}
	// done[stem] lists the candidates that report an event of that stem
	// done; a sentence that tells of something to come reports nothing
	// done ("will stay closed").
	done := map[string][]int{}
	for k, c := range p.cands {
		if events[k] != nil || prospectRE.MatchString(c.text) {
			continue
		}
		for _, e := range pastForms(c.text, wanted) {
			done[e] = append(done[e], k)
		}
	}
	var drop []bool
	for k, c := range p.cands {
		for _, e := range events[k] {
			for _, j := range done[e] {
				d := p.cands[j].doc
				if d == c.doc || p.sim(k, j) < staleMinSim || common(p.vecs[k].Terms, p.vecs[j].Terms) < 2 ||
					!dates[c.doc].IsZero() && !dates[d].IsZero() && dates[d].Compare(dates[c.doc]) < 0 {
					continue
				}
				if drop == nil {
					drop = make([]bool, len(p.cands))
				}
				drop[k] = true
			}
		}
	}
	return drop
}

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
// the event after each prospect's marker, and a sentence passed when the
// prospect is a penalty ("faces up to 30 years", "could amount to decades
// in prison").
func prospectEvents(text string, stop map[string]bool) []string {
	var out []string
	markers := prospectRE.FindAllStringIndex(text, -1)
	if facesRE.MatchString(text) || len(markers) > 0 && penaltyRE.MatchString(text) {
		out = append(out, penaltyEvents...)
	}
	for _, m := range markers {
		marker, rest := text[m[0]:m[1]-1], text[m[1]:]
		out = append(out, eventsAfter(marker, rest, stop)...)
	}
	return out
}

// eventsAfter returns the stem of the event after a prospect's marker: its
// first content word within a few; none when the prospect is negated
// ("would not be charged") or the word is a name. After "if", the event
// is a past participle ("if convicted"); after "set", a thing set for a
// date ("set sentencing for April 18").
func eventsAfter(marker, rest string, stop map[string]bool) []string {
	for range 6 { // "will not be", "is expected to be formally"
		w, after := letterWord(rest)
		if w == "" {
			break
		}
		rest = after
		lw := strings.ToLower(w)
		if lw == "not" || lw == "never" || lw == "no" {
			return nil
		}
		if stop[lw] || strings.HasSuffix(lw, "ly") {
			continue
		}
		if w != lw { // a name is no event
			break
		}
		switch {
		case strings.HasPrefix(strings.ToLower(marker), "if") && !isPastForm(lw) && !irregularPast[lw]:
			return nil
		case marker == "set" && !strings.HasPrefix(rest, " for "):
			return nil
		}
		return []string{porter.StemString(lw)}
	}
	return nil
}

// pastForms returns the stems in wanted that text has in a past form
// ("decided", "won"). A past
// participle that opens the sentence ("Announced in 2020, the accords …")
// or follows a determiner or a preposition ("the enhanced ties", "of
// proposed cuts") is an adjective, not a report that something was done.
func pastForms(text string, wanted map[string]bool) []string {
	var out []string
	prev := ""
	for rest := text; ; {
		w, after := letterWord(rest)
		if w == "" {
			return out
		}
		rest = after
		p := prev
		prev = strings.ToLower(w)
		if p == "" || determiners[p] || prepositions[p] || strings.IndexFunc(w, unicode.IsUpper) >= 0 {
			continue
		}
		var stem string
		if s, ok := pastStems[w]; ok {
			stem = s
		} else if isPastForm(w) {
			stem = porter.StemString(w)
		}
		if stem != "" && wanted[stem] {
			out = append(out, stem)
		}
	}
}

// prepositions before a past participle make it an adjective.
var prepositions = wordSet(`of in on at by for with from into over under after before about against without`)

// letterWord returns the first word of s, a run of letters, and the text
// after it; "" at the end.
func letterWord(s string) (word, rest string) {
	start := strings.IndexFunc(s, unicode.IsLetter)
	if start < 0 {
		return "", ""
	}
	end := strings.IndexFunc(s[start:], func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s[start:], ""
	}
	return s[start : start+end], s[start+end:]
}
