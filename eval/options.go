package eval

import (
	"fmt"
	"math"
	"strconv"
)

// Mode says how the scores against several references are combined
// (ROUGE-1.5.5 -f).
type Mode int

const (
	// Average pools hits and counts over all references (-f A).
	Average Mode = iota
	// Best keeps the reference with the highest recall (-f B).
	Best
)

// String returns "average" or "best".
func (m Mode) String() string {
	switch m {
	case Average:
		return "average"
	case Best:
		return "best"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// Options select the ROUGE metrics and text processing. Each field matches
// a ROUGE-1.5.5.pl flag. The zero value computes ROUGE-L alone, as the
// Perl does with no options.
type Options struct {
	Stem      bool      // -m: WordNet exceptions, then ROUGE's Porter stemmer
	Stopwords bool      // -s: remove the stopwords
	Stoplist  *Stoplist // the words -s removes; nil: the SMART list ROUGE-1.5.5 ships

	Words int // -l: keep the first Words words of every text (0: no limit)
	Bytes int // -b: keep the first Bytes bytes of every text (0: no limit)

	MaxN  int  // -n: ROUGE-1 .. ROUGE-MaxN (0: none)
	NoLCS bool // -x: no ROUGE-L

	SkipBigram   bool // -2: compute ROUGE-S (or SU)
	Skip         int  // -2 N: at most Skip tokens between the pair; negative: no limit
	SkipUnigrams bool // -u: count unigrams too (ROUGE-SU)

	Weight float64 // -w: ROUGE-W weight, > 0 (0: no ROUGE-W)
	Alpha  float64 // -p: F = 1/(Alpha/P + (1-Alpha)/R), in [0, 1]
	Mode   Mode    // -f

	// WeightText and SkipText, when not empty, are the -w and -2 values as
	// typed: ROUGE-1.5.5 names its metrics after them (-w 1.50 gives
	// ROUGE-W-1.50, -2 04 gives ROUGE-SU04). By default the names use the
	// shortest decimal form of Weight and Skip.
	WeightText, SkipText string
}

// DefaultOptions returns the usual ROUGE-1.5.5 setting
// -n 4 -2 4 -u -w 1.2 -p 0.5 -f A: ROUGE-1..4, L, W-1.2 and SU4.
func DefaultOptions() Options {
	return Options{MaxN: 4, SkipBigram: true, Skip: 4, SkipUnigrams: true, Weight: 1.2, Alpha: 0.5, Mode: Average}
}

// Validate reports the first problem with o, wrapping ErrOptions.
func (o Options) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrOptions, fmt.Sprintf(format, args...))
	}
	switch {
	case o.Words < 0:
		return bad("word limit %d is negative", o.Words)
	case o.Bytes < 0:
		return bad("byte limit %d is negative", o.Bytes)
	case o.Words > 0 && o.Bytes > 0:
		return bad("limit in words or in bytes, not both")
	case o.MaxN < 0:
		return bad("n-gram size %d is negative", o.MaxN)
	case o.SkipUnigrams && !o.SkipBigram:
		return bad("skip unigrams need skip-bigrams")
	case !(o.Weight >= 0) || math.IsInf(o.Weight, 0):
		return bad("weight %v is not a positive number", o.Weight)
	case !(o.Alpha >= 0 && o.Alpha <= 1):
		return bad("alpha %v is not in [0, 1]", o.Alpha)
	case o.Mode != Average && o.Mode != Best:
		return bad("unknown mode %d", int(o.Mode))
	}
	return nil
}

// names returns the metric names in output order, as ROUGE-1.5.5 prints them.
func (o Options) names() []string {
	var out []string
	for n := 1; n <= o.MaxN; n++ {
		out = append(out, NGramName(n))
	}
	if !o.NoLCS {
		out = append(out, "ROUGE-L")
	}
	if o.Weight > 0 {
		out = append(out, o.weightName())
	}
	if o.SkipBigram {
		skip := o.SkipText
		if skip == "" {
			skip = strconv.Itoa(o.Skip)
		}
		out = append(out, SkipBigramName(o.Skip, skip, o.SkipUnigrams))
	}
	return out
}

// weightName is ROUGE-W-<weight as typed>.
func (o Options) weightName() string {
	w := o.WeightText
	if w == "" {
		w = strconv.FormatFloat(o.Weight, 'g', -1, 64)
	}
	return "ROUGE-W-" + w
}

// NGramName is ROUGE-1.5.5's name of ROUGE-N: ROUGE-1, ROUGE-2, ...
func NGramName(n int) string { return "ROUGE-" + strconv.Itoa(n) }

// SkipBigramName is ROUGE-1.5.5's name of a skip-bigram metric: ROUGE-S
// or, with unigrams, ROUGE-SU, then the skip as typed, or * when it is
// negative (no limit).
func SkipBigramName(skip int, typed string, unigrams bool) string {
	name := "ROUGE-S"
	if unigrams {
		name = "ROUGE-SU"
	}
	if skip < 0 {
		return name + "*"
	}
	return name + typed
}
