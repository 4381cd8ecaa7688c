package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// Estimate is a bootstrap average with its confidence interval.
type Estimate struct {
	Mean, Low, High float64
}

// Summary is one metric averaged over many evaluations.
type Summary struct {
	Name    string
	R, P, F Estimate
}

// Summaries lists averaged metrics in the order of the Scores averaged.
type Summaries []Summary

// Bootstrap averages per-evaluation scores the way ROUGE-1.5.5's
// computeAverages does, so that its printed averages and intervals are
// reproduced digit for digit: resample s seeds Perl's generator with
// srand(s) and draws len(per) indices with int(rand(len(per))); the
// reported average is the mean of the resample means (not the plain
// mean), and the bounds interpolate the sorted resample means. All
// evaluations must hold the same metrics in the same order; ROUGE visits
// evaluations in the byte order of their "<eval id>.<peer id>" keys, so
// pass them sorted that way to match it.
//
// Memory does not grow with resamples: when the resample means would take
// more than 64 MiB (8 bytes a resample and a score: 400,000 resamples of
// the 21 default scores), they are drawn again for each pass of a radix
// selection of the bounds, and the average is the compensated sum of the
// resample means (ROUGE-1.5.5 adds them up in sorted order, rounding each
// sum, so the two can differ in the last bit, rarely in a printed digit).
func Bootstrap(per []Scores, confidence float64, resamples int) (Summaries, error) {
	return bootstrap(per, confidence, resamples, nil)
}

// BootstrapTokens is Bootstrap for ROUGE-1.5.5 -t 1: each resample adds
// up the Hit, Model and Peer counts of the evaluations drawn and takes R,
// P and F (weighted by alpha) of the sums, without rounding and, for
// ROUGE-W, without the inverse weight, as the script does.
func BootstrapTokens(per []Scores, alpha, confidence float64, resamples int) (Summaries, error) {
	return bootstrap(per, confidence, resamples, &alpha)
}

// maxStoredValues is how many resample means bootstrap keeps in memory;
// beyond it they are streamed.
const maxStoredValues = 1 << 23

func bootstrap(per []Scores, confidence float64, resamples int, tokens *float64) (Summaries, error) {
	if len(per) == 0 {
		return nil, ErrNoEvaluations
	}
	if !(confidence >= 0 && confidence <= 100) {
		return nil, fmt.Errorf("%w: confidence %v is not in [0, 100]", ErrOptions, confidence)
	}
	if resamples < 1 {
		return nil, fmt.Errorf("%w: %d resamples", ErrOptions, resamples)
	}
	metrics := len(per[0])
	rs := resampler{n: len(per), width: 3 * metrics, tokens: tokens}
	rs.vals = make([]float64, 0, len(per)*rs.width) // evaluation-major
	for i, sc := range per {
		if len(sc) != metrics {
			return nil, fmt.Errorf("%w: evaluation %d has %d metrics, want %d", ErrOptions, i+1, len(sc), metrics)
		}
		for j, s := range sc {
			if s.Name != per[0][j].Name {
				return nil, fmt.Errorf("%w: evaluation %d has %s where %s was expected", ErrOptions, i+1, s.Name, per[0][j].Name)
			}
			if tokens != nil {
				rs.vals = append(rs.vals, s.Model, s.Peer, s.Hit)
			} else {
				rs.vals = append(rs.vals, s.R, s.P, s.F)
			}
		}
	}

	lo, hi := ciBounds(confidence, resamples)
	var est []Estimate
	if resamples <= maxStoredValues/rs.width {
		est = rs.stored(resamples, lo, hi)
	} else {
		est = rs.streamed(resamples, lo, hi)
	}
	out := make(Summaries, metrics)
	for j := range out {
		out[j] = Summary{Name: per[0][j].Name, R: est[3*j], P: est[3*j+1], F: est[3*j+2]}
	}
	return out, nil
}

