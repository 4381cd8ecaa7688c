package summarize

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestProspectEvents(t *testing.T) {
	stop := newVectorizer().stop
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Judge Miriam Osei will decide on the sentence.", []string{"decid"}},
		{"If convicted, Halvorsen faces up to 30 years in prison.", []string{"sentenc", "jail", "imprison", "convict"}},
		{"The judge will rule on Friday, and the term could amount to decades in prison.", []string{"sentenc", "jail", "imprison", "rule", "amount"}},
		// the term passed, not to come: only the event after "will"
		{"Halvorsen will die in jail after he was sentenced to 30 years in prison.", []string{"die"}},
		{"The minister is expected to formally resign on Monday.", []string{"resign"}},
		{"Judge Osei set sentencing for April 18.", []string{"sentenc"}},
		{"The club set a record with its win.", nil},                                            // "set" for no date
		{"He asked if the plan would work.", []string{"work"}},                                  // "if" before no participle
		{"Prosecutors said he would not be charged.", nil},                                      // negated
		{"The talks will resume in May, and May Tan will attend.", []string{"resum", "attend"}}, // "May", a month and a name
		{"The bridge closed on Monday.", nil},
		{"Federal prosecutors want Bankman-Fried sentenced to between 40 and 50 years in prison.", []string{"sentenc", "jail", "imprison", "sentenc"}}, // a wish, of a term in prison
		{"The union asked the company to raise its offer.", nil},
		{"“We wanted the cottage to feel lived in again,” she said.", nil},                // a wish of no participle
		{"The first thing that will happen on Thursday is the hearing.", nil},             // no one event
		{"The death toll is expected to rise.", nil},                                      // goes on rising
		{"Had she not won the vote, she would have been expected to resign.", nil},        // did not happen
		{"He faces a statutory maximum of 110 years, but will likely receive less.", nil}, // no one event
		{"The agency had yet to call the race.", []string{"call"}},
		{"The House has not yet been called.", []string{"call"}},
	} {
		if got := prospectEvents(tc.text, stop); !slices.Equal(got, tc.want) {
			t.Errorf("prospectEvents(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPastForms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Halvorsen was sentenced on Friday.", []string{"sentenc"}},
		{"Portmere won the cup.", []string{"win"}},
		{"Sentenced in 2019, he was freed last year.", nil},                     // opens the sentence
		{"It spoke of enhanced ties and an announced plan.", []string{"speak"}}, // adjectives
		{"The minister resigned, and the party announced a successor.", []string{"resign", "announc"}},
		{"Ahmed Announced nothing.", nil},                                      // capitals
		{"Federal prosecutors want Bankman-Fried sentenced to 40 years.", nil}, // a wish
		{"Aid workers who managed to reach the city found it ruined.", []string{"manag", "reach", "find", "ruin"}},
		{"Aid workers struggled to reach the city.", []string{"struggl"}},
	} {
		if got := pastForms(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("pastForms(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A trial told before and after its verdict: the brief gives the sentence
// passed, never the prospects the early versions gave of it, at any
// budget; and those prospects are counted as superseded.
func TestFreshness(t *testing.T) {
	stale := regexp.MustCompile(`faces up to|will decide|set sentencing|could amount`)
	docs := readDocs(t, "../testdata/trust/fraud-trial")
	for _, words := range []int{50, 100, 200} {
		opts := DefaultOptions()
		opts.Budget = Budget{Unit: Words, N: words}
		s, _ := New(opts)
		b, err := s.Summarize(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`sentenced .*12 years`).MatchString(b.Sentences[0].Text) {
			t.Errorf("%d words: the brief opens %q, not with the sentence passed", words, b.Sentences[0].Text)
		}
		for _, sel := range b.Sentences {
			if stale.MatchString(sel.Text) {
				t.Errorf("%d words: a stale prospect in the brief: %q", words, sel.Text)
			}
			if len(sel.Conflicts) > 0 {
				t.Errorf("%d words: conflicts %+v on %q: the prospect's figure is no disagreement", words, sel.Conflicts, sel.Text)
			}
		}
		var n int
		for _, d := range b.Documents {
			n += d.DroppedBy[Superseded]
		}
		if n != 4 {
			t.Errorf("%d words: %d sentences superseded, want 4 (two prospects of a term, the sentencing date, the judge's decision)", words, n)
		}
	}
}

// superseded on pairs of versions: the first says what is to come, the
// second what was done, or something else.
func TestSuperseded(t *testing.T) {
	for _, tc := range []struct {
		early, late string
		want        bool
		dates       [2]string // the versions' dates, if known
	}{
		{"The council will decide on the levy next week.", "The council decided on the levy on Monday night.", true, [2]string{}},
		{"Halvorsen faces up to 30 years in prison.", "Halvorsen was sentenced to 12 years in prison.", true, [2]string{}},
		{"The library would be closed for at least three months.", "The library will stay closed for at least three months.", false, [2]string{}}, // both to come
		{"The minister would not be charged with fraud.", "The minister was charged with fraud.", false, [2]string{}},                             // negated
		{"The club will decide on a new coach in June.", "The ferry company decided to cancel sailings.", false, [2]string{}},                     // another story
		{"Labour will win the election in May, Ardern said.", "Ardern won the election in May five years ago.", false, [2]string{}},               // another time
		{"The agency had yet to call the race for Cole on Tuesday night.", "The agency called the race for Cole early on Wednesday.", true, [2]string{}},
		{"The count in Varno has not yet been declared.", "The count in Varno was declared at dawn.", true, [2]string{}},
		{"Aid workers are expected to reach the flooded city of Varno on Friday.", "Aid workers who managed to reach the flooded city of Varno found thousands homeless.", true, [2]string{}},
	} {
		docs := []Document{{Name: "early.txt", Text: tc.early}, {Name: "late.txt", Text: tc.late}}
		s, _ := New(DefaultOptions())
		r, _, err := s.prepare(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.noise[0] == Superseded; got != tc.want {
			t.Errorf("%q after %q: superseded %v, want %v", tc.early, tc.late, got, tc.want)
		}
	}
}

// A toll that rises through the day: the brief gives the latest version's
// figure when the versions are dated, and notes the earlier one as a
// disagreement.
func TestFreshestToll(t *testing.T) {
	docs := []Document{
		{Name: "morning.txt", Date: mustDate(t, "2025-05-02T08:00:00Z"), Text: "A storm killed at least 12 people in the coastal town of Brenna on Friday, officials said.\n\nRoads were cut off by floods. Rescue teams reached the worst-hit villages by boat."},
		{Name: "noon.txt", Date: mustDate(t, "2025-05-02T12:00:00Z"), Text: "A storm killed at least 12 people in Brenna on Friday, officials said.\n\nFloods cut off the roads into the town."},
		{Name: "evening.txt", Date: mustDate(t, "2025-05-02T20:00:00Z"), Text: "The storm that struck Brenna on Friday killed at least 30 people, officials said in the evening.\n\nRescue teams reached the worst-hit villages by boat after floods cut off the roads."},
	}
	s, _ := New(DefaultOptions())
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if first := b.Sentences[0]; first.Source != "evening.txt" || len(first.Conflicts) != 1 {
		t.Errorf("the brief opens %q from %s, conflicts %+v; want the evening's toll, with the earlier one as a disagreement", first.Text, first.Source, first.Conflicts)
	}
	for _, sel := range b.Sentences {
		if regexp.MustCompile(`\b12 people`).MatchString(sel.Text) {
			t.Errorf("the stale toll in the brief: %q", sel.Text)
		}
	}
	// Undated, the toll of deaths still tells the later version: tolls
	// only rise (see latestToll). A figure of another kind does not.
	for i := range docs {
		docs[i].Date = Date{}
	}
	if b, err = s.Summarize(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if b.Sentences[0].Source != "evening.txt" {
		t.Errorf("undated, the brief opens %q from %s, not with the highest toll", b.Sentences[0].Text, b.Sentences[0].Source)
	}
	for i, text := range []string{
		"A storm flooded 12 homes in the coastal town of Brenna on Friday, officials said.\n\nRoads were cut off by floods. Rescue teams reached the worst-hit villages by boat.",
		"A storm flooded 12 homes in Brenna on Friday, officials said.\n\nFloods cut off the roads into the town.",
		"The storm that struck Brenna on Friday flooded 30 homes, officials said in the evening.\n\nRescue teams reached the worst-hit villages by boat after floods cut off the roads.",
	} {
		docs[i].Text = text
	}
	if b, err = s.Summarize(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if b.Sentences[0].Source == "evening.txt" {
		t.Errorf("undated, the brief opens with the evening's 30 homes: only a toll of deaths tells the later version")
	}
}

func mustDate(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestProspectMarkers(t *testing.T) {
	for w := range wishes {
		if m := prospectMarkers("They " + w + " it done."); len(m) != 1 || m[0].word != "wish" {
			t.Errorf("the wish %q is no marker: %v", w, m)
		}
	}
	for _, tc := range []struct {
		text string
		want []string // the markers' words
	}{
		{"Kazakhstan is set to join the accords.", []string{"set", "to"}},
		{"The council plans to vote, and it may decide in May.", []string{"to", "may"}},
		{"If convicted, he faces prison; the jury is expected to rule.", []string{"if", "to"}},
		{"He went to the station and said it was about time.", nil},
		{"May Tan will attend.", []string{"will"}},
		{"The deal is widely expected to be defeated.", []string{"to"}},
		{"The agency had yet to call the race.", []string{"yet"}},
		{"The House has not yet been called.", []string{"yet"}},
		{"Yet the council voted to close it.", nil},
	} {
		var got []string
		for _, m := range prospectMarkers(tc.text) {
			got = append(got, m.word)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("prospectMarkers(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Undated, the versions that report done what the others say is to come
// are the later ones, and what they lead with is the news: the trial's
// brief opens with the sentence passed whatever the versions' dates.
func TestNewsOfLaterVersions(t *testing.T) {
	docs := readDocs(t, "../testdata/trust/fraud-trial")
	for i := range docs {
		docs[i].Date = Date{}
	}
	s, _ := New(DefaultOptions())
	r, p, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, false, true, true}; !slices.Equal(r.latest, want) {
		t.Errorf("latest versions %v, want %v (the two of the sentencing)", r.latest, want)
	}
	_ = p
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if first := b.Sentences[0]; !strings.Contains(first.Text, "sentenced") {
		t.Errorf("undated, the brief opens %q, not with the sentence passed", first.Text)
	}
	// One prospect overtaken is a detail: the example has one ("would
	// announce the step", "announced Thursday") and no latest versions.
	if r, _, err = s.prepare(context.Background(), readDocs(t, "../testdata/kazakhstan")); err != nil || r.latest != nil {
		t.Errorf("the example's latest versions %v (%v), want none", r.latest, err)
	}
}

func TestLatestVersions(t *testing.T) {
	day := func(s string) Date { return mustDate(t, s) }
	for _, tc := range []struct {
		name  string
		dates []Date
		later []bool
		tolls []float64
		want  []bool
	}{
		{"dated, developing", []Date{day("2025-03-03"), day("2025-04-18"), {}, day("2025-04-18")}, nil, nil, []bool{false, true, false, true}},
		{"dated, one day: by what they report done", []Date{day("2025-03-03"), day("2025-03-04")}, []bool{false, true}, nil, []bool{false, true}},
		{"undated", []Date{{}, {}, {}}, []bool{false, true, true}, nil, []bool{false, true, true}},
		{"all later: none told apart", []Date{{}, {}}, []bool{true, true}, nil, nil},
		{"nothing known", []Date{{}, {}}, nil, nil, nil},
		// An undated version with a higher toll than the latest day's, or
		// later by what it reports done, is of the latest state.
		{"dated and undated, by tolls", []Date{day("2023-09-09"), {}, day("2023-09-11"), {}, {}}, nil, []float64{632, 2012, 2681, 2900, 0}, []bool{false, false, true, true, false}},
		{"dated and undated, by what they report done", []Date{day("2023-09-09"), {}, day("2023-09-11")}, []bool{false, true, false}, nil, []bool{false, true, true}},
		// Undated, the versions whose tolls are near the highest, when the
		// tolls rose several times over: not one version's toll alone,
		// nor tolls a few apart.
		{"undated, by tolls", []Date{{}, {}, {}, {}}, nil, []float64{2300, 4300, 15000, 15383}, []bool{false, false, true, true}},
		{"undated, one high toll", []Date{{}, {}, {}, {}}, nil, []float64{17, 18, 18, 158}, nil},
		{"undated, tolls a few apart", []Date{{}, {}, {}}, nil, []float64{241, 241, 260}, nil},
	} {
		if got := latestVersions(tc.dates, tc.later, tc.tolls); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestLessEarlier(t *testing.T) {
	cands := []candidate{{doc: 0}, {doc: 1}, {doc: 1}, {doc: 2}}
	rel := []float64{1, 0.5, 0.8, 0.4}
	lessEarlier(rel, cands, nil)
	if want := []float64{1, 0.5, 0.8, 0.4}; !slices.Equal(rel, want) {
		t.Errorf("no latest versions: %v, want %v", rel, want)
	}
	lessEarlier(rel, cands, []bool{false, true, false})
	w, x := earlierWeight, 0.4
	if want := []float64{w, 0.5, 0.8, x * w}; !slices.Equal(rel, want) {
		t.Errorf("%v, want %v", rel, want)
	}
}

// A higher toll of deaths that retells another chosen sentence (an earlier
// count of bodies found) takes that one's place too, and the room it
// leaves goes to another fact (see latest).
func TestTollRetells(t *testing.T) {
	docs := []Document{
		{Name: "thursday.txt", Text: "The death toll from the crash of a Norland Air plane into the Lesk river rose to 31 people on Thursday as divers searched for the missing.\n\nThe plane crashed into the river shortly after take-off from Brask airport on Wednesday with 58 people on board.\n\nDivers recovered four more bodies from the river on Friday morning, officials said."},
		{Name: "friday.txt", Text: "The death toll from the Norland Air crash rose to 31 people on Thursday, officials said, as divers searched the Lesk river.\n\nDivers recovered four more bodies from the Lesk river on Friday morning, officials said.\n\nThe plane crashed shortly after take-off from Brask airport with 58 people on board.\n\nThe pilot had reported an engine failure seconds before the crash, the aviation authority said."},
		{Name: "saturday.txt", Text: "Divers recovered more bodies from the Lesk river on Saturday, bringing the confirmed death toll of the Norland Air crash to 40, officials said.\n\nThe plane had 58 people on board when it crashed shortly after take-off from Brask airport.\n\nThe pilot reported an engine failure seconds before the crash, the aviation authority said."},
	}
	s, _ := New(DefaultOptions())
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, sel := range b.Sentences {
		texts = append(texts, sel.Text)
	}
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "toll of the Norland Air crash to 40") {
		t.Errorf("the toll of 40 is not in the brief:\n%s", all)
	}
	for _, stale := range []string{"rose to 31", "four more bodies"} {
		if strings.Contains(all, stale) {
			t.Errorf("%q is still in the brief:\n%s", stale, all)
		}
	}
	if !strings.Contains(all, "engine failure") {
		t.Errorf("the room the retold sentences left is not filled:\n%s", all)
	}
}

func TestPending(t *testing.T) {
	p := &pool{cands: []candidate{
		{doc: 0, text: "Labour has not confirmed its timing yet."},
		{doc: 0, text: "The cause of the fire was not immediately known."},
		{doc: 0, text: "The council is yet to decide on the plan."},
		{doc: 0, text: "It remains to be seen whether the deal will pass."},
		{doc: 0, text: "It is still unclear how many people were on board."},
		{doc: 0, text: "The vote is set for Tuesday evening."},
		{doc: 0, text: "Many people remain trapped inside the coaches."},
		{doc: 0, text: "The president has been detained, as fears mount of a coup."},
		{doc: 0, text: "The bridge remains the only road link to the island."},
		{doc: 1, text: "The cause of the fire was not immediately known."},
		{doc: 1, text: "Labour has not confirmed its timing yet."},
		{doc: 1, text: "Many people remain trapped inside the coaches."},
	}}
	want := []bool{true, true, true, true, true, false, true, true, false, false, false, false}
	if got := pending(p, []bool{false, true}); !slices.Equal(got, want) {
		t.Errorf("pending = %v, want %v", got, want)
	}
	if got := pending(p, nil); got != nil {
		t.Errorf("with no latest state, pending = %v, want nil", got)
	}
}

// A latest version that opens with a survivor's words gives no news: the
// news is what a version tells, not someone's words on it. (The other
// latest version, of the latest day, opens with a sentence that leans on
// one before it.)
func TestNewsIsNoQuotation(t *testing.T) {
	docs := []Document{
		{Name: "monday.txt", Date: mustDate(t, "2023-02-06T10:00:00Z"), Text: "An earthquake of magnitude 7.8 struck the Varn valley early on Monday, killing more than 1,700 people, officials said.\n\nRescuers searched flattened buildings in the city of Korsa.\n"},
		{Name: "wednesday.txt", Date: mustDate(t, "2023-02-08T10:00:00Z"), Text: "It was the deadliest earthquake in the Varn valley in a century.\n\nThe death toll from the quake climbed above 5,000 and was expected to rise.\n"},
		{Name: "later.txt", Text: "“We have nowhere to sleep but the street,” a survivor of the Varn valley earthquake in the city of Korsa said.\n\nThousands of people lost their homes in the earthquake, which killed more than 12,000 people.\n"},
	}
	s, _ := New(DefaultOptions())
	r, p, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	scores := salience(p, r.items, s.denseMax)
	rel := relevance(p.cands, scores, r.items, false, r.vocab)
	ok, _, err := eligible(p, rel, s.opts.MinSupport, len(docs), r.items)
	if err != nil {
		t.Fatal(err)
	}
	if news := newsOf(p, rel, s.opts.MinSupport, ok, r.latest, r.later); news >= 0 && opensQuote(p.cands[news].text) {
		t.Errorf("newsOf = %q, a quotation", p.cands[news].text)
	}
}

// A developing disaster told by dated and undated versions opens with the
// highest toll, which an undated version may give, and gives no lower one.
func TestNewsOfTolls(t *testing.T) {
	docs := []Document{
		{Name: "saturday.txt", Date: mustDate(t, "2023-09-09T10:00:00Z"), Text: "An earthquake of magnitude 6.8 struck the Varn mountains late on Friday, killing at least 296 people, the interior ministry said.\n\nMost of the deaths were in remote villages south of the city of Korsa.\n\nRescue teams struggled to reach the villages on damaged mountain roads."},
		{Name: "monday.txt", Date: mustDate(t, "2023-09-11T10:00:00Z"), Text: "The interior ministry announced on Monday a new rise in the death toll from the earthquake that struck the Varn mountains on Friday night.\n\nThe ministry said 2,681 people had been killed and 2,501 injured.\n\nRescue teams from four countries joined the search in the remote villages south of Korsa."},
		{Name: "undated.txt", Text: "Officials announced on Tuesday that the death toll from Friday's magnitude 6.8 earthquake in the Varn mountains has risen to at least 2,900.\n\nMore than 5,500 people were injured, officials said.\n\nRescue teams from four countries are searching the remote villages south of Korsa."},
	}
	s, _ := New(DefaultOptions())
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if first := b.Sentences[0]; first.Source != "undated.txt" || !strings.Contains(first.Text, "2,900") {
		t.Errorf("the brief opens %q from %s, want the toll of 2,900", first.Text, first.Source)
	}
	for _, sel := range b.Sentences[1:] {
		if regexp.MustCompile(`\b(296|2,681) people`).MatchString(sel.Text) {
			t.Errorf("a lower toll in the brief: %q", sel.Text)
		}
	}
}

// newsText returns the text of the news of docs (see newsOf), "" when
// there is none, and the versions that tell the latest state.
func newsText(t *testing.T, s *Summarizer, docs []Document) (string, []bool) {
	t.Helper()
	r, p, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	rel := relevance(p.cands, salience(p, false, DenseMax), false, false, r.vocab)
	ok, _, _ := eligible(p, rel, 0, len(docs), false)
	if news := newsOf(p, rel, 0, ok, r.latest, r.later); news >= 0 {
		return p.cands[news].text, r.latest
	}
	return "", r.latest
}

// A later version's toll that its lead has not caught up with, as in a
// live blog's update further down, is the news (see laterToll); a toll of
// something else, which states little of the news's fact, is not.
func TestNewsOfLaterToll(t *testing.T) {
	docs := []Document{
		{Name: "thursday.txt", Date: mustDate(t, "2023-08-10T10:00:00Z"), Text: "At least 36 people have been killed in the wildfire that swept through the coastal town of Varna Bay, county officials said on Thursday.\n\nThousands of residents fled as the fire reached the harbour.\n\nFirefighters were still battling the flames on Thursday evening."},
		{Name: "monday.txt", Date: mustDate(t, "2023-08-14T10:00:00Z"), Text: "County officials said the death toll from the Varna Bay wildfire had reached 96 on Monday, as they identified the first victims.\n\nSearch teams with dogs have covered a third of the burned area.\n\nThe county opened a centre where families can give DNA samples."},
		{Name: "live.txt", Date: mustDate(t, "2023-08-14T20:00:00Z"), Text: "Food and water distribution sites will move to new locations from Tuesday, the county said tonight.\n\nThe schedule for the rest of the week will be posted on the county's website.\n\nCounty police released the names of six more victims of the Varna Bay wildfire, and the confirmed death toll rose to 106.\n\nThe nation's wars have killed more than 4,000 soldiers since 1990, the veterans' office said."},
	}
	s, _ := New(DefaultOptions())
	if news, _ := newsText(t, s, docs); !strings.Contains(news, "rose to 106") {
		t.Errorf("the news is %q, want the toll of 106", news)
	}
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if first := b.Sentences[0]; !strings.Contains(first.Text, "rose to 106") {
		t.Errorf("the brief opens %q from %s, want the toll of 106", first.Text, first.Source)
	}
	for _, sel := range b.Sentences {
		if strings.Contains(sel.Text, "reached 96") || strings.Contains(sel.Text, "4,000") {
			t.Errorf("in the brief: %q", sel.Text)
		}
	}
}

// A later version that opens with a scene gives the toll further down:
// that toll, higher than the leads' and telling a lead's fact, is the
// news (see laterToll).
func TestNewsOfSceneLead(t *testing.T) {
	docs := []Document{
		{Name: "friday.txt", Date: mustDate(t, "2024-03-22T21:00:00Z"), Text: "Gunmen opened fire on a crowd at the Orla concert hall near Vessen on Friday, killing at least 40 people, officials said.\n\nThe hall was then set on fire.\n\nPolice closed the roads around the hall."},
		{Name: "saturday.txt", Date: mustDate(t, "2024-03-23T10:00:00Z"), Text: "Gunmen attacked the Orla concert hall near Vessen, killing at least 93 people, investigators said on Saturday.\n\nEleven people were arrested overnight, the security service said.\n\nThe country declared a day of mourning."},
		{Name: "monday.txt", Date: mustDate(t, "2024-03-25T10:00:00Z"), Text: "The auditorium was about three-quarters full, with the crowd waiting for a band popular since the 1980s.\n\nBy Monday, the attack on the Orla concert hall near Vessen had left at least 137 people dead, investigators said.\n\nThe band's members were unhurt."},
	}
	s, _ := New(DefaultOptions())
	if news, _ := newsText(t, s, docs); !strings.Contains(news, "137") {
		t.Errorf("the news is %q, want the toll of 137", news)
	}
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if first := b.Sentences[0]; !strings.Contains(first.Text, "137") {
		t.Errorf("the brief opens %q from %s, want the toll of 137", first.Text, first.Source)
	}
}

// Of the latest versions' leads, one that no other version supports and
// that lies off the story's core (a kicker) is no new fact: the lead that
// the earlier versions support is the news.
func TestNewsOfKickerLead(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Date: mustDate(t, "2024-05-02T09:00:00Z"), Text: "The space company Orbitra launched its heaviest rocket, the Titan Nine, on its first test flight from Kessel Bay on Tuesday.\n\nThe rocket carried a test satellite into orbit.\n\nTwo of its three boosters landed back at the pad."},
		{Name: "b.txt", Date: mustDate(t, "2024-05-02T12:00:00Z"), Text: "Orbitra's Titan Nine rocket lifted off from Kessel Bay on its first test flight on Tuesday, the heaviest rocket the company has launched.\n\nTwo of its three boosters landed back at the pad.\n\nThe rocket carried a test satellite into orbit."},
		{Name: "c.txt", Date: mustDate(t, "2024-05-05T10:00:00Z"), Text: "Gardeners everywhere will tell you that patience is a virtue worth its weight in gold.\n\nThe Titan Nine rocket lifted off from Kessel Bay on Tuesday, the heaviest Orbitra has flown.\n\nTwo of its three boosters landed back at the pad."},
		{Name: "d.txt", Date: mustDate(t, "2024-05-05T10:00:00Z"), Text: "Orbitra launched the Titan Nine, its heaviest rocket, from Kessel Bay on Tuesday on a first test flight that put a satellite in orbit.\n\nThe company's chief said the next flight would carry crew.\n\nTwo of its three boosters landed back at the pad."},
	}
	s, _ := New(DefaultOptions())
	if news, _ := newsText(t, s, docs); !strings.HasPrefix(news, "Orbitra launched the Titan Nine") {
		t.Errorf("the news is %q, want d.txt's lead", news)
	}
}

// Undated, the most relevant lead that gives a toll is the news when a
// sentence further down gives a higher one (see risingTollLead); with no
// higher toll there is no news to choose first.
func TestNewsOfRisingToll(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Text: "At least four people died when a ferry carrying 300 passengers sank off the coast of Varno on Wednesday, officials said.\n\nDivers searched the hull through the night.\n\nThe ferry was bound for the island of Skarn."},
		{Name: "b.txt", Text: "A ferry carrying 300 passengers sank off Varno on Wednesday, killing at least four people, the coast guard said.\n\nThe ferry was bound for the island of Skarn.\n\nDivers searched the hull through the night."},
		{Name: "c.txt", Text: "Relatives waited at the port of Varno for news of the missing.\n\nBy Thursday morning the ferry's sinking off Varno had left six confirmed dead, the coast guard said.\n\nThe ferry was bound for the island of Skarn."},
	}
	s, _ := New(DefaultOptions())
	if news, _ := newsText(t, s, docs); !strings.Contains(news, "At least four people died") && !strings.Contains(news, "killing at least four") {
		t.Errorf("the news is %q, want a lead of the four dead", news)
	}
	docs[2].Text = strings.ReplaceAll(docs[2].Text, "six", "four")
	if news, _ := newsText(t, s, docs); news != "" {
		t.Errorf("the news is %q, want none", news)
	}
}

// One latest version alone, by its date, with neither a toll nor a
// prospect of the others reported done, is a follow-up: its lead is not
// the news, and the lead most versions share opens the brief.
func TestNewsOfFollowUp(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Date: mustDate(t, "2024-07-19T09:00:00Z"), Text: "A faulty software update from the security firm Kestrel crashed millions of office computers worldwide on Friday, grounding flights and shutting banks.\n\nKestrel said a fix had been deployed.\n\nAirports in three countries returned to paper boarding passes."},
		{Name: "b.txt", Date: mustDate(t, "2024-07-19T12:00:00Z"), Text: "Millions of office computers worldwide crashed on Friday after a faulty software update from the security firm Kestrel, grounding flights and shutting banks.\n\nThe firm's chief executive apologised on television.\n\nKestrel said a fix had been deployed."},
		{Name: "c.txt", Date: mustDate(t, "2024-07-19T15:00:00Z"), Text: "A faulty Kestrel update crashed millions of office computers worldwide on Friday, grounding flights and shutting banks.\n\nKestrel said a fix had been deployed, but many computers must be repaired by hand.\n\nBanks reopened in the afternoon."},
		{Name: "d.txt", Date: mustDate(t, "2024-07-21T10:00:00Z"), Text: "Airlines were still clearing a backlog of cancelled flights on Sunday, two days after the Kestrel outage.\n\nOne carrier said it had cancelled 3,000 flights since Friday.\n\nKestrel said a fix had been deployed."},
	}
	s, _ := New(DefaultOptions())
	news, latest := newsText(t, s, docs)
	if want := []bool{false, false, false, true}; !slices.Equal(latest, want) {
		t.Fatalf("latest versions %v, want %v", latest, want)
	}
	if news != "" {
		t.Errorf("the news is %q, want none", news)
	}
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if first := b.Sentences[0]; !strings.Contains(first.Text, "crashed millions") && !strings.Contains(first.Text, "crashed on Friday") {
		t.Errorf("the brief opens %q from %s, want the crash", first.Text, first.Source)
	}
}

// Once the later versions are known, an earlier version's forecast is
// overtaken by a later one's report in fewer words in common than one
// version's prospect by another's (see supersededEarlier).
func TestSupersededEarlier(t *testing.T) {
	before := "MPs will vote on the harbour bill on Tuesday evening, five weeks after it was postponed.\n\n" +
		"The government is expected to be defeated on the bill.\n\n" +
		"A survey of members by the Ledger newspaper over the weekend predicts that a majority of 140 will vote against the bill, with many rebels among the ruling party's own backbenchers from coastal seats and northern towns."
	after := "MPs voted down the harbour bill by 312 votes to 172 on Tuesday, the heaviest defeat of a government in decades.\n\n" +
		"The government was defeated after a debate of eight days.\n\n" +
		"The opposition leader said the vote showed the government had lost control."
	docs := []Document{{Name: "before.txt", Text: before}, {Name: "monday.txt", Text: before}, {Name: "after.txt", Text: after}}
	s, _ := New(DefaultOptions())
	r, _, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.latest, []bool{false, false, true}) {
		t.Fatalf("latest versions %v, want the third", r.latest)
	}
	found := 0
	for i, sent := range r.sents {
		if strings.Contains(sent.Text, "predicts that a majority") {
			found++
			if r.noise[i] != Superseded {
				t.Errorf("%s: %q is %q, want superseded", docs[sent.Doc].Name, sent.Text, r.noise[i])
			}
		}
	}
	if found != 2 {
		t.Errorf("found the forecast %d times, want 2", found)
	}
}

// An undated story whose leads give a toll has the lead of the highest
// toll for its news (see tollStory), not the lead of most words in common
// with the others; and a toll given as a bound ("as many as") is no toll,
// left out beside the count (see latestToll).
func TestNewsOfTollStory(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Text: "Many towns near Varno have told residents to stay at home and closed their schools as police from across the region search for the gunman behind the shootings at a bar and a bowling alley in Varno on Wednesday night.\n\nThe police set up roadblocks on every road out of the town.\n\nShops and offices in the town centre stayed closed on Thursday."},
		{Name: "b.txt", Text: "A gunman killed 12 people at a bar and a bowling alley in Varno on Wednesday night, the police said.\n\nThe police named the suspect as Piet Marlow, 41, a former soldier.\n\nNine people were wounded, three of them badly."},
		{Name: "c.txt", Text: "Police searched the woods and rivers around Varno on Thursday for a gunman who killed 12 people at a bar and a bowling alley.\n\nThe suspect, Piet Marlow, is armed and dangerous, the police said.\n\nThe bar was holding a darts night when the gunman walked in."},
		{Name: "d.txt", Text: "As many as 15 people are dead after shootings at a bar and a bowling alley in Varno on Wednesday night, the county sheriff said.\n\nThe sheriff asked residents to stay at home and lock their doors.\n\nA reunion centre for families opened at the town hall."},
		{Name: "e.txt", Text: "Schools in towns near Varno were closed and residents were told to stay at home on Thursday as police from across the region searched for the gunman behind the shootings at a bar and a bowling alley.\n\nRoadblocks were set up on every road out of the town.\n\nMany shops in the town centre stayed closed."},
	}
	s, _ := New(DefaultOptions())
	if news, _ := newsText(t, s, docs); !strings.Contains(news, "killed 12") {
		t.Errorf("the news is %q, want the toll of 12", news)
	}
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, sel := range b.Sentences {
		if i == 0 && !strings.Contains(sel.Text, "killed 12") {
			t.Errorf("the brief opens with %q, want the toll of 12", sel.Text)
		}
		if strings.Contains(sel.Text, "As many as 15") {
			t.Errorf("the bound is told beside the count: %q", sel.Text)
		}
	}
	if got := toll("As many as 15 people are dead after shootings at a bar."); got != 0 {
		t.Errorf("toll of a bound = %v, want 0", got)
	}
}

// Deaths feared ("are feared dead") are left out beside a count of them:
// the fear was the count not yet known (see latestToll).
func TestFearedBesideToll(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Text: "A train crash near Varno on Friday killed 120 people, officials said on Saturday.\n\nThe express hit a goods train at speed near Bahan station.\n\nThe railway minister visited the site on Saturday."},
		{Name: "b.txt", Text: "An express train hit a goods train near Bahan station outside Varno on Friday evening.\n\nSeveral passengers of the express train are feared dead, with many more trapped inside the overturned coaches.\n\nRescuers worked through the night."},
		{Name: "c.txt", Text: "The toll from the train crash near Varno stood at 120 on Saturday, officials said.\n\nThe railway minister visited the site and promised an inquiry.\n\nThe line will stay closed for a week."},
		{Name: "d.txt", Text: "An express train collided with a goods train near Varno on Friday evening.\n\nMany passengers are feared dead and many more are trapped inside the overturned coaches, rescuers said.\n\nRescuers worked through the night to free them."},
	}
	opts := DefaultOptions()
	opts.Budget = Budget{Words, 200}
	b := mustSummarize(t, opts, docs)
	if strings.Contains(b.Text(), "feared dead") {
		t.Errorf("the fear is told beside the count: %q", b.Text())
	}
	if !strings.Contains(b.Text(), "120") {
		t.Errorf("the count is left out: %q", b.Text())
	}
	for text, want := range map[string]bool{
		"Several passengers are feared dead.":    true,
		"Many are feared to have died.":          true,
		"Residents feared the river would rise.": false,
	} {
		if got := fearedDead(text); got != want {
			t.Errorf("fearedDead(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"The fire brigade confirmed there were a number of fatalities.": true,
		"There have been fatalities, the fire chief said.":              true,
		"Several people have died after the fire.":                      true,
		"Six people have died after the fire.":                          false,
		"Several people were hurt in the fire.":                         false,
		"He said there must be thousands of people dead.":               true,
		"Thousands of people fled the city.":                            false,
	} {
		if got := uncountedDeaths(text); got != want {
			t.Errorf("uncountedDeaths(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestGroupCount(t *testing.T) {
	for _, tc := range []struct {
		text  string
		count string
		all   bool
	}{
		{"The first of Brenna's 21 trapped workers were lifted out on Monday.", "21", false},
		{"The first two of the 12 hostages were freed at dawn.", "12", false},
		{"The first of six rescuers went down the shaft.", "6", false},
		{"All 21 trapped workers were lifted out by Tuesday night.", "21", true},
		{"All of the 12 hostages have been freed.", "12", true},
		{"The last of the 21 workers reached the surface at noon.", "21", true},
		{"Every one of the 12 hostages was freed.", "12", true},
		{"All the remaining men will be brought out by Friday.", "", false},
		{"She was the first to leave the mine, in 2019.", "", false},
		{"The first reports came in at 9pm.", "", false},
		{"It was the last of its kind.", "", false},
	} {
		count, all := groupCount(tc.text)
		if count != tc.count || all != tc.all {
			t.Errorf("groupCount(%q) = %q, %v; want %q, %v", tc.text, count, all, tc.count, tc.all)
		}
	}
}

// A version that tells the first of a group brought out is earlier than
// two that tell all of it: its sentence is superseded, and what it says is
// still to come weighs less (see lessEarlier). One version that tells all
// is not enough, nor two that count another group.
func TestOvertakenProgress(t *testing.T) {
	first := "The first of Brenna's 21 trapped quarry workers were lifted to safety in a steel cage on Monday, after nine days underground.\n\nRescuers expect to bring the remaining men out over the next two days."
	all := []string{
		"All of Brenna's 21 trapped quarry workers were lifted to safety in a steel cage, ending nine days underground.\n\nThe quarry had collapsed after heavy rain.",
		"The last of the 21 quarry workers trapped in Brenna was lifted to safety on Monday night.\n\nFamilies cheered at the gate.",
	}
	other := "All 21 of the town's councillors attended the meeting about the quarry workers on Monday.\n\nThe council will meet again in May."
	for _, tc := range []struct {
		name   string
		others []string
		want   bool
	}{
		{"two tell all", all, true},
		{"one tells all", all[:1], false},
		{"another group", []string{all[0], other}, false},
	} {
		docs := []Document{{Name: "first.txt", Text: first}}
		for i, o := range tc.others {
			docs = append(docs, Document{Name: fmt.Sprintf("v%d.txt", i), Text: o})
		}
		s, _ := New(DefaultOptions())
		r, _, err := s.prepare(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.noise[0] == Superseded; got != tc.want {
			t.Errorf("%s: the first of 21 superseded %v, want %v", tc.name, got, tc.want)
		}
		if got := r.latest != nil && !r.latest[0]; got != tc.want {
			t.Errorf("%s: the first's version earlier %v (latest %v), want %v", tc.name, got, r.latest, tc.want)
		}
	}
}

func TestDeictic(t *testing.T) {
	for s, want := range map[string]bool{
		"The Red Cross estimated today that 50,000 people were killed.": true,
		"Yesterday's vote was close.":                                   true,
		"The council met this morning.":                                 true,
		"“Tonight people said libraries matter,” Marchetti said.":       false, // the speaker's day
		"The council met on Monday.":                                    false,
		"Todayville is a town.":                                         false,
		"This evening's vote was close.":                                true,
	} {
		if got := deictic(s); got != want {
			t.Errorf("deictic(%q) = %v, want %v", s, got, want)
		}
	}
}

// Of two renderings of one fact, the one that names its day is preferred
// to the one that says "yesterday"; a fact no other version states keeps
// its relevance.
func TestLessDeictic(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Text: "The council voted yesterday to close the Harwick Street library for good.\n\nThe library opened in 1931.\n"},
		{Name: "b.txt", Text: "The council voted on Monday to close the Harwick Street library for good.\n\nProtesters gathered outside the town hall this morning.\n"},
	}
	s, _ := New(DefaultOptions())
	_, p, err := s.prepare(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	rel := make([]float64, len(p.cands))
	for k := range rel {
		rel[k] = 1
	}
	lessDeictic(rel, p)
	for k, c := range p.cands {
		want := 1.0
		if strings.Contains(c.text, "yesterday") {
			want = deicticWeight
		}
		if rel[k] != want {
			t.Errorf("%q: relevance %v, want %v", c.text, rel[k], want)
		}
	}
}

// Undated, a lead whose event no other version opens with gives way to the
// lead whose event two others open with; "two weeks ago" in a relative
// clause of the subject tells of no event before.
func TestEventLead(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Text: "Four navy divers who helped rescue the 12 boys and their coach have left the flooded Kestrel cave.\n\nThe divers were the last out.\n"},
		{Name: "b.txt", Text: "All 12 boys and the coach who had been stranded in the Kestrel cave have been rescued, the navy said.\n\nThe last four came out on Tuesday.\n"},
		{Name: "c.txt", Text: "All 12 boys who became trapped in the Kestrel cave two weeks ago have been rescued with their coach.\n\nCrowds cheered outside the hospital.\n"},
		{Name: "d.txt", Text: "All 12 boys trapped in the Kestrel cave for 17 days have been safely rescued, along with their coach.\n\nThe mission took three days.\n"},
	}
	s, _ := New(DefaultOptions())
	// eventLead of docs, the lead that opens with top the most relevant
	eventLeadOf := func(top string) (*pool, int) {
		t.Helper()
		_, p, err := s.prepare(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		rel, ok := make([]float64, len(p.cands)), make([]bool, len(p.cands))
		for k, c := range p.cands {
			ok[k], rel[k] = true, 0.5
			if strings.HasPrefix(c.text, top) {
				rel[k] = 1
			}
		}
		return p, eventLead(p, rel, ok)
	}
	if p, k := eventLeadOf("Four navy divers"); k < 0 || !strings.HasPrefix(p.cands[k].text, "All 12 boys") {
		t.Fatalf("eventLead = %d, want a lead of the rescue", k)
	}
	// the most relevant lead's event told by another: it stays
	docs[1].Text = "Four navy divers who helped bring out the boys have left the Kestrel cave, the navy said.\n"
	if p, k := eventLeadOf("Four navy divers who helped rescue"); k >= 0 {
		t.Errorf("eventLead = %q, want none: another version opens with the divers' event", p.cands[k].text)
	}
}

// TestProvisional checks that a story of several versions drops what its
// first reports said, and keeps a sentence that only mentions them.
func TestProvisional(t *testing.T) {
	p := &pool{cands: []candidate{
		{text: "According to the state news agency, initial reports showed a gas leak at a depot near the harbour."},
		{text: "Early reports said a school in the town had collapsed."},
		{text: "Early reports on state radio blamed the blast on a gas leak."},
		{text: "Two people were hurt, according to early reports."},
		{text: "As per the initial reports the coast road is closed."},
		{text: "It was initially reported that 120 people had been rescued."},
		{text: "Gunmen stormed the office, killing nine, in what early reports indicate was a planned attack."},
		{text: "The first reports of smoke in the tunnel came in at 00:54."},
		{text: "Investigators published a preliminary report on Friday."},
		{text: "A gas leak was found at a depot near the harbour."},
	}}
	want := []bool{true, true, true, true, true, true, false, false, false, false}
	if got := provisional(p, 3); !slices.Equal(got, want) {
		t.Errorf("provisional = %v, want %v", got, want)
	}
	if got := provisional(p, 1); got != nil {
		t.Errorf("with one version, provisional = %v, want nil", got)
	}
}

func TestIsBackground(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Varno has a population of some one million people.", true},
		{"Ostland is home to millions of refugees from the war.", true},
		{"Kestrel Park is the compound where the singer lives.", true},
		{"The concert hall has 6,200 seats.", true},
		{"The mayor has resigned.", false},
		{"The mayor has become prime minister.", false},
		{"The fire is still burning.", false},
		{"The mayor is to step down in October.", false},
		{"Sailings are due to resume on Saturday.", false},
		{"The move is largely symbolic.", false},
		{"It is the first ferry strike on the islands since 2011.", true},
		{"The ferry is expected to dock on Monday.", false},
		{"Varno has a population of one million, officials said.", false},
		{"Two suspects are in jail awaiting charges.", true},
		{"The two men, who are brothers, have been charged.", false},
		{"The storm is the deadliest in decades, killing 40.", false},
		{"Rescuers are searching the rubble.", false},
		{"The mayor, who is 61, resigned on Monday.", false},
		{"The bridge was built in 1960.", false},
		{"Musk and the board have yet to acknowledge the firings.", false},
	} {
		if got := isBackground(tc.text); got != tc.want {
			t.Errorf("isBackground(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
