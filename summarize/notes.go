package summarize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Lines that speak about the story rather than tell it: an editor's note
// on what changed in this version, the wire's credits, and teasers that
// point to something elsewhere on the page.

// An editor's note opens with a verb of editing and no subject: "Updates
// with final vote tally.", "Adds comment from minister in paragraph 5",
// "(Recasts with details)". A story sentence that opens with one of these
// words has it as a noun and a verb after it ("Updates to the law take
// effect in May."), so a note is one with no finite verb but these.
var editVerbs = wordSet(`adds updates recasts rewrites corrects changes removes replaces inserts fixes revises
	refiles repeats expands clarifies deletes moves combines tops restores amends includes edits reorganises
	reorganizes writethru`)

var (
	// "(Eds: …)", "(Editor's note: …)" before or after a story.
	edsRE = regexp.MustCompile(`(?i)^\(\s*(?:eds?|editors?['’]?s? note)\s*:`)
	// "in paragraph 5", "paras 3-4", "in 4th paragraph", "throughout".
	paragraphRefRE = regexp.MustCompile(`(?i)\b(?:para(?:graph)?s?|grafs?|pars?)\s+\d|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last|top|final)\s+(?:para(?:graph)?|graf|par)s?\b|\bthroughout\b`)
	// "This story has been updated with …", "This is a developing story."
	updatedRE = regexp.MustCompile(`(?i)^this (?:article|story|report|version) (?:has been|was) (?:updated|rewritten|expanded|recast)\b|` +
		// "This is a breaking news story that will be updated.", "This story will be updated."
		`^this (?:is an? (?:breaking|developing)(?: news)? (?:story|article)|(?:article|story|report) (?:will be|is being) updated)\b`)
)

// The kinds of first word the rules here look for, found with one look-up
// a sentence (see openerOf).
const (
	openEdit    uint8 = 1 << iota // editVerbs
	openCredit                    // creditOpeners
	openTeaser                    // teaserOpeners
	openPointer                   // pointerVerbs
	openHere                      // hereOpeners
)

var openers = func() map[string]uint8 {
	m := make(map[string]uint8)
	for kind, set := range map[uint8]map[string]bool{openEdit: editVerbs, openCredit: creditOpeners,
		openTeaser: teaserOpeners, openPointer: pointerVerbs, openHere: hereOpeners} {
		for w := range set {
			m[w] |= kind
		}
	}
	return m
}()

// openerOf returns the kinds of opener the first word of s is, in any case
// of ASCII letters, without the brackets before it and the punctuation
// after it.
func openerOf(s string) uint8 {
	w := strings.TrimRight(leadingWord(strings.TrimLeft(s, "([ ")), ",.:;)|")
	var buf [24]byte
	if len(w) > len(buf) {
		return 0
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return openers[string(buf[:len(w)])]
}

// isEditorsNote reports whether s is an editor's note (see editVerbs); op
// is openerOf(s).
func isEditorsNote(s string, op uint8) bool {
	if op&openEdit == 0 {
		return strings.HasPrefix(s, "(") && (edsRE.MatchString(s) || updatedNote(s)) || mayBeUpdated(s) && updatedRE.MatchString(s)
	}
	body := strings.TrimLeft(s, "([ ")
	if strings.HasPrefix(s, "(") && strings.HasSuffix(strings.TrimRight(s, "."), ")") {
		return true // "(Recasts with details)"
	}
	return countWords(s) <= 20 && (paragraphRefRE.MatchString(s) || editList(body) || !hasFiniteVerb(body, isEditVerb))
}

// updatedNote reports whether s, in brackets, says only that the story
// was updated: "(Updated with the latest toll.)", "(Updated at 10:40.)".
func updatedNote(s string) bool {
	return (hasLowerASCIIPrefix(s, "(updated ") || hasLowerASCIIPrefix(s, "(update:")) && strings.HasSuffix(strings.TrimRight(s, "."), ")") &&
		strings.IndexByte(s[1:], '(') < 0
}

// editList reports whether s is a list of edits, each part after a comma
// or a semicolon opening with a verb of editing: "Changes dateline, adds
// details".
func editList(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !inSetFold(editVerbs, leadingWord(p)) {
			return false
		}
	}
	return true
}

func isEditVerb(w string) bool { return inSetFold(editVerbs, w) }

// mayBeUpdated reports whether s opens as updatedRE needs.
func mayBeUpdated(s string) bool {
	for _, w := range []string{"this article ", "this story ", "this report ", "this version ", "this is a "} {
		if hasLowerASCIIPrefix(s, w) {
			return true
		}
	}
	return false
}

var (
	// A wire's credits: "(Reporting by …; Editing by …)", "Additional
	// reporting by …", "Writing by …".
	creditLineRE = regexp.MustCompile(`^[(\[]?\s*(?i:(?:additional|further|contributing|with|and)\s+)?` +
		`(?i:reporting|writing|editing|edited|compiled|translated|translation|research|graphics|production|produced|` +
		`fact[- ]?check(?:ed|ing)|photography|photos|video|written)\s+(?i:by)\s+\p{Lu}`)
	// "Jane Doe in London contributed to this report.", "… contributed
	// reporting."
	contributedRE = regexp.MustCompile(`(?i)\bcontributed (?:reporting|to this (?:report|story|article)|additional reporting)\b`)
)

