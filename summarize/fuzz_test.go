package summarize

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Fuzz targets for the reader, the segmenter with the cleaner, and the whole
// Summarize. Their seed corpora are in testdata/fuzz/; plain go test runs
// them, go test -fuzz FuzzName explores further.

// FuzzDecode: any bytes give a document of valid UTF-8 that is not blank,
// or an *InputError naming the input; never a panic.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Plain text. Two sentences."), false)
	f.Add([]byte("\xef\xbb\xbfBOM first."), false)
	f.Add([]byte("\xff\xfeU\x00T\x00F\x00"), false)
	f.Add([]byte("caf\xe9 cr\xe8me"), false)
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00"), false)
	f.Add([]byte("<html><body><article><p>A page with one paragraph of prose in it.</p></article></body></html>"), true)
	f.Add([]byte("<script>alert(1)</script>"), true)
	f.Add([]byte("<html><head><meta http-equiv=content-type content='text/html; charset=iso-8859-2'></head><body><p>Gda\xf1sk.</p></body></html>"), true)
	f.Add([]byte("``Fish &amp; chips,'' he said &#8217; &#x110000; &ampx; AT&T."), false)
	f.Add([]byte("By Jo Roe | Published 7:12 AM EST, Mon March 3, 2025\n\nKILBRIDE, 12 June 2025 (Wire) - Ferries stopped."), false)
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2025-03-03T07:12:00Z"}]}</script></head><body><article><time datetime="2025-03-03">3 March</time><p>Ferries stopped on Monday.</p></article></body></html>`), true)
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		d, err := Decode("in", b, html)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Input != "in" {
				t.Fatalf("error %v does not name the input", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not UTF-8: %q", d.Text)
		}
		if strings.TrimFunc(d.Text, unicode.IsSpace) == "" {
			t.Fatalf("blank text accepted: %q", d.Text)
		}
	})
}

var (
	fuzzSegOnce sync.Once
	fuzzSeg     *segmenter
)

func fuzzSegmenter(t testing.TB) *segmenter {
	fuzzSegOnce.Do(func() {
		var err error
		if fuzzSeg, err = newSegmenter(); err != nil {
			t.Fatal(err)
		}
	})
	return fuzzSeg
}

// FuzzSegmentClean: sentences lie inside the laid-out text, in order,
// without overlap, and each is the text at its offsets, before and after
// the cleaner trims their leads; mapped to the source, each starts and
// ends on its first and last bytes, and holds its text but for white space
// and markup (see checkSource).
func FuzzSegmentClean(f *testing.F) {
	f.Add("WASHINGTON (AP) — The bill passed on Tuesday. It goes to the Senate.\n\nBy Jane Doe\n")
	f.Add("A sentence that is\nwrapped over lines.\nNext one. (AP Photo/Jane Doe)")
	f.Add("Home\nNews\n© 2026 All rights reserved. Sign up for our newsletter today please.")
	f.Add("Москва. Власти объявили о закрытии моста. 桥梁将关闭。")
	f.Add("\u2028 \u00a0.\r\r\n…\"”")
	f.Add("# A **bold** [link](http://x.y) and ![alt](i.png) gov-\nernment\u00ad words.\r> quoted _text_ here.\f- item one.\n1. item two.")
	f.Fuzz(func(t *testing.T, text string) {
		lay := layOut(text, fuzzSegmenterStop)
		sents := fuzzSegmenter(t).split(0, lay)
		checkSentences(t, lay.text, sents)
		noise := make([]Noise, len(sents))
		clean(lay.text, sents, noise)
		checkSentences(t, lay.text, sents)
		lay.toSource(sents)
		checkSource(t, text, sents)
	})
}

var fuzzSegmenterStop = newVectorizer().stop

func checkSentences(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	end := 0
	for i, s := range sents {
		if s.Index != i || s.Doc != 0 {
			t.Fatalf("sentence %d numbered %d, doc %d", i, s.Index, s.Doc)
		}
		if s.Start < end || s.End > len(text) {
			t.Fatalf("sentence %d at [%d,%d) overlaps or leaves [%d,%d)", i, s.Start, s.End, end, len(text))
		}
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d %q is not the text at its offsets %q", i, s.Text, text[s.Start:s.End])
		}
		if i > 0 && s.Para < sents[i-1].Para {
			t.Fatalf("sentence %d in paragraph %d after %d", i, s.Para, sents[i-1].Para)
		}
		end = s.End
	}
}

