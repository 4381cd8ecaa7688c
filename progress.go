package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"brief/summarize"
)

// progressLine shows on a terminal how far a long run has got: nothing for
// its first second, then one line on stderr, redrawn in place, erased when
// the run ends. It never writes to stdout.
type progressLine struct {
	w     io.Writer
	every time.Duration

	mu    sync.Mutex
	cur   summarize.Progress
	shown bool

	done chan struct{}
	wg   sync.WaitGroup
}

// startProgress starts a progress line on w that appears after delay.
func startProgress(w io.Writer, delay, every time.Duration) *progressLine {
	p := &progressLine{w: w, every: every, done: make(chan struct{})}
	p.wg.Add(1)
	go p.run(delay)
	return p
}

// isTerminal reports whether w is a terminal (a character device): progress
// is for a person watching, not for a pipe, a file or a test's buffer.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update records the stage; it is summarize.Options.Progress.
func (p *progressLine) update(pr summarize.Progress) {
	p.mu.Lock()
	p.cur = pr
	p.mu.Unlock()
}

func (p *progressLine) run(delay time.Duration) {
	defer p.wg.Done()
	select {
	case <-time.After(delay):
	case <-p.done:
		return
	}
	tick := time.NewTicker(p.every)
	defer tick.Stop()
	for {
		p.draw()
		select {
		case <-tick.C:
		case <-p.done:
			return
		}
	}
}

func (p *progressLine) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	line := "brief: " + p.cur.Stage
	if p.cur.Total > 0 {
		line += fmt.Sprintf(" %d/%d", p.cur.Done, p.cur.Total)
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s…", line)
	p.shown = true
}

// stop ends the line and erases it, so that what follows starts clean.
func (p *progressLine) stop() {
	close(p.done)
	p.wg.Wait()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
