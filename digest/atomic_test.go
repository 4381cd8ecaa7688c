package digest

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
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

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
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
		{"new", writeString("first"), nil, "first"},
		{"replace", writeString("second"), nil, "second"},
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
		})
	}
}

// An old file's mode is kept, whatever it is; a new file's is 0666 less
// the umask (the CLI's TestDigestOutUmask sets the umask).
func TestWriteFileKeepsMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "digest.md")
	for _, mode := range []os.FileMode{0o600, 0o640, 0o604, 0o444, 0o666} {
		if err := WriteFile(path, writeString("old")); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(path, writeString("new")); err != nil {
			t.Fatal(err)
		}
		if info, _ := os.Stat(path); info.Mode().Perm() != mode {
			t.Errorf("mode %v, want %v kept", info.Mode().Perm(), mode)
		}
	}
}

// A panic in write removes the temporary file too.
func TestWriteFilePanic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "digest.md")
	func() {
		defer func() { recover() }()
		WriteFile(path, func(w io.Writer) error { io.WriteString(w, "partial"); panic("render bug") })
	}()
	if names := entries(t, dir); len(names) != 0 {
		t.Errorf("folder holds %q after a panic", names)
	}
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "missing", "out.md"), writeString("x")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing folder: %v", err)
	}
	os.Mkdir(filepath.Join(dir, "taken"), 0o755)
	if err := WriteFile(filepath.Join(dir, "taken"), writeString("x")); !errors.Is(err, ErrNotRegular) {
		t.Errorf("writing over a folder: %v", err)
	}
	if names := entries(t, dir); len(names) != 1 || names[0] != "taken" {
		t.Errorf("folder holds %q, want taken alone", names)
	}
}

func TestTarget(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.md")
	os.WriteFile(file, []byte("x"), 0o644)
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	links := map[string]string{"link.md": "file.md", "chain.md": "link.md", "dangling.md": "missing.md", "to-folder": "folder"}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(dir, name)); err != nil {
			t.Skip(err)
		}
	}
	for _, tc := range []struct {
		name, want string
		err        error
	}{
		{"file.md", "file.md", nil},
		{"new.md", "new.md", nil},
		{"link.md", "file.md", nil},
		{"chain.md", "file.md", nil},
		{"dangling.md", "", ErrDanglingLink},
		{"folder", "", ErrNotRegular},
		{"to-folder", "", ErrNotRegular},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Target(filepath.Join(dir, tc.name))
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if tc.want != "" && got != filepath.Join(dir, tc.want) {
				t.Errorf("target %q, want %q", got, filepath.Join(dir, tc.want))
			}
		})
	}
}

func TestCheckOut(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string) string {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(rel), 0o644)
		return p
	}
	root := filepath.Join(dir, "root")
	version := write("root/story/v1.txt")
	title := write("root/story/title.txt")
	deep := write("root/story/old/v0.txt") // ReadRoot does not read this deep
	jsonl := write("day.jsonl")
	elsewhere := write("out/digest.md")
	hard := filepath.Join(dir, "out", "hard.md")
	if err := os.Link(version, hard); err != nil {
		t.Skip(err)
	}
	for _, tc := range []struct {
		name   string
		out    string
		inputs []string
		err    error
	}{
		{"a version", version, []string{root}, ErrIsInput},
		{"a title", title, []string{root}, ErrIsInput},
		{"a hard link to a version", hard, []string{root}, ErrIsInput},
		{"the jsonl file", jsonl, []string{jsonl}, ErrIsInput},
		{"the jsonl file by another path", filepath.Join(dir, "out", "..", "day.jsonl"), []string{jsonl}, ErrIsInput},
		{"below the story folders", deep, []string{root}, nil},
		{"elsewhere", elsewhere, []string{root, jsonl, "-"}, nil},
		{"new", filepath.Join(dir, "out", "new.md"), []string{root}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := CheckOut(tc.out, tc.inputs...); !errors.Is(err, tc.err) {
				t.Errorf("err %v, want %v", err, tc.err)
			}
		})
	}
}

func TestRemoveLeftovers(t *testing.T) {
	if !running(os.Getpid()) {
		t.Error("this process does not run")
	}
	for _, pid := range []int{0, -1, 1 << 30} { // never a single process
		if running(pid) {
			t.Errorf("process %d runs", pid)
		}
	}
	dir := t.TempDir()
	for _, name := range []string{".d.md.tmp-1073741824-1", ".d.md.tmp-99999999999", ".d.md.tmp-x", "d.md", ".e.md.tmp-1073741824-1"} {
		os.WriteFile(filepath.Join(dir, name), nil, 0o600)
	}
	removeLeftovers(dir, "d.md")
	if got, want := entries(t, dir), []string{".d.md.tmp-x", ".e.md.tmp-1073741824-1", "d.md"}; !slices.Equal(got, want) {
		t.Errorf("left %q, want %q", got, want)
	}
}
