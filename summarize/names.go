package summarize

import (
	"cmp"
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A person's name in news copy: capitalized words after a title ("Secretary
// of State Marco Rubio", "Fire Chief Gareth Pell", "Mr. Okafor"), or a
// full name beside a word of saying ("Alan Okafor said", "said Mara
// Lindqvist"). The last word is the surname the story goes on to use.
const (
	nameWord = `\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?`
	// givenWord is a name before a surname, or its initial: "S. Somanath",
	// "ISRO chief S Somanath".
	givenWord = `(?:` + nameWord + `|\p{Lu}\.?)`
	saying    = `said|says|told|tells|added|adds|wrote|writes|announced|confirmed|explained|warned`
)

// nameTitles are the titles that come before a name, a longer one before
// its start ("Secretary of State" before "Secretary").
var nameTitles = []string{
	"President", "Vice President", "Prime Minister", "Minister", "Secretary of State", "Secretary", "Senator", "Sen.", "Rep.", "Representative",
	"Governor", "Gov.", "Mayor", "Chief", "Director", "Judge", "Justice", "Officer", "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Envoy",
	"Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Coach", "Professor", "Prof.",
	"Commissioner", "Superintendent", "Sheriff", "Inspector", "Councillor", "Councilor", "Chair", "Chairman", "Chairwoman", "Leader",
	"Dr.", "Mr.", "Mrs.", "Ms.", "Dr", "Mr", "Mrs", "Ms",
}

var (
	nameTitleSet = wordSetOf(nameTitles)
	maxTitleLen  = len(slices.MaxFunc(nameTitles, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))

	titledNameRE = regexp.MustCompile(`(?:^|[^\pL])(?:` + quoteAll(nameTitles) + `) (?:` + givenWord + ` ){0,3}(` + nameWord + `)\b`)
	saidNameRE   = regexp.MustCompile(givenWord + ` (` + nameWord + `),? (?:` + saying + `)\b|\b(?:` + saying + `) ` + givenWord + ` (` + nameWord + `)\b`)
	sayingWords  = strings.Split(saying, "|")
	courtesy     = wordSet(`mr mrs ms dr mr. mrs. ms. dr.`)
)

// people tells whether a word is the surname of a person the candidates
// name in full (see titledNameRE and saidNameRE). It looks a word up the
// first time it is asked, in the candidates that hold it: a brief asks of
// a few words, a cluster may hold many thousand sentences.
// The sentences cleaning dropped (extra: a caption, an editor's note, a
// sentence off the story) may name a person in full too, after a title,
// beside a word of saying or with an appositive; but a byline's given name
// before another surname says nothing of whether a word follows one given
// name only (see givenNamed), which the kept sentences alone tell.
type people struct {
	cands   []candidate
	extra   []candidate
	extraOf func() []candidate // gives extra when it is first needed, or nil
	known   map[string]bool
}

func newPeople(cands, extra []candidate) *people {
	return &people{cands: cands, extra: extra, known: make(map[string]bool)}
}

// newPeopleLazy is newPeople with the dropped sentences made by extra
// when a word is first looked up beyond the kept ones.
func newPeopleLazy(cands []candidate, extra func() []candidate) *people {
	return &people{cands: cands, extraOf: extra, known: make(map[string]bool)}
}

func (pp *people) is(w string) bool {
	if v, ok := pp.known[w]; ok {
		return v
	}
	if lw := strings.ToLower(w); bodies[lw] || weekdays[lw] || months[lw] && lw != "may" || notGiven[lw] {
		// "Industrial Police confirmed …" names a force, not a Mr Police;
		// "Thursday's attack" a day; "The" no one (but Theresa May is May)
		pp.known[w] = false
		return false
	}
	found, looked := false, 0
	for c := range pp.all() {
		if found || looked == maxNameLooks {
			break
		}
		for off := 0; !found; {
			i := strings.Index(c.text[off:], w)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(w)
			looked++
			// Only the words around this one can name it in full.
			window := c.text[max(0, at-80):min(len(c.text), off+24)]
			titled, said := mayName(window, w)
			found = titled && namesIn(window, titleFrom(window), titledNameRE, w) || said && namesIn(window, 0, saidNameRE, w)
		}
	}
	if !found {
		found = pp.givenNamed(w) || pp.appositiveNamed(w)
	}
	found = found && !pp.namesAThing(w) && !pp.namesAPlace(w)
	pp.known[w] = found
	return found
}

// namesAPlace reports whether a candidate writes w after "in" as the end of
// a name, before a mark or a word in lower case: "in Varno," "in
// Varno on Monday", "in New Ostland on Friday", "in the United
// States." (see afterIn). A person is not "in" someone ("in Ruiz's view"
// is a possessive's).
func (pp *people) namesAPlace(w string) bool {
	found := false
	pp.eachMentionAll(w, func(c candidate, at int) bool {
		if !afterIn(c.text[:at]) {
			return true
		}
		after := c.text[at+len(w):]
		if after == "" {
			found = true
			return false
		}
		if r, _ := utf8.DecodeRuneInString(after); r == '\'' || r == '’' || unicode.IsLetter(r) {
			return true // a possessive, or a longer word
		}
		next, _ := nextWord(strings.TrimLeft(after, " "))
		if strings.IndexByte(",.;:)", after[0]) >= 0 || !startsUpper(next) {
			found = true
			return false
		}
		return true
	})
	return found
}

// afterIn reports whether before, the text before a word, ends with "in "
// and up to two words with a capital ("in New ", "in the United Arab "),
// "the" between.
func afterIn(before string) bool {
	for range 3 {
		if strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " in the ") {
			return true
		}
		w, rest, ok := wordBefore(before)
		if !ok || !startsUpper(w) {
			return false
		}
		before = rest
	}
	return false
}

