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
