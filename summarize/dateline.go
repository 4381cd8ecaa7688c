package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The front of a story's first sentence carries what the page or the wire
// put there: scraping debris, a metadata stamp ("date 2025-09-12",
// "Published: 12 Sept 2025 10:30 IST") and a dateline, the place the story
// was filed from, often with its date and agency:
//
//	WASHINGTON —                         BRASILIA:
//	SEOUL, South Korea (AP) —            LONDON (Reuters) -
//	PORT ELLERY, March 3 (Coastal Press) - Sao Paulo, 11 September (Argus) —
//	TOKYO/SEOUL, Sept. 24 (Reuters):     New Delhi, Sep 12 (PTI)
//	(Reuters) -                          सूरजपुर, 14 जुलाई --
//
// trimLead drops them from a kept sentence, so that it reads as a sentence
// of the story.

var (
	// Scraping debris before the first word: stray commas, bullets, quote
	// marks of e-mail replies (">> ").
	leadJunkRE = regexp.MustCompile(`^[\s,;:.>»|*•·–—-]+`)

	// A dateline: a place in capitals or title case (words of one, joined
	// by the particles of place names: Rio de Janeiro, Dar es Salaam; two
	// places with a slash), then a region, a date and an agency, each
	// optional, then a dash or a colon. After an agency the dash may be
	// missing or touch the next word.
	datelineRE = regexp.MustCompile(`^(?P<place>` + places + `)` +
		`(?:,[ ]*(?P<region>` + place + `))?` +
		`(?:,?[ ]*(?P<date>` + datePart + `))?\.?` +
		`[ ]*(?:(?P<agency>` + agency + `)[ ]*(?:—|–|--?|:)?|(?:—|–|:|--?[ ]))[ ]*`)
	// A dateline of a script without capitals: a place of one to three
	// words, then a date with a digit or an agency, or both, then a dash or
	// a colon.
	caselessDatelineRE = regexp.MustCompile(`^(?P<place>[\p{Lo}\p{M}]+(?:[ ]+[\p{Lo}\p{M}]+){0,2})` +
		`(?:[ ]*[,،][ ]*(?P<date>(?:[\p{L}\p{M}]+[ ]+)?\p{Nd}+(?:[ ]+[\p{L}\p{M}]+)?(?:[ ]+\p{Nd}{4})?))?` +
		`(?:[ ]*(?P<agency>\([^()]{1,40}\)))?[ ]*(?:—|–|--?|:)[ ]*`)
	// An agency alone: "(Reuters) - ", "(AP) — ".
	agencyLeadRE = regexp.MustCompile(`^` + agency + `[ ]*(?:—|–|--?|:)[ ]*`)
	// A sentence that is nothing but a dateline: "WASHINGTON, November 7."
	datelineOnlyRE = regexp.MustCompile(`^(?:` + places + `)(?:,[ ]*(?:` + place + `))?,?[ ]*(?:` + datePart + `)(?:[ ]*` + agency + `)?[ ]*[.:]?$`)

	placeWordIdx  = datelineRE.SubexpIndex("place")
	dateIdx       = datelineRE.SubexpIndex("date")
	agencyIdx     = datelineRE.SubexpIndex("agency")
	caselessDate  = caselessDatelineRE.SubexpIndex("date")
	caselessAgent = caselessDatelineRE.SubexpIndex("agency")
)

// The parts of a dateline.
const (
	capWord  = `\p{Lu}[\p{L}\p{M}'’.-]*`
	particle = `(?:de|da|do|dos|das|del|di|du|la|le|el|al|es|am|an|on|upon|of|y|en|sur)`
	place    = capWord + `(?:[ ]+(?:` + particle + `[ ]+)?` + capWord + `){0,3}`
	places   = place + `(?:[ ]*/[ ]*` + place + `)?`
	month    = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekday  = `(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?`
	datePart = `(?i:(?:` + weekday + `,?[ ]+)?(?:` + month + `[ ]+\d{1,2}(?:,?[ ]+\d{4})?|\d{1,2}[ ]+` + month + `(?:,?[ ]+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?))`
	agency   = `(?:\([\p{L}\p{M}\p{Nd}.&'’ /-]{1,40}\)|/[\p{L}\p{M}. -]{1,20}/)`
)

// trimLead drops scraping debris, a metadata stamp and a dateline from the
// front of a sentence, when what follows opens as a sentence does. first
// says the sentence is its document's first kept one: a place in title case
// with neither a date nor an agency ("New Delhi: The …", "Seoul — The …")
// is taken for a dateline there only, where a label such as "Health: …"
// is not.
func trimLead(s *Sentence, first bool) {
	cut := func(n int) {
		s.Start += n
		s.Text = s.Text[n:]
	}
	if n := leadJunkLen(s.Text); n > 0 {
		cut(n)
	}
	if n := metaPrefixLen(s.Text); n > 0 {
		cut(n)
		if n := leadJunkLen(s.Text); n > 0 {
			cut(n)
		}
	}
	if n := datelineLen(s.Text, first); n > 0 {
		cut(n)
	}
}

func leadJunkLen(s string) int {
	loc := leadJunkRE.FindStringIndex(s)
	if loc == nil || !opensSentence(s[loc[1]:]) {
		return 0
	}
	return loc[1]
}

