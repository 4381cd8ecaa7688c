package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"brief/eval"
	"brief/summarize"
)

// read returns a summary's sentences; path "-" is standard input.
func (r *evalRun) read(path string) ([]string, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = readLimited(r.stdin, "standard input", r.maxBytes)
		path = "standard input"
	} else {
		b, err = readInput(path, r.maxBytes)
	}
	if err != nil {
		return nil, err
	}
	// Bytes, whatever their encoding: ROUGE counts only ASCII letters and
	// digits.
	text := string(b)
	if r.lines {
		return strings.Split(text, "\n"), nil
	}
	// An SPL line cannot hold a line break: a sentence spanning lines is
	// joined with spaces.
	join := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	var out []string
	for _, s := range r.seg.Segment(text) {
		out = append(out, join.Replace(s.Text))
	}
	return out, nil
}

// readInput reads a regular file of at most maxBytes (0: any size), naming
// it in any error. Pipes and devices are refused: they could block forever.
func readInput(path string, maxBytes int64) ([]byte, error) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, err
	case info.IsDir():
		return nil, &summarize.InputError{Input: path, Err: errors.New("a folder, not a file")}
	case !info.Mode().IsRegular():
		return nil, &summarize.InputError{Input: path, Err: summarize.ErrNotRegular}
	case maxBytes > 0 && info.Size() > maxBytes:
		return nil, &summarize.InputError{Input: path, Err: &summarize.SizeError{Size: info.Size(), Limit: maxBytes}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, path, maxBytes)
}

// readLimited reads all of in, failing beyond maxBytes (0: no limit).
func readLimited(in io.Reader, name string, maxBytes int64) ([]byte, error) {
	if maxBytes <= 0 {
		return io.ReadAll(in)
	}
	b, err := io.ReadAll(io.LimitReader(in, maxBytes+1))
	if err == nil && int64(len(b)) > maxBytes {
		err = &summarize.InputError{Input: name, Err: &summarize.SizeError{Size: int64(len(b)), Limit: maxBytes, AtLeast: true}}
	}
	return b, err
}

// batchLine is one line of a --batch file.
type batchLine struct {
	ID   string   `json:"id"`
	Peer string   `json:"peer"`
	Refs []string `json:"refs"`
	line int
}

// lineError is a --batch line that could not be read or scored; the
// others are still scored.
type lineError struct {
	File string
	Line int
	ID   string // "" when the line did not parse
	Err  error
}

func (e *lineError) Error() string {
	if e.ID == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: id %q: %v", e.File, e.Line, e.ID, e.Err)
}

func (e *lineError) Unwrap() error { return e.Err }

// readBatch reads a --batch file, resolving paths against its folder. A
// line that does not parse is a lineError; the file as a whole fails only
// when it cannot be read or holds no line.
func readBatch(file string, maxBytes int64) ([]batchLine, []*lineError, error) {
	b, err := readInput(file, maxBytes)
	if err != nil {
		return nil, nil, err
	}
	dir := filepath.Dir(file)
	resolve := func(p string) string {
		if p == "-" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	var jobs []batchLine
	var bad []*lineError
	seen := make(map[string]bool)
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		j, err := parseBatchLine(line, seen)
		if err != nil {
			bad = append(bad, &lineError{File: file, Line: n, Err: err})
			continue
		}
		seen[j.ID] = true
		j.Peer, j.line = resolve(j.Peer), n
		for i := range j.Refs {
			j.Refs[i] = resolve(j.Refs[i])
		}
		jobs = append(jobs, j)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(jobs)+len(bad) == 0 {
		return nil, nil, fmt.Errorf("%s: %w", file, eval.ErrNoEvaluations)
	}
	return jobs, bad, nil
}

// parseBatchLine decodes one line of a --batch file and checks it against
// the ids seen before it.
func parseBatchLine(line []byte, seen map[string]bool) (batchLine, error) {
	var j batchLine
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return j, err
	}
	switch {
	case j.ID == "":
		return j, errBatchNoID
	case seen[j.ID]:
		return j, fmt.Errorf("id %q: %w", j.ID, errBatchDuplicate)
	case j.Peer == "":
		return j, fmt.Errorf("id %q: %w", j.ID, errBatchNoPeer)
	case len(j.Refs) == 0:
		return j, fmt.Errorf("id %q: %w", j.ID, eval.ErrNoReferences)
	}
	return j, nil
}

// Errors in a --batch file.
var (
	errBatchNoID      = errors.New(`no "id"`)
	errBatchDuplicate = errors.New("id used twice")
	errBatchNoPeer    = errors.New(`no "peer"`)
)
