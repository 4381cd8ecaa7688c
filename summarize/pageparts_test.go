package summarize

import (
	"fmt"
	"strings"
	"testing"
)

func TestIsTitleCase(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Council Approves Budget After Long Debate.", true},
		{"Kazakhstan to Join Abraham Accords, Trump Announces.", true},
		{"Ferry Strike: What It Means for Island Residents.", true},
		{"Bridge Closed.", false},
		{"The council approved the budget after a long debate.", false},
		{"U.S. Secretary of State Jane Doe also met the Mayor on Nov. 6.", false},
		{"Public Works Director Alan Doe said the cracks were found on Friday.", false},
		{"The Harwick Street Bridge, Port Ellery’s busiest crossing, is closed.", false},
		{"iPhone Sales Rise Again in March.", false},
		{"جسر جديد فوق النهر.", false},
	} {
		if got := isTitleCase(tc.s); got != tc.want {
			t.Errorf("isTitleCase(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestIsHeadlinese(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Plane crashed into medical college building in Lakeview.", true},
		{"Ferry workers begin two-day strike over pay on Thursday.", true},
		{"A plane crashed into a building of the medical college.", false},
		{"Kazakhstan will join the accords, officials said on Thursday.", false},
		{"Officials said they expected more rain in the coming days.", false},
		{"Residents packed council chamber for four-hour debate on river defences.", true},
		{"El puente sobre el río fue cerrado por la tarde.", false}, // no English word links it
	} {
		if got := isHeadlinese(tc.s); got != tc.want {
			t.Errorf("isHeadlinese(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// A line in headlinese before the story is a headline in an English
// story only.
func TestHeadlineseInEnglishOnly(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       Noise
	}{
		{"english", "Council approved new budget after long debate on Monday.\n\n" +
			"The city council approved a budget of $3 million on Monday night after a debate that lasted more than four hours.\n", Headline},
		{"danish", "Byrådet vedtog nyt budget for næste år efter lang debat.\n\n" +
			"Byrådet vedtog mandag aften et budget på tre millioner kroner efter en debat, der varede mere end fire timer, og mange borgere var mødt op.\n", Kept},
	} {
		_, noise := cleanPage(t, tc.page)
		if noise[0] != tc.want {
			t.Errorf("%s: first line labelled %q, want %q", tc.name, noise[0], tc.want)
		}
	}
}

func TestRepeatsTitle(t *testing.T) {
	titles := [][]string{headTerms("Plane crashes into medical college building in Lakeview, five killed")}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Plane crashed into medical college building in Lakeview.", true},
		{"A plane crashed into a building of the medical college in Lakeview on Thursday, killing five people and injuring dozens.", false},
		{"Five students were killed when the plane hit the hostel.", false},
		{"The college building was evacuated.", false},
	} {
		if got := repeatsTitle(tc.s, titles); got != tc.want {
			t.Errorf("repeatsTitle(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestCredits(t *testing.T) {
	for _, tc := range []struct {
		block      string
		only, ends bool
	}{
		{"(Photo: Jane Doe/Example Agency)", true, false},
		{"Photo: Jane Doe/Example Agency", true, true},
		{"Image source, Example Agency", true, true},
		{"Photo by Jane Doe", true, true},
		{"AGENCY/Jane Doe", true, true},
		{"Jane Doe/Example Images", true, true},
		{"Jane Doe/Agency/Example Images", true, true},
		{"Flights to Paris/Lyon/Nice resumed", false, false},
		{"Protesters gather on Main Street. Photo: Jane Doe/Example Agency", false, true},
		{"A view of the site of the crash, on Monday. Train services resumed on June 4. | Photo Credit: ANI", false, true},
		{"Police move to clear a plaza in the city, September 23. AGENCY/Jane Doe", false, true},
		{"The talks covered Israel/Gaza.", false, false},
		{"The talks covered the Israel/Gaza border", false, false},
		{"Photos, videos and messages were shared online.", false, false},
		{"Officials said a photo by a witness showed the crash.", false, false},
		{"The mayor looked at the photo, Reuters reported.", false, false},
		{"date 2025-09-12 Harbour Ledger / Local", false, false},
		{"Visitors look at glass relics at the museum, Monday. The show runs until April 26. / Example Agency", false, true},
		{"The rare chest was bought from a collector./ Courtesy of Example Museum", false, true},
		{"The ratio was 3/4.", false, false},
		{"Two officials speak together in Varno on June 5. | Source: Jane Doe/Example Agency via Example Images", false, true},
		{"Source: Example Ministry of Health", false, true}, // a line of its own, no credit for the line before it
		{"Two officials speak together in Varno on June 5. | Source: Jane", false, true},
		{"Prices rose 2.5 percent. / 3 percent in March", false, false},
	} {
		if got := isCreditOnly(tc.block); got != tc.only {
			t.Errorf("isCreditOnly(%q) = %v, want %v", tc.block, got, tc.only)
		}
		if got := endsWithCredit(tc.block, pageWords.find(tc.block)); got != tc.ends {
			t.Errorf("endsWithCredit(%q) = %v, want %v", tc.block, got, tc.ends)
		}
	}
}

// Lines before the story's first paragraph are headlines; after it,
// captions. A list of items keeps its verbless lines.
func TestMarkPageParts(t *testing.T) {
	page := "Council approves new budget after long debate\n\n" +
		"Council approves new budget after long debate.\n\n" +
		"A budget of $3 million for the coming year, with cuts to parks.\n\n" +
		"The city council approved a budget of $3 million on Monday night after a debate that lasted more than four hours.\n\n" +
		"Councillors at the final vote in the council chamber on Monday.\n\n" +
		"The mayor said the parks would reopen in the spring.\n"
	sents, noise := cleanPage(t, page)
	want := []Noise{NotProse, Headline, Headline, Kept, Caption, Kept}
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d", len(sents), len(want))
	}
	for i := range want {
		if noise[i] != want[i] {
			t.Errorf("%q labelled %q, want %q", sents[i].Text, noise[i], want[i])
		}
	}

	// Another story's title set as a link between the story's sentences is
	// a teaser; a short line in title case (a few names) is not.
	page = "The city council approved a budget of $3 million on Monday night after a debate that lasted more than four hours. " +
		"Council Approves Budget for Harbour Works After Five-Hour Debate in Port Ellery; Watch the Vote. " +
		"Mayor Ana Ruiz and Tom Byrne Spoke. " +
		"The mayor said the parks would reopen in the spring.\n"
	sents, noise = cleanPage(t, page)
	want = []Noise{Kept, Teaser, Kept, Kept}
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d", len(sents), len(want))
	}
	for i := range want {
		if noise[i] != want[i] {
			t.Errorf("%q labelled %q, want %q", sents[i].Text, noise[i], want[i])
		}
	}

	// A title and a tag on one line before the story is a headline, with
	// its article; a paragraph of the story that ends in a tag is not.
	for _, c := range []struct {
		page string
		want []Noise
	}{
		{"Harbour bridge in Port Ellery closes after a barge strikes it; two workers are missing. Live updates\n\n" +
			"A barge struck the harbour bridge in Port Ellery early on Tuesday, and the city closed it to traffic while divers searched for two workers.\n",
			[]Noise{Headline, NotProse, Kept}},
		{"A barge struck the harbour bridge in Port Ellery early on Tuesday, and the city closed it to traffic while divers searched for two workers. Live updates\n",
			[]Noise{Kept, NotProse}},
		{"Harbour bridge in Port Ellery closes after a barge strikes it; two workers are missing. Divers searched all night. Live updates\n\n" +
			"A barge struck the harbour bridge in Port Ellery early on Tuesday, and the city closed it to traffic while divers searched for two workers.\n",
			[]Noise{Kept, Kept, NotProse, Kept}},
	} {
		sents, noise = cleanPage(t, c.page)
		if len(sents) != len(c.want) {
			t.Fatalf("%d sentences, want %d: %q", len(sents), len(c.want), c.page)
		}
		for i := range c.want {
			if noise[i] != c.want[i] {
				t.Errorf("%q labelled %q, want %q", sents[i].Text, noise[i], c.want[i])
			}
		}
	}

	// A post the page embeds is no part of the story.
	page = "The harbour bridge in Port Ellery closed on Tuesday after a barge struck it, the city said. Two workers are missing.\n\n" +
		"Varno: A barge struck the harbour bridge in Port Ellery. More details awaited. pic.twitter.com/AbC123 — Coast News (@coastnews) March 3, 2025\n\n" +
		"Divers searched the water for two workers through the night.\n"
	sents, noise = cleanPage(t, page)
	for i, s := range sents {
		if want := strings.Contains(s.Text, "Varno") || strings.Contains(s.Text, "awaited") || strings.Contains(s.Text, "pic.twitter"); (noise[i] != Kept) != want {
			t.Errorf("%q labelled %q", s.Text, noise[i])
		}
	}

	var items string
	for i := range minItems {
		items += fmt.Sprintf("Great location, friendly staff and a clean room on floor %d.\n", i)
	}
	_, noise = cleanPage(t, items)
	for i, n := range noise {
		if n != Kept {
			t.Fatalf("item %d labelled %q", i, n)
		}
	}
}

func TestSceneCaption(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Manchester City's Rodri celebrates scoring the opening goal during the final at the Ataturk Olympic Stadium, Istanbul.", true},
		{"Rescue workers gather around damaged carriages at the site of the collision on Saturday.", false}, // "gather": a story's present too
		{"Residents wait for hours for water at the only working pump.", false},
		{"Police officer Zekeriya Yildiz hugs his daughter after they saved her from the rubble in Hatay.", true},
		{"A view of the site where the accident took place, on Monday.", true},
		{"A view shows the container ship after it was partially refloated, in the canal on March 29, 2021.", true},
		{"Damaged buildings are seen after a fire at a warehouse with explosives led to massive blasts.", true},
		{"Smoke is seen rising from the port after the explosion on Tuesday.", true},
		{"Harris is seen as the favourite to win the nomination.", false},
		{"The facade of a building is seen shattered following a massive explosion in the port.", true},
		{"Tetsuya Yamagami, holding a homemade gun, is detained after the shooting on Friday.", true},
		{"The suspect, a former sailor, was detained after the shooting on Friday.", false},
		{"Ships are seen by the authority as the main risk.", false},
		{"In the video, an officer is seen pushing a man to the ground.", false},
		{"The search and rescue operations at the site have been completed.", false},
		{"Holmes took the stand for seven days of the trial.", false},
		{"Manager Pep Guardiola could also celebrate success again 12 years after his last win.", false},
		{"The work will cost about 14 million crowns.", false},
		{"Fans celebrate in the streets, the mayor said.", false},
		{"Officials say the bridge will stand for another fifty years.", false},
		{"Rescuers work at the site of passenger trains that derailed in the district.", true},
		{"Officials work to restore power to the district.", false},
		{"Graphic shows details of the eruption.", true},
	} {
		if got := isSceneCaption(tc.s); got != tc.want {
			t.Errorf("isSceneCaption(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestDatedScene checks that a one-sentence paragraph that ends with the
// date and its year, as an agency's caption does, is a caption when it
// shows a scene in the present, and a story's when it tells what is to
// come or what someone said.
func TestDatedScene(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Riot police fire water cannon at protesters outside the stadium in Lyon, France, Sunday, Nov. 6, 2022.", true},
		{"Rescue workers search the rubble of a collapsed school in Adana, Turkey, February 7, 2023.", true},
		{"Burnt cars are seen near the market after the overnight shelling, March 23, 2019.", true},
		{"The trial opens on Monday, Oct. 3, 2022.", false},                                   // "on": what is to come
		{"Voters go to the polls on Sunday, Nov. 6, 2022.", false},                            // the same
		{"The ministry says the talks resume in Geneva, Monday, Oct. 3, 2022.", false},        // reported
		{"The council approved the plan at its meeting, Tuesday, May 2, 2023.", false},        // the past: a story's
		{"Riot police fire water cannon at protesters outside the stadium on Sunday.", false}, // no year
		{"People celebrate after the resignation of the president on November 21, 2017 in Varno, Ostland.", true},
		{"Soldiers and residents celebrate in the streets on May 2, 2023 in Varno.", true},
		{"The court will rule on May 2, 2023 in Varno.", false},                            // to come
		{"The president resigned on November 21, 2017 in Varno.", false},                   // the past: a story's
		{"Officials say crowds gather outside the palace on May 2, 2023 in Varno.", false}, // reported
		{"Injured runners are carried away from the finish line on stretchers June 2, 2019.", true},
		{"Runners who were hurt in the crush are carried away from the finish line on stretchers June 2, 2019.", true}, // a relative clause's verb is not the sentence's
		{"The trial begins June 2, 2025.", false},                                                                      // a verb before the date: what is to come
		{"The festival runs through June 2, 2025.", false},                                                             // a preposition
		{"The council approved the plan June 2, 2023.", false},                                                         // the past
	} {
		if got := isDatedScene(tc.s); got != tc.want {
			t.Errorf("isDatedScene(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestDayScene checks that a sentence that ends with its weekday as an
// agency dates a caption, in the present, is a caption, and that a
// story's is not.
func TestDayScene(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"A soldier guards the gate of a damaged hotel in Kestrel, Ruritania, on Sunday.", true},
		{"A worker checks a crushed rail car, Tuesday, in Varno.", true},
		{"Crews work the scene of the wreck, Tuesday, May 12, 2015, in Varno.", true},
		{"A soldier guarded the gate of a damaged hotel in Kestrel, Ruritania, on Sunday.", false}, // the past
		{"Voters go to the polls on Sunday.", false},                                               // no comma: what is to come
		{"The minister says talks resume in Kestrel, Ruritania, on Monday.", false},                // reported
		{"A soldier guards the gate of a damaged hotel in Kestrel.", false},                        // no day
	} {
		if got := isDayScene(tc.s); got != tc.want {
			t.Errorf("isDayScene(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestDatedGallery checks that a page's one-line captions that each give
// the date with its year are captions when there are minGalleryLines of
// them, and that a story's one dated line is kept.
func TestDatedGallery(t *testing.T) {
	story := "A massive explosion rocked the port on Tuesday, killing dozens and injuring thousands, officials said. The cause was not known.\n\n"
	gallery := story +
		"A helicopter puts out a fire at the scene of the explosion at the port on August 4, 2020.\n\n" +
		"Black smoke rises from burning buildings at the port on Tuesday, August 4, 2020.\n\n" +
		"People walk on a street covered in debris after the explosion on 4 August 2020 in the city.\n\n" +
		"People inspect the damage in a street after the explosion. Initial reports said the blast was in a depot.\n"
	sents, noise := cleanPage(t, gallery)
	if last := len(sents) - 1; noise[last] != Kept {
		t.Errorf("%q labelled %q, want kept", sents[last].Text, noise[last])
	}
	for i := 2; i < len(sents)-1; i++ {
		if noise[i] != Caption {
			t.Errorf("gallery line %q labelled %q, want %q", sents[i].Text, noise[i], Caption)
		}
	}
	sents, noise = cleanPage(t, story+"The port was built on land reclaimed from the sea, and it opened on August 4, 1960, the authority said.\n")
	if noise[len(sents)-1] != Kept {
		t.Errorf("story line %q labelled %q, want kept", sents[len(sents)-1].Text, noise[len(sents)-1])
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{
		"on August 4, 2020.": true, "in 1999": true, "on 4 August 2020 in Beirut": true,
		"at 2020": true, "2020 was": false, "20201 people": false, "in 1850": false, "the 19th": false, "": false,
	} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestHasFullDate(t *testing.T) {
	for s, want := range map[string]bool{
		"Smoke rises over the port on Tuesday, August 4, 2020.": true,
		"People walk on a street on 4 August 2020 in Beirut.":   true,
		"Smoke rises on Sept. 24, 2021, over the city.":         true,
		"The port opened in 1960 and closed in August 2020.":    false,
		"It was built in 1992.":                                 false,
	} {
		if got := hasFullDate(s); got != want {
			t.Errorf("hasFullDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCaptionAfterCredit checks that a line in the present tense after a
// credit on a line of its own is a caption (the credit set above it), and
// that a story's first paragraph after a credit is kept.
func TestCaptionAfterCredit(t *testing.T) {
	for _, tc := range []struct {
		line string
		want Noise
	}{
		{"Law enforcement personnel block a road as they search a house near the city where a gunman killed 18 people.", Caption},
		{"Police searched a house near the city where a gunman killed 18 people on Wednesday night.", Kept},
	} {
		page := "Manhunt across Maine for accused killer\n\nJane Doe/The Daily Planet\n\n" + tc.line +
			"\n\nScores of officers joined a massive manhunt on Thursday for a gunman accused of killing at least 18 people. The suspect is still at large.\n"
		sents, noise := cleanPage(t, page)
		found := false
		for i, s := range sents {
			if s.Text == tc.line {
				found = true
				if noise[i] != tc.want {
					t.Errorf("%q labelled %q, want %q", s.Text, noise[i], tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no sentence %q", tc.line)
		}
	}
}

// A caption's copy without its credit is one, though the caption has a
// short label run into it; a paragraph that says more around it is none.
func TestUncreditedCopy(t *testing.T) {
	copyText := "Rescue divers stand on top of the capsized ferry on the island."
	for caption, want := range map[string]bool{
		copyText + " Credit: Wire":                                                 true,
		"Camera Icon" + copyText + " Credit: Wire":                                 true,
		"The mayor said on Monday, with some regret, that " + copyText + " Credit": false,
		copyText: false,
	} {
		if got := uncreditedCopy(copyText, caption); got != want {
			t.Errorf("uncreditedCopy(%q) = %v, want %v", caption, got, want)
		}
	}
}
