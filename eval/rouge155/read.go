package rouge155

import (
	"bytes"
	"strings"
)

// seeText returns the text readText takes from a line of a SEE file: the
// line must start with <a name="N">[N]</a> or <a size="N" name="N">[N]</a>,
// white space, <a href="#N" id=N>; the text runs to the next '<' (or the
// line's end, newline included). It is the script's regular expressions,
// spelt out.
func seeText(l string) (string, bool) {
	rest, ok := strings.CutPrefix(l, "<a ")
	if !ok {
		return "", false
	}
	if r, ok := strings.CutPrefix(rest, `size="`); ok {
		if rest, ok = digitsThen(r, `" `); !ok {
			return "", false
		}
	}
	for _, step := range []struct{ prefix, end string }{{`name="`, `">[`}, {"", `]</a>`}} {
		if rest, ok = strings.CutPrefix(rest, step.prefix); !ok {
			return "", false
		}
		if rest, ok = digitsThen(rest, step.end); !ok {
			return "", false
		}
	}
	i := 0
	for i < len(rest) && isPerlSpace(rest[i]) {
		i++
	}
	if i == 0 {
		return "", false
	}
	if rest, ok = strings.CutPrefix(rest[i:], `<a href="#`); !ok {
		return "", false
	}
	if rest, ok = digitsThen(rest, `" id=`); !ok {
		return "", false
	}
	if rest, ok = digitsThen(rest, ">"); !ok {
		return "", false
	}
	return textBeforeTag(rest)
}

// isiText returns the text of an ISI line, <S SNTNO="[0-9a-z,]+">text</S>.
func isiText(l string) (string, bool) {
	rest, ok := strings.CutPrefix(l, `<S SNTNO="`)
	if !ok {
		return "", false
	}
	i := 0
	for i < len(rest) && ('0' <= rest[i] && rest[i] <= '9' || 'a' <= rest[i] && rest[i] <= 'z' || rest[i] == ',') {
		i++
	}
	if rest, ok = strings.CutPrefix(rest[i:], `">`); i == 0 || !ok {
		return "", false
	}
	text, ok := textBeforeTag(rest)
	if !ok || !strings.HasPrefix(rest[len(text):], "</S>") {
		return "", false
	}
	return text, true
}

// digitsThen cuts [0-9]+ then end from the start of s.
func digitsThen(s, end string) (string, bool) {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return s, false
	}
	return strings.CutPrefix(s[i:], end)
}

// textBeforeTag is ([^<]+): the text up to a '<', not empty.
func textBeforeTag(s string) (string, bool) {
	if i := strings.IndexByte(s, '<'); i >= 0 {
		s = s[:i]
	}
	return s, s != ""
}

// lines splits b as Perl's <FH> does: each line keeps its "\n", the last
// may have none.
func lines(b []byte) []string {
	var out []string
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			out = append(out, string(b))
			break
		}
		out = append(out, string(b[:i+1]))
		b = b[i+1:]
	}
	return out
}

// formatIs is $type =~ /^NAME$/i.
func formatIs(format, name string) bool {
	return strings.EqualFold(strings.TrimSuffix(format, "\n"), name)
}

// sentences returns the sentences readText collects from a summary file
// in format SEE, ISI or SPL (any case), as bytes.
func sentences(b []byte, format string) ([]string, error) {
	var out []string
	switch {
	case formatIs(format, "SEE"), formatIs(format, "ISI"):
		text := seeText
		if formatIs(format, "ISI") {
			text = isiText
		}
		for _, l := range lines(b) {
			if t, ok := text(l); ok {
				out = append(out, t)
			}
		}
	case formatIs(format, "SPL"):
		for _, l := range lines(b) {
			if l = strings.TrimSuffix(l, "\n"); l != "" {
				out = append(out, l)
			}
		}
	default:
		return nil, dief("Unknown input format: %s\n", format)
	}
	return out, nil
}

// beLines returns the lines readBE collects: every line of a SIMPLE file,
// none of an ISI one.
func beLines(b []byte, format string) ([]string, error) {
	switch {
	case formatIs(format, "SIMPLE"):
		var out []string
		for _, l := range lines(b) {
			out = append(out, strings.TrimSuffix(l, "\n"))
		}
		return out, nil
	case formatIs(format, "ISI"):
		return nil, nil
	}
	return nil, dief("Unknown input format: %s\n", format)
}
