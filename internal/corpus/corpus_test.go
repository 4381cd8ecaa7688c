package corpus

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestGenerate(t *testing.T) {
	src, err := Load("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(src.News) != 5 || len(src.Reviews) != 51 {
		t.Fatalf("%d news versions, %d review topics; want 5 and 51", len(src.News), len(src.Reviews))
	}
	for _, size := range []int{100, 2000} {
		docs := Generate(src, size)
		if again := Generate(src, size); !reflect.DeepEqual(docs, again) {
			t.Fatalf("%d: two runs differ", size)
		}
		total := 0
		names := make([]string, len(docs))
		for i, d := range docs {
			total += Count(d.Text)
			names[i] = d.Name
			if !utf8.ValidString(d.Text) || strings.Contains(d.Text, "\r") {
				t.Errorf("%s: not clean UTF-8 text", d.Name)
			}
		}
		if total < size || total > size+600 {
			t.Errorf("%d: %d sentences", size, total)
		}
		if !sort.StringsAreSorted(names) {
			t.Errorf("%d: names out of order: %v", size, names)
		}
	}
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"One. Two! Three?\n\nFour", 4},
		{"Heading\n\nA sentence. Another one.\n", 3},
		{"Version 2.0 is out.", 1},
		{"Three U.S. officials said so on Nov. 6. Mr. Doe agreed.", 2},
		{"A caption, 2025. (Jane Doe/AP)", 2},
	} {
		if got := Count(tc.text); got != tc.want {
			t.Errorf("Count(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
