package main

import (
	"context"
	"fmt"
	"io"
	"regexp"

	"github.com/urfave/cli/v3"
)

// rootCommand is the brief command line, reading and writing the given
// streams.
func rootCommand(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "brief",
		Usage:     "turn several versions of one news story into one briefing paragraph",
		Version:   version,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: []*cli.Command{
			summarizeCommand(),
			evalCommand(),
			rougeCommand(),
			digestCommand(),
			helpCommand(),
		},
		Action: rootAction,
		// brief has its own help command (helpCommand), whose mistakes are
		// usage errors.
		HideHelpCommand:                 true,
		EnableShellCompletion:           true,
		ConfigureShellCompletionCommand: configureCompletion,
		// Errors are printed once, by run; never let urfave/cli exit the
		// process itself.
		ExitErrHandler: func(context.Context, *cli.Command, error) {},
		OnUsageError:   onUsageError,
	}
}

// rootAction runs when no command is named: the help, or an unknown
// command.
func rootAction(_ context.Context, cmd *cli.Command) error {
	if cmd.Args().Present() {
		return usagef("unknown command %q (brief --help lists the commands)", cmd.Args().First())
	}
	return cli.ShowRootCommandHelp(cmd)
}

// helpCommand is "help [COMMAND]". It stands in for urfave/cli's own, whose
// errors (an unknown command, a bad flag) are not usage errors; the root and
// each of its commands have one.
func helpCommand() *cli.Command {
	return &cli.Command{
		Name:         "help",
		Aliases:      []string{"h"},
		Usage:        "Shows a list of commands or help for one command",
		ArgsUsage:    "[command]",
		HideHelp:     true,
		OnUsageError: onUsageError,
		Action:       showHelp,
	}
}

// showHelp prints the help of the command named, or else of the command
// the help command is under.
func showHelp(ctx context.Context, help *cli.Command) error {
	of := help.Lineage()[1]
	name := help.Args().First()
	switch {
	case name != "" && of.Command(name) == nil:
		return usagef("help: unknown command %q", name)
	case name != "":
		return cli.ShowCommandHelp(ctx, of, name)
	case of == of.Root():
		return cli.ShowRootCommandHelp(of)
	}
	return cli.ShowCommandHelp(ctx, of.Lineage()[1], of.Name)
}

// configureCompletion shapes the completion command urfave/cli adds: listed
// in --help, with usage errors as every other command has.
func configureCompletion(completion *cli.Command) {
	completion.Hidden = false
	completion.Action = func(_ context.Context, cmd *cli.Command) error {
		if cmd.Args().Present() {
			return usagef("completion: unknown shell %q (bash, zsh, fish or pwsh)", cmd.Args().First())
		}
		return cli.ShowSubcommandHelp(cmd)
	}
	_ = completion.Walk(func(c *cli.Command) error {
		c.OnUsageError = onUsageError
		return nil
	})
}

// usageError marks a bad command line: exit status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// usagef returns a usage error with a formatted message.
func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// onUsageError marks urfave/cli's own complaints about a command line (an
// unknown flag, a value that does not parse or is out of range) as usage
// errors, in brief's words.
func onUsageError(_ context.Context, _ *cli.Command, err error, _ bool) error {
	return usageError{flagError{err}}
}

// flagError is an error of urfave/cli's flag parsing, worded for a person.
type flagError struct{ err error }

func (e flagError) Unwrap() error { return e.err }

// Error names flags as they are written, --words (urfave/cli writes
// -words), and says why a value does not parse without Go's function
// names, as in `invalid value "ten" for flag --words: parse error`.
func (e flagError) Error() string {
	msg := e.err.Error()
	msg = regexp.MustCompile(`strconv\.Parse\w+: parsing ".*": invalid syntax$`).ReplaceAllLiteralString(msg, "parse error")
	msg = regexp.MustCompile(`strconv\.Parse\w+: parsing ".*": value out of range$`).ReplaceAllLiteralString(msg, "value out of range")
	return regexp.MustCompile(`(not defined: |needs an argument: |for flag )--?([^\s:]{2,})`).ReplaceAllString(msg, "$1--$2")
}
