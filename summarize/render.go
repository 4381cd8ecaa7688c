package summarize

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// Brief is the result of Summarize. Its JSON field names are stable.
type Brief struct {
	// Sentences are the chosen sentences in reading order.
	Sentences []Selected `json:"sentences"`
	// Documents holds what the cleaner did with each version, in input
	// order.
	Documents []DocumentStats `json:"documents"`
}

// Selected is one sentence of a brief, with its provenance.
type Selected struct {
	// Text is the sentence as written in its source, white space folded
	// and none before its punctuation (see closeUp).
	Text string `json:"text"`
	// Source names the version it was taken from.
	Source string `json:"source"`
	// Offset is the byte offset of the sentence in its source.
	Offset int `json:"offset"`
	// Score is its TextRank score (the scores of a cluster sum to 1).
	Score float64 `json:"score"`
	// Support names the versions that state the same fact, its own
	// included, in input order.
	Support []string `json:"support"`
	// Conflicts are its figures that versions stating the same fact give
	// otherwise; none when they agree.
	Conflicts []Conflict `json:"conflicts,omitempty"`
}

// DocumentStats counts one version's sentences.
type DocumentStats struct {
	Name string `json:"name"`
	// Date is the version's date (Document.Date), left out when unknown.
	Date      Date          `json:"date,omitzero"`
	Sentences int           `json:"sentences"`
	Dropped   int           `json:"dropped"`
	Kept      int           `json:"kept"`
	DroppedBy map[Noise]int `json:"dropped_by"`
}

// newBrief returns the brief of the candidates of p in order, with their
// TextRank scores, their support and what the cleaner did with r's
// documents.
func newBrief(r *reading, p *pool, scores []float64, order []int) *Brief {
	b := &Brief{Documents: r.stats()}
	for _, k := range order {
		c := p.cands[k]
		var from []int
		for d := range p.supportOf(k) {
			from = append(from, d)
		}
		text := c.text
		if !r.items {
			text = closeUp(text)
		}
		b.Sentences = append(b.Sentences, Selected{
			Text:      text,
			Source:    r.docs[c.doc].Name,
			Offset:    r.sents[c.sent].Start,
			Score:     math.Round(scores[k]*1e6) / 1e6,
			Support:   sortedNames(r.docs, from),
			Conflicts: p.conflicts(r.docs, k),
		})
	}
	return b
}

// closeUp returns text without the spaces a page left before its
// punctuation ("… was found unresponsive ." from an inline element's
// end): a space before a full stop, comma, semicolon, colon, question or
// exclamation mark that a space or the end follows, after a word. An
// ellipsis keeps its space ("… said ... then"), and so does a list of
// reviews, written so (see isItemList).
func closeUp(text string) string {
	var b strings.Builder
	last := 0
	for i := 1; i+1 < len(text); i++ {
		if text[i] != ' ' || text[i-1] == ' ' || strings.IndexByte(".,;:?!", text[i+1]) < 0 {
			continue
		}
		if after := i + 2; after < len(text) && text[after] != ' ' {
			continue // " .5", " ..." or ".com"
		}
		b.WriteString(text[last:i])
		last = i + 1
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// stats counts each document's sentences read, dropped and kept.
func (r *reading) stats() []DocumentStats {
	out := make([]DocumentStats, len(r.docs))
	for d, doc := range r.docs {
		out[d].Name, out[d].Date = doc.Name, doc.Date
		out[d].DroppedBy = map[Noise]int{}
	}
	for i, s := range r.sents {
		st := &out[s.Doc]
		st.Sentences++
		if n := r.noise[i]; n == Kept {
			st.Kept++
		} else {
			st.Dropped++
			st.DroppedBy[n]++
		}
	}
	return out
}

// Text returns the brief as one paragraph.
func (b *Brief) Text() string {
	parts := make([]string, len(b.Sentences))
	for i, s := range b.Sentences {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}

// Words returns the number of words in the brief.
func (b *Brief) Words() int { return countWords(b.Text()) }

// WriteText writes the brief as one line of text.
func (b *Brief) WriteText(w io.Writer) error {
	_, err := fmt.Fprintln(w, b.Text())
	return err
}

// WriteAnnotated writes the brief as one line of text with each sentence's
// support after it: "[3/5]" when three of five versions state its fact.
func (b *Brief) WriteAnnotated(w io.Writer) error {
	parts := make([]string, len(b.Sentences))
	for i, s := range b.Sentences {
		parts[i] = fmt.Sprintf("%s [%d/%d%s]", s.Text, len(s.Support), len(b.Documents), disagreement(s.Conflicts))
	}
	_, err := fmt.Fprintln(w, strings.Join(parts, " "))
	return err
}

// WriteMarkdown writes the brief as a paragraph followed by a table of its
// sentences' sources and support.
func (b *Brief) WriteMarkdown(w io.Writer) error {
	var sb strings.Builder
	sb.WriteString(b.Text())
	sb.WriteString("\n\n| # | source | support |\n|---|---|---|\n")
	for i, s := range b.Sentences {
		fmt.Fprintf(&sb, "| %d | %s | %d: %s |\n", i+1, mdEscape(s.Source), len(s.Support), mdEscape(strings.Join(s.Support, ", ")))
	}
	for i, s := range b.Sentences {
		for _, c := range s.Conflicts {
			fmt.Fprintf(&sb, "\nThe versions disagree on sentence %d's %s:", i+1, mdEscape(c.Figure))
			for _, v := range c.Values {
				fmt.Fprintf(&sb, " %s (%s);", mdEscape(v.Value), mdEscape(strings.Join(v.Support, ", ")))
			}
			sb.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func mdEscape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// jsonBrief is the JSON form: the summary text first, for people reading it.
type jsonBrief struct {
	Summary   string          `json:"summary"`
	Words     int             `json:"words"`
	Sentences []Selected      `json:"sentences"`
	Documents []DocumentStats `json:"documents"`
}

// WriteJSON writes the brief as one indented JSON object.
func (b *Brief) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	sents := b.Sentences
	if sents == nil {
		sents = []Selected{}
	}
	return enc.Encode(jsonBrief{Summary: b.Text(), Words: b.Words(), Sentences: sents, Documents: b.Documents})
}

// disagreement renders conflicts after a sentence's support: "; 241
// people in 2, more than 260 people in 2 others".
func disagreement(cs []Conflict) string {
	var sb strings.Builder
	for _, c := range cs {
		sb.WriteString(";")
		for i, v := range c.Values {
			switch {
			case i == 0:
				fmt.Fprintf(&sb, " %s in %d", v.Value, len(v.Support))
			case len(v.Support) == 1:
				fmt.Fprintf(&sb, ", %s in 1 other", v.Value)
			default:
				fmt.Fprintf(&sb, ", %s in %d others", v.Value, len(v.Support))
			}
		}
	}
	return sb.String()
}
