package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/urfave/cli/v2"

	"brief/eval"
	"brief/summarize"
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
-n 4 -2 4 -u -w 1.2 -p 0.5 -f A).

Exit status: 0 on success; 1 if an input could not be read or used; 2 on a
usage error.`,
		Flags: []cli.Flag{
			&cli.GenericFlag{Name: "ref", Value: &pathList{}, Usage: "reference summary `FILE` (repeat for several)"},
			&cli.StringFlag{Name: "batch", Usage: "evaluate the peers listed in `FILE.jsonl`"},
			&cli.BoolFlag{Name: "lines", Usage: "one sentence per line (ROUGE's SPL input) instead of sentence splitting"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output format: table or json"},
			&cli.BoolFlag{Name: "stem", Usage: "stem tokens longer than 3 characters (-m)"},
			&cli.BoolFlag{Name: "stopwords", Usage: "remove the SMART stopwords (-s)"},
			&cli.IntFlag{Name: "words", Usage: "keep only the first `N` words of each text (-l)"},
			&cli.IntFlag{Name: "bytes", Usage: "keep only the first `N` bytes of each text (-b)"},
			&cli.IntFlag{Name: "ngram", Value: 4, Usage: "ROUGE-N up to `N`, 0 to 4 (-n)"},
			&cli.IntFlag{Name: "skip", Value: 4, Usage: "ROUGE-S maximum skip distance `N`, -1 for none (-2); with neither --skip nor --skip-unigrams: ROUGE-SU4"},
			&cli.BoolFlag{Name: "skip-unigrams", Usage: "count unigrams in ROUGE-S, giving ROUGE-SU (-u); needs --skip"},
			&cli.Float64Flag{Name: "weight", Value: 1.2, Usage: "ROUGE-W weight `W` > 0 (-w)"},
			&cli.Float64Flag{Name: "alpha", Value: 0.5, Usage: "F-measure weight `A` of precision, in [0,1] (-p)"},
			&cli.StringFlag{Name: "models", Value: "average", Usage: "combine references: average or best (-f A|B)"},
			&cli.Float64Flag{Name: "confidence", Usage: "bootstrap confidence interval in `PERCENT` (-c; batch default 95)"},
			&cli.IntFlag{Name: "resamples", Value: 1000, Usage: "bootstrap resamples `N` (-r); needs --confidence or --batch"},
			&cli.Int64Flag{Name: "max-bytes", Value: DefaultMaxBytes, Usage: "refuse a text (or --batch file) larger than `N` bytes (0: no limit)"},
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error { return usageError{err} },
		Action:       runEval,
	}
}

// pathList collects a repeated flag without splitting on commas.
type pathList []string

func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }
func (p *pathList) String() string     { return strings.Join(*p, " ") }

// evalRun holds what one eval invocation needs.
type evalRun struct {
	scorer     *eval.Scorer
	lines      bool
	seg        *segment.Segmenter
	stdin      io.Reader
	format     string
	confidence float64 // 0: no interval
	resamples  int
	maxBytes   int64 // per text read; 0: no limit
}

func runEval(c *cli.Context) error {
	r, err := newEvalRun(c)
	if err != nil {
		return err
	}
	refs := []string(*c.Generic("ref").(*pathList))
	if batch := c.String("batch"); batch != "" {
		if len(refs) > 0 || c.NArg() > 0 {
			return usagef("eval: --batch takes neither --ref nor PEER")
		}
		return r.batch(c.App.Writer, batch)
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
	return r.writeSingle(c.App.Writer, scores)
}

// newEvalRun checks the flags and builds the scorer.
func newEvalRun(c *cli.Context) (*evalRun, error) {
	format := c.String("format")
	if format != "table" && format != "json" {
		return nil, usagef("eval: --format %q: want table or json", format)
	}
	opts := eval.DefaultOptions()
	opts.Stem, opts.Stopwords = c.Bool("stem"), c.Bool("stopwords")
	opts.Words, opts.Bytes, opts.MaxN = c.Int("words"), c.Int("bytes"), c.Int("ngram")
	opts.Weight, opts.Alpha = c.Float64("weight"), c.Float64("alpha")
	switch {
	case opts.Words < 0 || opts.Bytes < 0:
		return nil, usagef("eval: --words and --bytes must not be negative")
	case opts.Words > 0 && opts.Bytes > 0:
		return nil, usagef("eval: use --words or --bytes, not both")
	case opts.MaxN < 0 || opts.MaxN > 4:
		return nil, usagef("eval: --ngram %d: want 0 to 4", opts.MaxN)
	case !(opts.Weight > 0):
		return nil, usagef("eval: --weight %v: want a number > 0", opts.Weight)
	case !(opts.Alpha >= 0 && opts.Alpha <= 1):
		return nil, usagef("eval: --alpha %v: want a number in [0,1]", opts.Alpha)
	}
	switch {
	case c.IsSet("skip"):
		opts.Skip, opts.SkipUnigrams = c.Int("skip"), c.Bool("skip-unigrams")
		if opts.Skip < -1 {
			return nil, usagef("eval: --skip %d: want -1 (no limit) or more", opts.Skip)
		}
	case c.IsSet("skip-unigrams"):
		return nil, usagef("eval: --skip-unigrams needs --skip")
	}
	switch m := c.String("models"); m {
	case "average":
		opts.Mode = eval.Average
	case "best":
		opts.Mode = eval.Best
	default:
		return nil, usagef("eval: --models %q: want average or best", m)
	}
	maxBytes, err := maxBytesFlag(c)
	if err != nil {
		return nil, err
	}
	r := &evalRun{lines: c.Bool("lines"), stdin: c.App.Reader, format: format, resamples: c.Int("resamples"), maxBytes: maxBytes}
	if c.IsSet("confidence") || c.String("batch") != "" {
		r.confidence = 95
		if c.IsSet("confidence") {
			r.confidence = c.Float64("confidence")
		}
		if !(r.confidence > 0 && r.confidence <= 100) {
			return nil, usagef("eval: --confidence %v: want a percentage in (0,100]", r.confidence)
		}
	} else if c.IsSet("resamples") {
		return nil, usagef("eval: --resamples needs --confidence (or --batch)")
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

// read returns a summary's sentences; path "-" is standard input.
func (r *evalRun) read(path string) ([]string, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = readLimited(r.stdin, "standard input", r.maxBytes)
		path = "standard input"
	} else {
		b, err = readInput(path, r.maxBytes)
	}
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("%s: %w", path, eval.ErrInvalidUTF8)
	}
	text := string(b)
	if r.lines {
		return strings.Split(text, "\n"), nil
	}
	// An SPL line cannot hold a line break: a sentence spanning lines is
	// joined with spaces.
	join := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	var out []string
	for _, s := range r.seg.Segment(text) {
		out = append(out, join.Replace(s.Text))
	}
	return out, nil
}

// readInput reads a regular file of at most maxBytes (0: any size), naming
// it in any error. Pipes and devices are refused: they could block forever.
func readInput(path string, maxBytes int64) ([]byte, error) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, err
	case info.IsDir():
		return nil, &summarize.InputError{Input: path, Err: errors.New("a folder, not a file")}
	case !info.Mode().IsRegular():
		return nil, &summarize.InputError{Input: path, Err: summarize.ErrNotRegular}
	case maxBytes > 0 && info.Size() > maxBytes:
		return nil, &summarize.InputError{Input: path, Err: &summarize.SizeError{Size: info.Size(), Limit: maxBytes}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, path, maxBytes)
}

// readLimited reads all of in, failing beyond maxBytes (0: no limit).
func readLimited(in io.Reader, name string, maxBytes int64) ([]byte, error) {
	if maxBytes <= 0 {
		return io.ReadAll(in)
	}
	b, err := io.ReadAll(io.LimitReader(in, maxBytes+1))
	if err == nil && int64(len(b)) > maxBytes {
		err = &summarize.InputError{Input: name, Err: &summarize.SizeError{Size: int64(len(b)), Limit: maxBytes, AtLeast: true}}
	}
	return b, err
}

// prepare reads and prepares a summary, naming the file in any error.
func (r *evalRun) prepare(path string) (eval.Text, error) {
	lines, err := r.read(path)
	if err != nil {
		return eval.Text{}, err
	}
	t, err := r.scorer.Prepare(lines)
	if err != nil {
		return eval.Text{}, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// score scores one peer file against reference files.
func (r *evalRun) score(peer string, refs []string) (eval.Scores, error) {
	return r.scoreCached(peer, refs, nil)
}

// scoreCached is score with prepared texts kept by path.
func (r *evalRun) scoreCached(peer string, refs []string, cache map[string]eval.Text) (eval.Scores, error) {
	get := func(path string) (eval.Text, error) {
		if t, ok := cache[path]; ok && path != "-" {
			return t, nil
		}
		t, err := r.prepare(path)
		if err == nil && cache != nil {
			cache[path] = t
		}
		return t, err
	}
	p, err := get(peer)
	if err != nil {
		return nil, err
	}
	ts := make([]eval.Text, len(refs))
	for i, ref := range refs {
		if ts[i], err = get(ref); err != nil {
			return nil, err
		}
	}
	scores, err := r.scorer.ScoreTexts(p, ts)
	var re *eval.ReferenceError
	if errors.As(err, &re) {
		return nil, fmt.Errorf("%s: %w", refs[re.Index], re.Err)
	}
	return scores, err
}

func (r *evalRun) writeSingle(w io.Writer, scores eval.Scores) error {
	if r.confidence == 0 {
		if r.format == "json" {
			return writeJSON(w, scores)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "METRIC\tR\tP\tF")
		for _, s := range scores {
			fmt.Fprintf(tw, "%s\t%.5f\t%.5f\t%.5f\n", s.Name, s.R, s.P, s.F)
		}
		return tw.Flush()
	}
	avg, err := eval.Bootstrap([]eval.Scores{scores}, r.confidence, r.resamples)
	if err != nil {
		return err
	}
	if r.format == "json" {
		return writeJSON(w, avg)
	}
	return r.writeAverage(w, avg)
}

// writeAverage prints averages with their intervals.
func (r *evalRun) writeAverage(w io.Writer, avg eval.Summaries) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	ci := fmt.Sprintf("%v%%-CI", r.confidence)
	fmt.Fprintf(tw, "METRIC\tR\tP\tF\tR %s\tP %s\tF %s\n", ci, ci, ci)
	for _, s := range avg {
		fmt.Fprintf(tw, "%s\t%.5f\t%.5f\t%.5f\t%.5f-%.5f\t%.5f-%.5f\t%.5f-%.5f\n", s.Name,
			s.R.Mean, s.P.Mean, s.F.Mean, s.R.Low, s.R.High, s.P.Low, s.P.High, s.F.Low, s.F.High)
	}
	return tw.Flush()
}

func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// batchLine is one line of a --batch file.
type batchLine struct {
	ID   string   `json:"id"`
	Peer string   `json:"peer"`
	Refs []string `json:"refs"`
}

// batchResult is one evaluation's scores.
type batchResult struct {
	ID     string      `json:"id"`
	Scores eval.Scores `json:"scores"`
}

func (r *evalRun) batch(w io.Writer, file string) error {
	jobs, err := readBatch(file, r.maxBytes)
	if err != nil {
		return err
	}
	cache := make(map[string]eval.Text)
	results := make([]batchResult, len(jobs))
	for i, j := range jobs {
		scores, err := r.scoreCached(j.Peer, j.Refs, cache)
		if err != nil {
			return fmt.Errorf("%s: id %q: %w", file, j.ID, err)
		}
		results[i] = batchResult{ID: j.ID, Scores: scores}
	}
	// ROUGE-1.5.5 resamples its evaluations in sorted key order.
	sorted := make([]batchResult, len(results))
	copy(sorted, results)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].ID < sorted[b].ID })
	per := make([]eval.Scores, len(sorted))
	for i, res := range sorted {
		per[i] = res.Scores
	}
	avg, err := eval.Bootstrap(per, r.confidence, r.resamples)
	if err != nil {
		return err
	}
	if r.format == "json" {
		return writeJSON(w, struct {
			Evaluations []batchResult  `json:"evaluations"`
			Average     eval.Summaries `json:"average"`
			Confidence  float64        `json:"confidence"`
			Resamples   int            `json:"resamples"`
		}{results, avg, r.confidence, r.resamples})
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tMETRIC\tR\tP\tF")
	for _, res := range results {
		for _, s := range res.Scores {
			fmt.Fprintf(tw, "%s\t%s\t%.5f\t%.5f\t%.5f\n", res.ID, s.Name, s.R, s.P, s.F)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nAverage of %d evaluations (bootstrap, %d resamples):\n", len(results), r.resamples)
	return r.writeAverage(w, avg)
}

// readBatch reads a --batch file, resolving paths against its folder.
func readBatch(file string, maxBytes int64) ([]batchLine, error) {
	b, err := readInput(file, maxBytes)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(file)
	resolve := func(p string) string {
		if p == "-" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	var jobs []batchLine
	seen := make(map[string]bool)
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var j batchLine
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&j); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, n, err)
		}
		switch {
		case j.ID == "":
			return nil, fmt.Errorf("%s:%d: %w", file, n, errBatchNoID)
		case seen[j.ID]:
			return nil, fmt.Errorf("%s:%d: id %q: %w", file, n, j.ID, errBatchDuplicate)
		case j.Peer == "":
			return nil, fmt.Errorf("%s:%d: id %q: %w", file, n, j.ID, errBatchNoPeer)
		case len(j.Refs) == 0:
			return nil, fmt.Errorf("%s:%d: id %q: %w", file, n, j.ID, eval.ErrNoReferences)
		}
		seen[j.ID] = true
		j.Peer = resolve(j.Peer)
		for i := range j.Refs {
			j.Refs[i] = resolve(j.Refs[i])
		}
		jobs = append(jobs, j)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(jobs) == 0 {
		return nil, fmt.Errorf("%s: %w", file, eval.ErrNoEvaluations)
	}
	return jobs, nil
}

// Errors in a --batch file.
var (
	errBatchNoID      = errors.New(`no "id"`)
	errBatchDuplicate = errors.New("id used twice")
	errBatchNoPeer    = errors.New(`no "peer"`)
)
