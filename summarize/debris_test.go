package summarize

import (
	"os"
	"runtime"
	"slices"
	"testing"
)

// testdata/debris/page.txt is a page written for this test: one story with
// each kind of debris the cleaner drops or trims around it. Every debris
// line is dropped with its label, every story sentence kept, its dateline
// and metadata trimmed.
func TestCleanDebrisPage(t *testing.T) {
	b, err := os.ReadFile("../testdata/debris/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	sents, noise := cleanPage(t, string(b))
	got := make(map[string][]Noise)
	for i, s := range sents {
		got[s.Text] = append(got[s.Text], noise[i])
	}
	for _, tc := range []struct {
		kind, line string
		want       Noise
	}{
		{"metadata line", "date 2025-09-12 Harbour Ledger / Local", NotProse},
		{"headline line", "Lakeview council approves flood wall after heated debate", NotProse},
		{"headline in title case", "Council Approves Lakeview Flood Wall After Four-Hour Debate.", Headline},
		{"editor's note in brackets", "(Updates with final vote tally)", NotProse},
		{"editor's note", "Updates with final vote tally.", Note},
		{"headline repeated as a sentence", "Lakeview council approves flood wall after heated debate.", Headline},
		{"deck without a verb", "A $38 million barrier along the Mere River, two years in the planning.", Headline},
		{"deck in headlinese", "Residents packed council chamber for four-hour debate on river defences.", Headline},
		{"byline", "By Nadia Okonkwo, City Hall Reporter", NotProse},
		{"timestamp", "Published: 12 September 2025 10:42 BST", NotProse},
		{"dateline only", "LAKEVIEW, September 11, 2025.", NotProse},
		{"caption before its credit", "Residents in waders on a flooded street in the east end last winter.", Caption},
		{"credit line", "Photo: Tomas Brandt/Harbour Ledger", Caption},
		{"teaser: video", "Watch the video below.", Teaser},
		{"teaser: here's how", "Here's how the wall will work.", Teaser},
		{"teaser: read more", "Read more: Five things to know about the Mere River floods.", Teaser},
		{"caption repeated with its credit", "Two herons nest on the bank where the wall will be built.", Caption},
		{"caption without a verb", "Volunteers filling sandbags outside the town hall in January.", Caption},
		{"teaser: click here", "Click here to see the full council agenda.", Teaser},
		{"editor's note on a paragraph", "Adds comment from opposition councillor in paragraph 12.", Note},
		{"credit in brackets", "(Photo: Tomas Brandt/Harbour Ledger)", Caption},
		{"caption before a slash credit", "The project manager at her desk in City Hall.", Caption},
		{"slash credit", "LEDGER/Kim Lund", Caption},
		{"teaser: check it out", "Check it out here.", Teaser},
		{"teaser: in this video", "The mayor answers readers' questions about the wall in this video.", Teaser},
		{"wire credits", "(Reporting by Nadia Okonkwo; Editing by Sam Reyes)", Byline},
		{"contributed", "Jonas Pike contributed to this report.", Byline},
		{"copyright", "Copyright 2025 Harbour Ledger.", Boilerplate},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			labels, ok := got[tc.line]
			if !ok {
				t.Fatalf("%q is not a sentence of the page", tc.line)
			}
			for _, n := range labels {
				if n != tc.want {
					t.Errorf("%q labelled %q, want %q", tc.line, n, tc.want)
				}
			}
		})
	}
	story := []string{
		"The Lakeview city council approved a $38 million flood wall along the Mere River on Thursday night, ending a four-hour debate that drew more than 200 residents to City Hall.",
		"Councillors voted 7 to 2 for the wall, which will run 2.4 kilometres along the river's east bank and protect about 3,000 homes.",
		"Mayor Ilse Marchetti said the vote was the most important the council had taken in a decade.",
		"“We cannot keep sandbagging our way through every winter,” Marchetti said.",
		"Construction is due to start in the spring and take three years, the city's engineering department said.",
		"Opponents said the wall would block views of the river and asked for a cheaper system of pumps instead.",
		"Councillor Ben Adeyemi, who voted against, said the city had not looked hard enough at other options.",
		"The council will ask the regional government to pay half the cost.",
	}
	var kept []string
	for i, s := range sents {
		if noise[i] == Kept {
			kept = append(kept, s.Text)
		}
	}
	if !slices.Equal(kept, story) {
		t.Errorf("kept\n%q\nwant the story\n%q", kept, story)
	}
}

// The page, and the Arabic and Hindi clusters, give the same brief at
// GOMAXPROCS 1 and 2: the tagger and the script rules depend on nothing
// but the text.
func TestDebrisAndScriptsSameAtAnyGOMAXPROCS(t *testing.T) {
	for _, path := range []string{"../testdata/debris/page.txt", "../testdata/scripts/arabic", "../testdata/scripts/hindi"} {
		docs := readDocs(t, path)
		var got []string
		for _, procs := range []int{1, 2} {
			prev := runtime.GOMAXPROCS(procs)
			got = append(got, jsonOf(t, mustSummarize(t, DefaultOptions(), docs)))
			runtime.GOMAXPROCS(prev)
		}
		if got[0] != got[1] {
			t.Errorf("%s: GOMAXPROCS 1 and 2 differ:\n%s\n%s", path, got[0], got[1])
		}
	}
}
