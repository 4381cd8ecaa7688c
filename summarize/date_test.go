package summarize

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"
)

// Each form ParseDate reads gives the day, or the instant with the
// offset as written; what it refuses is ErrNotDate. The forms are those
// of real pages' metadata and feeds (readability's test pages carry most
// of them), the values made up.
func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want "" for ErrNotDate
	}{
		{"2025-09-29", "2025-09-29"},
		{" 2025-09-29\n", "2025-09-29"},
		{"20250929", "2025-09-29"},
		{"2025-09-29T10:30:00Z", "2025-09-29T10:30:00Z"},
		{"2025-09-29T10:30:00.123Z", "2025-09-29T10:30:00Z"},
		{"2025-09-29T10:30:00+05:30", "2025-09-29T10:30:00+05:30"},
		{"2025-09-29T10:30:00-0500", "2025-09-29T10:30:00-05:00"},
		{"2025-09-29T10:30+0000", "2025-09-29T10:30:00Z"},
		{"2025-09-29T23:30:00-08", "2025-09-29T23:30:00-08:00"},
		{"2025-09-29 10:30:00 UTC", "2025-09-29T10:30:00Z"},
		{"2025-09-29T10:30:00", "2025-09-29"},        // no zone: the day alone
		{"2025-09-29 10:30:00.000000", "2025-09-29"}, // the same
		{"Mon, 29 Sep 2025 10:30:00 +0000", "2025-09-29T10:30:00Z"},
		{"Mon, 29 Sep 2025 10:30:00 GMT", "2025-09-29T10:30:00Z"},
		{"Mon Sep 29 10:30:00 EDT 2025", "2025-09-29T10:30:00-04:00"},
		{"Mon Sep 29 2025 10:30:00 GMT+0000 (UTC)", "2025-09-29T10:30:00Z"},
		{"Sept. 29, 2025", "2025-09-29"},
		{"29 September, 2025", "2025-09-29"},
		{"29 September 2025 10:30 BST", "2025-09-29T10:30:00+01:00"},
		{"November 5, 2025 at 6:00 AM CST", "2025-11-05T06:00:00-06:00"},
		{"November 5, 2025 at 6:00 p.m. EST", "2025-11-05T18:00:00-05:00"},
		{"November 5, 2025 12:05 AM GMT+5:30", "2025-11-05T00:05:00+05:30"},
		{"12 Sept 2025 10:30 IST", "2025-09-12"}, // IST is three zones
		{"Sep 12, 2025 10:30 ET", "2025-09-12"},  // EST or EDT
		{"29/9/2025", "2025-09-29"},
		{"9/29/2025", "2025-09-29"},
		{"2024-02-29", "2024-02-29"},

		{"11/6/2025", ""}, // June 11 or November 6
		{"Sept. 29", ""},  // no year
		{"2025-02-30", ""},
		{"2025-13-01", ""},
		{"2025-09-29T25:00:00Z", ""},
		{"2025-09-29T10:30:00+99:00", ""},
		{"comment_date", ""},
		{"yesterday", ""},
		{"", ""},
		{"3 hours ago", ""},
		{"Published on Sept. 29, 2025 by the desk", ""},
		{"0001-01-01T00:00:00Z", ""}, // Go's zero time: unknown
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			switch {
			case tc.want == "" && !errors.Is(err, ErrNotDate):
				t.Errorf("ParseDate(%q) = %q, %v; want ErrNotDate", tc.in, got, err)
			case tc.want != "" && (err != nil || got.String() != tc.want):
				t.Errorf("ParseDate(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

// A Date is written in JSON as String gives it and read back the same.
func TestDateJSON(t *testing.T) {
	type doc struct {
		Name string `json:"name"`
		Date Date   `json:"date,omitzero"`
	}
	for _, tc := range []struct{ in, want string }{
		{"2025-09-29", `{"name":"a","date":"2025-09-29"}`},
		{"2025-09-29T10:30:00+05:30", `{"name":"a","date":"2025-09-29T10:30:00+05:30"}`},
		{"", `{"name":"a"}`},
	} {
		var d Date
		if tc.in != "" {
			d, _ = ParseDate(tc.in)
		}
		b, err := json.Marshal(doc{"a", d})
		if err != nil || string(b) != tc.want {
			t.Errorf("%q: %s, %v; want %s", tc.in, b, err, tc.want)
		}
		var back doc
		if err := json.Unmarshal(b, &back); err != nil || back.Date.Compare(d) != 0 || back.Date.String() != d.String() {
			t.Errorf("%q: read back %q, %v", tc.in, back.Date, err)
		}
	}
}

// Compare orders by the day as given, a day before a time on it, then
// by instant; unknown first.
func TestDateCompare(t *testing.T) {
	order := []string{"", "2025-03-02T23:00:00-05:00", "2025-03-03", "2025-03-03T07:12:00-05:00", "2025-03-03T12:30:00Z", "2025-03-04"}
	dates := make([]Date, len(order))
	for i, s := range order {
		if s != "" {
			dates[i], _ = ParseDate(s)
		}
	}
	for i, a := range dates {
		for j, b := range dates {
			if got, want := a.Compare(b), intCompare(i, j); got != want {
				t.Errorf("%q.Compare(%q) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
}

// What ParseDate reads, it writes back in a form it reads to the same
// date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-09-29T10:30:00+05:30", "Mon, 29 Sep 2025 10:30:00 GMT", "Sept. 29, 2025",
		"November 5, 2025 at 6:00 AM CST", "29/9/2025", "Mon Sep 29 2025 10:30:00 GMT+0000 (UTC)", "20250929"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		back, err := ParseDate(d.String())
		if err != nil || back.String() != d.String() || back.Compare(d) != 0 {
			t.Errorf("ParseDate(%q) = %q, which reads back as %q, %v", s, d, back, err)
		}
	})
}

// The pipeline's reading gives each document's date in input order, zero
// where it is unknown.
func TestDocDates(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	day, _ := ParseDate("2025-03-03")
	at, _ := ParseDate("2025-03-04T07:12:00-05:00")
	docs := []Document{
		{Name: "a", Text: "The council approved the budget on Monday night.", Date: at},
		{Name: "b", Text: "The city council approved a budget of $3 million."},
		{Name: "c", Text: "The budget passed on Monday.", Date: day},
	}
	r, _, err := s.read(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	got := r.docDates()
	if len(got) != 3 || got[0] != at || !got[1].IsZero() || got[2] != day {
		t.Errorf("docDates = %q", got)
	}
}

// A date far from all the other versions' is the page's own day, not the
// story's: it is left unknown for freshness.
func TestWithoutStrays(t *testing.T) {
	day := func(s string) Date {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return Date{Time: d}
	}
	in := []Date{day("2022-10-15"), day("2022-10-14"), day("2024-11-16"), {}, day("2022-10-16")}
	got := withoutStrays(in)
	for i, want := range []Date{in[0], in[1], {}, {}, in[4]} {
		if got[i] != want {
			t.Errorf("date %d = %v, want %v", i, got[i], want)
		}
	}
	if in[2] != day("2024-11-16") {
		t.Error("the dates given were changed")
	}
	// With two dates known, neither is taken for a stray.
	two := []Date{day("2022-10-15"), day("2024-11-16")}
	if got := withoutStrays(two); got[1] != two[1] {
		t.Errorf("of two dates, %v left out", two[1])
	}
}
