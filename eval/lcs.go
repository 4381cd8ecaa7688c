package eval

// lcsBuf holds the dynamic-programming tables, reused across sentences.
type lcsBuf struct {
	c    []int32
	wc   []float64
	run  []int32
	dir  []byte
	mask []bool
}

const (
	diag byte = iota + 1
	up
	left
)

// grow makes room for a table of the given number of cells.
func (b *lcsBuf) grow(cells int) {
	if cap(b.dir) < cells {
		b.c = make([]int32, cells)
		b.wc = make([]float64, cells)
		b.run = make([]int32, cells)
		b.dir = make([]byte, cells)
	}
}

// resetMask clears the hit mask of a model sentence of length m.
func (b *lcsBuf) resetMask(m int) {
	if cap(b.mask) < m {
		b.mask = make([]bool, m)
	}
	b.mask = b.mask[:m]
	clear(b.mask)
}

// unionLCS is ROUGE-1.5.5's summary-level LCS: for each model sentence, the
// union of its LCS with every peer sentence, each hit clipped by the
// unigram counts mc and pc (consumed as hits are taken). It returns the
// hits and the total model length.
func unionLCS(model, peer [][]int32, mc, pc []int32, buf *lcsBuf) (hit, base int) {
	for _, mu := range model {
		base += len(mu)
		if len(mu) == 0 {
			continue
		}
		buf.resetMask(len(mu))
		for _, pu := range peer {
			markLCS(mu, pu, buf)
		}
		for j, tok := range mu {
			if buf.mask[j] && mc[tok] > 0 && pc[tok] > 0 {
				hit++
				mc[tok]--
				pc[tok]--
			}
		}
	}
	return hit, base
}

// markLCS fills the LCS table of model sentence x and peer sentence y and
// marks in buf.mask the model positions on the path ROUGE's markLCS walks:
// diagonal on equal tokens, else up when c[i-1][j] >= c[i][j-1], else left.
func markLCS(x, y []int32, buf *lcsBuf) {
	m, n := len(x), len(y)
	w := n + 1
	cells := (m + 1) * w
	buf.grow(cells)
	c, dir := buf.c[:cells], buf.dir[:cells]
	clear(c[:w])
	for i := 1; i <= m; i++ {
		c[i*w] = 0
		for j := 1; j <= n; j++ {
			k := i*w + j
			switch {
			case x[i-1] == y[j-1]:
				c[k], dir[k] = c[k-w-1]+1, diag
			case c[k-w] >= c[k-1]:
				c[k], dir[k] = c[k-w], up
			default:
				c[k], dir[k] = c[k-1], left
			}
		}
	}
	traceback(dir, w, m, n, buf.mask)
}

func traceback(dir []byte, w, i, j int, mask []bool) {
	for i != 0 && j != 0 {
		switch dir[i*w+j] {
		case diag:
			i--
			j--
			mask[i] = true
		case up:
			i--
		default:
			j--
		}
	}
}

// unionWLCS is ROUGE-1.5.5's weighted union LCS. The weighted table only
// chooses the marked model positions; the hit is Σ f(run) over runs of
// consecutive marked positions that survive clipping (a clipped position
// neither extends nor closes a run; a run still open when a sentence ends
// on a clipped position is lost). base is Σ f(sentence length).
func (s *Scorer) unionWLCS(model, peer [][]int32, mc, pc []int32, buf *lcsBuf) (hit, base float64) {
	for _, mu := range model {
		base += s.weight(len(mu))
		if len(mu) == 0 {
			continue
		}
		buf.resetMask(len(mu))
		for _, pu := range peer {
			s.markWLCS(mu, pu, buf)
		}
		run := 0
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
		}
	}
	return hit, base
}

// markWLCS is wlcs_inner: c[i][j] = c[i-1][j-1] + f(k+1) - f(k) on a match
// extending a run of k, with the same tie-breaking as markLCS.
func (s *Scorer) markWLCS(x, y []int32, buf *lcsBuf) {
	m, n := len(x), len(y)
	w := n + 1
	cells := (m + 1) * w
	buf.grow(cells)
	c, run, dir := buf.wc[:cells], buf.run[:cells], buf.dir[:cells]
	clear(c[:w])
	clear(run[:w])
	for i := 1; i <= m; i++ {
		c[i*w], run[i*w] = 0, 0
		for j := 1; j <= n; j++ {
			k := i*w + j
			switch {
			case x[i-1] == y[j-1]:
				r := run[k-w-1]
				c[k] = c[k-w-1] + s.weight(int(r)+1) - s.weight(int(r))
				run[k], dir[k] = r+1, diag
			case c[k-w] >= c[k-1]:
				c[k], run[k], dir[k] = c[k-w], 0, up
			default:
				c[k], run[k], dir[k] = c[k-1], 0, left
			}
		}
	}
	traceback(dir, w, m, n, buf.mask)
}
