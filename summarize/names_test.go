package summarize

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

func TestPeople(t *testing.T) {
	pp := newPeople([]candidate{
		{text: "Secretary of State Marco Rubio had a working breakfast with Kazakh President Kassym-Jomart Tokayev."},
		{text: "The cracks were found on Friday, Public Works Director Alan Okafor said."},
		{text: "“We cannot wait,” said Mara Lindqvist, who directs the authority."},
		{text: "Kazakhstan joined the Abraham Accords, the White House said."},
		{text: "Mr. Haas, who chairs the growers, spoke on Tuesday."},
	})
	for w, want := range map[string]bool{
		"Rubio": true, "Tokayev": true, "Okafor": true, "Lindqvist": true, "Haas": true,
		"Kazakhstan": false, "Accords": false, "House": false, "Friday": false, "Marco": false,
	} {
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
	}
	p := &pool{cands: cands}
	pp := newPeople(cands)
	for _, tc := range []struct{ order, want []int }{
		{[]int{0, 1, 2}, nil},
		{[]int{1, 0}, []int{1}},
		{[]int{2, 3}, []int{2, 3}}, // a courtesy title does not introduce
		{[]int{4, 1}, []int{1}},    // Tokayev is, Rubio is not
	} {
		if got := unintroduced(p, tc.order, pp); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("unintroduced(%v) = %v, want %v", tc.order, got, tc.want)
		}
	}
}

// titleFrom and maySay hold wherever their expressions match, and
// titledNameRE finds the same matches from titleFrom on as in the whole:
// in windows of the test stories at many offsets, cut anywhere, even
// inside a character.
func TestMayName(t *testing.T) {
	for _, tc := range []struct {
		s          string
		title, say bool
	}{
		{"Secretary of State Marco Rubio", true, false},
		{"the Vice President Kamala", true, false},
		{"Mr. Haas", true, false},
		{"MrHaas, Chiefly Haas", false, false},
		{"Alan Okafor said", false, true},
		{"Okafor, said", false, true},
		{"said Mara Lindqvist", false, true},
		{"said the mayor. Asked Lindqvist", false, false},
		{"“We cannot wait,” said Mara", false, true},
	} {
		if got := titleFrom(tc.s) >= 0; got != tc.title {
			t.Errorf("titleFrom(%q) >= 0 is %v", tc.s, got)
		}
		if got := maySay(tc.s); got != tc.say {
			t.Errorf("maySay(%q) = %v", tc.s, got)
		}
	}
	paths, _ := filepath.Glob("../testdata/clusters/*/0*.txt")
	more, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	for _, path := range append(paths, more...) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for at := 0; at < len(text); at += 3 {
			w := text[at:min(len(text), at+104)]
			var from []int
			if at := titleFrom(w); at >= 0 {
				for _, m := range titledNameRE.FindAllStringSubmatchIndex(w[at:], -1) {
					for k := range m {
						if m[k] >= 0 {
							m[k] += at
						}
					}
					from = append(from, m...)
				}
			}
			if whole := slices.Concat(titledNameRE.FindAllStringSubmatchIndex(w, -1)...); !slices.Equal(from, whole) {
				t.Errorf("%s: titledNameRE in %q: %v from titleFrom on, %v in the whole", path, w, from, whole)
			}
			if saidNameRE.MatchString(w) && !maySay(w) {
				t.Errorf("%s: maySay(%q) = false, saidNameRE matches", path, w)
			}
		}
	}
}
