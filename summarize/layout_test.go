package summarize

import (
	"reflect"
	"strings"
	"testing"
)

// blocksOf returns the blocks of text as laid out, white space folded.
func blocksOf(text string) []string {
	lay := layOut(text, newVectorizer().stop)
	var out []string
	for _, p := range lay.paras {
		out = append(out, foldSpace(lay.text[p.start:p.end]))
	}
	return out
}

// foldAt wraps each line of text at width columns as `fold -s` does: at
// the last space that fits, the space kept at the end of the line.
func foldAt(text string, width int) string {
	var sb strings.Builder
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			sb.WriteByte('\n')
		}
		for runes := []rune(line); len(runes) > width; {
			cut := width
			for k := width - 1; k > 0; k-- {
				if runes[k] == ' ' {
					cut = k + 1
					break
				}
			}
			sb.WriteString(string(runes[:cut]))
			sb.WriteByte('\n')
			runes = runes[cut:]
			line = string(runes)
		}
		sb.WriteString(line)
	}
	return sb.String()
}

const wrapPara = "The council approved the new library budget on Monday after a debate " +
	"that ran past midnight, with Mayor Ana Ruiz casting the deciding vote. " +
	"Opening hours will grow from Tuesday, and Two New Librarians start in March " +
	"under the plan agreed by Council members from every ward of the city."

