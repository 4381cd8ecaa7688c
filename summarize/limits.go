package summarize

import "fmt"

// MaxSentences is the most sentences one brief is made from, counted after
// cleaning, over all versions. Ranking compares every pair of sentences,
// so time and memory grow with the square of their number: 4,000 take
// about 2 s and 500 MB; a story's versions hold a few hundred. More is not
// one story (a book, a site dump, a line of scraped text without end):
// ErrTooManySentences, rather than minutes and gigabytes.
const MaxSentences = 3000

// TooManyError reports a cluster beyond MaxSentences; it matches
// ErrTooManySentences.
type TooManyError struct{ Sentences int }

func (e *TooManyError) Error() string {
	return fmt.Sprintf("%v: %d after removing noise, at most %d", ErrTooManySentences, e.Sentences, MaxSentences)
}
func (e *TooManyError) Is(target error) bool { return target == ErrTooManySentences }

// checkSize returns a *TooManyError when more than MaxSentences of the
// sentences are kept.
func checkSize(noise []Noise) error {
	n := 0
	for _, x := range noise {
		if x == Kept {
			n++
		}
	}
	if n > MaxSentences {
		return &TooManyError{n}
	}
	return nil
}
