package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence that tells the news again says what happened with the news's
// own verb about the news's own actors: "The Queen died at Balmoral at the
// age of 96." and "“The Queen died peacefully at Balmoral this afternoon,”
// the palace said." Their cosine is low (0.2 on a real story), for the
// story's own words, which every sentence has, weigh little; but a story
// tells its event with one verb or two, and a second fact of it has
// another ("declared a state of emergency", "revoked his bail"). restates
// finds two such sentences by their first verb, other than auxiliaries
// and verbs of saying, with more words in common.

// restateSim is the cosine at and above which two sentences may tell one
// event (see restates); restateCommon the content terms they share, the
// verb among them; restateSimThree the cosine for two that share one term
// more ("Microsoft has officially closed its Activision Blizzard purchase
// …" and "Microsoft completed its acquisition of … Activision Blizzard …",
// 0.10: the story's own names weigh little).
const (
	restateSim      = 0.12
	restateSimThree = 0.08 // with restateCommon+1 terms in common
	restateSimFour  = 0.05 // with restateCommon+2 terms in common and the same first verb
	restateCommon   = 2
)

// restates reports whether candidates a and b, of similarity sim, tell
// one event: close (restateSim, restateCommon, or restateSimThree with a
// figure or two names in common, or restateSimFour with the very same
// first verb and restateCommon+2 terms in common) and with the same first
// verb of an event (see mainVerb), or the first verb of one, of an
// event's class, anywhere in the other, unless one tells it happen again
// or before (see tellsAgain) or gives a year the other does not.
func (p *pool) restates(a, b int, sim float64) bool {
	if sim < restateSimFour {
		return false
	}
	n := common(p.vecs[a].Terms, p.vecs[b].Terms)
	if n < restateCommon || sim < restateSimThree && n < restateCommon+2 {
		return false
	}
	x, y := p.event(a), p.event(b)
	if x.again || y.again || x.year != y.year || x.verb == "" || y.verb == "" {
		return false
	}
	if sim < restateSimThree {
		// "Former president Donald Trump has been indicted by a Manhattan
		// grand jury …" and "Former President Trump has been indicted in
		// New York City on charges related to …" (0.073): one verb, and
		// the story's own words, which weigh little, four in common.
		return x.verb == y.verb
	}
	// "President Bazoum has been detained …" tells again what "… has
	// been named president, with President Bazoum detained by army
	// putschists" told in its clause with "with".
	if !(x.verb == y.verb || classWords[y.verb] && slices.Contains(p.classes(a), y.verb) || classWords[x.verb] && slices.Contains(p.classes(b), x.verb)) {
		return false
	}
	// "Halvorsen was convicted on all 14 counts …" tells again "… was
	// found guilty on all 14 felony charges …": one event, one figure.
	// "Biden endorsed Vice President Kamala Harris …" and "… Biden threw
	// his support behind Harris": one event of the same two names.
	return sim >= restateSim || n >= restateCommon+1 || shareAny(p.cands[a].figs, p.cands[b].figs) ||
		common(p.cands[a].names, p.cands[b].names) >= restateCommon ||
		p.stemsOf(a).within(p.stemsOf(b)) || p.stemsOf(b).within(p.stemsOf(a))
}

// within reports whether all of e's core, of restateCommon words or more,
// is in o's stems: "One of the black boxes has been found, according to
// French Interior Minister Bernard Cazeneuve." tells nothing that "… but
// authorities have recovered a black box from the Airbus A320 at the
// crash site, …" does not (cosine 0.116), whose verb is of its verb's
// class.
func (e *eventStems) within(o *eventStems) bool {
	if len(e.core) < restateCommon {
		return false
	}
	for _, s := range e.core {
		if !slices.Contains(o.stems, s) {
			return false
		}
	}
	return true
}

// coreStems returns the Porter stems of text's words, and its core: the
// stems of its words in lower case but for stopwords, "one", verbs of
// saying and the words of an event's class: what it tells beyond its
// event, its names and who says it.
func coreStems(text string) (stems, core []string) {
	stop := stopWords()
	for rest := text; ; {
		w, after := letterWord(rest)
		if w == "" {
			return stems, core
		}
		rest = after
		lw := strings.ToLower(w)
		if stop[lw] {
			continue
		}
		st := stem(lw)
		stems = append(stems, st)
		if w == lw && lw != "one" && !sayWordSet[lw] && eventClass[lw] == "" && !notEventVerbs[lw] && !slices.Contains(core, st) {
			core = append(core, st)
		}
	}
}

