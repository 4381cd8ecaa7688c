package summarize

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"brief/rank"
)

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
func scanMMR(c choice, b Budget, lambda float64) []int {
	n, rel, costs, ok := len(c.rel), c.rel, c.costs, c.ok
	neighbours, sim, same := c.neighbours, c.sim, c.same
	var chosen []int
	left := b.N
	blocked := make([]bool, n)
	maxSim := make([]float64, n)
	for {
		best, bestScore := -1, 0.0
		for i := 0; i < n; i++ {
			free := ok[i] || c.after != nil && c.after[i] >= 0 && slices.Contains(chosen, c.after[i])
			if blocked[i] || !free || costs[i] > left {
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
		rel, costs, ok, after := make([]float64, n), make([]int, n), make([]bool, n), make([]int, n)
		for i := range rel {
			rel[i] = float64(rng.IntN(5)) / 4
			costs[i] = 1 + rng.IntN(20)
			ok[i] = rng.IntN(5) > 0
			after[i] = -1
			if !ok[i] && i > 0 && rng.IntN(2) == 0 {
				after[i] = i - 1 // it may follow the one before
			}
		}
		nb := func(a int) []rank.Edge { return adj[a] }
		sim := func(a, b int) float64 { return w[a][b] }
		same := func(a, b int, s float64) bool { return s >= 0.6 }
		budget := Budget{Words, 10 + rng.IntN(80)}
		lambda := float64(rng.IntN(11)) / 10
		c := choice{rel: rel, costs: costs, ok: ok, after: after, neighbours: nb, sim: sim, same: same}
		got := selectMMR(c, budget, lambda)
		want := scanMMR(c, budget, lambda)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: heap chose %v, scan %v", trial, got, want)
		}
	}
}

// A candidate is eligible when it stands alone and, with a minimum
// support above 1, enough versions state its fact (supportPool: 0 and 2
// are supported by two documents, 1 and 3 by one); in a story of three
// versions or more, one that a version alone states needs a relevance of
// focusMinRel.
func TestEligible(t *testing.T) {
	high, low := []float64{1, 1, 1, 1}, []float64{1, 0.4, 0.2, 0.6}
	for _, tc := range []struct {
		min, ndocs int
		rel        []float64
		want       []bool
		err        error
	}{
		{0, 3, high, []bool{true, true, false, true}, nil},
		{1, 3, high, []bool{true, true, false, true}, nil},
		{2, 3, high, []bool{true, false, false, false}, nil},
		{3, 3, high, nil, ErrNoSupport},
		{0, 3, low, []bool{true, false, false, true}, nil}, // 1 is unsupported and below focusMinRel
		{0, 2, low, []bool{true, true, false, true}, nil},  // two versions: no focus
	} {
		p := supportPool()
		for k := range p.cands {
			p.cands[k].whole = k != 2
		}
		got, _, err := eligible(p, tc.rel, tc.min, tc.ndocs, false)
		if !errors.Is(err, tc.err) || !slices.Equal(got, tc.want) {
			t.Errorf("eligible(min %d, %d versions, rel %v) = %v, %v; want %v, %v", tc.min, tc.ndocs, tc.rel, got, err, tc.want, tc.err)
		}
	}
}

// When a higher toll took the news's place, it reads first if it names
// someone or somewhere, else the brief's order decides.
func TestNewsAfterTolls(t *testing.T) {
	c := choice{news: 0, tolls: []float64{2100, 2122, 0, 2122}, texts: []string{
		"Survivors struggled to find food on Sunday after the quake killed more than 2,100 people.",
		"The death toll climbed to 2,122 with 2,421 people injured.",
		"The royal palace declared three days of mourning.",
		"The death toll in Morocco climbed to 2,122, the Interior Ministry said.",
	}}
	for _, tc := range []struct {
		chosen []int
		want   int
	}{
		{[]int{0, 2}, 0},
		{[]int{1, 2}, -1},
		{[]int{2, 3}, 3},
	} {
		if got := newsAfterTolls(c, tc.chosen); got != tc.want {
			t.Errorf("newsAfterTolls(%v) = %d, want %d", tc.chosen, got, tc.want)
		}
	}
}

// A higher toll that names no place does not take the news's place: the
// brief opens with the news, which says where.
func TestNewsKeepsItsPlace(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Date: mustDate(t, "2023-09-10T10:00:00Z"), Text: "Survivors of Varnia's deadliest earthquake in decades struggled to find food and shelter on Sunday as the death toll of more than 2,100 seemed likely to rise.\n\nThe death toll climbed to 2,122 with 2,421 people injured.\n\nThe king declared three days of national mourning."},
		{Name: "b.txt", Date: mustDate(t, "2023-09-10T12:00:00Z"), Text: "The earthquake that struck Varnia's high mountains on Friday night killed at least 2,012 people, the interior ministry said on Sunday.\n\nMost of the dead were in remote mountain villages.\n\nThe king declared three days of national mourning."},
		{Name: "c.txt", Date: mustDate(t, "2023-09-09T10:00:00Z"), Text: "A powerful earthquake struck Varnia on Friday night, killing more than 1,000 people.\n\nMost of the dead were in remote mountain villages south of the old city.\n\nRescuers struggled to reach the worst-hit areas."},
	}
	s, _ := New(DefaultOptions())
	for _, docs := range [][]Document{docs, {docs[1], {Name: "d.txt", Date: mustDate(t, "2023-09-08T10:00:00Z"), Text: docs[0].Text}, docs[2]}} {
		b, err := s.Summarize(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if first := b.Sentences[0].Text; !strings.Contains(first, "Varnia") {
			t.Errorf("the brief opens with %q, which names no place", first)
		}
	}
}

