package summarize

import (
	"strings"
	"testing"
)

// Each form of dateline and metadata stamp is trimmed to the exact first
// word of the sentence; text that only looks like one is left as it is.
// first is whether the sentence is its document's first kept one. The
// places, agencies and sentences are made up.
func TestTrimLeadForms(t *testing.T) {
	for _, tc := range []struct {
		name      string
		in, want  string
		notFirst  bool   // also trimmed when not the first sentence
		elsewhere string // what is left when it is not the first (default: the same)
	}{
		{name: "caps dash", in: "KILBRIDE — The ferry union called a strike on Thursday.", want: "The ferry union called a strike on Thursday."},
		{name: "caps date, agency and dash left out", in: "KILBRIDE, July 2 Ferry workers shouting slogans walked out.", want: "Ferry workers shouting slogans walked out.", notFirst: true},
		{name: "caps, a list, no date", in: "KILBRIDE, VARNO and ASHBY voted for him.", want: "KILBRIDE, VARNO and ASHBY voted for him.", notFirst: true},
		{name: "caps em dash touching", in: "KILBRIDE—The ferry union called a strike on Thursday.", want: "The ferry union called a strike on Thursday."},
		{name: "caps bullet", in: "KILBRIDE • The ferry union called a strike on Thursday.", want: "The ferry union called a strike on Thursday.", notFirst: true},
		{name: "caps double hyphen", in: "MARLOW FALLS -- Three workers were hurt in a fire.", want: "Three workers were hurt in a fire."},
		{name: "caps double hyphen touching", in: "MARLOW FALLS --Three workers were hurt in a fire.", want: "Three workers were hurt in a fire.", notFirst: true},
		{name: "caps colon", in: "BRASILIA: A panel of judges ruled on the appeal.", want: "A panel of judges ruled on the appeal."},
		{name: "caps agency", in: "PORT ELLERY (Coastal Press) - A bridge was closed.", want: "A bridge was closed."},
		{name: "caps agency dash touching", in: "PORT ELLERY (Coastal Press) -A bridge was closed.", want: "A bridge was closed."},
		{name: "caps agency colon", in: "KILBRIDE, June 12 (Island Wire): Ferry workers struck.", want: "Ferry workers struck."},
		{name: "caps region", in: "SEOUL, South Korea — Prices rose again in March.", want: "Prices rose again in March."},
		{name: "caps region agency", in: "SEOUL, South Korea (Metro Wire) — Prices rose again in March.", want: "Prices rose again in March."},
		{name: "caps region in caps", in: "SANTA ROSA, BRAZIL, Nov. 7 (Metro Wire) - Prices rose.", want: "Prices rose."},
		{name: "caps date agency", in: "PORT ELLERY, March 3 (Coastal Press Network) - A bridge was closed.", want: "A bridge was closed."},
		{name: "caps, double slash", in: "PORT ELLERY, VARNO // Divers found two more bodies.", want: "Divers found two more bodies."},
		{name: "caps abbreviated date", in: "SEOUL, Sept. 29 (Metro Wire) -- The cabinet met.", want: "The cabinet met."},
		{name: "caps day month", in: "PUTRAJAYA, 24 Oct (Metro Wire) -- The cabinet met.", want: "The cabinet met."},
		{name: "caps date in caps", in: "SEOUL, SEPTEMBER 13 (Metro Wire) - The cabinet met.", want: "The cabinet met."},
		{name: "date agency without place", in: "Aug. 15 (Metro Wire) -- Officials confirmed the toll.", want: "Officials confirmed the toll.", notFirst: true},
		{name: "full date alone", in: "January 15, 2024 - Lava flowed into the town.", want: "Lava flowed into the town.", notFirst: true},
		{name: "date without year is kept", in: "January 15 - the day the lava came - was a Monday.", want: "January 15 - the day the lava came - was a Monday.", notFirst: true},
		{name: "place, country and agency in brackets", in: "Port-les-Bains (Varland) (Metro Wire / Island Wire ) – A plane crashed in the hills.", want: "A plane crashed in the hills."},
		{name: "a subject with its acronym", in: "The Varland Coast Guard (VCG) Wednesday afternoon was responding to a fire.", want: "The Varland Coast Guard (VCG) Wednesday afternoon was responding to a fire.", notFirst: true},
		{name: "two agencies in brackets", in: "PORT ELLERY (Metro Wire, Island Wire) - A bridge was closed.", want: "A bridge was closed."},
		{name: "caps comma agency", in: "LIMA, (Metro Wire) – Oil spilled on the beaches.", want: "Oil spilled on the beaches."},
		{name: "two places", in: "TOKYO/SEOUL, September 24 (Metro Wire): The two leaders spoke.", want: "The two leaders spoke."},
		{name: "agency in slashes", in: "KILBRIDE, June 3. /Island Wire/: The pier reopened.", want: "The pier reopened."},
		{name: "abbreviation hyphen touching", in: "Kilbride, Wash.- The ferry union called a strike.", want: "The ferry union called a strike.",
			elsewhere: "Kilbride, Wash.- The ferry union called a strike."},
		{name: "particle in place", in: "RIO DE JANEIRO — Heavy rain flooded the streets.", want: "Heavy rain flooded the streets."},
		{name: "title case date agency", in: "Sao Paulo, 11 September (Trade Wire) — Brazil's cane crush slowed.", want: "Brazil's cane crush slowed."},
		{name: "title case date agency no dash", in: "New Delhi, Sep 12 (Metro Wire) The cabinet approved the plan.", want: "The cabinet approved the plan."},
		{name: "title case agency", in: "Port Ellery (Coastal Press) - A bridge was closed.", want: "A bridge was closed."},
		{name: "region in square brackets", in: "Lakeview [Mereshire], July 20 (Metro Wire): It is sad that the vote failed, the mayor said.",
			want: "It is sad that the vote failed, the mayor said."},
		{name: "region in brackets", in: "Lakeview (Mereshire): The council met on Tuesday.", want: "The council met on Tuesday."},
		{name: "agency alone", in: "(Metro Wire) - Ministers met on Monday.", want: "Ministers met on Monday."},
		{name: "agency alone em dash", in: "(Metro Wire) — “We will rebuild,” the mayor said.", want: "“We will rebuild,” the mayor said."},
		{name: "title case colon, first only", in: "Ahmedabad: The flight crashed after take-off.", want: "The flight crashed after take-off.",
			elsewhere: "Ahmedabad: The flight crashed after take-off."},
		{name: "title case two words colon, first only", in: "New Delhi: The cabinet approved the plan.", want: "The cabinet approved the plan.",
			elsewhere: "New Delhi: The cabinet approved the plan."},
		{name: "title case dash, first only", in: "Seoul — The cabinet met on Monday.", want: "The cabinet met on Monday.",
			elsewhere: "Seoul — The cabinet met on Monday."},
		{name: "label is no dateline elsewhere", in: "Sailings: All fourteen daily sailings are cancelled.", want: "All fourteen daily sailings are cancelled.",
			elsewhere: "Sailings: All fourteen daily sailings are cancelled."},
		{name: "devanagari date", in: "सूरजपुर, 14 जुलाई -- सोमवार को भारी बारिश हुई।", want: "सोमवार को भारी बारिश हुई।"},
		{name: "arabic agency", in: "الريحان (وكالة محلية) - افتتحت البلدية جسراً جديداً.", want: "افتتحت البلدية جسراً جديداً."},
		{name: "arabic comma date", in: "الريحان، 14 يوليو (وكالة محلية) - افتتحت البلدية جسراً جديداً.", want: "افتتحت البلدية جسراً جديداً."},
		{name: "iso date", in: "2024-01-02 The report was published.", want: "The report was published."},
		{name: "date stamp and dateline", in: "date 2025-11-06 WASHINGTON — The senate voted on Friday.", want: "The senate voted on Friday."},
		{name: "date stamp", in: "date 2025-09-12 In a big announcement, the mayor resigned.", want: "In a big announcement, the mayor resigned."},
		{name: "published stamp", in: "Published: 12 September 2025 The council voted to close the pool.", want: "The council voted to close the pool."},
		{name: "last updated stamp", in: "Last updated 11:32 AM IST, Sep 12, 2025 The council voted.", want: "The council voted."},
		{name: "updated on stamp", in: "Updated on March 4, 2025 at 10:15 a.m. EST The mayor spoke.", want: "The mayor spoke."},
		{name: "stamp then dateline", in: "Published 07:10 GMT KILBRIDE — Ferry workers struck.", want: "Ferry workers struck."},
		{name: "junk", in: "• Prices rose again in March.", want: "Prices rose again in March."},
		{name: "label in square brackets", in: "[EXPLAINER] When the council appointed a panel, it hoped for a quick report.",
			want: "When the council appointed a panel, it hoped for a quick report."},
		{name: "wire version label", in: "(2nd LD) Ferry workers struck on Thursday.", want: "Ferry workers struck on Thursday."},
		{name: "bracketed aside is no label", in: "(Officials declined to comment.)", want: "(Officials declined to comment.)"},
		{name: "bracketed words in title case are no label", in: "[Read More] The council met.", want: "[Read More] The council met."},

		{name: "acronym sentence", in: "NASA said the launch went well.", want: "NASA said the launch went well."},
		{name: "dash then lower case", in: "US — and its allies — agreed.", want: "US — and its allies — agreed."},
		{name: "name then dash clause", in: "The mayor — who took office in 2019 — resigned.", want: "The mayor — who took office in 2019 — resigned."},
		{name: "hyphenated word", in: "UK-Based firms reported losses.", want: "UK-Based firms reported losses."},
		{name: "hyphen without space", in: "KILBRIDE -Ferry workers struck.", want: "KILBRIDE -Ferry workers struck."},
		{name: "said colon", in: "Okafor said: “The bridge stays closed.”", want: "Okafor said: “The bridge stays closed.”"},
		{name: "update sentence", in: "Updated figures show the levy passed.", want: "Updated figures show the levy passed."},
		{name: "updated with", in: "Updated with final vote tally.", want: "Updated with final vote tally."},
		{name: "year opens", in: "2019 was a record year for the port.", want: "2019 was a record year for the port."},
		{name: "date word", in: "Date palms line the harbour road.", want: "Date palms line the harbour road."},
		{name: "comma junk before lower case", in: ", and then it rained.", want: ", and then it rained."},
		{name: "arabic phrase with dash", in: "الجسر الجديد - افتتحت البلدية جسراً.", want: "الجسر الجديد - افتتحت البلدية جسراً."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, first := range []bool{true, false} {
				want := tc.want
				if !first && tc.elsewhere != "" {
					want = tc.elsewhere
				}
				s := Sentence{Text: tc.in, Start: 10}
				trimLead(&s, first, false)
				if s.Text != want {
					t.Errorf("trimLead(%q, first %v) = %q, want %q", tc.in, first, s.Text, want)
				}
				if s.Start != 10+strings.Index(tc.in, want) {
					t.Errorf("trimLead(%q, first %v): start %d, want %d", tc.in, first, s.Start, 10+strings.Index(tc.in, want))
				}
			}
		})
	}
}

