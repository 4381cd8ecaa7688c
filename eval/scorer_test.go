package eval_test

import (
	"errors"
	"testing"

	"brief/eval"
)

func TestValidate(t *testing.T) {
	ok := eval.DefaultOptions()
	for _, c := range []struct {
		name string
		edit func(*eval.Options)
	}{
		{"negative words", func(o *eval.Options) { o.Words = -1 }},
		{"negative bytes", func(o *eval.Options) { o.Bytes = -1 }},
		{"words and bytes", func(o *eval.Options) { o.Words, o.Bytes = 10, 10 }},
		{"ngram", func(o *eval.Options) { o.MaxN = 5 }},
		{"negative ngram", func(o *eval.Options) { o.MaxN = -1 }},
		{"unigrams without skip", func(o *eval.Options) { o.SkipBigram = false }},
		{"weight", func(o *eval.Options) { o.Weight = 0 }},
		{"alpha", func(o *eval.Options) { o.Alpha = 1.5 }},
		{"mode", func(o *eval.Options) { o.Mode = 7 }},
	} {
		o := ok
		c.edit(&o)
		if _, err := eval.New(o); !errors.Is(err, eval.ErrOptions) {
			t.Errorf("%s: err = %v, want ErrOptions", c.name, err)
		}
	}
	if _, err := eval.New(ok); err != nil {
		t.Errorf("defaults: %v", err)
	}
}

func TestNames(t *testing.T) {
	o := eval.DefaultOptions()
	o.MaxN, o.Skip, o.SkipUnigrams, o.Weight = 2, 9, false, 1.5
	s, err := eval.New(o)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.5", "ROUGE-S9"}
	if got := s.Names(); len(got) != len(want) || got[4] != want[4] || got[3] != want[3] {
		t.Errorf("Names() = %q, want %q", got, want)
	}
}

func TestScoreErrors(t *testing.T) {
	o := eval.DefaultOptions()
	o.Stopwords = true
	s, err := eval.New(o)
	if err != nil {
		t.Fatal(err)
	}
	peer := []string{"the cat sat"}
	_, err = s.Score(peer, [][]string{{"a cat"}, {"the of and", ""}})
	var re *eval.ReferenceError
	if !errors.Is(err, eval.ErrEmptyReference) || !errors.As(err, &re) || re.Index != 1 {
		t.Errorf("stopword-only reference: err = %v", err)
	}
	if _, err = s.Score(peer, nil); !errors.Is(err, eval.ErrNoReferences) {
		t.Errorf("no references: err = %v", err)
	}
	if _, err = s.Score([]string{"bad \xff"}, [][]string{{"cat"}}); !errors.Is(err, eval.ErrInvalidUTF8) {
		t.Errorf("invalid peer: err = %v", err)
	}
	if _, err = s.Score(peer, [][]string{{"cat \xc3"}}); !errors.Is(err, eval.ErrInvalidUTF8) || !errors.As(err, &re) || re.Index != 0 {
		t.Errorf("invalid reference: err = %v", err)
	}
}

func TestEmptyPeerScoresZero(t *testing.T) {
	s, err := eval.New(eval.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Score([]string{"", "… — !"}, [][]string{{"a cat sat"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range got {
		if sc.R != 0 || sc.P != 0 || sc.F != 0 {
			t.Errorf("%s = %+v, want zeros", sc.Name, sc)
		}
	}
}
