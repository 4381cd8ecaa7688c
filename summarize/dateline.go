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
// was filed from, often with its region, date and agency:
//
//	WASHINGTON —                          BRASILIA:
//	SEOUL, South Korea (AP) —             LONDON (Reuters) -
//	PORT ELLERY, March 3 (Coastal Press) - Sao Paulo, 11 September (Argus) —
//	TOKYO/SEOUL, Sept. 24 (Reuters):      New Delhi, Sep 12 (PTI)
//	New Delhi [India], July 20 (ANI):     (Reuters) -
//	सूरजपुर, 14 जुलाई --                   PORT ELLERY, VARNO //
//
// trimLead drops them from a kept sentence, so that it reads as a sentence
// of the story.

// Scraping debris before the first word: stray commas, bullets, quote
// marks of e-mail replies (">> ").
var leadJunkRE = regexp.MustCompile(`^[\s,;:.>»|*•·–—-]+`)

// A dateline is a place in capitals or title case (words of one, joined
// by the particles of place names: Rio de Janeiro, Dar es Salaam; two
// places with a slash), then a region, a date and an agency, each
// optional, then a dash or a colon; after an agency the dash may be
// missing or touch the next word. In a script without capitals it is a
// place of one to three words and a date with a digit or an agency. It is
// parsed by hand: as one regular expression it cost some 30 µs a sentence
// (a large program of Unicode classes), the parse below well under one.

// datelineHead parses the place, region, date and agency at the front of
// s. It returns the offset past them (0 if s opens with no place), whether
// the place is in capitals, and whether a date and an agency were found.
func datelineHead(s string) (end int, caps, date, agency bool) {
	i, caps := parsePlaces(s, 0)
	if i == 0 {
		return 0, false, false, false
	}
	if j := skipSpaces(s, i); j < len(s) && s[j] == '[' { // "New Delhi [India]"
		if e, _ := parsePlace(s, j+1); e > 0 && e < len(s) && s[e] == ']' {
			i = e + 1
		}
	}
	if j := skipSpaces(s, i); j < len(s) && s[j] == ',' {
		k := skipSpaces(s, j+1)
		if e := parseAgency(s, k); e > 0 { // "LIMA, (Reuters) –": a comma and no date
			return e, caps, false, true
		}
		if e := parseDate(s, k); e > 0 {
			i, date = e, true
		} else if e, _ := parsePlace(s, k); e > 0 { // a region
			i = e
			if j := skipSpaces(s, i); j < len(s) && s[j] == ',' {
				if e := parseDate(s, skipSpaces(s, j+1)); e > 0 {
					i, date = e, true
				}
			}
		}
	} else if e := parseDate(s, j); e > 0 {
		i, date = e, true
	}
	if date && i < len(s) && s[i] == '.' {
		i++ // "June 3."
	}
	if e := parseAgency(s, skipSpaces(s, i)); e > 0 {
		i, agency = e, true
	}
	return i, caps, date, agency
}

// datelineEnd returns the offset past the dash or colon that ends a
// dateline at s[i:] and the spaces after it, or -1. After an agency the
// dash may be missing or touch the next word; else a hyphen needs a space
// after it.
func datelineEnd(s string, i int, agency bool) int {
	k := skipSpaces(s, i)
	rest := s[k:]
	switch {
	case strings.HasPrefix(rest, "—"), strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "•"): // "PARIS • It took …"
		k += len("—")
	case strings.HasPrefix(rest, "--"), strings.HasPrefix(rest, "//"): // "GIGLIO, ITALY //"
		k += 2
	case strings.HasPrefix(rest, "-"), strings.HasPrefix(rest, ":"):
		k++
	case agency:
		return k
	default:
		return -1
	}
	if !agency && rest[0] == '-' && !strings.HasPrefix(rest, "--") && (k == len(s) || s[k] != ' ') {
		return -1 // a hyphen touching the next word joins it ("Kilbride-based"); two are a dash ("MINNEAPOLIS --An …")
	}
	return skipSpaces(s, k)
}

