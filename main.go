// Command brief turns several versions of one news story into one briefing
// paragraph, by extraction.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes shared by every command.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitInterrupted = 130 // 128 + SIGINT, what a shell reports for Ctrl-C
)

func main() {
	// An interrupt or a SIGTERM (a cron job's timeout) cancels the run, so
	// a digest stops cleanly and writes nothing.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop) // a second interrupt stops brief at once
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args with the given streams and returns
// the process exit code. Tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	err := rootCommand(stdin, stdout, stderr).Run(ctx, args)
	if err == nil {
		return exitOK
	}
	var status exitStatus
	if errors.As(err, &status) && ctx.Err() == nil { // already told
		return int(status)
	}
	code := exitCode(ctx, err)
	if code == exitInterrupted {
		fmt.Fprintln(stderr, "brief: interrupted")
	} else {
		fmt.Fprintf(stderr, "brief: %v\n", err)
	}
	return code
}

// exitCode maps the error a run ended with to its exit status.
func exitCode(ctx context.Context, err error) int {
	var ue usageError
	switch {
	case ctx.Err() != nil: // whatever failed, the run was cut short
		return exitInterrupted
	case errors.As(err, &ue):
		return exitUsage
	}
	return exitFailure
}
