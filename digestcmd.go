package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v3"
	"golang.org/x/term"

	"brief/digest"
	"brief/summarize"
)

func digestCommand() *cli.Command {
	return &cli.Command{
		Name:      "digest",
		Usage:     "brief every story of a day in one run",
		ArgsUsage: "ROOT",
		Description: `ROOT holds one sub-folder per story; the files in a sub-folder are the
story's versions (as summarize reads a folder), and the story's title is
the first line of its title.txt, or else the folder's name. With --jsonl the
stories are read from JSON Lines instead, one story a line:
{"story": "id", "title": "optional", "docs": [{"name": "a.txt", "text": "..."}]}
(a doc has "text" or "html", and may have "url" and "published").

With --cluster, ROOT is one flat folder of articles (or the JSONL lines'
docs, story ids ignored), grouped into stories first: articles that share
a story's names, figures, headline and lead. A story without a title takes
its versions' commonest headline (a short first line, a page's <title>).

Stories come out most versions first, then by title. Each story's brief
follows the budget flags. Stories are briefed in parallel (--jobs); the
digest is the same for any number of jobs.

Exit status: 0 on success; 1 if a story failed (it is named on standard
error and in the digest's summary line; the others still come out) or the
digest could not be made; 2 on a usage error. With --strict any failure
writes nothing. --out is written atomically, through a symbolic link, keeping
the old file's mode; an --out that is one of the inputs, or not a regular
file (a folder, a device such as /dev/null, a pipe), is refused (exit 1).`,
		Flags: append(budgetFlags(),
			&cli.StringFlag{Name: "jsonl", Usage: "read stories from JSON Lines `FILE` (- for standard input) instead of ROOT"},
			&cli.BoolFlag{Name: "cluster", Usage: "group a flat pile of articles into stories first"},
			&cli.Float64Flag{Name: "threshold", Value: digest.DefaultThreshold, Usage: "with --cluster: the mean similarity of two groups of articles at which they are one story (lower joins more)"},
			&cli.StringFlag{Name: "format", Value: "markdown", Usage: "output format: markdown, html or json"},
			&cli.StringFlag{Name: "out", Usage: "write the digest to `FILE` (atomically) instead of standard output"},
			&cli.StringFlag{Name: "title", Value: digest.DefaultTitle, Usage: "the digest's title"},
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Validator: atMost(maxCount), Usage: "stories briefed at once"},
			&cli.BoolFlag{Name: "strict", Usage: "any failed story or unreadable version is fatal: write nothing"},
			&cli.Int64Flag{Name: "max-bytes", Value: DefaultMaxBytes, Validator: atMost[int64](maxInputBytes),
				Usage: "a story larger than `N` bytes (a JSONL line too) fails alone, unread; with --cluster, the pile in all is refused (0: no limit)"},
		),
		Commands:     []*cli.Command{helpCommand()},
		OnUsageError: onUsageError,
		Action:       runDigest,
	}
}

func runDigest(ctx context.Context, c *cli.Command) error {
	opts, err := summarizeOptions(c)
	if err != nil {
		return err
	}
	format, err := digest.ParseFormat(c.String("format"))
	if err != nil {
		return usagef("--format: %v", err)
	}
	if c.Int("jobs") < 1 {
		return usagef("--jobs must be at least 1, got %d", c.Int("jobs"))
	}
	if t := c.Float64("threshold"); !(t > 0 && t <= 1) {
		return usagef("--threshold must be in (0,1], got %g", t)
	}
	if err := checkInputs(c); err != nil {
		return err
	}
	if err := checkOut(c); err != nil {
		return fmt.Errorf("digest: --out: %w", err)
	}
	sum, err := summarize.New(opts)
	if err != nil {
		return usageError{err}
	}
	stories, err := gatherStories(ctx, c, sum)
	if err != nil {
		return err
	}
	d, err := digest.New(sum, digest.Options{
		Jobs:     c.Int("jobs"),
		Progress: progress(c.Root().ErrWriter, len(stories)),
	}).Run(ctx, stories)
	if err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	d.Title = c.String("title")
	problems := d.Problems()
	for _, p := range problems {
		fmt.Fprintf(c.Root().ErrWriter, "brief: %v\n", p)
	}
	if len(problems) > 0 && c.Bool("strict") {
		return fmt.Errorf("digest: %s; nothing written (--strict)", d.Summary())
	}
	if len(d.Briefed()) == 0 { // an empty digest must not replace a good one
		return fmt.Errorf("digest: %s; nothing written", d.Summary())
	}
	if err := writeDigest(c, d, format); err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("digest: %s", d.Summary())
	}
	return nil
}

// checkInputs checks that the command line names one input: ROOT or
// --jsonl.
func checkInputs(c *cli.Command) error {
	jsonl := c.String("jsonl")
	switch {
	case jsonl == "" && c.NArg() == 0:
		return usagef("digest: no ROOT given (or --jsonl FILE)")
	case jsonl != "" && c.NArg() > 0:
		return usagef("digest: give ROOT or --jsonl, not both")
	case c.NArg() > 1:
		return usagef("digest: one ROOT only, got %d", c.NArg())
	}
	return nil
}

