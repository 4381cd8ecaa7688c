package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v3"

	"brief/summarize"
)

func summarizeCommand() *cli.Command {
	return &cli.Command{
		Name:      "summarize",
		Usage:     "print one brief of several versions of a story",
		ArgsUsage: "PATH...",
		Description: `Each PATH is one version of the story: a file, a folder (its .txt, .md,
.html and .htm files, in name order, except README.*, title.* and reference*
files, which are notes beside the versions), or - for standard input. HTML
pages go through readability extraction first. Text is UTF-8, UTF-16 with a
BOM, or else Windows-1252 (Latin-1). The brief is made of whole
sentences taken from the versions, each fact once, within the budget
(default 100 words).

A file of 20 or more one-sentence lines with no blank lines between them
(reviews, comments, posts, one a line) is read as a list of items: it has
no lead, and the sentences worded as most of the items word them rise.

Exit status: 0 on success; 1 if an input could not be used (the brief of
the others is still printed) or no brief could be made; 2 on a usage error.`,
		Flags: append(budgetFlags(),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "output format: text, markdown, json or html"},
			&cli.IntFlag{Name: "min-support", Validator: atMost(maxCount), Usage: "keep only facts stated by at least `K` versions"},
			&cli.BoolFlag{Name: "annotate", Usage: "mark each sentence of the text output with its support, as [3/5]"},
			&cli.BoolFlag{Name: "html", Usage: "standard input is an HTML page (files ending in .html or .htm always are)"},
			maxBytesCLIFlag(),
		),
		Commands:     []*cli.Command{helpCommand()},
		OnUsageError: onUsageError,
		Action:       runSummarize,
	}
}

func runSummarize(ctx context.Context, c *cli.Command) error {
	opts, err := summarizeOptions(c)
	if err != nil {
		return err
	}
	write, err := writer(c.String("format"))
	if err != nil {
		return err
	}
	if c.Bool("annotate") {
		if c.String("format") != "text" {
			return usagef("--annotate goes with --format text")
		}
		write = (*summarize.Brief).WriteAnnotated
	}
	if c.NArg() == 0 {
		return usagef("summarize: no PATH given (use - for standard input)")
	}
	// Large inputs take seconds: show a person at a terminal how far the
	// run has got, from its first second on. Progress goes to stderr only.
	progress := func() {}
	if isTerminal(c.Root().ErrWriter) {
		p := startProgress(c.Root().ErrWriter, time.Second, 200*time.Millisecond)
		p.update(summarize.Progress{Stage: "reading files"})
		opts.Progress = p.update
		progress = p.stop
	}
	sum, err := summarize.New(opts)
	if err != nil {
		progress()
		return usageError{err}
	}
	maxBytes, err := maxBytesFlag(c)
	if err != nil {
		progress()
		return err
	}
	docs, readErrs := summarize.ReadPaths(c.Args().Slice(), c.Root().Reader, summarize.ReadOptions{StdinHTML: c.Bool("html"), MaxBytes: maxBytes})
	var inputErrs []error
	for _, e := range readErrs {
		if errors.Is(e, summarize.ErrDuplicate) { // a note: the file counts once
			fmt.Fprintf(c.Root().ErrWriter, "brief: note: %v\n", e)
			continue
		}
		inputErrs = append(inputErrs, e)
	}
	if len(docs) == 0 {
		progress()
		printErrors(c.Root().ErrWriter, inputErrs)
		return errors.New("summarize: no usable input")
	}
	b, err := sum.Summarize(ctx, docs)
	progress()
	printErrors(c.Root().ErrWriter, inputErrs)
	if err != nil {
		return fmt.Errorf("summarize %s: %w", namesOf(docs), err)
	}
	if len(b.Sentences) == 0 {
		return fmt.Errorf("summarize %s: %w (%d %s)", namesOf(docs), summarize.ErrNothingFits, opts.Budget.N, opts.Budget.Unit)
	}
	if err := write(b, c.Root().Writer); err != nil {
		return err
	}
	if len(inputErrs) > 0 {
		return errors.New("summarize: some inputs were skipped")
	}
	return nil
}

