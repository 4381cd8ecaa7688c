package summarize

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPathsLimits(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("The bridge will close on Monday, the council said.\n"), 0o644) // 51 bytes
	os.Symlink("a.txt", filepath.Join(dir, "b.txt"))

	if got := Size([]string{dir, a, "-", filepath.Join(dir, "missing.txt")}); got != 3*51 {
		t.Errorf("Size = %d, want %d (a, its link, a again)", got, 3*51)
	}
	docs, errs := ReadPaths([]string{dir, a}, nil, ReadOptions{})
	if len(docs) != 1 || len(errs) != 2 {
		t.Fatalf("docs %d, errs %v: want a.txt once and two notes", len(docs), errs)
	}
	for _, err := range errs {
		var de *DuplicateError
		if !errors.Is(err, ErrDuplicate) || !errors.As(err, &de) || de.First != a {
			t.Errorf("err %v: want a duplicate of %s", err, a)
		}
	}
	_, errs = ReadPaths([]string{a, "-"}, strings.NewReader(strings.Repeat("x", 50)), ReadOptions{MaxBytes: 100})
	var se *SizeError
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !errors.As(errs[0], &se) || !se.AtLeast || se.Limit != 100 {
		t.Errorf("stdin beyond the limit left: errs %v", errs)
	}
	_, errs = ReadPaths([]string{a, a}, nil, ReadOptions{MaxBytes: 100})
	if len(errs) != 1 || !errors.As(errs[0], &se) || se.Size != 102 || se.AtLeast {
		t.Errorf("sizes beyond the limit: errs %v", errs)
	}
}