// gatherStories reads the stories from ROOT or --jsonl, grouping a pile
// with --cluster.
func gatherStories(ctx context.Context, c *cli.Command, sum *summarize.Summarizer) ([]digest.Story, error) {
	jsonl := c.String("jsonl")
	maxBytes, err := maxBytesFlag(c)
	if err != nil {
		return nil, err
	}
	opts := digest.ReadOptions{MaxBytes: maxBytes}
	// A pile is grouped whole, so the limit is on all of it (ReadPile and
	// ReadJSONLPile check it too, for standard input and a folder); each
	// story of a day is briefed alone, so there it is on each story.
	if c.Bool("cluster") && jsonl != "" && jsonl != "-" && maxBytes > 0 {
		if size := summarize.Size([]string{jsonl}); size > maxBytes {
			return nil, fmt.Errorf("digest: %w", &summarize.InputError{Input: jsonl, Err: &summarize.SizeError{Size: size, Limit: maxBytes}})
		}
	}
	var (
		stories []digest.Story
		pile    []digest.Version
		errs    []error
	)
	switch {
	case jsonl != "":
		err = withInput(c, jsonl, func(r io.Reader, name string) error {
			if c.Bool("cluster") {
				pile, errs, err = digest.ReadJSONLPile(ctx, r, name, opts)
			} else {
				stories, err = digest.ReadJSONL(ctx, r, name, opts)
			}
			return err
		})
	case c.Bool("cluster"):
		pile, errs, err = digest.ReadPile(ctx, c.Args().First(), opts)
	default:
		stories, err = digest.ReadRoot(ctx, c.Args().First(), opts)
	}
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	if c.Bool("cluster") {
		stories, err = digest.Group(ctx, pile, sum.Terms, digest.GroupOptions{
			Threshold: c.Float64("threshold"),
			Progress:  groupingProgress(c.Root().ErrWriter),
		})
		if err != nil {
			return nil, fmt.Errorf("digest: %w", err)
		}
		for _, e := range errs { // an article that could not be read is a failure of its own
			stories = append(stories, digest.Story{ID: inputName(e), Errs: []error{e}})
		}
	}
	return stories, nil
}

// withInput calls f with the named file, or standard input for -.
func withInput(c *cli.Command, path string, f func(io.Reader, string) error) error {
	if path == "-" {
		return f(c.Root().Reader, "stdin")
	}
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	return f(file, path)
}

// inputName is the input an error names, or its message.
func inputName(err error) string {
	var ie *summarize.InputError
	if errors.As(err, &ie) {
		return ie.Input
	}
	return err.Error()
}

// checkOut refuses, before any work, an --out that the digest must not
// replace: one of its inputs (standard input too, when it is a file), or
// something other than a regular file or a link to one.
func checkOut(c *cli.Command) error {
	out := c.String("out")
	if out == "" {
		return nil
	}
	if _, err := digest.Target(out); err != nil {
		return err
	}
	inputs := c.Args().Slice()
	if jsonl := c.String("jsonl"); jsonl != "" {
		inputs = append(inputs, jsonl)
	}
	if err := digest.CheckOut(out, inputs...); err != nil {
		return err
	}
	if f, ok := c.Root().Reader.(*os.File); ok && c.String("jsonl") == "-" {
		in, err1 := f.Stat()
		o, err2 := os.Stat(out)
		if err1 == nil && err2 == nil && os.SameFile(in, o) {
			return &fs.PathError{Op: "write", Path: out, Err: digest.ErrIsInput}
		}
	}
	return nil
}

// writeDigest renders d to --out, atomically, or to standard output.
func writeDigest(c *cli.Command, d *digest.Digest, f digest.Format) error {
	render := func(w io.Writer) error { return d.Write(w, f) }
	if out := c.String("out"); out != "" {
		return digest.WriteFile(out, render)
	}
	var buf bytes.Buffer // a render error prints nothing
	if err := render(&buf); err != nil {
		return err
	}
	_, err := buf.WriteTo(c.Root().Writer)
	return err
}

// groupingProgress returns, when w is a terminal, the Progress of
// grouping: a line on w that shows the stage and count from the second
// second on, and goes when grouping ends (the last stage reported is
// "done"); else nil.
func groupingProgress(w io.Writer) func(summarize.Progress) {
	if !isTerminal(w) {
		return nil
	}
	var line *progressLine
	return func(pr summarize.Progress) {
		if line == nil {
			line = startProgress(w, time.Second, 200*time.Millisecond)
		}
		if pr.Stage == digest.StageDone {
			line.stop()
			return
		}
		pr.Stage = "grouping: " + pr.Stage
		line.update(pr)
	}
}

// progress returns a progress bar's step for total stories when w is a
// terminal, and nil otherwise (pipes, files, tests' buffers).
func progress(w io.Writer, total int) func() {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || total < 2 {
		return nil
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("briefing"),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
	)
	return func() { _ = bar.Add(1) }
}
