package summarize

import (
	"context"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"brief/rank"
)

func TestSame(t *testing.T) {
	p := &pool{sameFact: 0.25, cands: []candidate{
		{lead: true, figs: []string{"3"}},
		{lead: true},
		{figs: []string{"2024", "3"}},
		{},
	}, vecs: make([]rank.Vector, 4)}
	for _, tc := range []struct {
		a, b int
		sim  float64
		want bool
	}{
		{0, 1, 0.12, true},  // two leads at leadSameFact
		{0, 1, 0.09, false}, // two leads below it
		{0, 2, 0.16, true},  // a shared figure at numberSameFact
		{0, 2, 0.14, false}, // a shared figure below it
		{1, 3, 0.2, false},  // one lead, no figures
		{1, 3, 0.25, true},  // the same-fact threshold
		{1, 2, 0.24, false},
	} {
		if got := p.same(tc.a, tc.b, tc.sim); got != tc.want {
			t.Errorf("same(%d, %d, %v) = %v, want %v", tc.a, tc.b, tc.sim, got, tc.want)
		}
	}
}

func TestShareAny(t *testing.T) {
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{nil, nil, false},
		{[]string{"1"}, nil, false},
		{[]string{"1", "3"}, []string{"2", "4"}, false},
		{[]string{"1", "3"}, []string{"2", "3"}, true},
		{[]string{"10", "9"}, []string{"9"}, true},
	} {
		if got := shareAny(tc.a, tc.b); got != tc.want {
			t.Errorf("shareAny(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// supportPool: candidate 0 (document 0) states the same fact as 1 (its
// own document, 0.9) and 2 (document 1, 0.4), and is merely close to 3
// (document 2, 0.2); 1 and 3 are far apart.
func supportPool() *pool {
	edge := func(to int32, w float64) rank.Edge { return rank.Edge{To: to, W: w} }
	return &pool{sameFact: 0.25,
		cands: []candidate{{doc: 0}, {doc: 0}, {doc: 1}, {doc: 2}},
		vecs:  make([]rank.Vector, 4),
		graph: &rank.Sparse{Adj: [][]rank.Edge{
			{edge(1, 0.9), edge(2, 0.4), edge(3, 0.2)},
			{edge(0, 0.9), edge(3, 0.1)},
			{edge(0, 0.4)},
			{edge(0, 0.2), edge(1, 0.1)},
		}},
	}
}

func TestSupportOf(t *testing.T) {
	p := supportPool()
	want := []map[int]bool{
		{0: true, 1: true},
		{0: true},
		{0: true, 1: true},
		{2: true},
	}
	for k := range want {
		if got := p.supportOf(k); !reflect.DeepEqual(got, want[k]) {
			t.Errorf("supportOf(%d) = %v, want %v", k, got, want[k])
		}
	}
	// Candidate 1's only same-fact neighbour is in its own document.
	for _, tc := range []struct {
		start, end int
		want       bool
	}{{0, 1, true}, {1, 2, false}, {1, 4, true}, {3, 4, false}} {
		if got := p.supported(tc.start, tc.end); got != tc.want {
			t.Errorf("supported(%d, %d) = %v, want %v", tc.start, tc.end, got, tc.want)
		}
	}
}

func TestContained(t *testing.T) {
	for _, tc := range []struct {
		a, b []int32
		want bool
	}{
		{[]int32{1, 2, 3, 4}, []int32{1, 2, 3, 4, 5, 6, 7, 8, 9}, true},
		{[]int32{1, 2, 3, 4, 5}, []int32{1, 2, 3, 4, 6, 7, 8, 9}, true}, // 4 of 5
		{[]int32{1, 2, 3, 4, 5}, []int32{1, 2, 3, 6, 7, 8, 9}, false},   // 3 of 5
		{[]int32{1, 2, 3}, []int32{1, 2, 3, 4}, false},                  // too short to tell
		{[]int32{1, 2, 3, 4, 5, 6, 7, 8, 9}, []int32{1, 2, 3, 4}, true},
	} {
		if got := contained(tc.a, tc.b); got != tc.want {
			t.Errorf("contained(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestNearlyContained(t *testing.T) {
	for _, tc := range []struct {
		a, b []int32
		want bool
	}{
		{[]int32{1, 2, 3, 9}, []int32{1, 2, 3, 4, 5, 6, 7, 8}, true}, // 3 of 4
		{[]int32{1, 2, 8, 9}, []int32{1, 2, 3, 4, 5, 6, 7}, false},   // 2 of 4
		{[]int32{1, 2, 3, 4, 9}, []int32{1, 2, 3, 4, 5, 6}, true},    // 4 of 5
		{[]int32{1, 2, 9}, []int32{1, 2, 3, 4}, true},                // 2 of 3: "The panel had reached its decision."
		{[]int32{1, 9}, []int32{1, 2, 3, 4}, false},                  // too short to tell
		{[]int32{1, 8, 9}, []int32{1, 2, 3, 4}, false},               // 1 of 3
		{[]int32{1, 2, 3, 4, 5, 6, 7, 8}, []int32{1, 2, 3, 9}, true},
	} {
		if got := nearlyContained(tc.a, tc.b); got != tc.want {
			t.Errorf("nearlyContained(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// Concepts (see concepts) tie two renderings of one fact that share a
// phrase, and only those: on real wording, pairs of sentences found by a
// few of their words, and whether they state the same fact.
func TestConceptsSameFact(t *testing.T) {
	for _, tc := range []struct {
		dir, a, b string
		want      bool
	}{
		// "stoppage time", and the name Ruiz (first in one sentence).
		{"../testdata/trust/cup-final", "Ana Ruiz headed in", "Ruiz, who came on", true},
		{"../testdata/trust/cup-final", "Ana Ruiz headed in", "Ruiz's goal, two minutes", true},
		{"../testdata/trust/cup-final", "first major trophy in 40 years", "Portmere last won a major trophy", true},
		{"../testdata/trust/cup-final", "Marsh made up for it", "Lena Marsh equalised with a free kick", true},
		// "Lena Marsh" is a name, not a phrase of one fact.
		{"../testdata/trust/cup-final", "Ruiz's goal, two minutes", "Lena Marsh equalised", false},
		{"../testdata/clusters/factory-fire", "forced the evacuation of the entire night shift", "working the night shift were evacuated", true},
		// "the harbour authority said" is the story's source, not a fact.
		{"../testdata/digest/day/kestrel-bridge", "A survey in January found", "The Kestrel Bridge, the only road link", false},
		{"../testdata/digest/day/kestrel-bridge", "A survey in January found", "Inspectors found rust", true},
	} {
		s, _ := New(DefaultOptions())
		_, p, err := s.prepare(context.Background(), readDocs(t, tc.dir))
		if err != nil {
			t.Fatal(err)
		}
		a, b := holding(t, p, tc.a), holding(t, p, tc.b)
		if got := p.redundant(a, b, p.sim(a, b)); got != tc.want {
			t.Errorf("%s: redundant(%q, %q) = %v (cosine %.2f), want %v", tc.dir, tc.a, tc.b, got, p.sim(a, b), tc.want)
		}
	}
}

// A game's decisive play, which every version tells in its own words, is
// told once in its brief, at any budget.
func TestDecisivePlay(t *testing.T) {
	winner := regexp.MustCompile(`(?i)stoppage|92nd|winning goal|header|headed`)
	docs := readDocs(t, "../testdata/trust/cup-final")
	for _, words := range []int{50, 100, 200} {
		opts := DefaultOptions()
		opts.Budget = Budget{Unit: Words, N: words}
		s, _ := New(opts)
		b, err := s.Summarize(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		var told []string
		for _, sel := range b.Sentences {
			if winner.MatchString(sel.Text) {
				told = append(told, sel.Text)
			}
		}
		if len(told) != 1 {
			t.Errorf("%d words: the winning goal told %d times: %q", words, len(told), told)
		}
	}
}

func TestSameFigure(t *testing.T) {
	cand := func(text string, figs ...string) candidate { return candidate{text: text, figs: figs} }
	p := &pool{cands: []candidate{
		cand("The plane crashed into the river with 58 people on board.", "58"),
		cand("The turboprop was carrying 58 people at the time.", "58"),
		cand("Officials said 58 homes were damaged.", "58"),
		cand("The flight left with 5 people on board.", "5"),
		cand("Only 5 people on board survived.", "5"),
		cand("The bridge was built in 1962 steel.", "1962"),
		cand("The 1962 steel bridge carries traffic.", "1962"),
		cand("The airline said 18 people were killed.", "18"),
		cand("The plane carried 18 people, all of whom survived.", "18"),
	}}
	for _, tc := range []struct {
		a, b int
		want bool
	}{
		{0, 1, true},  // 58 people, twice
		{0, 2, false}, // 58 people, 58 homes
		{3, 4, false}, // too small a figure to tell
		{5, 6, false}, // a year
		{7, 8, false}, // a toll and a count
	} {
		if got := p.sameFigure(tc.a, tc.b); got != tc.want {
			t.Errorf("sameFigure(%q, %q) = %v, want %v", p.cands[tc.a].text, p.cands[tc.b].text, got, tc.want)
		}
	}
}

// A margin is the tally it is the margin of (see margin).
func TestMargin(t *testing.T) {
	cand := func(text string, figs ...string) candidate { return candidate{text: text, figs: figs} }
	p := &pool{cands: []candidate{
		cand("The Prime Minister lost by 432 votes to 202 yesterday.", "202", "432"),
		cand("The 230-vote margin of defeat was the worst since the war.", "230"),
		cand("The 220-vote margin of defeat was the worst since the war.", "220"),
		cand("The deal was rejected by 432 votes.", "432"),
		cand("The bill fell by 1,432 votes to 202.", "1,432", "202"),
		cand("The 1,230-vote margin was a record.", "1,230"),
	}}
	for _, tc := range []struct {
		a, b int
		want bool
	}{
		{0, 1, true},
		{0, 2, false},
		{1, 0, false}, // no tally in 1
		{0, 3, false}, // a side, not the margin
		{4, 5, true},  // with thousands
	} {
		if got := p.margin(tc.a, tc.b); got != tc.want {
			t.Errorf("margin(%q, %q) = %v, want %v", p.cands[tc.a].text, p.cands[tc.b].text, got, tc.want)
		}
	}
}

func TestCardinal(t *testing.T) {
	for in, want := range map[string]string{"68th": "68", "1st": "1", "22nd": "22", "3rd": "3", "68": "68", "north": "north", "th": "th", "ge235": "ge235"} {
		if got := cardinal(in); got != want {
			t.Errorf("cardinal(%q) = %q, want %q", in, got, want)
		}
	}
}

// holding returns the first of p's candidates whose text holds part.
func holding(t *testing.T, p *pool, part string) int {
	t.Helper()
	for k, c := range p.cands {
		if strings.Contains(c.text, part) {
			return k
		}
	}
	t.Fatalf("no candidate holds %q", part)
	return -1
}

func TestBigFigure(t *testing.T) {
	for v, want := range map[string]bool{
		"12": true, "2300": true, "1985": false, "1985.5": true, "40%": true,
		"9.81": true, "0.25": false, "2.5": false, "3": false, "12.5%": true, "0.081": false,
	} {
		if got := bigFigure(v); got != want {
			t.Errorf("bigFigure(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestStatesCounted(t *testing.T) {
	for _, tc := range []struct {
		text string
		want role
	}{
		{"By dawn 179 had been rescued, with six dead and 290—mostly pupils—still missing.", roleRescued | roleMissing},
		{"There are now 281 people, mostly pupils, unaccounted for.", roleMissing},
		{"Divers rescued 40 people from the hull.", roleRescued},
		{"At least 55 were injured.", roleInjured},
		{"The ferry carried 462 people on a trip to the island.", 0},
		{"Hundreds are still missing.", 0}, // no count
		{"The 12 ships joined 300 divers in the search for the missing.", 0},
	} {
		if got := statesCounted(tc.text); got != tc.want {
			t.Errorf("statesCounted(%q) = %b, want %b", tc.text, got, tc.want)
		}
	}
}

// Two sentences that count the same people, the dead or the missing, tell
// one count, or a count and its revision: a brief tells it once.
func TestCountsRedundant(t *testing.T) {
	news := "By dawn on Thursday 179 people had been rescued from the ferry Maren, with six confirmed dead and 290 still missing off the island of Varno."
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"There are now 281 people, mostly pupils from one school, unaccounted for after the Maren capsized near Varno.", true},
		{"At least four people from the Maren were confirmed dead near Varno, officials said.", true},
		{"The ferry had left port on Wednesday evening with 462 people aboard.", false},
	} {
		s, _ := New(DefaultOptions())
		_, p, err := s.prepare(context.Background(), []Document{
			{Name: "a", Text: "Families waited at the harbour through the night for word of the ferry.\n\n" + news + "\n"},
			{Name: "b", Text: "Divers worked in strong currents on Thursday, the coast guard said.\n\n" + tc.text + "\n"}})
		if err != nil {
			t.Fatal(err)
		}
		a := slices.IndexFunc(p.cands, func(c candidate) bool { return c.text == news })
		b := slices.IndexFunc(p.cands, func(c candidate) bool { return c.text == tc.text })
		if a < 0 || b < 0 {
			t.Fatalf("%q: no candidates of the two", tc.text)
		}
		if got := p.redundant(a, b, p.sim(a, b)); got != tc.want {
			t.Errorf("%q beside the news: redundant %v, want %v (cosine %.2f)", tc.text, got, tc.want, p.sim(a, b))
		}
	}
}

// The mends a sentence's text gets before it is printed: a full stop typed
// twice (endOnce), a name run into a function word (unglue).
func TestTextMends(t *testing.T) {
	for _, tc := range []struct {
		name     string
		mend     func(string) string
		in, want string
	}{
		{"endOnce", endOnce, "The vote stood at 51% as of 7:30 a.m..", "The vote stood at 51% as of 7:30 a.m."},
		{"endOnce", endOnce, "He paused...", "He paused..."},
		{"endOnce", endOnce, "The talks ended.", "The talks ended."},
		{"endOnce", endOnce, "..", "."},
		{"unglue", unglue, "The jet flew from Varno toDusseldorf on Tuesday.", "The jet flew from Varno to Dusseldorf on Tuesday."},
		{"unglue", unglue, "Fans ofLiverpool andEverton met fromMonday withPolice.", "Fans of Liverpool and Everton met from Monday with Police."},
		{"unglue", unglue, "He bought an iPhone at McDonald's near the YouTube office.", "He bought an iPhone at McDonald's near the YouTube office."},
		{"unglue", unglue, "The ship went to Toronto and then tomorrow to Oslo.", "The ship went to Toronto and then tomorrow to Oslo."},
		{"unglue", unglue, "It runs toDB", "It runs toDB"},
	} {
		if got := tc.mend(tc.in); got != tc.want {
			t.Errorf("%s(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestCapsOpening(t *testing.T) {
	doc := "THE DEATH toll in the quake rose. The death toll may rise again, the UN said."
	for in, want := range map[string]string{
		"THE DEATH toll in the quake rose.":    "The death toll in the quake rose.",
		"UN PEACEKEEPERS were among the dead.": "UN PEACEKEEPERS were among the dead.", // not in lower case in doc
		"THE DEATH TOLL ROSE.":                 "THE DEATH TOLL ROSE.",                 // a line in capitals
		"The death toll rose.":                 "The death toll rose.",
		"NATO said the death toll rose.":       "NATO said the death toll rose.",
		"THE UN DEATH toll rose, the UN said.": "The UN death toll rose, the UN said.",
		"DEATH came quickly, the toll rose.":   "Death came quickly, the toll rose.",
		"NATO troops said the toll rose.":      "NATO troops said the toll rose.",
	} {
		if got := capsOpening(in, doc); got != want {
			t.Errorf("capsOpening(%q) = %q, want %q", in, got, want)
		}
	}
}

// Two sentences that give one count tell two facts when each says much
// the other does not.
func TestBothAdd(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Halvorsen was found guilty on all 34 felony charges of falsifying business records after the jury returned its verdict.",
			"Halvorsen faced 34 charges in connection with payments made to a former porn star.", true},
		{"The plane crashed into the river with 58 people on board.", "The turboprop was carrying 58 people at the time.", false},
	} {
		p := &pool{cands: []candidate{{text: tc.a}, {text: tc.b}}}
		if got := p.bothAdd(0, 1); got != tc.want {
			t.Errorf("bothAdd(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCauseUnknown(t *testing.T) {
	for text, want := range map[string]bool{
		"The cause of the derailment was not immediately known.":                       true,
		"The fire's cause remains a mystery but divers have found the fuse box.":       true,
		"No cause for the collapse has been given.":                                    true,
		"There was no immediate indication of the cause of the blast.":                 true,
		"The cause of the fire, which began after the hall closed, was still unknown.": true,
		"The cause is under investigation.":                                            true,
		"Investigators said the cause was a faulty valve.":                             false,
		"The storm caused no damage.":                                                  false,
		"The cause of the fire is known to be a cigarette.":                            false,
	} {
		p := &pool{cands: []candidate{{text: text}}}
		if got := p.causeUnknown(0); got != want {
			t.Errorf("causeUnknown(%q) = %v, want %v", text, got, want)
		}
	}
}

// Two sentences that each tell deaths without a count tell one fact; a
// sentence with a count is no such sentence.
func TestUncountedDeathsRedundant(t *testing.T) {
	s, _ := New(DefaultOptions())
	_, p, err := s.prepare(context.Background(), []Document{
		{Name: "a", Text: "Thousands of people are feared dead in Varland after a magnitude 7 earthquake struck the island nation on Tuesday, according to media reports.\n\nThe quake had a magnitude of 7.0, officials said.\n"},
		{Name: "b", Text: "The national airport in Varland closed after the runway cracked.\n\nAna Ruiz, a relief agency worker in the capital, told colleagues abroad before phone service failed that “there must be thousands of people dead,” a spokeswoman for the charity said.\n"},
		{Name: "c", Text: "The earthquake in Varland killed at least 1,200 people, officials said on Wednesday.\n\nRescuers searched the ruins of the capital.\n"},
	})
	if err != nil {
		t.Fatal(err)
	}
	feared, must, counted := holding(t, p, "are feared dead"), holding(t, p, "must be thousands"), holding(t, p, "killed at least")
	if sim := p.sim(feared, must); sim >= 0.2 || !p.redundant(feared, must, sim) || !p.redundant(must, feared, sim) {
		t.Errorf("two uncounted tellings of the deaths taken for two facts, or too close to tell (cosine %.2f)", sim)
	}
	if !p.uncounted(feared) || !p.uncounted(must) || p.uncounted(counted) {
		t.Errorf("uncounted: %v %v %v, want true true false", p.uncounted(feared), p.uncounted(must), p.uncounted(counted))
	}
}

func TestQuoteSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"“I made the decision that I would not go on as mayor,” Halvorsen said.", "Halvorsen"},
		{"\"We will rebuild the harbour in a year,\" said Mayor Anna Halvorsen on Friday.", "Halvorsen"},
		{"“We will rebuild,” the mayor said.", ""},                                                                          // too short, and no name
		{"“We will rebuild the harbour in a year,” the mayor said.", ""},                                                    // no name
		{"The mayor said “we will rebuild the harbour in a year”.", ""},                                                     // no quotation first
		{"“We will rebuild the harbour in a year,” Halvorsen said, as the council met in Varno to vote on the budget.", ""}, // more than a tag
	} {
		if got := quoteSpeaker(tc.text); got != tc.want {
			t.Errorf("quoteSpeaker(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
