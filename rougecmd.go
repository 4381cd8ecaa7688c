package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v3"

	"brief/eval/rouge155"
)

// rougeCommand is ROUGE-1.5.5.pl's command line, read as the script reads
// it (single-dash options, bundled or not), so urfave/cli parses none.
func rougeCommand() *cli.Command {
	return &cli.Command{
		Name:      "rouge",
		Usage:     "ROUGE-1.5.5.pl's command line, configuration and output, byte for byte",
		ArgsUsage: "[ROUGE-1.5.5 options] CONFIG [SYSTEM-ID]",
		Description: `A drop-in for ROUGE-1.5.5.pl: the same options (-a -b -c -d -e -f -h -H
-l -m -M -n -p -r -s -t -u -U -v -w -x -z -2 -3), the same XML configuration
or -z file list, and the same standard output and exit status (255 where
the script dies). -e DIR is read for its smart_common_words.txt, when it has
one; the WordNet exceptions are built in. brief rouge -h prints the
script's usage.`,
		SkipFlagParsing: true,
		HideHelp:        true,
		OnUsageError:    onUsageError,
		Action:          runRouge,
	}
}

func runRouge(ctx context.Context, c *cli.Command) error {
	return rouge(ctx, c.Args().Slice(), "", c.Root().Writer, c.Root().ErrWriter)
}

// rouge runs ROUGE-1.5.5.pl's command line args (what follows the
// script's name) from folder dir ("" for the current one). Where the
// script dies its message is printed and the error is exitStatus 255.
func rouge(ctx context.Context, args []string, dir string, stdout, stderr io.Writer) error {
	a := rouge155.ParseArgs(args)
	for _, u := range a.Unknown {
		fmt.Fprintf(stderr, "Unknown option: %s\n", u)
	}
	cmd, err := rouge155.NewCommand(a)
	if err == nil {
		err = cmd.Run(ctx, dir, stdout, stderr)
	}
	var die *rouge155.DieError
	var unsupported *rouge155.UnsupportedError
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.As(err, &die):
		fmt.Fprint(stderr, die.Msg)
	case errors.As(err, &unsupported):
		fmt.Fprintf(stderr, "brief rouge: %v\n", unsupported)
	default:
		fmt.Fprintf(stderr, "brief rouge: %v\n", err)
	}
	return exitStatus(rouge155.ExitDie)
}

// exitStatus ends a command with this status, its message already
// printed.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }
