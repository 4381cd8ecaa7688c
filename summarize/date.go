package summarize

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Date is when a version was published, as its source gives it: a day,
// or an instant when the source gives the time of day with its zone. The
// zero Date is unknown.
type Date struct {
	// Time is the instant, in the offset from UTC its source gave, when
	// Clock is true; else midnight UTC of the day.
	Time time.Time
	// Clock says the time of day and its offset are known.
	Clock bool
}

// ErrNotDate: a string ParseDate cannot read as a whole date.
var ErrNotDate = errors.New("not a date with its day, month and year")

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String returns the date in ISO 8601: "2025-09-29" for a day,
// "2025-09-29T10:30:00+05:30" (RFC 3339) for an instant, "" when unknown.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Clock:
		return d.Time.Format(time.RFC3339)
	}
	return d.Time.Format(time.DateOnly)
}

// MarshalText returns String's form, for JSON.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date as ParseDate does; "" is the unknown date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	got, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = got
	return nil
}

// Compare orders dates by their day as the source gives it, then a day
// alone before one with a time, then by instant: -1 when d comes first,
// +1 when e does, 0 when neither. It is a total order; the unknown date
// comes before every known one.
func (d Date) Compare(e Date) int {
	dy, dm, dd := d.Time.Date()
	ey, em, ed := e.Time.Date()
	switch {
	case d.IsZero() || e.IsZero():
		return boolCompare(e.IsZero(), d.IsZero())
	case dy != ey:
		return intCompare(dy, ey)
	case dm != em:
		return intCompare(int(dm), int(em))
	case dd != ed:
		return intCompare(dd, ed)
	case d.Clock != e.Clock:
		return boolCompare(d.Clock, e.Clock)
	}
	return d.Time.Compare(e.Time)
}

func intCompare(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// boolCompare puts false before true.
func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// dayDate returns the day, or false if there is no such day.
func dayDate(y int, m time.Month, d int) (Date, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if y < 1 || y > 9999 || t.Year() != y || t.Month() != m || t.Day() != d {
		return Date{}, false
	}
	return Date{Time: t}, true
}

// clockDate returns the instant of the day at h:min:sec, offset minutes
// east of UTC, or false if there is no such day or time.
func clockDate(y int, m time.Month, d, h, min, sec, offset int) (Date, bool) {
	if _, ok := dayDate(y, m, d); !ok || h > 23 || min > 59 || sec > 59 || offset < -18*60 || offset > 18*60 {
		return Date{}, false
	}
	zone := time.UTC
	if offset != 0 {
		zone = time.FixedZone("", offset*60)
	}
	return Date{Time: time.Date(y, m, d, h, min, sec, 0, zone), Clock: true}, true
}

// ParseDate reads a whole date, with its time or without: ISO 8601 and
// RFC 3339 ("2025-09-29", "2025-09-29T10:30:00Z", "2025-09-29 10:30",
// "20250929"), RFC 1123 ("Mon, 29 Sep 2025 10:30:00 +0000"), Unix date
// ("Mon Sep 29 10:30:00 UTC 2025"), JavaScript's Date ("Mon Sep 29 2025
// 10:30:00 GMT+0000 (UTC)") and what a page prints ("Sept. 29, 2025",
// "29 September 2025 10:30 BST", "November 5, 2025 at 6:00 AM CST"). The
// year must be given; "11/6/2025" is refused, for it is June 11 or
// November 6 (with a number above 12 it is read). A time of day counts
// only with its zone, a numeric offset or one of stampZones: else the
// date is the day alone.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if d, ok := isoDate(s); ok && !d.IsZero() {
		return d, nil
	}
	if d, ok := stampDate(s); ok && !d.IsZero() && allStampTokens(s) {
		return d, nil
	}
	return Date{}, fmt.Errorf("%q: %w", s, ErrNotDate)
}