// latestToll keeps the news in its place when the higher toll that
// would take it names no place.
func TestLatestTollKeepsTheNews(t *testing.T) {
	texts := []string{
		"Survivors of Varnia's deadliest earthquake struggled on Sunday as the toll of more than 2,100 seemed likely to rise.",
		"The death toll climbed to 2,122 with 2,421 people injured.",
		"The death toll in Varnia climbed to 2,122, the interior ministry said.",
		"At last count on Monday, the quake had claimed the lives of 2,122 people.",
	}
	edges := [][]rank.Edge{{{To: 1, W: 0.3}, {To: 3, W: 0.3}, {To: 2, W: 0.3}}, {{To: 0, W: 0.3}}, {{To: 0, W: 0.3}}, {{To: 0, W: 0.3}}}
	for _, tc := range []struct {
		ok   []bool
		want []int
	}{
		{[]bool{true, true, false, true}, []int{0}}, // only those that name no place, "Monday" none
		{[]bool{true, true, true, true}, []int{2}},  // the one that names Varnia
	} {
		c := choice{news: 0, tolls: []float64{2100, 2122, 2122, 2122}, texts: texts, ok: tc.ok, costs: []int{20, 10, 11, 13},
			neighbours: func(a int) []rank.Edge { return edges[a] },
			sim:        func(a, b int) float64 { return 0.3 },
			same:       func(a, b int, sim float64) bool { return false },
			fact:       func(a, b int, sim float64) bool { return true }}
		if got := latestToll(c, []int{0}, Budget{Words, 100}); !slices.Equal(got, tc.want) {
			t.Errorf("ok %v: latestToll = %v, want %v", tc.ok, got, tc.want)
		}
	}
}

// latestToll gives a toll to a brief that tells the disaster without one:
// a rendering of the chosen crash that gives the toll takes its place, the
// last chosen making room; a sentence that tells the deaths without a
// count keeps its place, and so does one in a brief that gives a toll.
func TestLatestTollGivesAToll(t *testing.T) {
	c := choice{tolls: []float64{0, 0, 0, 94, 0, 4}, costs: []int{14, 8, 8, 18, 14, 8}, texts: []string{
		"A plane carrying 88 passengers and six crew crashed in the Varn mountains on Tuesday.",
		"The jet was flying from Kilbride to Ostmark.",
		"The airline opened a help line for the families.",
		"An airliner operated by Nordair crashed in the Varn mountains on Tuesday, killing all 94 people on board.",
		"All on board the plane that crashed in the Varn mountains were feared dead.",
		"Four people died when a bus crashed in Ostmark.",
	}}
	edges := [][]rank.Edge{{{To: 3, W: 0.3}}, {}, {}, {{To: 0, W: 0.3}, {To: 4, W: 0.3}}, {{To: 3, W: 0.3}}, {}}
	checkRenderings(t, "latestToll", latestToll, c, edges, func(a, b int) bool { return a+b == 3 || a+b == 7 }, []renderingCase{
		{[]int{0, 1, 2}, 30, []int{3, 1}},    // the toll takes the crash's place, the last chosen makes room
		{[]int{0, 1, 2}, 40, []int{3, 1, 2}}, // there is room
		{[]int{4, 1, 2}, 40, []int{4, 1, 2}}, // it tells the deaths already
		{[]int{0, 5, 2}, 40, []int{0, 5, 2}}, // the brief gives a toll
	})
}

