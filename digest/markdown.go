package digest

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/summarize"
)

// WriteMarkdown writes the digest as Markdown: the title, the summary line,
// then per story a second-level heading, its brief as a paragraph and a
// list of its sources, each with how many of the brief's sentences it
// supports, and the figures the versions disagree on (see disagreements).
// Every text is one line with Markdown's syntax escaped, so no
// title, name or brief can start a heading, a list or a link of its own.
func (d *Digest) WriteMarkdown(w io.Writer) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s\n\n%s\n", mdText(d.title()), mdBlock(d.Summary()))
	for _, r := range d.Briefed() {
		fmt.Fprintf(&sb, "\n## %s\n\n%s\n\nSources:\n\n", mdText(r.Title), mdBlock(r.Brief.Text()))
		n := len(r.Brief.Sentences)
		for _, s := range r.Sources() {
			name := mdCode(s.Name)
			if linkable(s.URL) {
				name = "[" + name + "](<" + mdURL(s.URL) + ">)"
			}
			if s.Published != "" {
				name += ", " + mdText(s.Published)
			}
			fmt.Fprintf(&sb, "- %s: %s\n", name, supportText(s.Supports, n))
		}
		if ds := disagreements(r.Brief); len(ds) > 0 {
			sb.WriteString("\nThe versions disagree:\n\n")
			for _, d := range ds {
				fmt.Fprintf(&sb, "- %s\n", mdText(d))
			}
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// disagreements returns a line per figure of b's sentences that versions
// give otherwise: "more than 260 people: more than 260 people in
// 02_city-herald.txt, 04_evening-post.txt; 241 people in 03_radio.txt".
func disagreements(b *summarize.Brief) []string {
	var out []string
	for _, s := range b.Sentences {
		for _, c := range s.Conflicts {
			vs := make([]string, len(c.Values))
			for i, v := range c.Values {
				vs[i] = v.Value + " in " + strings.Join(v.Support, ", ")
			}
			out = append(out, c.Figure+": "+strings.Join(vs, "; "))
		}
	}
	return out
}

// linkable reports whether url is a web or mail address, the only links a
// digest makes, in Markdown and HTML alike; any other URL (javascript:,
// data:, a relative path) is shown as plain text or not at all.
func linkable(url string) bool {
	lower := strings.ToLower(strings.TrimSpace(url))
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "mailto:")
}

// oneLine folds every run of white space and control characters in s (a
// newline in a file name, a tab in a JSONL title) into one space.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError
	}), " ")
}

// mdEscaper escapes the characters that could start Markdown syntax inside
// running text (GitHub's too: ~ strikes through, | makes tables).
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `&`, `\&`, `~`, `\~`, `|`, `\|`)

// mdText is s as one line of escaped Markdown text.
func mdText(s string) string { return mdEscaper.Replace(oneLine(s)) }

// mdBlock is mdText for text that opens a block, where "- ", "+ " or
// "1. " would start a list.
func mdBlock(s string) string {
	s = mdText(s)
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "+"), strings.HasPrefix(s, "="):
		return `\` + s
	case digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')'):
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// mdCode puts a name in a code span, long enough to hold its backticks.
func mdCode(s string) string {
	s = oneLine(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// mdURL is url as a link destination in angle brackets: white space,
// control characters and the brackets themselves percent-encoded.
func mdURL(url string) string {
	var sb strings.Builder
	for _, r := range strings.TrimSpace(url) {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '<' || r == '>' {
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
				fmt.Fprintf(&sb, "%%%02X", b)
			}
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
