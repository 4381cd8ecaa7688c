package summarize

import (
	"reflect"
	"strings"
	"testing"
)

func TestTermsKeepNumbersWhole(t *testing.T) {
	got := newVectorizer().terms("Prices rose 3.1% to $31,000 at 9:30, the 2nd rise in 2024 and nine in all.", lexemes{})
	want := []string{"price", "rose", "3.1", "31,000", "9:30", "2nd", "rise", "2024", "nine"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("terms = %q, want %q", got, want)
	}
}

func TestTerms(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"", nil},
		// Figures are terms too.
		{"The bridges were closed, 14 times!", []string{"bridg", "close", "14", "time"}},
		{"Engineers replaced the cables in 2026.", []string{"engin", "replac", "cabl", "2026"}},
		// Every apostrophe parts a possessive from its name, the modifier
		// letter one (U+02BC) too.
		{"Ruiz's win", []string{"ruiz", "win"}},
		{"Ruiz’s win", []string{"ruiz", "win"}},
		{"Ruizʼs win", []string{"ruiz", "win"}},
		// A time of day is one term however a version writes it.
		{"The ferry left at 6:20 a.m. and docked at 7.05pm.", []string{"ferri", "left", "6:20", "dock", "7:05"}},
		{"The ferry left at 6.20am and docked at 07.05 pm.", []string{"ferri", "left", "6:20", "dock", "7:05"}},
		{"Sales rose 6.20 amid the strike.", []string{"sale", "rose", "6.20", "strike"}},
	} {
		if got := s.Terms(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Terms(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
