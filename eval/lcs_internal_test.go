package eval

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

// dpMark is ROUGE-1.5.5's lcs_inner and markLCS as the Perl writes them:
// the whole table, then the walk back. It is the oracle for lcsPeer.
func dpMark(x, y []int32, mask []bool) {
	m, n := len(x), len(y)
	c := make([][]int, m+1)
	b := make([][]byte, m+1)
	for i := range c {
		c[i] = make([]int, n+1)
		b[i] = make([]byte, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			switch {
			case x[i-1] == y[j-1]:
				c[i][j], b[i][j] = c[i-1][j-1]+1, diag
			case c[i-1][j] >= c[i][j-1]:
				c[i][j], b[i][j] = c[i-1][j], up
			default:
				c[i][j], b[i][j] = c[i][j-1], left
			}
		}
	}
	for i, j := m, n; i != 0 && j != 0; {
		switch b[i][j] {
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

func randomSentences(rng *rand.Rand, count, maxLen, vocab int) [][]int32 {
	out := make([][]int32, count)
	for i := range out {
		out[i] = make([]int32, rng.IntN(maxLen+1))
		for j := range out[i] {
			out[i][j] = int32(rng.IntN(vocab))
		}
	}
	return out
}

// TestBitLCSMatchesTable compares the marks of the bit-parallel union LCS
// with the Perl's table on random sentences: short and long, small and
// large vocabularies, empty sentences, several 64-bit words a row.
func TestBitLCSMatchesTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		vocab := 1 + rng.IntN(12)
		maxLen := 1 + rng.IntN(20)
		if trial%10 == 0 {
			maxLen = 150
		}
		peer := randomSentences(rng, 1+rng.IntN(5), maxLen, vocab)
		model := randomSentences(rng, 1+rng.IntN(4), maxLen, vocab)
		dense := newLCSPeer(peer, vocab)
		sparse := newLCSPeer(peer, vocab)
		sparse.sparseOnly()
		var st lcsState
		for _, x := range model {
			want := make([]bool, len(x))
			for _, y := range peer {
				dpMark(x, y, want)
			}
			for _, p := range []*lcsPeer{dense, sparse} {
				got := make([]bool, len(x))
				p.mark(x, got, &st)
				if !slices.Equal(got, want) {
					t.Fatalf("trial %d (dense rows %v): model %v peer %v\nmarks %v\nwant  %v", trial, len(p.dense) > 0, x, peer, got, want)
				}
			}
		}
	}
}

// TestBitLCSBlocks runs the walk back over rows computed again from
// snapshots, as for very long sentences.
func TestBitLCSBlocks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	peer := randomSentences(rng, 3, 400, 6)
	x := randomSentences(rng, 1, 2000, 6)[0]
	want := make([]bool, len(x))
	for _, y := range peer {
		dpMark(x, y, want)
	}
	dense := newLCSPeer(peer, 6)
	sparse := newLCSPeer(peer, 6)
	sparse.sparseOnly()
	for _, p := range []*lcsPeer{dense, sparse} {
		for _, budget := range []int{0, 5, 100, 1 << 30} {
			got := make([]bool, len(x))
			st := lcsState{budget: budget}
			p.mark(x, got, &st)
			if !slices.Equal(got, want) {
				t.Errorf("budget %d, dense rows %v: marks differ", budget, len(p.dense) > 0)
			}
		}
	}
}

// sparseOnly makes every row go through the position lists.
func (p *lcsPeer) sparseOnly() {
	for t := range p.denseOf {
		p.denseOf[t] = -1
	}
	p.dense = nil
}

// TestBitLCSLargeVocabulary mixes dense and sparse rows: a few frequent
// tokens among many rare ones, in long sentences.
func TestBitLCSLargeVocabulary(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	zipf := rand.NewZipf(rand.New(rand.NewPCG(7, 8)), 1.3, 2, 400)
	sentences := func(count, maxLen int) [][]int32 {
		out := make([][]int32, count)
		for i := range out {
			out[i] = make([]int32, 1+rng.IntN(maxLen))
			for j := range out[i] {
				out[i][j] = int32(zipf.Uint64())
			}
		}
		return out
	}
	for trial := range 40 {
		peer, model := sentences(20, 60), sentences(6, 60)
		p := newLCSPeer(peer, 401)
		if trial == 0 && (len(p.dense) == 0 || len(p.dense) == len(p.denseOf)*p.words) {
			t.Fatalf("want both dense and sparse rows, got %d dense words", len(p.dense))
		}
		var st lcsState
		for _, x := range model {
			want := make([]bool, len(x))
			for _, y := range peer {
				dpMark(x, y, want)
			}
			got := make([]bool, len(x))
			p.mark(x, got, &st)
			if !slices.Equal(got, want) {
				t.Fatalf("trial %d: marks differ", trial)
			}
		}
	}
}

// A ROUGE-W table of two sentences of 46,340 tokens would pass 2 GiB: it
// is refused before it is built.
func TestWLCSTooLong(t *testing.T) {
	long := [][]int32{make([]int32, 46340)}
	short := [][]int32{make([]int32, 46339), {1, 2}}
	if !tooLongForWLCS(long, long) || tooLongForWLCS(short, short) || tooLongForWLCS(long, [][]int32{{1}}) {
		t.Error("wrong bound")
	}
	s, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	ev := s.References([]Text{{units: [][]string{{"a"}}, grams: []string{"a"}}}).Against(Text{})
	ev.r.models[0].units = long
	ev.peer.units = long
	if _, err := ev.WLCS(); !errors.Is(err, ErrTooLong) {
		t.Errorf("err = %v, want ErrTooLong", err)
	}
}
