package digest

import (
	"brief/rank"
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

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
			stories, err := Group(context.Background(), p, s.Terms, GroupOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			for _, st := range stories {
				var names []string
				for _, v := range st.Versions {
					names = append(names, v.Name)
					if from[v.Name] != from[st.Versions[0].Name] {
						t.Errorf("%s grouped with %s", v.Name, st.Versions[0].Name)
					}
				}
				if st.ID != names[0] || st.Title != "" || !st.Grouped {
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
			var edges []edge
			for i := range tc.sim {
				for j := i + 1; j < len(tc.sim); j++ {
					if tc.sim[i][j] > 0 {
						edges = append(edges, edge{int32(i), int32(j), tc.sim[i][j]})
					}
				}
			}
			got, err := averageLink(context.Background(), len(tc.sim), edges, tc.threshold, nil)
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// On the labelled pile the candidate pairs lose nothing: every pair of
// articles whose cosine reaches DefaultThreshold is proposed, and
// joining over the candidates gives the groups that joining over every
// pair gives.
func TestCandidatesLoseNothing(t *testing.T) {
	pile, _ := labelledPile(t)
	slices.SortStableFunc(pile, func(a, b Version) int { return strings.Compare(a.Name, b.Name) })
	ctx := context.Background()
	vecs, _, voc, err := articleVectors(ctx, pile, newSummarizer(t).Terms, nil)
	if err != nil {
		t.Fatal(err)
	}
	cands, err := candidateEdges(ctx, vecs, voc, nil)
	if err != nil {
		t.Fatal(err)
	}
	proposed := map[[2]int32]bool{}
	for _, e := range cands {
		proposed[[2]int32{e.From, e.To}] = true
	}
	var all []edge
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			s := rank.Dot(vecs[i], vecs[j])
			if s >= minEdge {
				all = append(all, edge{int32(i), int32(j), s})
			}
			if s >= DefaultThreshold && !proposed[[2]int32{int32(i), int32(j)}] {
				t.Errorf("%s and %s (cosine %.3f) not proposed", pile[i].Name, pile[j].Name, s)
			}
		}
	}
	sparse, _ := averageLink(ctx, len(vecs), cands, DefaultThreshold, nil)
	dense, _ := averageLink(ctx, len(vecs), all, DefaultThreshold, nil)
	if !reflect.DeepEqual(sparse, dense) {
		t.Errorf("groups over the candidates differ from those over every pair:\n%v\n%v", sparse, dense)
	}
	t.Logf("%d of %d pairs proposed with a cosine of minEdge or more", len(cands), len(vecs)*(len(vecs)-1)/2)
}

// naiveAverageLink is averageLink done the plain way, for checking it:
// every pair of groups rescored on every join.
func naiveAverageLink(n int, edges []edge, threshold float64) [][]int {
	w := map[[2]int]float64{}
	for _, e := range edges {
		w[[2]int{int(e.From), int(e.To)}] = e.W
	}
	var groups [][]int
	for i := range n {
		groups = append(groups, []int{i})
	}
	for {
		bi, bj, best := -1, -1, 0.0
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				var sum float64
				for _, a := range groups[i] {
					for _, b := range groups[j] {
						sum += w[[2]int{min(a, b), max(a, b)}]
					}
				}
				if s := sum / (float64(len(groups[i])) * float64(len(groups[j]))); bi < 0 || s > best {
					bi, bj, best = i, j, s
				}
			}
		}
		if bi < 0 || best < threshold {
			break
		}
		groups[bi] = append(groups[bi], groups[bj]...) // groups stay in order of their first item
		groups = slices.Delete(groups, bj, bj+1)
	}
	for _, g := range groups {
		slices.Sort(g)
	}
	return groups
}

// On random sparse graphs with many ties (weights in eighths, so that
// sums are exact), averageLink joins as the plain algorithm does.
func TestAverageLinkMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n := 2 + rng.IntN(25)
		var edges []edge
		for i := range n {
			for j := i + 1; j < n; j++ {
				if rng.IntN(4) == 0 {
					edges = append(edges, edge{int32(i), int32(j), float64(1+rng.IntN(8)) / 8})
				}
			}
		}
		threshold := float64(1+rng.IntN(4)) / 8
		got, err := averageLink(context.Background(), n, edges, threshold, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := naiveAverageLink(n, edges, threshold); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d (%d items, %d edges, threshold %g):\n got %v\nwant %v", trial, n, len(edges), threshold, got, want)
		}
	}
}

// Piles too small or too empty to compare: each article its own story.
func TestGroupSmall(t *testing.T) {
	terms := newSummarizer(t).Terms
	for _, tc := range []struct {
		name string
		pile []Version
		want int
	}{
		{"none", nil, 0},
		{"one", []Version{version("a.txt", "The harbour closed on Monday.")}, 1},
		{"no words", []Version{version("a.txt", ""), version("b.txt", "!!!")}, 2},
		{"the same text twice", []Version{version("a.txt", "The harbour closed on Monday."), version("b.txt", "The harbour closed on Monday.")}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stories, err := Group(context.Background(), tc.pile, terms, GroupOptions{})
			if err != nil || len(stories) != tc.want {
				t.Errorf("%d stories (%v), want %d", len(stories), err, tc.want)
			}
		})
	}
}
