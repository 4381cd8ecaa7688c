package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v3/segment"
	"github.com/urfave/cli/v3"

	"brief/eval"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score summaries against references with ROUGE, as ROUGE-1.5.5 does",
		ArgsUsage: "--ref REF [--ref REF...] PEER | --batch FILE.jsonl",
		Description: `Scores PEER (a file, or - for standard input) against one or more
reference summaries with ROUGE-N, ROUGE-L, ROUGE-W and ROUGE-SU, giving the
numbers ROUGE-1.5.5.pl prints with the matching flags. Without --lines the
texts are split into sentences; with it every line is one sentence.

With --batch, each line of FILE.jsonl is {"id": ..., "peer": PATH, "refs":
[PATH, ...]} (relative paths resolve against FILE's folder); the scores of
every id are printed, then the system average with its bootstrap interval.

Default metrics: ROUGE-1..4, ROUGE-L, ROUGE-W-1.2 and ROUGE-SU4 (ROUGE-1.5.5
-n 4 -2 4 -u -w 1.2 -p 0.5 -f A). Metric names echo --weight and --skip as
typed (ROUGE-W-1.50, ROUGE-SU04), as ROUGE-1.5.5 does. Texts are read as
bytes, in any encoding.

Exit status: 0 on success; 1 if an input could not be read or used (with
--batch, if some line could not: the others are still scored and
averaged); 2 on a usage error.`,
		Flags: []cli.Flag{
			&cli.GenericFlag{Name: "ref", Value: &pathList{}, Usage: "reference summary `FILE` (repeat for several)"},
			&cli.StringFlag{Name: "batch", Usage: "evaluate the peers listed in `FILE.jsonl`"},
			&cli.BoolFlag{Name: "lines", Usage: "one sentence per line (ROUGE's SPL input) instead of sentence splitting"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output format: table or json"},
			&cli.BoolFlag{Name: "stem", Usage: "stem tokens longer than 3 characters (-m)"},
			&cli.BoolFlag{Name: "stopwords", Usage: "remove the SMART stopwords (-s)"},
			&cli.IntFlag{Name: "words", Validator: atMost(maxCount), Usage: "keep only the first `N` words of each text (-l)"},
			&cli.IntFlag{Name: "bytes", Validator: atMost(maxCount), Usage: "keep only the first `N` bytes of each text (-b)"},
			&cli.IntFlag{Name: "ngram", Value: 4, Validator: atMost(maxCount), Usage: "ROUGE-N up to `N` (-n)"},
			&cli.GenericFlag{Name: "skip", Value: &typedInt{text: "4", n: 4}, Usage: "ROUGE-S maximum skip distance `N`, negative for none (-2); with neither --skip nor --skip-unigrams: ROUGE-SU4"},
			&cli.BoolFlag{Name: "skip-unigrams", Usage: "count unigrams in ROUGE-S, giving ROUGE-SU (-u); needs --skip"},
			&cli.GenericFlag{Name: "weight", Value: &typedFloat{text: "1.2", x: 1.2}, Usage: "ROUGE-W weight `W` > 0, 0 for no ROUGE-W (-w)"},
			&cli.Float64Flag{Name: "alpha", Value: 0.5, Usage: "F-measure weight `A` of precision, in [0,1] (-p)"},
			&cli.StringFlag{Name: "models", Value: "average", Usage: "combine references: average or best (-f A|B)"},
			&cli.GenericFlag{Name: "confidence", Value: &typedFloat{}, Usage: "bootstrap confidence interval in `PERCENT` (-c; batch default 95)"},
			&cli.IntFlag{Name: "resamples", Value: 1000, Validator: atMost(maxResamples), Usage: "bootstrap resamples `N` (-r); needs --confidence or --batch"},
			&cli.Int64Flag{Name: "max-bytes", Value: DefaultMaxBytes, Validator: atMost[int64](maxInputBytes), Usage: "refuse a text (or --batch file) larger than `N` bytes (0: no limit)"},
		},
		Commands:     []*cli.Command{helpCommand()},
		OnUsageError: onUsageError,
		Action:       runEval,
	}
}

// pathList collects a repeated flag without splitting on commas.
type pathList []string

func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }
func (p *pathList) String() string     { return strings.Join(*p, " ") }
func (p *pathList) Get() any           { return []string(*p) }

// evalRun holds what one eval invocation needs: how to read and score the
// texts (evalread.go, evalscore.go) and how to print the scores
// (evalprint.go).
type evalRun struct {
	scorer     *eval.Scorer
	lines      bool
	seg        *segment.Segmenter
	stdin      io.Reader
	format     string
	confidence float64 // 0: no interval
	confText   string  // confidence as typed
	resamples  int
	maxBytes   int64 // per text read; 0: no limit
}

