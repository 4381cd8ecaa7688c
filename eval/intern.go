package eval

// idText is a Text with tokens replaced by small integer ids, local to one
// evaluation, so the counting loops index slices instead of hashing strings.
type idText struct {
	grams  []int32
	units  [][]int32
	counts []int32 // occurrences of each id in grams
}

// interner numbers the distinct tokens of one evaluation.
type interner struct {
	ids map[string]int32
}

func (in *interner) id(tok string) int32 {
	if in.ids == nil {
		in.ids = make(map[string]int32)
	}
	id, ok := in.ids[tok]
	if !ok {
		id = int32(len(in.ids))
		in.ids[tok] = id
	}
	return id
}

func (in *interner) seq(toks []string) []int32 {
	out := make([]int32, len(toks))
	for i, t := range toks {
		out[i] = in.id(t)
	}
	return out
}

func (in *interner) text(t Text) idText {
	it := idText{grams: in.seq(t.grams), units: make([][]int32, len(t.units))}
	for i, u := range t.units {
		it.units[i] = in.seq(u)
	}
	return it
}

// count fills counts for a vocabulary of v ids.
func (t *idText) count(v int) {
	t.counts = make([]int32, v)
	for _, id := range t.grams {
		t.counts[id]++
	}
}
