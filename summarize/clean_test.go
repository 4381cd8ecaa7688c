package summarize

import (
	"slices"
	"strings"
	"testing"
)

// cleanPage segments and cleans text and returns each sentence with its
// noise label.
func cleanPage(t *testing.T, text string) ([]Sentence, []Noise) {
	t.Helper()
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	lay := layOut(text, nil)
	sents := seg.split(0, lay)
	noise := make([]Noise, len(sents))
	clean(lay.text, sents, noise)
	return sents, noise
}

func TestCleanLabels(t *testing.T) {
	story := "The city council approved the new budget on Monday after a long debate."
	for _, tc := range []struct {
		name string
		page string // the line under test follows the story paragraph
		want Noise
	}{
		{"menu line", "Home Politics Sport Weather", NotProse},
		{"headline", "Council Approves Budget After Long Debate", NotProse},
		{"timestamp", "2024-03-04 10:15 Updated: 11:02", NotProse},
		{"short fragment", "Read more.", NotProse},
		{"all caps", "THIS IS A BREAKING STORY NOW!", NotProse},
		{"heading question", "What happens next?", NotProse},
		{"caption credit", "The mayor speaks to reporters outside city hall. (Jane Doe/Local Images)", Caption},
		{"caption photo", "Protesters gather on Main Street. (AP Photo/John Roe)", Caption},
		{"caption picture", "The mayor waves to the crowd after the vote. (Picture: Getty)", Caption},
		{"caption credit with initial", "Destroyed homes burned to the ground after the fire. Photo: Patrick T. Fallon/Agency via Pictures", Caption},
		{"kept pictured", "The mayor (pictured) waves to the crowd after the vote (her first).", Kept},
		{"byline", "By Jane Doe and John Roe", Byline},
		{"bio", "Jane Doe is a senior political reporter for the Daily Planet. She covers city hall.", Bio},
		{"bio without article", "Jane Doe is chief reporter at The Daily Planet and has covered the city for ten years.", Bio},
		{"bio possessive", "John Roe is the Daily Planet’s science correspondent.", Bio},
		{"bio covers", "Jane Doe covers county government for the Daily Planet.", Bio},
		{"bio of the author", "The author is an editorial writer at the Daily Planet.", Bio},
		{"kept official is", "Mayor Jane Doe is a former teacher who took office in 2019.", Kept},
		{"correction", "Correction: An earlier version of this article misstated the date of the vote.", Correction},
		{"print correction", "Ferry sinking: In Friday's Section A, an article about the ferry that sank off Varno misquoted a witness as saying she saw the wave. She said she did not see it.", Correction},
		{"print correction, should have", "A story in the May 12 Sports section should have said that Halvorsen won the final.", Correction},
		{"print correction, regret", "The times of the sailings were wrong in an earlier listing. We regret the error.", Correction},
		{"a report's finding", "A government report said officials should have noted the risk of a collapse.", Kept},
		{"a denial", "The minister said the claim was false and that he had never met the buyer.", Kept},
		{"correction inline", "This story has been corrected to show that the vote was seven to two.", Correction},
		{"copyright", "Copyright 2024 Daily Planet. All rights reserved.", Boilerplate},
		{"copyright sign", "© 2024 Example Media Group, all rights reserved.", Boilerplate},
		{"newsletter", "Get the morning briefing in your inbox. Sign up for our newsletter today.", Boilerplate},
		{"url", "Read the full budget at https://example.org/budget today.", URL},
		{"cookie banner", "We use cookies to give you the best experience. By continuing you agree to our cookie policy.", Boilerplate},
		{"cookie notice", "Our website uses cookies. Read our cookie notice to learn more.", Boilerplate},
		{"paywall", "Sign in to read on! Registered users get 2 free articles in 30 days. Subscribers have full unlimited access to the site.", Boilerplate},
		{"inspectors", "Iran agreed to give UN inspectors unlimited access to its nuclear sites, the agency said.", Kept},
		{"deadline", "The council extended the sign-up deadline for the scheme to March.", Kept},
		{"consent notice", "We use your sign-up to provide content in ways you've consented to. You can unsubscribe at any time.", Boilerplate},
		{"photo label", "Photo: Smoke rises over the library roof. (Valley Gazette)", Caption},
		{"support plea", "Your support makes all the difference.", Boilerplate},
		{"browser notice", "IE 11 is not supported. For an optimal experience visit our site on another browser.", Boilerplate},
		{"sharing widget", "Your article was successfully shared with the contacts you provided.", Boilerplate},
		{"comment form", "Please enter your comment!", Boilerplate},
		{"comment form, reply", "Leave a Reply", Boilerplate},
		{"print edition prompt", "You can view today's paper or previous issues.", Boilerplate},
		{"archived page", "This is an archived article and the information in the article may be outdated.", Boilerplate},
		{"archived page, time stamp", "Please look at the time stamp on the story to see when it was last updated.", Boilerplate},
		{"archives in the story", "The council archived the records in 2019.", Kept},
		{"the e-edition", "Subscribers can read the e-edition from 5 a.m.", Boilerplate},
		{"an issue in the story", "The council said previous budgets had caused problems.", Kept},
		{"a reply in the story", "The mayor did not leave a reply to the letter.", Kept},
		{"share this story", "Share this story with your friends.", Boilerplate},
		{"shared prose", "The video was shared widely on social media.", Kept},
		{"kept not supported", "The plan is not supported by the council, the mayor said on Monday.", Kept},
		{"trigger warning", "Trigger warning: The article contains a reference to a tragic accident.", Note},
		{"content warning", "Content warning – this story describes violence.", Note},
		{"kept warning", "Trigger warnings were added to the course, the university said.", Kept},
		{"first report passive", "The crash was first reported by a news agency citing the rescue service.", Note},
		{"first report active", "A celebrity news site first reported the death on Sunday afternoon.", Note},
		{"first report content", "The paper first reported that the council would close the library.", Kept},
		{"first report of", "The first reports of smoke in the tunnel came in at 00:54.", Kept},
		{"this photo", "This satellite photo from Planet Labs shows the ship stuck in the canal on Monday.", Caption},
		{"in this image", "In this image taken from video, smoke rises over the port of the city.", Caption},
		{"this photo in prose", "This photograph was taken by a resident minutes after the blast, police said.", Caption},
		{"donation plea", "Donate to Valley Public Radio today.", Boilerplate},
		{"journalism plea", "Support independent journalism: become a member for $5 a month.", Boilerplate},
		{"donation news", "Residents were urged to donate blood at the town hall on Friday.", Kept},
		{"timestamp with abbreviation", "Updated: 11:30 AM EST Mar. 4, 2025.", NotProse},
		{"published stamp", "Published 3:04 PM EST, Tue March 4, 2025.", NotProse},
		{"kept time in prose", "The polls closed at 8:00 pm and counting began at once in every ward of the city.", Kept},
		{"kept prose", "The vote was seven to two, with two members absent from the chamber.", Kept},
		{"kept question in prose", "Will the plan work? Officials said they expect savings within two years.", Kept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents, noise := cleanPage(t, story+"\n\n"+tc.page+"\n")
			if noise[0] != Kept {
				t.Fatalf("story sentence labelled %q", noise[0])
			}
			for i := 1; i < len(sents); i++ {
				if noise[i] != tc.want {
					t.Errorf("sentence %q labelled %q, want %q", sents[i].Text, noise[i], tc.want)
				}
			}
		})
	}
}

