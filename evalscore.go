package main

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"brief/eval"
)

// prepare reads and prepares a summary, naming the file in any error.
func (r *evalRun) prepare(path string) (eval.Text, error) {
	lines, err := r.read(path)
	if err != nil {
		return eval.Text{}, err
	}
	return r.scorer.Prepare(lines), nil
}

// score scores one peer file against reference files.
func (r *evalRun) score(peer string, refs []string) (eval.Scores, error) {
	return r.scoreCached(peer, refs, nil)
}

// scoreCached is score with prepared texts kept by path.
func (r *evalRun) scoreCached(peer string, refs []string, cache map[string]eval.Text) (eval.Scores, error) {
	get := func(path string) (eval.Text, error) {
		if t, ok := cache[path]; ok && path != "-" {
			return t, nil
		}
		t, err := r.prepare(path)
		if err == nil && cache != nil {
			cache[path] = t
		}
		return t, err
	}
	p, err := get(peer)
	if err != nil {
		return nil, err
	}
	ts := make([]eval.Text, len(refs))
	for i, ref := range refs {
		if ts[i], err = get(ref); err != nil {
			return nil, err
		}
	}
	scores, err := r.scorer.ScoreTexts(p, ts)
	var re *eval.ReferenceError
	if errors.As(err, &re) {
		return nil, fmt.Errorf("%s: %w", refs[re.Index], re.Err)
	}
	return scores, err
}

// batchResult is one evaluation's scores.
type batchResult struct {
	ID     string      `json:"id"`
	Scores eval.Scores `json:"scores"`
}

// batch scores every line of a --batch file, in file order, and their
// average with its bootstrap interval. A line that cannot be read or
// scored is left out, as a lineError; the average is of the others. It
// stops when ctx is done.
func (r *evalRun) batch(ctx context.Context, file string) ([]batchResult, eval.Summaries, []*lineError, error) {
	jobs, bad, err := readBatch(file, r.maxBytes)
	if err != nil {
		return nil, nil, nil, err
	}
	cache := make(map[string]eval.Text)
	var results []batchResult
	for _, j := range jobs {
		if err := ctx.Err(); err != nil {
			return nil, nil, nil, err
		}
		scores, err := r.scoreCached(j.Peer, j.Refs, cache)
		if err != nil {
			bad = append(bad, &lineError{File: file, Line: j.line, ID: j.ID, Err: err})
			continue
		}
		results = append(results, batchResult{ID: j.ID, Scores: scores})
	}
	sort.SliceStable(bad, func(a, b int) bool { return bad[a].Line < bad[b].Line })
	if len(results) == 0 {
		return nil, nil, bad, nil
	}
	// ROUGE-1.5.5 resamples its evaluations in sorted key order.
	sorted := make([]batchResult, len(results))
	copy(sorted, results)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].ID < sorted[b].ID })
	per := make([]eval.Scores, len(sorted))
	for i, res := range sorted {
		per[i] = res.Scores
	}
	avg, err := eval.Bootstrap(per, r.confidence, r.resamples)
	if err != nil {
		return nil, nil, nil, err
	}
	return results, avg, bad, nil
}
