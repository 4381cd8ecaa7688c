//go:build !race

package main

// raceDetector reports whether the tests run under the race detector,
// which makes the big-input cases ten times slower (see runHardCases).
const raceDetector = false