// bodies are the nouns of the bodies and forces a story names with a
// capital, and the nouns that end the names of places, bodies and things
// ("Downing Street", "Safety Board", "Buckingham Palace"), which name no
// person however they stand: "Ruritania's Industrial Police confirmed …"
// reads to the name patterns like "Jane Doe confirmed …", and "Downing
// Street" in two versions like a given name and a surname.
var bodies = wordSet(`police army navy government ministry court parliament congress senate council military ` +
	`authorities officials rescuers firefighters troops coastguard guard ` +
	`street road avenue square bridge tower towers palace house hospital university school academy institute ` +
	`airport airlines airways board agency service services administration commission authority department office ` +
	`center centre union party republic kingdom states county city island bay sea ocean valley survey press ` +
	`cup festival group company corporation foundation fund bank reserve brigade fleet ambulance ` +
	`minister secretary officer chairman constable spokesman spokeswoman director commissioner ` +
	`aviation transportation safety railroad management heritage express royal majesty democrats republicans ` +
	`south north east west central southern northern eastern western space`)

// namesAThing reports whether a candidate writes w after "the" as a noun
// of its own, before a mark, a possessive or a word of saying: "the
// Vatican said", "the Vatican's". A person's surname does not follow
// "the" so ("the Obama administration" is an adjective's use).
func (pp *people) namesAThing(w string) bool {
	found := false
	pp.eachMentionAll(w, func(c candidate, at int) bool {
		before := c.text[:at]
		if !strings.HasSuffix(before, "the ") && !strings.HasSuffix(before, "The ") {
			return true
		}
		after := c.text[at+len(w):]
		next, _ := nextWord(after)
		if after == "" || strings.IndexByte(",.;:)", after[0]) >= 0 || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") ||
			sayWordSet[strings.TrimFunc(next, notWordRune)] {
			found = true
			return false
		}
		return true
	})
	return found
}