// isoDate reads an ISO 8601 date, "2025-09-29" or "20250929", perhaps
// with a time ("T10:30", " 10:30:00.000") and a zone ("Z", "+05:30",
// "-0500", "+05"): the whole of s.
func isoDate(s string) (Date, bool) {
	var y, m, d int
	rest := ""
	switch {
	case len(s) == 8 && digitsEnd(s, 0) == 8:
		y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:])
	case len(s) >= 10 && digitsEnd(s, 0) == 4 && s[4] == '-' && digitsEnd(s, 5) == 7 && s[7] == '-' && digitsEnd(s, 8) == 10:
		y, m, d = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10])
		rest = s[10:]
	default:
		return Date{}, false
	}
	day, ok := dayDate(y, time.Month(m), d)
	if !ok || rest == "" {
		return day, ok
	}
	if rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ' {
		return Date{}, false
	}
	rest = rest[1:]
	h, min, sec, n := isoClock(rest)
	if n == 0 {
		return Date{}, false
	}
	rest = strings.TrimLeft(rest[n:], " ")
	if rest == "" {
		return day, true // a time without its zone is no instant
	}
	offset, ok := isoOffset(rest)
	if !ok {
		offset, ok = zoneOffset(rest)
	}
	if !ok {
		return Date{}, false
	}
	return clockDate(y, time.Month(m), d, h, min, sec, offset)
}

// isoClock reads "10:30", "10:30:00" or "10:30:00.123" at the front of s
// and returns its hours, minutes and seconds and its length, 0 if there
// is none.
func isoClock(s string) (h, min, sec, n int) {
	if digitsEnd(s, 0) != 2 || len(s) < 5 || s[2] != ':' || digitsEnd(s, 3) != 5 {
		return 0, 0, 0, 0
	}
	h, min, n = atoi(s[:2]), atoi(s[3:5]), 5
	if n < len(s) && s[n] == ':' && digitsEnd(s, n+1) == n+3 {
		sec, n = atoi(s[n+1:n+3]), n+3
		if n < len(s) && (s[n] == '.' || s[n] == ',') && digitsEnd(s, n+1) > n+1 {
			n = digitsEnd(s, n+1)
		}
	}
	return h, min, sec, n
}