// parsePlaces parses a place, or two with a slash, at s[i:]; see parsePlace.
func parsePlaces(s string, i int) (int, bool) {
	e, caps := parsePlace(s, i)
	if e == 0 {
		return 0, false
	}
	if j := skipSpaces(s, e); j < len(s) && s[j] == '/' {
		if e2, caps2 := parsePlace(s, skipSpaces(s, j+1)); e2 > 0 {
			return e2, caps && caps2
		}
	}
	return e, caps
}

// parsePlace parses up to four capitalised words at s[i:], with a
// particle of place names between two of them. It returns the offset past
// the last one (0 if there is none) and whether they are in capitals.
func parsePlace(s string, i int) (int, bool) {
	end, caps, words, letters := 0, true, 0, 0
	for words < 4 {
		w := i
		if words > 0 {
			if w = skipSpaces(s, i); w == i {
				break
			}
			if p := wordEnd(s, w); p > w && particleWords[s[w:p]] {
				if q := skipSpaces(s, p); q > p && capWordEnd(s, q) > q {
					w = q
				}
			}
		}
		e := capWordEnd(s, w)
		if e == w {
			break
		}
		for _, r := range s[w:e] {
			if unicode.IsLower(r) {
				caps = false
			} else if unicode.IsUpper(r) {
				letters++
			}
		}
		i, end = e, e
		words++
	}
	return end, caps && letters > 1
}

// capWordEnd returns the end of the word at s[i:] if it opens with a
// capital: letters, marks and ' ’ . -, but a hyphen before a space.
func capWordEnd(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return i
	}
	for j := i + size; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(`'’.-`, r) {
			return j
		}
		if r == '-' && (j+1 == len(s) || s[j+1] == ' ') {
			return j // "Kilbride, Wash.- The union …": the dateline's dash
		}
		j += size
	}
	return len(s)
}

// wordEnd returns the end of the run of letters at s[i:].
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// parseDate parses a date at s[i:]: "March 3", "Sept. 29, 2025", "11
// September", "24 Oct 2025", "2025-09-11", "11/6" or "11/6/2025", perhaps
// after a weekday ("Tue, March 4"). It returns the offset past it, or 0.
func parseDate(s string, i int) int {
	if e := wordEnd(s, i); e > i && isWeekday(s[i:e]) {
		j := e
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j < len(s) && s[j] == ',' {
			j++
		}
		if k := skipSpaces(s, j); k > j || j > e {
			i = k
		}
	}
	if d := digitsEnd(s, i); d > i {
		n := d - i
		switch {
		case n == 4 && d < len(s) && s[d] == '-':
			if m := digitsEnd(s, d+1); m == d+3 && m < len(s) && s[m] == '-' && digitsEnd(s, m+1) == m+3 {
				return m + 3
			}
		case n <= 2 && d < len(s) && s[d] == '/':
			if m := digitsEnd(s, d+1); m > d+1 && m <= d+3 {
				if m < len(s) && s[m] == '/' {
					if y := digitsEnd(s, m+1); y >= m+3 && y <= m+5 {
						return y
					}
				}
				return m
			}
		case n <= 2:
			if k := skipSpaces(s, d); k > d {
				if e := monthEnd(s, k); e > 0 {
					return yearEnd(s, e)
				}
			}
		}
		return 0
	}
	if e := monthEnd(s, i); e > 0 {
		if k := skipSpaces(s, e); k > e {
			if d := digitsEnd(s, k); d > k && d <= k+2 {
				return yearEnd(s, d)
			}
		}
	}
	return 0
}

// yearEnd returns the offset past ", 2025" or " 2025" at s[i:], or i.
func yearEnd(s string, i int) int {
	j := i
	if j < len(s) && s[j] == ',' {
		j++
	}
	if k := skipSpaces(s, j); k > j {
		if y := digitsEnd(s, k); y == k+4 {
			return y
		}
	}
	return i
}