func TestLayOut(t *testing.T) {
	wrapped := foldAt(wrapPara, 60)
	if strings.Count(wrapped, "\n") < 4 {
		t.Fatalf("foldAt did not wrap: %q", wrapped)
	}
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"blank lines", "One. Two.\n\nThree.\n", []string{"One. Two.", "Three."}},
		{"line per block", "Headline\nFirst sentence here.\nSecond block.", []string{"Headline", "First sentence here.", "Second block."}},
		{"wrap before lower case", "A sentence that is\nwrapped over lines.\nNext one.", []string{"A sentence that is wrapped over lines.", "Next one."}},
		{"no wrap after full stop", "Ends here.\nlower start", []string{"Ends here.", "lower start"}},
		{"crlf and spaces", "  Indented.\r\n\r\n\tTabbed.  \r\n", []string{"Indented.", "Tabbed."}},
		{"cr only", "Home\rNews\rSport\rThe council voted on Monday to close the old bridge.\r",
			[]string{"Home", "News", "Sport", "The council voted on Monday to close the old bridge."}},
		{"empty", "", nil},
		{"only blank", " \n\n \t\n", nil},
		{"hard wrap at 60", wrapped + "\n\nNext paragraph.", []string{wrapPara, "Next paragraph."}},
		{"hard wrap, crlf", strings.ReplaceAll(wrapped, "\n", "\r\n"), []string{wrapPara}},
		{"hard wrap, no blank lines", "Kazakh Vote Passes\n" + wrapped + "\nA second paragraph here.\n" + wrapped,
			[]string{"Kazakh Vote Passes", wrapPara, "A second paragraph here.", wrapPara}},
		{"hard wrap, indented paragraphs", "    " + strings.ReplaceAll(wrapped, "\n", "\n") + "\n    " + wrapped,
			[]string{wrapPara, wrapPara}},
		{"hard wrap, a name and title first", foldAt("Tom Ruiz, the City Director of Harbour Works and Coastal Engineering, said the pier would reopen in spring after repairs to its deck. "+wrapPara, 60),
			[]string{"Tom Ruiz, the City Director of Harbour Works and Coastal Engineering, said the pier would reopen in spring after repairs to its deck. " + wrapPara}},
		{"hard wrap, no blank lines, a line that ends at an abbreviation", wrapped + "\nAll five crew members aboard the vessel have died, the U.S.\nCoast Guard said on Thursday at a briefing.\n",
			[]string{wrapPara, "All five crew members aboard the vessel have died, the U.S. Coast Guard said on Thursday at a briefing."}},
		{"hard wrap, no blank lines, a short line that ends at an abbreviation", wrapped + "\nThe plane landed safely in the U.S.\nCoast Guard crews met it at the pier.\n",
			[]string{wrapPara, "The plane landed safely in the U.S.", "Coast Guard crews met it at the pier."}},
		{"hard wrap, a full first line in capitals", foldAt("Varland Cabinet Secretary of Transport Tom Ruiz and Harbour Authority Director Ana Byrne held a press conference at the port on Monday. "+wrapPara, 60),
			[]string{"Varland Cabinet Secretary of Transport Tom Ruiz and Harbour Authority Director Ana Byrne held a press conference at the port on Monday. " + wrapPara}},
		{"hard wrap, a number put first", wrapped + "\nMore than 30 nationalities were on board the plane that flew as flight\n302. They included 32 Kenyans and 18 Canadians, the airline said.\n",
			[]string{wrapPara, "More than 30 nationalities were on board the plane that flew as flight 302. They included 32 Kenyans and 18 Canadians, the airline said."}},
		{"hard wrap, a quotation put first after its verb", wrapped + "\nKILBRIDE, July 2 Strikers shouting\n\"No more cuts\" marched to the town hall on Friday morning.\n",
			[]string{wrapPara, "KILBRIDE, July 2 Strikers shouting \"No more cuts\" marched to the town hall on Friday morning."}},
		{"hard wrap, a quotation after a heading", wrapped + "\nStrikers march over $11 billion\n\"No more cuts,\" the strikers chanted as they marched on Friday.\n",
			[]string{wrapPara, "Strikers march over $11 billion", "\"No more cuts,\" the strikers chanted as they marched on Friday."}},
		{"hard wrap, a list after a colon", wrapped + "\nThe council gave three reasons for the closure of the harbour bridge:\n1. the cost of repairs\n",
			[]string{wrapPara, "The council gave three reasons for the closure of the harbour bridge:", "the cost of repairs"}},
		{"hard wrap, byline after caption", wrapped + "\nBy Jane Doe and John Roe\n\nMore.", []string{wrapPara, "By Jane Doe and John Roe", "More."}},
		{"markdown", "# The Heading #\n\nSome **bold** and _em_ text, a [link](http://x.y/z) and ![alt text](i.png) here.\n\n" +
			"- item one\n- item two,\n  continued\n1. first\n2) second\n\n---\n\nSetext heading\n==============\n",
			[]string{"The Heading", "Some bold and em text, a link and here.", "item one", "item two, continued", "first", "second", "Setext heading"}},
		{"snake_case and lone marks stay", "Set max_retries to 3 * 4 today.", []string{"Set max_retries to 3 * 4 today."}},
		{"code", "Text before.\n```\nx := 1\ny := 2\n```\nText after.", []string{"Text before.", "x := 1", "y := 2", "Text after."}},
		{"e-mail quoting", "> > Nested quote\n> > goes on here.\n> Outer quote line.\nReply.",
			[]string{"Nested quote goes on here.", "Outer quote line.", "Reply."}},
		{"hyphen across a line", "The gov-\nernment and a well-\nknown case.", []string{"The government and a well-known case."}},
		{"hyphen as the document writes it", "A self-made man, the self-\nmade way.", []string{"A self-made man, the self-made way."}},
		{"soft hyphen, no-break and zero-width spaces", "The gov\u00adern\u00adment\u00a0said\u200b so.", []string{"The government said so."}},
		{"form feed", "One para.\fTwo para.", []string{"One para.", "Two para."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := blocksOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("blocks:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// Blocks apart by a blank line in the source are apart by two newlines,
// others by one, so that isItemList can tell a list from paragraphs.
func TestLayOutGaps(t *testing.T) {
	lay := layOut("One.\nTwo.\n\n\nThree.\r\n\r\nFour.\fFive.", nil)
	if want := "One.\nTwo.\n\nThree.\n\nFour.\n\nFive."; lay.text != want {
		t.Errorf("text = %q, want %q", lay.text, want)
	}
}

// Offsets of the laid-out text map to the same bytes in the source, and a
// sentence's span covers its source whatever was left out between.
func TestLayOutOffsets(t *testing.T) {
	src := "# Title\r\n\r\nThe **vote** was\r\nheld in the gov-\r\nernment hall.\r\n"
	lay := layOut(src, nil)
	if want := "Title\n\nThe vote was held in the government hall."; lay.text != want {
		t.Fatalf("text = %q, want %q", lay.text, want)
	}
	for i := 0; i < len(lay.text); i++ {
		if c := lay.text[i]; c != ' ' && c != '\n' && src[lay.src.at(i)] != c {
			t.Errorf("laid byte %d %q maps to source %d %q", i, c, lay.src.at(i), src[lay.src.at(i)])
		}
	}
	start := strings.Index(lay.text, "The")
	s, e := lay.src.span(start, len(lay.text))
	if s != strings.Index(src, "The") || e != strings.Index(src, "hall.")+len("hall.") {
		t.Errorf("span = [%d,%d), want [%d,%d)", s, e, strings.Index(src, "The"), strings.Index(src, "hall.")+5)
	}
}

func TestOffsetMap(t *testing.T) {
	var m offsetMap
	m.add(0, 0)
	m.add(5, 5) // goes on: no new run
	m.add(5, 7) // two bytes left out
	m.add(9, 12)
	if len(m.laid) != 3 {
		t.Errorf("%d runs, want 3", len(m.laid))
	}
	for _, tc := range [][2]int{{0, 0}, {4, 4}, {5, 7}, {8, 10}, {9, 12}, {20, 23}} {
		if got := m.at(tc[0]); got != tc[1] {
			t.Errorf("at(%d) = %d, want %d", tc[0], got, tc[1])
		}
	}
}

// Text that is not wrapped is not taken for wrapped: lists of one item a
// line, pages of menus and long paragraphs, short texts.
func TestWrapOf(t *testing.T) {
	items := strings.Repeat("The battery lasts a week and the screen is bright enough .\n", 30)
	page := strings.Repeat("Home\nNews\n"+wrapPara+"\n", 5)
	for _, tc := range []struct {
		name string
		text string
		want int
	}{
		{"wrapped at 60", foldAt(wrapPara+"\n\n"+wrapPara, 60), 59},
		{"wrapped at 72", foldAt(wrapPara+" "+wrapPara, 72), 71},
		{"items", items, 0},
		{"page", page, 0},
		{"two lines", "A line.\nAnother line.", 0},
		// A short text under a headline longer than its width.
		{"headline above", "'A Long Headline That Was Not Wrapped': The Agency Chief on the Landing Today\n" + foldAt(wrapPara, 50), 49},
	} {
		if got := wrapOf(tc.text, splitLines(tc.text)).width; got != tc.want {
			t.Errorf("%s: width %d, want %d", tc.name, got, tc.want)
		}
	}
}
