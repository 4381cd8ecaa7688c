package eval

// wlcsBuf holds ROUGE-W's dynamic-programming rows and its table of moves,
// reused across sentences.
type wlcsBuf struct {
	c, prevC     []float64
	run, prevRun []int32
	dir          []byte
	mask         []bool
}

// maxWLCSCells bounds the cells of one ROUGE-W table (WLCS reports
// ErrTooLong beyond).
const maxWLCSCells = 1 << 31

// tooLongForWLCS reports whether the longest sentences of model and peer
// make a table of more than maxWLCSCells.
func tooLongForWLCS(model, peer [][]int32) bool {
	longest := func(units [][]int32) (n int) {
		for _, u := range units {
			n = max(n, len(u))
		}
		return n
	}
	return (longest(model)+1)*(longest(peer)+1) > maxWLCSCells
}

const (
	diag byte = iota + 1
	up
	left
)

// resetMask clears the hit mask of a model sentence of length m.
func resetMask(mask []bool, m int) []bool {
	if cap(mask) < m {
		mask = make([]bool, m)
	}
	mask = mask[:m]
	clear(mask)
	return mask
}

// unionWLCS is ROUGE-1.5.5's weighted union LCS. The weighted table only
// chooses the marked model positions; the hit is Σ f(run) over runs of
// consecutive marked positions that survive clipping (a clipped position
// neither extends nor closes a run; a run still open when a sentence ends
// on a clipped position is lost). base is Σ f(sentence length).
func (s *Scorer) unionWLCS(model, peer [][]int32, mc, pc []int32, buf *wlcsBuf, trace func([]int32)) (hit, base float64) {
	var hits []int32
	for _, mu := range model {
		base += s.weight(len(mu))
		if len(mu) == 0 {
			if trace != nil {
				trace(nil)
			}
			continue
		}
		buf.mask = resetMask(buf.mask, len(mu))
		for _, pu := range peer {
			s.markWLCS(mu, pu, buf)
		}
		run := 0
		hits = hits[:0]
		for j, tok := range mu {
			if !buf.mask[j] || mc[tok] <= 0 || pc[tok] <= 0 {
				continue
			}
			run++
			if j+1 == len(mu) || !buf.mask[j+1] {
				hit += s.weight(run)
				run = 0
			}
			mc[tok]--
			pc[tok]--
			hits = append(hits, tok)
		}
		if trace != nil {
			trace(hits)
		}
	}
	return hit, base
}

// markWLCS is wlcs_inner: c[i][j] = c[i-1][j-1] + f(k+1) - f(k) on a match
// extending a run of k, else the larger of up and left, up on ties; then
// the marks of markLCS's walk. Only the moves are kept for every cell.
func (s *Scorer) markWLCS(x, y []int32, buf *wlcsBuf) {
	m, n := len(x), len(y)
	if n == 0 {
		return
	}
	w := n + 1
	if cap(buf.dir) < (m+1)*w {
		buf.dir = make([]byte, (m+1)*w)
	}
	if cap(buf.c) < w {
		buf.c, buf.prevC = make([]float64, w), make([]float64, w)
		buf.run, buf.prevRun = make([]int32, w), make([]int32, w)
	}
	dir := buf.dir[:(m+1)*w]
	c, pc := buf.c[:w], buf.prevC[:w]
	run, pr := buf.run[:w], buf.prevRun[:w]
	clear(pc)
	clear(pr)
	for i := 1; i <= m; i++ {
		c[0], run[0] = 0, 0
		xi := x[i-1]
		row := dir[i*w:]
		for j := 1; j <= n; j++ {
			switch {
			case xi == y[j-1]:
				r := pr[j-1]
				c[j] = pc[j-1] + s.weight(int(r)+1) - s.weight(int(r))
				run[j], row[j] = r+1, diag
			case pc[j] >= c[j-1]:
				c[j], run[j], row[j] = pc[j], 0, up
			default:
				c[j], run[j], row[j] = c[j-1], 0, left
			}
		}
		c, pc = pc, c
		run, pr = pr, run
	}
	for i, j := m, n; i != 0 && j != 0; {
		switch dir[i*w+j] {
		case diag:
			i--
			j--
			buf.mask[i] = true
		case up:
			i--
		default:
			j--
		}
	}
}
