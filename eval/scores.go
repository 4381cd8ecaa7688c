package eval

import (
	"bytes"
	"encoding/json"
)

// Score is one metric's recall, precision and F, each rounded to five
// decimals as ROUGE-1.5.5 prints them.
type Score struct {
	Name    string
	R, P, F float64
	// Hit, Model and Peer are the counts R and P come from, summed over
	// the references (or those of the best one): R = Hit/Model and P =
	// Hit/Peer, through ROUGE-W's inverse weight. For ROUGE-W they are
	// weighted, as ROUGE-1.5.5 -t 1 and -t 2 report them.
	Hit, Model, Peer float64
}

// Scores lists metrics in ROUGE-1.5.5's order: ROUGE-1..N, L, W, S/SU.
type Scores []Score

// Get returns the score named name.
func (sc Scores) Get(name string) (Score, bool) {
	for _, s := range sc {
		if s.Name == name {
			return s, true
		}
	}
	return Score{}, false
}

// MarshalJSON writes {"ROUGE-1":{"R":…,"P":…,"F":…},…} in metric order.
func (sc Scores) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, s := range sc {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(s.Name)
		b.Write(name)
		b.WriteString(`:{"R":`)
		writeFloat(&b, s.R)
		b.WriteString(`,"P":`)
		writeFloat(&b, s.P)
		b.WriteString(`,"F":`)
		writeFloat(&b, s.F)
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeFloat(b *bytes.Buffer, x float64) {
	out, _ := json.Marshal(x)
	b.Write(out)
}