// isCreditLine reports whether s is a wire's credit line; op is
// openerOf(s), contrib says s may hold "contributed" (see pageWords).
func isCreditLine(s string, op uint8, contrib bool) bool {
	return op&openCredit != 0 && creditLineRE.MatchString(s) || contrib && contributedRE.MatchString(s)
}

// creditOpeners are the first words creditLineRE accepts.
var creditOpeners = wordSet(`additional further contributing with and reporting writing editing edited compiled
	translated translation research graphics production produced fact-checked fact-checking factchecked
	factchecking fact photography photos video written`)

// A teaser points to something elsewhere on the page or off it: "Read
// more: …", "Click here to …", "Watch the video below.", "Here's how it
// works.", "… in this video."
var (
	// A label that introduces a link: "Read more:", "ALSO READ |".
	teaserLabelRE = regexp.MustCompile(`(?i)^(?:read more|read also|also read|see also|also see|related|watch|listen|more|recommended|must read|don['’]t miss|click here)\s*[:|—–-]`)
	// A media label, before a caption of what it shows ("RAW VISION:
	// smoke rises over …"): a short one, for a page's title line may run
	// into the story's first paragraph ("Photos: … becomes pope | Argentine
	// Jorge Bergoglio was elected …").
	mediaLabelRE = regexp.MustCompile(`(?i)^(?:raw vision|raw video|raw footage|video|photos|gallery|in pictures|podcast)\s*[:|—–-]`)
	// An imperative that sends the reader elsewhere, with what it points to.
	pointerVerbs = wordSet(`click tap watch read see check listen find learn scroll swipe follow download subscribe join visit catch view explore discover tune`)
	pointerWords = wordSet(`here below above link links video videos page app more podcast gallery live online website site full latest story stories coverage updates photos pictures`)
	// "Here's how it works.", "Here is what we know."
	hereRE = regexp.MustCompile(`(?i)^(?:here['’]s|here (?:is|are))\b`)
	// "in this video", "the map below", "click here": what a pointer
	// phrase names (see pointsElsewhere).
	mediaWords   = wordSet(`video videos clip clips podcast gallery episode`)
	pointedWords = wordSet(`video clip link gallery graphic photo story article map chart table list`)
)

// teaserOpeners are the first words of teaserLabelRE.
// maxMediaLabelWords is the longest sentence, in words, that a media
// label opens as a teaser (see mediaLabelRE).
const maxMediaLabelWords = 30

var teaserOpeners = wordSet(`read see also related watch listen more recommended must don't don’t click raw video photos gallery in podcast`)

// isTeaser reports whether s points the reader elsewhere; op is
// openerOf(s), pointers says s may hold a word pointerRE needs (see
// pageWords).
func isTeaser(s string, op uint8, pointers bool) bool {
	if op&openTeaser != 0 && (teaserLabelRE.MatchString(s) || !hasWords(s, maxMediaLabelWords+1) && mediaLabelRE.MatchString(s)) {
		return true
	}
	if op&openPointer != 0 && !hasWords(s, 21) {
		for _, w := range strings.Fields(s)[1:] {
			if inSetFold(pointerWords, strings.TrimFunc(w, notWordRune)) {
				return true
			}
		}
	}
	if op&openHere != 0 && !hasWords(s, 11) && hereRE.MatchString(s) {
		return true
	}
	return pointers && !hasWords(s, 31) && pointsElsewhere(s)
}

// pointsElsewhere reports whether s holds a phrase that points to
// something on the page: "this video", "the following clip", "the map
// below", "the photos above", "click here", "click the link".
func pointsElsewhere(s string) bool {
	var prev2, prev string
	for f := ""; s != ""; {
		f, s = nextWord(s)
		w := strings.TrimFunc(f, notWordRune)
		switch {
		case inSetFold(mediaWords, w) && (inSetFold(thisWords, prev) || foldEq(prev2, "the") && inSetFold(followingWords, prev)),
			(foldEq(w, "below") || foldEq(w, "above")) && (inSetFold(pointedWords, prev) || inSetFold(pointedWords, strings.TrimSuffix(prev, "s"))),
			foldEq(prev, "click") && inSetFold(clickWords, w):
			return true
		}
		prev2, prev = prev, w
	}
	return false
}

var (
	thisWords      = wordSet(`this these`)
	followingWords = wordSet(`following attached`)
	clickWords     = wordSet(`here below the on`)
)

// foldEq reports whether w is lower, a lower-case word, in any case of
// its ASCII letters.
func foldEq(w, lower string) bool { return len(w) == len(lower) && hasLowerASCIIPrefix(w, lower) }

var hereOpeners = wordSet(`here here's here’s`)

// leadingWord returns the first white-space-separated word of s.
func leadingWord(s string) string {
	start := -1
	for i := 0; i < len(s); {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRuneAt(s, i)
		}
		switch {
		case space && start >= 0:
			return s[start:i]
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// inSetFold reports whether set, of lower-case words, holds w in any case
// of its ASCII letters, without allocating.
func inSetFold(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return set[string(buf[:len(w)])]
}
