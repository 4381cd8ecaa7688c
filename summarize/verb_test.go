package summarize

import (
	"runtime"
	"slices"
	"sync"
	"testing"
)

// Lines written for this test: captions, headlines and notes without a
// finite verb, and story sentences with one, including the forms the tagger
// gets wrong on its own (a plural subject's verb read as VB, a past tense
// read as a participle).
var verbCases = []struct {
	s    string
	want bool
}{
	{"Protesters scuffling with police outside the court.", false},
	{"A resident of the town with a voting sticker on her coat.", false},
	{"Firefighters at the scene of the blaze on Tuesday night.", false},
	{"The mayor with the city's new fire chief at the station.", false},
	{"Smoke over the east side of the town after the fire.", false},
	{"Updates with final vote tally.", false},
	{"The bridge opened in 1962.", true},
	{"Roughly 45 firefighters worked in shifts through the evening.", true},
	{"The state fire marshal is investigating.", true},
	{"Officials expect the bridge to reopen in May.", true},
	{"Patient amateurs with good equipment still make real contributions.", true},
	{"Volunteers celebrate at the main library on election night.", true},
	{"Thousands of residents left without power after the storm.", true},
	{"It's the first vote since 2019.", true},
	{"Shopkeepers warned that milk and bread would run short.", true},
	{"More than 25 percent of the port's trade comes from the north.", true},
}

func TestHasFiniteVerb(t *testing.T) {
	for _, tc := range verbCases {
		if !looksEnglish(tc.s) {
			t.Errorf("%q does not look English", tc.s)
		}
		if got := hasFiniteVerb(tc.s, nil); got != tc.want {
			tg, _ := tagger()
			t.Errorf("hasFiniteVerb(%q) = %v, want %v (tags %v)", tc.s, got, tc.want, tg.Tag(tagWords(tc.s)))
		}
	}
}

func TestLooksEnglish(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The mayor spoke to reporters.", true},
		{"Agnes Pemberton in her backyard observatory.", true},
		{"Le pont a été fermé lundi par la mairie.", false},
		{"El puente fue cerrado el lunes por la tarde.", false},
		{"Die Brücke in Hamburg ist am Montag gesperrt worden.", false},
		{"De brug is op maandag gesloten en was al oud.", false},
		{"Broen er lukket for trafik, og det er ikke sikkert.", false},
	} {
		if got := looksEnglish(tc.s); got != tc.want {
			t.Errorf("looksEnglish(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestTagWords(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"The city's mayor didn't go.", []string{"The", "city", "'s", "mayor", "did", "n't", "go", "."}},
		{"“We’re ready,” she said.", []string{"“", "We", "'re", "ready", ",", "”", "she", "said", "."}},
		{"The U.S. team left at 5 a.m.", []string{"The", "U.S.", "team", "left", "at", "5", "a.m."}},
		{"(Recasts with details)", []string{"(", "Recasts", "with", "details", ")"}},
	} {
		if got := tagWords(tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("tagWords(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// The tagger's answers are the same on every call, from any number of
// goroutines at once, at GOMAXPROCS 1 and 2.
func TestHasFiniteVerbDeterministic(t *testing.T) {
	want := make([]bool, len(verbCases))
	for i, tc := range verbCases {
		want[i] = hasFiniteVerb(tc.s, nil)
	}
	for _, procs := range []int{1, 2} {
		prev := runtime.GOMAXPROCS(procs)
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 50 {
					for i, tc := range verbCases {
						if got := hasFiniteVerb(tc.s, nil); got != want[i] {
							t.Errorf("GOMAXPROCS %d: hasFiniteVerb(%q) = %v, then %v", procs, tc.s, want[i], got)
						}
					}
				}
			}()
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
	}
}

// A participle before its noun at a line's start is no verb: a caption's
// "Damaged part of …" has none, "Damaged cars lined the road." has one.
func TestTaggedVerbParticiple(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Damaged part of a Nordair jet, Flight 212.", false},
		{"Damaged cars lined the road after the storm.", true},
		{"Rescued from the river, the boy was taken to hospital.", true},
	} {
		if got := taggedVerb(tagWords(tc.s), nil); got != tc.want {
			t.Errorf("taggedVerb(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
