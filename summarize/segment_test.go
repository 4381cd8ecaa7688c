package summarize

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
)

func TestSplitOffsets(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	text := "Title line\n\nWASHINGTON — The first sentence. The second one, with “a quote.” A third?\nAnother paragraph here."
	got := seg.split(3, layOut(text, nil))
	want := []struct {
		text  string
		start int
		para  int
	}{
		{"Title line", 0, 0},
		{"WASHINGTON — The first sentence.", 12, 1},
		{"The second one, with “a quote.”", 47, 1},
		{"A third?", 83, 1},
		{"Another paragraph here.", 92, 2},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		s := got[i]
		if s.Text != w.text || s.Start != w.start || s.Para != w.para || s.Index != i || s.Doc != 3 {
			t.Errorf("sentence %d = %+v, want text %q start %d para %d", i, s, w.text, w.start, w.para)
		}
	}
	if !got[1].FirstInPara || !got[3].LastInPara || got[2].FirstInPara || got[2].LastInPara {
		t.Error("paragraph boundary marks are wrong")
	}
}

// A title before a name does not end the sentence, whether the punkt model
// knows it (Mr., Gen.) or titleAbbrevs adds it; a sentence still ends at a
// full stop before the next.
func TestSplitTitles(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"The pilots were Capt. DV Sathe and First Officer Capt. Akhilesh Kumar. Both died.", 2},
		{"Insp. Jane Cole and Supt. Ravi Shah led the inquiry. It took a year.", 2},
		{"Police named the gunman as Jon Varn, 29, from Ft. Pierce, Ostland. He died at the scene.", 2},
		{"Politiet visste det. Det var sent.", 2}, // "det" ends a Norwegian sentence
		{"Rev. Alan Price and Fr. Tom Byrne spoke, as did Amb. Lise Dorn. Then they left.", 2},
		{"Mr. Hale met Gen. Ortiz. They spoke for an hour.", 2},
		{"The march ended at noon. Capt. Dana Ruiz said it was calm.", 2},
		{"She said on Thursday afternoon local time (7 p.m. ET Wednesday) she would resign. She is 42.", 2},
		{"The vote (held on Monday. It passed.", 2}, // a bracket the next sentence does not close
	} {
		if got := seg.split(0, layOut(tc.text, nil)); len(got) != tc.want {
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
			}
			t.Errorf("%q: %d sentences %q, want %d", tc.text, len(got), texts, tc.want)
		}
	}
}

// Every sentence of the seed versions is found at its offset.
func TestSplitOffsetsLocateText(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	if len(files) != 5 {
		t.Fatalf("found %d seed files, want 5", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		lay := layOut(text, nil)
		sents := seg.split(0, lay)
		checkSentences(t, lay.text, sents)
		lay.toSource(sents)
		checkSource(t, text, sents)
	}
}

func TestIsItemList(t *testing.T) {
	lines := func(n int, line string) string {
		return strings.Repeat(line+"\n", n)
	}
	item := "The battery lasts a week ."
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"one item a line", lines(25, item), true},
		{"crlf", strings.ReplaceAll(lines(25, item), "\n", "\r\n"), true},
		{"too few", lines(minItems-1, item), false},
		{"a blank line", lines(12, item) + "\n" + lines(12, item), false},
		{"paragraphs of two sentences", lines(20, item) + lines(5, "It is light. The screen is sharp."), false},
		{"a few of two sentences", lines(23, item) + lines(2, "It is light. The screen is sharp."), true},
		{"article", lines(25, "The council met on Monday.\n"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seg, err := newSegmenter()
			if err != nil {
				t.Fatal(err)
			}
			lay := layOut(tc.text, nil)
			if got := isItemList(lay.text, seg.split(0, lay)); got != tc.want {
				t.Errorf("isItemList = %v, want %v", got, tc.want)
			}
		})
	}
}

// The Opinosis topics are lists of items; the seed versions and the test
// clusters' versions are not.
func TestIsItemListOnTestdata(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	topics, _ := filepath.Glob("../testdata/opinosis/topics/*.txt.data")
	stories, _ := filepath.Glob("../testdata/kazakhstan/0*.txt")
	clusters, _ := filepath.Glob("../testdata/clusters/*/*.txt")
	if len(topics) != 51 || len(stories) != 5 || len(clusters) < 12 {
		t.Fatalf("found %d topics, %d seeds, %d cluster files", len(topics), len(stories), len(clusters))
	}
	check := func(paths []string, want bool) {
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Decode(p, b, false)
			if err != nil {
				t.Fatal(err)
			}
			lay := layOut(d.Text, nil)
			if got := isItemList(lay.text, seg.split(0, lay)); got != want {
				t.Errorf("%s: isItemList = %v, want %v", p, got, want)
			}
		}
	}
	check(topics, true)
	check(append(stories, clusters...), false)
}

