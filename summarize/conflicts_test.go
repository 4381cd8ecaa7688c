package summarize

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestMentions(t *testing.T) {
	got := mentions("It killed more than 260 people and cost $3,100,000 dollars, about 45% of it, 7 percent more.")
	want := []mention{
		{shown: "more than 260 people", value: "260", unit: "people", role: roleToll},
		{shown: "$3,100,000 dollars", value: "3100000", unit: "dollar"},
		{shown: "about 45% of it", value: "45%", unit: "it"},
		{shown: "7 percent more", value: "7%", unit: "more"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions:\n got %+v\nwant %+v", got, want)
	}
}

// A count in a number word of ten or more is the same figure as in digits;
// a smaller one, and a number word before no word, is none.
func TestMentionsInWords(t *testing.T) {
	got := mentions("Eleven people remained missing and two were hurt.")
	want := []mention{{shown: "11 people", value: "11", unit: "people", role: roleMissing}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions:\n got %+v\nwant %+v", got, want)
	}
	if got := mentions("The count was ten. Two were hurt."); got != nil {
		t.Errorf("mentions = %+v, want none", got)
	}
	for term, want := range map[string]string{"eleven": "11", "ninety": "90", "two": "two", "11": "11"} {
		if got := inDigits(term); got != want {
			t.Errorf("inDigits(%q) = %q, want %q", term, got, want)
		}
	}
}

// Clock times are no figures ("17:30 GMT" is no count of GMT, nor its
// "30"), and a qualifier that opens the sentence reads as it would inside
// one.
func TestMentionsSkipClocks(t *testing.T) {
	got := mentions("More than 1,100 people died after the plane vanished at 17:30 GMT Friday, or 1840 GMT, or 11 a.m. local time, 40 hours ago.")
	want := []mention{
		{shown: "more than 1,100 people", value: "1100", unit: "people", role: roleToll},
		{shown: "40 hours", value: "40", unit: "hour"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions:\n got %+v\nwant %+v", got, want)
	}
	// "local" after a figure is no time zone but for a clock's "01:30 local time".
	got = mentions("About 300 local residents were moved at 01:30 local time.")
	want = []mention{{shown: "about 300 local residents", value: "300", unit: "resident"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions:\n got %+v\nwant %+v", got, want)
	}
}

// A count of people is of those on board, rescued, missing or injured by
// the state words of its clause: four groups, no four values of one.
func TestMentionsStateRoles(t *testing.T) {
	for text, want := range map[string]role{
		"The ferry had 400 people on board.":                          0,
		"By Thursday 120 people had been rescued, officials said.":    roleRescued,
		"Coast guards rescued 120 people from the water.":             roleRescued,
		"There are 260 people still missing.":                         roleMissing,
		"Some 260 people, mostly students, remain unaccounted for.":   0, // the comma ends the clause before the state
		"Officials said 55 people were injured.":                      roleInjured,
		"At least 40 people were killed and 55 injured in the blast.": roleToll,
	} {
		if ms := mentions(text); len(ms) == 0 || ms[0].role != want {
			t.Errorf("mentions(%q) = %+v, want the role %v", text, ms, want)
		}
	}
}

// A figure's unit is the plural noun after a modifier: "14 felony
// charges" and "14 charges" count one thing.
func TestMentionsUnitAfterModifier(t *testing.T) {
	for text, unit := range map[string]string{
		"He was convicted on 14 felony charges.":   "charge",
		"He faced 14 charges.":                     "charge",
		"It trapped 13 coal miners underground.":   "miner",
		"The jet had 291 passengers.":              "passenger",
		"The 2,000 people fled.":                   "people",
		"She scored 22 goals this season.":         "goal",
		"The 3 million barrels were shipped.":      "million barrel",
		"Some 40 rescue teams were sent, it says.": "team",
	} {
		if ms := mentions(text); len(ms) == 0 || ms[0].unit != unit {
			t.Errorf("mentions(%q) = %+v, want the unit %q", text, ms, unit)
		}
	}
}

// A figure after a word written with a capital is part of a name, but
// for a month's day and a sentence's first word.
func TestMentionsSkipNames(t *testing.T) {
	for text, want := range map[string][]mention{
		"A Boeing 777 passenger jet, Flight 214, carried 291 passengers, the No. 2 route.": {
			{shown: "291 passengers", value: "291", unit: "passenger"}},
		"In 2013 it crashed on July 6 at dawn.": {
			{shown: "2013 it", value: "2013", unit: "it"}, {shown: "6 at", value: "6", unit: "at"}},
	} {
		if got := mentions(text); !reflect.DeepEqual(got, want) {
			t.Errorf("mentions(%q):\n got %+v\nwant %+v", text, got, want)
		}
	}
}

func TestSameValueAndFarApart(t *testing.T) {
	for _, tc := range []struct {
		a, b      string
		same, far bool
	}{
		{"26.2", "26", true, false},
		{"26", "26.2", true, false},
		{"26.7", "26", false, false},
		{"3.14", "3.1", true, false},
		{"241", "260", false, false},
		{"50.9%", "51%", true, false},
		{"51", "51%", false, false},
		{"10", "1450", false, true},
		{"1450", "100", false, true},
		{"900", "1865", false, false},
	} {
		if got := sameValue(tc.a, tc.b); got != tc.same {
			t.Errorf("sameValue(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
		if got := farApart(tc.a, tc.b); got != tc.far {
			t.Errorf("farApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.far)
		}
	}
}

// testdata/trust/crash-tolls: two versions give the toll on board (241),
// two the toll with those killed on the ground (more than 260). The brief
// gives the higher toll (see latestToll) and says the versions disagree,
// with the versions behind each figure; the test clusters, whose versions
// agree, have no conflicts.
func TestConflicts(t *testing.T) {
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Summarize(context.Background(), readDocs(t, "../testdata/trust/crash-tolls"))
	if err != nil {
		t.Fatal(err)
	}
	var found []Conflict
	for _, sel := range b.Sentences {
		if strings.Contains(sel.Text, "260") {
			found = sel.Conflicts
		}
	}
	want := []Conflict{{Figure: "more than 260 people", Values: []Value{
		{Value: "more than 260 people", Support: []string{"02_city-herald.txt", "04_evening-post.txt"}},
		{Value: "241 people", Support: []string{"03_radio.txt"}},
	}}}
	if !reflect.DeepEqual(found, want) {
		t.Errorf("conflicts of the toll: %+v, want %+v\n%s", found, want, b.Text())
	}
	var ann strings.Builder
	if err := b.WriteAnnotated(&ann); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ann.String(), "[4/4; more than 260 people in 2, 241 people in 1 other]") {
		t.Errorf("annotated: %s", ann.String())
	}
	for _, dir := range []string{"../testdata/kazakhstan", "../testdata/clusters/bridge-closure", "../testdata/clusters/factory-fire",
		"../testdata/clusters/ferry-strike", "../testdata/clusters/library-levy"} {
		b, err := s.Summarize(context.Background(), readDocs(t, dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, sel := range b.Sentences {
			if len(sel.Conflicts) > 0 {
				t.Errorf("%s: %q: conflicts %+v where the versions agree", dir, sel.Text, sel.Conflicts)
			}
		}
	}
}

func TestToll(t *testing.T) {
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"The death toll in the earthquakes has risen to over 11,200.", 11200},
		{"The death toll in the crash involving the Northern Star Express, the Harbour Line Superfast Express, and a goods train has reached 294 as of Sunday.", 294},
		{"A jet crashed on Thursday, killing all 241 passengers and crew.", 241},
		{"Officials said 12,391 people had died in Turkey and 2,992 in Syria.", 12391},
		{"Rescuers recovered four more bodies, raising the death toll from the crash to 35.", 35},
		{"At least 19 people on the ground were killed.", 19},
		{"Officials said 12,391 people had died in Turkey and 2,992 in Syria, bringing the confirmed total to 15,383.", 15383},
		{"The death toll from the storm that struck the coast on Friday climbed above 1,200 on Sunday.", 1200},
		{"The death toll from Friday's magnitude 6.8 earthquake has risen to at least 2,900.", 2900},
		{"The deadliest earthquake in the country's recent history killed about 12,000 people in 1960.", 0},
		{"Last July, 48 people were killed after another domestic flight crashed.", 0},
		{"The minister said 18 people, including two pilots, have lost their lives.", 18},
		{"Police have detained nine men after an attack that claimed at least 71 lives at a stadium near Varno.", 71},
		{"The storm has cost 12 lives in Ostland.", 12},
		{"By Wednesday the fire had claimed the lives of 48 people.", 48},
		{"Five bodies have been recovered from the site of the blast, police said.", 5},
		{"The attack, which left over 100 people dead or injured, was carried out by one man.", 0},
		{"The blast killed or wounded 40 people.", 0},
		{"Divers retrieved 12 bodies from the ferry.", 12},
		{"Rescuers found four more bodies on Monday.", 0},
		{"A disaster was declared after at least 53 people are confirmed to have died in the fires.", 53},
		{"Eleven miners were reported to have been killed.", 11},
		{"The fire took four more lives on Sunday.", 4},
		{"The death toll has risen to 15,383, the deadliest in the country since 1939.", 15383},
		{"The 1999 Izmit earthquake killed more than 17,000 people.", 0},
		{"The death toll, currently five, could rise to nearly 50 if the missing are not found.", 0}, // what it may come to is no count
		{"The toll is expected to reach 100, officials said, after 40 people were killed.", 40},
		{"Officials fear the toll may pass the 300 people killed in the 2009 L’Ostra earthquake.", 0},
		{"It is the country's worst ferry disaster since 1987, when 140 people died.", 0},
		{"The ceasefire comes after a year marked by intense conflict, with reports indicating nearly 3,800 fatalities in Lebanon.", 0},
		{"The truce was agreed after 14 months of fighting that killed more than 4,000 people.", 0},
		{"The storm killed 12 people after a week of heavy rain.", 12},
		{"Israeli airstrikes in Lebanon have killed over 3,500 people since October 2023.", 0},
		{"Those in the region call it a disaster, with the number of fatalities soaring to 11,300, the Red Crescent said.", 11300},
		{"Deaths at 5 sites were reported.", 0},
		{"Officials reported a confirmed total of 5,000 infections, while 12 people died.", 12},
		{"The plane was carrying 58 people.", 0},
		{"More than 8,500 are injured.", 0},
		{"The fire killed no one, but 45 firefighters fought it.", 0},
		{"Rescuers said 120 had been rescued, with six people confirmed dead and 260 missing.", 6},
		{"At least four of the 300 people aboard died and 55 were injured.", 4},
		{"The jet crashed on landing, killing two people and injuring 182 others.", 2},
		{"No one was killed when the roof fell in.", 0},
		{"One of the passengers died in hospital.", 1},
		{"At least six people, including a student, died in the sinking.", 6},
		{"Nine people, most of them tourists, were killed.", 9},
		{"At least 265 people, including 241 of the 242 on board a flight bound for Varno, were killed on Thursday.", 265},
		{"Divers found two more bodies, raising to five the death toll.", 5},
	} {
		if got := toll(tc.text); got != tc.want {
			t.Errorf("toll(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestUnitOf(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the units of the figures of text, in order
	}{
		{"Official returns gave him 50.9% of the vote compared to 49.1% for his rival.", []string{"vote", "rival"}},
		{"With more than 99% of ballots counted, he led with 50.9 percent of the ballots.", []string{"ballot counted", "ballot"}},
		{"The bank will offer a $100 billion liquidity line.", []string{"billion liquidity"}},
		{"It raised its offer to more than $2 billion, the paper said.", []string{"billion"}},
		{"A jet crashed, killing all 241 passengers and crew.", []string{"passenger"}},
		{"It costs $3.1 million a year.", []string{"million year"}}, // a rate
		{"Congress approved $2 billion in aid.", []string{"billion"}},
	} {
		var got []string
		for _, m := range mentions(tc.text) {
			got = append(got, m.unit)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("units of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestRoles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []role // the roles of the figures of text, in order
	}{
		{"The death toll from the crash rose to 18 on Saturday, with 16 others hospitalized.", []role{roleToll, 0}},
		{"A flight carrying 190 people crashed while landing on Friday night.", []role{0}},
		{"MPs voted by 432 votes to 202 to reject the deal.", []role{roleTally, roleTally}},
		{"MPs have voted 432 to 202 to vote down the deal.", []role{roleTally, roleTally}},
		{"She won the vote by 325 to 306.", []role{roleTally}}, // 306 has no unit
		{"The deal was rejected by 230 votes.", []role{0}},
		{"He faces a maximum possible sentence of 110 years in prison.", []role{roleBound}},
		{"The charges carried a sentence of up to 115 years.", []role{roleBound}},
		{"The judge sentenced him to 25 years in prison.", []role{0}},
	} {
		var got []role
		for _, m := range mentions(tc.text) {
			got = append(got, m.role)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("roles of %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestInjured(t *testing.T) {
	for text, want := range map[string]float64{
		"According to the latest reports, 1,170 people were injured in the accident.": 1170,
		"About 1,000 passengers are injured.":                                         1000,
		"The blast killed 12 people, injuring at least 40.":                           40,
		"The blast killed 12 people.":                                                 0,
		"Two of the 40 injured were children.":                                        40,
	} {
		if got := injured(text); got != want {
			t.Errorf("injured(%q) = %v, want %v", text, got, want)
		}
	}
}

// A place in an order is no count: "the 9th boy" and "13 boys" do not
// disagree, "the 68th minute" and "68 minutes" still give one figure.
func TestOrdinalIsNoCount(t *testing.T) {
	for _, tc := range []struct {
		a, b           string
		disagree, same bool
	}{
		{"The 9th boy was out of the cave at 4pm, the navy said.", "All 13 boys were out of the cave, the navy said.", false, false},
		{"The 9th boy was out of the cave at 4pm.", "The 8th boy was out of the cave at 2pm.", true, false},
		{"Ruiz scored in the 68th minute.", "Ruiz scored after 68 minutes.", false, true},
		{"Ruiz scored in the 68th minute.", "Ruiz scored in the 70th minute.", true, false},
	} {
		p := &pool{cands: []candidate{{text: tc.a, figs: []string{"x"}}, {text: tc.b, figs: []string{"x"}}}}
		if got := p.disagree(0, 1); got != tc.disagree {
			t.Errorf("disagree(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.disagree)
		}
		if got := p.sameFigure(0, 1); got != tc.same {
			t.Errorf("sameFigure(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