// A sentence that is nothing but a dateline is dropped; one that goes on
// is kept.
func TestDatelineOnly(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"WASHINGTON, November 7.", true},
		{"SANTA ROSA, BRAZIL, November 7, 2025.", true},
		{"Port Ellery, March 3 (Coastal Press).", true},
		{"KILBRIDE, 12 June 2025", true},
		{"WASHINGTON, November 7 — The senate voted.", false},
		{"The senate voted on November 7.", false},
		{"Kazakhstan joined on November 7.", false},
	} {
		if got := isDatelineOnly(tc.s); got != tc.want {
			t.Errorf("isDatelineOnly(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	sents, noise := cleanPage(t, "The council approved the new budget on Monday after a long debate.\n\nSANTA ROSA, BRAZIL, November 7, 2025.\n")
	if len(sents) != 2 || noise[0] != Kept || noise[1] != NotProse {
		t.Errorf("dateline line: %d sentences labelled %q", len(sents), noise)
	}
}

func TestLiveStamp(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"4:45pm - Labour Chief Whip Duncan Webb has announced the rules.", "Labour Chief Whip Duncan Webb has announced the rules."},
		{"6:46 pm: A local channel reports that the ferry has docked.", "A local channel reports that the ferry has docked."},
		{"9:50 p.m. CDT Friday: Several buildings have collapsed in Varno.", "Several buildings have collapsed in Varno."},
		{"9:30: The hearing resumed.", "9:30: The hearing resumed."},
		{"09:12 GMT – The vote has begun.", "The vote has begun."},
		{"10.30 a.m. — Police closed the road.", "Police closed the road."},
		{"4:45 - 5:30 was the busiest hour.", "4:45 - 5:30 was the busiest hour."},
		{"12:30 pm is when the vote opens.", "12:30 pm is when the vote opens."},
		{"Here’s what to know: After calling the family, the president spoke.", "After calling the family, the president spoke."},
		{"Here's what we know so far: Five people were rescued.", "Five people were rescued."},
		{"Key points: The council voted seven to two.", "The council voted seven to two."},
		{"Here's what to know: why the vote matters.", "Here's what to know: why the vote matters."},
		{"What caused the blast: Initially, there were conflicting reports.", "Initially, there were conflicting reports."},
		{"Who said it first: “Never again,” she wrote.", "Who said it first: “Never again,” she wrote."},
		{"Details: The target range for the rate is now 0% to 0.25%.", "The target range for the rate is now 0% to 0.25%."},
		{"By Agence France-Presse Tanzania declared a day of mourning on Sunday.", "Tanzania declared a day of mourning on Sunday."},
		{"By Reuters - The ferry sank on Thursday.", "The ferry sank on Thursday."},
		{"By APPLE's own count the phone sold well.", "By APPLE's own count the phone sold well."},
		{"Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year] The two countries completed the swap on Thursday.", "The two countries completed the swap on Thursday."},
		{"The big picture: Markets fell for a third day.", "Markets fell for a third day."},
		{"What's next: The council will vote again in June.", "The council will vote again in June."},
		{"What’s next for the club is unclear.", "What’s next for the club is unclear."},
		{"Crucial quote: “The outbreak has harmed communities,” the committee said.", "“The outbreak has harmed communities,” the committee said."},
		{"Background checks: The council voted to widen them.", "Background checks: The council voted to widen them."},
	} {
		s := Sentence{Text: tc.in}
		trimLead(&s, false, false)
		if s.Text != tc.want {
			t.Errorf("trimLead(%q) = %q, want %q", tc.in, s.Text, tc.want)
		}
	}
}

// Below a standfirst, a paragraph of the first few may open with a
// dateline in title case; a label of one word stays.
func TestTrimLeadEarly(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"Kestrel Island: Divers found five more bodies on Tuesday.", "Divers found five more bodies on Tuesday."},
		{"Health: Doctors warned of a long winter.", "Health: Doctors warned of a long winter."},
	} {
		s := Sentence{Text: tc.in}
		trimLead(&s, false, true)
		if s.Text != tc.want {
			t.Errorf("trimLead(%q, early) = %q, want %q", tc.in, s.Text, tc.want)
		}
		s = Sentence{Text: tc.in}
		if trimLead(&s, false, false); s.Text != tc.in {
			t.Errorf("trimLead(%q), not early = %q, want it as it is", tc.in, s.Text)
		}
	}
}