// yearNearVerb is how far after an event's verb, in bytes, a year dates
// the event (see pool.event).
const yearNearVerb = 40

// event is what restates asks of a sentence first: its first verb of an
// event (see mainVerb), whether the verb's clause tells the event happen
// again or before (see tellsAgain), and whether a year follows its verb
// closely. The classes of its verbs (see pool.classes) and its stems (see
// pool.stemsOf) are found only when asked.
type event struct {
	verb        string
	again, year bool
}

// eventStems are a sentence's stems, and its core (see coreStems).
type eventStems struct{ stems, core []string }

// event returns candidate k's event, found once.
func (p *pool) event(k int) event {
	if p.eventFound == nil {
		p.events, p.eventFound = make([]event, len(p.cands)), make([]bool, len(p.cands))
	}
	if !p.eventFound[k] {
		text := p.cands[k].text
		verb, rest := verbAt(text)
		if verb == "" {
			verb, rest = announcedEvent(text)
		}
		// a year soon after the verb dates the event ("won a major trophy
		// in 1985"); one further on dates something else ("died on
		// Saturday in a monastery where he had lived since … 2013")
		near := rest[:min(len(rest), yearNearVerb)]
		// "again", "another" tell of the event in its own clause; "the
		// town had been evacuated earlier" tells of something else
		clause := beforeRelative(text[:len(text)-len(rest)]) + rest[:clauseEnd(rest)]
		p.events[k], p.eventFound[k] = event{verb, tellsAgain(clause), hasYear(" " + near)}, true
	}
	return p.events[k]
}

// classes returns the classes of all the verbs of events' classes
// candidate k holds (see eventClasses), found once.
func (p *pool) classes(k int) []string {
	if p.classesFound == nil {
		p.classesOf, p.classesFound = make([][]string, len(p.cands)), make([]bool, len(p.cands))
	}
	if !p.classesFound[k] {
		p.classesOf[k], p.classesFound[k] = eventClasses(p.cands[k].text), true
	}
	return p.classesOf[k]
}

// stemsOf returns candidate k's stems and core (see coreStems), found
// once.
func (p *pool) stemsOf(k int) *eventStems {
	if p.stemsFound == nil {
		p.stemsAll, p.stemsFound = make([]eventStems, len(p.cands)), make([]bool, len(p.cands))
	}
	if !p.stemsFound[k] {
		stems, core := coreStems(p.cands[k].text)
		p.stemsAll[k], p.stemsFound[k] = eventStems{stems, core}, true
	}
	return &p.stemsAll[k]
}

// beforeRelative returns the words before a verb up to a relative clause
// among them, which tells of a noun, not of the event's time: "All 12
// boys who became trapped … two weeks ago have been rescued" tells of no
// event before.
func beforeRelative(s string) string {
	for _, r := range []string{" who ", " which ", " that "} {
		if i := strings.Index(s, r); i >= 0 {
			s = s[:i+1]
		}
	}
	return s
}

// eventClasses returns the classes (see eventClass) of the verbs of
// events' classes in text, anywhere, in a past form or in -ing ("with
// President Bazoum detained", "with Moscow releasing …"): a present form
// may be a noun ("a bird strike", "the lava flow"), and so may any after a
// determiner; a relative clause tells of a noun, and an infinitive, a
// gerund or a perfect participle of no event told. In order of first use.
func eventClasses(text string) []string {
	var out []string
	prev, relative := "", false
	for text != "" {
		var f string
		f, text = nextWord(text)
		w := strings.TrimFunc(f, notWordRune)
		if relative {
			// "Gatlin, who won gold in 2004, took silver": the relative
			// clause tells of Gatlin, not the event
			relative = !endsComma(f)
			prev = w
			continue
		}
		c := ""
		switch {
		case w == "who" || w == "which" || w == "that" && !sayWordSet[prev]:
			relative = !endsComma(f)
		case notEventComplement[strings.ToLower(prev)] || inSetFold(determiners, prev):
			// "to prevent lava from reaching the town", "having won the
			// 100m", "a strike": no event told
		case isPastForm(w) || irregularPast[w] || len(w) == 4 && strings.HasSuffix(w, "ied"): // "died"
			c = eventClass[w]
			if p := phrasalClass(w, text); p != "" {
				c = p // "stepped down", "touched down"
			}
			if v := verdictOf(w, text); v != "" {
				c = v
			}
		default:
			c = ingClass[w]
		}
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
		prev = w
	}
	return out
}

// notEventComplement are the words after which a verb tells no event of
// the sentence's: an infinitive, a gerund, a perfect participle.
var notEventComplement = wordSet(`to from of for without having before`)

