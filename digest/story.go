package digest

import (
	"errors"
	"fmt"

	"brief/summarize"
)

// Version is one version of a story: a document and where it came from.
type Version struct {
	summarize.Document
	// URL and Published are shown with the source when known (JSONL
	// input), Published as written; the date it gives, when it can be
	// read, is the Document's Date.
	URL       string
	Published string
	// Headline is the version's own headline where its input names one: a
	// page's og:title, <h1> or <title>, a JSONL doc's or line's "title".
	// When empty, the headline is looked for in the text (a short line
	// before the lead).
	Headline string
}

// Story is the versions of one story, as gathered.
type Story struct {
	// ID names the story in messages: its folder, its JSONL id, or for a
	// grouped pile its first article.
	ID string
	// Title is the story's heading as given (a title.txt, a JSONL title).
	// When empty, the story takes its versions' commonest headline; with
	// none, a grouped story takes its brief's first sentence (which the
	// brief then does not repeat), any other its ID.
	Title string
	// Grouped marks a story that Group made of a pile.
	Grouped bool
	// Versions are the versions read, in input order.
	Versions []Version
	// Errs are the problems met gathering it: versions that could not be
	// read. A story with no versions and errors is a failure.
	Errs []error
}

// documents returns the story's versions as summarize documents.
func (s Story) documents() []summarize.Document {
	docs := make([]summarize.Document, len(s.Versions))
	for i, v := range s.Versions {
		docs[i] = v.Document
	}
	return docs
}

// StoryError is a problem with one story. Its Err keeps its identity
// (summarize.ErrNoContent, an *summarize.InputError, ...).
type StoryError struct {
	Story string // the story's title, or its ID
	Err   error
}

func (e *StoryError) Error() string { return fmt.Sprintf("story %q: %v", e.Story, e.Err) }
func (e *StoryError) Unwrap() error { return e.Err }

// Errors of gathering.
var (
	ErrNoStories = errors.New("no stories found")
	ErrNoDocs    = errors.New("no versions")
	ErrDocText   = errors.New(`a doc needs one of "text" or "html"`)
	ErrNoStoryID = errors.New(`no "story" id`)
	ErrLine      = errors.New("not one JSON object")
)
