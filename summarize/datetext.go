package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text gives its date at its top, where a page or the wire put it: a
// stamp on a line of its own ("Published 7:12 AM EST, Mon March 3, 2025 ·
// Updated 9:40 AM EST", "12 June 2025", "By Jo Roe | Nov 5, 2025"), one
// before the first words of the story ("date 2025-11-06 WASHINGTON — …")
// or the date of its dateline ("WASHINGTON, Nov. 7, 2025 (AP) —"). A date
// in a sentence is never the version's ("the war of 2003", "on Nov. 6,
// 2025"), and neither is one without its year ("SEOUL, Sept. 29 (Metro
// Wire) —"): a dateline's day and month are not a date until the year is
// in the same stamp.

// The top of a text, which textDates reads: up to headLines lines, blank
// ones aside, in its first headBytes, ending with the headProse-th line of
// prose (a cookie banner, a standfirst, the lead).
const (
	headLines = 30
	headProse = 3
	headBytes = 16 << 10
	stampMax  = 200 // a line longer than this is no stamp
)

// textDates returns the dates the top of a text gives: the first stamp of
// publication or dateline with a whole date, and the first stamp of an
// update.
func textDates(text string) pubDates {
	var out pubDates
	lines, prose := 0, 0
	prev := "" // the line before, "" after a blank one
	for rest := text[:min(len(text), headBytes)]; rest != "" && lines < headLines && prose < headProse; {
		line, more, _ := strings.Cut(rest, "\n")
		rest = more
		line = strings.TrimFunc(line, unicode.IsSpace)
		if line == "" {
			prev = ""
			continue
		}
		lines++
		if !endsAsDate(line) || prev == "" || endsSentence(prev) {
			out = out.or(lineDates(line))
		}
		prev = line
		if !out.published.IsZero() {
			break
		}
		if isProseLine(line) {
			prose++
		}
	}
	return out
}

// lineDates returns the dates a line of the top of a text gives: of the
// stamp it is, or the stamp and the dateline it opens with.
func lineDates(line string) pubDates {
	if loc := leadJunkRE.FindStringIndex(line); loc != nil {
		line = line[loc[1]:] // "· 10 April 2025", a byline's tail
	}
	var out pubDates
	if n := metaPrefixLen(line); n > 0 {
		out = stampDates(line[:n])
		line = line[n:]
	} else if d, ok := stampLine(line); ok {
		return d
	}
	if out.published.IsZero() {
		out.published = datelineDate(line)
	}
	return out
}

// stampLine returns the dates of a line that is nothing but stamps and
// bylines, in parts between bars and dots ("By Jo Roe | Nov 5, 2025"); ok
// is false for any other line.
func stampLine(line string) (d pubDates, ok bool) {
	if len(line) > stampMax || strings.IndexFunc(line, unicode.IsDigit) < 0 {
		return pubDates{}, false
	}
	for part := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case isBylinePart(part):
		case isStamp(part):
			d = d.or(stampDates(part))
		default:
			return pubDates{}, false
		}
	}
	return d, !d.published.IsZero() || !d.modified.IsZero()
}

// isBylinePart reports whether s is a byline without a figure: "By Jo Roe,
// Staff Writer".
func isBylinePart(s string) bool {
	return (strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "by ")) && strings.IndexFunc(s, unicode.IsDigit) < 0
}

// isStamp reports whether every word of s is a stamp word ("Published",
// "Last updated:") or may be part of a date and time (see
// allStampTokens).
func isStamp(s string) bool {
	skip := 0 // the end of the stamp word the words are in
	for _, t := range stampFields(s) {
		if t.start < skip {
			continue
		}
		if n := stampWordLen(s[t.start:] + " "); n > 0 {
			skip = t.start + n
			continue
		}
		if !allStampTokens(t.text) {
			return false
		}
	}
	return true
}

// stampDates returns the dates of a stamp, every word of which may be
// part of a date (see isStamp): each stamp word ("Published",
// "Last updated:") opens a date of its kind, and a date with none before
// it is one of publication.
func stampDates(s string) pubDates {
	var out pubDates
	modified := false
	from := 0
	flush := func(to int) {
		d, ok := stampDate(s[from:to])
		switch {
		case !ok:
		case modified:
			out.modified = cmpOr(out.modified, d)
		default:
			out.published = cmpOr(out.published, d)
		}
	}
	for _, t := range stampFields(s) {
		n := 0
		if t.start >= from {
			n = stampWordLen(s[t.start:] + " ")
		}
		if n == 0 {
			continue
		}
		flush(t.start)
		modified = isUpdateWord(s[t.start : t.start+n])
		from = t.start + n
	}
	flush(len(s))
	return out
}

// cmpOr returns d unless it is unknown, else e.
func cmpOr(d, e Date) Date {
	if d.IsZero() {
		return e
	}
	return d
}

// isUpdateWord reports whether a stamp word dates a change, not the
// version's publication: "Updated", "Last modified:".
func isUpdateWord(w string) bool {
	w = strings.ToLower(w)
	return strings.Contains(w, "updated") || strings.Contains(w, "modified")
}

// datelineDate returns the date of the dateline s opens with, when it is
// whole: "KILBRIDE, 12 June 2025 (Island Wire) -", "सूरजपुर, 14 जुलाई 2025 --".
func datelineDate(s string) Date {
	n := datelineLen(s, true, false)
	if n == 0 && isDatelineOnly(s) {
		n = len(s)
	}
	if n == 0 {
		return Date{}
	}
	head := s[:n]
	for i := strings.IndexAny(head, ",،"); i >= 0 && i < len(head); {
		_, size := utf8.DecodeRuneInString(head[i:])
		k := skipSpaces(head, i+size)
		e := parseDate(head, k)
		if e == 0 {
			e = caselessDate(head, k)
		}
		if e > 0 {
			if y, m, d := dateParts(head[k:e]); m > 0 {
				if day, ok := dayDate(y, m, d); ok {
					return day
				}
			}
			return Date{}
		}
		next := strings.IndexAny(head[k:], ",،")
		if next < 0 {
			break
		}
		i = k + next
	}
	return Date{}
}

// endsAsDate reports whether a line ends with a figure and a full stop,
// as "March 3, 2025." does: after a line that does not end a sentence, it
// is the tail of a paragraph broken into lines ("… the lease expires
// on\nMarch 3, 2025."), not a stamp.
func endsAsDate(s string) bool {
	return len(s) > 1 && s[len(s)-1] == '.' && '0' <= s[len(s)-2] && s[len(s)-2] <= '9'
}

// isProseLine reports whether a line reads as prose: eight words or more
// ending as a sentence does.
func isProseLine(s string) bool { return endsSentence(s) && hasWords(s, 8) }