// appositiveNamed reports whether a candidate names w in full with an
// appositive that says who they are: a given name before it, a comma and
// an indefinite article and, within four words, a noun of a person after
// it ("Utpal Dholakia, a marketing professor at Rice University, said …"),
// or after a role and a comma ("the captain, Francesco Schettino, was
// arrested", see roleBefore), the way news copy introduces a person it goes on
// to call by surname ("Dholakia said …").
func (pp *people) appositiveNamed(w string) bool {
	found := false
	pp.eachMentionAll(w, func(c candidate, at int) bool {
		if roleBefore(c.text[:at]) {
			found = true
			return false
		}
		after, ok := strings.CutPrefix(c.text[at+len(w):], ", a ")
		if !ok {
			if after, ok = strings.CutPrefix(c.text[at+len(w):], ", an "); !ok {
				return true
			}
		}
		if !slices.ContainsFunc(firstFields(after, 4), personNoun) {
			return true // "Port Elm, a fishing town"
		}
		before, ok := strings.CutSuffix(c.text[:at], " ")
		if !ok {
			return true
		}
		given := before[strings.LastIndexByte(before, ' ')+1:]
		found = isGivenName(given) && !nameTitleSet[given] && !courtesy[strings.ToLower(given)] && !stopWords()[strings.ToLower(given)]
		return !found // "On Thursday, a lorry driver …": a stopword is no given name
	})
	return found
}

// roleBefore reports whether s, the text before a surname, ends with a
// role and a given name: "the captain, Francesco " (of "the captain,
// Francesco Schettino,"), "her lawyer, Ana ".
func roleBefore(s string) bool {
	given, rest, ok := wordBefore(s)
	if !ok || !isGivenName(given) || nameTitleSet[given] || stopWords()[strings.ToLower(given)] {
		return false // "…, The Austin American-Statesman reported"
	}
	role, ok := strings.CutSuffix(rest, ", ")
	if !ok {
		return false
	}
	role = role[strings.LastIndexByte(role, ' ')+1:]
	if role == "" || unicode.IsUpper([]rune(role)[0]) {
		return false
	}
	return personNoun(role) || nameTitleSet[strings.ToUpper(role[:1])+role[1:]]
}

