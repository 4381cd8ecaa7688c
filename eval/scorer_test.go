package eval_test

import (
	"errors"
	"slices"
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
		{"negative ngram", func(o *eval.Options) { o.MaxN = -1 }},
		{"unigrams without skip", func(o *eval.Options) { o.SkipBigram = false }},
		{"negative weight", func(o *eval.Options) { o.Weight = -1.2 }},
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
	// ROUGE-1.5.5 takes any -n, any negative -2 (no limit), and no -w.
	for _, edit := range []func(*eval.Options){
		func(o *eval.Options) { o.MaxN = 9 },
		func(o *eval.Options) { o.Skip = -7 },
		func(o *eval.Options) { o.Weight = 0 },
		func(o *eval.Options) { *o = eval.Options{} },
	} {
		o := ok
		edit(&o)
		if _, err := eval.New(o); err != nil {
			t.Errorf("%+v: %v", o, err)
		}
	}
}

func TestNames(t *testing.T) {
	o := eval.DefaultOptions()
	o.MaxN, o.Skip, o.SkipUnigrams, o.Weight = 2, 9, false, 1.5
	for _, c := range []struct {
		edit func(*eval.Options)
		want []string
	}{
		{func(*eval.Options) {}, []string{"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.5", "ROUGE-S9"}},
		// Names echo -w and -2 as typed, as ROUGE-1.5.5 prints them.
		{func(o *eval.Options) { o.WeightText, o.SkipText, o.Skip, o.SkipUnigrams = "1.50", "04", 4, true },
			[]string{"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.50", "ROUGE-SU04"}},
		{func(o *eval.Options) { o.Skip, o.MaxN, o.NoLCS, o.Weight = -3, 6, true, 0 },
			[]string{"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-5", "ROUGE-6", "ROUGE-S*"}},
		{func(o *eval.Options) { *o = eval.Options{} }, []string{"ROUGE-L"}},
	} {
		oc := o
		c.edit(&oc)
		s, err := eval.New(oc)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Names(); !slices.Equal(got, c.want) {
			t.Errorf("Names() = %q, want %q", got, c.want)
		}
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
	// ROUGE-W divides by the weight of each reference: ROUGE-1.5.5 dies.
	_, err = s.Score(peer, [][]string{{"a cat"}, {"the of and", ""}})
	var re *eval.ReferenceError
	if !errors.Is(err, eval.ErrEmptyReference) || !errors.As(err, &re) || re.Index != 1 {
		t.Errorf("stopword-only reference: err = %v", err)
	}
	if _, err = s.Score(peer, nil); !errors.Is(err, eval.ErrNoReferences) {
		t.Errorf("no references: err = %v", err)
	}
}

// Without ROUGE-W, ROUGE-1.5.5 scores an empty reference: it adds nothing
// to the hits and the reference counts, and its peer count to P's.
func TestEmptyReferenceWithoutW(t *testing.T) {
	o := eval.DefaultOptions()
	o.Stopwords, o.Weight = true, 0
	s, err := eval.New(o)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Score([]string{"cat purred"}, [][]string{{"a cat purred"}, {"the of and"}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]float64{ // R, P, F
		"ROUGE-1":   {1, 0.5, 0.66667},
		"ROUGE-2":   {1, 0.5, 0.66667},
		"ROUGE-3":   {0, 0, 0},
		"ROUGE-L":   {1, 0.5, 0.66667},
		"ROUGE-SU4": {1, 0.5, 0.66667},
	}
	for _, sc := range got {
		if w := want[sc.Name]; [3]float64{sc.R, sc.P, sc.F} != w {
			t.Errorf("%s = %v %v %v, want %v", sc.Name, sc.R, sc.P, sc.F, w)
		}
	}
}

// ROUGE-1.5.5 reads bytes: a Latin-1 or cp1252 letter splits a word like
// any byte outside [A-Za-z0-9].
func TestScoresRawBytes(t *testing.T) {
	s, err := eval.New(eval.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	latin1, err := s.Score([]string{"caf\xe9 cr\xe8me br\xfbl\xe9e"}, [][]string{{"caf\xe9 au lait \x93cr\xe8me\x94"}})
	if err != nil {
		t.Fatal(err)
	}
	utf8, err := s.Score([]string{"café crème brûlée"}, [][]string{{"café au lait “crème”"}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range latin1 {
		if latin1[i].R != utf8[i].R || latin1[i].P != utf8[i].P {
			t.Errorf("%s: Latin-1 %+v, UTF-8 %+v", latin1[i].Name, latin1[i], utf8[i])
		}
	}
	if latin1[0].R != 0.6 { // caf cr me of caf au lait cr me
		t.Errorf("ROUGE-1 R = %v, want 0.6", latin1[0].R)
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

func TestWithStem(t *testing.T) {
	o := eval.DefaultOptions()
	plain, err := eval.New(o)
	if err != nil {
		t.Fatal(err)
	}
	o.Stem = true
	stemmed, err := eval.New(o)
	if err != nil {
		t.Fatal(err)
	}
	peer, refs := []string{"The police killed the gunmen"}, [][]string{{"Police kill the gunman"}}
	want, _ := stemmed.Score(peer, refs)
	got, _ := plain.WithStem(true).Score(peer, refs)
	unstemmed, _ := plain.Score(peer, refs)
	if !slices.Equal(got, want) || slices.Equal(got, unstemmed) || plain.WithStem(false) != plain {
		t.Errorf("WithStem(true): %v, want %v (unstemmed %v)", got, want, unstemmed)
	}
}
