package eval

import "math/bits"

// ROUGE-1.5.5's ROUGE-L is a union LCS: each model sentence is compared
// with every peer sentence by the textbook dynamic program, and the model
// positions on the path its markLCS walks back (diagonal on equal tokens,
// else up when c[i-1][j] >= c[i][j-1], else left) are marked. That is
// quadratic in time and in memory. Here the table is never built: its rows
// are bit vectors (Hyyrö's bit-parallel LCS, after Allison and Dix), all
// peer sentences side by side in one vector, and the walk back moves one
// cursor per peer sentence down the rows with the same bits.
//
// Row i of the table is held as V, a bit per peer position j, 0 where
// c[i][j] = c[i][j-1] + 1. Going from row i-1 to row i with the model token
// x, whose peer positions are the bits of M:
//
//	U = V & M
//	V = (V + U) | (V &^ U)
//
// The carries of V + U mark the cells where the row went up: c[i][j] =
// c[i-1][j] + 1 exactly where a carry enters position j+1. Those cells (d)
// are all the walk needs: at (i, j) it steps up when d is 0 and x is not
// y[j]; otherwise it goes left to the nearest peer position at or before j
// holding x (there is always one: a run of d ends on a match) and takes
// the diagonal there, marking model position i.
//
// Each peer sentence is followed by a guard bit, always 0 in V, which
// stops carries, so sentences do not interact. Rows touch only the words
// where the model token occurs (or a carry runs), so the cost is the
// number of bit-vector words holding the token, at most (m·n)/64 for
// sentences of m and n tokens, and the d bits of the rows are kept until
// the walk back. When they would take more than lcsBlockRecords, only a
// snapshot of V is kept every so many rows and each block of rows is
// computed again when the walk reaches it.

// lcsBlockRecords bounds the d words kept at once (16 bytes each).
const lcsBlockRecords = 1 << 20

// maskWord is one 64-bit word of a sparse bit vector.
type maskWord struct {
	w    int32
	bits uint64
}

// lcsPeer is a peer's sentences laid out for bit-parallel LCS.
type lcsPeer struct {
	words int
	guard []uint64
	ends  []int32 // last position of each sentence
	pmOff []int32 // positions of token t: pm[pmOff[t]:pmOff[t+1]]
	pm    []maskWord
	// Tokens in a quarter of the words or more (the, and...) also have
	// their positions as a whole vector, rows of them being faster done
	// word by word: dense[denseOf[t]:][:words], when denseOf[t] >= 0.
	denseOf []int32
	dense   []uint64
}

// newLCSPeer lays out the peer's sentences; tokens >= v occur in no model
// sentence and have no position list.
func newLCSPeer(units [][]int32, v int) *lcsPeer {
	total := 0
	for _, u := range units {
		if len(u) > 0 {
			total += len(u) + 1
		}
	}
	p := &lcsPeer{words: (total + 63) / 64, pmOff: make([]int32, v+1)}
	p.guard = make([]uint64, p.words)
	last := make([]int32, v)
	for i := range last {
		last[i] = -1
	}
	p.walk(units, func(t int32, pos int) {
		if w := int32(pos >> 6); last[t] != w {
			last[t] = w
			p.pmOff[t+1]++
		}
	})
	for t := 1; t <= v; t++ {
		p.pmOff[t] += p.pmOff[t-1]
	}
	p.pm = make([]maskWord, p.pmOff[v])
	fill := make([]int32, v)
	copy(fill, p.pmOff[:v])
	for i := range last {
		last[i] = -1
	}
	p.walk(units, func(t int32, pos int) {
		w := int32(pos >> 6)
		if last[t] != w {
			last[t] = w
			p.pm[fill[t]] = maskWord{w: w}
			fill[t]++
		}
		p.pm[fill[t]-1].bits |= 1 << (pos & 63)
	})
	pos := 0
	for _, u := range units {
		if len(u) > 0 {
			pos += len(u)
			p.ends = append(p.ends, int32(pos-1))
			p.guard[pos>>6] |= 1 << (pos & 63)
			pos++
		}
	}
	p.denseOf = make([]int32, v)
	for t := range p.denseOf {
		p.denseOf[t] = -1
		if e := p.positions(int32(t)); len(e) > 0 && 4*len(e) >= p.words {
			p.denseOf[t] = int32(len(p.dense))
			row := make([]uint64, p.words)
			for _, m := range e {
				row[m.w] = m.bits
			}
			p.dense = append(p.dense, row...)
		}
	}
	return p
}

