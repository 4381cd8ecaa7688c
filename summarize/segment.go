package summarize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// Sentence is one sentence of one document, located by byte offsets.
type Sentence struct {
	Doc   int // index of the document in the input
	Para  int // index of the paragraph within the document
	Index int // index of the sentence within the document
	Start int // byte offset of Text in the document
	End   int // byte offset just past it
	// Text is the sentence as laid out (see layout): in the source it may
	// run over several lines and hold markup.
	Text string

	// FirstInPara and LastInPara mark paragraph boundaries.
	FirstInPara, LastInPara bool
}

// segmenter splits documents into paragraphs and sentences. It wraps prose's
// punkt model, which is loaded once and safe for concurrent use.
type segmenter struct {
	punkt *segment.Segmenter
}

func newSegmenter() (*segmenter, error) {
	p, err := punktModel()
	if err != nil {
		return nil, err
	}
	return &segmenter{punkt: p}, nil
}

// titleAbbrevs are abbreviated titles that come before a name ("Capt. DV
// Sathe", "Insp. Jane Cole", "Rev. Martin Luther King Jr."), which the
// punkt model prose ships does not know, so it ends a sentence at them.
// Those it knows (Mr, Dr, Lt, Col, Gen, Sgt, Gov, Sen, Rep, …) are not
// repeated; Det. and Hon. are left out, for "det" and "hon" end sentences
// in Norwegian, Danish and Swedish.
var titleAbbrevs = []string{"capt", "cpl", "pvt", "cmdr", "cdr", "rev", "supt", "insp",
	"brig", "pres", "fr", "amb", "atty", "cllr", "sqn", "gens", "sens", "reps", "approx"}

// punktModel returns prose's punkt segmenter with its English model and
// titleAbbrevs added. The model is loaded once; the segmenter is safe for
// concurrent use, for the model is not changed after.
var punktModel = sync.OnceValues(func() (*segment.Segmenter, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	// prose's own additions to the model (segment.New), then ours.
	for _, abbr := range append([]string{"sgt", "gov", "no", "mt"}, titleAbbrevs...) {
		training.AbbrevTypes.Add(abbr)
	}
	return segment.WithTraining(training), nil
})

