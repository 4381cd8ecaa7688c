package digest

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"brief/summarize"
)

func version(name, text string) Version {
	return Version{Document: summarize.Document{Name: name, Text: text}}
}

// dayWithProblems is the day's three stories plus one of page furniture
// only, one with no versions and one with an unreadable version beside a
// good one.
func dayWithProblems(t *testing.T) []Story {
	t.Helper()
	stories, err := ReadRoot(context.Background(), dayRoot, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	bad := &summarize.InputError{Input: "x/broken.txt", Err: summarize.ErrBinary}
	return append(stories,
		Story{ID: "menu", Title: "Menu", Versions: []Version{version("m.txt", "Home\nNews\nSport\n")}},
		Story{ID: "lost", Errs: []error{bad}},
		Story{ID: "half", Title: "Half", Versions: []Version{version("h.txt", "The mayor of Dunmore resigned on Friday after twelve years in office, the council said.")}, Errs: []error{bad}},
	)
}

func TestRunFailuresKeepOthers(t *testing.T) {
	d, err := New(newSummarizer(t), Options{Jobs: 2}).Run(context.Background(), dayWithProblems(t))
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, r := range d.Stories {
		order = append(order, r.Title)
	}
	// Three versions first, then one, then none; by title within.
	want := []string{"Kestrel Bridge to close for six weeks of cable repairs", "millbrook-library", "velden-frost", "Half", "Menu", "lost"}
	if !reflect.DeepEqual(order, want) {
		t.Errorf("order %q\nwant %q", order, want)
	}
	problems := d.Problems()
	wantErrs := []error{summarize.ErrBinary, summarize.ErrNoContent, summarize.ErrBinary}
	if len(problems) != len(wantErrs) {
		t.Fatalf("problems %v", problems)
	}
	for i, p := range problems {
		var se *StoryError
		if !errors.As(p, &se) || !errors.Is(p, wantErrs[i]) {
			t.Errorf("problem %d: %v, want a *StoryError wrapping %v", i, p, wantErrs[i])
		}
	}
	if got, want := problems[1].Error(), `story "Menu": no prose left after removing noise`; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if got, want := d.Summary(), "4 stories from 10 versions; 1 version skipped; 2 failed: Menu; lost."; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
}

// The digest is the same bytes whatever the number of jobs.
func TestRunSameForAnyJobs(t *testing.T) {
	pile, _ := testPile(t)
	s := newSummarizer(t)
	grouped, err := Group(context.Background(), pile, s.Terms, GroupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	stories := append(grouped, dayWithProblems(t)...)
	render := func(jobs int) map[Format]string {
		d, err := New(s, Options{Jobs: jobs}).Run(context.Background(), stories)
		if err != nil {
			t.Fatal(err)
		}
		out := map[Format]string{}
		for _, f := range []Format{Markdown, HTML, JSON} {
			var b bytes.Buffer
			if err := d.Write(&b, f); err != nil {
				t.Fatal(err)
			}
			out[f] = b.String()
		}
		return out
	}
	one := render(1)
	for _, jobs := range []int{4, 16} {
		got := render(jobs)
		for f, want := range one {
			if got[f] != want {
				t.Errorf("format %d: %d jobs differ from 1 job", f, jobs)
			}
		}
	}
	// The grouped seed story leads (five versions) under the headline of
	// its versions that shares most with its brief.
	if !strings.Contains(one[Markdown], "\n## Kazakhstan will join the Abraham Accords with Israel in symbolic move to boost the Trump initiative\n") {
		t.Errorf("seed story heading missing:\n%s", one[Markdown])
	}
}

func TestRunProgressAndCancel(t *testing.T) {
	stories, _ := ReadRoot(context.Background(), dayRoot, ReadOptions{})
	calls := 0
	_, err := New(newSummarizer(t), Options{Jobs: 3, Progress: func() { calls++ }}).Run(context.Background(), stories)
	if err != nil || calls != len(stories) {
		t.Errorf("err %v, %d progress calls, want %d", err, calls, len(stories))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(newSummarizer(t), Options{}).Run(ctx, stories); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: %v", err)
	}
}

func TestSources(t *testing.T) {
	r := Result{
		Story: Story{Versions: []Version{version("a", ""), version("b", ""), version("c", "")}},
		Brief: &summarize.Brief{Sentences: []summarize.Selected{
			{Support: []string{"a", "b"}}, {Support: []string{"a"}}, {Support: []string{"a", "b"}},
		}},
	}
	r.Versions[1].URL = "https://example.com/b"
	want := []Source{{Name: "a", Supports: 3}, {Name: "b", URL: "https://example.com/b", Supports: 2}, {Name: "c"}}
	if got := r.Sources(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		err  error
	}{
		{"markdown", Markdown, nil}, {"md", Markdown, nil}, {"html", HTML, nil}, {"json", JSON, nil}, {"xml", 0, ErrFormat},
	} {
		got, err := ParseFormat(tc.in)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}
