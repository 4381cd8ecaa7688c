package summarize

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// Document is one version of the story.
type Document struct {
	// Name identifies the version in provenance and error messages.
	Name string
	// Text is the version's text decoded to UTF-8 (see Decode); sentence
	// offsets are byte offsets in it, not in the input's bytes.
	Text string
	// Date is when the version was published, zero when unknown. Decode
	// reads it from a page's metadata or the stamp or dateline at the top
	// of the text (see docs/summarize.md, "Dates").
	Date Date
}

// Errors returned by ingest; each is wrapped in an *InputError that names
// the input.
var (
	ErrEmpty     = errors.New("no text in it")
	ErrNoText    = errors.New("folder holds no .txt, .md, .html or .htm files")
	ErrNoInput   = errors.New("no input documents")
	ErrNoContent = errors.New("no prose left after removing noise")
	ErrNoSupport = errors.New("no fact is stated by as many versions as the minimum support asks")

	// ErrNothingFits: every sentence kept is longer than the budget, and
	// sentences are never cut. Summarize returns an empty brief then;
	// commands report it with this error.
	ErrNothingFits = errors.New("no sentence fits the budget")
	ErrNotRegular  = errors.New("not a regular file (a device, a pipe or a socket)")
	ErrDuplicate   = errors.New("given twice")
	ErrTooLarge    = errors.New("input beyond the size limit")
)

// DuplicateError reports a file already read under another path; it
// matches ErrDuplicate.
type DuplicateError struct{ First string }

func (e *DuplicateError) Error() string        { return "the same file as " + e.First + ", read once" }
func (e *DuplicateError) Is(target error) bool { return target == ErrDuplicate }

// SizeError reports input beyond ReadOptions.MaxBytes; it matches
// ErrTooLarge.
type SizeError struct {
	Size, Limit int64
	AtLeast     bool // Size is what was read before the limit stopped it
}

func (e *SizeError) Error() string {
	more := ""
	if e.AtLeast {
		more = "at least "
	}
	return fmt.Sprintf("%s: %s%d bytes, the limit is %d", ErrTooLarge, more, e.Size, e.Limit)
}
func (e *SizeError) Is(target error) bool { return target == ErrTooLarge }

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
	// StdinHTML says standard input is an HTML page. Without it, standard
	// input is read as one when it opens with a doctype or an <html> tag
	// (behind a BOM, white space or comments, in its first 1024 bytes).
	// Files are HTML by their name only (.html, .htm).
	StdinHTML bool
	// MaxBytes caps the bytes read over all inputs together; 0 means no
	// limit. The files' sizes are checked before any is read, and standard
	// input and files that grow are read through the limit, so a larger
	// input is refused without being read whole (ErrTooLarge).
	MaxBytes int64
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
// ending in .html or .htm are HTML pages, and so is stdin with StdinHTML or
// when it opens as a page does (see ReadOptions). It returns the documents
// it could read and one *InputError for each input it could not; one bad
// input never costs the others. A file given twice (by two paths, a link,
// or a folder and a file in it) is read once; the second is reported with
// an error matching ErrDuplicate, a note rather than a failure. Devices,
// pipes and sockets are refused (ErrNotRegular): reading them could block
// or never end.
func ReadPaths(paths []string, stdin io.Reader, opts ReadOptions) ([]Document, []error) {
	if opts.MaxBytes > 0 {
		if n := Size(paths); n > opts.MaxBytes {
			return nil, []error{&InputError{inputsName(paths), &SizeError{Size: n, Limit: opts.MaxBytes}}}
		}
	}
	r := &reader{opts: opts, stdin: stdin, left: opts.MaxBytes, seen: make(map[int64][]seenFile)}
	var docs []Document
	var errs []error
	for _, p := range paths {
		got, err := r.readPath(p)
		docs = append(docs, got...)
		errs = append(errs, err...)
	}
	nameDocuments(docs)
	return docs, errs
}

// Size returns the bytes ReadPaths would read from the files and folders
// of paths, from their sizes, without reading them. Standard input and
// what cannot be listed count nothing.
func Size(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			continue
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
		case !info.IsDir():
			n += info.Size()
		default:
			files, _ := versionFiles(p)
			for _, f := range files {
				if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
					n += info.Size()
				}
			}
		}
	}
	return n
}

// inputsName names a list of inputs in one message.
func inputsName(paths []string) string {
	if len(paths) <= 3 {
		return strings.Join(paths, ", ")
	}
	return fmt.Sprintf("%s, %s and %d more inputs", paths[0], paths[1], len(paths)-2)
}

// reader is the state of one ReadPaths call.
type reader struct {
	opts  ReadOptions
	stdin io.Reader
	left  int64                // bytes left under opts.MaxBytes
	seen  map[int64][]seenFile // files read, by size
}

type seenFile struct {
	path string
	info os.FileInfo
}

func (r *reader) readPath(path string) ([]Document, []error) {
	if path == "-" {
		b, err := r.readAll(r.stdin)
		if err != nil {
			return nil, []error{&InputError{"stdin", err}}
		}
		d, err := Decode("stdin", b, r.opts.StdinHTML || looksHTML(b))
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
		d, err := r.readFile(path)
		if err != nil {
			return nil, []error{err}
		}
		return []Document{d}, nil
	}
	files, err := versionFiles(path)
	if err != nil {
		return nil, []error{&InputError{path, unwrapPathError(err)}}
	}
	var docs []Document
	var errs []error
	for _, full := range files {
		d, err := r.readFile(full)
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

// versionFiles lists the version files of a folder in name order: regular
// files and links (a link to something else fails when it is read).
func versionFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries { // os.ReadDir sorts by name
		if !isVersionFile(e.Name()) || e.Type()&fs.ModeType != 0 && e.Type()&fs.ModeSymlink == 0 {
			continue
		}
		files = append(files, filepath.Join(dir, e.Name()))
	}
	return files, nil
}

func (r *reader) readFile(path string) (Document, error) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return Document{}, &InputError{path, unwrapPathError(err)}
	case info.IsDir():
		return Document{}, &InputError{path, syscall.EISDIR}
	case !info.Mode().IsRegular(): // opening a pipe blocks until a writer comes
		return Document{}, &InputError{path, ErrNotRegular}
	}
	for _, s := range r.seen[info.Size()] {
		if os.SameFile(s.info, info) {
			return Document{}, &InputError{path, &DuplicateError{First: s.path}}
		}
	}
	r.seen[info.Size()] = append(r.seen[info.Size()], seenFile{path, info})
	f, err := os.Open(path)
	if err != nil {
		return Document{}, &InputError{path, unwrapPathError(err)}
	}
	defer f.Close()
	b, err := r.readAll(f)
	if err != nil {
		return Document{}, &InputError{path, unwrapPathError(err)}
	}
	return Decode(path, b, isHTML(path))
}

// readAll reads in through what is left of the size limit.
func (r *reader) readAll(in io.Reader) ([]byte, error) {
	if r.opts.MaxBytes <= 0 {
		return io.ReadAll(in)
	}
	b, err := io.ReadAll(io.LimitReader(in, r.left+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > r.left {
		return nil, &SizeError{Size: r.opts.MaxBytes - r.left + int64(len(b)), Limit: r.opts.MaxBytes, AtLeast: true}
	}
	r.left -= int64(len(b))
	return b, nil
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
