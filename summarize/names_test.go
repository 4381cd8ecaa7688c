package summarize

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestPeople(t *testing.T) {
	pp := newPeople([]candidate{
		{text: "Secretary of State Marco Rubio had a working breakfast with Kazakh President Kassym-Jomart Tokayev."},
		{text: "The cracks were found on Friday, Public Works Director Alan Okafor said."},
		{text: "“We cannot wait,” said Mara Lindqvist, who directs the authority."},
		{text: "Kazakhstan joined the Abraham Accords, the White House said."},
		{text: "Mr. Haas, who chairs the growers, spoke on Tuesday."},
		{text: "Ines Varga, a professor of economics at the university, expects prices to fall."},
		{text: "Shops in Port Elm, the island's capital, stayed shut."},
		{text: "The ship's captain, Marco Pell, was arrested on Saturday."},
		{text: "Flights to the capital, New Varno, resumed."},
		{text: "The deal went to its owner, The Kestrel Times reported."},
		{text: "Agency Chief R Dasgupta spoke to the minister."},
		{text: "Elin Morrow, a staunch Varno ally and deputy leader, called the ruling unfair."},
		{text: "“We are on the comet,” said K. Halloran, who leads the mission."},
	}, nil)
	for w, want := range map[string]bool{
		"Rubio": true, "Tokayev": true, "Okafor": true, "Lindqvist": true, "Haas": true, "Varga": true, "Pell": true, "Dasgupta": true, "Halloran": true, "Morrow": true,
		"Kazakhstan": false, "Accords": false, "House": false, "Friday": false, "Marco": false, "Elm": false, "Varno": false, "Kestrel": false,
	} {
		if got := pp.is(w); got != want {
			t.Errorf("is(%q) = %v, want %v", w, got, want)
		}
	}
}

// A surname follows its given name in two versions or more, the given
// name nowhere else; a place's first word stands before other words too.
func TestGivenNamed(t *testing.T) {
	pp := newPeople([]candidate{
		{doc: 0, text: "The race was won by Bolt, ahead of American Justin Gatlin."},
		{doc: 1, text: "Bolt beat arch-rival Justin Gatlin in 9.81 seconds."},
		{doc: 2, text: "Gatlin took silver in 9.89 in South Korea."},
		{doc: 0, text: "Fans in South Korea and North Korea watched."},
		{doc: 1, text: "The team flew home to South Korea on Monday."},
		{doc: 2, text: "The island of Koh Samui is popular with tourists."},
		{doc: 0, text: "The last man out was shift leader Luis Urzua, 54."},
		{doc: 1, text: "The last miner out was Luis Alberto Urzua, the shift foreman."},
		{doc: 2, text: "Rescuers hugged Urzua."},
		{doc: 2, text: "The shift leader, Luis Urzúa, came out last."},
		{doc: 2, text: "\"Go hug your wife.\" With Urzua out, the rescue ended."},
	}, nil)
	for w, want := range map[string]bool{"Gatlin": true, "Korea": false, "Samui": false, "Bolt": false, "Urzua": true} {
		if got := pp.is(w); got != want {
			t.Errorf("is(%q) = %v, want %v", w, got, want)
		}
	}
}

