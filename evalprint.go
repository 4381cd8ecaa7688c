package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"brief/eval"
)

// writeScores prints one evaluation's scores.
func (r *evalRun) writeScores(w io.Writer, scores eval.Scores) error {
	if r.format == "json" {
		return writeJSON(w, scores)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "METRIC\tR\tP\tF")
	for _, s := range scores {
		fmt.Fprintf(tw, "%s\t%.5f\t%.5f\t%.5f\n", s.Name, s.R, s.P, s.F)
	}
	return tw.Flush()
}

// writeInterval prints averages with their bootstrap intervals.
func (r *evalRun) writeInterval(w io.Writer, avg eval.Summaries) error {
	if r.format == "json" {
		return writeJSON(w, avg)
	}
	return r.writeAverage(w, avg)
}

// writeAverage prints the table of averages with their intervals.
func (r *evalRun) writeAverage(w io.Writer, avg eval.Summaries) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	ci := r.confText + "%-CI"
	fmt.Fprintf(tw, "METRIC\tR\tP\tF\tR %s\tP %s\tF %s\n", ci, ci, ci)
	for _, s := range avg {
		fmt.Fprintf(tw, "%s\t%.5f\t%.5f\t%.5f\t%.5f-%.5f\t%.5f-%.5f\t%.5f-%.5f\n", s.Name,
			s.R.Mean, s.P.Mean, s.F.Mean, s.R.Low, s.R.High, s.P.Low, s.P.High, s.F.Low, s.F.High)
	}
	return tw.Flush()
}

// batchFailure is a line of a batch left out, in JSON.
type batchFailure struct {
	Line  int    `json:"line"`
	ID    string `json:"id,omitempty"`
	Error string `json:"error"`
}

// writeBatch prints every evaluation of a batch, then their average; in
// JSON, the lines left out too.
func (r *evalRun) writeBatch(w io.Writer, results []batchResult, avg eval.Summaries, bad []*lineError) error {
	if r.format == "json" {
		var failed []batchFailure
		for _, e := range bad {
			failed = append(failed, batchFailure{Line: e.Line, ID: e.ID, Error: e.Err.Error()})
		}
		return writeJSON(w, struct {
			Evaluations []batchResult  `json:"evaluations"`
			Average     eval.Summaries `json:"average"`
			Confidence  float64        `json:"confidence"`
			Resamples   int            `json:"resamples"`
			Failed      []batchFailure `json:"failed,omitempty"`
		}{results, avg, r.confidence, r.resamples, failed})
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tMETRIC\tR\tP\tF")
	for _, res := range results {
		for _, s := range res.Scores {
			fmt.Fprintf(tw, "%s\t%s\t%.5f\t%.5f\t%.5f\n", res.ID, s.Name, s.R, s.P, s.F)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nAverage of %d evaluations (bootstrap, %d resamples):\n", len(results), r.resamples)
	return r.writeAverage(w, avg)
}

func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
