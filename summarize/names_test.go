package summarize

import (
	"reflect"
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