// denseRow returns token t's positions as a whole vector, or nil.
func (p *lcsPeer) denseRow(t int32) []uint64 {
	if int(t) >= len(p.denseOf) || p.denseOf[t] < 0 {
		return nil
	}
	return p.dense[p.denseOf[t]:][:p.words]
}

// walk calls f with each model-vocabulary token of the peer and its
// position.
func (p *lcsPeer) walk(units [][]int32, f func(t int32, pos int)) {
	v := int32(len(p.pmOff) - 1)
	pos := 0
	for _, u := range units {
		if len(u) == 0 {
			continue
		}
		for _, t := range u {
			if t < v {
				f(t, pos)
			}
			pos++
		}
		pos++ // guard
	}
}

// positions returns the bit-vector words of token t's peer positions.
func (p *lcsPeer) positions(t int32) []maskWord {
	if int(t) >= len(p.pmOff)-1 {
		return nil
	}
	return p.pm[p.pmOff[t]:p.pmOff[t+1]]
}

// lcsState is the scratch space of one marking, reused across sentences.
type lcsState struct {
	v, cursors []uint64
	// The d bits of the rows, from the block's first: row r's are
	// d[dEnd[r-1]:dEnd[r]], or for a dense token's row, all words of
	// dd[ddEnd[r-1]:ddEnd[r]].
	d           []maskWord
	dd          []uint64
	dEnd, ddEnd []int32
	blocks      []lcsBlock
	budget      int // d words kept at once; 0: lcsBlockRecords
}

func (st *lcsState) clearRows() {
	st.d, st.dd, st.dEnd, st.ddEnd = st.d[:0], st.dd[:0], st.dEnd[:0], st.ddEnd[:0]
}

type lcsBlock struct {
	start int      // first row
	v     []uint64 // V before it; nil for the first block
}

// mark sets mask[i] for each position i of model sentence x on ROUGE's
// LCS path against some peer sentence.
func (p *lcsPeer) mark(x []int32, mask []bool, st *lcsState) {
	if len(x) == 0 || p.words == 0 {
		return
	}
	st.v = grow(st.v, p.words)
	p.reset(st.v)
	st.blocks = append(st.blocks[:0], lcsBlock{})
	st.clearRows()
	budget := st.budget
	if budget == 0 {
		budget = lcsBlockRecords
	}
	for r, t := range x {
		if len(st.d)+len(st.dd)/2 > budget && r > st.blocks[len(st.blocks)-1].start {
			st.blocks = append(st.blocks, lcsBlock{start: r, v: append([]uint64(nil), st.v...)})
			st.clearRows()
		}
		p.forward(t, st)
	}

	st.cursors = grow(st.cursors, p.words)
	clear(st.cursors)
	for _, e := range p.ends {
		st.cursors[e>>6] |= 1 << (e & 63)
	}
	active := len(p.ends)
	end := len(x)
	for b := len(st.blocks) - 1; b >= 0 && active > 0; b-- {
		blk := st.blocks[b]
		if b < len(st.blocks)-1 { // rows not kept: compute them again
			if blk.v == nil {
				p.reset(st.v)
			} else {
				copy(st.v, blk.v)
			}
			st.clearRows()
			for _, t := range x[blk.start:end] {
				p.forward(t, st)
			}
		}
		for r := end - 1; r >= blk.start && active > 0; r-- {
			k := r - blk.start
			var hit bool
			if pm := p.denseRow(x[r]); pm != nil {
				hit = p.backDense(pm, st.dd[st.ddEnd[k]-int32(p.words):st.ddEnd[k]], st.cursors, &active)
			} else {
				lo := int32(0)
				if k > 0 {
					lo = st.dEnd[k-1]
				}
				hit = p.back(x[r], st.d[lo:st.dEnd[k]], st.cursors, &active)
			}
			if hit {
				mask[r] = true
			}
		}
		end = blk.start
	}
}

// reset sets v to row 0: no increments.
func (p *lcsPeer) reset(v []uint64) {
	for w := range v {
		v[w] = ^p.guard[w]
	}
}

