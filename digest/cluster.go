package digest

import (
	"cmp"
	"math"
	"slices"

	"brief/rank"
	"brief/summarize"
)

// DefaultThreshold is the average-link similarity at and above which Group
// joins two groups of articles into one story. It is the mean TF-IDF cosine
// between the articles of one group and those of the other. See
// TestThresholdSeparatesPile for the values it separates on the test pile
// (the seed story and three short ones): versions of one story score 0.29
// to 0.71 with each other, articles of different stories at most 0.09.
const DefaultThreshold = 0.15

// Group sorts a pile of articles by name and groups them into stories:
// average-link agglomerative clustering over the cosine of the articles'
// TF-IDF vectors (terms gives an article's terms, such as
// (*summarize.Summarizer).Terms), merging the most similar pair of groups
// while it reaches threshold. The pair is found in a fixed order, so ties
// go to the groups whose first articles come first by name, and the result
// is the same for the same pile. A story's versions are in name order, its
// ID is its first version's name, and its Title is left empty. Stories come
// in the order of their first versions.
func Group(pile []Version, terms func(string) []string, threshold float64) []Story {
	pile = slices.Clone(pile)
	slices.SortStableFunc(pile, func(a, b Version) int { return cmp.Compare(a.Name, b.Name) })
	lists := make([][]string, len(pile))
	for i, v := range pile {
		lists[i] = terms(v.Text)
	}
	groups := averageLink(similarities(summarize.TFIDF(lists)), threshold)
	stories := make([]Story, len(groups))
	for i, g := range groups {
		s := Story{ID: pile[g[0]].Name, Grouped: true}
		for _, k := range g {
			s.Versions = append(s.Versions, pile[k])
		}
		stories[i] = s
	}
	return stories
}

// similarities returns the cosine of each pair of unit vectors.
func similarities(vecs []rank.Vector) [][]float64 {
	sim := make([][]float64, len(vecs))
	for i := range sim {
		sim[i] = make([]float64, len(vecs))
	}
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			s := rank.Cosine(vecs[i], vecs[j])
			sim[i][j], sim[j][i] = s, s
		}
	}
	return sim
}

// averageLink clusters items 0..n-1 given their pairwise similarities
// (sim is overwritten). It repeatedly merges the two groups with the
// highest mean pairwise similarity, the first such pair in (i, j) order,
// while that mean is at least threshold. Groups come back in order of their
// first item, each sorted.
func averageLink(sim [][]float64, threshold float64) [][]int {
	n := len(sim)
	members := make([][]int, n)
	for i := range members {
		members[i] = []int{i}
	}
	for {
		bi, bj, best := -1, -1, math.Inf(-1)
		for i := range n {
			if members[i] == nil {
				continue
			}
			for j := i + 1; j < n; j++ {
				if members[j] != nil && sim[i][j] > best {
					bi, bj, best = i, j, sim[i][j]
				}
			}
		}
		if bi < 0 || best < threshold {
			break
		}
		// Lance–Williams update: the mean similarity to the merged group.
		ni, nj := float64(len(members[bi])), float64(len(members[bj]))
		for k := range n {
			if members[k] == nil || k == bi || k == bj {
				continue
			}
			s := (ni*sim[bi][k] + nj*sim[bj][k]) / (ni + nj)
			sim[bi][k], sim[k][bi] = s, s
		}
		members[bi] = append(members[bi], members[bj]...)
		members[bj] = nil
	}
	var groups [][]int
	for _, m := range members {
		if m != nil {
			slices.Sort(m)
			groups = append(groups, m)
		}
	}
	return groups
}
