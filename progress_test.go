package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/summarize"
)

// syncBuffer is a bytes.Buffer safe for the progress goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgressLineDrawsAndErases(t *testing.T) {
	var w syncBuffer
	p := startProgress(&w, 0, time.Millisecond)
	p.update(summarize.Progress{Stage: "reading sentences", Done: 3, Total: 7})
	for !strings.Contains(w.String(), "3/7") {
		time.Sleep(time.Millisecond)
	}
	p.stop()
	got := w.String()
	if !strings.HasPrefix(got, "\r\x1b[K") || !strings.Contains(got, "brief: reading sentences 3/7…") {
		t.Errorf("progress line = %q", got)
	}
	if !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("progress line not erased: %q", got)
	}
}

// A run shorter than the delay shows nothing.
func TestProgressLineQuietWhenFast(t *testing.T) {
	var w syncBuffer
	p := startProgress(&w, time.Hour, time.Millisecond)
	p.update(summarize.Progress{Stage: "ranking"})
	p.stop()
	if got := w.String(); got != "" {
		t.Errorf("fast run wrote %q", got)
	}
}

// Pipes, files and buffers get no progress.
func TestIsTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer pw.Close()
	for name, w := range map[string]io.Writer{"buffer": &bytes.Buffer{}, "file": f, "pipe": pw} {
		if isTerminal(w) {
			t.Errorf("%s counted as a terminal", name)
		}
	}
}
