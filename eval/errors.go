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
