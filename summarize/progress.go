package summarize

import "sync"

// progress reports the start of a stage, when Options.Progress is set.
func (s *Summarizer) progress(stage string) {
	if s.opts.Progress != nil {
		s.opts.Progress(Progress{Stage: stage})
	}
}

// counter reports the start of a stage of total steps and returns the
// function that reports one more step done; workers may call it at once.
func (s *Summarizer) counter(stage string, total int) func() {
	report := s.opts.Progress
	if report == nil {
		return func() {}
	}
	report(Progress{Stage: stage, Total: total})
	var mu sync.Mutex
	done := 0
	return func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		report(Progress{Stage: stage, Done: done, Total: total})
	}
}
