package summarize

import (
	"reflect"
	"testing"
)

var figureCases = []string{
	"", "5", "5 people", "5people", "x5 people", "_5 people", "241 people and more than 260 people",
	"leſſ than €5 people", "LESS THAN £5,000.50 Dollars", "about 45% of it, 7 percent more.", "7 PERCENT more",
	"5 % people", "5 percent.", "3.1 million", "9:30 a.m.", "2019 storms", "from 5 to 10 people, 3,",
	"at least 12 ſmall boats", "up to 3 4 5 6 people", "$3,100,000 dollars", "€ 5 x", "Ž5 ljudi", "日本5人",
	"\xff5 \xffpeople", "xxmore than 5 people", "émore than 5 people", "a.more than 5 people", "some 5 % percent people", "almost\u00a05 people", "nearly 5\u00a0people", "1,2,3,4,5,6,7,8,9,10 people",
}

// figuresIn finds what figureRE finds in the whole text: in the cases
// above and in every line of the test stories, whole and in pieces.
func TestFiguresIn(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := figuresIn(s), figureRE.FindAllStringSubmatch(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("figuresIn(%q) = %q, figureRE finds %q", s, got, want)
		}
	}
	for _, s := range figureCases {
		check(s)
	}
	forStoryPieces(t, 7, 31, check, "../testdata/trust/*/0*.txt")
}

func FuzzFiguresIn(f *testing.F) {
	for _, s := range figureCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := figuresIn(s), figureRE.FindAllStringSubmatch(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("figuresIn(%q) = %q, figureRE finds %q", s, got, want)
		}
	})
}