// datelineLen returns the length of the dateline at the front of s, or 0.
func datelineLen(s string, first bool) int {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r == '(':
		if loc := agencyLeadRE.FindStringIndex(s); loc != nil && opensSentence(s[loc[1]:]) {
			return loc[1]
		}
	case unicode.IsUpper(r):
		m := datelineRE.FindStringSubmatchIndex(s)
		if m == nil || !opensSentence(s[m[1]:]) {
			return 0
		}
		placeText := s[m[2*placeWordIdx]:m[2*placeWordIdx+1]]
		dated := m[2*dateIdx] >= 0 || m[2*agencyIdx] >= 0
		if !dated && !first && !allCaps(placeText) {
			return 0
		}
		return m[1]
	case isCaseless(r):
		m := caselessDatelineRE.FindStringSubmatchIndex(s)
		if m == nil || m[2*caselessDate] < 0 && m[2*caselessAgent] < 0 || !opensSentence(s[m[1]:]) {
			return 0
		}
		return m[1]
	}
	return 0
}

// isDatelineOnly reports whether s is a dateline and nothing else:
// "WASHINGTON, November 7."
func isDatelineOnly(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && len(s) < 120 && strings.IndexFunc(s, unicode.IsDigit) >= 0 &&
		datelineOnlyRE.MatchString(s)
}

// allCaps reports whether s has letters and none of them in lower case,
// the particles of place names aside (RIO de JANEIRO).
func allCaps(s string) bool {
	upper := 0
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r) && !particleWords[w]:
				return false
			}
		}
	}
	return upper > 1
}

var particleWords = wordSet(`de da do dos das del di du la le el al es am an on upon of y en sur`)

// opensSentence reports whether s opens as a sentence does after a
// dateline: with a capital, a letter of a script without case, a digit or
// an opening quotation mark or bracket.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || isCaseless(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'(«`, r)
}

// metaPrefixLen returns the length of page metadata at the front of s: a
// stamp word ("date", "Published:", "Last updated") with the date and time
// after it, or an ISO date on its own ("2025-11-06 08:32"), up to the
// first word of the sentence. It is 0 unless a digit is in the stamp and a
// sentence follows it.
func metaPrefixLen(s string) int {
	i := stampWordLen(s)
	iso := false
	if i == 0 {
		if !isoDateRE.MatchString(s) {
			return 0
		}
		iso = true
	}
	digits := iso
	for i < len(s) {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == ':') {
			j++
		}
		k := j
		for k < len(s) && s[k] != ' ' && s[k] != '\t' {
			k++
		}
		if j == k {
			return 0
		}
		word := s[j:k]
		if !isStampToken(word) {
			if !digits || !opensSentence(word) {
				return 0
			}
			return j
		}
		digits = digits || strings.ContainsAny(word, "0123456789")
		i = k
	}
	return 0
}

var isoDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}\b`)

// stampWordLen returns the length of the stamp word at the front of s
// (with its colon), or 0.
func stampWordLen(s string) int {
	for _, w := range metaWords {
		if hasLowerASCIIPrefix(s, w) && len(s) > len(w) {
			rest := s[len(w):]
			n := len(w)
			if rest[0] == ':' {
				n++
				rest = rest[1:]
			}
			if rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
				return n
			}
		}
	}
	return 0
}

// metaWords open a metadata stamp; longest first.
var metaWords = []string{"first published", "last updated", "last modified", "published on", "updated on",
	"published", "updated", "posted on", "posted", "modified", "date"}

// isStampToken reports whether a word may be part of a date and time:
// digits and their separators, month and weekday names, a.m. and p.m.,
// time zones (upper case letters), "at", "on", "ago" and separators.
func isStampToken(w string) bool {
	w = strings.TrimRight(w, ",.;")
	if w == "" || w == "|" || w == "·" || w == "-" || w == "—" || w == "–" || w == "/" {
		return true
	}
	if strings.ContainsAny(w[:1], "0123456789") {
		return strings.Trim(w, "0123456789:/.-,+T") == "" || isClockSuffixed(w)
	}
	lw := strings.ToLower(w)
	switch lw {
	case "at", "on", "ago", "am", "pm", "a.m", "p.m", "hours", "hour", "hrs", "minutes", "mins", "min", "days", "day", "updated", "|":
		return true
	}
	if monthWordRE.MatchString(lw) {
		return true
	}
	if len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
		return isZone(w)
	}
	return false
}

// isClockSuffixed reports whether w is a time run into its a.m. or p.m.
// or its zone: "10:30am", "08:40IST".
func isClockSuffixed(w string) bool {
	i := strings.IndexFunc(w, unicode.IsLetter)
	return i > 0 && strings.Trim(w[:i], "0123456789:.") == "" && (isStampToken(w[i:]) || isZone(w[i:]))
}

// isZone reports whether w looks like a time zone: two to five capitals,
// ending in T or a zone's letters (EST, GMT, IST, UTC, KST, CEST, AEDT).
func isZone(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return w[len(w)-1] == 'T' || w == "UTC" || w == "GMT"
}

var monthWordRE = regexp.MustCompile(`^(?:` + month + `|` + weekday + `)$`)
