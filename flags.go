package main

import (
	"fmt"
	"math"
)

// Upper bounds of numeric flags. Each is far beyond any real input, and
// small enough that the arithmetic done with it cannot overflow (a budget
// of math.MaxInt bytes wraps to a negative one in summarize). A value
// beyond a bound is a usage error, as a value beyond its type is.
const (
	// maxCount bounds counts of words, sentences, bytes of a budget or of
	// a text, tokens skipped, versions and jobs.
	maxCount = math.MaxInt32
	// maxInputBytes bounds --max-bytes: 1 TiB, which no run could hold
	// in memory (it takes about 13 bytes a byte of input).
	maxInputBytes = 1 << 40
	// maxResamples bounds eval --resamples: each takes 8 bytes a score
	// (168 MB at this bound with the 21 default scores).
	maxResamples = 1_000_000
)

// atMost is a flag's Validator refusing values above limit while the
// command line is parsed.
func atMost[T int | int64](limit T) func(T) error {
	return func(v T) error {
		if v > limit {
			return fmt.Errorf("value out of range (at most %d)", limit)
		}
		return nil
	}
}
