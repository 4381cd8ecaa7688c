package digest

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"brief/summarize"
)

// storyShape is what a test checks of a gathered story.
type storyShape struct {
	ID, Title string
	Versions  []string
	Errs      []error // matched with errors.Is, in order
}

func shapeOf(stories []Story) []storyShape {
	var out []storyShape
	for _, s := range stories {
		sh := storyShape{ID: s.ID, Title: s.Title}
		for _, v := range s.Versions {
			sh.Versions = append(sh.Versions, v.Name)
		}
		sh.Errs = s.Errs
		out = append(out, sh)
	}
	return out
}

func checkShapes(t *testing.T, got []Story, want []storyShape) {
	t.Helper()
	g := shapeOf(got)
	if len(g) != len(want) {
		t.Fatalf("%d stories %+v, want %d", len(g), g, len(want))
	}
	for i := range want {
		gi, wi := g[i], want[i]
		if gi.ID != wi.ID || gi.Title != wi.Title || !reflect.DeepEqual(gi.Versions, wi.Versions) {
			t.Errorf("story %d: %q %q %q, want %q %q %q", i, gi.ID, gi.Title, gi.Versions, wi.ID, wi.Title, wi.Versions)
		}
		if len(gi.Errs) != len(wi.Errs) {
			t.Errorf("story %d errors %v, want %v", i, gi.Errs, wi.Errs)
			continue
		}
		for k := range wi.Errs {
			if !errors.Is(gi.Errs[k], wi.Errs[k]) {
				t.Errorf("story %d error %d: %v, want %v", i, k, gi.Errs[k], wi.Errs[k])
			}
		}
	}
}

func TestReadRoot(t *testing.T) {
	stories, err := ReadRoot(dayRoot)
	if err != nil {
		t.Fatal(err)
	}
	checkShapes(t, stories, []storyShape{
		{"kestrel-bridge", "Kestrel Bridge to close for six weeks of cable repairs", []string{"bridge-1.txt", "bridge-2.txt", "bridge-3.txt"}, nil},
		{"millbrook-library", "millbrook-library", []string{"library-1.txt", "library-2.txt", "library-3.txt"}, nil},
		{"velden-frost", "velden-frost", []string{"frost-1.txt", "frost-2.txt", "frost-3.txt"}, nil},
	})
}

func TestReadRootProblems(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) {
		path := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/one.txt", "The council met on Monday and voted to rebuild the old bridge.")
	write("a/two.txt", " \n ")
	write("a/title.txt", "\n  A   title \nsecond line\n")
	write("b/notes.png", "\x89PNG")
	write(".hidden/x.txt", "Not a story.")
	write("loose.txt", "Not a story either.")
	stories, err := ReadRoot(root)
	if err != nil {
		t.Fatal(err)
	}
	checkShapes(t, stories, []storyShape{
		{"a", "A title", []string{"one.txt"}, []error{summarize.ErrEmpty}},
		{"b", "b", nil, []error{summarize.ErrNoText}},
	})

	empty := t.TempDir()
	if _, err := ReadRoot(empty); !errors.Is(err, ErrNoStories) {
		t.Errorf("empty root: %v, want ErrNoStories", err)
	}
	if _, err := ReadRoot(filepath.Join(empty, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing root: %v, want fs.ErrNotExist", err)
	}
}

const jsonlInput = `{"story": "bridge", "title": "Bridge closes", "docs": [{"name": "a", "text": "The bridge closes."}, {"name": "b", "html": "<html><body><article><p>The bridge will close on Monday for repairs, officials said in a statement on Friday.</p></article></body></html>", "url": "https://example.com/b", "published": "2026-03-01"}]}

{"story": 7, "docs": [{"text": "Seven."}, {"text": "Seven again."}]}
not json
{"title": "no id", "docs": [{"name": "x", "text": "X."}]}
{"story": "bridge", "docs": [{"name": "a", "text": "Again a."}, {"name": "c", "text": "C.", "html": "<p>C</p>"}]}
{"story": "empty", "docs": []}
`

func TestReadJSONL(t *testing.T) {
	want := []storyShape{
		{"bridge", "Bridge closes", []string{"a", "b", "a (2)"}, []error{ErrDocText}},
		{"7", "7", []string{"doc 1", "doc 2"}, nil},
		{"in:4", "in:4", nil, []error{ErrLine}},
		{"in:5", "in:5", nil, []error{ErrNoStoryID}},
		{"empty", "empty", nil, []error{ErrNoDocs}},
	}
	for name, r := range map[string]io.Reader{
		"whole":      strings.NewReader(jsonlInput),
		"byte":       iotest.OneByteReader(strings.NewReader(jsonlInput)),
		"half":       iotest.HalfReader(strings.NewReader(jsonlInput)),
		"no newline": strings.NewReader(strings.TrimSuffix(jsonlInput, "\n")),
	} {
		t.Run(name, func(t *testing.T) {
			stories, err := ReadJSONL(r, "in")
			if err != nil {
				t.Fatal(err)
			}
			checkShapes(t, stories, want)
			if len(stories) > 0 {
				b := stories[0].Versions[1]
				if b.URL != "https://example.com/b" || b.Published != "2026-03-01" || !strings.Contains(b.Text, "The bridge will close on Monday") {
					t.Errorf("html doc: %+v", b)
				}
			}
		})
	}
}

func TestReadJSONLErrors(t *testing.T) {
	if _, err := ReadJSONL(strings.NewReader("\n\n"), "in"); !errors.Is(err, ErrNoStories) {
		t.Errorf("blank input: %v, want ErrNoStories", err)
	}
	boom := errors.New("boom")
	if _, err := ReadJSONL(iotest.ErrReader(boom), "in"); !errors.Is(err, boom) {
		t.Errorf("read error: %v, want it wrapped", err)
	}
}

func TestReadJSONLPile(t *testing.T) {
	pile, errs, err := ReadJSONLPile(strings.NewReader(jsonlInput), "in")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, v := range pile {
		names = append(names, v.Name)
	}
	// Story ids are not read: the line without one still counts.
	if want := []string{"a", "b", "doc 1", "doc 2", "x", "a (2)"}; !reflect.DeepEqual(names, want) {
		t.Errorf("pile %q, want %q", names, want)
	}
	if len(errs) != 3 || !errors.Is(errs[0], ErrLine) || !errors.Is(errs[1], ErrDocText) || !errors.Is(errs[2], ErrNoDocs) {
		t.Errorf("errors %v: want bad JSON, ErrDocText, ErrNoDocs", errs)
	}
}
