package digest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"brief/summarize"
)

// titleFile is the file in a story folder that holds its title.
const titleFile = "title.txt"

// ReadRoot reads a folder that holds one sub-folder per story, in name
// order; hidden folders and files beside the sub-folders are left out. A
// story's versions are its folder's text and HTML files (as
// summarize.ReadPaths reads a folder); its title is the first line of its
// title.txt, or else the folder's name. It fails only when root cannot be
// read or holds no story folder; a story's unreadable versions are in its
// Errs.
func ReadRoot(root string) ([]Story, error) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var stories []Story
	for _, e := range entries { // os.ReadDir sorts by name
		if strings.HasPrefix(e.Name(), ".") || !isDir(root, e) {
			continue
		}
		stories = append(stories, readStory(filepath.Join(root, e.Name()), e.Name()))
	}
	if len(stories) == 0 {
		return nil, &summarize.InputError{Input: root, Err: ErrNoStories}
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

// Size returns the bytes of the versions ReadRoot would read under root,
// from their sizes, without reading them.
func Size(root string) int64 {
	entries, err := os.ReadDir(root)
	if err != nil {
		return 0
	}
	var dirs []string
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") && isDir(root, e) {
			dirs = append(dirs, filepath.Join(root, e.Name()))
		}
	}
	return summarize.Size(dirs)
}

// readVersions reads a folder's versions; a file linked twice counts once.
func readVersions(dir string) ([]summarize.Document, []error) {
	docs, errs := summarize.ReadPaths([]string{dir}, nil, summarize.ReadOptions{})
	kept := errs[:0]
	for _, e := range errs {
		if !errors.Is(e, summarize.ErrDuplicate) {
			kept = append(kept, e)
		}
	}
	return docs, kept
}

func readStory(dir, name string) Story {
	docs, errs := readVersions(dir)
	s := Story{ID: name, Title: readTitle(dir), Errs: errs}
	if s.Title == "" {
		s.Title = name
	}
	for _, d := range docs {
		s.Versions = append(s.Versions, Version{Document: d})
	}
	return s
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

// ReadPile reads a flat folder of articles (its text and HTML files, in
// name order) for Group. Files it cannot read come back as errors; a folder
// with none at all is an error.
func ReadPile(dir string) ([]Version, []error, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, err
	}
	if !info.IsDir() {
		return nil, nil, &summarize.InputError{Input: dir, Err: errors.New("not a folder")}
	}
	docs, errs := readVersions(dir)
	if len(docs) == 0 && len(errs) == 1 && errors.Is(errs[0], summarize.ErrNoText) {
		return nil, nil, errs[0]
	}
	pile := make([]Version, len(docs))
	for i, d := range docs {
		pile[i] = Version{Document: d}
	}
	return pile, errs, nil
}
