package digest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"brief/summarize"
)

// jsonLine is one line of JSONL input: one story, or with no story id
// (a pile to group) some articles.
type jsonLine struct {
	Story jsonID    `json:"story"`
	Title string    `json:"title"`
	Docs  []jsonDoc `json:"docs"`
}

type jsonDoc struct {
	Name      string  `json:"name"`
	Text      *string `json:"text"`
	HTML      *string `json:"html"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
}

// jsonID is a story id written as a JSON string or number.
type jsonID string

func (id *jsonID) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*id = jsonID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return errors.New(`"story" must be a string or a number`)
	}
	*id = jsonID(n)
	return nil
}

// ReadJSONL reads stories from JSON Lines, one story a line:
//
//	{"story": "id", "title": "optional", "docs": [{"name": "a", "text": "..."}, {"name": "b", "html": "<html>...", "url": "https://...", "published": "2026-03-01"}]}
//
// Lines with the same story id add versions to one story, in order; blank
// lines are skipped. name names the input in messages. A line that cannot
// be used becomes a failed story named after it ("name:3"), so the other
// lines still count; only a read error fails the whole input.
func ReadJSONL(r io.Reader, name string) ([]Story, error) {
	var stories []Story
	byID := make(map[string]int)
	err := eachLine(r, func(n int, line []byte) {
		where := name + ":" + strconv.Itoa(n)
		l, err := parseLine(line)
		if err == nil && l.Story == "" {
			err = ErrNoStoryID
		}
		if err == nil && len(l.Docs) == 0 {
			err = ErrNoDocs
		}
		if err != nil && l.Story == "" {
			stories = append(stories, Story{ID: where, Errs: []error{&summarize.InputError{Input: where, Err: err}}})
			return
		}
		id := string(l.Story)
		i, ok := byID[id]
		if !ok {
			i = len(stories)
			byID[id] = i
			stories = append(stories, Story{ID: id})
		}
		s := &stories[i]
		if s.Title == "" {
			s.Title = l.Title
		}
		if err != nil {
			s.Errs = append(s.Errs, &summarize.InputError{Input: where, Err: err})
			return
		}
		vs, errs := l.versions(where)
		s.Versions = append(s.Versions, vs...)
		s.Errs = append(s.Errs, errs...)
	})
	if err != nil {
		return nil, &summarize.InputError{Input: name, Err: err}
	}
	for i := range stories {
		if stories[i].Title == "" {
			stories[i].Title = stories[i].ID
		}
		uniqueNames(stories[i].Versions)
	}
	if len(stories) == 0 {
		return nil, &summarize.InputError{Input: name, Err: ErrNoStories}
	}
	return stories, nil
}

// ReadJSONLPile reads the articles of every line, in order, for Group; the
// lines' story ids and titles are not read. Lines or docs that cannot be
// used come back as errors.
func ReadJSONLPile(r io.Reader, name string) ([]Version, []error, error) {
	var pile []Version
	var errs []error
	err := eachLine(r, func(n int, line []byte) {
		where := name + ":" + strconv.Itoa(n)
		l, err := parseLine(line)
		if err == nil && len(l.Docs) == 0 {
			err = ErrNoDocs
		}
		if err != nil {
			errs = append(errs, &summarize.InputError{Input: where, Err: err})
			return
		}
		vs, es := l.versions(where)
		pile = append(pile, vs...)
		errs = append(errs, es...)
	})
	if err != nil {
		return nil, nil, &summarize.InputError{Input: name, Err: err}
	}
	if len(pile) == 0 && len(errs) == 0 {
		return nil, nil, &summarize.InputError{Input: name, Err: ErrNoStories}
	}
	uniqueNames(pile)
	return pile, errs, nil
}

// eachLine calls f with each non-blank line and its 1-based number. Lines
// may be of any length.
func eachLine(r io.Reader, f func(n int, line []byte)) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(line); len(t) > 0 {
			f(n, t)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func parseLine(line []byte) (jsonLine, error) {
	var l jsonLine
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&l); err != nil {
		return jsonLine{}, fmt.Errorf("%w: %w", ErrLine, err)
	}
	if dec.More() {
		return jsonLine{}, fmt.Errorf("%w: more than one JSON value", ErrLine)
	}
	return l, nil
}

// versions decodes the line's docs; where names the line.
func (l jsonLine) versions(where string) ([]Version, []error) {
	var out []Version
	var errs []error
	for i, d := range l.Docs {
		name := d.Name
		if name == "" {
			name = "doc " + strconv.Itoa(i+1)
		}
		if (d.Text == nil) == (d.HTML == nil) {
			errs = append(errs, &summarize.InputError{Input: where + ": " + name, Err: ErrDocText})
			continue
		}
		// JSON strings are valid UTF-8 (encoding/json makes bad bytes
		// U+FFFD), and Decode reads valid UTF-8 as UTF-8, whatever charset
		// a page declares: the field is not decoded a second time.
		raw, html := d.Text, false
		if d.HTML != nil {
			raw, html = d.HTML, true
		}
		doc, err := summarize.Decode(name, []byte(*raw), html)
		if err != nil {
			errs = append(errs, &summarize.InputError{Input: where, Err: err})
			continue
		}
		out = append(out, Version{Document: doc, URL: d.URL, Published: d.Published})
	}
	return out, errs
}

// uniqueNames gives repeated version names a suffix, " (2)", " (3)", so a
// brief's support names one version each.
func uniqueNames(vs []Version) {
	seen := make(map[string]int, len(vs))
	for _, v := range vs {
		seen[v.Name] = 0
	}
	for i, v := range vs {
		if seen[v.Name]++; seen[v.Name] > 1 {
			vs[i].Name = fmt.Sprintf("%s (%d)", v.Name, seen[v.Name])
		}
	}
}