// personNoun reports whether w reads as a noun of a person: one of an
// agent's endings ("professor", "analyst", "spokeswoman", "resident"), but
// for the words of things that end so, or a noun of a person in -er
// ("teacher", see erPeople) or of none ("ally", see otherPeople).
func personNoun(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ",.;:"))
	if thingNouns[w] {
		return false
	}
	if erPeople[w] || otherPeople[w] {
		return true
	}
	for _, end := range []string{"ist", "man", "woman", "person", "ian", "or", "ent", "ant"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// erPeople are nouns of people ending in -er, which nouns of things end in
// too ("offer", "water"): personNoun knows them by name.
var erPeople = wordSet(`teacher worker lawyer officer manager leader player owner farmer driver passenger
	reporter founder partner trader banker minister researcher photographer writer singer father mother
	brother sister daughter fighter soldier volunteer engineer designer producer speaker dancer
	prisoner villager neighbour neighbor lecturer preacher commander ranger trainer
	striker defender keeper goalkeeper midfielder rider climber swimmer runner skier boxer
	customer shopper retailer consumer employer developer entrepreneur advertiser publisher
	broadcaster presenter commentator campaigner protester organiser organizer supporter voter
	member insider outsider stakeholder shareholder holder bearer carrier messenger diver`)

// otherPeople are nouns of people with no agent's ending: "Elise
// Stefanik, a staunch Trump ally and …".
var otherPeople = wordSet(`ally aide friend rival critic chief head spouse wife husband son widow veteran
	candidate nominee deputy envoy judge doctor nurse pilot captain coach boss cousin uncle aunt`)

// thingNouns end as nouns of people do (see personNoun) and are none.
var thingNouns = wordSet(`major floor door sector color colour error event percent cent moment government
	department parliament statement agreement settlement plant giant restaurant tournament monument document
	environment continent development investment equipment management payment shipment apartment segment
	component element instrument argument treatment`)

// minGivenDocs is in how many versions a word must follow one given name
// for givenNamed.
const minGivenDocs = 2

// givenNamed reports whether the versions name w in full after a given
// name of its own: a capitalized word (not a title, not the first of a
// sentence) that stands before w, or before a middle name before w
// ("Luis Alberto Urzua" beside "Luis Urzua"), in minGivenDocs versions or
// more and nowhere else, as "Justin" does before "Gatlin" ("American
// Justin Gatlin", "arch-rival Justin Gatlin"), a name no title or word of
// saying gives.
func (pp *people) givenNamed(w string) bool {
	type before struct{ x, x2 string } // the word before w, and the one before that
	var seen []before
	docs := map[int]bool{}
	collect := func(each func(string, func(candidate, int) bool), speaks bool) {
		each(w, func(c candidate, at int) bool {
			off := at + len(w)
			if off < len(c.text) && isLetterAt(c.text, off) {
				return true // inside a longer word
			}
			if speaks && isTitleCase(c.text) {
				return true // a headline's capitals name no one: "A Separate Microsoft 365 Outage"
			}
			x, rest, ok := wordBefore(c.text[:at])
			if !ok {
				return true // inside a word, or the sentence's first word
			}
			if !isGivenName(x) || nameTitleSet[x] {
				return true // no name
			}
			b := before{x: x}
			if x2, _, ok := wordBefore(rest); ok && isGivenName(x2) && !nameTitleSet[x2] {
				b.x2 = x2
			}
			seen = append(seen, b)
			docs[c.doc] = true
			return true
		})
	}
	collect(pp.eachMention, false)
	if len(docs) < minGivenDocs {
		if !pp.speaks(w) {
			return false
		}
		// A speaker is someone: "Jim Free … Free wrote.", in one version,
		// named in full in a sentence the cleaner dropped too.
		seen, docs = nil, map[int]bool{}
		collect(pp.eachMentionAll, true)
		if len(docs) == 0 {
			return false
		}
	}
	// One given name stands before w, or before its middle name, in
	// every mention: two words before it are a place's or a thing's
	// ("South Korea", "North Korea").
	given := ""
	for _, g := range []string{seen[0].x, seen[0].x2} {
		if g != "" && !slices.ContainsFunc(seen, func(b before) bool { return b.x != g && b.x2 != g }) {
			given = g
			break
		}
	}
	if given == "" {
		return false
	}
	middles := map[string]bool{}
	for _, b := range seen {
		if b.x != given {
			middles[b.x] = true
		}
	}
	// The given name stands before w, or a middle name of it, only.
	only := true
	pp.eachMention(given, func(c candidate, at int) bool {
		off := at + len(given)
		if at > 0 && isLetterAt(c.text, at-1) || off < len(c.text) && isLetterAt(c.text, off) {
			return true
		}
		after := c.text[off:]
		if only = hasNamePrefix(after, " "+w); !only {
			if m, rest := letterWord(strings.TrimPrefix(after, " ")); middles[m] && hasNamePrefix(rest, " "+w) {
				only = true
			}
		}
		return only
	})
	return only
}

// speaks reports whether w is a quotation's speaker: a candidate closes
// a quotation and a comma before it and a word of saying after it
// ("“…,” Free wrote.", "\"…,\" Simon said.").
func (pp *people) speaks(w string) bool {
	found := false
	pp.eachMention(w, func(c candidate, at int) bool {
		before, after := c.text[:at], c.text[at+len(w):]
		if !strings.HasSuffix(before, ",” ") && !strings.HasSuffix(before, ",\" ") && !strings.HasSuffix(before, "”, ") {
			return true
		}
		v, _ := letterWord(after)
		found = strings.HasPrefix(after, " ") && speakerVerbs[v]
		return !found
	})
	return found
}

// speakerVerbs are the words of saying after a quotation's speaker.
var speakerVerbs = wordSet(`said says wrote writes told tells added adds explained noted recalled`)

// hasNamePrefix reports whether s begins with name, its accents aside:
// versions write "Luis Urzúa" and "Luis Urzua".
func hasNamePrefix(s, name string) bool {
	if strings.HasPrefix(s, name) {
		return true
	}
	n := min(len(s), len(name)+8) // an accent adds a byte or two a letter
	return strings.HasPrefix(unaccented(s[:n]), name)
}

// unaccented returns s without its combining marks: "Urzúa" is "Urzua".
func unaccented(s string) string {
	d := norm.NFD.String(s)
	var sb strings.Builder
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// wordBefore returns the word that ends s after a space, and s before
// it; ok is false when no space ends s (w, after s, is inside a word) or
// the word opens s or a sentence inside it (a sentence's first).
func wordBefore(s string) (word, rest string, ok bool) {
	trimmed := strings.TrimRight(s, " ")
	if len(trimmed) == len(s) || trimmed == "" {
		return "", "", false
	}
	j := strings.LastIndexFunc(trimmed, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(`"“‘(`, r) })
	if j < 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(trimmed[j:])
	word, rest = trimmed[j+size:], trimmed[:j+size]
	if endsSentence(strings.TrimRight(rest, " ")) {
		return "", "", false // the first word of a sentence punkt left joined: `…daughter." With Urzua …`
	}
	return word, rest, true
}

// eachMention calls f with each candidate that holds s and the offset of
// each mention of s in its text, in order, for at most maxNameLooks
// mentions, until f returns false.
func (pp *people) eachMention(s string, f func(c candidate, at int) bool) {
	eachMentionIn(slices.Values(pp.cands), s, f)
}

// eachMentionAll is eachMention over the dropped sentences too.
func (pp *people) eachMentionAll(s string, f func(c candidate, at int) bool) {
	eachMentionIn(pp.all(), s, f)
}

// all yields the kept sentences, then the dropped ones.
func (pp *people) all() iter.Seq[candidate] {
	return func(yield func(candidate) bool) {
		for _, c := range pp.cands {
			if !yield(c) {
				return
			}
		}
		if pp.extra == nil && pp.extraOf != nil {
			pp.extra, pp.extraOf = pp.extraOf(), nil
		}
		for _, c := range pp.extra {
			if !yield(c) {
				return
			}
		}
	}
}

// eachMentionIn is eachMention over cands.
func eachMentionIn(cands iter.Seq[candidate], s string, f func(c candidate, at int) bool) {
	looked := 0
	for c := range cands {
		for off := 0; looked < maxNameLooks; looked++ {
			i := strings.Index(c.text[off:], s)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(s)
			if !f(c, at) {
				return
			}
		}
	}
}

// isGivenName reports whether x may be a given name: a capital, then
// lower-case letters only, two or more.
func isGivenName(x string) bool {
	r, size := utf8.DecodeRuneInString(x)
	if !unicode.IsUpper(r) || len(x) <= size {
		return false
	}
	for _, r := range x[size:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// namesIn reports whether re, matched in s from byte from on, names w in
// full: not after an article ("the White House said" is a body, not a
// person).
func namesIn(s string, from int, re *regexp.Regexp, w string) bool {
	for _, m := range re.FindAllStringSubmatchIndex(s[from:], -1) {
		if article(s[:from+m[0]]) {
			continue
		}
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 && possessor(s[from+m[g]:from+m[g+1]]) == w && !notGivenBefore(s[:from+m[g]]) {
				return true
			}
		}
	}
	return false
}

// notGivenBefore reports whether the word that ends before, the text
// before a surname, is no given name: a possessive or a day or a month
// ("said Saturday’s Halloween festivities …").
func notGivenBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	x := before[strings.LastIndexByte(before, ' ')+1:]
	if strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s") {
		return true
	}
	lx := strings.ToLower(x)
	return weekdays[lx] || months[lx]
}