// resampler draws ROUGE's resamples of n evaluations of width values each.
type resampler struct {
	n, width int
	vals     []float64
	tokens   *float64 // -t 1: alpha
}

// draw puts resample i's means (or, under -t 1, ratios) in out, summing
// in sum.
func (rs *resampler) draw(i int, sum, out []float64) {
	clear(sum)
	g := newDrand48(uint32(i))
	n := float64(rs.n)
	if rs.width == 3 { // one metric, as brief rouge asks
		var a, b, c float64
		for range rs.n {
			row := rs.vals[int(n*g.next())*3:][:3]
			a, b, c = a+row[0], b+row[1], c+row[2]
		}
		sum[0], sum[1], sum[2] = a, b, c
	} else {
		for range rs.n {
			row := rs.vals[int(n*g.next())*rs.width:][:rs.width]
			for k, x := range row {
				sum[k] += x
			}
		}
	}
	if rs.tokens == nil {
		for k, x := range sum {
			out[k] = x / float64(rs.n)
		}
		return
	}
	alpha := *rs.tokens
	for k := 0; k < len(sum); k += 3 {
		model, peer, hit := sum[k], sum[k+1], sum[k+2]
		var r, p, f float64
		if model > 0 {
			r = hit / model
		}
		if peer > 0 {
			p = hit / peer
		}
		if d := (1-alpha)*p + alpha*r; d > 0 {
			f = r * p / d
		}
		out[k], out[k+1], out[k+2] = r, p, f
	}
}

// stored keeps every resample, as the script does.
func (rs *resampler) stored(resamples int, lo, hi ciIndex) []Estimate {
	series := make([][]float64, rs.width) // series -> resample values
	for k := range series {
		series[k] = make([]float64, resamples)
	}
	sum, out := make([]float64, rs.width), make([]float64, rs.width)
	for i := range resamples {
		rs.draw(i, sum, out)
		for k, x := range out {
			series[k][i] = x
		}
	}
	est := make([]Estimate, rs.width)
	keys := make([]uint64, resamples)
	for k, s := range series {
		// Sorted as integers of the same order: faster than floats.
		for i, x := range s {
			keys[i] = sortKey(x)
		}
		slices.Sort(keys)
		for i, key := range keys {
			s[i] = fromSortKey(key)
		}
		total := 0.0
		for _, x := range s {
			total += x
		}
		at := func(i int) float64 { // Perl reads past the end as 0
			if i < len(s) {
				return s[i]
			}
			return 0
		}
		est[k] = estimate(total/float64(resamples), lo, hi, at)
	}
	return est
}

// streamed finds the bounds' ranks by radix selection on the values'
// bits, 16 at a time, drawing the resamples again for each pass.
func (rs *resampler) streamed(resamples int, lo, hi ciIndex) []Estimate {
	ranks := []int{lo.a, lo.a + 1, hi.a, hi.a + 1}
	type target struct {
		prefix uint64 // the bits found so far
		rank   int    // rank among the values with that prefix
		ok     bool   // rank < resamples
	}
	targets := make([][4]target, rs.width)
	for k := range targets {
		for q, r := range ranks {
			targets[k][q] = target{rank: r, ok: r < resamples}
		}
	}
	sums := make([]kahan, rs.width)
	sum, out := make([]float64, rs.width), make([]float64, rs.width)
	counts := make([][4][]uint32, rs.width)
	for k := range counts {
		for q := range counts[k] {
			counts[k][q] = make([]uint32, 1<<16)
		}
	}
	for pass := range 4 {
		shift := uint(48 - 16*pass)
		for k := range counts {
			for q := range counts[k] {
				clear(counts[k][q])
			}
		}
		for i := range resamples {
			rs.draw(i, sum, out)
			for k, x := range out {
				if pass == 0 {
					sums[k].add(x)
				}
				key := sortKey(x)
				for q := range targets[k] {
					if t := &targets[k][q]; t.ok && (pass == 0 || key>>(shift+16) == t.prefix>>(shift+16)) {
						counts[k][q][key>>shift&0xffff]++
					}
				}
			}
		}
		for k := range targets {
			for q := range targets[k] {
				t := &targets[k][q]
				if !t.ok {
					continue
				}
				for d, c := range counts[k][q] {
					if t.rank < int(c) {
						t.prefix |= uint64(d) << shift
						break
					}
					t.rank -= int(c)
				}
			}
		}
	}
	est := make([]Estimate, rs.width)
	for k := range est {
		var v [4]float64
		for q, t := range targets[k] {
			if t.ok {
				v[q] = fromSortKey(t.prefix)
			}
		}
		at := func(i int) float64 { return v[slices.Index(ranks, i)] }
		est[k] = estimate(sums[k].value()/float64(resamples), lo, hi, at)
	}
	return est
}

