package summarize

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pronounSaidRE finds a quotation attributed to a bare pronoun ("…,” he
// said), or to a document named by its kind alone ("…,” the statement
// said), whose speaker is named in an earlier sentence.
var pronounSaidRE = closingQuoteRE{regexp.MustCompile(`["”]\s+(?:he|she|it|they|the (?:statement|bulletin|memo|letter|post|report))\s+(?:said|says|added|adds|told|wrote|writes|explained|noted|read|reads)\b`)}

// pronounSaysLast reports whether text ends by giving what it reports to a
// bare pronoun, whose speaker is named before: "The debris was hit by
// another train, he added."
func pronounSaysLast(text string) bool {
	end := strings.TrimRight(text, closers)
	i := strings.LastIndex(end, ", ")
	if i < 0 || len(end)-i > 24 {
		return pronounSaysInside(end)
	}
	w := strings.Fields(end[i+2:])
	return len(w) == 2 && subjectPronouns[strings.ToLower(w[0])] && w[0] != "it" && sayVerbs[strings.TrimRight(w[1], ".!")] ||
		pronounSaysInside(end)
}

// pronounSaysInside reports whether text gives what it reports to a
// pronoun set off by commas in its middle, and names no one it could
// stand for: "The country had been held back by low economic growth for
// too long, she says, and she was elected …". ("The mayor said the bridge
// would close, she added." has its noun.)
func pronounSaysInside(text string) bool {
	for rest := text; ; {
		i := strings.Index(rest, ", ")
		if i < 0 {
			return false
		}
		rest = rest[i+2:]
		var buf [2]string
		w := firstFieldsInto(buf[:0], rest, 2)
		if len(w) == 2 && (w[0] == "he" || w[0] == "she" || w[0] == "they") && sayVerbs[strings.TrimRight(w[1], ",")] &&
			strings.HasSuffix(w[1], ",") {
			return !namesSomeone(text)
		}
	}
}

// namesSomeone reports whether text has a word with a capital after its
// first (a name, as far as a look at one sentence tells), other than "I".
func namesSomeone(text string) bool { return namesBeyond(text, false) }

// namesBeyond is namesSomeone, but for the names of days and months when
// days is true: they place nothing ("Officials reported at least 17
// hurricane deaths Thursday." tells no reader where).
func namesBeyond(text string, days bool) bool {
	words := strings.Fields(text)
	for _, w := range words[min(1, len(words)):] {
		w = strings.TrimLeft(w, `"“‘'(`)
		if w == "I" || !startsUpper(w) {
			continue
		}
		if lw := strings.ToLower(strings.TrimFunc(w, notWordRune)); days && (weekdays[lw] || months[lw] && lw != "may") {
			continue
		}
		return true
	}
	return false
}

var sayVerbs = wordSet(`said says added adds told wrote writes explained noted stated read reads`)

// mayQuote reports whether text closes a quotation before a space, which
// pronounSaidRE needs.
func mayQuote(text string) bool {
	return strings.Contains(text, "” ") || strings.Contains(text, "\" ")
}

// Words that make a sentence lean on the one before it when they open it.
var (
	leaningOpeners = wordSet(`he she it they we this that these those his her its their them him such ` +
		`however but and or nor so yet still also further furthermore moreover meanwhile then thus ` +
		`therefore hence instead otherwise besides nonetheless nevertheless additionally ` +
		`likewise similarly accordingly consequently indeed anyway plus other another`)
	// After one of these openers a pronoun still points back:
	// "Despite their …", "Like him, …".
	leaningPrepositions = wordSet(`despite after before with for of in unlike like since given as by`)
	leaningDeterminers  = wordSet(`he she it they this that these those his her its their them him such`)
	leaningTime         = wordSet(`later earlier afterwards afterward`)
	// "Second, …", "Finally, …" continue a list begun before.
	leaningList = wordSet(`second secondly third thirdly fourth fifth lastly finally`)
	// Answers that open a sentence with a comma answer what came before:
	// "Yes, a red sports car was sent into orbit."
	leaningAnswers = wordSet(`yes no well sure okay ok`)
	// A comment on what the sentence before told, when it opens a
	// sentence with a comma: "Luckily, the crew had a spare radio." is lucky
	// beside a plight told before.
	leaningComments = wordSet(`luckily fortunately unfortunately thankfully ironically`)
	// Connectives of several words that open a sentence with a comma.
	leaningPhrases = []string{"to recap,", "as a result,", "in addition,", "in turn,", "on the other hand,", "by contrast,",
		"in contrast,", "at the same time,", "even so,", "for that reason,", "because of this,", "after all,",
		"according to him,", "according to her,", "according to them,", "according to it,",
		// a day told before: "The evening before, authorities called off …"
		"the evening before", "the night before", "the day before", "the morning before",
		"the next day", "the following day", "the next morning", "the following morning", "the day after",
		"a day later", "a day earlier", "a week later", "a week earlier"}
	// "Hours later, …", "Days earlier, …" point back in time.
	leaningSecond = wordSet(`later earlier afterwards afterward before`)
	// An adverb or a conjunction before a pronoun leaves it pointing
	// back: "Just its base now remains.", "When he arrived, …", "Now
	// they face …".
	// A demonstrative after one is mostly a time ("Only this year …",
	// "Now that the strike is over, …").
	leaningAdverbs  = wordSet(`just only now even soon here when while although though because if once until whereas today yesterday`)
	leaningPronouns = wordSet(`he she it they his her its their them him`)
	// A document named by its kind alone, which the sentence before
	// introduced: "The statement confirmed …", "The bulletin also stated …";
	// and what was announced or decided: "The decision sets the stage …",
	// "The announcement came …".
	leaningDocuments = wordSet(`statement statements bulletin memo letter tweet post report channel broadcaster newspaper source sources ` +
		`announcement decision`)
	// People named by their number alone: "The pair eventually split."
	leaningGroups = wordSet(`pair couple duo trio group`)
	// A count that opens a sentence without a noun stands for one named
	// before: "One was seriously injured.", "Three others died …", "Two
	// more were …" ("One of the victims …" names its noun).
	leaningCounts = wordSet(`one two three four five six seven eight nine ten dozens`)
	// Quantities without their noun do so too: "Some even fled …", "Many
	// were trapped …" ("Some residents fled …" names its noun).
	leaningQuantities    = wordSet(`some many most several few others`)
	modalWords           = wordSet(`will would could may might can should must`)
	leaningAfterQuantity = wordSet(`even also still who`)
	leaningAfterCount    = wordSet(`other others more was were is are has have had remain remains remained ` +
		`died survived`)
)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// standsAlone reports whether a sentence can be read without the ones
// around it: it is whole (see isWhole) and does not lean on an earlier
// sentence (see leans).
func standsAlone(text string) bool { return isWhole(text, false) && !leans(text, false) }

// isWhole reports whether a sentence can be read at all, with or without
// the one before it: it opens as a sentence does, its quotation marks are
// balanced (punkt splits a quotation of several sentences into pieces that
// open or close a quote they do not hold), it is no question nor a wish
// nor a speaker's tag alone (see isWish, speakerTagOnly), nor a post's
// words without their writer (see droppedSubject), it is not
// cut short, run together with another block, garbled (see garbled),
// pointing at a picture (see pointsAtPicture), without a main clause or
// after a speaker's label (see endsAtInitial, hasGluedWord, noMainClause,
// speakerLabel), and no quotation without its speaker: not all quotation, not a quotation of
// some length with no word of saying outside it, and, outside a list of
// items (see isItemList), no first person outside quotation marks, which
// is a speaker's, not the narrator's ("…through my Abraham Accords").
func isWhole(text string, items bool) bool {
	if !startsWell(text) || !quotesBalanced(text) || isQuestion(text) || allQuoted(text) ||
		endsAtInitial(text) || hasGluedWord(text) || garbled(text) || pointsAtPicture(text) || speakerLabel(text) || noMainClause(text) || !items && trails(text) ||
		isWish(text) || speakerTagOnly(text) || headlinePassive(text) || headlineEllipsis(text) || droppedSubject(text) {
		return false
	}
	outside, quoted := text, 0
	if strings.Contains(text, `"`) || strings.Contains(text, "“") || strings.Contains(text, "”") { // ContainsAny of non-ASCII: 1.4 µs
		outside, quoted = splitQuotes(text)
	}
	if quoted >= 4 && !says.in(outside) {
		return false
	}
	return items || !hasFirstPerson(outside)
}

// endsAtInitial reports whether s ends at a name's initial: "State police
// have identified 40-year-old Robert R." is cut short, where a page's text
// stops or punkt took the initial's full stop for a sentence's end.
// "World War I." ends at a numeral, "… in Group C." at a label. So is one
// that ends at a title ("Labour Party leader, Sir.", "… a letter to Gov.")
// or in a case's name ("Supreme Court overturns Roe v."), or before a
// fort's or a mountain's name ("… from Ft.").
func endsAtInitial(s string) bool {
	s = strings.TrimRight(s, closers)
	for _, t := range []string{" Sir.", " Mr.", " Mrs.", " Ms.", " Dr.", " Prof.", " v.", " vs.", " Ft.", " Mt.", " Gov.", " Sen.", " Gen.", " Lt.", " Col.", " Sgt.", " Capt.", " Rev."} {
		if strings.HasSuffix(s, t) {
			return true // a title cut from its name: "Labour Party leader, Sir."
		}
	}
	n := len(s)
	if n < 4 || s[n-1] != '.' || s[n-3] != ' ' || s[n-2] < 'A' || s[n-2] > 'Z' || s[n-2] == 'I' {
		return false
	}
	name := s[:n-3]
	w := name[strings.LastIndexByte(name, ' ')+1:]
	return startsUpper(w) && !letterLabels[strings.ToLower(w)]
}

// letterLabels are words a letter follows as a label, not as an initial:
// "Group C", "Plan B".
var letterLabels = wordSet(`group plan zone gate terminal section type class grade vitamin hepatitis block ` +
	`pool part phase level line category division league tier wing ward unit lot row stage`)

// noMainClause reports whether s, a sentence without a comma, has its
// only verb after a conjunction of time that opens a clause: "Chaos early
// this morning in Miami-Dade County when part of a 12-story condo building
// suddenly collapsed." It is a broadcast's fragment, with no main clause.
// A clause before the conjunction ("Three people died when …") or after a
// comma ("When the bridge fell, …") is a main one.
func noMainClause(s string) bool {
	if strings.IndexByte(s, ',') >= 0 || !looksEnglish(s) {
		return false
	}
	for _, c := range []string{" when ", " as ", " after ", " while "} {
		i := strings.Index(s, c)
		if i < 0 {
			continue
		}
		head := s[:i]
		return hasWords(head, 3) && !sureVerb(head, nil) && !taggedVerb(tagWords(head), nil)
	}
	return false
}

// droppedSubject reports whether s opens as a post does that leaves out
// its writer, "I": a feeling and an infinitive or its cause ("Distressed
// to learn about the tragic accident …", "Saddened to hear …", "Deeply
// saddened by the loss …", "Beyond stunned and saddened by the news …")
// or a perfect's auxiliary
// and its participle ("Have instructed the rescue force to reach the
// site …"). It is the writer's words, not the narrator's.
func droppedSubject(s string) bool {
	var buf [6]string
	w := firstFieldsInto(buf[:0], s, 6)
	if len(w) < 3 || strings.HasSuffix(s, "?") {
		return false
	}
	first := strings.TrimFunc(w[0], notWordRune)
	if !startsUpper(first) {
		return false
	}
	lower := strings.ToLower(first)
	if feelingIntensifiers[lower] && len(w) >= 4 {
		// "Deeply saddened by …", "Beyond stunned and saddened by …"
		w, lower = w[1:], strings.ToLower(strings.TrimFunc(w[1], notWordRune))
	}
	if feeling(lower) && w[1] == "and" && len(w) >= 4 && feeling(strings.ToLower(w[2])) {
		w = w[2:] // "Shocked and saddened to hear …"
	}
	switch {
	case feeling(lower) && (w[1] == "to" || w[1] == "by") && len(w) >= 3 && startsLowerWord(w[2]):
		// "Distressed to learn …"; not a participle's phrase before the
		// main clause: "Organised to raise money, the race drew …"
		_, after, comma := strings.Cut(s, ", ")
		return !comma || !sureVerb(after, nil)
	case lower == "have" || lower == "has":
		next := strings.TrimFunc(w[1], notWordRune)
		return isPastForm(next) || irregularPast[next] || next == "been"
	}
	return false
}

// feeling reports whether w, in lower case, may be a participle of a
// feeling ("distressed", "saddened"): a word of five letters or more in
// "-ed".
func feeling(w string) bool { return strings.HasSuffix(w, "ed") && len(w) > 4 }

// feelingIntensifiers are the words a post's feeling may open with:
// "Deeply saddened by …", "Beyond stunned …".
var feelingIntensifiers = wordSet(`deeply truly so very beyond utterly profoundly absolutely incredibly`)

// speakerLabel reports whether s opens with a speaker's name and title
// before a colon, as a transcript or a video's caption sets them: "Charles
// Burkett, Mayor of Surfside, Florida: The building has literally
// pancaked." What follows is a quotation without its marks, the first
// person the speaker's.
func speakerLabel(s string) bool {
	i := strings.Index(s[:min(len(s), 100)], ": ")
	if i < 0 || !startsUpper(s) || !startsUpper(s[i+2:]) {
		return false
	}
	label := s[:i]
	if !strings.Contains(label, ", ") || strings.ContainsAny(label, "0123456789\"“”") || hasWords(label, 13) || sureVerb(label, nil) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if speakerTitles[strings.Trim(w, ",")] {
			return true
		}
	}
	return false
}

