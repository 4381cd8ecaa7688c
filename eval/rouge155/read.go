package rouge155

import (
	"bytes"
	"regexp"
	"strings"
)

// The lines readText takes from SEE and ISI files: the text up to the
// next '<' (for SEE, the line's newline too when no '<' follows).
var (
	seeLine = regexp.MustCompile(`^<a (?:size="[0-9]+" )?name="[0-9]+">\[[0-9]+\]</a>[\t\n\v\f\r ]+<a href="#[0-9]+" id=[0-9]+>([^<]+)`)
	isiLine = regexp.MustCompile(`^<S SNTNO="[0-9a-z,]+">([^<]+)</S>`)
)

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
		re := seeLine
		if formatIs(format, "ISI") {
			re = isiLine
		}
		for _, l := range lines(b) {
			if m := re.FindStringSubmatchIndex(l); m != nil {
				out = append(out, l[m[2]:m[3]])
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
