package digest

import (
	"fmt"
	"strings"

	"brief/summarize"
)

// DefaultTitle heads a digest that was given no title.
const DefaultTitle = "Digest"

func (d *Digest) title() string {
	if d.Title == "" {
		return DefaultTitle
	}
	return d.Title
}

// Briefed returns the stories that have a brief, in digest order.
func (d *Digest) Briefed() []Result {
	var out []Result
	for _, r := range d.Stories {
		if !r.Failed() {
			out = append(out, r)
		}
	}
	return out
}

// Failed returns the stories that have no brief, in digest order.
func (d *Digest) Failed() []Result {
	var out []Result
	for _, r := range d.Stories {
		if r.Failed() {
			out = append(out, r)
		}
	}
	return out
}

// Summary is the digest's one-line account: stories briefed, versions
// used, versions skipped and the titles of the stories that failed, e.g.
// "3 stories from 9 versions; 1 version skipped; 1 failed: Menu."
func (d *Digest) Summary() string {
	var versions, skipped int
	briefed := d.Briefed()
	for _, r := range briefed {
		versions += len(r.Versions)
		skipped += len(r.Errs)
	}
	parts := []string{plural(len(briefed), "story", "stories") + " from " + plural(versions, "version", "versions")}
	if skipped > 0 {
		parts = append(parts, plural(skipped, "version", "versions")+" skipped")
	}
	if failed := d.Failed(); len(failed) > 0 {
		titles := make([]string, len(failed))
		for i, r := range failed {
			titles[i] = r.Title
		}
		parts = append(parts, fmt.Sprintf("%d failed: %s", len(failed), strings.Join(titles, "; ")))
	}
	return strings.Join(parts, "; ") + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Source is one version of a briefed story and how many of the brief's
// sentences it supports (states the same fact as).
type Source struct {
	Name      string `json:"name"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	// Date is the version's date (summarize.Document.Date), left out when
	// unknown.
	Date     summarize.Date `json:"date,omitzero"`
	Supports int            `json:"supports"`
}

// Sources returns the story's versions in input order with their support
// counts; a version that supports none of the brief is listed with 0.
func (r Result) Sources() []Source {
	out := make([]Source, len(r.Versions))
	for i, v := range r.Versions {
		out[i] = Source{Name: v.Name, URL: v.URL, Published: v.Published, Date: v.Date}
		if r.Brief == nil {
			continue
		}
		for _, s := range r.Brief.Sentences {
			for _, name := range s.Support {
				if name == v.Name {
					out[i].Supports++
				}
			}
		}
	}
	return out
}

// supportText says how many of a brief's n sentences a source supports.
func supportText(supports, n int) string {
	return fmt.Sprintf("supports %d of %s", supports, plural(n, "sentence", "sentences"))
}