// clauseEnd returns the end of the clause that rest, the text after a
// verb, goes on: its first comma or semicolon, or its end.
func clauseEnd(rest string) int {
	if i := strings.IndexAny(rest, ",;"); i >= 0 {
		return i
	}
	return len(rest)
}

// tellsAgain reports whether text tells an event that happened before
// happen again, or to more, or its time before: "Police arrested two more
// men", "another quake struck", "a second blast", "struck again",
// "Portmere last won a major trophy in 1985" ("more than 300" is a
// figure; "for the second time since 2008" tells this event, and how
// rare it is).
func tellsAgain(text string) bool {
	for rest := text; ; {
		w, after := letterWord(rest)
		if w == "" {
			return false
		}
		lw := strings.ToLower(w)
		if lw == "second" || lw == "third" || lw == "first" {
			if next, _ := letterWord(after); next == "time" {
				rest = after // "for the second time since 2008" tells how rare this event is
				continue
			}
		}
		switch lw {
		case "another", "second", "again", "further", "additional", "fresh", "last", "previously", "earlier", "ago":
			return true
		case "more":
			if next, _ := letterWord(after); next != "than" {
				return true
			}
		}
		rest = after
	}
}

// mainVerb returns the Porter stem of the first verb of an English
// sentence that tells what happened, as far as the word alone tells: a
// past form (in -ed or irregular: "died", "found", "lost"; not "hundred")
// or a frequent verb, after the first word and not after a determiner,
// but for forms of be, have and do, verbs of saying and thinking, and an
// infinitive ("The Queen died …", "“The Queen died peacefully …,” the
// palace said."); a verb of an event's class gives the class's word (see
// eventClass); or "" if it has none. It asks no tagger: it is asked of
// many sentences.
func mainVerb(text string) string {
	v, _ := verbAt(text)
	return v
}

// verbAt returns mainVerb of text and the rest of text after the verb. A
// participle's phrase set off by commas is passed over, as a relative
// clause is ("The SLIM lander, launched by JAXA in September, made a soft
// landing …"); when no comma closes it, its first verb is the one.
//
// A main verb of no event's class may tell the event by its means or its
// words ("Bolt lived up to his billing … by winning the 100m title", "His
// management released a statement saying that he passed away"): the verb
// of an event's class after "by" or a participle of saying is then the
// one. What was agreed or decided is an event ("Russia has agreed to
// release …"), though an infinitive is none.
func verbAt(text string) (string, string) {
	verb, rest := firstVerb(text)
	if verb == "" || classWords[verb] {
		return verb, rest
	}
	for r := rest; r != ""; {
		var f string
		f, r = nextWord(r)
		w := strings.TrimFunc(f, notWordRune)
		switch {
		case w == "by":
			next, after := nextWord(r)
			if c := ingClass[strings.TrimFunc(next, notWordRune)]; c != "" {
				return c, after
			}
		case reportingWords[w]:
			if v, after := firstVerb(r); classWords[v] {
				return v, after
			}
		}
	}
	return verb, rest
}

// subordinators open a clause that leads to the main one.
var subordinators = wordSet(`though although while after when because if since before once until unless whereas despite`)

// releasesDocument reports whether rest, the text after a verb of
// releasing, names a document or a figure released: "a brief statement",
// "its figures".
func releasesDocument(rest string) bool {
	for n := 0; n < 4 && rest != ""; n++ {
		var f string
		f, rest = nextWord(rest)
		if releasedThings[strings.ToLower(strings.TrimFunc(f, notWordRune))] {
			return true
		}
	}
	return false
}

var releasedThings = wordSet(`statement statements video footage report reports image images photo photos details figures data
	names list results album song film book record records document documents letter plan plans`)

// agreeWords are verbs of agreeing, deciding and planning, whose
// infinitive is the event agreed on or to come ("plans to step down").
var agreeWords = wordSet(`agreed agrees agree decided decides voted votes plans planned intends intended`)

// reportingWords are participles that bring in what was said.
var reportingWords = wordSet(`saying announcing confirming stating`)

// classWords holds the words eventClass gives; ingClass maps the -ing
// forms of its verbs to them ("winning", "beating").
var classWords, ingClass = func() (map[string]bool, map[string]string) {
	words, ing := make(map[string]bool), make(map[string]string)
	for w, c := range eventClass {
		words[c] = true
		if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
			ing[w+"ing"] = c
			if strings.HasSuffix(w, "e") {
				ing[strings.TrimSuffix(w, "e")+"ing"] = c // "completing"
			}
			if n := len(w); n >= 3 && strings.ContainsRune("aeiou", rune(w[n-2])) && !strings.ContainsRune("aeiouwy", rune(w[n-1])) && !strings.ContainsRune("aeiou", rune(w[n-3])) {
				ing[w+w[n-1:]+"ing"] = c // "winning", "admitting"
			}
		}
	}
	ing["dying"] = eventClass["die"]
	return words, ing
}()

