package digest

import (
	"context"
	"errors"
	"fmt"
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
	stories, err := ReadRoot(context.Background(), dayRoot, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkShapes(t, stories, []storyShape{
		{"kestrel-bridge", "Kestrel Bridge to close for six weeks of cable repairs", []string{"bridge-1.txt", "bridge-2.txt", "bridge-3.txt"}, nil},
		{"millbrook-library", "", []string{"library-1.txt", "library-2.txt", "library-3.txt"}, nil},
		{"velden-frost", "", []string{"frost-1.txt", "frost-2.txt", "frost-3.txt"}, nil},
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
	stories, err := ReadRoot(context.Background(), root, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkShapes(t, stories, []storyShape{
		{"a", "A title", []string{"one.txt"}, []error{summarize.ErrEmpty}},
		{"b", "", nil, []error{summarize.ErrNoText}},
	})

	empty := t.TempDir()
	if _, err := ReadRoot(context.Background(), empty, ReadOptions{}); !errors.Is(err, ErrNoStories) {
		t.Errorf("empty root: %v, want ErrNoStories", err)
	}
	if _, err := ReadRoot(context.Background(), filepath.Join(empty, "missing"), ReadOptions{}); !errors.Is(err, fs.ErrNotExist) {
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
		{"7", "", []string{"doc 1", "doc 2"}, nil},
		{"in:4", "", nil, []error{ErrLine}},
		{"in:5", "", nil, []error{ErrNoStoryID}},
		{"empty", "", nil, []error{ErrNoDocs}},
	}
	for name, r := range map[string]io.Reader{
		"whole":      strings.NewReader(jsonlInput),
		"byte":       iotest.OneByteReader(strings.NewReader(jsonlInput)),
		"half":       iotest.HalfReader(strings.NewReader(jsonlInput)),
		"no newline": strings.NewReader(strings.TrimSuffix(jsonlInput, "\n")),
	} {
		t.Run(name, func(t *testing.T) {
			stories, err := ReadJSONL(context.Background(), r, "in", ReadOptions{})
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
	if _, err := ReadJSONL(context.Background(), strings.NewReader("\n\n"), "in", ReadOptions{}); !errors.Is(err, ErrNoStories) {
		t.Errorf("blank input: %v, want ErrNoStories", err)
	}
	boom := errors.New("boom")
	if _, err := ReadJSONL(context.Background(), iotest.ErrReader(boom), "in", ReadOptions{}); !errors.Is(err, boom) {
		t.Errorf("read error: %v, want it wrapped", err)
	}
}

func TestReadJSONLPile(t *testing.T) {
	pile, errs, err := ReadJSONLPile(context.Background(), strings.NewReader(jsonlInput), "in", ReadOptions{})
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

// A story beyond MaxBytes fails alone, unread; the limit is per story, not
// on the day (the three stories together are over it).
func TestReadRootMaxBytes(t *testing.T) {
	root := t.TempDir()
	for _, f := range must(filepath.Glob(dayRoot + "/*/*")) {
		rel := must(filepath.Rel(dayRoot, f))
		os.MkdirAll(filepath.Join(root, filepath.Dir(rel)), 0o755)
		os.WriteFile(filepath.Join(root, rel), must(os.ReadFile(f)), 0o644)
	}
	os.Mkdir(filepath.Join(root, "big"), 0o755)
	os.WriteFile(filepath.Join(root, "big", "v.txt"), []byte(strings.Repeat("The council met again. ", 200)), 0o644)
	stories, err := ReadRoot(context.Background(), root, ReadOptions{MaxBytes: 2500})
	if err != nil {
		t.Fatal(err)
	}
	checkShapes(t, stories, []storyShape{
		{"big", "", nil, []error{summarize.ErrTooLarge}},
		{"kestrel-bridge", "Kestrel Bridge to close for six weeks of cable repairs", []string{"bridge-1.txt", "bridge-2.txt", "bridge-3.txt"}, nil},
		{"millbrook-library", "", []string{"library-1.txt", "library-2.txt", "library-3.txt"}, nil},
		{"velden-frost", "", []string{"frost-1.txt", "frost-2.txt", "frost-3.txt"}, nil},
	})
	if got, want := stories[0].Errs[0].Error(), filepath.Join(root, "big")+": input beyond the size limit: 4600 bytes, the limit is 2500"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A line beyond MaxBytes fails alone, and so does a story whose lines
// together are beyond it; the input in all may be larger.
func TestReadJSONLMaxBytes(t *testing.T) {
	line := func(id, text string) string {
		return `{"story": "` + id + `", "docs": [{"text": "` + text + `"}]}` + "\n"
	}
	small := "The bridge closes on Monday."
	input := line("a", small) + line("b", strings.Repeat("Long. ", 40)) + line("c", small) + line("c", small) + line("c", small) + line("d", small)
	want := []storyShape{
		{"a", "", []string{"doc 1"}, nil},
		{"in:2", "", nil, []error{summarize.ErrTooLarge}},
		{"c", "", nil, []error{summarize.ErrTooLarge}},
		{"d", "", []string{"doc 1"}, nil},
	}
	for name, r := range map[string]func() io.Reader{
		"whole": func() io.Reader { return strings.NewReader(input) },
		"byte":  func() io.Reader { return iotest.OneByteReader(strings.NewReader(input)) },
	} {
		t.Run(name, func(t *testing.T) {
			stories, err := ReadJSONL(context.Background(), r(), "in", ReadOptions{MaxBytes: 150})
			if err != nil {
				t.Fatal(err)
			}
			checkShapes(t, stories, want)
			for i, msg := range map[int]string{
				1: "in:2: input beyond the size limit: 279 bytes, the limit is 150",
				2: "in: input beyond the size limit: 201 bytes, the limit is 150",
			} {
				if got := stories[i].Errs[0].Error(); got != msg {
					t.Errorf("story %d: %q, want %q", i, got, msg)
				}
			}
		})
	}
	// A pile is limited in all.
	if _, _, err := ReadJSONLPile(context.Background(), strings.NewReader(input), "in", ReadOptions{MaxBytes: 600}); !errors.Is(err, summarize.ErrTooLarge) {
		t.Errorf("pile beyond the limit: %v", err)
	}
	if pile, _, err := ReadJSONLPile(context.Background(), strings.NewReader(input), "in", ReadOptions{MaxBytes: int64(len(input))}); err != nil || len(pile) != 6 {
		t.Errorf("pile at the limit: %d articles, %v", len(pile), err)
	}
}

func TestReadPileMaxBytes(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte(strings.Repeat("The council met. ", 10)), 0o644)
	}
	if _, _, err := ReadPile(context.Background(), dir, ReadOptions{MaxBytes: 500}); !errors.Is(err, summarize.ErrTooLarge) {
		t.Errorf("pile of 510 bytes, limit 500: %v", err)
	}
	if pile, errs, err := ReadPile(context.Background(), dir, ReadOptions{MaxBytes: 510}); err != nil || len(pile) != 3 || len(errs) != 0 {
		t.Errorf("pile at the limit: %d articles, %v, %v", len(pile), errs, err)
	}
}

// The readers stop when their context is done.
func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadRoot(ctx, dayRoot, ReadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadRoot: %v", err)
	}
	if _, _, err := ReadPile(ctx, "../testdata/kazakhstan", ReadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadPile: %v", err)
	}
	if _, err := ReadJSONL(ctx, strings.NewReader(jsonlInput), "in", ReadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadJSONL: %v", err)
	}
	if _, _, err := ReadJSONLPile(ctx, strings.NewReader(jsonlInput), "in", ReadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadJSONLPile: %v", err)
	}
}