// split returns the sentences of a laid-out document, numbered from 0,
// with doc set to di. Offsets are into lay.text.
func (sg *segmenter) split(di int, lay *layout) []Sentence {
	var out []Sentence
	for pi, p := range lay.paras {
		first := len(out)
		para := lay.text[p.start:p.end]
		for _, s := range joinInitials(para, joinOpenBrackets(para, splitAfterClock(splitAtScriptStops(para, sg.segment(para))))) {
			start := p.start + s.Start
			out = append(out, Sentence{
				Doc:   di,
				Para:  pi,
				Index: len(out),
				Start: start,
				End:   start + len(s.Text),
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

// segment returns punkt's sentences of para. A paragraph with no full
// stop, question or exclamation mark but at its end, before closing quotes
// or brackets, is one sentence, for punkt ends sentences only there: that is
// the headline, the caption, the one-sentence paragraph of wire copy, most
// of a story's paragraphs, and they need no tokenizing.
func (sg *segmenter) segment(para string) []segment.Sentence {
	start, end := trimSpaceRange(para)
	body := strings.TrimRight(para[start:end], closers)
	if len(body) > 0 && !strings.ContainsAny(body[:len(body)-1], ".?!") {
		return []segment.Sentence{{Text: para[start:end], Start: start}}
	}
	if start == end {
		return nil
	}
	return sg.punkt.Segment(para)
}

// joinInitials joins to the sentence after it each sentence of para that
// ends at a name's initial or a title (see endsAtInitial) when the next
// one opens with a capital, or at a month's abbreviation before a day (see
// splitTooSoon): punkt ends a sentence at a middle initial it
// does not know ("… an arrest warrant for Robert R." | "Card II, 40, …")
// and at "Sir.".
func joinInitials(para string, sents []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		if i+1 < len(sents) && splitTooSoon(s.Text, sents[i+1].Text) {
			if out == nil {
				out = append(make([]segment.Sentence, 0, len(sents)), sents[:i]...)
			}
			for i+1 < len(sents) && splitTooSoon(s.Text, sents[i+1].Text) {
				next := sents[i+1]
				s = segment.Sentence{Text: para[s.Start : next.Start+len(next.Text)], Start: s.Start}
				i++
			}
		}
		if out != nil {
			out = append(out, s)
		}
	}
	if out == nil {
		return sents
	}
	return out
}

// splitTooSoon reports whether punkt ended sentence s where it goes on in next:
// at a name's initial or a title before a capital (see joinInitials), or
// at a month's abbreviation before its day ("… collapsed on mar." | "10
// as depositors …"), which punkt knows only in some cases.
func splitTooSoon(s, next string) bool {
	if endsAtInitial(s) && startsUpper(next) {
		return true
	}
	if next == "" || !isDigit(next[0]) || !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[strings.LastIndexByte(s, ' ')+1 : len(s)-1]
	return len(w) >= 3 && len(w) <= 4 && months[strings.ToLower(w)]
}

// splitAfterClock splits sentences after a clock time's "a.m." or "p.m."
// that a new sentence follows: punkt takes them for abbreviations inside a
// sentence and splits after them only before a word it knows opens
// sentences ("… around 1:30 a.m. The impact …"), not before others ("…
// crumbled around 1:30 a.m. More than 30 people were pulled …"). A capital
// after the time that goes on with it is no new sentence: a day, a month,
// a time zone ("10 a.m. Monday", "5 p.m. Eastern", "3 p.m. ET"), or a
// place's time ("3 p.m. Egyptian time").
func splitAfterClock(sents []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for k, s := range sents {
		if !strings.Contains(s.Text, ".m. ") {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]segment.Sentence, 0, len(sents)+1), sents[:k]...)
		}
		rest, start := s.Text, s.Start
		for i := 0; ; {
			j := strings.Index(rest[i:], ".m. ")
			if j < 0 {
				break
			}
			end := i + j + len(".m.")
			i = end
			if !clockEnd(rest[:end]) || !opensAfterClock(rest[end+1:]) {
				continue
			}
			out = append(out, segment.Sentence{Text: rest[:end], Start: start})
			rest, start, i = rest[end+1:], start+end+1, 0
		}
		out = append(out, segment.Sentence{Text: rest, Start: start})
	}
	if out == nil {
		return sents
	}
	return out
}

// clockEnd reports whether s ends with a clock time's "a.m." or "p.m."
// after a figure: "1:30 a.m.", "11 p.m.", "11p.m.".
func clockEnd(s string) bool {
	if !strings.HasSuffix(s, "a.m.") && !strings.HasSuffix(s, "p.m.") {
		return false
	}
	s = strings.TrimSuffix(s[:len(s)-len("a.m.")], " ")
	return s != "" && isDigit(s[len(s)-1])
}

// opensAfterClock reports whether s, the text after a clock time, opens a
// new sentence (see splitAfterClock): a word with a capital, no day, month
// or time zone, not before "time", and more words after it.
func opensAfterClock(s string) bool {
	words := firstFields(s, 3)
	if len(words) < 3 || !startsUpper(words[0]) {
		return false
	}
	w := strings.ToLower(strings.TrimFunc(words[0], notWordRune))
	return !months[w] && !weekdays[w] && !clockZones[w] && strings.ToLower(words[1]) != "time"
}

// clockZones are the words of a time zone that may follow a clock time.
var clockZones = wordSet(`eastern pacific central mountain atlantic local gmt utc bst cet cest ist et est edt ` +
	`pt pst pdt ct cst cdt mt mst mdt aest aedt jst kst hkt sgt wib msk eet eest wat cat eat`)

// joinOpenBrackets joins to the sentence after it each sentence of para
// that leaves a bracket open which that one closes: punkt ends a sentence
// at an abbreviation before a capital inside brackets ("… local time (7
// p.m. | ET Wednesday) she would not seek reelection …"). A bracket that
// the next sentence does not close is left as it is.
func joinOpenBrackets(para string, sents []segment.Sentence) []segment.Sentence {
	if !strings.Contains(para, "(") {
		return sents
	}
	out := sents[:0:0]
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		if i+1 < len(sents) && strings.Count(s.Text, "(") > strings.Count(s.Text, ")") {
			next := sents[i+1]
			joined := para[s.Start : next.Start+len(next.Text)]
			if strings.Count(joined, "(") == strings.Count(joined, ")") {
				out = append(out, segment.Sentence{Text: joined, Start: s.Start})
				i++
				continue
			}
		}
		out = append(out, s)
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
		if i > 0 && strings.Count(text[sents[i-1].End:s.Start], "\n") > 1 {
			return false // a blank line
		}
		lines++
		if s.LastInPara {
			single++
		}
	}
	return lines >= minItems && 10*single >= 9*lines
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

// closers may follow a sentence's final punctuation.
const closers = `"'”’)]»`

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return isStop(r)
}