// speakerTitles are the titles a speaker's label gives.
var speakerTitles = wordSet(`mayor president minister chief spokesperson spokesman spokeswoman governor director ` +
	`officer secretary senator commissioner sheriff chair chairman chairwoman ceo founder professor leader captain`)

// trails reports whether s ends with an ellipsis outside a quotation, as a
// teaser cut short does: "In a dramatic day of politics...", "US
// President says addition of Sweden made NATO … “more united …”" is
// whole, its ellipsis inside the quotation.
func trails(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// hasGluedWord reports whether s holds two sentences' words run into one,
// as a page's text loses the break between two blocks: "… wanted in
// connection with theThe town of Lewiston …".
func hasGluedWord(s string) bool {
	for i := 1; i+3 < len(s); i++ {
		if s[i] == 'T' && s[i+1] == 'h' && s[i+2] == 'e' && s[i+3] == ' ' && 'a' <= s[i-1] && s[i-1] <= 'z' {
			return true
		}
		// two sentences run together at a full stop: "Rescue operations
		// underway.More details awaited."
		if s[i] == '.' && i >= 3 && isLowerASCII(s[i-1]) && isLowerASCII(s[i-2]) && isLowerASCII(s[i-3]) && 'A' <= s[i+1] && s[i+1] <= 'Z' && 'a' <= s[i+2] && s[i+2] <= 'z' && 'a' <= s[i+3] && s[i+3] <= 'z' {
			return true
		}
	}
	return false
}

// garbled reports whether s lost characters on its way: a question mark
// between two lower-case letters, where a page's non-breaking space or
// apostrophe was turned into one ("Italian authorities?were questioning
// the captain of?the …", "don?t"), or after a comma before a word (see
// lostSpace), or the replacement character U+FFFD that undecodable bytes
// become.
func garbled(s string) bool {
	if lostSpace(s) || toldNoOne(s) || lostLink(s) {
		return true
	}
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '?' && 'a' <= s[i-1] && s[i-1] <= 'z' && 'a' <= s[i+1] && s[i+1] <= 'z' {
			return true
		}
	}
	return strings.Contains(s, "\ufffd") // decoding left valid UTF-8: a byte search finds it
}

