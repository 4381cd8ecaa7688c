package main

import (
	"strings"
	"testing"
)

// --format html prints the page of testdata/golden/crash-tolls.html, the
// same bytes each run; --annotate goes with text only.
func TestSummarizeHTML(t *testing.T) {
	t.Parallel()
	args := []string{"summarize", "--format", "html", "testdata/trust/crash-tolls"}
	r := runCLI(t, "", args...)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	golden(t, "crash-tolls.html", r.stdout)
	if again := runCLI(t, "", args...); again.stdout != r.stdout {
		t.Error("a second run gave other bytes")
	}
	for _, format := range []string{"html", "markdown"} {
		r := runCLI(t, "", "summarize", "--annotate", "--format", format, "testdata/trust/crash-tolls")
		if r.code != exitUsage || r.stdout != "" || !strings.Contains(r.stderr, "--annotate goes with --format text") {
			t.Errorf("--annotate --format %s: exit %d, stdout %q, stderr %q", format, r.code, r.stdout, r.stderr)
		}
	}
}