// firstVerb is verbAt without looking past its verb.
func firstVerb(text string) (string, string) {
	text0 := text
	prev, prev2, relative, paren, parenRest, afterComma, phrase := "", "", false, "", "", false, false
	reduced, reducedRest := "", "" // a reduced relative's participle (see reducedRelative)
	for n, f := 0, ""; text != ""; n++ {
		f, text = nextWord(text)
		w := strings.TrimFunc(f, notWordRune)
		verdict := verdictOf(w, text)
		switch {
		case relative:
			relative = !endsComma(f)
			if paren == "" && n > 0 && (isPastForm(w) || irregularPast[w] || eventClass[w] != "") && !notEventVerbs[w] && !sayWordSet[w] {
				paren, parenRest = verbStem(w), text // if no comma closes the clause, its verb is the sentence's
				if (w == "passed" || w == "passes") && strings.HasPrefix(strings.TrimLeft(text, " "), "away") {
					paren = eventClass["died"] // "we advise that he passed away …"
				}
			} else if paren != "" && relative && perfectAux[w] {
				// a restrictive clause ends where the main clause's verb
				// comes: "All 12 boys who had been trapped in the cave
				// have been rescued"
				if v, rest := participleAfter(text); v != "" {
					return v, rest
				}
			}
		case n == 0 && subordinators[strings.ToLower(w)],
			n > 0 && n <= 3 && (w == "after" || w == "before") && paren == "" && openingTime(text0, f):
			// a clause that opens the sentence is no main clause: "Though
			// authorities had attempted to build barriers, the eruption
			// breached them", "Nearly 30 minutes after he delivered the
			// news, Biden threw …"
			relative = !endsComma(f)
		case n > 0 && (w == "that" || w == "which" || w == "who") && !sayWordSet[prev] && !notEventVerbs[prev]:
			// a relative clause tells of a noun, not the event, up to the
			// comma that closes it: "OceanGate, the company that owns the
			// submersible, said …"
			relative = !endsComma(f)
		case prev == "to" && agreeWords[prev2] && eventClass[w] != "":
			return eventClass[w], text // "Russia has agreed to release …": the event agreed on
		case prev == "to" && agreeWords[prev2] && phrasalClass(w, text) != "":
			return phrasalClass(w, text), text // "he plans to step down …"
		case prev == "to":
			// an infinitive is no event told: "the first pope to resign …"
		case n > 0 && verdict != "":
			return verdict, text // "found Pistorius guilty", "handed down the verdict"
		case n > 0 && (w == "passed" || w == "passes") && strings.HasPrefix(strings.TrimLeft(text, " "), "away"):
			return eventClass["died"], text // "passed away"
		case n > 0 && (w == "threw" || w == "throws" || w == "thrown") && supportBehind(text):
			return eventClass["endorsed"], text // "threw his support behind Harris"
		case n > 0 && phrasalClass(w, text) != "":
			return phrasalClass(w, text), text // "stepping down" resigns, "blasted off" launched
		case n > 0 && becomeWords[w] && takesOffice(text):
			return "become", text // "became king": the succession, though "become" tells no event of its own
		case n > 0 && (w == "came" || w == "comes" || w == "come") && strings.HasPrefix(strings.TrimLeft(text, " "), "after "):
			return eventClass["follows"], text // "The vote came after …" tells what it follows
		case n > 0 && reduced == "" && (isPastForm(w) || irregularPast[w]) && reducedRelative(prev, text):
			// "A plane operated by the budget carrier … crashed …": the
			// participle tells of the noun, and the verb after it is the
			// sentence's, if it has one
			reduced, reducedRest = verbStem(w), text
		case n > 0 && eventClass[w] == "release" && releasesDocument(text):
			return stem(w), text // "released a statement" frees no one
		case n > 0 && eventClass[w] != "" && !inSetFold(determiners, prev) && (isPastForm(w) || irregularPast[w] || startsUpper(prev) || takesObject(text) || reduced != ""):
			// "admitted his defeat" is no saying; after a reduced
			// relative the verb is the sentence's: "The quake, followed by
			// an aftershock, hit central Varland …"
			return eventClass[w], text
		case afterComma && paren == "" && len(w) > 5 && strings.HasSuffix(w, "ing") && unicode.IsLower(rune(w[0])):
			// a participle's phrase in -ing is passed over, and the verb
			// after it is the sentence's: "The 29-year-old, competing in
			// his final Olympics, powered over the line …"
			relative, phrase = !endsComma(f), true
		case n > 0 && compoundAdjective(w):
			// "drug-tainted", "long-awaited": no verb
		case n > 0 && (isPastForm(w) || len(w) == 4 && strings.HasSuffix(w, "ied") || irregularPast[w] || commonVerbs[w]) &&
			!notEventVerbs[w] && !sayWordSet[w] && !numberWords[w] && !inSetFold(determiners, prev) && !prepositions[strings.ToLower(prev)] && prev != "than":
			// after a determiner or a preposition a past form is an
			// adjective: "after 70 years of dedicated service"; after
			// "than" a verb is an infinitive: "rather than hold office"
			if afterComma && paren == "" && !phrase && !endsComma(f) {
				paren, parenRest, relative = verbStem(w), text, true
				prev2, prev, afterComma = prev, w, false
				continue
			}
			return verbStem(w), text
		}
		prev2, prev, afterComma = prev, w, endsComma(f)
	}
	if paren == "" {
		return reduced, reducedRest
	}
	return paren, parenRest
}

