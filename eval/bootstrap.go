package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
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
func Bootstrap(per []Scores, confidence float64, resamples int) (Summaries, error) {
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
	width := 3 * metrics
	vals := make([]float64, 0, len(per)*width) // evaluation-major R, P, F
	for i, sc := range per {
		if len(sc) != metrics {
			return nil, fmt.Errorf("%w: evaluation %d has %d metrics, want %d", ErrOptions, i+1, len(sc), metrics)
		}
		for j, s := range sc {
			if s.Name != per[0][j].Name {
				return nil, fmt.Errorf("%w: evaluation %d has %s where %s was expected", ErrOptions, i+1, s.Name, per[0][j].Name)
			}
			vals = append(vals, s.R, s.P, s.F)
		}
	}

	n := len(per)
	means := make([][]float64, width) // series -> resample means
	for k := range means {
		means[k] = make([]float64, resamples)
	}
	sum := make([]float64, width)
	for r := range resamples {
		clear(sum)
		g := newDrand48(uint32(r))
		for range n {
			row := vals[int(float64(n)*g.next())*width:][:width]
			for k, x := range row {
				sum[k] += x
			}
		}
		for k := range sum {
			means[k][r] = sum[k] / float64(n)
		}
	}

	lo, hi := ciBounds(confidence, resamples)
	out := make(Summaries, metrics)
	for j := range out {
		out[j].Name = per[0][j].Name
		out[j].R = estimate(means[3*j], lo, hi)
		out[j].P = estimate(means[3*j+1], lo, hi)
		out[j].F = estimate(means[3*j+2], lo, hi)
	}
	return out, nil
}

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

func estimate(means []float64, lo, hi ciIndex) Estimate {
	slices.Sort(means)
	total := 0.0
	for _, m := range means {
		total += m
	}
	at := func(i int) float64 { // Perl reads past the end as 0
		if i < len(means) {
			return means[i]
		}
		return 0
	}
	bound := func(c ciIndex) float64 {
		return round5(at(c.a) + (at(c.a+1)-at(c.a))*c.ratio)
	}
	return Estimate{Mean: round5(total / float64(len(means))), Low: bound(lo), High: bound(hi)}
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
