package eval

import "strconv"

// round5 is Perl's sprintf("%7.5f", x) read back as a number: ROUGE-1.5.5
// rounds R and P to five decimals and computes F from the rounded values.
func round5(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return r
}