// becomeWords are the forms of "become", which tell an event when an
// office follows (see takesOffice).
var becomeWords = wordSet(`become becomes became`)

// takesOffice reports whether rest, the text after a form of "become",
// opens with an office, "the" or "new" before it: "became king", "has
// become the new prime minister".
func takesOffice(rest string) bool {
	for range 3 {
		w, after := letterWord(rest)
		w = strings.ToLower(w)
		switch {
		case w == "the" || w == "new":
			rest = after
			continue
		case offices[w]:
			return true
		}
		return false
	}
	return false
}

// offices are the words of an office one becomes when another leaves it.
var offices = wordSet(`king queen monarch emperor empress pope president prime premier chancellor governor mayor`)

// endsComma reports whether the word f ends with a comma, before a closing
// quotation mark too: "The probe, named “Philae,” landed …".
func endsComma(f string) bool {
	return strings.HasSuffix(strings.TrimRight(f, `"'”’`), ",")
}

// supportBehind reports whether rest, the text after "threw", opens with
// "his support behind" (her, its, their, full): an endorsement.
func supportBehind(rest string) bool {
	w, rest := nextWord(rest)
	if w == "full" {
		w, rest = nextWord(rest)
	}
	if !inSetFold(determiners, w) && w != "his" && w != "her" && w != "its" && w != "their" {
		return false
	}
	w, rest = nextWord(rest)
	if w == "full" {
		w, rest = nextWord(rest)
	}
	next, _ := nextWord(rest)
	return w == "support" && next == "behind"
}

// openingTime reports whether text opens with a span of time before the
// word f, "after" or "before", that opens a clause: "Nearly 30 minutes
// after he delivered the news, …", "Two days before the vote, …". The
// span is a figure and a unit of time, a comma closing the clause later.
func openingTime(text, f string) bool {
	i := strings.Index(text, " "+f+" ")
	if i < 0 || !strings.Contains(text[i:], ",") {
		return false
	}
	head := strings.ToLower(text[:i])
	for _, u := range []string{" minutes", " hours", " days", " weeks", " months", " years", " minute", " hour", " day", " week"} {
		if strings.HasSuffix(head, u) {
			return true
		}
	}
	return false
}

// perfectAux are the auxiliaries of a perfect or a passive, after which a
// participle tells what was done.
var perfectAux = wordSet(`has have had was were is are`)

// participleAfter returns the verb of the participle that rest, the text
// after an auxiliary, opens with, "been", "being" and an adverb passed over
// ("been safely rescued"), and the text after it; "" when it opens with none, or with a
// verb of saying or of no event.
func participleAfter(rest string) (string, string) {
	for range 3 {
		f, after := nextWord(rest)
		w := strings.TrimFunc(f, notWordRune)
		switch {
		case w == "been" || w == "being" || strings.HasSuffix(w, "ly") && len(w) > 3:
			rest = after // "been safely rescued"
			continue
		case (isPastForm(w) || irregularPast[w]) && !notEventVerbs[w] && !sayWordSet[w]:
			if c := eventClass[w]; c != "" {
				return c, after
			}
			return verbStem(w), after
		}
		return "", ""
	}
	return "", ""
}

