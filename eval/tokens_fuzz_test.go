package eval

import (
	"strings"
	"sync"
	"testing"
)

// fuzzScorers holds a Scorer per Options: building one loads the word
// tables, which would dominate each run.
var fuzzScorers sync.Map

func fuzzScorer(t *testing.T, o Options) *Scorer {
	if s, ok := fuzzScorers.Load(o); ok {
		return s.(*Scorer)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	fuzzScorers.Store(o, s)
	return s
}

// FuzzTokens checks the tokenizer on any lines: tokens are non-empty runs
// of [a-z0-9] (stems too), and --words keeps a prefix of the tokens,
// whatever the bytes.
func FuzzTokens(f *testing.F) {
	f.Add("The police KILLED the gunman.\nA dog's e-mail: $1.2bn", 0, 0, true, false)
	f.Add(" leading\r\n\ttabs and CRLF\r\n", 3, 0, false, true)
	f.Add("café’s naïve   façade\u00a0nbsp", 0, 7, true, true)
	f.Add("Москва 北京 2026-03-24", 1, 0, false, false)
	f.Fuzz(func(t *testing.T, text string, words, bytes int, stem, stop bool) {
		o := DefaultOptions()
		o.Stem, o.Stopwords = stem, stop
		if words > 0 && words < 1000 {
			o.Words = words
		} else if bytes > 0 && bytes < 10000 {
			o.Bytes = bytes
		}
		s := fuzzScorer(t, o)
		txt := s.Prepare(strings.Split(text, "\n"))
		if o.Words > 0 {
			// -l counts words split at white space, not tokens ("U.S." is
			// one word and two tokens): its tokens are a prefix of the
			// whole text's.
			all := o
			all.Words = 0
			full := fuzzScorer(t, all).Prepare(strings.Split(text, "\n"))
			if len(txt.grams) > len(full.grams) || strings.Join(txt.grams, " ") != strings.Join(full.grams[:len(txt.grams)], " ") {
				t.Fatalf("--words %d kept %q, not a prefix of %q", o.Words, txt.grams, full.grams)
			}
		}
		for _, units := range append([][]string{txt.grams}, txt.units...) {
			for _, tok := range units {
				if tok == "" || strings.IndexFunc(tok, func(r rune) bool { return !isWordByte(byte(r)) || r > 0x7f }) >= 0 {
					t.Fatalf("token %q is not a run of [a-z0-9]", tok)
				}
				if stop && !stem && s.stopwords[tok] {
					t.Fatalf("stopword %q kept", tok)
				}
			}
		}
	})
}
