package summarize

import "testing"

// Each line is judged as the only sentence of a paragraph after a story
// paragraph; the lines are written for this test.
func TestCleanNotesCreditsTeasers(t *testing.T) {
	story := "The city council approved the new budget on Monday after a long debate."
	for _, tc := range []struct {
		line string
		want Noise
	}{
		// editor's notes
		{"Updates with final vote tally.", Note},
		{"Adds comment from minister in paragraph 5.", Note},
		{"(Recasts with details)", NotProse},
		{"(Recasts with details, adds quotes from the mayor.)", Note},
		{"Changes dateline, adds details of the vote.", Note},
		{"Rewrites throughout with reaction from the opposition.", Note},
		{"(Eds: Adds details, updates vote count.)", Note},
		{"This story has been updated with comment from the union.", Note},
		{"This is a breaking news story that will be updated.", Note},
		{"This story will be updated.", Note},
		{"(Updated with the latest toll.)", Note},
		{"This is a developing story.", Note},
		{"This is a story of two towns that lost their bridge.", Kept},
		{"Updates to the law take effect in May, the mayor said.", Kept},
		{"Changes to the bus routes were announced on Friday.", Kept},
		{"Moves to close the pool have failed twice before.", Kept},
		{"Repeats of the vote are not allowed under city rules.", Kept},
		// wire credits
		{"Reporting by Jane Doe; Editing by John Roe.", Byline},
		{"(Reporting by Jane Doe in Port Ellery; Writing by Ann Poe; Editing by John Roe.)", Byline},
		{"Additional reporting by Jane Doe in Kilbride.", Byline},
		{"Associated Wire writer Jane Doe in Kilbride contributed to this report.", Byline},
		{"Jane Doe contributed reporting from Kilbride.", Byline},
		{"Reporting by the council shows that spending rose.", Kept},
		// teasers
		{"Check it out here.", Teaser},
		{"Here's how it works.", Teaser},
		{"Here is what we know so far.", Teaser},
		{"Watch the video below.", Teaser},
		{"Watch live video from Varno, Ostland, as the storm moves inland on the coast near the border.", Teaser},
		{"Read more: Council votes to delay road budget.", Teaser},
		{"RAW VISION: smoke rises over the harbour as crews fight a fire.", Teaser},
		{"In pictures: the storm hits the coast.", Teaser},
		{"Photos: The harbour master becomes mayor of Varno Ada Frost was elected mayor of Varno on Sunday and named her deputy, becoming the first woman to lead the town in its history of more than four hundred years.", Kept},
		{"Video showed the truck speeding along the seafront.", Kept},
		{"In Varno, pictures showed the damage.", Kept},
		{"ALSO READ | Five things to know about the bridge.", Teaser},
		{"Click here to see the full list of winners.", Teaser},
		{"The mayor explains the plan in this video.", Teaser},
		{"The map below shows the new bus routes.", Teaser},
		{"Follow our live coverage for the latest updates.", Teaser},
		{"Watch for delays on Calder Avenue, police warned drivers.", Kept},
		{"See you in court, the mayor told the developer.", Kept},
		{"Here the river is at its widest, and the old bridge stood for a century.", Kept},
		{"In the video, an officer is seen pushing a man to the ground.", Kept},
		{"Temperatures stayed above average for most of the week.", Kept},
		{"Details of each ward are in the table below.", Teaser},
		{"The photos above show the damage to the pier.", Teaser},
		{"Prices rose above $4 a gallon in March, the survey found.", Kept},
		{"Click the link to register for the meeting.", Teaser},
	} {
		t.Run(tc.line, func(t *testing.T) {
			sents, noise := cleanPage(t, story+"\n\n"+tc.line+"\n")
			if noise[0] != Kept {
				t.Fatalf("story sentence labelled %q", noise[0])
			}
			if len(sents) != 2 {
				t.Fatalf("%d sentences", len(sents))
			}
			if noise[1] != tc.want {
				t.Errorf("%q labelled %q, want %q", tc.line, noise[1], tc.want)
			}
		})
	}
}