// reducedRelative reports whether a past form after prev, with rest after
// it, is a participle that tells of the noun before it ("A plane operated
// by the budget carrier …"): "by" follows it, though not a figure ("passed
// by 232 votes"), and prev is a word in lower case but for a form of be
// or have or a determiner ("was operated by").
//
// So is one before another preposition when a passive or perfect follows
// in the same clause: "All 12 boys and their football coach trapped for
// more than two weeks deep inside a flooded cave have been rescued".
func reducedRelative(prev, rest string) bool {
	if prev == "" || startsUpper(prev) || notEventVerbs[prev] || determiners[prev] {
		return false
	}
	by, after := nextWord(rest)
	if by != "by" {
		return prepositions[by] && passiveFollows(after)
	}
	next, _ := nextWord(after)
	r, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsDigit(r)
}

// passiveFollows reports whether rest has a form of be or have before a
// past form ("have been rescued", "were found", "have been safely
// rescued") ahead of the end of its
// clause: a comma, a semicolon, "and" or "but".
func passiveFollows(rest string) bool {
	aux := false
	for rest != "" {
		var f string
		f, rest = nextWord(rest)
		w := strings.TrimFunc(f, notWordRune)
		switch {
		case w == "and" || w == "but":
			return false
		case aux && (isPastForm(w) || irregularPast[w]):
			return true
		case beForms[w] || w == "have" || w == "has" || w == "had":
			aux = true
		case aux && (w == "been" || strings.HasSuffix(w, "ly") && len(w) > 3): // "have been safely rescued"
		default:
			aux = false
		}
		if strings.ContainsAny(f, ",;") {
			return false
		}
	}
	return false
}

// takesObject reports whether rest, the text after a present form of a
// verb of an event's class (after a word in lower case: after a name it
// is the name's verb, "The Fed cut rates"), goes on as the verb's would: with a
// determiner, a pronoun, a name, a figure or a preposition of where ("Bolt
// wins the final", "a quake strikes Turkey", "lava flows into"), not as a
// noun's ("a bird strike emergency", "the path of the lava flow.").
func takesObject(rest string) bool {
	next, _ := nextWord(rest)
	w := strings.TrimRight(next, ",.;:")
	if w == "" || w != next && strings.ContainsAny(next[len(w):], ".;:") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || inSetFold(determiners, w) || objectWords[strings.ToLower(w)]
}

var objectWords = wordSet(`him her them it us me into in on at across through to off out down back up over away his its their our`)

// compoundAdjective reports whether w is a compound of a word and a past
// form ("drug-tainted", "long-awaited", "so-called"), not a verb with a
// prefix ("re-elected", "co-founded").
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || !isPastForm(w[i+1:]) && !irregularPast[w[i+1:]] {
		return false
	}
	switch w[:i] {
	case "re", "co", "pre", "de", "un", "mis", "over", "under", "out", "cross":
		return false
	}
	return true
}

// verbStem returns the word of w's class (see eventClass), or its stem.
func verbStem(w string) string {
	if c := eventClass[w]; c != "" {
		return c
	}
	return stem(w)
}

// sayWordSet holds the words of sayWords, one by one.
var sayWordSet = wordSet(strings.ReplaceAll(sayWords, "|", " "))

// eventClass maps the verbs news tells its commonest events with to one
// word of their class, so that two renderings with other verbs tell one
// event ("Microsoft has officially closed its Activision Blizzard
// purchase" and "Microsoft completed its acquisition of … Activision
// Blizzard"; "Massa conceded defeat" and "Massa … admitted his defeat"):
// the words of a class tell one kind of event in other words.
var eventClass = func() map[string]string {
	m := make(map[string]string)
	for _, class := range []string{
		"complete completes completed completing close closes closed closing finalize finalizes finalized finalise finalises finalised seal seals sealed",
		"concede concedes conceded admit admits admitted acknowledge acknowledges acknowledged",
		"resign resigns resigned quit quits",
		"win wins won beat beats defeat defeats defeated clinch clinches clinched",
		"arrest arrests arrested detain detains detained apprehend apprehended confine confines confined",
		"strike strikes struck hit hits rock rocks rocked jolt jolts jolted shake shakes shook",
		"die dies died perish perishes perished kill kills killed",
		"disappear disappears disappeared vanish vanishes vanished",                                       // a plane, a ship, a person
		"find finds found recover recovers recovered retrieve retrieves retrieved locate locates located", // a flight recorder, a body, a missing boat
		"collapse collapses collapsed crumble crumbles crumbled",
		"crash crashes crashed",     // a plane, a train; "went down" is phrasal (see phrasalClass)
		"endorse endorses endorsed", // a candidate; "threw his support behind" too (see firstVerb)
		"approve approves approved clear clears cleared",
		"seize seizes seized shut shuts",
		"reach reaches reached flow flows flowed engulf engulfs engulfed", // lava, water or fire reaching a place
		"convict convicts convicted",
		"release releases released freed", // prisoners, hostages
		"follow follows followed",         // what the news follows on: "The decision follows …", "The vote came after …"
		"overthrow overthrows overthrew overthrown oust ousts ousted topple topples toppled depose deposes deposed",
		"cut cuts slash slashes slashed lower lowers lowered",
		"raise raises raised hike hikes hiked",
		"acquire acquires acquired acquiring buy buys bought buying purchased", // a company; "purchase" is mostly the noun
		"launched", // a rocket, a ship; "launch" is mostly the noun, "blasted off" is phrasal (see phrasalClass)
		"landed",   // a probe, a plane; "land" is mostly the noun, "touched down" is phrasal (see phrasalClass)
	} {
		words := strings.Fields(class)
		for _, w := range words {
			m[w] = words[0]
		}
	}
	return m
}()

