package digest

import (
	"context"
	"strings"
	"testing"
)

func TestTextHeadline(t *testing.T) {
	terms := newSummarizer(t).Terms
	lead := "The Harwick Street Bridge in Port Ellery was closed on Monday after cracks were found in two steel beams."
	for _, tc := range []struct{ name, text, want string }{
		{"headline then lead", "Harwick Street Bridge closed after cracks found\n\n" + lead, "Harwick Street Bridge closed after cracks found"},
		{"masthead, menu, banner, byline first", "Ellery Tribune\nHome | News | Local\n\nWe use cookies to give you the best experience. By continuing you agree to our cookie policy.\n\nCracks close Harwick Street Bridge\n\nBy Marta Lind\n\nPublished 7:12 AM, March 3\n\n" + lead, "Cracks close Harwick Street Bridge"},
		{"a correction before the lead", "Harwick bridge shut after cracks found\n\nCorrection: An earlier version of this story misstated the year the bridge opened.\n\n" + lead, "Harwick bridge shut after cracks found"},
		{"the best of two", "Port Ellery news today\n\nBridge closed: cracks found in Harwick Street steel\n\n" + lead, "Bridge closed: cracks found in Harwick Street steel"},
		{"wire copy opens with its lead", lead + "\n\nThe bridge opened in 1962.", ""},
		{"a line the lead does not tell", "Skip to Content Facebook Feature Image\n\n" + lead, ""},
		{"a masthead in capitals", "THE PORT ELLERY HARWICK STREET BRIDGE NEWS\n\n" + lead, ""},
		{"no lead", "Harwick Street Bridge closed after cracks found\nHome\nNews\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := textHeadline(tc.text, terms); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHTMLHeadline(t *testing.T) {
	for _, tc := range []struct{ name, page, want string }{
		{"og:title first", `<html><head><title>T | Site</title><meta property="og:title" content="The &amp; headline"></head><body><h1>H1</h1></body></html>`, "The & headline"},
		{"then h1", `<html><head><title>Title words here | Site</title></head><body><h1>The <em>real</em>  headline</h1></body></html>`, "The real headline"},
		{"then title less the site", `<title>Bridge closes for repairs | Ellery Tribune</title>`, "Bridge closes for repairs"},
		{"a dash too", `<title>Bridge closes for repairs - Channel 9 News</title>`, "Bridge closes for repairs"},
		{"a title that is all site", `<title>Harbourline News</title>`, "Harbourline News"},
		{"none", `<p>No headline.</p>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := htmlHeadline([]byte(tc.page)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	// A Windows-1252 page: its title's apostrophe is decoded.
	if got, want := htmlFileHeadline("../testdata/html/02_skywatch-weekly.html"), "Amateur’s comet find confirmed by bureau"; got != want {
		t.Errorf("Windows-1252 page: %q, want %q", got, want)
	}
}

func TestStoryTitle(t *testing.T) {
	terms := newSummarizer(t).Terms
	brief := "The Harwick Street Bridge was closed on Monday after cracks were found in its beams."
	for _, tc := range []struct {
		name      string
		headlines []string
		want      string
	}{
		{"none", []string{"", ""}, ""},
		{"the commonest", []string{"Bridge shut", "Harwick Street Bridge closed after cracks found", "bridge SHUT!", ""}, "Bridge shut"},
		{"a tie: most shared with the brief", []string{"Traffic chaos in Port Ellery", "Harwick Street Bridge closed after cracks found"}, "Harwick Street Bridge closed after cracks found"},
		{"a full tie: the first", []string{"Bridge news one", "Bridge news two"}, "Bridge news one"},
		{"one line", []string{"Bridge\nclosed"}, "Bridge closed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := storyTitle(tc.headlines, brief, terms); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// How a story without a given title is named: the versions' headline;
// else, grouped, its brief's first sentence, which the brief then does not
// repeat; else its ID.
func TestRunTitles(t *testing.T) {
	s := newSummarizer(t)
	one := "The mayor of Dunmore resigned on Friday after twelve years in office, the council said."
	two := "An election for a successor will be held in May, and three candidates have already declared."
	page := Version{Document: version("p.html", one).Document, Headline: "Dunmore mayor resigns"}
	for _, tc := range []struct {
		name           string
		story          Story
		title, opening string
	}{
		{"a headline", Story{ID: "s", Versions: []Version{version("a.txt", "Dunmore mayor quits after twelve years\n\n"+one+" "+two)}}, "Dunmore mayor quits after twelve years", one},
		{"a page's own headline", Story{ID: "s", Versions: []Version{page}}, "Dunmore mayor resigns", one},
		{"a given title", Story{ID: "s", Title: "Mayor", Versions: []Version{page}}, "Mayor", one},
		{"grouped, no headline", Story{ID: "a.txt", Grouped: true, Versions: []Version{version("a.txt", one+" "+two)}}, one, two},
		{"grouped, one sentence", Story{ID: "a.txt", Grouped: true, Versions: []Version{version("a.txt", one)}}, "a.txt", one},
		{"a folder, no headline", Story{ID: "mayor", Versions: []Version{version("a.txt", one+" "+two)}}, "mayor", one},
		{"a headline that is the lead", Story{ID: "s", Versions: []Version{{Document: version("a.txt", one+" "+two).Document, Headline: one}}}, one, two},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := New(s, Options{Jobs: 1}).Run(context.Background(), []Story{tc.story})
			if err != nil || len(d.Briefed()) != 1 {
				t.Fatal(err, d.Problems())
			}
			r := d.Briefed()[0]
			if r.Title != tc.title || !strings.HasPrefix(r.Brief.Text(), tc.opening) {
				t.Errorf("title %q, brief %q; want %q and a brief opening %q", r.Title, r.Brief.Text(), tc.title, tc.opening)
			}
		})
	}
}
