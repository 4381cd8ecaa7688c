package summarize

import (
	"reflect"
	"testing"

	"brief/rank"
)

// Two versions of three candidates each, at relative positions 0, 1/3 and
// 2/3. Candidate 4 (second of version 1) states the fact candidate 0
// leads version 0 with, so it reads at (0 + 1/3)/2; candidate 3 leads
// version 1 alone, at 0; candidate 2 comes last in version 0 alone, at 2/3.
func TestReadingOrder(t *testing.T) {
	p := &pool{sameFact: 0.25,
		cands: []candidate{{doc: 0}, {doc: 0}, {doc: 0}, {doc: 1}, {doc: 1}, {doc: 1}},
		vecs:  make([]rank.Vector, 6),
		graph: &rank.Sparse{Adj: [][]rank.Edge{
			{{To: 4, W: 0.5}}, nil, nil, nil, {{To: 0, W: 0.5}}, nil,
		}},
	}
	for _, tc := range []struct {
		chosen, want []int
	}{
		{[]int{4, 2, 3}, []int{3, 4, 2}},
		{[]int{2, 0}, []int{0, 2}},
		{[]int{3, 0}, []int{3, 0}}, // 0 reads at 1/6, for 4 states it too
		{[]int{5, 2}, []int{2, 5}}, // a tie at 2/3 goes to document order
	} {
		if got := readingOrder(p, 2, tc.chosen, nil); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("readingOrder(%v) = %v, want %v", tc.chosen, got, tc.want)
		}
	}
}

// A sentence that leans on the one before it in its source reads right
// behind it, and its own follower behind it in turn.
func TestFollowers(t *testing.T) {
	after := []int{-1, 0, 1, -1, -1, 4}
	for _, tc := range []struct{ order, want []int }{
		{[]int{3, 1, 0}, []int{3, 0, 1}},
		{[]int{2, 4, 1, 0, 5}, []int{4, 5, 0, 1, 2}},
		{[]int{5, 3}, []int{5, 3}}, // 4 not chosen: 5 keeps its place
	} {
		if got := followers(tc.order, after); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("followers(%v) = %v, want %v", tc.order, got, tc.want)
		}
	}
}
