package summarize

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Document is one version of the story.
type Document struct {
	// Name identifies the version in provenance and error messages.
	Name string
	// Text is the version's UTF-8 text.
	Text string
}

// Errors returned by ingest; each is wrapped in an *InputError that names
// the input.
var (
	ErrEmpty     = errors.New("no text in it")
	ErrNoText    = errors.New("folder holds no .txt, .md, .html or .htm files")
	ErrNoInput   = errors.New("no input documents")
	ErrNoContent = errors.New("no prose left after removing noise")
	ErrNoSupport = errors.New("no fact is stated by as many versions as the minimum support asks")
)

// InputError is a problem with one named input.
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// exts are the file endings a folder is read for, and whether each is HTML.
var exts = map[string]bool{".txt": false, ".md": false, ".html": true, ".htm": true}

// isHTML reports whether a file's name says it is an HTML page.
func isHTML(path string) bool { return exts[strings.ToLower(filepath.Ext(path))] }

// ReadOptions say how ReadPaths reads.
type ReadOptions struct {
	// StdinHTML says standard input is an HTML page.
	StdinHTML bool
}

// isVersionFile reports whether a file in a folder is a version of the
// story: a .txt, .md, .html or .htm file, other than the notes a story folder may carry
// beside its versions: README.*, title.* (a story's title) and reference*
// (reference briefs for eval).
func isVersionFile(name string) bool {
	lower := strings.ToLower(name)
	ext := filepath.Ext(lower)
	base := strings.TrimSuffix(lower, ext)
	_, known := exts[ext]
	return known && base != "readme" && base != "title" && !strings.HasPrefix(base, "reference")
}

// ReadPaths reads the documents named by paths: files, folders (their text
// and HTML files in name order, see isVersionFile) and "-" for stdin. Files
// ending in .html or .htm, and stdin with StdinHTML, are HTML pages. It returns the documents
// it could read and one *InputError for each input it could not; one bad
// input never costs the others.
func ReadPaths(paths []string, stdin io.Reader, opts ReadOptions) ([]Document, []error) {
	var docs []Document
	var errs []error
	for _, p := range paths {
		got, err := readPath(p, stdin, opts)
		docs = append(docs, got...)
		errs = append(errs, err...)
	}
	nameDocuments(docs)
	return docs, errs
}

func readPath(path string, stdin io.Reader, opts ReadOptions) ([]Document, []error) {
	if path == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, []error{&InputError{"stdin", err}}
		}
		d, err := Decode("stdin", b, opts.StdinHTML)
		if err != nil {
			return nil, []error{err}
		}
		return []Document{d}, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, []error{&InputError{path, unwrapPathError(err)}}
	}
	if !info.IsDir() {
		d, err := readFile(path)
		if err != nil {
			return nil, []error{err}
		}
		return []Document{d}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, []error{&InputError{path, unwrapPathError(err)}}
	}
	var docs []Document
	var errs []error
	for _, e := range entries { // os.ReadDir sorts by name
		if !isVersionFile(e.Name()) {
			continue
		}
		full := filepath.Join(path, e.Name())
		if e.Type()&fs.ModeType != 0 && e.Type()&fs.ModeSymlink == 0 {
			continue
		}
		d, err := readFile(full)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs = append(errs, &InputError{path, ErrNoText})
	}
	return docs, errs
}

func readFile(path string) (Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Document{}, &InputError{path, unwrapPathError(err)}
	}
	return Decode(path, b, isHTML(path))
}

// unwrapPathError drops the path from an *fs.PathError; InputError names it.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// nameDocuments gives each document a short name: the base name of its
// path, or the whole path where two base names collide, and "stdin" for -.
func nameDocuments(docs []Document) {
	count := make(map[string]int, len(docs))
	for _, d := range docs {
		count[shortName(d.Name)]++
	}
	for i, d := range docs {
		if s := shortName(d.Name); count[s] == 1 {
			docs[i].Name = s
		}
	}
}

func shortName(path string) string {
	if path == "stdin" {
		return path
	}
	return filepath.Base(path)
}

// sortedNames returns the names of docs at the given indices, in input order.
func sortedNames(docs []Document, idx []int) []string {
	sort.Ints(idx)
	names := make([]string, len(idx))
	for i, j := range idx {
		names[i] = docs[j].Name
	}
	return names
}