// A person named by surname alone is unintroduced until the brief names
// them in full or with a title.
func TestUnintroduced(t *testing.T) {
	cands := []candidate{
		{text: "Secretary of State Marco Rubio met Kazakh President Kassym-Jomart Tokayev on Thursday."},
		{text: "On Thursday, Rubio and Tokayev discussed trade."},
		{text: "Rubio said the talks went well."},
		{text: "Mr. Rubio left on Friday."},
		{text: "President Tokayev thanked the hosts."},
		{text: "Benedict died in a monastery in the Vatican, where he had lived since 2013."},
		{text: "The Vatican said the body of the former pope would lie in state from Monday."},
		{text: "Both Rubio and Tokayev spoke at the dinner."},
		{text: "Associated Press said the talks went well."},
		{text: "Tokayev spoke first, according to the Associated Press."},
		{text: "Pope Gregory XVII, the former Cardinal Luca Ferro, will step down, a Vatican spokesman said."},
		{text: "The new Pope will be elected in March, and Vatican officials said the outgoing Pope would not take part."},
		{text: "The conclave will meet in the Sistine Chapel, the Vatican said."},
		{text: "Senator Ada Kestrel and Senator Tom Vatican spoke."},
		{text: "Ruritania's Industrial Police confirmed the factory was closed."},
		{text: "Police in Ruritania say they have arrested the owner of the building."},
		{doc: 1, text: "The bomber has been named by Greater Varno Chief Constable Ada Frost."},
		{doc: 2, text: "An explosion at a concert in Varno on Monday killed 17 people, Greater Varno Police said."},
		{doc: 3, text: "Crowds gathered in Varno, police said."},
		{doc: 1, text: "The cabinet met at 10 Harwick Street in Varno."},
		{doc: 2, text: "Officials at Harwick Street said the cabinet would meet again."},
		{doc: 3, text: "Street protests followed the vote."},
		{doc: 1, text: "Divers searched the lake in New Ostland on Friday."},
		{doc: 2, text: "The storm hit New Ostland on Thursday."},
		{doc: 3, text: "Ostland mourned the dead."},
		{doc: 1, text: "The mayor will meet police chiefs after Thursday's attack."},
		{doc: 2, text: "On Thursday, a van driver drove into a market crowd in Varno."},
		{doc: 3, text: "At Harwick, a van driver drove into a market crowd."},
		{doc: 1, text: "The conclave that elected Gregory XVII met in March."},
		{doc: 2, text: "Pope Gregory XVII greeted the crowd."},
		{doc: 1, text: "He led South Ostland, and South Ostland mourned him."},
		{doc: 2, text: "The president of South Ostland spoke."},
		{doc: 1, text: "Rebels captured Colonel Moammar Gaddafi near Sirte."},
		{doc: 2, text: "Gadhafi was 69 years old."},
		{doc: 3, text: "Moammar Gadhafi ruled for 42 years, a spokesman for Moammar Gadhafi said."},
		{doc: 4, text: "Fighters said Moammar Gadhafi had fled."},
		{doc: 1, text: "Ada Frost, a local architect, said Saturday’s Harvest parade had drawn record crowds."},
		{doc: 2, text: "Thousands celebrating Harvest were crushed in an alley."},
		{doc: 1, text: "Police caught the smuggler Ana “La Roja” Vidal on Monday, Fire Chief Tomás Peña said."},
		{doc: 2, text: "Pena said Vidal had fled twice."},
		{doc: 3, text: "Fire Chief Tomás Pena said the smuggler had been flown to the capital."},
		{doc: 1, text: "Crowds raced through the streets as news spread that President Anton M"},
		{doc: 2, text: "Anton Halvard resigned as Varnia's president on Tuesday."},
		{doc: 3, text: "President Anton Halvard, 93, had resigned."},
	}
	p := &pool{cands: cands}
	pp := newPeople(cands, nil)
	for _, tc := range []struct{ order, want []int }{
		{[]int{0, 1, 2}, nil},
		{[]int{1, 0}, []int{1}},
		{[]int{2, 3}, []int{2, 3}}, // a courtesy title does not introduce
		{[]int{4, 1}, []int{1}},    // Tokayev is, Rubio is not
		{[]int{5}, nil},            // after "the", a place or a body, though a name somewhere
		{[]int{7}, []int{7}},       // "Both" is no given name
		{[]int{0, 9}, nil},         // "Associated" before "Press" names it, a stopword or not
		{[]int{11}, nil},           // "Pope" alone is a title; "Vatican", though after a title once, follows "the" as a noun of its own
		{[]int{15}, nil},           // a body is no person's surname, though a chief of it was named
		{[]int{17}, nil},           // "in Varno": a place, though "Greater" stands before it as a given name would, in two versions
		{[]int{21}, nil},           // the end of a place's name, though "Harwick" stands before it as a given name would
		{[]int{24}, nil},           // "in New Ostland": a place too
		{[]int{25}, nil},           // a day is no one's surname, though "On Thursday, a van driver" reads as an apposition
		{[]int{27}, nil},           // "At" is no given name
		{[]int{28}, nil},           // a regnal numeral names the one before it
		{[]int{30}, nil},           // "South" opens a place's name
		{[]int{32, 33}, nil},       // "Gadhafi" is "Gaddafi" spelt another way
		{[]int{37}, nil},           // "said Saturday’s Harvest": a day's possessive is no given name
		{[]int{38, 39}, nil},       // "Pena" is "Peña", accents aside; a nickname in quotation marks after a given name names its bearer
		{[]int{42}, nil},           // a given name before its surname, though a cut caption ended at "President Anton M"
	} {
		if got := unintroduced(p, tc.order, pp); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("unintroduced(%v) = %v, want %v", tc.order, got, tc.want)
		}
	}
}

