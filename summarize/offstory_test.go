package summarize

import (
	"context"
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"brief/rank"
)

// Versions of a library vote; the second has a sports report glued on.
const (
	libraryA = "The Millbrook council approved a new library budget on Monday. " +
		"The budget adds two librarians and longer opening hours. " +
		"Council members voted seven to two for the plan."
	libraryB = "Millbrook's council approved the library budget on Monday night. " +
		"The plan adds two librarians and keeps the library open longer."
	sportsBlock = "The Hawks beat the Ravens in overtime on Saturday. " +
		"Jones scored thirty points and grabbed twelve rebounds. " +
		"The Hawks play the Falcons next week at home."
	sportsPair = "The Hawks beat the Ravens in overtime on Saturday. " +
		"Jones scored thirty points and grabbed twelve rebounds."
)

func TestOffStory(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		docs []string
		want []Noise // of the last document's sentences
	}{
		{"a block of three glued on", []string{libraryA, libraryB + "\n\n" + sportsBlock},
			[]Noise{Kept, Kept, OffStory, OffStory, OffStory}},
		{"two stray sentences stay", []string{libraryA, libraryB + "\n\n" + sportsPair},
			[]Noise{Kept, Kept, Kept, Kept}},
		{"one version alone has no others to judge by", []string{libraryB + "\n\n" + sportsBlock},
			[]Noise{Kept, Kept, Kept, Kept, Kept}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var docs []Document
			for _, text := range tc.docs {
				docs = append(docs, Document{Name: "v", Text: text})
			}
			r, p, err := s.prepare(context.Background(), docs)
			if err != nil {
				t.Fatal(err)
			}
			last := len(docs) - 1
			var got []Noise
			for i, sent := range r.sents {
				if sent.Doc == last {
					got = append(got, r.noise[i])
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("noise = %q, want %q", got, tc.want)
			}
			for _, c := range p.cands {
				if r.noise[c.sent] != Kept {
					t.Errorf("candidate %q is marked %q", c.text, r.noise[c.sent])
				}
			}
		})
	}
}

// The cosine with the others' centroid, worked by hand: total (1, 2, 2)
// less own (0, 1, 0) leaves (1, 1, 2), of squared norm 6; para (1, 0, 1).
func TestCosineToOthers(t *testing.T) {
	para := rank.Vector{Terms: []int32{0, 2}, Weights: []float64{1, 1}}
	own := rank.Vector{Terms: []int32{1}, Weights: []float64{1}}
	got := cosineToOthers(para, own, []float64{1, 2, 2}, 6)
	want := 3 / math.Sqrt(2*6)
	if diff := got - want; diff > 1e-12 || diff < -1e-12 {
		t.Errorf("cosine = %v, want %v", got, want)
	}
	if got := cosineToOthers(para, own, []float64{1, 2, 2}, 0); got != 0 {
		t.Errorf("cosine with an empty centroid = %v, want 0", got)
	}
}

// Each version of testdata read alone: the stories glued on that NOISE.md
// lists (a basketball report, an ice hockey report, a weather report) are
// found, sentence for sentence, and nothing else is.
func TestGluedOn(t *testing.T) {
	glued := map[string]int{
		"000_f871b99387498f62.txt": 16,
		"01_marlow-courier.txt":    7,
		"03_ashby-observer.txt":    7,
	}
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	seeds, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	versions, _ := filepath.Glob("../testdata/clusters/*/0*.txt")
	if len(seeds)+len(versions) != 20 {
		t.Fatalf("found %d versions, want 20", len(seeds)+len(versions))
	}
	for _, f := range append(seeds, versions...) {
		r, _, err := s.prepare(context.Background(), readDocs(t, f))
		if err != nil {
			t.Fatal(err)
		}
		off := 0
		for _, n := range r.noise {
			if n == OffStory {
				off++
			}
		}
		if want := glued[filepath.Base(f)]; off != want {
			t.Errorf("%s alone: %d sentences off the story, want %d", filepath.Base(f), off, want)
		}
	}
}

// A single version's story is not cut off after a few sentences the
// cleaner kept above it: the part after a gap is glued on only when it is
// at most twice as long as the part before.
func TestGluedOnNotTheStory(t *testing.T) {
	text := "Readers can pick topics in the settings menu. Saved articles stay in a list. Offline reading needs an account.\n\nMORE\n\n" +
		"The city council approved a budget of $3 million for the harbour works on Monday night.\n\n" +
		"The works will rebuild the north pier, which storms damaged in January.\n\n" +
		"Councillors voted nine to two after a debate that lasted four hours.\n\n" +
		"The mayor said the pier would reopen to fishing boats in the spring.\n\n" +
		"Two councillors said the harbour fees would have to rise to pay for the works.\n\n" +
		"The harbour master said the boats had used the south pier since the storms.\n\n" +
		"Work on the north pier is due to start in March and last five months.\n\n" +
		"The council will borrow half of the money from the regional development bank.\n\n" +
		"A public meeting on the works is planned at the harbour office next week.\n"
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	r, _, err := s.prepare(context.Background(), []Document{{Name: "pier.txt", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range r.noise {
		if n == OffStory {
			t.Errorf("%q is off the story", r.sents[i].Text)
		}
	}
}
