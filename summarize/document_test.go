package summarize

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("story/b.txt", "Second version.")
	write("story/a.md", "\xEF\xBB\xBFFirst version.")
	write("story/skip.jpg", "not text")
	write("story/README.md", "Notes on the story.")
	write("story/title.txt", "The title")
	write("story/reference.txt", "A reference brief.")
	write("other/a.md", "Another a.")
	empty := write("empty.txt", " \n\t\n")
	latin := write("latin.txt", "caf\xe9 \x93quoted\x94")
	binary := write("image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	utf16 := write("utf16.txt", "\xff\xfeH\x00i\x00.\x00")
	os.MkdirAll(filepath.Join(dir, "nothing"), 0o755)

	docs, errs := ReadPaths([]string{
		filepath.Join(dir, "story"), "-", filepath.Join(dir, "other", "a.md"),
		filepath.Join(dir, "missing.txt"), empty, latin, binary, utf16, filepath.Join(dir, "nothing"),
	}, strings.NewReader("From stdin."), ReadOptions{})

	var got []string
	for _, d := range docs {
		got = append(got, d.Name+"="+d.Text)
	}
	want := []string{
		filepath.Join(dir, "story", "a.md") + "=First version.",
		"b.txt=Second version.",
		"stdin=From stdin.",
		filepath.Join(dir, "other", "a.md") + "=Another a.",
		"latin.txt=café “quoted”",
		"utf16.txt=Hi.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("documents:\n got %q\nwant %q", got, want)
	}

	wantErrs := []struct {
		input string
		err   error
	}{
		{filepath.Join(dir, "missing.txt"), fs.ErrNotExist},
		{empty, ErrEmpty},
		{binary, ErrBinary},
		{filepath.Join(dir, "nothing"), ErrNoText},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors: %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		var ie *InputError
		if !errors.As(errs[i], &ie) || ie.Input != w.input || !errors.Is(errs[i], w.err) {
			t.Errorf("error %d = %v, want %s: %v", i, errs[i], w.input, w.err)
		}
	}
}