// A higher toll's rendering takes the place of a chosen toll even when it
// is longer than what is left of the budget: the last chosen make room,
// as they do for a toll given to a brief that had none; the news and a
// sentence another follows stay.
func TestLatestTollMakesRoom(t *testing.T) {
	c := choice{news: 0, tolls: []float64{87, 0, 0, 370}, costs: []int{14, 8, 8, 20}, texts: []string{
		"At least 87 people have been killed after a tower fell in Varno.",
		"Hundreds were feared buried under the rubble.",
		"Rescuers dug by hand through the night.",
		"Police in Ruritania have detained the owner of the Varno tower that fell on Wednesday in a collapse that killed more than 370 people.",
	}}
	edges := [][]rank.Edge{{{To: 3, W: 0.3}}, {}, {}, {{To: 0, W: 0.3}}}
	checkRenderings(t, "latestToll", latestToll, c, edges, func(a, b int) bool { return a+b == 3 }, []renderingCase{
		{[]int{0, 1, 2}, 30, []int{3, 1}},    // the last chosen makes room for the later toll
		{[]int{0, 1, 2}, 50, []int{3, 1, 2}}, // there is room
	})
}

// A brief that would open with "The jet hit …" takes in its place
// the most relevant rendering of its fact that says which plane, the
// last chosen making room.
func TestRenderedFirst(t *testing.T) {
	c := choice{news: -1, costs: []int{9, 8, 8, 20, 16}, rel: []float64{0.9, 0.5, 0.4, 0.8, 0.7}, ok: []bool{true, true, true, true, true}, texts: []string{
		"The jet hit a coast guard plane as it landed.",
		"Four of the five coast guard crew died.",
		"The runway was closed for the night.",
		"A Nordair jet hit a coast guard plane on the runway of Varno airport on Tuesday, officials said.",
		"The jet hit a coast guard plane on the runway at dusk.",
	}}
	edges := [][]rank.Edge{{{To: 3, W: 0.3}, {To: 4, W: 0.5}}, {}, {}, {{To: 0, W: 0.3}}, {{To: 0, W: 0.5}}}
	c.neighbours = func(a int) []rank.Edge { return edges[a] }
	c.sim = func(a, b int) float64 { return 0.3 }
	fact := func(a, b int, sim float64) bool { return a+b == 3 || a+b == 4 && a != 2 && b != 2 }
	c.fact, c.same = fact, func(a, b int, sim float64) bool { return false }
	if j := namedRendering(c, 0, []int{0, 1, 2}); j != 3 {
		t.Fatalf("namedRendering = %d, want 3 (4 opens pointing too)", j)
	}
	for _, tc := range []struct {
		budget int
		want   []int
		ok     bool
	}{
		{40, []int{3, 1, 2}, true}, // it fits
		{30, []int{3, 1}, true},    // the last chosen makes room
		{15, nil, false},           // it cannot fit
	} {
		got, ok := renderedFirst(c, []int{0, 1, 2}, 0, 3, Budget{Words, tc.budget})
		if ok != tc.ok || ok && !slices.Equal(got, tc.want) {
			t.Errorf("%d words: renderedFirst = %v, %v, want %v, %v", tc.budget, got, ok, tc.want, tc.ok)
		}
	}
}

// A short sentence that names no one and nowhere gives its place to a
// rendering of its fact that does, with the same toll, the last chosen
// making room; a longer one, or one that opens with a name, stays.
func TestNamedRenderings(t *testing.T) {
	c := choice{tolls: []float64{6, 0, 0, 6, 7, 0, 6}, rel: []float64{1, 0.5, 0.4, 0.8, 0.9, 0.3, 0.9}, costs: []int{4, 9, 10, 14, 8, 6, 7}, texts: []string{
		"Six people have died.",
		"The fire started on the fourth floor, the brigade said.",
		"Residents were moved to a school hall overnight, officials said.",
		"At least six people have died after a fire destroyed Kestrel Tower in north Varno.",
		"Seven people have died in the Kestrel Tower fire.",
		"Varno was once a quiet town.",
		"Officials said six people died on Sunday.",
	}}
	edges := [][]rank.Edge{{{To: 3, W: 0.4}, {To: 4, W: 0.4}}, {}, {}, {{To: 0, W: 0.4}, {To: 6, W: 0.4}}, {{To: 0, W: 0.4}}, {{To: 3, W: 0.4}}, {{To: 3, W: 0.4}}}
	fact := func(a, b int) bool {
		return a == 0 && (b == 3 || b == 4) || b == 0 && (a == 3 || a == 4) || a+b == 8 || a+b == 9 && (a == 6 || b == 6)
	}
	checkRenderings(t, "namedRenderings", namedRenderings, c, edges, fact, []renderingCase{
		{[]int{0, 1, 2}, 40, []int{3, 1, 2}}, // it fits
		{[]int{0, 1, 2}, 25, []int{3, 1}},    // the last chosen makes room
		{[]int{5, 1}, 40, []int{5, 1}},       // it opens with a name
		{[]int{1, 2}, 40, []int{1, 2}},       // nothing to place
		{[]int{6, 1}, 40, []int{3, 1}},       // "Officials" and "Sunday" place nothing
	})
}

