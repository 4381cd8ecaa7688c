package summarize

import (
	"math/rand/v2"
	"slices"
	"testing"

	"brief/rank"
)

func TestStandsAlone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The council approved the budget on Monday.", true},
		{"However, the mayor said more cuts were needed.", false},
		{"He said the vote was close.", false},
		{"That official said talks would resume.", false},
		{"Those countries agreed to the terms.", false},
		{"Despite their long ties, the two sides disagreed.", false},
		{"Despite the rain, the parade went ahead.", true},
		{"Hours later, the mayor resigned.", false},
		{"Later on Thursday, the mayor resigned.", true},
		{"“So much more to come,” the mayor wrote.", true},
		{"“The first of two statements.", false},
		{"The second half of the quote,” she said.", false},
		{`"A straight-quoted remark," the mayor said.`, true},
		{`"An unclosed straight quote, he said.`, false},
		{"Earlier, the mayor had resigned.", false},
		{"Earlier this year the mayor resigned.", true},
		{`The mayor said "no comment" twice.`, true},
		{"It was the first vote since 2019.", false},
		{", and is very, very accurate .", false},
		{"So far, the battery has lasted a week.", true},
		{"So the council voted again.", false},
		{"Plus the battery lasts a week.", false},
		{"Fourth, your battery icon stinks .", false},
		{"Finally, the council voted.", false},
		{"Second-quarter sales rose.", true},
		{"Finally the bridge reopened on Monday.", true},
		{"Why are they striking?", false},
		{"The other two were treated for smoke inhalation.", false},
		{"The latter was closed in 2019.", false},
		{"“We will rebuild the bridge.”", false},
		{`"We will rebuild," the mayor said.`, true},
		{"“We will rebuild,” the mayor said, “and soon.”", true},
		{"“Surveys miss more than people think,” he said.", false},
		{`"Surveys miss a lot," she added.`, false},
		{"and then it rained all day.", false},
		{"2019 was a record year for the port.", true},
		{"(Officials declined to comment.)", true},
		{"- a dash opens this line.", false},
	} {
		if got := standsAlone(tc.text); got != tc.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestCost(t *testing.T) {
	text := "Four  words\tin here."
	for _, tc := range []struct {
		unit Unit
		want int
	}{{Words, 4}, {Sentences, 1}, {Bytes, len(text) + 1}} {
		if got := cost(Budget{tc.unit, 10}, text, countWords(text)); got != tc.want {
			t.Errorf("cost(%v) = %d, want %d", tc.unit, got, tc.want)
		}
	}
}

// scanMMR is selectMMR as a scan of every candidate at every pick: the
// reference the heap must agree with.
func scanMMR(n int, neighbours func(a int) []rank.Edge, sim func(a, b int) float64,
	same func(a, b int, sim float64) bool, rel []float64, costs []int, ok []bool, b Budget, lambda float64) []int {
	var chosen []int
	left := b.N
	blocked := make([]bool, n)
	maxSim := make([]float64, n)
	for {
		best, bestScore := -1, 0.0
		for i := 0; i < n; i++ {
			if blocked[i] || !ok[i] || costs[i] > left {
				continue
			}
			if s := lambda*rel[i] - (1-lambda)*maxSim[i]; best < 0 || s > bestScore {
				best, bestScore = i, s
			}
		}
		if best < 0 {
			return chosen
		}
		blocked[best] = true
		if slices.ContainsFunc(chosen, func(c int) bool { return same(best, c, sim(best, c)) }) {
			continue
		}
		chosen = append(chosen, best)
		left -= costs[best]
		for _, e := range neighbours(best) {
			if i := int(e.To); !blocked[i] {
				if same(i, best, e.W) {
					blocked[i] = true
				} else {
					maxSim[i] = max(maxSim[i], e.W)
				}
			}
		}
	}
}

func TestSelectMMRMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(60)
		w := make([][]float64, n)
		for i := range w {
			w[i] = make([]float64, n)
		}
		adj := make([][]rank.Edge, n)
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if rng.IntN(3) == 0 {
					s := float64(rng.IntN(10)) / 10 // coarse: ties happen
					w[i][j], w[j][i] = s, s
					adj[i] = append(adj[i], rank.Edge{To: int32(j), W: s})
					adj[j] = append(adj[j], rank.Edge{To: int32(i), W: s})
				}
			}
		}
		rel, costs, ok := make([]float64, n), make([]int, n), make([]bool, n)
		for i := range rel {
			rel[i] = float64(rng.IntN(5)) / 4
			costs[i] = 1 + rng.IntN(20)
			ok[i] = rng.IntN(5) > 0
		}
		nb := func(a int) []rank.Edge { return adj[a] }
		sim := func(a, b int) float64 { return w[a][b] }
		same := func(a, b int, s float64) bool { return s >= 0.6 }
		budget := Budget{Words, 10 + rng.IntN(80)}
		lambda := float64(rng.IntN(11)) / 10
		got := selectMMR(n, nb, sim, same, rel, costs, ok, budget, lambda)
		want := scanMMR(n, nb, sim, same, rel, costs, ok, budget, lambda)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: heap chose %v, scan %v", trial, got, want)
		}
	}
}
