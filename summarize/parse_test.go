package summarize

import (
	"context"
	"reflect"
	"testing"
)

// read joins the documents' sentences in order, keeps a candidate for each
// sentence the cleaner kept, pointing at it, and numbers the terms of all
// documents in one vocabulary, in order of first use.
func TestReadJoinsDocuments(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	docs := []Document{
		{Name: "a", Text: "The council approved the budget on Monday night.\n\nMenu\n\nThe mayor said the vote of 7 to 2 was close."},
		{Name: "b", Text: "The city council approved a budget of $3 million."},
	}
	r, cands, err := s.read(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	wantNoise := []Noise{Kept, NotProse, Kept, Kept}
	if !reflect.DeepEqual(r.noise, wantNoise) {
		t.Errorf("noise = %q, want %q", r.noise, wantNoise)
	}
	wantStarts := []int{0, 50, 56, 0}
	for i, sent := range r.sents {
		if sent.Start != wantStarts[i] {
			t.Errorf("sentence %d starts at %d, want %d", i, sent.Start, wantStarts[i])
		}
	}
	type view struct {
		sent, doc, para, words int
		figs                   []string
		terms                  []int32
	}
	want := []view{
		{0, 0, 0, 8, nil, []int32{0, 1, 2, 3, 4}},                        // council approv budget mondai night
		{2, 0, 2, 11, []string{"2", "7", "7-2"}, []int32{5, 6, 7, 8, 9}}, // mayor vote 7 2 close; the vote in words, as a figure
		{3, 1, 0, 9, []string{"3"}, []int32{10, 0, 1, 2, 11, 12}},        // citi council approv budget 3 million
	}
	if len(cands) != len(want) {
		t.Fatalf("%d candidates, want %d", len(cands), len(want))
	}
	for k, c := range cands {
		got := view{c.sent, c.doc, c.para, c.words, c.figs, c.terms}
		if !reflect.DeepEqual(got, want[k]) {
			t.Errorf("candidate %d = %+v, want %+v", k, got, want[k])
		}
		if c.text != r.sents[c.sent].Text || !c.whole || c.leans {
			t.Errorf("candidate %d: text %q whole %v leans %v, sentence %q", k, c.text, c.whole, c.leans, r.sents[c.sent].Text)
		}
	}
	if r.vocab != 13 || r.items {
		t.Errorf("vocab %d, items %v; want 13, false", r.vocab, r.items)
	}
}

func TestReadCancelled(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.read(ctx, []Document{{Name: "a", Text: "The council met on Monday night."}}); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestScoresInWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Portmere beat Halden two to one on Saturday.", []string{"2-1"}},
		{"The court ruled five to four, and the council voted 7 to 2.", []string{"5-4", "7-2"}},
		{"They drew nil to nil.", []string{"0-0"}},
		{"He went to the station.", nil},
	} {
		if got := scoresInWords(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("scoresInWords(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	// Written in digits, a score is one term, and the same figure.
	if got := newVectorizer().terms("Portmere won 2-1 after a 31st-minute penalty.", lexemes{}); !reflect.DeepEqual(got, []string{"portmer", "won", "2-1", "31st", "minut", "penalti"}) {
		t.Errorf("terms = %q", got)
	}
}
