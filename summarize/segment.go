package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
)

// Sentence is one sentence of one document, located by byte offsets.
type Sentence struct {
	Doc   int // index of the document in the input
	Para  int // index of the paragraph within the document
	Index int // index of the sentence within the document
	Start int // byte offset of Text in the document
	Text  string

	// FirstInPara and LastInPara mark paragraph boundaries.
	FirstInPara, LastInPara bool
}

// End returns the byte offset just past the sentence.
func (s Sentence) End() int { return s.Start + len(s.Text) }

// paragraph is a block of text: lines up to a blank line or a line that does
// not continue the one before.
type paragraph struct {
	start, end int
}

// segmenter splits documents into paragraphs and sentences. It wraps prose's
// punkt model, which is loaded once and safe for concurrent use.
type segmenter struct {
	punkt *segment.Segmenter
}

func newSegmenter() (*segmenter, error) {
	p, err := segment.New()
	if err != nil {
		return nil, err
	}
	return &segmenter{punkt: p}, nil
}

// split returns the sentences of doc, numbered from 0, with doc set to di.
func (sg *segmenter) split(di int, text string) []Sentence {
	var out []Sentence
	for pi, p := range paragraphs(text) {
		first := len(out)
		para := text[p.start:p.end]
		for _, s := range splitAtScriptStops(para, sg.punkt.Segment(para)) {
			out = append(out, Sentence{
				Doc:   di,
				Para:  pi,
				Index: len(out),
				Start: p.start + s.Start,
				Text:  s.Text,
			})
		}
		if len(out) > first {
			out[first].FirstInPara = true
			out[len(out)-1].LastInPara = true
		}
	}
	return out
}

// minItems is the fewest lines a list of items has (see isItemList).
const minItems = 20

// isItemList reports whether a document, split into sents, is a list of
// items rather than a story: at least minItems lines with no blank line
// between them, nine in ten of them one sentence. Reviews, comments and
// posts collected one a line look so (the Opinosis topics do); an article
// has paragraphs of several sentences, or blank lines between them, or
// both. A list has no lead, and its items say the same thing in the same
// plain words (see typicality).
func isItemList(text string, sents []Sentence) bool {
	var lines, single int
	for i, s := range sents {
		if !s.FirstInPara {
			continue
		}
		if i > 0 && strings.Count(text[sents[i-1].End():s.Start], "\n") > 1 {
			return false // a blank line
		}
		lines++
		if s.LastInPara {
			single++
		}
	}
	return lines >= minItems && 10*single >= 9*lines
}

// paragraphs splits text into blocks. A line continues the previous one
// (a hard-wrapped paragraph) only when the previous line does not end a
// sentence and this one starts in lower case; any other line, and any blank
// line, starts a new block. Scraped pages put headings, captions and menu
// items on lines of their own, so they stay blocks of their own.
func paragraphs(text string) []paragraph {
	var out []paragraph
	cur := paragraph{start: -1}
	prevEnds := true
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		line := text[off:end]
		ls, le := trimSpaceRange(line)
		switch {
		case ls == le: // blank line
			if cur.start >= 0 {
				out = append(out, cur)
				cur.start = -1
			}
		case cur.start >= 0 && !prevEnds && startsLower(line[ls:le]):
			cur.end = off + le
		default:
			if cur.start >= 0 {
				out = append(out, cur)
			}
			cur = paragraph{start: off + ls, end: off + le}
		}
		if ls < le {
			prevEnds = endsSentence(line[ls:le])
		}
		off = end + 1
	}
	if cur.start >= 0 {
		out = append(out, cur)
	}
	return out
}

func trimSpaceRange(s string) (int, int) {
	start, end := 0, len(s)
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// closers may follow a sentence's final punctuation.
const closers = `"'”’)]»`

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return isStop(r)
}
