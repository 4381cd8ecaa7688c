package eval_test

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"brief/eval"
)

// bootstrap-expected-*.txt were printed by ../testdata/rouge/bootstrap-check.pl
// (perl 5.36), resampling the official per-case scores of expected.jsonl as
// 80 evaluations of one system.
func TestBootstrapMatchesPerl(t *testing.T) {
	cases := loadCases(t)
	sort.Slice(cases, func(i, j int) bool { return cases[i].ID < cases[j].ID })
	names := []string{"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU4", "ROUGE-W-1.2"}
	per := make([]eval.Scores, len(cases))
	for i, c := range cases {
		for _, n := range names {
			s := c.Scores[n]
			per[i] = append(per[i], eval.Score{Name: n, R: s["R"], P: s["P"], F: s["F"]})
		}
	}
	for _, c := range []struct {
		conf      float64
		resamples int
	}{{95, 1000}, {90, 333}} {
		file := fmt.Sprintf("../testdata/rouge/bootstrap-expected-%v-%d.txt", c.conf, c.resamples)
		t.Run(file, func(t *testing.T) {
			got, err := eval.Bootstrap(per, c.conf, c.resamples)
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, s := range got {
				for _, e := range []struct {
					k string
					v eval.Estimate
				}{{"R", s.R}, {"P", s.P}, {"F", s.F}} {
					lines = append(lines, fmt.Sprintf("%s %s %7.5f %7.5f %7.5f", s.Name, e.k, e.v.Mean, e.v.Low, e.v.High))
				}
			}
			want := readGolden(t, file)
			sort.Strings(lines) // the Perl prints metrics in sorted order
			sort.Strings(want)
			if strings.Join(lines, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func readGolden(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

func TestBootstrapSingleEvaluation(t *testing.T) {
	// With one evaluation every resample is that evaluation: ROUGE prints
	// the score itself as average and both bounds.
	per := []eval.Scores{{{Name: "ROUGE-1", R: 0.36364, P: 0.5, F: 0.42105}}}
	got, err := eval.Bootstrap(per, 95, 1000)
	if err != nil {
		t.Fatal(err)
	}
	want := eval.Summary{Name: "ROUGE-1",
		R: eval.Estimate{0.36364, 0.36364, 0.36364},
		P: eval.Estimate{0.5, 0.5, 0.5},
		F: eval.Estimate{0.42105, 0.42105, 0.42105}}
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestBootstrapErrors(t *testing.T) {
	one := []eval.Scores{{{Name: "ROUGE-1"}}}
	for _, c := range []struct {
		name      string
		per       []eval.Scores
		conf      float64
		resamples int
		want      error
	}{
		{"none", nil, 95, 1000, eval.ErrNoEvaluations},
		{"confidence", one, 101, 1000, eval.ErrOptions},
		{"resamples", one, 95, 0, eval.ErrOptions},
		{"mismatch", append(one, eval.Scores{{Name: "ROUGE-2"}}), 95, 10, eval.ErrOptions},
	} {
		if _, err := eval.Bootstrap(c.per, c.conf, c.resamples); !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}
