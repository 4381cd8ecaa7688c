package digest

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// entries lists a folder's file names.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "digest.md")
	boom := errors.New("boom")
	for _, tc := range []struct {
		name  string
		write func(io.Writer) error
		err   error
		want  string // the file's content afterwards
	}{
		{"new", func(w io.Writer) error { _, err := io.WriteString(w, "first"); return err }, nil, "first"},
		{"replace", func(w io.Writer) error { _, err := io.WriteString(w, "second"); return err }, nil, "second"},
		{"fails midway", func(w io.Writer) error { io.WriteString(w, "partial"); return boom }, boom, "second"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := WriteFile(path, tc.write); !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			got, err := os.ReadFile(path)
			if err != nil || string(got) != tc.want {
				t.Errorf("file %q (%v), want %q", got, err, tc.want)
			}
			if names := entries(t, dir); len(names) != 1 {
				t.Errorf("folder holds %q, want the digest alone", names)
			}
			if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 {
				t.Errorf("mode %v, want 0644", info.Mode())
			}
		})
	}
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	ok := func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }
	if err := WriteFile(filepath.Join(dir, "missing", "out.md"), ok); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing folder: %v", err)
	}
	// A folder in the way: the rename fails and the temporary file goes.
	os.Mkdir(filepath.Join(dir, "taken"), 0o755)
	if err := WriteFile(filepath.Join(dir, "taken"), ok); err == nil {
		t.Error("writing over a folder succeeded")
	}
	if names := entries(t, dir); len(names) != 1 || names[0] != "taken" {
		t.Errorf("folder holds %q, want taken alone", names)
	}
}