func TestCleanRepeatedBlocks(t *testing.T) {
	caption := "A crowd waits outside the stadium before the final match of the season."
	page := caption + "\n\nThe club said ticket sales had doubled since last year.\n\n" + caption + "\n"
	sents, noise := cleanPage(t, page)
	want := []Noise{Repeated, Kept, Repeated}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(sents), len(want))
	}
	for i := range want {
		if noise[i] != want[i] {
			t.Errorf("sentence %d %q: %q, want %q", i, sents[i].Text, noise[i], want[i])
		}
	}
}

func TestTrimLead(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"date 2025-11-06 WASHINGTON — The senate voted on Friday.", "The senate voted on Friday."},
		{"LONDON (Reuters) - Shares fell sharply on Tuesday.", "Shares fell sharply on Tuesday."},
		{"NEW YORK (AP) — Prices rose again in March.", "Prices rose again in March."},
		{"PORT ELLERY, March 3 (Coastal Press Network) - A bridge was closed.", "A bridge was closed."},
		{"KILBRIDE, June 12 (Broadcast News Service) - Ferry workers struck.", "Ferry workers struck."},
		{"2024-01-02 The report was published.", "The report was published."},
		{"NASA said the launch went well.", "NASA said the launch went well."},
		{",  Battery life is weeks at a time.", "Battery life is weeks at a time."},
		{">> Better battery life, far better.", "Better battery life, far better."},
		{"• Prices rose again in March.", "Prices rose again in March."},
		{", and then it rained.", ", and then it rained."},
		{"US — and its allies — agreed.", "US — and its allies — agreed."},
	} {
		s := Sentence{Text: tc.in, Start: 10}
		trimLead(&s, true, false)
		if s.Text != tc.want {
			t.Errorf("trimLead(%q) = %q, want %q", tc.in, s.Text, tc.want)
		}
		if s.Start != 10+strings.Index(tc.in, tc.want) {
			t.Errorf("trimLead(%q): start %d, want %d", tc.in, s.Start, 10+strings.Index(tc.in, tc.want))
		}
	}
}

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " two  words ", "tab\tand\nnewline", "nbsp\u00a0splits", "a — b"} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b", "one two three."} {
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// The byte-wise fast paths agree with the rune-wise definitions.
func TestWordsAndFoldingMatchFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", "  two  words ", "tab\tand\nnewline", "no\u00a0break\u2003em space",
		"é accents ü", "trailing\u0085", "a  b", "Copyright © 2025",
	} {
		fields := strings.Fields(s)
		if got := countWords(s); got != len(fields) {
			t.Errorf("countWords(%q) = %d, want %d", s, got, len(fields))
		}
		if got, want := foldSpace(s), strings.Join(fields, " "); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
		for n := 0; n < 4; n++ {
			if got := hasWords(s, n); got != (len(fields) >= n) {
				t.Errorf("hasWords(%q, %d) = %v", s, n, got)
			}
		}
		if got, want := firstFields(s, 2), fields[:min(2, len(fields))]; !slices.Equal(got, want) {
			t.Errorf("firstFields(%q, 2) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"Plain prose here.", "COPYRIGHT 2025", "Sign Up now", "© AP", "we may NOT BE", "Subscrib", "newsletters",
		"CORRECTION: an earlier", "Editor’s note", "the Earlier Version", "corrections", "PHOTO: Jane", "Watch the Video below",
		"a click and a Credit line", "Copyright and corrected"} {
		checkFind(t, s)
	}
	// Every word, alone, at a block's end and in capitals: the three bytes
	// looked at first must not hide one.
	for _, w := range pageWords.words {
		for _, s := range []string{w, "the " + w, strings.ToUpper(w) + ".", "x" + w[:len(w)-1]} {
			checkFind(t, s)
		}
	}
}

// checkFind checks pageWords.find against a plain search for each word.
func checkFind(t *testing.T, s string) {
	t.Helper()
	{
		var want uint8
		for k, w := range pageWords.words {
			if strings.Contains(strings.ToLower(s), w) {
				want |= pageWords.fams[k]
			}
		}
		if got := pageWords.find(s); got != want {
			t.Errorf("pageWords.find(%q) = %04b, want %04b", s, got, want)
		}
	}
}

func TestCountFolded(t *testing.T) {
	blocks := []string{"A caption here.", " A  caption\nhere. ", "A caption here!", "Another block.", "A caption\there."}
	want := []int{3, 3, 1, 1, 3}
	if got := countFolded(blocks); !slices.Equal(got, want) {
		t.Errorf("countFolded = %v, want %v", got, want)
	}
	for _, b := range append(blocks, "", "  ", "a b", "é ü  end", strings.Repeat("long  text ", 9)) {
		if endsOf(b) != endsOf(foldSpace(b)) {
			t.Errorf("endsOf(%q) differs from the ends of its folded text", b)
		}
	}
}

// A sentence a page sets above its story and says again further on is
// a teaser's copy: the first is repeated, the one in the story kept.
func TestTeaserCopies(t *testing.T) {
	page := "The port authority has agreed to lend the ferry company 40 million euros as part of the rescue, officials said.\n\n" +
		"The ferry company will be bought by its rival Nordline for 12 million euros, the two firms said on Sunday.\n\n" +
		"Nordline will keep all four routes. The port authority has agreed to lend the ferry company 40 million euros as part of the rescue, officials said.\n\n" +
		"Watch the video below. The deal still needs approval. Watch the video below.\n"
	sents, noise := cleanPage(t, page)
	want := map[int]Noise{0: Repeated, 1: Kept, 2: Kept, 3: Kept}
	for i, w := range want {
		if noise[i] != w {
			t.Errorf("%q labelled %q, want %q", sents[i].Text, noise[i], w)
		}
	}
	for i, s := range sents {
		if strings.HasPrefix(s.Text, "Watch") && noise[i] == Repeated {
			t.Errorf("the short line %q (%d) is taken for a copy", s.Text, i)
		}
	}
}

func TestNoComment(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want Noise
	}{
		{"Credit Suisse and UBS declined to comment.", Boilerplate},
		{"The company did not immediately respond to a request for comment.", Boilerplate},
		{"A spokesman for the ministry could not be reached for comment on Sunday.", Boilerplate},
		{"Representatives for the singer were not immediately available for comment.", Boilerplate},
		{"The White House declined to comment on the report, which said the talks had stalled over the price of the grain the two sides had agreed in March.", Kept},
		{"The minister's comment drew criticism from the opposition.", Kept},
		{"Newshub's live updates have finished.", Teaser},
		{"This live blog has now ended.", Teaser},
		{"Live television coverage showed crowds outside the court.", Kept},
		{"She said the live coverage had ended abruptly after the crash.", Kept},
		{"Putin declined to comment on whether Russia would invade next week.", Kept},
		{"The company declined to comment on Sunday.", Boilerplate},
	} {
		if got := sentenceNoise(tc.s, false, pageWords.find(tc.s)); got != tc.want {
			t.Errorf("sentenceNoise(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestCreditRunIn checks a page's captions run together in one paragraph,
// each credit before the next caption: the sentence that opens with the
// credit is a caption, the one before it is kept.
func TestCreditRunIn(t *testing.T) {
	story := "The city council approved the new budget on Monday after a long debate."
	sents, noise := cleanPage(t, story+"\n\nThe four-lane bridge collapsed after it was hit by the vessel. "+
		"Credit: via CNN Newsource The bridge is an essential link of the city's ring road.\n")
	want := []Noise{Kept, Kept, Caption}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(sents), len(want))
	}
	for i := range want {
		if noise[i] != want[i] {
			t.Errorf("sentence %q labelled %q, want %q", sents[i].Text, noise[i], want[i])
		}
	}
	for _, s := range []string{"Credits: Jane Doe The mayor speaks.", "Photo credit: Jane Doe The mayor speaks.", "Image courtesy: The museum."} {
		if !opensWithCredit(s) {
			t.Errorf("opensWithCredit(%q) = false", s)
		}
	}
	for _, s := range []string{"Credit card debt rose by 4% in May.", "Photographers crowded the steps."} {
		if opensWithCredit(s) {
			t.Errorf("opensWithCredit(%q) = true", s)
		}
	}
}

func TestPresentYesterday(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Rescuers search the wreck of the Maren for survivors yesterday.", true},
		{"A diver checks the hull near Varno yesterday.", true},
		{"Rescuers found two more bodies yesterday.", false},
		{"Police say the man fled the scene yesterday.", false},
		{"The council voted yesterday to close the library.", false},
		{"Shares in Northwind rose 5% yesterday.", false},
		{"Firefighters are fighting the blaze yesterday.", false},
		{"Rescuers search the wreck for survivors.", false},
	} {
		if got := presentYesterday(tc.s); got != tc.want {
			t.Errorf("presentYesterday(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestOpensWithImageFile(t *testing.T) {
	for s, want := range map[string]bool{
		"180710-rescue-top-620.jpg Thais celebrate after the rescue.": true,
		"IMG_2041.JPEG Crowds gather in the square.":                  true,
		"The file was named rescue.jpg by the agency.":                false,
		".jpg files were shared.":                                     false,
	} {
		if got := opensWithImageFile(s); got != want {
			t.Errorf("opensWithImageFile(%q) = %v, want %v", s, got, want)
		}
	}
}
