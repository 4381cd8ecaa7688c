package digest

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// A JSONL "html" field is a Unicode string already: the page must not be
// decoded again by the charset it declares or a guess, which read UTF-8
// with a late or wrong meta tag as Windows-1252 (“ as â€œ).
func TestReadJSONLHTMLIsUnicode(t *testing.T) {
	head := "<!DOCTYPE html><html><head><title>Ferry</title>" +
		strings.Repeat("<script>window.pad = 1;</script>\n", 40) // past the 1024 bytes a browser's prescan reads
	para := "The ferry to Gdańsk was “cancelled” on Tuesday, the café owners said."
	pages := map[string]string{
		"no meta":         head + "</head><body><article><p>" + para + "</p></article></body></html>",
		"late meta 1252":  head + `<meta charset="windows-1252"></head><body><article><p>` + para + "</p></article></body></html>",
		"early meta 8859": `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><article><p>` + para + "</p></article></body></html>",
	}
	for _, name := range []string{"no meta", "late meta 1252", "early meta 8859"} {
		t.Run(name, func(t *testing.T) {
			line, err := json.Marshal(map[string]any{"story": "ferry", "docs": []map[string]string{{"name": "a", "html": pages[name]}}})
			if err != nil {
				t.Fatal(err)
			}
			stories, err := ReadJSONL(context.Background(), strings.NewReader(string(line)), "in", ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(stories) != 1 || len(stories[0].Errs) > 0 || len(stories[0].Versions) != 1 {
				t.Fatalf("stories %+v", stories)
			}
			if got := stories[0].Versions[0].Text; got != para {
				t.Errorf("text %q\n want %q", got, para)
			}
		})
	}
}

// A doc's "published" is its version's date when it can be read, and is
// shown as written either way; without one, or with one that cannot be
// read, the date is what the text or page gives, else unknown.
func TestReadJSONLDates(t *testing.T) {
	const text = "The ferry operator raised fares on every route on Monday, the third rise this year."
	stamped := "Published 7:12 AM EST, Mon March 2, 2026\n\n" + text
	page := `<html><head><meta property="article:published_time" content="2026-03-02T07:12:00-05:00"></head><body><article><p>` + text + `</p><p>Unions said they would fight the rise, which adds a tenth to the price of a return ticket.</p></article></body></html>`
	for _, tc := range []struct {
		name string
		doc  map[string]string
		want string
	}{
		{"day", map[string]string{"text": text, "published": "2026-03-01"}, "2026-03-01"},
		{"RFC 3339", map[string]string{"text": text, "published": "2026-03-01T08:15:00+01:00"}, "2026-03-01T08:15:00+01:00"},
		{"RFC 1123", map[string]string{"text": text, "published": "Sun, 01 Mar 2026 08:15:00 GMT"}, "2026-03-01T08:15:00Z"},
		{"written out", map[string]string{"text": text, "published": "March 1, 2026"}, "2026-03-01"},
		{"published over the text's", map[string]string{"text": stamped, "published": "2026-03-01"}, "2026-03-01"},
		{"unreadable, the text's", map[string]string{"text": stamped, "published": "last Monday"}, "2026-03-02T07:12:00-05:00"},
		{"unreadable, none", map[string]string{"text": text, "published": "last Monday"}, ""},
		{"none, the page's", map[string]string{"html": page}, "2026-03-02T07:12:00-05:00"},
		{"none", map[string]string{"text": text}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.doc["name"] = "a"
			line, err := json.Marshal(map[string]any{"story": "fares", "docs": []map[string]string{tc.doc}})
			if err != nil {
				t.Fatal(err)
			}
			stories, err := ReadJSONL(context.Background(), strings.NewReader(string(line)), "in", ReadOptions{})
			if err != nil || len(stories) != 1 || len(stories[0].Versions) != 1 {
				t.Fatalf("stories %+v, %v", stories, err)
			}
			v := stories[0].Versions[0]
			if v.Date.String() != tc.want || v.Published != tc.doc["published"] {
				t.Errorf("date %q, published %q; want %q, %q", v.Date, v.Published, tc.want, tc.doc["published"])
			}
			r := Result{Story: stories[0]}
			b, err := json.Marshal(r.Sources())
			wantJSON := `[{"name":"a","supports":0}]`
			switch {
			case tc.doc["published"] != "" && tc.want != "":
				wantJSON = `[{"name":"a","published":"` + tc.doc["published"] + `","date":"` + tc.want + `","supports":0}]`
			case tc.doc["published"] != "":
				wantJSON = `[{"name":"a","published":"` + tc.doc["published"] + `","supports":0}]`
			case tc.want != "":
				wantJSON = `[{"name":"a","date":"` + tc.want + `","supports":0}]`
			}
			if err != nil || string(b) != wantJSON {
				t.Errorf("sources %s, %v; want %s", b, err, wantJSON)
			}
		})
	}
}
