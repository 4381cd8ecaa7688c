package eval

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

// rouge-porter-stems.tsv holds the stem ROUGE-1.5.5's own stemmer gives each
// of the 23,531 words of Martin Porter's test vocabulary (see
// ../testdata/rouge/data/NOTICE.md).
func TestPorterStemVocabulary(t *testing.T) {
	f, err := os.Open("../testdata/rouge/data/rouge-porter-stems.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, bad := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		word, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("line %d: no tab", n+1)
		}
		n++
		if got := porterStem(word); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("porterStem(%q) = %q, want %q", word, got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 23531 {
		t.Errorf("read %d words, want 23531", n)
	}
	if bad > 0 {
		t.Errorf("%d of %d stems differ", bad, n)
	}
}

func TestPorterStemROUGEVariant(t *testing.T) {
	// Words where ROUGE's step 4 differs from Porter's reference output
	// (from the same TSV), and initial-y handling.
	for word, want := range map[string]string{
		"agreement":    "agreem",
		"argument":     "argum",
		"accidental":   "accid",
		"affectionate": "affect",
		"yielding":     "yield",
		"youth":        "youth",
		"running":      "run",
		"ponies":       "poni",
	} {
		if got := porterStem(word); got != want {
			t.Errorf("porterStem(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestMorphStemUsesExceptionsFirst(t *testing.T) {
	s, err := New(Options{Stem: true, Weight: 1.2, Alpha: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	text := s.Prepare([]string{"The children went, data better ran agreement"})
	// "the", "ran" have 3 letters: never stemmed.
	want := []string{"the", "child", "go", "datum", "well", "ran", "agreem"}
	if strings.Join(text.grams, " ") != strings.Join(want, " ") {
		t.Errorf("tokens = %q, want %q", text.grams, want)
	}
}

// The Perl stemmer's patterns, verbatim, as the oracle for the
// backtracking-free predicates.
const (
	perlC = `[^aeiou][^aeiouy]*`
	perlV = `[aeiouy][aeiou]*`
)

var (
	perlMgr0 = regexp.MustCompile(`^(` + perlC + `)?` + perlV + perlC)
	perlMeq1 = regexp.MustCompile(`^(` + perlC + `)?` + perlV + perlC + `(` + perlV + `)?$`)
	perlMgr1 = regexp.MustCompile(`^(` + perlC + `)?` + perlV + perlC + perlV + perlC)
	perlV_   = regexp.MustCompile(`^(` + perlC + `)?[aeiouy]`)
	perlCVC  = regexp.MustCompile(`^` + perlC + `[aeiouy][^aeiouwxy]$`)
)

func TestMeasureMatchesPerlPatterns(t *testing.T) {
	// Every string up to length 6 over an alphabet with each class: plain
	// vowels, y, an upper-case initial Y, and w/x (special in CVC).
	const alphabet = "aeybtwxY"
	var words []string
	var gen func(prefix string)
	gen = func(prefix string) {
		words = append(words, prefix)
		if len(prefix) == 6 {
			return
		}
		for i := 0; i < len(alphabet); i++ {
			gen(prefix + alphabet[i:i+1])
		}
	}
	gen("")
	for _, w := range words {
		for _, c := range []struct {
			name string
			got  bool
			re   *regexp.Regexp
		}{
			{"mgr0", measureAtLeast(w, 1), perlMgr0},
			{"mgr1", measureAtLeast(w, 2), perlMgr1},
			{"meq1", measureIsOne(w), perlMeq1},
			{"_v", hasVowel(w), perlV_},
			{"cvc", endsCVC(w), perlCVC},
		} {
			if want := c.re.MatchString(w); c.got != want {
				t.Errorf("%s(%q) = %v, want %v", c.name, w, c.got, want)
			}
		}
	}
}
