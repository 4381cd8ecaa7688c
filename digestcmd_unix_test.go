//go:build unix

package main

import (
	"brief/internal/corpus"
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A new --out file gets 0666 less the umask, as a shell's > gives it. The
// umask is the process's, so this test does not run in parallel with
// others (a top-level test that does not call t.Parallel runs alone).
func TestDigestOutUmask(t *testing.T) {
	for _, tc := range []struct {
		umask int
		want  os.FileMode
	}{{0o022, 0o644}, {0o027, 0o640}, {0o077, 0o600}, {0o002, 0o664}} {
		out := filepath.Join(t.TempDir(), "digest.md")
		old := syscall.Umask(tc.umask)
		r := runCLI(t, "", "digest", "--out", out, "testdata/digest/day")
		syscall.Umask(old)
		if r.code != 0 {
			t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
		}
		if info := must(os.Stat(out)); info.Mode().Perm() != tc.want {
			t.Errorf("umask %03o: mode %v, want %v", tc.umask, info.Mode().Perm(), tc.want)
		}
	}
}

// /dev/null is a device: --out refuses it and leaves it one.
func TestDigestOutDevNull(t *testing.T) {
	t.Parallel()
	r := runCLI(t, "", "digest", "--out", os.DevNull, "testdata/digest/day")
	if r.code != 1 || r.stdout != "" || r.stderr != "brief: digest: --out: write /dev/null: not a regular file (a device)\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if info, err := os.Stat(os.DevNull); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("/dev/null is now %v (%v)", info.Mode(), err)
	}
}

// A SIGTERM (a cron job's timeout) stops a digest of a large pile within a
// second, whatever stage it is in: reading, grouping or briefing. The pile
// is 14,247 generated articles, which take brief several seconds (3,558,
// once enough, are briefed within 2 s since the work for issue #16).
func TestHardeningDigestClusterInterrupted(t *testing.T) {
	if testing.Short() || raceDetector {
		t.Skip("a large pile; runs without -short and -race (.ci/run runs it so)")
	}
	t.Parallel()
	src, err := corpus.Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := corpus.Write(dir, corpus.Generate(src, 400_000)); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "digest.md")
	for _, after := range []time.Duration{300 * time.Millisecond, time.Second, 2 * time.Second} {
		cmd := briefProcess(t, "digest", "--cluster", "--out", out, dir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		sent := time.Now()
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		took := time.Since(sent)
		if code := cmd.ProcessState.ExitCode(); code != exitInterrupted || stderr.String() != "brief: interrupted\n" || took > time.Second {
			t.Errorf("SIGTERM after %v: exit %d, stderr %q, %v after the signal; want exit 130 within a second", after, code, stderr.String(), took)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("SIGTERM after %v: --out written", after)
		}
	}
}