// monthEnd returns the offset past a month's name or abbreviation (with
// its full stop) at s[i:], or 0.
func monthEnd(s string, i int) int {
	e := wordEnd(s, i)
	if e == i || !inSetFold(months, s[i:e]) {
		return 0
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	return e
}

func digitsEnd(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

var (
	months = wordSet(`jan january feb february mar march apr april may jun june jul july aug august
		sep sept september oct october nov november dec december`)
	weekdays = wordSet(`mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday
		sat saturday sun sunday`)
)

func isWeekday(w string) bool { return inSetFold(weekdays, w) }

// parseAgency parses an agency at s[i:], "(Metro Wire)", "(AP, AFP)" or
// "/Wire/", and returns the offset past it, or 0.
func parseAgency(s string, i int) int {
	if i >= len(s) || s[i] != '(' && s[i] != '/' {
		return 0
	}
	closer, limit := byte(')'), 40
	if s[i] == '/' {
		closer, limit = '/', 20
	}
	n := 0
	for j := i + 1; j < len(s); {
		if s[j] == closer {
			if n == 0 {
				return 0
			}
			return j + 1
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		ok := unicode.IsLetter(r) || unicode.IsMark(r) || r == ' ' || r == '.' || r == '-' ||
			closer == ')' && (unicode.IsDigit(r) || strings.ContainsRune(`&'’/,`, r))
		if !ok || n == limit {
			return 0
		}
		j += size
		n++
	}
	return 0
}

// caselessHead parses a dateline of a script without capitals at the
// front of s: one to three words of case-less letters, then, after a
// comma, a date with a digit, and an agency. It returns the offset past
// them (0 if there is no place) and whether a date and an agency were
// found.
func caselessHead(s string) (end int, date, agency bool) {
	i := 0
	for words := 0; words < 3; words++ {
		j := i
		if words > 0 {
			j = skipSpaces(s, i)
		}
		e := caselessWordEnd(s, j)
		if e == j {
			break
		}
		i = e
	}
	if i == 0 {
		return 0, false, false
	}
	j := skipSpaces(s, i)
	if strings.HasPrefix(s[j:], ",") || strings.HasPrefix(s[j:], "،") {
		_, size := utf8.DecodeRuneInString(s[j:])
		if e := caselessDate(s, skipSpaces(s, j+size)); e > 0 {
			i, date = e, true
		}
	}
	if e := parseAgency(s, skipSpaces(s, i)); e > 0 {
		i, agency = e, true
	}
	return i, date, agency
}

// caselessWordEnd returns the end of the run of case-less letters and
// marks at s[i:].
func caselessWordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isCaseless(r) && !unicode.IsMark(r) {
			break
		}
		i += size
	}
	return i
}

// caselessDate parses a date of any script at s[i:]: a number, with a
// word before or after it and a year after: "14 जुलाई", "14 يوليو 2025".
func caselessDate(s string, i int) int {
	if e := letterWordEnd(s, i); e > i {
		if k := skipSpaces(s, e); k > e && numberEnd(s, k) > k {
			i = k
		}
	}
	d := numberEnd(s, i)
	if d == i {
		return 0
	}
	if k := skipSpaces(s, d); k > d {
		if e := letterWordEnd(s, k); e > k {
			d = e
		}
	}
	if k := skipSpaces(s, d); k > d {
		if y := numberEnd(s, k); y > k {
			d = y
		}
	}
	return d
}

func letterWordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		i += size
	}
	return i
}

// numberEnd returns the end of the run of decimal digits of any script
// at s[i:].
func numberEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) {
			break
		}
		i += size
	}
	return i
}

// trimLead drops scraping debris, a metadata stamp and a dateline from the
// front of a sentence, when what follows opens as a sentence does. first
// says the sentence is its document's first kept one: a place in title case
// with neither a date nor an agency ("New Delhi: The …", "Seoul — The …")
// is taken for a dateline there only, where a label such as "Health: …"
// is not; early says it opens one of the document's first kept paragraphs
// (see earlyParagraphs), where a place of two words or more in title case
// is taken for one too: a standfirst may stand above the dateline
// ("Kestrel Island: Divers searching …").
func trimLead(s *Sentence, first, early bool) {
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
	if n := agencyBylineLen(s.Text); n > 0 {
		cut(n)
	}
	if n := datelineLen(s.Text, first, early); n > 0 {
		cut(n)
		if strings.HasPrefix(s.Text, "(") {
			// a country and an agency in brackets after the place: the
			// place's bracket was taken for the agency ("Seyne-les-Alpes
			// (France) (AFP / AP ) – A plane …")
			if n := datelineLen(s.Text, first, early); n > 0 {
				cut(n)
			}
		}
	}
	if n := liveStampLen(s.Text); n > 0 {
		cut(n)
	}
	if n := guideLabelLen(s.Text); n > 0 {
		cut(n)
	}
}

