package rouge155

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

func itoa(n int) string { return strconv.Itoa(n) }

// lowerASCII is Perl's tr/A-Z/a-z/.
func lowerASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

func isPerlSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
}

// perlSplitSpace is split(/\s+/, s) on bytes: a leading separator gives an
// empty first field, trailing empty fields are dropped.
func perlSplitSpace(s string) []string {
	var fields []string
	if len(s) > 0 && isPerlSpace(s[0]) {
		fields = append(fields, "")
	}
	for i := 0; i < len(s); {
		for i < len(s) && isPerlSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isPerlSpace(s[j]) {
			j++
		}
		if j > i {
			fields = append(fields, s[i:j])
		}
		i = j
	}
	if len(fields) == 1 && fields[0] == "" {
		return nil
	}
	return fields
}

// perlOutput is how Perl prints text that came from XML (Unicode
// strings) to a byte stream: as Latin-1 when every character fits, else
// as UTF-8.
func perlOutput(s string) string {
	latin1 := true
	ascii := true
	for _, r := range s {
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if r > 0xFF {
			latin1 = false
		}
	}
	if ascii || !latin1 || !utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

// perlG is Perl's default number format, %.15g.
func perlG(x float64) string { return strconv.FormatFloat(x, 'g', 15, 64) }