// titleFrom returns where in s the matches of titledNameRE start at the
// earliest: at the character before the first title that follows no
// letter (0 if the title opens s). No match starts before it, and the
// character there, being no letter, starts none either, so the matches
// found from there on are those in the whole of s.
func titleFrom(s string) int {
	for j := 0; j < len(s); j++ {
		if s[j] < 'A' || s[j] > 'Z' {
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if j > 0 && unicode.IsLetter(r) {
			continue
		}
		for _, t := range nameTitles {
			if strings.HasPrefix(s[j:], t) {
				return j - size
			}
		}
	}
	return len(s)
}

// mayName reports whether w stands somewhere in s where titledNameRE could
// capture it, after a title and up to three words, or saidNameRE, before a
// word of saying (behind a comma) or after one and a word. The tests are
// loose and cheap, the expressions exact and dear: they run only where
// these hold, which is seldom.
func mayName(s, w string) (titled, said bool) {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			break
		}
		at := off + i
		off = at + 1
		titled = titled || titledBefore(s[:at])
		said = said || saidAround(s, at)
	}
	return titled, said
}

// titledBefore reports whether s ends with a title, a space and up to three
// words with a space after each, the title at the start of s or after a
// character that is no letter.
func titledBefore(s string) bool {
	for range 4 {
		var ok bool
		if s, ok = strings.CutSuffix(s, " "); !ok {
			return false
		}
		if endsWithTitle(s) {
			return true
		}
		word := strings.LastIndexByte(s, ' ') + 1
		if r, _ := utf8.DecodeRuneInString(s[word:]); !unicode.IsUpper(r) {
			return false // the words between a title and a name are names
		}
		s = s[:word]
	}
	return false
}