// wireAgencies are the news agencies whose name a page sets as a byline
// run into the story's first words ("By Agence France-Presse Tanzania
// declared …"): the name ends where it is known to.
var wireAgencies = []string{"Agence France-Presse", "Agence France Presse", "AFP", "Reuters", "The Associated Press",
	"Associated Press", "AP", "Bloomberg", "Xinhua", "dpa", "ANI", "PTI", "IANS", "UPI", "EFE", "ANSA", "Kyodo", "Yonhap"}

// agencyBylineLen returns the length of "By " and an agency's name (see
// wireAgencies) at the front of s, with the dash or spaces after it,
// when a sentence opening with a capital follows, or 0.
func agencyBylineLen(s string) int {
	if !strings.HasPrefix(s, "By ") {
		return 0
	}
	for _, a := range wireAgencies {
		rest, ok := strings.CutPrefix(s[len("By "):], a)
		if !ok || rest == "" || rest[0] != ' ' {
			continue
		}
		trimmed := strings.TrimLeft(rest, " -–—")
		if startsUpper(trimmed) && opensSentence(trimmed) {
			return len(s) - len(trimmed)
		}
	}
	return 0
}

// guideLabelRE finds the label a page sets before the points of a story
// it lists: "Here’s what to know:", "Here's what we know so far:", "What
// we know:", "Key points:", or the question a section of it answers:
// "What caused the blast: Initially, …", or the label of one of its
// points ("Details:", "The big picture:", "By the numbers:", "What's
// next:").
var guideLabelRE = regexp.MustCompile(`^(?:Here(?:'s|’s| is) what (?:we know|to know|you need to know|we know so far|happened)(?: so far)?|What (?:we know|to know)(?: so far)?|Key points|The latest|` +
	// the labels of a story told in points: "Details: The target range …"
	`Details|Background|Context|The big picture|Driving the news|Between the lines|By the numbers|The bottom line|Bottom line|` +
	`Zoom in|Zoom out|Catch up quick|Yes, but|Flashback|State of play|Reality check|The other side|The intrigue|Go deeper|` +
	`Crucial quote|Key quote|Worth noting|Of note|Fun fact|The backdrop|What(?:'s|’s) (?:next|ahead|new)|` +
	`(?:What|Why|How|Who|When|Where)(?: [\w’'-]+){1,5})\s*:\s+`)

// guideLabelLen returns the length of a guide's label at the front of s
// (see guideLabelRE) when a sentence opening with a capital follows it,
// or a quotation after a label that is no question ("Crucial quote: “…”";
// "Who said it first: “Never again,” she wrote." asks what the quotation
// answers), or 0.
func guideLabelLen(s string) int {
	if s == "" || strings.IndexByte("HWKTDBCZYFSRGO", s[0]) < 0 || !strings.Contains(s[:min(len(s), 60)], ":") {
		return 0
	}
	loc := guideLabelRE.FindStringIndex(s)
	if loc == nil {
		return 0
	}
	rest := s[loc[1]:]
	if startsUpper(rest) || !questionLabel(s) && startsUpper(strings.TrimLeft(rest, `"“‘`)) {
		return loc[1]
	}
	return 0
}