func runEval(ctx context.Context, c *cli.Command) error {
	r, err := newEvalRun(c)
	if err != nil {
		return err
	}
	refs := c.Value("ref").([]string)
	if batch := c.String("batch"); batch != "" {
		if len(refs) > 0 || c.NArg() > 0 {
			return usagef("eval: --batch takes neither --ref nor PEER")
		}
		results, avg, bad, err := r.batch(ctx, batch)
		if err != nil {
			return err
		}
		for _, e := range bad {
			fmt.Fprintf(c.Root().ErrWriter, "brief: %v\n", e)
		}
		if len(results) > 0 {
			if err := r.writeBatch(c.Root().Writer, results, avg, bad); err != nil {
				return err
			}
		}
		if len(bad) > 0 {
			return fmt.Errorf("%s: %d of %d lines failed", batch, len(bad), len(bad)+len(results))
		}
		return nil
	}
	switch {
	case c.NArg() == 0:
		return usagef("eval: no PEER given (use - for standard input)")
	case c.NArg() > 1:
		return usagef("eval: one PEER at a time (use --batch for many), got %d", c.NArg())
	case len(refs) == 0:
		return usagef("eval: no --ref given")
	}
	scores, err := r.score(c.Args().First(), refs)
	if err != nil {
		return err
	}
	if r.confidence == 0 {
		return r.writeScores(c.Root().Writer, scores)
	}
	avg, err := eval.Bootstrap([]eval.Scores{scores}, r.confidence, r.resamples)
	if err != nil {
		return err
	}
	return r.writeInterval(c.Root().Writer, avg)
}

// newEvalRun checks the flags and builds the scorer.
func newEvalRun(c *cli.Command) (*evalRun, error) {
	format := c.String("format")
	if format != "table" && format != "json" {
		return nil, usagef("eval: --format %q: want table or json", format)
	}
	opts, err := evalOptions(c)
	if err != nil {
		return nil, err
	}
	maxBytes, err := maxBytesFlag(c)
	if err != nil {
		return nil, err
	}
	r := &evalRun{lines: c.Bool("lines"), stdin: c.Root().Reader, format: format, resamples: c.Int("resamples"), maxBytes: maxBytes}
	if r.confidence, r.confText, err = confidenceFlag(c); err != nil {
		return nil, err
	}
	if r.resamples < 1 {
		return nil, usagef("eval: --resamples %d: want at least 1", r.resamples)
	}
	s, err := eval.New(opts)
	if err != nil {
		return nil, usageError{err}
	}
	r.scorer = s
	if !r.lines {
		if r.seg, err = segment.New(); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// evalOptions reads the ROUGE options from the flags.
func evalOptions(c *cli.Command) (eval.Options, error) {
	opts := eval.DefaultOptions()
	opts.Stem, opts.Stopwords = c.Bool("stem"), c.Bool("stopwords")
	opts.Words, opts.Bytes, opts.MaxN = c.Int("words"), c.Int("bytes"), c.Int("ngram")
	weight := c.Value("weight").(*typedFloat)
	opts.Weight, opts.WeightText, opts.Alpha = weight.x, weight.text, c.Float64("alpha")
	switch {
	case opts.Words < 0 || opts.Bytes < 0:
		return opts, usagef("eval: --words and --bytes must not be negative")
	case opts.Words > 0 && opts.Bytes > 0:
		return opts, usagef("eval: use --words or --bytes, not both")
	case opts.MaxN < 0:
		return opts, usagef("eval: --ngram %d: want 0 or more", opts.MaxN)
	case !(opts.Weight >= 0) || math.IsInf(opts.Weight, 0):
		return opts, usagef("eval: --weight %s: want a number > 0, or 0 for no ROUGE-W", weight.text)
	case !(opts.Alpha >= 0 && opts.Alpha <= 1):
		return opts, usagef("eval: --alpha %v: want a number in [0,1]", opts.Alpha)
	}
	switch {
	case c.IsSet("skip"):
		skip := c.Value("skip").(*typedInt)
		opts.Skip, opts.SkipText, opts.SkipUnigrams = skip.n, skip.text, c.Bool("skip-unigrams")
	case c.IsSet("skip-unigrams"):
		return opts, usagef("eval: --skip-unigrams needs --skip")
	}
	switch m := c.String("models"); m {
	case "average":
		opts.Mode = eval.Average
	case "best":
		opts.Mode = eval.Best
	default:
		return opts, usagef("eval: --models %q: want average or best", m)
	}
	return opts, nil
}

// confidenceFlag returns the bootstrap confidence in percent, and as
// typed: --confidence, 95 with --batch, or 0 (no interval).
func confidenceFlag(c *cli.Command) (float64, string, error) {
	if !c.IsSet("confidence") && c.String("batch") == "" {
		if c.IsSet("resamples") {
			return 0, "", usagef("eval: --resamples needs --confidence (or --batch)")
		}
		return 0, "", nil
	}
	confidence, text := 95.0, "95"
	if c.IsSet("confidence") {
		v := c.Value("confidence").(*typedFloat)
		confidence, text = v.x, v.text
	}
	if !(confidence > 0 && confidence <= 100) {
		return 0, "", usagef("eval: --confidence %s: want a percentage in (0,100]", text)
	}
	return confidence, text, nil
}

// typedFloat is a number flag that keeps its text: ROUGE-1.5.5 names
// ROUGE-W-1.50 and the 95.0% interval after its arguments as typed.
type typedFloat struct {
	text string
	x    float64
}

func (v *typedFloat) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	v.text, v.x = s, x
	return nil
}

func (v *typedFloat) String() string { return v.text }
func (v *typedFloat) Get() any       { return v }

// typedInt is a decimal whole-number flag that keeps its text (ROUGE-SU04).
type typedInt struct {
	text string
	n    int
}

func (v *typedInt) Set(s string) error {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return err
	}
	if n > maxCount || n < -maxCount {
		return fmt.Errorf("value out of range (at most %d)", maxCount)
	}
	v.text, v.n = s, int(n)
	return nil
}

func (v *typedInt) String() string { return v.text }
func (v *typedInt) Get() any       { return v }