// heldAt reports whether the source holds text at off, as layout leaves
// it: the same first byte, then every byte but white space, in order.
func heldAt(src string, off int, text string) bool {
	if text == "" || off >= len(src) || src[off] != text[0] {
		return false
	}
	j := off
	for k := 0; k < len(text); k++ {
		if c := text[k]; c != ' ' && c != '\n' {
			for j < len(src) && src[j] != c {
				j++
			}
			if j == len(src) {
				return false
			}
			j++
		}
	}
	return true
}

// checkSource checks sentences whose offsets are into src and whose text
// is as laid out: they are in order without overlap, each starts on its
// text's first byte and ends on its last, and its text but for white
// space is a subsequence of the source between: layout only joins lines
// and leaves markup out.
func checkSource(t *testing.T, src string, sents []Sentence) {
	t.Helper()
	end := 0
	for i, s := range sents {
		if s.Start < end || s.End > len(src) || s.Start >= s.End {
			t.Fatalf("sentence %d at [%d,%d) overlaps or leaves [%d,%d)", i, s.Start, s.End, end, len(src))
		}
		span := src[s.Start:s.End]
		if span[len(span)-1] != s.Text[len(s.Text)-1] || !heldAt(span, 0, s.Text) {
			t.Fatalf("sentence %d %q is not its source %q", i, s.Text, span)
		}
		end = s.End
	}
}

var (
	fuzzSumOnce sync.Once
	fuzzSum     [3]*Summarizer // one per budget unit
)

// FuzzSummarize: a brief is made of its inputs' sentences, each found at its
// offset in its source, and never exceeds its budget.
func FuzzSummarize(f *testing.F) {
	f.Add("The bridge will close on Monday for repairs, the city said. Traffic will be diverted.",
		"The city said the bridge closes Monday. Repairs take a month, officials said.", 20, uint8(0))
	f.Add("One sentence only, with several words in it.", "", 1, uint8(1))
	f.Add("Москва объявила о закрытии моста в понедельник. Ремонт займёт месяц.", "桥梁将于周一关闭。维修需要一个月。", 60, uint8(2))
	f.Add("Home\nNews\nSport", "By Jane Doe", 5, uint8(0))
	f.Fuzz(func(t *testing.T, a, b string, n int, unit uint8) {
		fuzzSumOnce.Do(func() {
			for u := range fuzzSum {
				s, err := New(Options{Budget: Budget{Unit(u), 1}, Lambda: DefaultLambda, SameFact: DefaultSameFact})
				if err != nil {
					t.Fatal(err)
				}
				fuzzSum[u] = s
			}
		})
		if n <= 0 || n > 1000 {
			n = 1 + (n%1000+1000)%1000
		}
		u := Unit(unit % 3)
		s := *fuzzSum[u] // a copy with this budget; the models are shared
		s.opts.Budget = Budget{u, n}
		var docs []Document
		for i, text := range []string{a, b} {
			if text != "" {
				docs = append(docs, Document{Name: string(rune('a' + i)), Text: text})
			}
		}
		br, err := s.Summarize(context.Background(), docs)
		if err != nil {
			if !errors.Is(err, ErrNoInput) && !errors.Is(err, ErrNoContent) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for _, sel := range br.Sentences {
			src := ""
			for _, d := range docs {
				if d.Name == sel.Source {
					src = d.Text
				}
			}
			if sel.Offset < 0 || sel.Offset > len(src) {
				t.Fatalf("offset %d out of [0,%d]", sel.Offset, len(src))
			}
			if !heldAt(src, sel.Offset, sel.Text) {
				t.Fatalf("sentence %q is not in %s at %d", sel.Text, sel.Source, sel.Offset)
			}
		}
		var used int
		switch u {
		case Words:
			used = br.Words()
		case Sentences:
			used = len(br.Sentences)
		case Bytes:
			used = len(br.Text())
		}
		if used > n {
			t.Fatalf("brief takes %d %s, budget %d: %q", used, u, n, br.Text())
		}
	})
}