// endsWithTitle reports whether s ends with a title, at its start or
// after a character that is no letter.
func endsWithTitle(s string) bool {
	for j := len(s) - 1; j >= max(0, len(s)-maxTitleLen); j-- {
		if s[j] < 'A' || s[j] > 'Z' || !nameTitleSet[s[j:]] {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:j]); j == 0 || !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// saidAround reports whether the word at s[at:] follows a space and a
// name's last letter, and is followed by a space (a comma before it) and
// a word of saying; or follows a word of saying, a space, a capitalized
// word and a space.
func saidAround(s string, at int) bool {
	before, ok := strings.CutSuffix(s[:at], " ")
	if !ok {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsLower(r) || r == '\'' || r == '’' {
		if i := strings.IndexByte(s[at:], ' '); i >= 0 {
			for _, w := range sayingWords {
				if strings.HasPrefix(s[at+i+1:], w) {
					return true
				}
			}
		}
	}
	word := strings.LastIndexByte(before, ' ') + 1
	if r, _ := utf8.DecodeRuneInString(before[word:]); !unicode.IsUpper(r) {
		return false
	}
	if before, ok = strings.CutSuffix(before[:word], " "); !ok {
		return false
	}
	for _, w := range sayingWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

func wordSetOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// quoteAll is words as alternatives of a regular expression.
func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// maxNameLooks bounds how many mentions of a word people.is reads: a
// person named in full is so named in the first mentions of a story's
// versions, and a word that is no name may have thousands.
const maxNameLooks = 64

// notGiven are the words that open a sentence before a name without
// being its given name: "Both Daniels and Cohen testified".
var notGiven = wordSet(`both and but or nor the a an as when while after before if since then also only even all
	each every some many most few several other another such neither either so yet still though although because
	once until unless with without for from by at in on to of`)

// unintroduced returns those of the candidates in reading order that name
// a person by surname alone ("Rubio and Tokayev discussed …", "Davies
// said") before the brief has named them in full ("Marco Rubio") or with
// a title ("Secretary Rubio"), though the cluster names them so.
func unintroduced(p *pool, order []int, people *people) []int {
	known := make(map[string]bool)
	var out []int
	for _, k := range order {
		text := p.cands[k].text
		bad := false
		var ws [][2]string // each word, and the one before it
		forEachWord(text, func(prev, w string) { ws = append(ws, [2]string{prev, w}) })
		for i, pw := range ws {
			prev, w := strings.TrimLeft(pw[0], `"“‘'(`), pw[1] // `Joaquin "El Chapo" Guzman`: "El" before "Chapo"
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || known[w] || known[latinBase(w)] || knownSpelling(known, w) {
				continue // "Pena" after "Peña": one name, accents aside
			}
			if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !courtesy[strings.ToLower(prev)] && !notGiven[strings.ToLower(prev)] {
				known[w], known[latinBase(w)] = true, true // "Marco Rubio", "Secretary Rubio"; not "Both Daniels"
				continue
			}
			if i+1 < len(ws) && ws[i+1][0] != "" && regnal[ws[i+1][1]] {
				known[w] = true // "Benedict XVI", "Charles III": a numeral after it names the one
				continue
			}
			if prev == "the" || prev == "The" || nameTitleSet[w] {
				continue // "in the Vatican": a place or a body, not a person's surname; "Pope" alone is a title
			}
			if people.is(w) {
				// "Robert Mugabe resigned …": a given name before its
				// surname, though a cut caption ended at "President Robert M"
				bad = bad || !(i+1 < len(ws) && ws[i+1][0] != "" && startsUpper(ws[i+1][1]) && people.is(ws[i+1][1]))
			}
		}
		if bad {
			out = append(out, k)
		}
	}
	return out
}

// knownSpelling reports whether known holds w in another spelling, as
// versions transliterate a name ("Gaddafi", "Gadhafi"): a word of six
// letters or more with the same first letter, one letter changed, added or
// dropped.
func knownSpelling(known map[string]bool, w string) bool {
	if len(w) < 6 {
		return false
	}
	for k := range known {
		if len(k) >= 6 && k[0] == w[0] && oneEdit(k, w) {
			return true
		}
	}
	return false
}

// oneEdit reports whether a and b, two different strings, differ by one
// byte changed, added or dropped.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// regnal are the numerals of a monarch or a pope after the name ("Benedict
// XVI", "Charles III"), which name the one.
var regnal = wordSet(`I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII`)

// unintroducedRoles returns those of the candidates in reading order that
// call someone by a title alone, "the prime minister", "the president",
// before the brief has given the title with a name: a reader of "The
// prime minister said the attack was terrorism." does not know whose.
// "the president of Ruritania", "the prime minister, Jane Doe," and "the
// prime minister Jane Doe" name them; so does an earlier sentence of the
// brief that gives the title with a name (see namesTitle).
func unintroducedRoles(p *pool, order []int) []int {
	var out []int
	for i, k := range order {
		text := p.cands[k].text
		for _, role := range bareRole(text) {
			introduced := func(j int) bool { return namesTitle(p.cands[j].text, role) }
			if bareThings[role] {
				introduced = func(j int) bool { return hasLowerASCIIWord(p.cands[j].text, role) }
			}
			if !slices.ContainsFunc(order[:i], introduced) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// bareRoles are the titles bareRole looks for, in lower case.
// A king, a queen or a pope is the one of the story's country or church.
// A video, footage, a live stream or a post is a thing a story introduces
// before it says "the video" ("Facebook said the video had been
// removed.").
var bareRoles = []string{"prime minister", "president", "chancellor", "premier", "governor", "mayor",
	"chief executive", "ceo", "minister", "video", "footage", "livestream", "live-stream", "live stream"}

// bareThings are the bareRoles that are things, which any sentence that
// tells of one introduces ("a video of the attack").
var bareThings = wordSet(`video footage livestream live-stream`)

// bareRole returns the titles of bareRoles that text gives after "the"
// with no name: not before "of" or a name, nor before a comma and a name,
// nor after a name and a comma.
func bareRole(text string) []string {
	if !strings.Contains(text, "he ") {
		return nil
	}
	var out []string
	for _, role := range bareRoles {
		if bareAt(text, "the "+role) {
			out = append(out, role)
		}
	}
	return out
}

// bareAt reports whether text holds pat, "the" and a title in lower case
// (in any case in text), with no name: see bareRole.
func bareAt(text, pat string) bool {
	for off := 0; ; {
		i := indexLowerASCII(text[off:], pat)
		if i < 0 {
			return false
		}
		at := off + i
		off = at + len(pat)
		if at > 0 && text[at-1] != ' ' && text[at-1] != '"' && !strings.HasSuffix(text[:at], "“") {
			continue
		}
		after := text[off:]
		if after != "" && (wordLetter(rune(after[0])) || after[0] == '-' || after[0] == '\'' || strings.HasPrefix(after, "’s")) {
			continue // "the presidential", "the president's office" is a place of the office
		}
		if before, ok := strings.CutSuffix(text[:at], ", "); ok && startsUpper(before[strings.LastIndexByte(before, ' ')+1:]) {
			continue // "Doe, the prime minister, …": an apposition to the name
		}
		next, _ := nextWord(strings.TrimLeft(strings.TrimPrefix(after, ","), " "))
		if next = strings.TrimFunc(next, notWordRune); next == "of" || startsUpper(next) && !sentenceWords[next] {
			continue // "the president of …", "the prime minister, Jane Doe", "the prime minister Jane Doe"
		}
		return true
	}
}

// sentenceWords are capitalised words that open a clause, not a name,
// after a title: "the president. He …" does not reach here, but "the
// president, The …" might.
var sentenceWords = wordSet(`The A An He She It They I We`)

// indexLowerASCII is strings.Index of pat, in lower case, in s, its ASCII
// letters in any case.
func indexLowerASCII(s, pat string) int {
	for i := 0; i+len(pat) <= len(s); i++ {
		if hasLowerASCIIPrefix(s[i:], pat) {
			return i
		}
	}
	return -1
}

// lowerASCIIWords yields the offsets in s of w, in lower case, as a word,
// its ASCII letters in any case.
func lowerASCIIWords(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			i := indexLowerASCII(s[off:], w)
			if i < 0 {
				return
			}
			at := off + i
			off = at + 1
			if (at == 0 || !wordLetter(rune(s[at-1]))) && (at+len(w) == len(s) || !wordLetter(rune(s[at+len(w)]))) && !yield(at) {
				return
			}
		}
	}
}

// hasLowerASCIIWord reports whether s holds w, in lower case, as a word,
// its ASCII letters in any case.
func hasLowerASCIIWord(s, w string) bool {
	for range lowerASCIIWords(s, w) {
		return true
	}
	return false
}

// namesTitle reports whether s gives the title role, in lower case, its
// ASCII letters in any case, with a name: before it ("Prime Minister Jane
// Doe", "the prime minister, Jane Doe") or before a comma and up to three
// words ahead of it ("Doe, the outgoing prime minister"). "… will become
// the next prime minister" names no one the title's later "the prime
// minister said" could be.
func namesTitle(s, role string) bool {
	for at := range lowerASCIIWords(s, role) {
		end := at + len(role)
		next, _ := nextWord(strings.TrimLeft(strings.TrimPrefix(s[end:], ","), " "))
		if next = strings.TrimFunc(next, notWordRune); startsUpper(next) && !sentenceWords[next] {
			return true
		}
		before := s[:at]
		for range 4 {
			if b, ok := strings.CutSuffix(before, ", "); ok {
				if startsUpper(b[strings.LastIndexByte(b, ' ')+1:]) {
					return true
				}
				break
			}
			j := strings.LastIndexByte(strings.TrimSuffix(before, " "), ' ')
			if j < 0 {
				break
			}
			before = before[:j+1]
		}
	}
	return false
}

// forEachWord calls f with each word of s, letters and the apostrophes and
// hyphens inside names, and the word before it ("" for the first).
func forEachWord(s string, f func(prev, w string)) {
	prev := ""
	for _, field := range strings.Fields(s) {
		w := possessor(strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		f(prev, w)
		prev = field
		if r, _ := utf8.DecodeLastRuneInString(field); !unicode.IsLetter(r) && r != '.' {
			prev = "" // "Thursday, Rubio": no name runs over punctuation
		}
	}
}

// possessor returns w without a possessive 's.
func possessor(w string) string { return strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s") }

// article reports whether s ends with a definite or indefinite article.
func article(s string) bool {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasSuffix(s, a) {
			return true
		}
	}
	return false
}
