package summarize

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Errors of decoding, wrapped in an *InputError that names the input.
var (
	ErrBinary    = errors.New("binary data, not text")
	ErrNoArticle = errors.New("no article text found in the HTML")
)

// Decode makes a document of raw bytes: HTML pages (asHTML true) through
// readability extraction, other input as text. The bytes are UTF-16 if
// they open with its BOM, UTF-8 if they are valid UTF-8 (a BOM is dropped),
// and otherwise, for a page, in the charset its meta tags declare, or else
// Windows-1252, the superset of Latin-1 that scraped pages and old corpora
// use (see toUTF8). Text has its HTML character references decoded and
// old wire quotes made curly (see decodeText). Offsets in a brief are byte
// offsets in the decoded text, Document.Text, which for UTF-8 text without
// either is the input.
//
// The document's Date is the page's date of publication (see pageDates),
// else the text's (see textDates), else the page's date of change, else
// the text's; zero when none is given.
func Decode(name string, b []byte, asHTML bool) (Document, error) {
	var text string
	var page pubDates
	var err error
	if asHTML {
		text, page, err = htmlText(b)
	} else {
		text, err = decodeText(b)
	}
	if err != nil {
		return Document{}, &InputError{name, err}
	}
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return Document{}, &InputError{name, ErrEmpty}
	}
	return Document{Name: name, Text: text, Date: page.or(textDates(text)).date()}, nil
}

// decodeText returns b as UTF-8 text, with old wire quotes made curly (see
// wireQuotes) and HTML character references decoded (see
// unescapeEntities).
func decodeText(b []byte) (string, error) {
	s, err := toUTF8(b, nil)
	if err != nil {
		return "", err
	}
	return unescapeEntities(wireQuotes(s)), nil
}

// wireQuotes makes the quotation marks of old wire copy and corpora, two
// backticks to open and two apostrophes to close, the “ and ” that the
// segmenter and the stand-alone test know:
//
//	``They're going out to vote,'' he said.  →  “They're going out to vote,” he said.
//
// Two apostrophes after a digit stand for inches (a height of 5 feet 11
// written with marks), and runs of three or more (a Markdown code fence, a
// wiki's bold) are something else: those stay as they are. A single
// backtick or apostrophe is never touched.
func wireQuotes(s string) string {
	if !strings.Contains(s, "``") && !strings.Contains(s, "''") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/32)
	for i := 0; i < len(s); {
		c := s[i]
		if c != '`' && c != '\'' {
			sb.WriteByte(c)
			i++
			continue
		}
		n := 1
		for i+n < len(s) && s[i+n] == c {
			n++
		}
		switch {
		case n != 2:
			sb.WriteString(s[i : i+n])
		case c == '`':
			sb.WriteString("“")
		case i > 0 && '0' <= s[i-1] && s[i-1] <= '9':
			sb.WriteString("''")
		default:
			sb.WriteString("”")
		}
		i += n
	}
	return sb.String()
}

// entityRE matches an HTML character reference closed by its semicolon:
// named (&amp; &rsquo; &nbsp;) or numeric (&#8217; &#x2019;).
var entityRE = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// unescapeEntities decodes the character references that scrapers and
// feeds leave in plain text. Only a whole reference with its semicolon is
// decoded, and only one HTML knows: AT&T, Q&A, R&D and "&c;" stay as they
// are. A reference decoded to "&" is not decoded again (&amp;rsquo; gives
// &rsquo;).
func unescapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entityRE.ReplaceAllStringFunc(s, func(ref string) string {
		u := html.UnescapeString(ref)
		// An unknown name comes back whole, or with a known prefix
		// decoded (&ampx; gives &x;); a known one gives one or two runes.
		if utf8.RuneCountInString(u) > 2 {
			return ref
		}
		return u
	})
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// toUTF8 returns b as UTF-8: UTF-16 by its BOM; UTF-8 (a BOM dropped) when
// the bytes are valid UTF-8, whatever declared says; otherwise in the
// encoding declared returns, if declared is not nil and finds one, or else
// Windows-1252.
//
// Valid UTF-8 wins over a declared charset because a page that declares
// windows-1252 or iso-8859-1 and is valid UTF-8 with bytes above 0x7F is,
// in practice, UTF-8 under a stale template's meta tag: Windows-1252 text
// is almost never valid UTF-8 by accident (an accented letter would have
// to be followed by one to three of the symbols 0x80–0xBF). Reading it as
// declared would turn every “ into â€œ.
func toUTF8(b []byte, declared func([]byte) encoding.Encoding) (string, error) {
	if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) {
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), b)
	}
	b = bytes.TrimPrefix(b, bomUTF8)
	if looksBinary(b) {
		return "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	var enc encoding.Encoding = charmap.Windows1252
	if declared != nil {
		if e := declared(b); e != nil {
			enc = e
		}
	}
	return decodeWith(enc, b)
}