// TestUnintroducedRoles checks that a brief does not call someone by a
// title alone ("the prime minister") before it has given the title with
// a name, and that a title with its name or its country names them.
func TestUnintroducedRoles(t *testing.T) {
	cands := []candidate{
		{text: "Ruritania's Prime Minister Jane Doe condemned the attack."},
		{text: "The prime minister said the attack was terrorism."},
		{text: "The shooting killed 12 people in what the president called a cowardly act."},
		{text: "The president of Ruritania called it a cowardly act."},
		{text: "The mayor, Tom Roe, closed the square."},
		{text: "The mayor Tom Roe closed the square."},
		{text: "Police sealed off the presidential palace."},
		{text: "The minister's office said talks would resume."},
		{text: "The club said the vote was close, according to the chief executive."},
		{text: "Doe, the prime minister since 2019, spoke first."},
		{text: "The platform said the video had been removed."},
		{text: "The gunman streamed a video of the attack online."},
		{text: "Jane Doe has won the election and will become the next prime minister of Ruritania."},
		{text: "Tom Roe, the outgoing prime minister, conceded."},
	}
	p := &pool{cands: cands}
	for _, tc := range []struct{ order, want []int }{
		{[]int{0, 1}, nil},       // the title with a name comes first
		{[]int{1, 0}, []int{1}},  // not yet
		{[]int{2}, []int{2}},     // whose president?
		{[]int{3}, nil},          // Ruritania's
		{[]int{4, 5}, nil},       // a name after the title, with a comma or without
		{[]int{6, 7}, nil},       // no title alone: an adjective, a possessive's office
		{[]int{8}, []int{8}},     // at the end of the sentence too
		{[]int{9, 1}, nil},       // an apposition gives the title
		{[]int{10}, []int{10}},   // which video?
		{[]int{11, 10}, nil},     // that one
		{[]int{12, 1}, []int{1}}, // "the next prime minister" gives no name with the title: whose?
		{[]int{13, 1}, nil},      // "Roe, the outgoing prime minister"
	} {
		if got := unintroducedRoles(p, tc.order); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("unintroducedRoles(%v) = %v, want %v", tc.order, got, tc.want)
		}
	}
}

// mayName holds wherever the expressions capture a name, and titledNameRE
// finds the same matches from titleFrom on as in the whole: in windows of
// the test stories at many offsets, cut anywhere, even inside a character.
func TestMayName(t *testing.T) {
	for _, tc := range []struct {
		s, w         string
		titled, said bool
	}{
		{"Secretary of State Marco Rubio", "Rubio", true, false},
		{"the Vice President Kamala Harris's", "Harris", true, false},
		{"(Mr. Haas)", "Haas", true, false},
		{"MrHaas, Chiefly Haas", "Haas", false, false},
		{"Mayor A B C D Haas", "Haas", false, false},
		{"Alan Okafor said", "Okafor", false, true},
		{"Okafor, said", "Okafor", false, false},
		{"Alan Okafor, said", "Okafor", false, true},
		{"Secretary of State", "State", false, false},
		{"said the Rubio", "Rubio", false, false},
		{"said Mara Lindqvist", "Lindqvist", false, true},
		{"said the mayor. Asked Lindqvist", "Lindqvist", false, false},
		{"“We cannot wait,” said Mara Lindqvist", "Lindqvist", false, true},
	} {
		if titled, said := mayName(tc.s, tc.w); titled != tc.titled || said != tc.said {
			t.Errorf("mayName(%q, %q) = %v, %v", tc.s, tc.w, titled, said)
		}
	}
	paths, _ := filepath.Glob("../testdata/clusters/*/0*.txt")
	more, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	for _, path := range append(paths, more...) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := foldSpace(string(b))
		for at := 0; at < len(text); at += 3 {
			s := text[at:min(len(text), at+104)]
			var from []int
			at := titleFrom(s)
			for _, m := range titledNameRE.FindAllStringSubmatchIndex(s[at:], -1) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += at
					}
				}
				from = append(from, m...)
			}
			if whole := slices.Concat(titledNameRE.FindAllStringSubmatchIndex(s, -1)...); !slices.Equal(from, whole) {
				t.Errorf("%s: titledNameRE in %q: %v from titleFrom on, %v in the whole", path, s, from, whole)
			}
			for k, re := range []*regexp.Regexp{titledNameRE, saidNameRE} {
				for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
					for g := 2; g+1 < len(m); g += 2 {
						if m[g] < 0 {
							continue
						}
						w := possessor(s[m[g]:m[g+1]])
						if titled, said := mayName(s, w); k == 0 && !titled || k == 1 && !said {
							t.Errorf("%s: mayName(%q, %q) = %v, %v; %v captures it", path, s, w, titled, said, re)
						}
					}
				}
			}
		}
	}
}

