package eval

import "testing"

// Values printed by perl 5.36 (whose rand is its own drand48 since 5.20):
//
//	perl -e 'for $s (0,1,2,999,4294967295){srand($s); printf "%d %.17g %.17g %.17g\n", $s, rand(), rand(), rand()}'
func TestDrand48MatchesPerl(t *testing.T) {
	for _, c := range []struct {
		seed uint32
		want [3]float64
	}{
		{0, [3]float64{0.17082803610628972, 0.74990198048496381, 0.09637165562356742}},
		{1, [3]float64{0.041630344771878214, 0.45449244472862915, 0.8348172181669149}},
		{2, [3]float64{0.91243265343746671, 0.15908290897229449, 0.57326278071026238}},
		{999, [3]float64{0.10233439302919933, 0.63577575990663604, 0.80348863642769786}},
		{4294967295, [3]float64{0.30002572744070122, 0.045311516241298477, 0.35792609308021994}},
	} {
		g := newDrand48(c.seed)
		for i, want := range c.want {
			if got := g.next(); got != want {
				t.Errorf("srand(%d) rand #%d = %.17g, want %.17g", c.seed, i+1, got, want)
			}
		}
	}
}

// Indices and ratios from the script's own arithmetic, printed by perl:
//
//	perl -e 'for $c ([95,999],[100,10],[0,10]) { ($cf,$r)=@$c; $d=$r*((100-$cf)/2.0)/100.0;
//	  $u=int($r-$d-1); printf "%d %d %.17g\n",int($d),$u,$r-$d-1-$u }'
func TestCIBounds(t *testing.T) {
	for _, c := range []struct {
		conf      float64
		resamples int
		lo, hi    ciIndex
	}{
		{95, 1000, ciIndex{25, 0}, ciIndex{974, 0}},
		{95, 999, ciIndex{24, 0.024999999999977263}, ciIndex{973, 0.024999999999977263}},
		{100, 10, ciIndex{0, 0}, ciIndex{9, 0}},
		{0, 10, ciIndex{5, 0}, ciIndex{4, 0}},
	} {
		lo, hi := ciBounds(c.conf, c.resamples)
		if lo != c.lo || hi != c.hi {
			t.Errorf("ciBounds(%v, %d) = %v, %v; want %v, %v", c.conf, c.resamples, lo, hi, c.lo, c.hi)
		}
	}
}

// TestStreamedBootstrap checks the radix selection of the streamed
// bootstrap against the sorted resamples, under -t 0 and -t 1.
func TestStreamedBootstrap(t *testing.T) {
	alpha := 0.5
	for _, tokens := range []*float64{nil, &alpha} {
		rs := resampler{n: 7, width: 6, tokens: tokens}
		for i := range rs.n * rs.width {
			rs.vals = append(rs.vals, float64((i*7919)%13)/13)
		}
		for _, c := range []struct {
			conf      float64
			resamples int
		}{{95, 2000}, {90, 1001}, {100, 500}, {0, 64}} {
			lo, hi := ciBounds(c.conf, c.resamples)
			want := rs.stored(c.resamples, lo, hi)
			got := rs.streamed(c.resamples, lo, hi)
			for k := range want {
				if got[k] != want[k] {
					t.Errorf("tokens %v, %v%%, %d resamples, series %d: streamed %+v, stored %+v", tokens != nil, c.conf, c.resamples, k, got[k], want[k])
				}
			}
		}
	}
}
