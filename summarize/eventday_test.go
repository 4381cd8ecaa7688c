package summarize

import (
	"reflect"
	"strings"
	"testing"
)

func TestEventDays(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []eventDay
	}{
		{"Hundreds died after the earthquake that struck Port Elm on Tuesday, officials said.",
			[]eventDay{{"strike", "earthquake", "tuesday"}}},
		{"Many remain trapped after the quake, which struck the capital, Ashby, on Wednesday.",
			[]eventDay{{"strike", "quake", "wednesday"}}},
		{"Port Elm was struck on Monday night.", []eventDay{{"strike", "elm", "monday"}}},
		{"A quake struck the port city of Ashby on Tuesday.", []eventDay{{"strike", "quake", "tuesday"}}},
		{"A quake struck the old port city of north Ashby on Tuesday.", nil},  // too far
		{"The council met on Tuesday.", nil},                                  // no verb of an event
		{"The storm struck the coast. On Friday the port reopened.", nil},     // another sentence's day
		{"The storm struck the coast and killed four people on Friday.", nil}, // no noun before "killed"
		{"The quake struck Ashby at 4 a.m., and the aftershock hit on Thursday.", []eventDay{{"strike", "aftershock", "thursday"}}},
	} {
		if got := eventDays(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("eventDays(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// Two sentences that date one event on two days may not both be chosen;
// two events, or one dated once, may.
func TestDaysDisagree(t *testing.T) {
	lead := "Hundreds died after the earthquake that struck Port Elm on Tuesday, officials said."
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Many remain trapped after the quake, which struck the capital, Ashby, on Wednesday.", true},
		{"Many remain trapped after the quake, which struck the capital, Ashby, on Tuesday.", false},
		{"A second storm struck the coast on Wednesday.", false}, // another noun
		{"Many remain trapped after the quake struck the capital.", false},
	} {
		p := &pool{cands: []candidate{{text: lead}, {text: tc.text}}}
		if got := p.daysDisagree(0, 1); got != tc.want {
			t.Errorf("daysDisagree(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// testdata/trust/quake-days: two versions say the quake struck on
// Tuesday, one, from another time zone, on Wednesday, in a sentence that
// tells what the others do not. The brief gives the quake one day at every
// budget.
func TestEventDaysCluster(t *testing.T) {
	docs := readDocs(t, "../testdata/trust/quake-days")
	for _, words := range []int{50, 100, 200} {
		opts := DefaultOptions()
		opts.Budget.N = words
		text := mustSummarize(t, opts, docs).Text()
		if !strings.Contains(text, "struck the port city of Ashby on Tuesday") || strings.Contains(text, "on Wednesday, destroying") {
			t.Errorf("%d words: the quake's day twice, or not the day most versions give:\n%s", words, text)
		}
	}
}