// A person the cluster introduces only in a sentence cleaning drops (an
// editor's note, a caption) is still a person: the brief does not name
// them by surname alone.
func TestUnintroducedByDroppedSentence(t *testing.T) {
	docs := []Document{
		{Name: "a.txt", Text: "Northwind shares rose 5% on Monday after the company agreed to buy its rival Halberd for $2 billion.\n\nVarga said the deal would lift prices for shoppers across the region.\n"},
		{Name: "b.txt", Text: "Northwind agreed on Monday to buy Halberd for $2 billion, and its shares rose 5%.\n\nThe deal would lift prices for shoppers across the region, Varga said.\n\nEditor's note: Ines Varga, an economist at the university, advises the council.\n"},
		{Name: "c.txt", Text: "Northwind will buy Halberd for $2 billion, the companies said on Monday.\n\nRegulators must still approve the deal.\n"},
	}
	s, _ := New(DefaultOptions())
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sentences) == 0 {
		t.Fatal("no brief")
	}
	for _, sel := range b.Sentences {
		if strings.Contains(sel.Text, "Varga") {
			t.Errorf("the brief names Varga by surname alone: %q", sel.Text)
		}
	}
}

// A byline that cleaning dropped does not undo a given name the kept
// sentences put before a surname only.
func TestPeopleExtraByline(t *testing.T) {
	pp := newPeople([]candidate{
		{doc: 0, text: "The former fixer Michael Cohen testified for two days."},
		{doc: 1, text: "The lawyer Michael Cohen took the stand on Monday."},
		{doc: 1, text: "Cohen was cross-examined for hours."},
	}, []candidate{{doc: 0, text: "By Michael Smith and Ana Ruiz"}})
	if !pp.is("Cohen") {
		t.Errorf("is(Cohen) = false beside a dropped byline")
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Gaddafi", "Gadhafi", true},    // one changed
		{"Prigozhin", "Prigozin", true}, // one dropped
		{"Gaddafi", "Qaddafi", true},
		{"Gaddafi", "Gaddafi", false}, // the same
		{"Gaddafi", "Kadafi", false},  // two
		{"Morrison", "Harrison", false},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A quotation's speaker named in full once, in one version, is someone;
// a headline's capitals name no one.
func TestSpeakerNamedOnce(t *testing.T) {
	pp := newPeople([]candidate{
		{doc: 0, text: "Agency administrator for exploration Tom Quill likewise praised the launch."},
		{doc: 0, text: "“We look forward to the data from the flight,” Quill wrote."},
		{doc: 1, text: "A Separate Kestrel 365 Outage"},
		{doc: 1, text: "“The apps are back for most users,” Kestrel said."},
		{doc: 2, text: "The launch was watched by Anna Brisk."},
	}, nil)
	for w, want := range map[string]bool{"Quill": true, "Kestrel": false, "Brisk": false} {
		if got := pp.is(w); got != want {
			t.Errorf("is(%q) = %v, want %v", w, got, want)
		}
	}
}