// questionLabel reports whether s opens with a question's word.
func questionLabel(s string) bool {
	for _, w := range []string{"What ", "Why ", "How ", "Who ", "When ", "Where "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// liveStampRE finds the time a live blog stamps an entry with, before a
// dash: "4:45pm - Labour Chief Whip Duncan Webb has announced …", "09:12
// GMT – …", or before a colon after "pm" or a zone, and a weekday: "6:46
// pm: A local channel reports …", "9:50 p.m. CDT Friday: Several …".
var liveStampRE = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|[A-Z]{2,4})?(?:\s?\([A-Z]{2,4}\))?\s*` +
	`(?:[-–—|]|(?:[ap]\.?m\.?|[A-Z]{2,4})(?: [A-Z]{2,4})?(?: (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?:)\s+`)

// liveStampLen returns the length of a live blog's time stamp at the front
// of s (see liveStampRE) when a sentence opening with a capital follows it
// ("4:45 - 5:30 was the busiest hour." has none), or 0.
func liveStampLen(s string) int {
	if s == "" || !isDigit(s[0]) {
		return 0
	}
	if loc := liveStampRE.FindStringIndex(s); loc != nil && opensSentence(s[loc[1]:]) && startsUpper(s[loc[1]:]) {
		return loc[1]
	}
	return 0
}

func leadJunkLen(s string) int {
	loc := leadJunkRE.FindStringIndex(s)
	if loc == nil || !opensSentence(s[loc[1]:]) {
		return labelLen(s)
	}
	return loc[1] + labelLen(s[loc[1]:])
}

// labelLen returns the length of a label in capitals in brackets at the
// front of s, with the spaces after it, when a sentence follows it:
// "[EXPLAINER] ", "(LEAD) ", "(2nd LD) " (how wires mark a version).
func labelLen(s string) int {
	if s == "" || s[0] != '[' && s[0] != '(' {
		return 0
	}
	closer := byte(']')
	if s[0] == '(' {
		closer = ')'
	}
	end := strings.IndexByte(s, closer)
	if end < 2 || end > 30 {
		return 0
	}
	label := s[1:end]
	if !isLabel(label) {
		return 0
	}
	n := skipSpaces(s, end+1)
	if n == end+1 || !opensSentence(s[n:]) {
		return 0
	}
	return n
}

// isLabel reports whether s is a label: words in capitals, or an ordinal
// and LD ("2nd LD").
func isLabel(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r), unicode.IsDigit(r):
			// "2nd LD" has both; a label otherwise has no lower case
		case r != ' ' && r != '-' && r != '&':
			return false
		}
	}
	if upper < 2 {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLower) < 0 || strings.HasSuffix(s, " LD")
}

// datelineLen returns the length of the dateline at the front of s, or 0.
func datelineLen(s string, first, early bool) int {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r == '(':
		if e := parseAgency(s, 0); e > 0 {
			if end := datelineEnd(s, e, false); end > 0 && opensSentence(s[end:]) {
				return end
			}
		}
	case unicode.IsUpper(r):
		if e := capsPlaceDate(s); e > 0 {
			return e
		}
		if !mayBeDateline(s) {
			return 0
		}
		if e := parseDate(s, 0); e > 0 { // a date and an agency without a place: "Aug. 15 (UPI) --"
			if a := parseAgency(s, skipSpaces(s, e)); a > 0 {
				if end := datelineEnd(s, a, true); end > 0 && opensSentence(s[end:]) {
					return end
				}
			}
			// a full date alone before a dash or a colon: "January 15, 2024 - Lava flowed …"
			if end := datelineEnd(s, e, false); end > 0 && hasYear(s[:e]) && opensSentence(s[end:]) {
				return end
			}
		}
		head, caps, date, agency := datelineHead(s)
		// Without a dash an agency in brackets ends a dateline ("New
		// Delhi, Sep 12 (PTI) "), but not after an article: "The U.S.
		// Coast Guard (USCG) Wednesday afternoon was responding …" is
		// the sentence's subject.
		end := datelineEnd(s, head, agency && !strings.HasPrefix(s, "The ") && !strings.HasPrefix(s, "A ") && !strings.HasPrefix(s, "An "))
		if head == 0 || end < 0 || !opensSentence(s[end:]) || !date && !agency && !caps && !first && !(early && strings.Contains(strings.TrimSpace(s[:head]), " ")) {
			return 0
		}
		return end
	case isCaseless(r):
		if !mayBeDateline(s) {
			return 0
		}
		head, date, agency := caselessHead(s)
		if head == 0 || !date && !agency {
			return 0
		}
		if end := datelineEnd(s, head, false); end > 0 && opensSentence(s[end:]) {
			return end // a dash or a colon is needed here
		}
	}
	return 0
}

// capsPlaceDate returns the length of a dateline of a place in capitals,
// a comma and a date before a sentence that opens in capitals, whose
// agency and dash a page left out ("DHAKA, July 2 Islamist militants
// …": of "DHAKA, July 2 (Reuters) - Islamist militants …"), or 0.
func capsPlaceDate(s string) int {
	place, caps := parsePlaces(s, 0)
	if place == 0 || !caps || !strings.HasPrefix(s[place:], ", ") {
		return 0
	}
	e := parseDate(s, place+2)
	if e == 0 || e+1 >= len(s) || s[e] != ' ' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[e+1:]); !unicode.IsUpper(r) {
		return 0
	}
	return e + 1
}

// mayBeDateline reports whether s may open with a dateline: a dash, a
// colon, a bracket or a slash comes before a word in lower case other
// than a particle of place names, within the first dozen words. Most
// sentences are passed over at their first words ("The city …").
func mayBeDateline(s string) bool {
	for n, w := 0, ""; n < 12 && s != ""; n++ {
		w, s = nextWord(s)
		if w != "" && (w[0] == '-' || strings.HasSuffix(w, ".-") || hasDatelineEnd(w)) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !particleWords[w] {
			return false
		}
	}
	return false
}

// hasDatelineEnd reports whether w holds a colon, a bracket, a slash, an
// em dash, an en dash or a bullet (E2 80 94, E2 80 93, E2 80 A2).
func hasDatelineEnd(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ':', '(', '/':
			return true
		case 0xE2:
			if i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0x94 || w[i+2] == 0x93 || w[i+2] == 0xA2) {
				return true
			}
		}
	}
	return false
}

// nextWord returns the first word of s, which starts with one, and what
// follows it from its next word on.
func nextWord(s string) (word, rest string) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	word, rest = s[:i], s[i+1:]
	for rest != "" && rest[0] == ' ' {
		rest = rest[1:]
	}
	return word, rest
}

// isDatelineOnly reports whether s is a dateline and nothing else:
// "WASHINGTON, November 7."
func isDatelineOnly(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || len(s) > 120 || !noLowerWords(s) {
		return false
	}
	head, _, date, _ := datelineHead(s)
	rest := strings.TrimLeft(s[head:], " ")
	return head > 0 && date && (rest == "" || rest == "." || rest == ":")
}

// noLowerWords reports whether no word of s opens in lower case, but for
// the particles of place names.
func noLowerWords(s string) bool {
	for w := ""; s != ""; {
		w, s = nextWord(s)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !particleWords[w] {
			return false
		}
	}
	return true
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
		if s == "" || s[0] < '0' || s[0] > '9' || !isoDateRE.MatchString(s) {
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
		digits = digits || strings.ContainsAny(word, "0123456789") || word[0] == '[' // a placeholder stands for digits
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
	if w[0] == '[' {
		return isPlaceholder(w)
	}
	lw := strings.ToLower(w)
	switch lw {
	case "at", "on", "ago", "am", "pm", "a.m", "p.m", "hours", "hour", "hrs", "minutes", "mins", "min", "days", "day", "updated", "|":
		return true
	}
	if inSetFold(months, strings.TrimSuffix(w, ".")) || isWeekday(strings.TrimSuffix(w, ".")) {
		return true
	}
	if len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
		return isZone(w)
	}
	return false
}

// isPlaceholder reports whether w is a page template's placeholders for
// a stamp that its page left unfilled: "[hour]:[minute]", "[AMPM]",
// "[monthFull]".
func isPlaceholder(w string) bool {
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == ':' || r == '/' }) {
		if len(part) < 3 || part[0] != '[' || part[len(part)-1] != ']' || strings.IndexFunc(part[1:len(part)-1], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
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
