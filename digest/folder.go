package digest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"brief/summarize"
)

// ReadOptions say how stories and piles are read.
type ReadOptions struct {
	// MaxBytes caps each story: its versions' files together, or its JSONL
	// lines together, and each JSONL line; 0 means no limit. A story
	// beyond it fails alone (summarize.ErrTooLarge) and is not read; the
	// others are. A pile is grouped whole, so for ReadPile and
	// ReadJSONLPile it caps the whole pile, and each line.
	MaxBytes int64
}

// titleFile is the file in a story folder that holds its title.
const titleFile = "title.txt"

// ReadRoot reads a folder that holds one sub-folder per story, in name
// order; hidden folders and files beside the sub-folders are left out. A
// story's versions are its folder's text and HTML files (as
// summarize.ReadPaths reads a folder); its title is the first line of its
// title.txt, or else "" (see Story.Title). It fails only when root
// cannot be read or holds no story folder, or when ctx is done; a story's
// unreadable versions are in its Errs.
func ReadRoot(ctx context.Context, root string, opts ReadOptions) ([]Story, error) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries { // os.ReadDir sorts by name
		if !strings.HasPrefix(e.Name(), ".") && isDir(root, e) {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, &summarize.InputError{Input: root, Err: ErrNoStories}
	}
	stories := make([]Story, len(names))
	err = parallelChunks(ctx, len(names), nil, func() func(i int) {
		return func(i int) { stories[i] = readStory(filepath.Join(root, names[i]), names[i], opts) }
	})
	if err != nil {
		return nil, err
	}
	return stories, nil
}

// isDir reports whether e, an entry of dir, is a folder or a link to one.
func isDir(dir string, e fs.DirEntry) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return e.IsDir()
	}
	info, err := os.Stat(filepath.Join(dir, e.Name()))
	return err == nil && info.IsDir()
}

// readVersions reads version files in dir, or dir's own; a file linked
// twice counts once. Beyond maxBytes together nothing is read, and the one
// error says so. A page's headline is read from its head.
func readVersions(dir string, paths []string, maxBytes int64) ([]Version, []error) {
	docs, errs := summarize.ReadPaths(paths, nil, summarize.ReadOptions{MaxBytes: maxBytes})
	kept := errs[:0]
	for _, e := range errs {
		if !errors.Is(e, summarize.ErrDuplicate) {
			kept = append(kept, e)
		}
	}
	vs := make([]Version, len(docs))
	for i, d := range docs {
		vs[i] = Version{Document: d}
		if ext := strings.ToLower(filepath.Ext(d.Name)); ext == ".html" || ext == ".htm" {
			vs[i].Headline = htmlFileHeadline(filepath.Join(dir, d.Name)) // names are base names in one folder
		}
	}
	return vs, kept
}

func readStory(dir, name string, opts ReadOptions) Story {
	vs, errs := readVersions(dir, []string{dir}, opts.MaxBytes)
	return Story{ID: name, Title: readTitle(dir), Versions: vs, Errs: errs}
}

// readTitle returns the first non-blank line of dir's title.txt, or "".
func readTitle(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, titleFile))
	if err != nil {
		return ""
	}
	for line := range strings.Lines(string(b)) {
		if t := strings.Join(strings.Fields(line), " "); t != "" {
			return t
		}
	}
	return ""
}

// pileBatch is how many files ReadPile reads at a time, between looks at
// its context; batches are read in parallel.
const pileBatch = 512

// ReadPile reads a flat folder of articles (its text and HTML files, in
// name order) for Group. Files it cannot read come back as errors; a folder
// with none at all is an error, and so is a pile beyond opts.MaxBytes in
// all, which is refused before it is read.
func ReadPile(ctx context.Context, dir string, opts ReadOptions) ([]Version, []error, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, err
	}
	if !info.IsDir() {
		return nil, nil, &summarize.InputError{Input: dir, Err: errors.New("not a folder")}
	}
	size := summarize.Size([]string{dir})
	if opts.MaxBytes > 0 && size > opts.MaxBytes {
		return nil, nil, &summarize.InputError{Input: dir, Err: &summarize.SizeError{Size: size, Limit: opts.MaxBytes}}
	}
	files, err := pileFiles(dir)
	if err != nil {
		return nil, nil, &summarize.InputError{Input: dir, Err: err}
	}
	if len(files) == 0 {
		return nil, nil, &summarize.InputError{Input: dir, Err: summarize.ErrNoText}
	}
	batches := (len(files) + pileBatch - 1) / pileBatch
	vs, es := make([][]Version, batches), make([][]error, batches)
	err = parallelRanges(ctx, batches, 1, nil, func() func(lo, hi int) {
		return func(i, _ int) {
			batch := files[i*pileBatch : min(len(files), (i+1)*pileBatch)]
			vs[i], es[i] = readVersions(dir, batch, opts.MaxBytes) // in case a file grew since the pile was sized
		}
	})
	if err != nil {
		return nil, nil, err
	}
	return slices.Concat(vs...), slices.Concat(es...), nil
}

// pileFiles lists the files of a pile folder that summarize.ReadPaths
// would read of it, in name order: regular files and links with a text or
// HTML ending, other than README.*, title.* and reference* (summarize's
// rule for a folder's versions). Given one by one, they are read in
// batches, with a look at the context between.
func pileFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		lower := strings.ToLower(e.Name())
		ext := filepath.Ext(lower)
		base := strings.TrimSuffix(lower, ext)
		switch {
		case ext != ".txt" && ext != ".md" && ext != ".html" && ext != ".htm":
		case base == "readme" || base == "title" || strings.HasPrefix(base, "reference"):
		case e.Type()&fs.ModeType != 0 && e.Type()&fs.ModeSymlink == 0:
		default:
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files, nil
}