// toldNoOne reports whether a quotation ends on a comma and "told" or
// "tells" follows with no speaker, a word in lower case after it: "“We
// won,” told an excited crowd …" lost its speaker on the way ("said the
// mayor" may come first; "told" may not); or whether "said" ends s right
// after the quotation (see saidNoOne).
func toldNoOne(s string) bool {
	for _, q := range []string{",\" told ", ",” told ", ",\" tells ", ",” tells "} {
		if i := strings.Index(s, q); i >= 0 {
			if r, _ := utf8.DecodeRuneInString(s[i+len(q):]); unicode.IsLower(r) {
				return true
			}
		}
	}
	return saidNoOne(s)
}

// saidNoOne reports whether s ends on a quotation and a word of saying
// with no speaker between them, the speaker's name lost with a page's link:
// "“There was a partial collapse …”, said." ("said the mayor." has one);
// or on a comma and "reported" or "reports", whose source went the same
// way: "Protesters stormed her official residence on Monday afternoon,
// reported."
func saidNoOne(s string) bool {
	if strings.HasSuffix(s, ", reported.") || strings.HasSuffix(s, ", reports.") {
		return true
	}
	if !strings.HasSuffix(s, " said.") && !strings.HasSuffix(s, " says.") && !strings.HasSuffix(s, " added.") {
		return false
	}
	before := strings.TrimRight(s[:strings.LastIndexByte(strings.TrimSuffix(s, "."), ' ')], ",")
	return strings.HasSuffix(before, "”") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "”,") || strings.HasSuffix(before, ",”") || strings.HasSuffix(before, ",\"")
}

// lostLink reports whether a word was lost between a function word and a
// mark, where a page's link was stripped with its text and left the
// space before it: "… made the first landing on a , but its status …".
func lostLink(s string) bool {
	if !strings.Contains(s, " ,") && !strings.Contains(s, " .") && !strings.Contains(s, " ;") && !strings.Contains(s, " :") {
		return false // vectorized searches spare most sentences the loop
	}
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ' ' || strings.IndexByte(",.;:", s[i+1]) < 0 {
			continue
		}
		j := strings.LastIndexByte(s[:i], ' ') + 1
		if linkBefore[s[j:i]] {
			return true
		}
	}
	return false
}

// linkBefore are the words a link's text follows and no mark does.
var linkBefore = wordSet(`a an the of on in at to for with from by into and or`)

// lostSpace reports whether a question mark stands where a page's
// non-breaking space was, between a comma and a word: "Kilbride,
// Varno,?Ashby and Wexley" (see garbled).
func lostSpace(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], ",?")
		if j < 0 {
			return false
		}
		i += j + 2
		if i < len(s) && unicode.IsLetter(rune(s[i])) {
			return true
		}
	}
}

