//go:build unix

package main

import (
	"bytes"
	"os"
	"syscall"
	"testing"
)

// An interrupt or a SIGTERM stops a run: brief says so and exits 130.
func TestInterruptedProcess(t *testing.T) {
	t.Parallel()
	text := proseSentences(20_000, " ") // past a pipe's buffer: see below
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			cmd := briefProcess(t, "summarize", "-")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Once brief has read all but a pipe's buffer of the text, it
			// is reading its input, its signal handler set.
			if _, err := stdin.Write(text); err != nil {
				t.Fatal(err)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			stdin.Close()
			cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted || stderr.String() != "brief: interrupted\n" || stdout.Len() != 0 {
				t.Errorf("exit %d (%v), stderr %q, stdout %.80q; want exit 130 and brief: interrupted", code, cmd.ProcessState, stderr.String(), stdout.String())
			}
		})
	}
}
