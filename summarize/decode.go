package summarize

import (
	"bytes"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Errors of decoding, wrapped in an *InputError that names the input.
var (
	ErrBinary    = errors.New("binary data, not text")
	ErrNoArticle = errors.New("no article text found in the HTML")
)

// Decode makes a document of raw bytes: HTML pages (html true) through
// readability extraction, other input as text. Text is UTF-8 (a BOM is
// dropped), UTF-16 with a BOM, or else read as Windows-1252, the superset
// of Latin-1 that scraped pages and old corpora use. Offsets in a brief are
// offsets in the decoded UTF-8 text, which for UTF-8 input is the input.
func Decode(name string, b []byte, html bool) (Document, error) {
	var text string
	var err error
	if html {
		text, err = htmlText(b)
	} else {
		text, err = decodeText(b)
	}
	if err != nil {
		return Document{}, &InputError{name, err}
	}
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return Document{}, &InputError{name, ErrEmpty}
	}
	return Document{Name: name, Text: text}, nil
}

// decodeText returns b as UTF-8 text.
func decodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), b)
	}
	if looksBinary(b) {
		return "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	return decodeWith(charmap.Windows1252, b)
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

// htmlText extracts a page's article text with readability, one block a
// paragraph. The page's encoding is taken from its BOM or meta tags, as a
// browser would, defaulting to Windows-1252.
func htmlText(b []byte) (string, error) {
	if looksBinary(b) {
		return "", ErrBinary
	}
	enc, _, _ := charset.DetermineEncoding(b, "text/html")
	utf, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	article, err := readability.FromReader(bytes.NewReader(utf), nil)
	if err != nil || article.Node == nil {
		return "", ErrNoArticle
	}
	var sb strings.Builder
	if err := article.RenderText(&sb); err != nil {
		return "", ErrNoArticle
	}
	return sb.String(), nil
}
