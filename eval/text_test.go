package eval

import (
	"reflect"
	"testing"
)

func TestPerlSplit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"a b", []string{"a", "b"}},
		{"  a\tb  ", []string{"", "a", "b"}}, // leading separator: empty field
		{"   ", nil},
		{"", nil},
		{"a\u00a0b", []string{"a\u00a0b"}}, // NBSP is not \s on bytes
		{"x\r", []string{"x"}},
		{" x", []string{"", "x"}},
		{"\t", nil},
	} {
		if got := perlSplit(c.in); !(len(got) == 0 && len(c.want) == 0) && !reflect.DeepEqual(got, c.want) {
			t.Errorf("perlSplit(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := perlFieldCount(c.in); got != len(c.want) {
			t.Errorf("perlFieldCount(%q) = %d, want %d", c.in, got, len(c.want))
		}
	}
}

func TestTruncate(t *testing.T) {
	lines := []string{"one two three", "four five", "six seven eight nine"}
	for _, c := range []struct {
		name         string
		words, bytes int
		gram, units  []string
	}{
		{"none", 0, 0, lines, lines},
		{"words", 6, 0, []string{"one two three", "four five", "six"}, []string{"one two three", "four five", "six"}},
		// The sentence reaching the limit is cut even when it fits exactly.
		{"words exact", 5, 0, []string{"one two three", "four five"}, []string{"one two three", "four five"}},
		// -b: readText counts kept bytes; readText_LCS never does.
		{"bytes", 0, 16, []string{"one two three", "fou"}, []string{"one two three", "four five", "six seven eight "}},
	} {
		gram, units := truncate(lines, c.words, c.bytes)
		if !reflect.DeepEqual(gram, c.gram) || !reflect.DeepEqual(units, c.units) {
			t.Errorf("%s: truncate = %q, %q; want %q, %q", c.name, gram, units, c.gram, c.units)
		}
	}
}

func TestTokens(t *testing.T) {
	s, err := New(Options{Stopwords: true, Weight: 1.2, Alpha: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	text := s.Prepare([]string{"Café Tokayev’s $1.2bn — e-mail THE Reuters", "", "  "})
	// Bytes outside [A-Za-z0-9] split words; "the", "reuters", "s", "e"
	// are SMART stopwords.
	want := []string{"caf", "tokayev", "1", "2bn", "mail"}
	if !reflect.DeepEqual(text.grams, want) {
		t.Errorf("grams = %q, want %q", text.grams, want)
	}
	if len(text.units) != 2 || !reflect.DeepEqual(text.units[0], want) || len(text.units[1]) != 0 {
		t.Errorf("units = %q", text.units)
	}
}