// forward advances st.v by one row, for model token t, keeping its d bits.
func (p *lcsPeer) forward(t int32, st *lcsState) {
	if pm := p.denseRow(t); pm != nil {
		p.forwardDense(pm, st)
		return
	}
	e := p.positions(t)
	v := st.v
	var carry uint64
	w := int32(-1)
	for k := 0; k < len(e) || carry != 0; {
		var m uint64
		if carry != 0 {
			w++
			if k < len(e) && e[k].w == w {
				m = e[k].bits
				k++
			}
		} else {
			w, m = e[k].w, e[k].bits
			k++
		}
		old := v[w]
		u := old & m
		sum, out := bits.Add64(old, u, carry)
		v[w] = (sum | old&^u) &^ p.guard[w]
		// sum^old^u are the carries into each bit; d at j is the carry
		// into j+1.
		if d := (sum^old^u)>>1 | out<<63; d != 0 {
			st.d = append(st.d, maskWord{w, d})
		}
		carry = out
	}
	st.dEnd = append(st.dEnd, int32(len(st.d)))
	st.ddEnd = append(st.ddEnd, int32(len(st.dd)))
}

// forwardDense is forward for a token with a whole vector of positions.
func (p *lcsPeer) forwardDense(pm []uint64, st *lcsState) {
	v := st.v
	n := len(st.dd)
	st.dd = append(st.dd, make([]uint64, p.words)...)
	d := st.dd[n:]
	guard := p.guard[:len(v)]
	pm = pm[:len(v)]
	d = d[:len(v)]
	var carry uint64
	for w, old := range v {
		u := old & pm[w]
		sum, out := bits.Add64(old, u, carry)
		v[w] = (sum | old&^u) &^ guard[w]
		d[w] = (sum^old^u)>>1 | out<<63
		carry = out
	}
	st.dEnd = append(st.dEnd, int32(len(st.d)))
	st.ddEnd = append(st.ddEnd, int32(len(st.dd)))
}

// backDense is back for a token with a whole vector of positions pm.
func (p *lcsPeer) backDense(pm, d, cursors []uint64, active *int) bool {
	moved, ended := 0, 0
	pm, d = pm[:len(cursors)], d[:len(cursors)]
	guard := p.guard[:len(cursors)]
	for w, cw := range cursors {
		eb := pm[w]
		c := cw & (eb | d[w])
		if c == 0 {
			continue
		}
		moved++
		cursors[w] = cw &^ c
		for ; c != 0; c &= c - 1 {
			b := bits.TrailingZeros64(c)
			below := eb & (^uint64(0) >> (63 - b))
			pw := w
			for below == 0 { // a run of d ends on a position of the token
				pw--
				below = pm[pw]
			}
			next := pw*64 + 62 - bits.LeadingZeros64(below) // before the diagonal
			if next >= 0 && guard[next>>6]&(1<<(next&63)) == 0 {
				cursors[next>>6] |= 1 << (next & 63)
			} else {
				ended++
			}
		}
	}
	*active -= ended
	return moved > 0
}

// back moves the cursors up one row, the row of model token t whose d bits
// are d, and reports whether some cursor took a diagonal.
func (p *lcsPeer) back(t int32, d []maskWord, cursors []uint64, active *int) bool {
	e := p.positions(t)
	hit := false
	for ke, kd := 0, 0; ke < len(e) || kd < len(d); {
		var w int32
		if kd == len(d) || ke < len(e) && e[ke].w <= d[kd].w {
			w = e[ke].w
		} else {
			w = d[kd].w
		}
		var eb, db uint64
		if ke < len(e) && e[ke].w == w {
			eb = e[ke].bits
		}
		if kd < len(d) && d[kd].w == w {
			db = d[kd].bits
			kd++
		}
		for c := cursors[w] & (eb | db); c != 0; c &= c - 1 {
			b := bits.TrailingZeros64(c)
			// The diagonal is at the nearest position <= the cursor
			// holding t: in this word, or the last of the word before.
			var pos int
			if below := eb & (^uint64(0) >> (63 - b)); below != 0 {
				pos = int(w)*64 + 63 - bits.LeadingZeros64(below)
			} else {
				prev := e[ke-1]
				pos = int(prev.w)*64 + 63 - bits.LeadingZeros64(prev.bits)
			}
			hit = true
			cursors[w] &^= 1 << b
			if next := pos - 1; next >= 0 && p.guard[next>>6]&(1<<(next&63)) == 0 {
				cursors[next>>6] |= 1 << (next & 63)
			} else {
				*active--
			}
		}
		if eb != 0 {
			ke++
		}
	}
	return hit
}

func grow(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}