// pointsAtPicture reports whether s points at a picture beside it, as a
// caption or a page's text about its photos does: "Jeff Weiner (right)
// will remain CEO, reporting to Satya Nadella (left).", "Mr Smith
// (pictured) said …", "Jeff Weiner, pictured above, will remain …". A
// brief has no pictures.
func pointsAtPicture(s string) bool {
	if strings.Contains(s, "pictured") || strings.Contains(s, "seen here") || strings.Contains(s, " above") {
		for _, m := range picturePhrases {
			if strings.Contains(s, m) {
				return true
			}
		}
	}
	if strings.Contains(s, "video") {
		lower := strings.ToLower(s)
		for _, m := range videoPhrases {
			if strings.Contains(lower, m) {
				return true
			}
		}
	}
	if (strings.Contains(s, "this") || strings.Contains(s, "This") || strings.Contains(s, "these") || strings.Contains(s, "These")) &&
		(strings.Contains(s, "photo") || strings.Contains(s, "picture") || strings.Contains(s, "image") || strings.Contains(s, "Photo") || strings.Contains(s, "Picture") || strings.Contains(s, "Image")) {
		lower := strings.ToLower(s)
		for _, m := range pictureDeixis {
			if strings.Contains(lower, m) {
				return true
			}
		}
	}
	if strings.IndexByte(s, '(') < 0 {
		return false
	}
	for _, m := range pictureMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// picturePhrases point at a picture outside brackets: "Jeff Weiner,
// pictured above, will remain …".
var picturePhrases = []string{" pictured above", " pictured below", " pictured left", " pictured right", " illustrated above", " shown above", " seen above",
	", pictured,", " pictured here", " seen here", ", pictured with ", ", pictured in "}

// videoPhrases point at a video on the page (lower case).
var videoPhrases = []string{"this video", "this is actual video", "the video below", "the video above", "watch the video", "in the video above", "in the video below"}

// pictureDeixis point at a photo on the page (lower case): "Philae has
// already sent back pictures like this one."
var pictureDeixis = func() []string {
	var out []string
	for _, n := range []string{"photo", "picture", "image", "photograph"} {
		out = append(out, "this "+n, "these "+n+"s", n+"s like this one", n+"s like these")
	}
	return out
}()

// pictureMarks are the words in brackets that point at a picture.
var pictureMarks = []string{"(left)", "(right)", "(centre)", "(center)", "(pictured)", "(above)", "(below)",
	"(top)", "(bottom)", "(far left)", "(far right)", "(second left)", "(second right)", "(second from left)",
	"(second from right)", "(pictured above)", "(pictured left)", "(pictured right)", "(inset)",
	"(front)", "(back row)", "(front row)", "(top left)", "(top right)", "(bottom left)", "(bottom right)"}

// splitQuotes returns the text of s outside quotation marks, and the
// number of words inside them.
func splitQuotes(s string) (outside string, quoted int) {
	var sb strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '“' || r == '"' && !in:
			in = true
			quoted++ // the quotation's first word
			sb.WriteByte(' ')
		case r == '”' || r == '"' && in:
			in = false
			sb.WriteByte(' ')
		case in:
			if r == ' ' {
				quoted++
			}
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String(), quoted
}

// unquoted returns text outside its quotation marks (see splitQuotes):
// text itself when it has none, as most sentences do.
func unquoted(text string) string {
	if !strings.ContainsAny(text, `"“”`) {
		return text
	}
	outside, _ := splitQuotes(text)
	return outside
}

// says finds a word of saying, which names a quotation's speaker ("…,”
// the mayor said; Trump called it “…”; according to …).
var says = newFoldWords(sayWords)

const sayWords = `said|says|say|told|tells|tell|wrote|writes|added|adds|asked|asks|stated|states|announced|announces|posted|posts|tweeted|declared|declares|insisted|insists|argued|argues|noted|notes|explained|explains|warned|warns|called|calls|described|describes|urged|urges|replied|recalled|recalls|remarked|continued|concluded|acknowledged|admitted|claimed|claims|promised|vowed|pledged|according to|quoted|read|reads|statement|message`

// firstPerson are the words of the first person; "I" and the contractions
// "I'm", "I've", "I'll", "I'd" are matched by case, "US" is the country.
// "Mine" is one only after a word that a possessive pronoun follows ("a
// friend of mine", "the choice was mine"; see mineAfter): outside
// quotation marks it is nearly always the pit ("the mine", "a coal mine",
// "mine officials").
var firstPerson = wordSet(`me my we us our ours`)

// mineAfter are the words after which "mine" is the pronoun.
var mineAfter = wordSet(`of is was are were be been`)

// hasFirstPerson reports whether s speaks in the first person.
func hasFirstPerson(s string) bool {
	prev := ""
	for start := 0; start < len(s); {
		for start < len(s) && !isLetterAt(s, start) {
			start++
		}
		end := start
		for end < len(s) {
			if c := s[end]; c < utf8.RuneSelf {
				if l := c | 0x20; ('a' > l || l > 'z') && c != '\'' {
					break
				}
				end++
				continue
			}
			if !isLetterAt(s, end) && !strings.HasPrefix(s[end:], "’") {
				break
			}
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		if end == start {
			break
		}
		w := s[start:end]
		switch {
		case w == "I" || strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I’"):
			return true
		case w != "US" && len(w) <= 4 && inSetFold(firstPerson, w):
			return true
		case strings.EqualFold(w, "mine") && len(prev) <= 4 && inSetFold(mineAfter, prev):
			return true
		}
		prev, start = w, end
	}
	return false
}

func isLetterAt(s string, i int) bool {
	if s[i] < utf8.RuneSelf {
		c := s[i] | 0x20
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// maxThereWords is the most words of a sentence whose closing "there"
// points back to a place the sentence before named: a longer one names
// its own ("… laid flowers in his hometown, just weeks after he played an
// epic reunion concert there.").
const maxThereWords = 12

// Phrases that point back from inside a sentence: a connective set off by
// commas ("Hun Sen, however, rejected that."), "the latter", "that day",
// "the other two", a source told before ("the same media"), a document no sentence before named ("… said in the
// blog post").
var (
	insideConnectives = []string{", however,", ", though,", ", meanwhile,", ", too,", ", also,", ", instead,",
		", nevertheless,", ", nonetheless,", ", in turn,", ", for his part,", ", for her part,", ", for their part,",
		", on the other hand,", ", by contrast,", ", in contrast,", ", likewise,", ", similarly,", ", as a result,",
		", therefore,", ", moreover,", ", furthermore,", ", in addition,", ", again,"}
	insidePhrases = []string{" the latter", " said in the statement", " said in the blog post", " said in the post",
		" wrote in the blog post", " wrote in the post", " said in the letter", " wrote in the letter", " that day", " that night", " that morning",
		" that afternoon", " that evening", " that week", " that month", " that year", " the same day",
		" the next day", " the following day", " the day before", " the other one", " the other two",
		" the other three", " the other four", " the other five", " the other ones",
		" equally important", " equally significant", " equally crucial", " just as important", " added that ",
		// a source told before: "According to the same media, …"
		" the same media", " the same source", " the same sources", " the same report", " the same newspaper",
		" the same outlet", " the same agency", " the same official", " the same officials", " the same poll",
		" the same survey", " the same statement", " the same interview", " the same broadcaster"}
	subjectPronouns = wordSet(`he she they it`)
	formerVerbs     = wordSet(`is was has had said says would will can could did does were are remains`)
)

// leansInside reports whether a sentence points back from inside: by a
// connective or phrase above, a quantity as the subject after an opening
// phrase ("Like Germany, some will say.", "In the capital, many were
// trapped"), a bare "that" or "this" as the object that
// ends it ("Hun Sen rejected that."), a "there" that ends a short one
// ("Three houses burned down there.", see maxThereWords), or a pronoun as the subject after an
// opening phrase ("In a statement, he said …").
func leansInside(text string) bool {
	if insideConnectiveSet.in(text) || insidePhraseSet.in(text) || unnamedAge(text) || pointedNoun(text) {
		return true
	}
	end := strings.TrimRight(text, closers)
	if strings.HasSuffix(end, " added.") || strings.HasSuffix(end, " adds.") || strings.HasSuffix(end, " continued.") || strings.HasSuffix(end, " went on.") {
		if strings.ContainsAny(text, "\"“”") {
			return true // "“This will be a golden age,” Marsh added.": added to what she said before
		}
	}
	if strings.HasSuffix(end, " that.") || strings.HasSuffix(end, " this.") || strings.HasSuffix(end, " there.") && !hasWords(end, maxThereWords+1) {
		return true
	}
	if strings.HasSuffix(text, ".") && endsLeaning(text) {
		return true // "No new official toll was given however.": as against what?
	}
	// "the former" points back when it stands for a noun ("the former
	// said", "…, the former."), not before one ("the former chief").
	for rest := text; ; {
		i := strings.Index(rest, " the former")
		if i < 0 {
			break
		}
		rest = rest[i+len(" the former"):]
		if w := firstFields(rest, 1); len(w) == 0 || strings.ContainsAny(rest[:1], ",.;:)") || formerVerbs[w[0]] {
			return true
		}
	}
	if i := strings.Index(text[:min(len(text), 42)], ", "); i > 0 {
		if w := firstFields(text[i+2:], 2); len(w) == 2 && (subjectPronouns[w[0]] || leaningQuantities[w[0]] && (leaningAfterQuantity[w[1]] || leaningAfterCount[w[1]] || modalWords[w[1]])) {
			return true
		}
	}
	return false
}

// strandedThey reports whether text, outside quotation marks and after
// its first word, has "they" or "them" with no plural before it to stand
// for (see mayBePlural): "Jackson was not breathing when they arrived"
// tells of paramedics the sentence before named.
func strandedThey(text string) bool {
	if !strings.Contains(text, " they ") && !strings.Contains(text, " them") {
		return false
	}
	words := strings.Fields(unquoted(text))
	for i := 1; i < len(words); i++ {
		w := strings.TrimRight(words[i], ".,;:!?")
		if w != "they" && w != "them" {
			continue
		}
		for _, b := range words[:i] {
			if mayBePlural(strings.TrimFunc(b, notWordRune)) {
				return false
			}
		}
		if !strings.Contains(strings.Join(words[:i], " "), ",") && opensClause(words[0]) {
			// "Because they had identified a suspect, investigators said …":
			// the plural may come after the clause.
			for _, a := range words[i+1:] {
				if mayBePlural(strings.TrimFunc(a, notWordRune)) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// opensClause reports whether w opens a clause before a sentence's
// subject: "Because", "When", "As", "After", "Before", "If", "Although",
// "Since", "While", "Once", "Until".
func opensClause(w string) bool {
	return clauseOpeners[strings.ToLower(w)]
}

var clauseOpeners = wordSet(`because when as after before if although though since while once until unless whether`)

// mayBePlural reports whether w may be a plural a "they" stands for: a
// word ending in "s" that is no possessive and no verb or pronoun in
// "s" ("officials", "Democrats"), a group ("police", "the crew"), a count
// above one, or "and" between two of them.
func mayBePlural(w string) bool {
	lw := strings.ToLower(w)
	if pluralGroups[lw] || lw == "and" || lw == "both" {
		return true
	}
	if lw != "" && (isDigit(lw[0]) || tollWords[lw] > 0) {
		v, ok := countOf(lw) // costly: asked of a count only
		return ok && v > 1
	}
	if len(lw) < 3 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us") || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
		return false
	}
	return !notPluralS[lw]
}

// pluralGroups are the words of groups a "they" may stand for.
var pluralGroups = wordSet(`police people crew staff family government team public children men women military army navy media authorities
	officials couple pair group committee board council party company firm department office agency service force ministry club
	bank network union organization organisation court jury panel parliament congress senate administration campaign band
	association guard institute foundation university school hospital embassy brigade unit squad`)

// notPluralS are the words in "s" that are no plurals.
var notPluralS = wordSet(`was has is its this his hers ours yours theirs does says as us thus whereas always perhaps afterwards towards
	news series species crisis analysis basis thesis chaos bus gas yes`)

// endsLeaning reports whether text ends, outside a quotation, with a word
// that sets it against or adds it to what came before: "… was given
// however.", "… was killed as well.", "… did not help, either.", "…
// falling back instead.", "… a third blast, too."
func endsLeaning(text string) bool {
	body, ok := strings.CutSuffix(text, ".")
	if !ok {
		return false
	}
	last := body[strings.LastIndexByte(body, ' ')+1:]
	return leaningEnds[last] || last == "well" && strings.HasSuffix(body, " as well")
}

// leaningEnds are the last words endsLeaning finds, "as well" aside.
var leaningEnds = wordSet(`however though instead too either also`)

// pointedNoun reports whether text, outside quotation marks and after its
// first word, points with "that" at a conclusion, a decision or a figure
// told before: "The Coast Guard came to that conclusion after examining
// the debris." A bare singular noun cannot follow "that" as a conjunction
// ("said that police …" can), so the word is a demonstrative; "this"
// points back before any word but one of time (see pointsWithThis).
func pointedNoun(text string) bool {
	if thatAfterPreposition(text) {
		return true
	}
	for rest := text; ; {
		i := strings.Index(rest, " that ")
		if i < 0 {
			return false
		}
		rest = rest[i+len(" that "):]
		if w, _ := letterWord(rest); pointedNouns[w] {
			outside, _ := splitQuotes(text)
			return strings.Contains(outside, " that "+w)
		}
	}
}

// pointsWithThis reports whether text, outside quotation marks and after
// its first word, has "this" or "these" in lower case before a word that
// is none of thisTimes. "this" and "these" are no conjunctions: before any
// word but one of time ("this morning", "at this point") they point back,
// at a noun ("Reports identified this additional victim as …", "these
// five men") or as one ("Officials said this was …"). In reviews "this
// phone" is the one reviewed (see leans).
func pointsWithThis(text string) bool {
	if !strings.Contains(text, " this ") && !strings.Contains(text, " these ") {
		return false
	}
	outside := unquoted(text)
	for _, d := range []string{" this ", " these "} {
		for rest := outside; ; {
			i := strings.Index(rest, d)
			if i < 0 {
				break
			}
			rest = rest[i+len(d):]
			if w, _ := letterWord(rest); w != "" && !thisTimes[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// thisTimes are the words after "this" or "these" that tell a time, not
// something told before: "this morning", "at this point", "these days".
var thisTimes = wordSet(`morning afternoon evening night day days week weeks weekend month months year years
	time times moment summer winter spring autumn fall season century decade past coming point stage`)

// thatAfterPreposition reports whether text, outside quotation marks,
// has "that" between a preposition and a word in lower case that is no
// stopword: "… will not take part in that conclave.", "at that point".
// After a preposition "that" is no conjunction, so it points back ("in
// that the …" is one, before a stopword). Times are deictic's ("that day"
// is in insidePhrases).
func thatAfterPreposition(text string) bool {
	if !strings.Contains(text, " that ") {
		return false
	}
	if !pointsWithThat(text) {
		return false // a pass over the text spares most sentences the quotes' split
	}
	outside, _ := splitQuotes(text)
	return pointsWithThat(outside)
}

// pointsWithThat is thatAfterPreposition of text, quotations and all.
func pointsWithThat(text string) bool {
	stop := stopWords()
	for rest := text; ; {
		i := strings.Index(rest, " that ")
		if i < 0 {
			return false
		}
		before := rest[:i]
		rest = rest[i+len(" that "):]
		prev := before[strings.LastIndexByte(before, ' ')+1:]
		w, _ := letterWord(rest)
		if prepositions[prev] && w != "" && !startsUpper(w) && !stop[w] && strings.HasPrefix(rest, w) {
			return true
		}
	}
}

// pointedNouns are the nouns of what a story told before, which "that" or
// "this" points back to (see pointedNoun).
var pointedNouns = wordSet(`conclusion decision figure estimate claim assessment finding announcement`)

// unnamedAge reports whether text names someone by their age alone, "the
// 71-year-old former chairman", "The 29-year-old, …": the sentence before
// named them. A name after the age names them here ("the 71-year-old
// Bernard Madoff", "the 29-year-old Bolt won …"): two words with a capital,
// or one before a verb.
func unnamedAge(text string) bool {
	for rest := text; ; {
		i := strings.Index(rest, "-year-old")
		if i < 0 {
			return false
		}
		before, after := rest[:i], rest[i+len("-year-old"):]
		rest = after
		j := strings.LastIndexByte(before, ' ')
		if j < 0 || !strings.HasSuffix(strings.ToLower(before[:j]), "the") || (j >= 4 && isLetterAt(before, j-4)) {
			continue // "a 71-year-old man" is introduced here
		}
		if strings.HasPrefix(after, "s") || !strings.HasPrefix(after, " ") && !strings.HasPrefix(after, ",") {
			continue // "the 12-year-olds", "the 71-year-old's"
		}
		if !namedAfter(firstFields(after, 5)) {
			return true
		}
	}
}

// namedAfter reports whether words, those after an age, hold a name: two
// in a row with a capital, or one with a capital that ends its noun
// phrase, before a verb or a stopword ("Bolt won", "Halvorsen to 150
// years"), not before a noun it modifies ("former Nasdaq chairman").
func namedAfter(words []string) bool {
	for i, w := range words {
		if strings.ContainsAny(w, ",;:.") && i == 0 {
			return false // "The 29-year-old, competing …"
		}
		if !startsUpper(w) {
			continue
		}
		if i+1 == len(words) || strings.ContainsAny(w, ",;:.") {
			return true
		}
		next := strings.TrimFunc(words[i+1], notWordRune)
		if startsUpper(next) || isPastForm(next) || irregularPast[next] || finiteWords[next] || stopWords()[next] {
			return true // "Bernard Madoff", "Bolt won", "Halvorsen to 150 years"; not "Nasdaq chairman"
		}
	}
	return false
}

// isQuestion reports whether s ends with a question mark: the Latin one,
// the Arabic one (؟) or the Greek one (U+037E).
func isQuestion(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, closers))
	return r == '?' || r == '؟' || r == '\u037e'
}

// allQuoted reports whether s is one quotation from its first character to
// its last: "“We will rebuild.”", "‘We will rebuild.’" (single quotation
// marks, as some British pages set them).
func allQuoted(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if r == '‘' {
		return strings.HasSuffix(s, "’") && !strings.Contains(s[size:len(s)-len("’")], "‘")
	}
	if r != '"' && r != '“' {
		return false
	}
	rest := s[size:]
	i := strings.IndexAny(rest, `"”`)
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(rest[i:])
	return i+n == len(rest)
}

// startsWell reports whether text opens as a sentence does: with a capital
// letter, a letter of a script without case, or a digit, possibly behind
// opening quotes or brackets (and the direction marks of right-to-left
// text). A sentence that opens in lower case or with a comma is a fragment
// of another.
func startsWell(text string) bool {
	for _, r := range text {
		switch {
		case strings.ContainsRune(`"“‘'([¿¡«„‹`, r), unicode.Is(unicode.Cf, r):
			continue
		case unicode.IsLetter(r):
			// Georgian's everyday letters are lower case, in a script
			// that has no capitals at the start of sentences.
			return !unicode.IsLower(r) || unicode.Is(unicode.Georgian, r)
		default:
			return unicode.IsDigit(r)
		}
	}
	return false
}

// tagVerbs are the verbs of saying that need what was said after them;
// tagAdverbials open what may follow them in a speaker's tag.
var (
	tagVerbs      = wordSet(`said says noted added stated explained remarked told`)
	tagAdverbials = wordSet(`on in at after before during late early earlier later yesterday today tonight this last`)
)

// speakerTagOnly reports whether text is the speaker's tag of a quotation
// cut off from it, with nothing said: "The club said on Friday.", "The
// agency noted in a statement announcing the approval on Thursday.", "He
// told reporters." It has no quotation mark, a subject without a verb,
// one of tagVerbs, and after it at most eight words with no verb and no
// "that", which say when or where it was said (or whom it was told):
// "Police said three people died." says something, "Jones said so."
// points back to what was said.
func speakerTagOnly(text string) bool {
	// The tag's verb is among the first 13 words and at most 8 follow it.
	if hasWords(text, 22) || strings.ContainsAny(text, "\"“”‘’:") {
		return false
	}
	words := strings.Fields(text)
	for i, f := range words {
		if i > 12 {
			return false
		}
		if !tagVerbs[strings.ToLower(strings.TrimFunc(f, notWordRune))] || i == 0 {
			continue
		}
		rest := words[i+1:]
		if len(rest) > 8 || len(rest) > 0 && strings.EqualFold(strings.TrimFunc(rest[0], notWordRune), "so") || sureVerb(strings.Join(words[:i], " "), nil) {
			return false
		}
		if len(rest) > 0 && !strings.EqualFold(f, "told") {
			// what follows is when or where it was said: "on Friday", "in a statement …"
			first := strings.ToLower(strings.TrimFunc(rest[0], notWordRune))
			if !tagAdverbials[first] && !inSetFold(weekdays, first) {
				return false
			}
		}
		for _, w := range rest {
			if strings.EqualFold(strings.TrimFunc(w, notWordRune), "that") {
				return false
			}
		}
		r := strings.Join(rest, " ")
		return !sureVerb(r, nil) && !taggedVerb(tagWords(r), nil) // tagVerbs are English
	}
	return false
}

// isWish reports whether text is a wish or a prayer, a mourner's post,
// not news: "May the injured recover soon.", "May his soul rest in
// peace." ("May was the wettest month" is the month).
func isWish(text string) bool {
	if !strings.HasPrefix(text, "May ") {
		return false
	}
	w, _ := nextWord(text[len("May "):])
	return wishSubjects[strings.ToLower(w)]
}

var wishSubjects = wordSet(`the his her their god he she they all our your its allah`)

// quotesBalanced reports whether s closes the quotations it opens: as
// many “ as ”, an even number of ", and a ‘ that opens s closed (a
// paragraph that opens a quotation it does not close continues it in the
// next, as news sets a quotation of several paragraphs: "‘Shane was found
// unresponsive … could not be revived.").
func quotesBalanced(s string) bool {
	if strings.HasPrefix(s, "‘") && !closesSingle(s) {
		return false
	}
	if i := strings.LastIndex(s, "‘"); i > 0 && (s[i-1] == ' ' || s[i-1] == '(') && !mayCloseSingle(s[i+len("‘"):]) {
		return false // "… Mlegta said: ‘He was also hit in his head.": the quotation goes on
	}
	open := strings.Count(s, "“")
	if open != strings.Count(s, "”") {
		return false
	}
	return strings.Count(s, `"`)%2 == 0
}

// mayCloseSingle reports whether s has a ’ that no letter follows: the
// end of a quotation in single marks ("… described as ‘carnage’ and …"),
// or of a possessive plural, which says as little.
func mayCloseSingle(s string) bool {
	return anyRightQuote(s, func(i int) bool {
		r, _ := utf8.DecodeRuneInString(s[i+len("’"):])
		return i+len("’") == len(s) || !unicode.IsLetter(r)
	})
}

// anyRightQuote reports whether f holds at the offset of some ’ in s.
func anyRightQuote(s string, f func(i int) bool) bool {
	for i := strings.Index(s, "’"); i >= 0; {
		if f(i) {
			return true
		}
		j := strings.Index(s[i+len("’"):], "’")
		if j < 0 {
			return false
		}
		i += len("’") + j
	}
	return false
}

// closesSingle reports whether s has a closing single quotation mark: a
// ’ at its end, or after a full stop, comma, question or exclamation
// mark, not an apostrophe inside or after a word ("it’s", "the players’
// union").
func closesSingle(s string) bool {
	return strings.HasSuffix(s, "’") || anyRightQuote(s, func(i int) bool { return i > 0 && strings.IndexByte(".,?!", s[i-1]) >= 0 })
}

// leans reports whether a sentence points back to an earlier one: it
// opens with a pronoun or connective whose antecedent is there ("However,
// …", "He said …", "That official …", "Despite their ties, …"), or holds
// one inside (see leansInside), or, but among items (reviews, whose
// "this" and "they" stand for what is reviewed), points with "this" or
// "these" (see pointsWithThis) or has a "they" with no plural before it
// (see strandedThey): "Jackson was not breathing when they arrived". Such a sentence may
// follow its antecedent (see candidate.after), not stand alone.
func leans(text string, items bool) bool {
	return leansAny(text) || !items && (pointsWithThis(text) || strandedThey(text))
}

// leansAny is leans of a sentence of news or of items.
func leansAny(text string) bool {
	var buf [2]string
	words := firstFieldsInto(buf[:0], text, 2)
	first := func(i int) string {
		if i >= len(words) {
			return ""
		}
		return strings.ToLower(strings.TrimFunc(words[i], notWordRune))
	}
	w0 := first(0)
	for _, p := range leaningPhrases {
		if hasLowerASCIIPrefix(text, p) {
			return true // "As a result, the board no longer trusted him."
		}
	}
	if w0 == "so" && first(1) == "far" {
		return false // "So far, …" is no connective
	}
	if opensQuote(words[0]) && shortPointingQuote(text) {
		return true // "“That's hard,” said Musk.": what is hard, the sentence before told
	}
	if !opensQuote(words[0]) {
		if leaningOpeners[w0] {
			return true
		}
		if stem, clitic := splitClitic(w0); clitic != "" && clitic != "nt" && leaningOpeners[stem] {
			return true // "It's a successful end …", "They're …", "That's …"
		}
		if leaningComments[w0] && strings.HasSuffix(words[0], ",") {
			return true // "Luckily, …"; "“Luckily, I jumped,” she said" is hers
		}
	}
	if (leaningTime[w0] || leaningList[w0] || leaningAnswers[w0]) && strings.HasSuffix(words[0], ",") {
		return true // "Later, …" but not "Later on Thursday, …"
	}
	w1 := first(1)
	if leaningCounts[w0] || w0 == "a" || w0 == "an" || w0 == "moments" || w0 == "minutes" {
		// "Two plays later the 49ers scored …", "A day later, …"
		if w := firstFields(text, 3); len(w) == 3 && leaningSecond[strings.ToLower(strings.TrimFunc(w[2], notWordRune))] && w[2] != "before" {
			return true
		}
	}
	if w0 == "others" && !strings.ContainsAny(words[0], ",;:") {
		return true // "Others show damaged buildings.": others than those told before
	}
	if (leaningCounts[w0] || leaningQuantities[w0]) && w1 == "of" {
		if w := firstFields(text, 3); len(w) == 3 && leaningDeterminers[strings.ToLower(strings.TrimFunc(w[2], notWordRune))] {
			return true // "One of those remedies …", "Two of them …"
		}
	}
	if leaningQuantities[w0] && (leaningAfterCount[w1] || leaningAfterQuantity[w1] || isPastForm(w1) || irregularPast[w1]) {
		return true // "Some even fled into the ocean.", "Many were trapped …": some of whom?
	}
	if (leaningCounts[w0] || len(w0) <= 3 && w0 != "" && strings.Trim(w0, "0123456789") == "") && !strings.ContainsAny(words[0], ",;:") && leaningAfterCount[w1] {
		return true // "One was …", "Three others …", "12 were …"; not "2019 was …"
	}
	if w0 == "the" && (w1 == "other" || w1 == "others" || w1 == "latter" || w1 == "former" || w1 == "remaining") {
		return true // "The other two …" points back to "One of …", "The remaining four boys …" to the first eight
	}
	if w0 == "the" && (w1 == "second" || w1 == "third" || w1 == "fourth") && !strings.Contains(words[1], "-") {
		return true // "The second quake was smaller …" points back to the first
	}
	if w0 == "the" && (w1 == "toll" || w1 == "death" && strings.HasPrefix(strings.ToLower(text), "the death toll ")) && !strings.ContainsAny(text, "0123456789") {
		return true // "The toll was expected to rise …" points back to a toll told
	}
	if w0 == "the" && (w1 == "two" || w1 == "three" || w1 == "four") && !strings.Contains(words[1], "-") && !superlativeThird(text) {
		return true // "The two Thai nationals were women …": which two, the sentence before told
	}
	if w0 == "the" && leaningGroups[w1] && !groupOf(text) {
		return true // "The pair eventually split in 2013.": which pair, the sentence before told
	}
	if w0 == "the" && leaningDocuments[w1] && startsLowerWord(words[1]) && !namedAfter3(text) {
		return true // "The statement confirmed …": whose, the sentence before told
	}
	return leaningPrepositions[w0] && leaningDeterminers[w1] || leaningAdverbs[w0] && leaningPronouns[w1] || leaningSecond[w1] || alsoAfterSubject(text) ||
		mayQuote(text) && pronounSaidRE.MatchString(text) || pronounSaysLast(text) || leansInside(text) || thenNext(text) ||
		elidedEnd(text)
}

// elidedEnd reports whether text ends with an auxiliary and "not", "too"
// or "so" and nothing after, its verb left out for the sentence before to
// give: "The others were not.", "Two of the guards did too."; not when a
// clause before it in the sentence gives the verb ("The bridge was
// closed, and the tunnel was not.").
func elidedEnd(text string) bool {
	if !strings.HasSuffix(text, "not.") && !strings.HasSuffix(text, "too.") && !strings.HasSuffix(text, "so.") && !strings.HasSuffix(text, "n't.") {
		return false
	}
	end := text[:len(text)-1] // without its full stop
	i := strings.LastIndexByte(end, ' ')
	if i < 0 {
		return false
	}
	last := end[i+1:]
	if last != "not" && last != "too" && last != "so" {
		return strings.HasSuffix(last, "n't") && elidedAux[strings.TrimSuffix(strings.ToLower(last), "n't")]
	}
	j := strings.LastIndexByte(end[:i], ' ')
	return elidedAux[strings.ToLower(end[j+1:i])] && !givesElided(end[:j+1])
}

// givesElided reports whether s, the text before an elided verb's clause,
// has a clause of its own that gives the verb: "The bridge was closed, and
// the tunnel was not."
func givesElided(s string) bool {
	for _, c := range []string{", and ", ", but ", " but ", ", while ", ", whereas "} {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// elidedAux are the auxiliaries a verb left out follows.
var elidedAux = wordSet(`is are was were do does did have has had will would can could should must might may wo ca`)

// maxPointingQuote is the most words of a quotation that
// shortPointingQuote takes for one that points at what came before.
const maxPointingQuote = 6

// shortPointingQuote reports whether text opens with a quotation of
// maxPointingQuote words or fewer whose first word is a demonstrative
// ("“That's hard,” said Musk.", "“This is terrible,” she said."): a
// speaker's words about what the sentence before told, which a longer
// quotation says itself.
func shortPointingQuote(text string) bool {
	_, size := utf8.DecodeRuneInString(text)
	inner := text[size:]
	end := strings.IndexAny(inner, "\"”")
	if end < 0 || hasWords(inner[:end], maxPointingQuote+1) {
		return false
	}
	w, _ := letterWord(inner)
	return pointingWords[strings.ToLower(w)]
}

var pointingWords = wordSet(`that this these those`)

// namedAfter3 reports whether text's third word says whose or what its
// second is: "The decision of the court …", "The statement from the
// palace …".
func namedAfter3(text string) bool {
	var buf [3]string
	w := firstFieldsInto(buf[:0], text, 3)
	return len(w) == 3 && (w[2] == "of" || w[2] == "by" || w[2] == "from" || w[2] == "to")
}

// opensQuote reports whether word opens with a quotation mark.
func opensQuote(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return strings.ContainsRune(`"“'‘`, r)
}

// superlativeThird reports whether text's third word is a superlative,
// which names what it counts: "The two biggest banks …".
func superlativeThird(text string) bool {
	w := firstFields(text, 3)
	if len(w) < 3 {
		return false
	}
	t := strings.ToLower(w[2])
	return strings.HasSuffix(t, "est") || t == "most" || t == "largest" || t == "top" || t == "main"
}

// groupOf reports whether text's third word is "of": "The pair of
// shoes …" names what the pair is.
func groupOf(text string) bool {
	w := firstFields(text, 3)
	return len(w) == 3 && strings.EqualFold(w[2], "of")
}

// thenNext reports whether a sentence tells what came next after its
// subject, as in "The final then went to penalties.", "He then left." or
// "Urzua, Pinera and the rescuers then began singing …": "then" among its
// first thenWords words, before any verb, not after "and", "but" or a
// comma (which tie it to a clause of its own: "…, and then supplied the
// corner").
func thenNext(text string) bool {
	var buf [thenWords]string
	words := firstFieldsInto(buf[:0], text, thenWords)
	for i := 1; i < len(words); i++ {
		if strings.ToLower(strings.TrimFunc(words[i], notWordRune)) != "then" {
			continue
		}
		prev := strings.ToLower(words[i-1])
		for _, w := range words[1:i] {
			if w := strings.ToLower(strings.TrimFunc(w, notWordRune)); finiteWords[w] || sayWordSet[w] || isPastForm(w) || irregularPast[w] {
				return false // "Officials said the bridge would then reopen": a verb came first
			}
		}
		return prev != "and" && prev != "but" && !strings.HasSuffix(prev, ",")
	}
	return false
}

// thenWords is how far into a sentence thenNext looks for "then".
const thenWords = 6

// firstFields returns the first n white-space-separated words of s, as
// strings.Fields(s)[:n] would, without splitting the rest.
func firstFields(s string, n int) []string {
	return firstFieldsInto(make([]string, 0, n), s, n)
}

// firstFieldsInto is firstFields appending to out, which a caller may keep
// on its stack ("var buf [4]string; firstFieldsInto(buf[:0], s, 4)").
func firstFieldsInto(out []string, s string, n int) []string {
	start := -1
	for i := 0; i < len(s) && len(out) < n; {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRuneAt(s, i)
		}
		switch {
		case space && start >= 0:
			out = append(out, s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 && len(out) < n {
		out = append(out, s[start:])
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// startsLowerWord reports whether w opens with a lower-case letter: "the
// post", not "The Post".
func startsLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// headlineEllipsis reports whether s is a headline that leaves out its
// "is" or "was": a subject of a word in the singular (or a count and a
// word), a
// participle of news (see ellipsisParticiples), then "to", "as", "by"
// or the like, and no finite verb after: "Toll expected to cross 68
// confirmed dead as security forces launch operation …", "Suspect
// described as ‘lone wolf’ killed by police …". A sentence has its
// verb ("The toll is expected to …"), and a participle that opens a
// clause of its subject finds it later ("Suspect described as a loner
// was killed …").
func headlineEllipsis(s string) bool {
	var buf [4]string
	w := firstFieldsInto(buf[:0], s, 4)
	if len(w) < 4 || !startsUpper(w[0]) || inSetFold(headlineAbsent, w[0]) {
		return false
	}
	at := 1
	if lw := strings.ToLower(w[0]); strings.HasSuffix(lw, "s") || pluralGroups[lw] {
		// a plural may do it, in the past: "Officials reported at least
		// 17 deaths …"; a bare singular noun opens no sentence of prose
		return false
	}
	if !ellipsisParticiples[w[1]] {
		lw := strings.ToLower(w[0])
		if !ellipsisParticiples[w[2]] || !isDigit(lw[0]) && tollWords[lw] == 0 {
			return false
		}
		at = 2 // "Two men arrested over …"
	}
	if !ellipsisAfter[w[at+1]] {
		return false
	}
	for rest := s; ; {
		f, after := nextWord(rest)
		if f == "" {
			return true
		}
		if finiteWords[strings.ToLower(strings.TrimFunc(f, notWordRune))] {
			return false
		}
		rest = after
	}
}

// ellipsisParticiples are the participles of news a headline leaves its
// "is" or "was" out before (see headlineEllipsis).
var ellipsisParticiples = wordSet(`expected feared believed described reported thought set poised killed injured hurt
	arrested charged detained held jailed named found forced urged confirmed sentenced`)

// ellipsisAfter are the words after such a participle in a headline.
var ellipsisAfter = wordSet(`to as by dead in after over for at on`)

// headlinePassive reports whether s is a headline's clause with its
// speaker: a passive without its "be", then ", <speaker> says."
// ("One of the black boxes found, French Interior Minister Bernard
// Cazeneuve says.", "Two men arrested over the attack, police say."), as a
// page's standfirst gives the news. The participle is of a verb that takes
// an object (see objectVerbs), so it is no past tense with its object
// left out ("The plane crashed in the Alps, the minister says."); it ends
// the clause or a preposition follows it, and the clause has no other
// verb and no auxiliary.
func headlinePassive(s string) bool {
	if !strings.HasSuffix(s, " says.") && !strings.HasSuffix(s, " say.") {
		return false
	}
	i := strings.LastIndex(s, ", ")
	if i < 0 || hasWords(s[i+2:], 9) {
		return false
	}
	words := strings.Fields(s[:i])
	if len(words) < 2 || len(words) > 14 {
		return false
	}
	passive := false
	for k, f := range words {
		w := strings.ToLower(strings.TrimFunc(f, notWordRune))
		switch {
		case finiteWords[w] || notEventVerbs[w]:
			return false
		case k > 0 && objectVerbs[w] && (k == len(words)-1 || prepositions[strings.ToLower(words[k+1])]):
			passive = true
		case k > 0 && (isPastForm(w) || irregularPast[w]):
			return false // another verb: "Police found the box near the village"
		}
	}
	return passive
}

// alsoOpenerWords is the longest opening phrase alsoAfterSubject reads
// past.
const alsoOpenerWords = 6

// objectVerbs are past participles of verbs that take an object, as a
// headline's passive gives them.
var objectVerbs = wordSet(`found killed arrested rescued injured wounded freed sentenced cleared convicted acquitted
	charged jailed detained hurt evacuated identified released recovered captured seized banned sacked fired
	elected named appointed approved rejected destroyed damaged hit struck`)

// alsoAfterSubject reports whether "also" follows the subject of text, as
// its second to fourth word with no comma before it, or up to its ninth
// before a verb: "Midtown office
// workers also saw the plane in the river." adds to what the sentence
// before told, and reads as a slip beside another ("The judge also
// ordered …" reads right after the sentence it follows).
// After an opening phrase of a preposition ("In the north, the
// vote also favours …"), the subject is the clause's.
func alsoAfterSubject(text string) bool {
	if w, _, _ := strings.Cut(text, " "); prepositions[strings.ToLower(w)] {
		if i := strings.Index(text, ", "); i > 0 && !hasWords(text[:i], alsoOpenerWords+1) {
			text = text[i+2:]
		}
	}
	words := firstFields(text, alsoSubjectWords+1)
	for i, w := range words {
		if i > 0 && w == "also" {
			// after a longer subject, "also" comes before its verb: "The
			// historic old city of Marrakesh also suffered …"
			return i <= 3 || i+1 < len(words) && isVerbForm(words[i+1]) && !slices.ContainsFunc(words[1:i], func(w string) bool {
				return w == "and" || isVerbForm(w) // "… cut power to homes and also closed …": one subject's two verbs
			})
		}
		if strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return false
}

// alsoSubjectWords is the longest subject, in words, before "also" that
// alsoAfterSubject reads.
const alsoSubjectWords = 8

// isVerbForm reports whether w, a word as written, is a past form, an
// irregular past or a frequent verb.
func isVerbForm(w string) bool {
	w = strings.TrimFunc(w, notWordRune)
	return isPastForm(w) || irregularPast[w] || commonVerbs[w] || finiteWords[w]
}
