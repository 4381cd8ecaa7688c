package digest

import (
	"reflect"
	"slices"
	"testing"

	"brief/summarize"
)

// Measured on the test pile (document TF-IDF over the 14 articles): the
// lowest cosine of two versions of one story is 0.29 (seed 000, whose page
// carries an unrelated basketball report, and 004), the highest of two
// articles of different stories 0.09 (library-2 and frost-1).
// DefaultThreshold sits between them.
func TestThresholdSeparatesPile(t *testing.T) {
	pile, from := testPile(t)
	s := newSummarizer(t)
	lists := make([][]string, len(pile))
	for i, v := range pile {
		lists[i] = s.Terms(v.Text)
	}
	sim := similarities(summarize.TFIDF(lists))
	within, across := 1.0, 0.0
	for i := range pile {
		for j := i + 1; j < len(pile); j++ {
			if from[pile[i].Name] == from[pile[j].Name] {
				within = min(within, sim[i][j])
			} else {
				across = max(across, sim[i][j])
			}
		}
	}
	const tol = 0.005
	if !(within > 0.29-tol && within < 0.29+tol && across > 0.085-tol && across < 0.085+tol) {
		t.Errorf("lowest within a story %.3f (recorded 0.29), highest across %.3f (recorded 0.085)", within, across)
	}
	if !(across < DefaultThreshold && DefaultThreshold < within) {
		t.Errorf("DefaultThreshold %g does not separate %.3f from %.3f", DefaultThreshold, across, within)
	}
}

// The pile falls back into its four stories, whatever order it comes in.
func TestGroupPile(t *testing.T) {
	pile, from := testPile(t)
	s := newSummarizer(t)
	want := [][]string{
		{"000_f871b99387498f62.txt", "001_f70be54978b08d85.txt", "002_9458b13f05257ebf.txt", "003_96669b831fca546a.txt", "004_8acfee4f3233950a.txt"},
		{"bridge-1.txt", "bridge-2.txt", "bridge-3.txt"},
		{"frost-1.txt", "frost-2.txt", "frost-3.txt"},
		{"library-1.txt", "library-2.txt", "library-3.txt"},
	}
	reversed := slices.Clone(pile)
	slices.Reverse(reversed)
	rotated := append(slices.Clone(pile[7:]), pile[:7]...)
	for name, p := range map[string][]Version{"name order": pile, "reversed": reversed, "rotated": rotated} {
		t.Run(name, func(t *testing.T) {
			stories := Group(p, s.Terms, DefaultThreshold)
			var got [][]string
			for _, st := range stories {
				var names []string
				for _, v := range st.Versions {
					names = append(names, v.Name)
					if from[v.Name] != from[st.Versions[0].Name] {
						t.Errorf("%s grouped with %s", v.Name, st.Versions[0].Name)
					}
				}
				if st.ID != names[0] || st.Title != "" {
					t.Errorf("story ID %q title %q, want ID %q and no title", st.ID, st.Title, names[0])
				}
				got = append(got, names)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("groups %q\nwant %q", got, want)
			}
		})
	}
}

func TestAverageLink(t *testing.T) {
	for _, tc := range []struct {
		name      string
		sim       [][]float64
		threshold float64
		want      [][]int
	}{
		{"empty", nil, 0.5, nil},
		{"one", [][]float64{{0}}, 0.5, [][]int{{0}}},
		{"below threshold", [][]float64{{0, 0.4}, {0.4, 0}}, 0.5, [][]int{{0}, {1}}},
		{"at threshold", [][]float64{{0, 0.5}, {0.5, 0}}, 0.5, [][]int{{0, 1}}},
		// 0-1 merge first (0.9); then 2 is 0.6 from 0 and 0.2 from 1, a
		// mean of 0.4: average link keeps it out where single link would not.
		{"average not single", [][]float64{{0, 0.9, 0.6}, {0.9, 0, 0.2}, {0.6, 0.2, 0}}, 0.5, [][]int{{0, 1}, {2}}},
		// A tie: 0-1 and 2-3 both 0.8; 0-1 merges first, then 2-3; then the
		// groups' mean, 0.55, joins them.
		{"tie in index order", [][]float64{
			{0, 0.8, 0.6, 0.5},
			{0.8, 0, 0.5, 0.6},
			{0.6, 0.5, 0, 0.8},
			{0.5, 0.6, 0.8, 0},
		}, 0.55, [][]int{{0, 1, 2, 3}}},
		{"groups by first item", [][]float64{{0, 0, 0.7}, {0, 0, 0}, {0.7, 0, 0}}, 0.5, [][]int{{0, 2}, {1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := averageLink(tc.sim, tc.threshold); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
