package summarize

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"brief/rank"
)

// Two versions of three candidates each, at relative positions 0, 1/3 and
// 2/3; a version that does not state a fact counts it at its end, 1.
// Candidate 4 (second of version 1) states the fact candidate 0 leads
// version 0 with, so both read at (0 + 1/3)/2; candidate 3 leads version 1
// alone, at (1 + 0)/2; candidate 2 comes last in version 0 alone, at
// (2/3 + 1)/2.
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
		{[]int{4, 2, 3}, []int{4, 3, 2}},
		{[]int{2, 0}, []int{0, 2}},
		{[]int{3, 0}, []int{0, 3}}, // both versions state 0's fact, one 3's
		{[]int{5, 2}, []int{5, 2}}, // a tie goes to the one chosen first
		{[]int{2, 5}, []int{2, 5}},
	} {
		if got := readingOrder(p, 2, tc.chosen, nil, nil, -1); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("readingOrder(%v) = %v, want %v", tc.chosen, got, tc.want)
		}
	}
}

// Of two facts that versions state both, the one most of them state first
// reads first; the order given (by mean position) settles ties, cycles and
// facts no version states together.
func TestPrecedence(t *testing.T) {
	// at[fact][version]: where the version first states the fact
	at := map[int]map[int]float64{
		1: {0: 0.9, 2: 0.2},         // last in version 0, early in version 2
		2: {0: 0.3},                 // version 0 alone, before 1
		3: {1: 0.5, 2: 0.6},         // versions 1 and 2
		4: {1: 0.1, 2: 0.1},         // before 3 in both
		5: {0: 0.5, 1: 0.7},         // after 2 in version 0, after 4 in version 1
		6: {0: 0.1, 1: 0.9, 2: 0.9}, // before 2 in version 0
		7: {3: 0.4},                 // alone in version 3: with no other
		// a cycle: 8 before 9 in version 4, 9 before 10 in version 6, 10
		// before 8 in version 5
		8:  {4: 0.1, 5: 0.5},
		9:  {4: 0.5, 6: 0.1},
		10: {5: 0.1, 6: 0.5},
	}
	for _, tc := range []struct{ order, want []int }{
		{[]int{1, 2}, []int{2, 1}},       // version 0 states 2 first
		{[]int{3, 4}, []int{4, 3}},       // both versions
		{[]int{3, 1}, []int{1, 3}},       // one version is enough
		{[]int{7, 3, 4}, []int{7, 4, 3}}, // 7 keeps its place
		{[]int{5, 2, 4}, []int{2, 4, 5}}, // 5 waits for both
		{[]int{1, 2, 6}, []int{6, 2, 1}},
		// 2 before 1 (version 0), 1 before 3 (version 2)
		{[]int{3, 1, 2}, []int{2, 1, 3}},
		{[]int{9, 10, 8}, []int{9, 10, 8}}, // the first of a cycle, then by votes
		{[]int{8, 10, 9}, []int{8, 9, 10}},
	} {
		got := slices.Clone(tc.order)
		if precedence(got, at); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("precedence(%v) = %v, want %v", tc.order, got, tc.want)
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

// A developing story's facts after the news go in the order they were
// first reported, background last; a story of one day, or with a fact of
// unknown date, keeps the versions' order.
func TestInTime(t *testing.T) {
	day := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// 0 is the news; 1 and 2 early in the versions, 3 background.
	where := map[int]float64{0: 0, 1: 0.2, 2: 0.3, 3: 0.6}
	for _, tc := range []struct {
		name  string
		first map[int]Date
		want  []int
	}{
		{"developing", map[int]Date{0: day("2025-04-18"), 1: day("2025-04-18"), 2: day("2025-03-03"), 3: day("2025-03-03")}, []int{0, 2, 1, 3}},
		{"background last", map[int]Date{0: day("2025-04-18"), 1: day("2025-04-18"), 2: day("2025-04-18"), 3: day("2025-03-03")}, []int{0, 1, 2, 3}},
		{"one day", map[int]Date{0: day("2025-11-07"), 1: day("2025-11-07"), 2: day("2025-11-06"), 3: day("2025-11-06")}, []int{0, 1, 2, 3}},
		{"a date unknown", map[int]Date{0: day("2025-04-18"), 1: day("2025-04-18"), 2: day("2025-03-03")}, []int{0, 1, 2, 3}},
	} {
		order := []int{0, 1, 2, 3}
		inTime(order, where, tc.first)
		if !reflect.DeepEqual(order, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, order, tc.want)
		}
	}
}

// The fact most versions lead with reads first, when a version's lead
// states it: not a detail one version leads with, nor a sentence that is
// no version's lead.
func TestWidestLead(t *testing.T) {
	p := &pool{sameFact: 0.25,
		cands: []candidate{
			{doc: 0, lead: true, whole: true}, // a detail version 0 leads with
			{doc: 0, whole: true},             // the news, further down version 0
			{doc: 1, lead: true, whole: true}, // the news
			{doc: 2, lead: true, whole: true}, // the news
		},
		vecs: make([]rank.Vector, 4),
		graph: &rank.Sparse{Adj: [][]rank.Edge{
			nil,
			{{To: 2, W: 0.5}, {To: 3, W: 0.5}},
			{{To: 1, W: 0.5}, {To: 3, W: 0.5}},
			{{To: 1, W: 0.5}, {To: 2, W: 0.5}},
		}},
	}
	for _, tc := range []struct {
		order []int
		want  int
	}{
		{[]int{0, 2}, 2},
		{[]int{0, 1}, 0}, // 1 is no lead
		{[]int{2, 0}, 2},
		{[]int{0}, 0},
		{nil, -1},
	} {
		if got := widestLead(p, tc.order); got != tc.want {
			t.Errorf("widestLead(%v) = %d, want %d", tc.order, got, tc.want)
		}
	}
}

func TestOnlyIs(t *testing.T) {
	for text, want := range map[string]bool{
		"The Wimbledon championship is Carlos Alcaraz's first.":                                                                  true,
		"The final was a five-set thriller.":                                                                                     true,
		"Alcaraz defeated Djokovic in five sets on Sunday.":                                                                      false,
		"Kazakhstan will join the Abraham Accords, Trump said.":                                                                  false,
		"The bridge is closed after a ship struck it.":                                                                           false,
		"The Wimbledon final, played on a hot Sunday afternoon on Centre Court before a full house of fans, is Alcaraz's first.": false,
	} {
		if got := onlyIs(text); got != want {
			t.Errorf("onlyIs(%q) = %v, want %v", text, got, want)
		}
	}
}

// A brief opens with what happened, not with what something is.
func TestOpensWithAnEvent(t *testing.T) {
	s, _ := New(DefaultOptions())
	_, p, err := s.prepare(context.Background(), []Document{
		{Name: "a", Text: "The Northern Cup is Portmere's first major trophy.\n\nThe club's fans sang in the streets until dawn.\n"},
		{Name: "b", Text: "Portmere beat Halden 2-1 in the Northern Cup final on Saturday.\n\nAna Ruiz scored the winner in stoppage time.\n"},
	})
	if err != nil {
		t.Fatal(err)
	}
	is, beat := holding(t, p, "is Portmere's first"), holding(t, p, "Portmere beat Halden")
	scored := holding(t, p, "Ana Ruiz scored")
	for _, order := range [][]int{{is, beat}, {is, scored}} {
		if got := widestLead(p, order); got != order[1] {
			t.Errorf("widestLead(%v) opens with %q", order, p.cands[got].text)
		}
	}
}

// A brief opens with the news told, not with a quotation on it, when a
// chosen sentence that stands alone and names someone tells it.
func TestOpensWithNoQuotation(t *testing.T) {
	s, _ := New(DefaultOptions())
	_, p, err := s.prepare(context.Background(), []Document{
		{Name: "a", Text: "“Nearly 90 people died when the airliner came down near Orsa,” an adviser to the Varland interior minister said.\n\nThe plane had left Kilbride an hour before.\n"},
		{Name: "b", Text: "A Nordair passenger jet was shot down on Thursday over eastern Varland, an interior ministry official said.\n\nRebels denied firing at the plane.\n"},
	})
	if err != nil {
		t.Fatal(err)
	}
	quote, told := holding(t, p, "Nearly 90 people"), holding(t, p, "A Nordair passenger jet")
	if got := readingOrder(p, 2, []int{quote, told}, nil, nil, quote); !slices.Equal(got, []int{told, quote}) {
		t.Errorf("readingOrder = %v, want %v", got, []int{told, quote})
	}
}

// A brief does not open with a thing it has not introduced ("The dams
// collapsed …") when another version's lead, chosen too, says which.
func TestOpensWithNoPointing(t *testing.T) {
	s, _ := New(DefaultOptions())
	_, p, err := s.prepare(context.Background(), []Document{
		{Name: "a", Text: "The dams gave way on Monday night, flooding the valley below, the relief agency said.\n\nAid workers struggled to reach the area.\n"},
		{Name: "b", Text: "Rescuers searching the ruins left by the collapse of two dams above the Varnian city of Ostrel found more bodies on Tuesday.\n\nThe city lost its bridges.\n"},
	})
	if err != nil {
		t.Fatal(err)
	}
	dams, named := holding(t, p, "The dams gave way"), holding(t, p, "Rescuers searching")
	if got := readingOrder(p, 2, []int{dams, named}, nil, nil, dams); !slices.Equal(got, []int{named, dams}) {
		t.Errorf("readingOrder = %v, want %v", got, []int{named, dams})
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The jet hit a coast guard plane as it landed.", true},
		{"The night before, divers ended the search.", true},
		{"The volcano erupted on Saturday, killing at least 36 people.", true},
		{"The volcano of Varno erupted on Saturday.", false},
		{"The explosion at the arena killed 22 people.", false},
		{"The plane's pilot radioed for help.", false},
		{"The Varnian city of Ostrel was flooded.", false},
		{"A plane collided with a coast guard aircraft.", false},
	} {
		if got := opensPointing(tc.s); got != tc.want {
			t.Errorf("opensPointing(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// Two chosen sentences a version wrote one after the other, in one
// paragraph, read in that order, right after each other; the news stays
// first.
func TestNextInSource(t *testing.T) {
	p := &pool{cands: []candidate{
		{doc: 0, para: 0, sent: 0}, {doc: 0, para: 1, sent: 1}, {doc: 0, para: 1, sent: 2},
		{doc: 1, para: 0, sent: 0}, {doc: 1, para: 1, sent: 1}, {doc: 1, para: 2, sent: 2},
	}}
	for _, tc := range []struct {
		order, want []int
	}{
		{[]int{3, 2, 4, 1}, []int{3, 4, 1, 2}}, // 4 after 3, 2 after 1
		{[]int{0, 5, 4}, []int{0, 5, 4}},       // 5 is in another paragraph than 4: no move
		{[]int{1, 0}, []int{1, 0}},             // the news, 1, follows nothing
	} {
		if got := followers(tc.order, nextInSource(p, tc.order, nil)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("order %v: %v, want %v", tc.order, got, tc.want)
		}
	}
}

func TestPlaceless(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Six people have died.", true},
		{"Officials reported at least 17 storm deaths Thursday.", true},
		{"Officials reported at least 17 storm deaths in Varno.", false},
		{"Officials reported at least 17 deaths after the storm struck the coast on Thursday.", false}, // long enough to say what it is about
	} {
		if got := placeless(tc.s); got != tc.want {
			t.Errorf("placeless(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