func decodeWith(e encoding.Encoding, b []byte) (string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// looksBinary reports whether b holds a NUL byte or, in its first 8 KB, more
// than one control character in a hundred (other than tab, newline, form
// feed and carriage return): images, archives, executables.
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	head := b[:min(len(b), 8192)]
	var ctrl int
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(head)
}

// sniffLen is how far into standard input looksHTML looks.
const sniffLen = 1024

// looksHTML reports whether b opens as an HTML page does: with a doctype
// or an <html> tag in its first sniffLen bytes, behind nothing but a BOM,
// white space, comments and an XML declaration. Text that mentions <html>
// further on is not a page.
func looksHTML(b []byte) bool {
	b = bytes.TrimPrefix(b[:min(len(b), sniffLen)], bomUTF8)
	for {
		b = bytes.TrimLeft(b, " \t\n\f\r")
		switch {
		case bytes.HasPrefix(b, []byte("<!--")):
			end := bytes.Index(b[len("<!--"):], []byte("-->"))
			if end < 0 {
				return false
			}
			b = b[len("<!--")+end+len("-->"):]
		case hasPrefixFold(b, "<?xml"):
			end := bytes.Index(b, []byte("?>"))
			if end < 0 {
				return false
			}
			b = b[end+len("?>"):]
		case hasPrefixFold(b, "<!doctype"):
			return tagNameAt(bytes.TrimLeft(b[len("<!doctype"):], " \t\n\f\r"), "html")
		case bytes.HasPrefix(b, []byte("<")):
			return tagNameAt(b[1:], "html")
		default:
			return false
		}
	}
}

// tagNameAt reports whether b opens with name, case aside, followed by
// the end of a tag name (white space, / or >) or the end of b.
func tagNameAt(b []byte, name string) bool {
	if !hasPrefixFold(b, name) {
		return false
	}
	return len(b) == len(name) || bytes.IndexByte([]byte(" \t\n\f\r/>"), b[len(name)]) >= 0
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// htmlText extracts a page's article text with readability, one block a
// paragraph. The page is decoded by toUTF8 with the charset of its meta
// tags, then parsed as UTF-8: readability's own reader would guess the
// charset again from letter statistics, and could take UTF-8 for Latin-1.
// It returns the dates the page's markup gives too (see pageDates).
func htmlText(b []byte) (string, pubDates, error) {
	page, err := toUTF8(b, metaCharset)
	if err != nil {
		return "", pubDates{}, err
	}
	// What go-shiori/dom.Parse, readability's reader, did too: composed
	// accents (NFC) and no soft hyphens.
	page = norm.NFC.String(strings.ReplaceAll(page, "\u00AD", ""))
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", pubDates{}, ErrNoArticle
	}
	dates := pageDates(doc) // before readability takes the page apart
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, nil)
	if err != nil || article.Node == nil {
		return "", pubDates{}, ErrNoArticle
	}
	var sb strings.Builder
	if err := article.RenderText(&sb); err != nil {
		return "", pubDates{}, ErrNoArticle
	}
	return sb.String(), dates, nil
}

// metaCharset returns the encoding a page declares in a <meta charset> or
// <meta http-equiv="Content-Type" content="…; charset=…"> tag anywhere in
// its head (a browser's prescan reads only the first 1024 bytes, and many
// pages put kilobytes of scripts first), or nil if it declares none that is
// known. As in a browser, a declared UTF-16 means UTF-8, for a page whose
// meta tag can be read as ASCII is not UTF-16.
func metaCharset(b []byte) encoding.Encoding {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return nil
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return nil
			case "meta":
				if e := lookupCharset(metaLabel(z, hasAttr)); e != nil {
					return e
				}
			}
		}
	}
}

// metaLabel returns the charset label of the meta tag z is at, or "".
func metaLabel(z *html.Tokenizer, more bool) string {
	var label, content string
	var contentType bool
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "charset":
			label = string(v)
		case "http-equiv":
			contentType = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		case "content":
			content = string(v)
		}
	}
	if label == "" && contentType {
		label = contentCharset(content)
	}
	return strings.TrimSpace(label)
}

// contentCharset returns the charset of a Content-Type value such as
// `text/html; charset="windows-1252"`, or "".
func contentCharset(s string) string {
	i := strings.Index(strings.ToLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.TrimLeft(s[1:], " \t\n\f\r")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if end := strings.IndexByte(s[1:], s[0]); end >= 0 {
			return s[1 : 1+end]
		}
		return ""
	}
	if end := strings.IndexAny(s, " \t\n\f\r;"); end >= 0 {
		s = s[:end]
	}
	return s
}

// lookupCharset returns the encoding of a charset label, by the WHATWG
// names browsers use (iso-8859-1 is windows-1252), or nil.
func lookupCharset(label string) encoding.Encoding {
	if label == "" {
		return nil
	}
	e, name := charset.Lookup(label)
	switch name {
	case "":
		return nil
	case "utf-8", "utf-16be", "utf-16le":
		return xunicode.UTF8 // invalid bytes become U+FFFD
	case "x-user-defined":
		return charmap.Windows1252
	}
	return e
}
