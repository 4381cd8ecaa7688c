package eval

import (
	"math"
	"math/big"
)

// ROUGE-W's f(k) = k^w decides ties in the weighted-LCS table, so it must
// equal the Perl's k**w (C pow, correctly rounded in glibc) bit for bit;
// Go's math.Pow is off by one ulp for about 40% of small k at w = 1.2.
// powInt computes k^w to 192 bits and rounds once.

const powPrec = 192

// weightTableSize is how many f(k) New precomputes; longer runs and
// sentences are computed when met.
const weightTableSize = 257

// weights returns f(0..size-1) for weight w.
func weights(w float64, size int) []float64 {
	f := make([]float64, size)
	for k := range f {
		f[k] = powInt(k, w)
	}
	return f
}

// ln2 is ln 2 to powPrec bits.
var ln2 = atanh2(new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1), big.NewFloat(3)))

// powInt returns k^w correctly rounded, for k >= 0 and w > 0.
func powInt(k int, w float64) float64 {
	switch k {
	case 0:
		return 0
	case 1:
		return 1
	}
	x := new(big.Float).SetPrec(powPrec).SetInt64(int64(k))
	y := bigLog(x)
	y.Mul(y, new(big.Float).SetPrec(powPrec).SetFloat64(w))
	r, _ := bigExp(y).Float64()
	return r
}

// bigLog returns ln x for x > 0: x = m·2^e, ln x = e·ln 2 + 2·atanh((m-1)/(m+1)).
func bigLog(x *big.Float) *big.Float {
	m := new(big.Float).SetPrec(powPrec)
	e := x.MantExp(m) // m in [0.5, 1)
	r := atanh2(ratio(m))
	eln2 := new(big.Float).SetPrec(powPrec).SetInt64(int64(e))
	return r.Add(r, eln2.Mul(eln2, ln2))
}

// ratio returns (m-1)/(m+1).
func ratio(m *big.Float) *big.Float {
	one := big.NewFloat(1)
	num := new(big.Float).SetPrec(powPrec).Sub(m, one)
	den := new(big.Float).SetPrec(powPrec).Add(m, one)
	return num.Quo(num, den)
}

// atanh2 returns 2·atanh(z) = 2·Σ z^(2i+1)/(2i+1) for |z| <= 1/3.
func atanh2(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(powPrec)
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	p := new(big.Float).SetPrec(powPrec).Set(z)
	term := new(big.Float).SetPrec(powPrec)
	for i := int64(0); i < 200; i++ {
		term.Quo(p, new(big.Float).SetPrec(powPrec).SetInt64(2*i+1))
		if term.Sign() == 0 || (sum.Sign() != 0 && term.MantExp(nil) < sum.MantExp(nil)-powPrec) {
			break
		}
		sum.Add(sum, term)
		p.Mul(p, z2)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigExp returns e^y: y = n·ln 2 + r with |r| <= ln2/2, Taylor series for e^r.
func bigExp(y *big.Float) *big.Float {
	q, _ := new(big.Float).Quo(y, ln2).Float64()
	n := int(math.Round(q))
	r := new(big.Float).SetPrec(powPrec).Mul(ln2, new(big.Float).SetPrec(powPrec).SetInt64(int64(n)))
	r.Sub(y, r)
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	for i := int64(1); i < 200; i++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(i))
		if term.Sign() == 0 || term.MantExp(nil) < sum.MantExp(nil)-powPrec {
			break
		}
		sum.Add(sum, term)
	}
	return sum.SetMantExp(sum, n)
}