// sortKey maps a float64 to a uint64 of the same order.
func sortKey(x float64) uint64 {
	b := math.Float64bits(x)
	if b>>63 == 1 {
		return ^b
	}
	return b | 1<<63
}

func fromSortKey(k uint64) float64 {
	if k>>63 == 1 {
		return math.Float64frombits(k &^ (1 << 63))
	}
	return math.Float64frombits(^k)
}

// kahan is a compensated (Neumaier) sum.
type kahan struct{ sum, c float64 }

func (s *kahan) add(x float64) {
	t := s.sum + x
	if math.Abs(s.sum) >= math.Abs(x) {
		s.c += (s.sum - t) + x
	} else {
		s.c += (x - t) + s.sum
	}
	s.sum = t
}

func (s *kahan) value() float64 { return s.sum + s.c }

// ciIndex holds ROUGE's interpolation: index a, a+1 and the ratio between.
type ciIndex struct {
	a     int
	ratio float64
}

// ciBounds mirrors the script, including its use of the upper bound's
// ratio for the lower bound too.
func ciBounds(confidence float64, resamples int) (lo, hi ciIndex) {
	r := float64(resamples)
	delta := r * ((100 - confidence) / 2.0) / 100.0
	ua := int(r - delta - 1)
	ratio := r - delta - 1 - float64(ua)
	return ciIndex{int(delta), ratio}, ciIndex{ua, ratio}
}

// estimate rounds the mean and interpolates the bounds between the sorted
// values at returns.
func estimate(mean float64, lo, hi ciIndex, at func(int) float64) Estimate {
	bound := func(c ciIndex) float64 {
		return round5(at(c.a) + (at(c.a+1)-at(c.a))*c.ratio)
	}
	return Estimate{Mean: round5(mean), Low: bound(lo), High: bound(hi)}
}

// drand48 is Perl's own rand() since 5.20: a 48-bit linear congruential
// generator, seeded by srand(s) as (s << 16) + 0x330E.
type drand48 struct{ x uint64 }

func newDrand48(seed uint32) *drand48 {
	return &drand48{x: uint64(seed)<<16 + 0x330E}
}

func (g *drand48) next() float64 {
	g.x = (g.x*0x5DEECE66D + 0xB) & (1<<48 - 1)
	return float64(g.x) / (1 << 48)
}

// MarshalJSON writes {"ROUGE-1":{"R":…,"P":…,"F":…,"R_low":…,…},…} in order.
func (ss Summaries) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, s := range ss {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(s.Name)
		b.Write(name)
		b.WriteString(`:{"R":`)
		writeFloat(&b, s.R.Mean)
		b.WriteString(`,"P":`)
		writeFloat(&b, s.P.Mean)
		b.WriteString(`,"F":`)
		writeFloat(&b, s.F.Mean)
		for _, e := range []struct {
			k string
			v Estimate
		}{{"R", s.R}, {"P", s.P}, {"F", s.F}} {
			b.WriteString(`,"` + e.k + `_low":`)
			writeFloat(&b, e.v.Low)
			b.WriteString(`,"` + e.k + `_high":`)
			writeFloat(&b, e.v.High)
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