// TestSegmentSkipsPunkt checks the short cut of segment: a paragraph with
// no sentence punctuation before its end gets the one sentence punkt would
// give it, and every other paragraph is punkt's.
func TestSegmentSkipsPunkt(t *testing.T) {
	sg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	for _, para := range []string{
		"Kazakhstan joins Abraham Accords",
		"  Kazakhstan joins Abraham Accords.  ",
		`He said he would "never give up."`,
		"Is it over?)",
		"Wow!!",
		"A quake struck on Monday. It killed 12.",
		"The U.S. envoy arrived",
		"Really?! No",
		"…",
		"",
		"   ",
	} {
		got, want := sg.segment(para), sg.punkt.Segment(para)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("segment(%q) = %+v, punkt gives %+v", para, got, want)
		}
	}
	if got := sg.segment("A quake struck on Monday. It killed 12."); len(got) != 2 {
		t.Errorf("two sentences, got %+v", got)
	}
}

// TestSplitAfterClock checks that a sentence after a clock time is split
// off where punkt keeps it ("1:30 a.m. More than …"), and that a day, a
// time zone or a place's time after the clock stays in its sentence.
func TestSplitAfterClock(t *testing.T) {
	sg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		para string
		want []string
	}{
		{"It crumbled around 1:30 a.m. More than 30 people were pulled from the rubble.",
			[]string{"It crumbled around 1:30 a.m.", "More than 30 people were pulled from the rubble."}},
		{"The fire began just after 11 p.m. Neighbours passed boxes of maps.",
			[]string{"The fire began just after 11 p.m.", "Neighbours passed boxes of maps."}},
		{"It lost power around 1:30 a.m. The impact caused the bridge to fall.",
			[]string{"It lost power around 1:30 a.m.", "The impact caused the bridge to fall."}},
		{"The meeting is at 10 a.m. Monday in the hall.", []string{"The meeting is at 10 a.m. Monday in the hall."}},
		{"Doors open at 9 a.m. Egyptian time for all.", []string{"Doors open at 9 a.m. Egyptian time for all."}},
		{"Polls close at 8 p.m. Eastern and counting begins.", []string{"Polls close at 8 p.m. Eastern and counting begins."}},
		{"The p.m. Show aired late.", []string{"The p.m. Show aired late."}},
	} {
		checkSplit(t, tc.para, splitAfterClock(sg.segment(tc.para)), tc.want)
	}
}

// TestJoinInitials checks that a sentence punkt ends at a name's middle
// initial is joined to the rest of the name.
func TestJoinInitials(t *testing.T) {
	sg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		para string
		want []string
	}{
		{"Police issued a warrant for Robert R. Card II, 40, of Bowdoin. He is armed.",
			[]string{"Police issued a warrant for Robert R. Card II, 40, of Bowdoin.", "He is armed."}},
		{"Supreme Court overturns Roe v. Wade, the ruling of 1973. States may now ban abortion.",
			[]string{"Supreme Court overturns Roe v. Wade, the ruling of 1973.", "States may now ban abortion."}},
		{"The club finished top of Group C. It plays again on Friday.",
			[]string{"The club finished top of Group C.", "It plays again on Friday."}},
		{"The bank collapsed on mar. 10 as depositors rushed to withdraw. Regulators took it over.",
			[]string{"The bank collapsed on mar. 10 as depositors rushed to withdraw.", "Regulators took it over."}},
		{"The bank collapsed in March. 10 of its branches stayed open.",
			[]string{"The bank collapsed in March.", "10 of its branches stayed open."}},
	} {
		checkSplit(t, tc.para, joinInitials(tc.para, sg.segment(tc.para)), tc.want)
	}
}

// checkSplit checks that sents, the sentences of para, are want, each
// located in para by its offset.
func checkSplit(t *testing.T, para string, sents []segment.Sentence, want []string) {
	t.Helper()
	var got []string
	for _, s := range sents {
		if para[s.Start:s.Start+len(s.Text)] != s.Text {
			t.Errorf("%q: offset %d does not locate %q", para, s.Start, s.Text)
		}
		got = append(got, s.Text)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("split(%q) = %q, want %q", para, got, want)
	}
}
