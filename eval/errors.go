package eval

import (
	"errors"
	"fmt"
)

// Errors returned by the package. Test them with errors.Is.
var (
	// ErrOptions reports an invalid Options value.
	ErrOptions = errors.New("invalid options")
	// ErrNoReferences reports a score requested without any reference.
	ErrNoReferences = errors.New("no reference summaries")
	// ErrEmptyReference reports a reference with no token left after
	// truncation and stopword removal, under ROUGE-W: ROUGE-1.5.5 divides
	// by its weight, zero.
	ErrEmptyReference = errors.New("reference has no tokens after truncation and stopword removal")
	// ErrTooLong reports a sentence pair whose ROUGE-W table (a byte a
	// cell: ROUGE-W has no bit-parallel form) would take more than
	// maxWLCSCells bytes; ROUGE-1.5.5 runs out of memory there too.
	ErrTooLong = errors.New("sentences too long for ROUGE-W: its table would take more than 2 GiB")
	// ErrNoEvaluations reports a bootstrap over an empty set.
	ErrNoEvaluations = errors.New("no evaluations to average")
)

// ReferenceError says which reference (0-based Index into the refs given
// to ScoreTexts) could not be used.
type ReferenceError struct {
	Index int
	Err   error
}

func (e *ReferenceError) Error() string {
	return fmt.Sprintf("reference %d: %v", e.Index+1, e.Err)
}

func (e *ReferenceError) Unwrap() error { return e.Err }
