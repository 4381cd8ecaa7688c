package summarize

import (
	"reflect"
	"strings"
	"testing"

	"brief/rank"
)

// newBrief takes each chosen candidate's folded text, its offset in its
// source, its score rounded to six places and the names of the versions
// that support it, in input order; stats counts what the cleaner did.
func TestNewBrief(t *testing.T) {
	r := &reading{
		docs: []Document{{Name: "a.txt"}, {Name: "b|c.txt"}},
		sents: []Sentence{
			{Doc: 0, Start: 0}, {Doc: 0, Start: 40}, {Doc: 1, Start: 0}, {Doc: 1, Start: 12},
		},
		noise: []Noise{Kept, NotProse, Byline, Kept},
	}
	p := &pool{sameFact: 0.25,
		cands: []candidate{
			{sent: 0, doc: 0, text: "The council met."},
			{sent: 3, doc: 1, text: "The council met on Monday."},
		},
		vecs:  make([]rank.Vector, 2),
		graph: &rank.Sparse{Adj: [][]rank.Edge{{{To: 1, W: 0.6}}, {{To: 0, W: 0.6}}}},
	}
	b := newBrief(r, p, []float64{0.123456789, 0.876543211}, []int{1, 0})
	want := []Selected{
		{Text: "The council met on Monday.", Source: "b|c.txt", Offset: 12, Score: 0.876543, Support: []string{"a.txt", "b|c.txt"}},
		{Text: "The council met.", Source: "a.txt", Offset: 0, Score: 0.123457, Support: []string{"a.txt", "b|c.txt"}},
	}
	if !reflect.DeepEqual(b.Sentences, want) {
		t.Errorf("sentences = %+v\nwant %+v", b.Sentences, want)
	}
	wantStats := []DocumentStats{
		{Name: "a.txt", Sentences: 2, Dropped: 1, Kept: 1, DroppedBy: map[Noise]int{NotProse: 1}},
		{Name: "b|c.txt", Sentences: 2, Dropped: 1, Kept: 1, DroppedBy: map[Noise]int{Byline: 1}},
	}
	if !reflect.DeepEqual(b.Documents, wantStats) {
		t.Errorf("documents = %+v\nwant %+v", b.Documents, wantStats)
	}

	var text, ann, md strings.Builder
	if err := b.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := b.WriteAnnotated(&ann); err != nil {
		t.Fatal(err)
	}
	if err := b.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if got, want := text.String(), "The council met on Monday. The council met.\n"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if got, want := ann.String(), "The council met on Monday. [2/2] The council met. [2/2]\n"; got != want {
		t.Errorf("annotated = %q, want %q", got, want)
	}
	wantMD := "The council met on Monday. The council met.\n\n" +
		"| # | source | support |\n|---|---|---|\n" +
		"| 1 | b\\|c.txt | 2: a.txt, b\\|c.txt |\n" +
		"| 2 | a.txt | 2: a.txt, b\\|c.txt |\n"
	if got := md.String(); got != wantMD {
		t.Errorf("markdown = %q, want %q", got, wantMD)
	}
	if b.Words() != 8 {
		t.Errorf("words = %d, want 8", b.Words())
	}
}

func TestCloseUp(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The mayor was found unresponsive .", "The mayor was found unresponsive."},
		{"The ferry , which sank , was old .", "The ferry, which sank, was old."},
		{"Why did it sink ?", "Why did it sink?"},
		{"The mayor said ... nothing more.", "The mayor said ... nothing more."},
		{"Shares rose .5 percent.", "Shares rose .5 percent."},
		{"The ferry sank.", "The ferry sank."},
		{"", ""},
		{" .", " ."},
	} {
		if got := closeUp(tc.in); got != tc.want {
			t.Errorf("closeUp(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