// isoOffset reads a whole zone offset: "Z", "+05:30", "-0500" or "+05".
func isoOffset(s string) (int, bool) {
	if s == "Z" || s == "z" {
		return 0, true
	}
	if len(s) < 3 || s[0] != '+' && s[0] != '-' {
		return 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	var h, m int
	switch d := s[1:]; {
	case len(d) == 2 && digitsEnd(d, 0) == 2:
		h = atoi(d)
	case len(d) == 4 && digitsEnd(d, 0) == 4:
		h, m = atoi(d[:2]), atoi(d[2:])
	case len(d) == 5 && d[2] == ':' && digitsEnd(d, 0) == 2 && digitsEnd(d, 3) == 5:
		h, m = atoi(d[:2]), atoi(d[3:])
	default:
		return 0, false
	}
	if h > 18 || m > 59 {
		return 0, false
	}
	return sign * (h*60 + m), true
}

// stampZones are the zone names whose offset is known, in minutes east of
// UTC. Names used for more than one zone are left out (IST is India,
// Ireland and Israel; AST Atlantic and Arabia), and so are ET and PT,
// which are standard or daylight time by the season: a time in those
// gives the day alone. CST is North American Central time, as in English
// news, and BST British Summer Time.
var stampZones = map[string]int{
	"UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60,
	"CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
	"WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180, "PKT": 300, "WIB": 420,
	"SGT": 480, "HKT": 480, "AWST": 480, "JST": 540, "KST": 540,
	"ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
	"EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
}

// zoneOffset reads a whole zone: a name of stampZones, perhaps in
// brackets ("(UTC)"), a numeric offset ("+0530"), or GMT or UTC with one
// ("GMT+0000", "UTC+05:30", "GMT+5:30", "UTC-5").
func zoneOffset(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	if off, ok := stampZones[s]; ok {
		return off, true
	}
	if off, ok := isoOffset(s); ok {
		return off, true
	}
	for _, p := range []string{"GMT", "UTC"} {
		if rest, ok := strings.CutPrefix(s, p); ok && len(rest) > 1 && (rest[0] == '+' || rest[0] == '-') {
			if off, ok := isoOffset(rest); ok {
				return off, true
			}
			// one digit of hours: "GMT+5", "GMT+5:30"
			if d := rest[1:]; len(d) >= 1 && digitsEnd(d, 0) == 1 && (len(d) == 1 || len(d) == 4 && d[1] == ':' && digitsEnd(d, 2) == 4) {
				return isoOffset(rest[:1] + "0" + d)
			}
		}
	}
	return 0, false
}

// isZoneWord reports whether w names a zone, known or not: a stamp's
// token.
func isZoneWord(w string) bool {
	if _, ok := zoneOffset(w); ok {
		return true
	}
	return isZone(strings.TrimSuffix(strings.TrimPrefix(w, "("), ")"))
}

// stampDate reads the date of a stamp, s: the first date parseDate finds
// at a word, or an ISO date; its year from elsewhere in s when it has none
// ("Fri Mar 13 21:30:09 EST 2015"); and its time of day, when a clock
// ("7:12 AM", "10.30pm", "21:30:09") is followed somewhere by a zone
// ("7:12 AM EST, Mon March 3, 2025"). It reports false unless s holds a
// whole date.
func stampDate(s string) (Date, bool) {
	toks := stampFields(s)
	y, m, d, at := 0, time.Month(0), 0, -1
	for k, t := range toks {
		if iso, ok := isoDate(strings.TrimRight(t.text, ",.;")); ok {
			if iso.Clock {
				return iso, true
			}
			y, m, d, at = iso.Time.Year(), iso.Time.Month(), iso.Time.Day(), k
			break
		}
		if e := parseDate(s, t.start); e > 0 && endsWord(s, e, toks) {
			if y, m, d = dateParts(s[t.start:e]); m > 0 {
				at = k
				for at+1 < len(toks) && toks[at+1].start < e {
					at++ // the date's other tokens
				}
				break
			}
		}
	}
	if at < 0 {
		return Date{}, false
	}
	for k, t := range toks {
		if y == 0 && k > at && digitsEnd(t.text, 0) == 4 && len(strings.TrimRight(t.text, ",.")) == 4 {
			y = atoi(t.text[:4]) // the year after the clock: "Mar 13 21:30:09 EST 2015"
		}
	}
	day, ok := dayDate(y, m, d)
	if !ok {
		return Date{}, false
	}
	h, min, sec := -1, 0, 0
	for k := 0; k < len(toks); k++ {
		if h < 0 {
			var n int
			if h, min, sec, n = clockOf(toks, k); n == 0 {
				h = -1
			} else {
				k += n - 1
			}
			continue
		}
		if off, ok := zoneOffset(strings.TrimRight(toks[k].text, ",.;")); ok {
			if at, ok := clockDate(y, m, d, h, min, sec, off); ok {
				return at, true
			}
			break
		}
		if isZoneWord(strings.TrimRight(toks[k].text, ",.;")) {
			break // a zone of no known offset
		}
	}
	return day, true
}

// endsWord reports whether a date ending at s[e] ends a word there: "3
// March 2025," but not "2025-03-03T10" (a broken ISO time) or "3/11/20".
func endsWord(s string, e int, toks []field) bool {
	if e == len(s) || strings.IndexByte(" ,.;)", s[e]) >= 0 {
		return true
	}
	for _, t := range toks {
		if t.start == e {
			return true
		}
	}
	return false
}

// clockOf reads a time of day at toks[k]: "10:30", "21:30:09", "10.30",
// with "am" or "pm" run into it or in the next token ("AM", "a.m.").
// It returns the hours on a 24-hour clock, the minutes, the seconds and
// how many tokens it took, 0 if there is none.
func clockOf(toks []field, k int) (h, min, sec, n int) {
	w := strings.TrimRight(toks[k].text, ",;")
	if e := digitsEnd(w, 0); e == 0 || e > 2 || e == len(w) || w[e] != ':' && w[e] != '.' || digitsEnd(w, e+1) != e+3 {
		return 0, 0, 0, 0
	}
	i := digitsEnd(w, 0)
	h, min = atoi(w[:i]), atoi(w[i+1:i+3])
	i += 3
	if i < len(w) && w[i] == ':' && digitsEnd(w, i+1) == i+3 {
		sec, i = atoi(w[i+1:i+3]), i+3
	}
	suffix := strings.ToLower(strings.TrimSuffix(w[i:], "."))
	n = 1
	if suffix == "" && k+1 < len(toks) {
		if next := strings.ToLower(strings.TrimRight(toks[k+1].text, ",.;")); next == "am" || next == "pm" || next == "a.m" || next == "p.m" {
			suffix, n = next, 2
		}
	}
	switch suffix {
	case "":
	case "am", "a.m":
		if h < 1 || h > 12 {
			return 0, 0, 0, 0
		}
		h %= 12
	case "pm", "p.m":
		if h < 1 || h > 12 {
			return 0, 0, 0, 0
		}
		h = h%12 + 12
	default:
		return 0, 0, 0, 0
	}
	if h > 23 || min > 59 {
		return 0, 0, 0, 0
	}
	return h, min, sec, n
}

// field is a token of a stamp and where it starts in it.
type field struct {
	text  string
	start int
}

// stampFields cuts a stamp into words at spaces, and where a word runs
// into a time ("At:08:40") or a stamp word into a date ("11/6/2025Updated:").
func stampFields(s string) []field {
	var out []field
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		if j == i {
			break
		}
		w := s[i:j]
		cut := 0
		if e := letterWordEnd(w, 0); e > 0 && e+1 < len(w) && w[e] == ':' && w[e+1] >= '0' && w[e+1] <= '9' {
			cut = e + 1 // "At:08:40"
		} else if e := strings.IndexFunc(w, unicode.IsLetter); e > 0 && w[e-1] >= '0' && w[e-1] <= '9' && stampWordLen(w[e:]+" ") > 0 {
			cut = e // "2025Updated:"
		}
		if cut > 0 {
			out = append(out, field{w[:cut], i}, field{w[cut:], i + cut})
		} else {
			out = append(out, field{w, i})
		}
		i = j
	}
	return out
}