// renderingCase is a case of a pass that gives chosen sentences' places
// to other renderings: what is chosen, the budget in words, and what the
// pass returns.
type renderingCase struct {
	chosen []int
	budget int
	want   []int
}

// checkRenderings runs pass over cases on c, whose candidates are all
// eligible, with no news, the similarity graph edges and the pairs fact
// tells state one fact (and may not both be chosen).
func checkRenderings(t *testing.T, name string, pass func(choice, []int, Budget) []int, c choice, edges [][]rank.Edge, fact func(a, b int) bool, cases []renderingCase) {
	t.Helper()
	c.news = -1
	c.ok = make([]bool, len(c.texts))
	for i := range c.ok {
		c.ok[i] = true
	}
	c.neighbours = func(a int) []rank.Edge { return edges[a] }
	c.sim = func(a, b int) float64 {
		for _, e := range edges[a] {
			if int(e.To) == b {
				return e.W
			}
		}
		return 0
	}
	c.same = func(a, b int, sim float64) bool { return fact(a, b) }
	c.fact = c.same
	for _, tc := range cases {
		if got := pass(c, tc.chosen, Budget{Words, tc.budget}); !slices.Equal(got, tc.want) {
			t.Errorf("chosen %v, %d words: %s = %v, want %v", tc.chosen, tc.budget, name, got, tc.want)
		}
	}
}

// A count of the missing told as risen supersedes a lower count of the
// missing; without a rise told, counts of the missing stay, for they fall
// as well as rise.
func TestLatestMissing(t *testing.T) {
	texts := []string{
		"The number of missing residents rose to 159, with four deaths confirmed so far.",
		"A total of 99 people remain unaccounted for in the collapse, officials said.",
		"As many as 99 people are reported missing, the police chief said.",
		"Rescuers searched the rubble through the night.",
		"Some 180 people were still missing on Friday.",
	}
	for _, tc := range []struct{ chosen, want []int }{
		{[]int{0, 1, 3}, []int{0, 3}},
		{[]int{0, 2, 3}, []int{0, 3}},
		{[]int{1, 3}, []int{1, 3}},       // no rise told
		{[]int{0, 4, 3}, []int{0, 4, 3}}, // a higher count is no earlier one
	} {
		c := choice{news: -1, texts: texts}
		if got := latestMissing(c, tc.chosen); !slices.Equal(got, tc.want) {
			t.Errorf("latestMissing(%v) = %v, want %v", tc.chosen, got, tc.want)
		}
	}
	for text, want := range map[string]float64{texts[0]: 159, texts[1]: 99, texts[2]: 99, texts[3]: 0, texts[4]: 180} {
		if got, _ := missingCount(text); got != want {
			t.Errorf("missingCount(%q) = %v, want %v", text, got, want)
		}
	}
}

// A chosen English sentence without a finite verb is a fragment, however
// short; a sentence of another script is not asked.
func TestFragments(t *testing.T) {
	p := &pool{cands: []candidate{
		{text: "Proud moment for 🇮🇳."},
		{text: "India has landed a spacecraft on the moon."},
		{text: "Momento de orgullo para la nación, dijo él."},
		{text: "Чудовий момент для країни."},
	}}
	if got := fragments(p, []int{0, 1, 3}); !slices.Equal(got, []int{0}) {
		t.Errorf("fragments = %v, want [0]", got)
	}
	p = &pool{cands: []candidate{
		{text: "La policia dijo que el puente esta cerrado desde el lunes por la noche."},
		{text: "Momento de orgullo para el pais."},
	}}
	if got := fragments(p, []int{0, 1}); got != nil {
		t.Errorf("fragments of a brief in Spanish = %v, want none", got)
	}
}

func TestTellsNothing(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Rescue efforts and investigations continue.", true},
		{"The search continues.", true},
		{"Investigations are ongoing.", true},
		{"The search for Flight MH370 continues.", false},
		{"Talks will continue on Monday.", false},
		{"The strike, which began on Thursday, will continue until Saturday morning.", false},
		{"About 200 firefighters continue.", false},
	} {
		if got := tellsNothing(tc.text); got != tc.want {
			t.Errorf("tellsNothing(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
