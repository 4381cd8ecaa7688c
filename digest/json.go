package digest

import (
	"encoding/json"
	"io"

	"brief/summarize"
)

// jsonDigest is the JSON form of a digest. Its field names are stable.
type jsonDigest struct {
	Title   string       `json:"title"`
	Summary string       `json:"summary"`
	Stories []jsonStory  `json:"stories"`
	Failed  []jsonFailed `json:"failed"`
}

type jsonStory struct {
	ID        string               `json:"id"`
	Title     string               `json:"title"`
	Versions  int                  `json:"versions"`
	Brief     string               `json:"brief"`
	Words     int                  `json:"words"`
	Sentences []summarize.Selected `json:"sentences"`
	Sources   []Source             `json:"sources"`
	Skipped   []string             `json:"skipped,omitempty"`
}

type jsonFailed struct {
	ID     string   `json:"id"`
	Title  string   `json:"title"`
	Errors []string `json:"errors"`
}

// WriteJSON writes the digest as one indented JSON object: title, summary
// line, the briefed stories in digest order and the failed ones.
func (d *Digest) WriteJSON(w io.Writer) error {
	out := jsonDigest{Title: d.title(), Summary: d.Summary(), Stories: []jsonStory{}, Failed: []jsonFailed{}}
	for _, r := range d.Briefed() {
		sents := r.Brief.Sentences
		if sents == nil {
			sents = []summarize.Selected{}
		}
		out.Stories = append(out.Stories, jsonStory{
			ID: r.ID, Title: r.Title, Versions: len(r.Versions),
			Brief: r.Brief.Text(), Words: r.Brief.Words(),
			Sentences: sents, Sources: r.Sources(), Skipped: messages(r.Errs),
		})
	}
	for _, r := range d.Failed() {
		errs := messages(r.Errs)
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
		}
		out.Failed = append(out.Failed, jsonFailed{ID: r.ID, Title: r.Title, Errors: errs})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func messages(errs []error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}