// allStampTokens reports whether every word of s may be part of a date
// and time (see isStampToken) or names a zone.
func allStampTokens(s string) bool {
	for _, t := range stampFields(s) {
		w := strings.TrimRight(t.text, ":")
		if !isStampToken(w) && !isZoneWord(strings.TrimRight(w, ",.;")) {
			return false
		}
	}
	return true
}

// dateParts reads the year, month and day of a date parseDate or
// caselessDate found; the year is 0 when it is not given. The month is 0
// when the date cannot be read: a day and month in figures that could be
// either ("11/6").
func dateParts(s string) (y int, m time.Month, d int) {
	if digitsEnd(s, 0) == 4 && len(s) == 10 && s[4] == '-' {
		return atoi(s[:4]), time.Month(atoi(s[5:7])), atoi(s[8:10])
	}
	if i := strings.IndexByte(s, '/'); i > 0 {
		parts := strings.Split(s[strings.LastIndexByte(s[:i], ' ')+1:], "/")
		a, b := atoi(parts[0]), atoi(parts[1])
		if len(parts) == 3 && len(parts[2]) == 4 {
			y = atoi(parts[2])
		}
		switch {
		case a > 12 && b <= 12:
			return y, time.Month(b), a
		case b > 12 && a <= 12:
			return y, time.Month(a), b
		}
		return 0, 0, 0
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsDigit(r):
			e := numberEnd(s, i)
			switch n := digitValue(s[i:e]); {
			case e-i <= 2*size && d == 0:
				d = n
			case e-i == 4*size:
				y = n
			}
			i = e
		case unicode.IsLetter(r):
			e := letterWordEnd(s, i)
			if mo := monthOf(s[i:e]); mo > 0 {
				m = mo
			}
			i = e
		default:
			i += size
		}
	}
	return y, m, d
}

