package digest

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
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
	Title     string  `json:"title"`
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
// be used, or is longer than opts.MaxBytes, becomes a failed story named
// after it ("name:3"), so the other lines still count; a story whose lines
// come to more than opts.MaxBytes fails, unread. Only a read error, or ctx
// done, fails the whole input.
func ReadJSONL(ctx context.Context, r io.Reader, name string, opts ReadOptions) ([]Story, error) {
	var stories []Story
	byID := make(map[string]int)
	var sizes []int64                          // bytes of each story's lines
	tooLarge := map[int]*summarize.SizeError{} // the stories beyond opts.MaxBytes
	err := eachLine(ctx, r, opts.MaxBytes, func(n int, line []byte, size int64) {
		where := name + ":" + strconv.Itoa(n)
		var l jsonLine
		err := lineTooLong(size, opts.MaxBytes)
		if err == nil {
			l, err = parseLine(line)
		}
		if err == nil && l.Story == "" {
			err = ErrNoStoryID
		}
		if err == nil && len(l.Docs) == 0 {
			err = ErrNoDocs
		}
		if err != nil && l.Story == "" {
			stories = append(stories, Story{ID: where, Errs: []error{&summarize.InputError{Input: where, Err: err}}})
			sizes = append(sizes, size)
			return
		}
		id := string(l.Story)
		i, ok := byID[id]
		if !ok {
			i = len(stories)
			byID[id] = i
			stories = append(stories, Story{ID: id})
			sizes = append(sizes, 0)
		}
		s := &stories[i]
		if s.Title == "" {
			s.Title = l.Title
		}
		sizes[i] += size
		if se := tooLarge[i]; se != nil || opts.MaxBytes > 0 && sizes[i] > opts.MaxBytes {
			if se == nil {
				se = &summarize.SizeError{Limit: opts.MaxBytes}
				tooLarge[i] = se
				s.Versions, s.Errs = nil, []error{&summarize.InputError{Input: name, Err: se}}
			}
			se.Size = sizes[i]
			return
		}
		if err != nil {
			s.Errs = append(s.Errs, &summarize.InputError{Input: where, Err: err})
			return
		}
		vs, errs := l.versions(where, "") // the line's title is the story's
		s.Versions = append(s.Versions, vs...)
		s.Errs = append(s.Errs, errs...)
	})
	if err != nil {
		return nil, wrapRead(name, err)
	}
	for i := range stories {
		uniqueNames(stories[i].Versions)
	}
	if len(stories) == 0 {
		return nil, &summarize.InputError{Input: name, Err: ErrNoStories}
	}
	return stories, nil
}

// lineTooLong is the error of a line of size bytes, beyond max, or nil.
func lineTooLong(size, max int64) error {
	if max > 0 && size > max {
		return &summarize.SizeError{Size: size, Limit: max}
	}
	return nil
}

// wrapRead names the input in a read error; a cancelled context stays as
// it is.
func wrapRead(name string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &summarize.InputError{Input: name, Err: err}
}

// ReadJSONLPile reads the articles of every line, in order, for Group; the
// lines' story ids and titles are not read. Lines or docs that cannot be
// used come back as errors; input beyond opts.MaxBytes in all is an
// error.
func ReadJSONLPile(ctx context.Context, r io.Reader, name string, opts ReadOptions) ([]Version, []error, error) {
	var pile []Version
	var errs []error
	var total int64
	err := eachLine(ctx, r, opts.MaxBytes, func(n int, line []byte, size int64) {
		where := name + ":" + strconv.Itoa(n)
		if total += size; opts.MaxBytes > 0 && total > opts.MaxBytes {
			return // a line beyond the limit is too, and is not held
		}
		l, err := parseLine(line)
		if err == nil && len(l.Docs) == 0 {
			err = ErrNoDocs
		}
		if err != nil {
			errs = append(errs, &summarize.InputError{Input: where, Err: err})
			return
		}
		vs, es := l.versions(where, l.Title)
		pile = append(pile, vs...)
		errs = append(errs, es...)
	})
	if err == nil && opts.MaxBytes > 0 && total > opts.MaxBytes {
		err = &summarize.SizeError{Size: total, Limit: opts.MaxBytes}
	}
	if err != nil {
		return nil, nil, wrapRead(name, err)
	}
	if len(pile) == 0 && len(errs) == 0 {
		return nil, nil, &summarize.InputError{Input: name, Err: ErrNoStories}
	}
	uniqueNames(pile)
	return pile, errs, nil
}

// eachLine calls f with each non-blank line, its 1-based number and its
// size in bytes (its line end included). A line of more than max bytes
// (max > 0) is never held whole: f gets it as nil, with its size. It stops
// when ctx is done.
func eachLine(ctx context.Context, r io.Reader, max int64, f func(n int, line []byte, size int64)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		buf = buf[:0]
		var size int64
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			size += int64(len(chunk))
			if max <= 0 || size <= max {
				buf = append(buf, chunk...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		switch line := bytes.TrimSpace(buf); {
		case max > 0 && size > max:
			f(n, nil, size)
		case len(line) > 0:
			f(n, line, size)
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

// versions decodes the line's docs; where names the line. A doc's
// headline is its "title", else lineTitle, else its page's own. Its date
// is its "published" when summarize.ParseDate reads it, else its text's
// or page's own (see summarize.Decode); a "published" it cannot read is
// still shown as written.
func (l jsonLine) versions(where, lineTitle string) ([]Version, []error) {
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
		if date, err := summarize.ParseDate(d.Published); err == nil {
			doc.Date = date // else the date the text or page gives, if any
		}
		v := Version{Document: doc, URL: d.URL, Published: d.Published, Headline: cmp.Or(oneLine(d.Title), oneLine(lineTitle))}
		if v.Headline == "" && html {
			v.Headline = htmlHeadline([]byte(*raw))
		}
		out = append(out, v)
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