// phrasalClass returns the class (see eventClass) of the verb w with its
// particle, the first word of rest ("stepping down" resigns, "stood
// down", "blasted off", "lifted off"), or "".
func phrasalClass(w, rest string) string {
	particle, _ := letterWord(rest)
	if c := phrasalVerbs[w+" "+particle]; c != "" {
		return eventClass[c]
	}
	return ""
}

// phrasalVerbs maps the verbs with a particle that tell an event of a
// class to a word of the class.
var phrasalVerbs = func() map[string]string {
	m := make(map[string]string)
	for _, v := range []struct{ verbs, particle, class string }{
		{"step steps stepped stepping stand stands stood standing", "down", "resign"},
		{"blast blasts blasted lift lifts lifted", "off", "launched"},
		{"go goes went gone going", "down", "crash"},
		{"touch touches touched touching", "down", "landed"},
	} {
		for _, w := range strings.Fields(v.verbs) {
			m[w+" "+v.particle] = v.class
		}
	}
	return m
}()

// notEventVerbs are verbs that tell no event of their own: auxiliaries,
// and verbs of thinking and confirming, which, like those of saying, come
// before the event ("they believe the passengers have been lost").
var notEventVerbs = wordSet(`be is are was were been being am have has had having do does did done doing ` +
	`get gets got getting become becomes became according ` +
	`believe believes believed think thinks thought fear fears feared hope hopes hoped expect expects expected ` +
	`confirm confirms confirmed`)

// maxAnnouncerWords is the most words before a verb of announcing that
// announcesOnly reads as who announced: "The South African president
// Jacob Zuma confirmed the news …".
const maxAnnouncerWords = 7

// A sentence may tell only how the news was made known: "Microsoft
// announced the deal in a blog post on Monday morning.", "The palace
// confirmed the death in a statement." Its object points back at the news
// ("the deal"), and what it adds, where and when it was said, a brief of
// the news has no room for beside a sentence that tells the news of the
// same actor. announcesOnly finds such a sentence.

// announcedEvent returns the class (see eventClass) of the event a
// sentence of announcing names with its noun, and the text after the
// noun: "Boris Johnson has confirmed his resignation as prime minister
// …" tells the event "resigned as prime minister" does, "… announced his
// exit from Downing Street" too; "", "" when text holds no verb of
// announcing before a possessive or "the" and such a noun.
func announcedEvent(text string) (string, string) {
	for rest := text; rest != ""; {
		var f string
		f, rest = nextWord(rest)
		if !announceVerbs[f] {
			continue
		}
		det, after := nextWord(rest)
		if !inSetFold(announceObjects, det) && !namePossessive(det) {
			continue
		}
		noun, after := nextWord(after)
		if c := announcedNouns[strings.TrimFunc(noun, notWordRune)]; c != "" {
			return eventClass[c], after
		}
	}
	return "", ""
}

// announcedNouns map the nouns a sentence of announcing names an event by
// to a verb of the event's class (see eventClass).
var announcedNouns = map[string]string{
	"resignation": "resign", "exit": "resign", "death": "die", "victory": "win", "win": "win",
	"arrest": "arrest", "release": "release", "acquisition": "acquire", "takeover": "acquire",
	"conviction": "convict", "approval": "approve", "collapse": "collapse", "crash": "crash",
}