// digitValue returns the value of a run of decimal digits of one script.
func digitValue(s string) int {
	n := 0
	for _, r := range s {
		zero := r // the run of ten digits r is in starts at its zero
		for unicode.IsDigit(zero-1) && r-zero < 9 {
			zero--
		}
		n = n*10 + int(r-zero)
	}
	return n
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// monthOf returns the month a word names, in English (a name or its
// abbreviation, any case), Hindi or Arabic, or 0.
func monthOf(w string) time.Month {
	if m, ok := monthNames[strings.ToLower(w)]; ok {
		return m
	}
	return 0
}

var monthNames = func() map[string]time.Month {
	m := make(map[string]time.Month)
	for i, names := range []string{
		"jan january जनवरी يناير",
		"feb february फरवरी फ़रवरी \u095eरवरी فبراير",
		"mar march मार्च مارس",
		"apr april अप्रैल أبريل ابريل إبريل",
		"may मई مايو",
		"jun june जून يونيو يونيه",
		"jul july जुलाई يوليو يوليه",
		"aug august अगस्त أغسطس",
		"sep sept september सितंबर सितम्बर سبتمبر",
		"oct october अक्टूबर अक्तूबर أكتوبر",
		"nov november नवंबर नवम्बर نوفمبر",
		"dec december दिसंबर दिसम्बर ديسمبر",
	} {
		for _, w := range strings.Fields(names) {
			// Devanagari's nukta letters (फ़) have a precomposed form
			// that NFC decomposes: both are known.
			m[w], m[norm.NFC.String(w)], m[norm.NFD.String(w)] = time.Month(i+1), time.Month(i+1), time.Month(i+1)
		}
	}
	return m
}()

// pubDates are the dates a source gives a version: when it was published
// and when it was last changed, each zero when not given.
type pubDates struct{ published, modified Date }

// or fills what d lacks from e.
func (d pubDates) or(e pubDates) pubDates {
	if d.published.IsZero() {
		d.published = e.published
	}
	if d.modified.IsZero() {
		d.modified = e.modified
	}
	return d
}

// date is the version's date: when it was published, else when it was
// changed.
func (d pubDates) date() Date {
	if !d.published.IsZero() {
		return d.published
	}
	return d.modified
}

// docDates returns each document's date in input order, the zero Date
// where it is unknown.
func (r *reading) docDates() []Date {
	out := make([]Date, len(r.docs))
	for i, d := range r.docs {
		out[i] = d.Date
	}
	return withoutStrays(out)
}

// knownDates returns how many of dates are known.
func knownDates(dates []Date) int {
	n := 0
	for _, d := range dates {
		if !d.IsZero() {
			n++
		}
	}
	return n
}

// strayDate is how far from every other version's date, in time, a
// version's date may be before it is taken for no date of the story's.
const strayDate = 60 * 24 * time.Hour

// withoutStrays returns dates with each one that lies more than strayDate
// from every other, when two others or more are known, left unknown: the
// versions of one story are written within days or weeks, and a date far
// from all theirs is the page's own day ("• Saturday, 16 November 2024"
// in the header of a page on a blast of October 2022), not the story's.
// The documents keep the date they were read with.
func withoutStrays(dates []Date) []Date {
	if knownDates(dates) < 3 {
		return dates
	}
	out := slices.Clone(dates)
	for i, d := range dates {
		if d.IsZero() {
			continue
		}
		near := false
		for j, e := range dates {
			if j != i && !e.IsZero() && d.Time.Sub(e.Time).Abs() <= strayDate {
				near = true
				break
			}
		}
		if !near {
			out[i] = Date{}
		}
	}
	return out
}
