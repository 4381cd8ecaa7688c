package summarize

import (
	"errors"
	"fmt"
)

// Unit is what a budget counts.
type Unit int

// Budget units.
const (
	Words Unit = iota
	Sentences
	Bytes
)

func (u Unit) String() string {
	switch u {
	case Words:
		return "words"
	case Sentences:
		return "sentences"
	case Bytes:
		return "bytes"
	}
	return fmt.Sprintf("Unit(%d)", int(u))
}

// Budget bounds the length of a brief. It is never exceeded, and sentences
// are never cut to meet it.
type Budget struct {
	Unit Unit
	N    int
}

// Defaults.
const (
	// DefaultWords is the default budget: a paragraph of about 100 words.
	DefaultWords = 100
	// DefaultLambda weighs relevance against novelty in MMR. The hard
	// same-fact rule (SameFact) already keeps repeats out, so MMR's novelty
	// term only has to prefer sentences that add new terms among the
	// relevant ones; 0.7 keeps the top-ranked facts while still spreading
	// the brief over the story.
	DefaultLambda = 0.7
	// DefaultSameFact is the cosine similarity of TF-IDF vectors at and
	// above which two sentences state the same fact: a selected sentence's
	// support is every version holding such a sentence, and no sentence
	// that similar to one already chosen is chosen. Measured on the seed
	// versions, renderings of one fact by two agencies score 0.25 to 0.8;
	// different facts of one story rarely reach 0.2.
	DefaultSameFact = 0.25
)

// Options configure a Summarizer. Start from DefaultOptions.
type Options struct {
	Budget Budget
	// Lambda is the MMR trade-off in [0,1]: 1 ranks by relevance alone,
	// 0 by novelty alone.
	Lambda float64
	// SameFact is the similarity threshold of DefaultSameFact, in (0,1].
	SameFact float64
	// MinSupport keeps only facts that at least this many versions state
	// ("what do all the sources agree on"); 0 or 1 keeps every fact.
	MinSupport int
	// Progress, when set, is told as a Summarize call moves from stage to
	// stage, and as each document is read into sentences. It may be called
	// from several goroutines, one call at a time. The brief does not
	// depend on it.
	Progress func(Progress)
}

// Progress is how far a Summarize call has got: its stage and, where the
// stage counts documents, how many of how many are done.
type Progress struct {
	Stage       string
	Done, Total int
}

// DefaultOptions returns the documented defaults.
func DefaultOptions() Options {
	return Options{
		Budget:   Budget{Unit: Words, N: DefaultWords},
		Lambda:   DefaultLambda,
		SameFact: DefaultSameFact,
	}
}

// ErrOptions is wrapped by every options error.
var ErrOptions = errors.New("invalid options")

func (o Options) validate() error {
	switch {
	case o.Budget.N <= 0:
		return fmt.Errorf("%w: budget must be positive, got %d %s", ErrOptions, o.Budget.N, o.Budget.Unit)
	case o.Budget.Unit < Words || o.Budget.Unit > Bytes:
		return fmt.Errorf("%w: unknown budget unit %v", ErrOptions, o.Budget.Unit)
	case !(o.Lambda >= 0 && o.Lambda <= 1):
		return fmt.Errorf("%w: lambda must be in [0,1], got %g", ErrOptions, o.Lambda)
	case !(o.SameFact > 0 && o.SameFact <= 1):
		return fmt.Errorf("%w: same-fact threshold must be in (0,1], got %g", ErrOptions, o.SameFact)
	case o.MinSupport < 0:
		return fmt.Errorf("%w: minimum support must not be negative, got %d", ErrOptions, o.MinSupport)
	}
	return nil
}
