package digest

import (
	"errors"
	"fmt"
	"io"
)

// Format is an output format of a digest.
type Format int

// Output formats.
const (
	Markdown Format = iota
	HTML
	JSON
)

// ErrFormat is wrapped by ParseFormat's errors.
var ErrFormat = errors.New("unknown format")

// ParseFormat returns the format named markdown (or md), html or json.
func ParseFormat(name string) (Format, error) {
	switch name {
	case "markdown", "md":
		return Markdown, nil
	case "html":
		return HTML, nil
	case "json":
		return JSON, nil
	}
	return 0, fmt.Errorf("%w %q: want markdown, html or json", ErrFormat, name)
}

// Write renders d to w in format f.
func (d *Digest) Write(w io.Writer, f Format) error {
	switch f {
	case HTML:
		return d.WriteHTML(w)
	case JSON:
		return d.WriteJSON(w)
	}
	return d.WriteMarkdown(w)
}