// announcesOnly reports whether text is a sentence of announcing (see
// announceVerbs) whose object is the news it points back at (the, its or
// their, then a word of news: see newsNouns), followed only by where and
// when it was said: phrases that open with a preposition, no comma, no
// figure, no "that". No clause comes before it, and its actor is of
// maxAnnouncerWords words or fewer.
func announcesOnly(text string) bool {
	text = withoutSubjectAside(text)
	if strings.ContainsAny(text, ",;:0123456789\"“”") || !strings.HasSuffix(text, ".") {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(text, "."))
	v := slices.IndexFunc(words, func(w string) bool { return announceVerbs[w] })
	if v < 1 || v > maxAnnouncerWords || v+2 >= len(words) || !inSetFold(announceObjects, words[v+1]) && !namePossessive(words[v+1]) || !newsNouns[words[v+2]] {
		return false
	}
	for _, w := range words[1:v] {
		if lw := strings.ToLower(w); subordinators[lw] || isPastForm(lw) || irregularPast[lw] || finiteWords[lw] && lw != "has" && lw != "had" && lw != "have" {
			return false // another clause before it: "Shares rose after Northwind announced the deal …"
		}
	}
	for _, w := range words[v+3:] {
		if w == "that" || finiteWords[w] {
			return false
		}
	}
	return len(words) == v+3 || prepositions[words[v+3]] || words[v+3] == "via" || words[v+3] == "through"
}

// withoutSubjectAside returns text without a relative clause between
// commas that tells of its subject, before its first verb of announcing:
// "The channel, which backs the party, announced his victory." reads as
// "The channel announced his victory."; an aside after the verb tells a
// fact of its own and stays.
func withoutSubjectAside(text string) string {
	i := strings.Index(text, ", which ")
	if j := strings.Index(text, ", who "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		// an apposition after the subject, before its verb of
		// announcing: "Tom Ruiz, chief of the games division, announced
		// the acquisition."
		if i = strings.Index(text, ", "); i <= 0 {
			return text
		}
		j := strings.Index(text[i+2:], ", ")
		if j < 0 {
			return text
		}
		j += i + 2
		if w, _ := nextWord(text[j+2:]); !announceVerbs[w] {
			return text
		}
		return text[:i] + text[j+1:]
	}
	j := strings.Index(text[i+2:], ", ")
	if j < 0 {
		return text
	}
	j += i + 2
	if slices.ContainsFunc(strings.Fields(text[:i]), func(w string) bool { return announceVerbs[w] }) {
		return text
	}
	return text[:i] + text[j+1:]
}

// namePossessive reports whether w is a name's possessive ("Halvorsen's"),
// which points back at the news of one the news names.
func namePossessive(w string) bool {
	for _, s := range []string{"'s", "’s", "ʼs"} {
		if name, ok := strings.CutSuffix(w, s); ok {
			return startsUpper(name)
		}
	}
	return false
}

var (
	// announceVerbs are the past forms of verbs of making news known.
	announceVerbs = wordSet(`announced confirmed revealed unveiled disclosed reported`)
	// announceObjects open an object that points back.
	announceObjects = wordSet(`the its their his her`)
	// newsNouns are the words a sentence of announcing names the news by.
	newsNouns = wordSet(`deal news acquisition merger takeover purchase sale agreement decision move plan plans
		death deaths resignation result results verdict sentence appointment departure retirement split engagement
		victory win defeat`)
)

// announces reports whether candidate a only tells how the news was made
// known (see announcesOnly) by an actor that b names too: b tells the news
// of a's actor.
func (p *pool) announces(a, b int) bool {
	return shareAny(p.cands[a].names, p.cands[b].names) && announcesOnly(p.cands[a].text)
}

// verdictWords are the words a verdict handed down is named by.
var verdictWords = wordSet(`verdict verdicts ruling judgment judgement`)

// verdictOf returns the class of convicting (see eventClass) when w, with
// rest after it, tells a verdict of guilty: "found" with "guilty" among
// the four words after it ("found Oscar Pistorius guilty of culpable
// homicide"), or "handed down" with a verdict's word among the four after
// it ("handed down the culpable homicide verdict"); "" otherwise, or when
// "not" comes first ("found him not guilty" acquits).
func verdictOf(w, rest string) string {
	handed := false
	switch w {
	case "found":
	case "handed":
		next, after := nextWord(strings.TrimLeft(rest, " "))
		if next != "down" {
			return ""
		}
		rest, handed = after, true
	default:
		return ""
	}
	for range 4 {
		var f string
		f, rest = nextWord(rest)
		x := strings.ToLower(strings.TrimFunc(f, notWordRune))
		switch {
		case x == "" || x == "not" || x == "innocent":
			return ""
		case !handed && x == "guilty", handed && verdictWords[x]:
			return eventClass["convicted"]
		}
	}
	return ""
}
