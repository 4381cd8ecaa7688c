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
	// "This story has been updated with …"
	updatedRE = regexp.MustCompile(`(?i)^this (?:article|story|report|version) (?:has been|was) (?:updated|rewritten|expanded|recast)\b`)
)

// isEditorsNote reports whether s is an editor's note (see editVerbs).
func isEditorsNote(s string) bool {
	body := strings.TrimLeft(s, "([ ")
	if !inSetFold(editVerbs, strings.TrimRight(firstWord(body), ",.:;)")) {
		return strings.HasPrefix(s, "(") && edsRE.MatchString(s) || hasLowerASCIIPrefix(s, "this ") && updatedRE.MatchString(s)
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(strings.TrimRight(s, "."), ")") {
		return true // "(Recasts with details)"
	}
	return countWords(s) <= 20 && (paragraphRefRE.MatchString(s) || editList(body) || !hasFiniteVerb(tagWords(body), isEditVerb))
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
		if !inSetFold(editVerbs, firstWord(p)) {
			return false
		}
	}
	return true
}

func isEditVerb(w string) bool { return editVerbs[w] }

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

// isCreditLine reports whether s is a wire's credit line.
func isCreditLine(s string) bool {
	return inSetFold(creditOpeners, strings.TrimLeft(firstWord(s), "([")) && creditLineRE.MatchString(s) ||
		strings.Contains(s, "contributed") && contributedRE.MatchString(s)
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
	// An imperative that sends the reader elsewhere, with what it points to.
	pointerVerbs = wordSet(`click tap watch read see check listen find learn scroll swipe follow download subscribe join visit catch view explore discover tune`)
	pointerWords = wordSet(`here below above link links video videos page app more podcast gallery live online website site full latest story stories coverage updates photos pictures`)
	// "Here's how it works.", "Here is what we know."
	hereRE = regexp.MustCompile(`(?i)^(?:here['’]s|here (?:is|are))\b`)
	// "in this video", "the map below", "click the link".
	pointerRE = regexp.MustCompile(`(?i)\b(?:this|the following|the attached) (?:video|clip|podcast|gallery|episode)\b|` +
		`\b(?:video|clip|link|gallery|graphic|photos|story|article|map|chart|table|list)s? (?:below|above)\b|` +
		`\bclick (?:here|the link|on the link|below)\b`)
	pointerLiterals = newLiterals("video", "clip", "podcast", "gallery", "episode", "below", "above", "click")
)

// teaserOpeners are the first words of teaserLabelRE.
var teaserOpeners = wordSet(`read see also related watch listen more recommended must don't don’t click`)

// isTeaser reports whether s points the reader elsewhere.
func isTeaser(s string) bool {
	first := strings.TrimRight(firstWord(s), ":|")
	if inSetFold(teaserOpeners, first) && teaserLabelRE.MatchString(s) {
		return true
	}
	words := countWords(s)
	if words <= 15 && inSetFold(pointerVerbs, first) {
		for _, w := range strings.Fields(s)[1:] {
			if inSetFold(pointerWords, strings.TrimFunc(w, notWordRune)) {
				return true
			}
		}
	}
	if words <= 10 && inSetFold(hereOpeners, first) && hereRE.MatchString(s) {
		return true
	}
	return words <= 30 && pointerLiterals.in(s) && pointerRE.MatchString(s)
}

var hereOpeners = wordSet(`here here's here’s`)

// firstWord returns the first white-space-separated word of s.
func firstWord(s string) string {
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