// namesOf names the documents of a brief in a message: all of them, or the
// first two and how many more.
func namesOf(docs []summarize.Document) string {
	if len(docs) <= 3 {
		names := make([]string, len(docs))
		for i, d := range docs {
			names[i] = d.Name
		}
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s, %s and %d more", docs[0].Name, docs[1].Name, len(docs)-2)
}

// DefaultMaxBytes caps the input of summarize and digest unless --max-bytes
// says otherwise (and each text of eval). Memory grows with the input, at
// about 13 bytes a byte at most (a 50 MB page of prose peaks at 650 MB), so
// 64 MiB keeps a run under a gigabyte; a story's versions are kilobytes.
const DefaultMaxBytes = 64 << 20

// maxBytesFlag returns --max-bytes: 0 (no limit) or a positive size.
func maxBytesFlag(c *cli.Command) (int64, error) {
	n := c.Int64("max-bytes")
	if n < 0 {
		return 0, usagef("--max-bytes must be a size in bytes, or 0 for no limit, got %d", n)
	}
	return n, nil
}

// maxBytesCLIFlag is the --max-bytes flag of summarize and digest.
func maxBytesCLIFlag() cli.Flag {
	return &cli.Int64Flag{Name: "max-bytes", Value: DefaultMaxBytes, Validator: atMost[int64](maxInputBytes),
		Usage: "refuse input larger than `N` bytes in all, before reading it (0: no limit)"}
}

// budgetFlags are the flags summarizeOptions reads: one brief's budget and
// lambda.
func budgetFlags() []cli.Flag {
	return []cli.Flag{
		// 0: not given; summarize.DefaultOptions holds the default.
		&cli.IntFlag{Name: "words", DefaultText: "100", Validator: atMost(maxCount), Usage: "budget in words"},
		&cli.IntFlag{Name: "sentences", HideDefault: true, Validator: atMost(maxCount), Usage: "budget in sentences"},
		&cli.IntFlag{Name: "bytes", HideDefault: true, Validator: atMost(maxCount), Usage: "budget in bytes of the printed brief"},
		&cli.Float64Flag{Name: "lambda", Value: summarize.DefaultLambda,
			Usage: "MMR trade-off in [0,1]: 1 ranks by relevance alone, 0 by novelty alone"},
	}
}

func printErrors(w io.Writer, errs []error) {
	for _, e := range errs {
		fmt.Fprintf(w, "brief: %v\n", e)
	}
}

// summarizeOptions reads the budget and lambda flags (budgetFlags).
func summarizeOptions(c *cli.Command) (summarize.Options, error) {
	opts := summarize.DefaultOptions()
	set := 0
	for _, f := range []struct {
		name string
		unit summarize.Unit
	}{{"words", summarize.Words}, {"sentences", summarize.Sentences}, {"bytes", summarize.Bytes}} {
		if !c.IsSet(f.name) {
			continue
		}
		set++
		n := c.Int(f.name)
		if n <= 0 {
			return opts, usagef("--%s must be a positive number, got %d", f.name, n)
		}
		opts.Budget = summarize.Budget{Unit: f.unit, N: n}
	}
	if set > 1 {
		return opts, usagef("give one budget: --words, --sentences or --bytes")
	}
	opts.MinSupport = c.Int("min-support")
	if opts.MinSupport < 0 {
		return opts, usagef("--min-support must not be negative, got %d", opts.MinSupport)
	}
	opts.Lambda = c.Float64("lambda")
	if !(opts.Lambda >= 0 && opts.Lambda <= 1) {
		return opts, usagef("--lambda must be in [0,1], got %g", opts.Lambda)
	}
	return opts, nil
}

// writer returns the renderer for a --format value.
func writer(format string) (func(*summarize.Brief, io.Writer) error, error) {
	switch format {
	case "text":
		return (*summarize.Brief).WriteText, nil
	case "markdown", "md":
		return (*summarize.Brief).WriteMarkdown, nil
	case "json":
		return (*summarize.Brief).WriteJSON, nil
	case "html":
		return (*summarize.Brief).WriteHTML, nil
	}
	return nil, usagef("--format must be text, markdown, json or html, got %q", format)
}
