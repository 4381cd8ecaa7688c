package summarize

import (
	"strings"
	"testing"
)

// testPage returns an HTML page whose head holds meta (a tag, or "") after
// more than 1024 bytes of scripts, as many news pages do, and whose body
// is one paragraph, para, given as raw bytes.
func testPage(meta, para string) string {
	return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Harbour Road</title>\n" +
		strings.Repeat("<script>window.pad = (window.pad || 0) + 1;</script>\n", 24) +
		meta + "\n</head>\n<body>\n<article>\n<p>" + para + "</p>\n</article>\n</body>\n</html>\n"
}

// earlyPage is testPage with meta first in the head, inside the first 1024
// bytes a browser's prescan reads.
func earlyPage(meta, para string) string {
	return "<!DOCTYPE html>\n<html>\n<head>\n" + meta + "\n<title>Harbour Road</title>\n</head>\n" +
		"<body>\n<article>\n<p>" + para + "</p>\n</article>\n</body>\n</html>\n"
}

// The sentence every case below decodes to, and its bytes in UTF-8 and in
// Windows-1252 (“ ” é are 0x93 0x94 0xE9 there).
const (
	appalled     = "The council was “appalled” by the closure of the café on Harbour Road."
	appalled1252 = "The council was \x93appalled\x94 by the closure of the caf\xe9 on Harbour Road."
)

func TestDecodeHTMLCharset(t *testing.T) {
	if len(testPage("", "")) <= 1024+len("<meta charset=\"windows-1252\">") {
		t.Fatal("testPage's meta tag is not past byte 1024")
	}
	for _, c := range []struct {
		name, page, want string
	}{
		// Today's bug: no meta, ASCII for the first 1024 bytes, so a
		// browser's prescan guessed Windows-1252 (“ came out as â€œ).
		{"utf-8 without meta", testPage("", appalled), appalled},
		{"utf-8 with a late meta windows-1252", testPage(`<meta charset="windows-1252">`, appalled), appalled},
		// A stale template's meta: the bytes are valid UTF-8, so UTF-8 wins.
		{"utf-8 with an early meta iso-8859-1", earlyPage(`<meta charset="iso-8859-1">`, appalled), appalled},
		{"windows-1252 with meta windows-1252", earlyPage(`<meta charset="windows-1252">`, appalled1252), appalled},
		// iso-8859-1 is windows-1252 to a browser (WHATWG), so 0x93 is “.
		{"iso-8859-1 that is not utf-8", earlyPage(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, appalled1252), appalled},
		{"windows-1252 without meta", testPage("", appalled1252), appalled},
		// A late meta is read: 0xF1 is ń in ISO-8859-2, ñ in Windows-1252.
		{"late meta iso-8859-2", testPage(`<meta charset="ISO-8859-2">`, "The ferry from Gda\xf1sk was late on Tuesday."),
			"The ferry from Gdańsk was late on Tuesday."},
		{"late http-equiv iso-8859-2", testPage(`<meta http-equiv="content-type" content='text/html;charset="iso-8859-2"'>`, "The ferry from Gda\xf1sk was late."),
			"The ferry from Gdańsk was late."},
		// A meta tag written by a script, or in the body, declares nothing.
		{"meta in a script", earlyPage(`<script>document.write('<meta charset="iso-8859-2">')</script>`, "The ferry from Gda\xf1sk was late."),
			"The ferry from Gdañsk was late."},
		{"meta in the body", earlyPage("", `<meta charset="iso-8859-2">`+"The ferry from Gda\xf1sk was late."),
			"The ferry from Gdañsk was late."},
		// Declared UTF-8 that is not: the bad byte becomes U+FFFD, as in a
		// browser, rather than the whole page being read as another charset.
		{"declared utf-8 that is not", earlyPage(`<meta charset="utf-8">`, "The caf\xe9 closed on Tuesday."),
			"The caf\uFFFD closed on Tuesday."},
		// A page that can be read as ASCII is not UTF-16, whatever it says.
		{"declared utf-16", earlyPage(`<meta charset="utf-16">`, "The caf\xc3\xa9 closed on Tuesday \xe2\x80\x94 at last\xff."),
			"The café closed on Tuesday — at last\uFFFD."},
		{"unknown charset", earlyPage(`<meta charset="x-no-such">`, "The caf\xe9 closed."), "The café closed."},
		{"utf-8 bom", "\xEF\xBB\xBF" + earlyPage("", appalled), appalled},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Decode("page.html", []byte(c.page), true)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != c.want {
				t.Errorf("text = %q\n want %q", d.Text, c.want)
			}
		})
	}
}

func TestContentCharset(t *testing.T) {
	for _, c := range []struct{ content, want string }{
		{"text/html; charset=windows-1252", "windows-1252"},
		{"text/html;charset=ISO-8859-2", "ISO-8859-2"},
		{`text/html; charset="koi8-r"`, "koi8-r"},
		{"text/html; CHARSET = 'utf-8'", "utf-8"},
		{"text/html; charset=utf-8; foo=bar", "utf-8"},
		{"text/html", ""},
		{"text/html; charset", ""},
		{`text/html; charset="unclosed`, ""},
	} {
		if got := contentCharset(c.content); got != c.want {
			t.Errorf("contentCharset(%q) = %q, want %q", c.content, got, c.want)
		}
	}
}
