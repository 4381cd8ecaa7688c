//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
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
