package digest

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes the digest as Markdown: the title, the summary line,
// then per story a second-level heading, its brief as a paragraph and a
// list of its sources, each with how many of the brief's sentences it
// supports.
func (d *Digest) WriteMarkdown(w io.Writer) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s\n\n%s\n", mdText(d.title()), mdText(d.Summary()))
	for _, r := range d.Briefed() {
		fmt.Fprintf(&sb, "\n## %s\n\n%s\n\nSources:\n\n", mdText(r.Title), mdText(r.Brief.Text()))
		n := len(r.Brief.Sentences)
		for _, s := range r.Sources() {
			name := mdCode(s.Name)
			if linkable(s.URL) {
				name = "[" + name + "](<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(s.URL) + ">)"
			}
			if s.Published != "" {
				name += ", " + mdText(s.Published)
			}
			fmt.Fprintf(&sb, "- %s: %s\n", name, supportText(s.Supports, n))
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// linkable reports whether url is a web or mail address, the only links a
// digest makes (as html/template allows in the HTML form).
func linkable(url string) bool {
	lower := strings.ToLower(url)
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "mailto:")
}

// mdEscaper escapes the characters that could start Markdown syntax inside
// running text.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`, `#`, `\#`)

func mdText(s string) string { return mdEscaper.Replace(s) }

// mdCode puts a name in a code span, long enough to hold its backticks.
func mdCode(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}
