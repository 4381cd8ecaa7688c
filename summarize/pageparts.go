package summarize

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
)

// A page puts lines around its story that end like sentences but are no
// part of it: the headline and deck written with a full stop, the captions
// of its pictures, with or without a credit. markPageParts finds them
// among the one-sentence paragraphs the other rules kept.
//
//   - a headline in title case ("Council Approves Budget After Long
//     Debate."), or a short line before the story that repeats a headline
//     line of the page (an unpunctuated line before the story) or is
//     written without articles, determiners and pronouns, as headlines
//     are ("Plane crashed into medical college building in Ahmedabad.");
//   - a line with no finite verb ("Protesters scuffling with police
//     outside the court."): a deck before the story's first paragraph, a
//     caption after it;
//   - a caption: a line just before a credit on a line of its own, a line
//     that repeats a caption found with its credit, a line that opens
//     with a caption's label ("Image caption, …", "FILE - …").
//
// The story's first paragraph is the first kept paragraph of two sentences
// or of a sentence of twenty words. Lists of items (see isItemList) are
// left alone: a review of five words without a verb, or a review's title
// in title case ("Great Location for Sightseeing."), is an item, not a
// caption or a headline.

// The longest lines, in words, that the rules take for a headline or a
// caption without a credit.
const (
	maxHeadlineWords = 15
	maxCaptionWords  = 20
	leadWords        = 20
)

var (
	// A credit on a line of its own: "(AP Photo/Jane Doe)", "Photo: Jane
	// Doe/Agency", "Image source, Agency", "AGENCY/Jane Doe".
	creditOnlyRE = regexp.MustCompile(`^(?:\((?i:[^()]*(?:photo|images?|/|\bfile\b|\bpool\b|\bcredit|\bpictures?:)[^()]*)\)` +
		`|` + creditWords + `\p{Lu}(?:[^.!?]|\b\p{Lu}\.){0,60}\.?|` + slashCredit + `)$`)
	// A credit without brackets after the end of a caption's sentence, with
	// no full stop after a name with a slash: "… court. Photo: Jane
	// Doe/Agency", "… September 23. AGENCY/Jane Doe". It is matched
	// against what follows the block's last sentence end (see lastPiece);
	// there "Source:" is a credit's label too ("… on June 5. | Source:
	// Jane Doe/Agency via Images").
	creditEndRE = regexp.MustCompile(`^(?:(?:` + creditWords + `|(?i:source)\s*:\s*)\p{Lu}(?:[^.!?]|\b\p{Lu}\.){0,60}\.?|` + slashCredit + `)$`)
	// The label a caption opens with.
	captionLabelRE = regexp.MustCompile(`^(?:(?i:image|photo|picture|video)\s+(?i:caption|source|credit)s?\s*[,:]|(?i:caption|photo|picture|image)\s*:|FILE(?: PHOTO)?\s*[-—–:])`)
)

const (
	creditWords = `(?i:photo|image|picture|photograph|foto|credit)s?(?:\s+(?i:credit|source|courtesy))?\s*(?::|,|\s(?i:by)\s)\s*`
	// "Jane Doe/Agency", "Fabrice Coffrini/AFP/Getty Images".
	slashCredit = `\p{Lu}[\p{L}\p{M}.'’&-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’&-]*){0,3}(?:[ ]?/[ ]?\p{Lu}[\p{L}\p{M}.'’&-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’&-]*){0,3}){1,2}`
)

// isCreditOnly reports whether block is a picture credit and nothing else.
func isCreditOnly(block string) bool {
	return len(block) < 160 && countWords(block) <= 10 && (strings.Contains(block, "/") || pageWords.find(block)&famCredit != 0) &&
		creditOnlyRE.MatchString(block)
}

// endsWithCredit reports whether block ends with a picture credit without
// brackets; fam are its pageWords families. Only its last words are
// looked at.
func endsWithCredit(block string, fam uint8) bool {
	slash := strings.LastIndexByte(block, '/')
	if fam&famCredit == 0 && slash < 0 {
		return false
	}
	// A separator may stand before the credit: "… on June 4. | Photo
	// Credit: ANI".
	tail := strings.TrimLeft(lastPiece(block), "|–—- ")
	return len(tail) < 160 && creditEndRE.MatchString(tail) || slash >= 0 && isSlashCredit(block, slash)
}

// isSlashCredit reports whether block ends, after a sentence, with a
// credit after a slash: "… on Monday. / Agency", "… collector./ Courtesy
// of the Museum". slash is the offset of the last slash in block.
func isSlashCredit(block string, slash int) bool {
	before := strings.TrimRight(block[:slash], " ")
	if before == "" || strings.IndexByte(".!?", before[len(before)-1]) < 0 {
		return false
	}
	credit := strings.TrimLeft(block[slash+1:], " ")
	credit = strings.TrimPrefix(credit, "Courtesy of ")
	return credit != "" && len(credit) < 60 && !endsSentence(credit) && noLowerWords(credit) && capWordEnd(credit, 0) > 0
}

// lastPiece returns what follows the last sentence end of s that white
// space follows (a full stop, a question or an exclamation mark, perhaps
// with closing quotes or a bracket after it; not a name's initial), or
// all of s.
func lastPiece(s string) string {
	for i := len(s) - 1; i > 0; i-- {
		if !asciiSpace[s[i]] {
			continue
		}
		j := i
		for j > 0 && asciiSpace[s[j-1]] {
			j--
		}
		before := strings.TrimRight(s[:j], `"')”’`)
		if before != "" && strings.IndexByte(".!?", before[len(before)-1]) >= 0 && !endsAtInitialLetter(before) {
			return s[i+1:]
		}
		i = j
	}
	return s
}

// endsAtInitialLetter reports whether s ends with a capital letter alone
// and its full stop, a name's initial ("Patrick T."), not a sentence.
func endsAtInitialLetter(s string) bool {
	n := len(s)
	return n >= 3 && s[n-1] == '.' && 'A' <= s[n-2] && s[n-2] <= 'Z' && (s[n-3] == ' ' || s[n-3] == '/')
}

// markPageParts marks headlines, decks and captions (see above) among the
// paragraphs of one sentence that noise keeps. paras and blocks are the
// document's paragraphs and their text.
func markPageParts(sents []Sentence, paras [][2]int, blocks []string, noise []Noise, items bool) {
	if items {
		return
	}
	start := storyStart(sents, paras, noise)
	var titles [][]string
	for k := 0; k < start && k < len(paras); k++ {
		if p := paras[k]; p[1]-p[0] == 1 && (noise[p[0]] == NotProse || noise[p[0]] == Repeated) &&
			!endsSentence(blocks[k]) && hasWords(blocks[k], 3) && hasProseLetter(blocks[k]) {
			titles = append(titles, headTerms(blocks[k]))
		}
	}
	markDatedGallery(sents, paras, noise)
	english := sync.OnceValue(func() bool { return storyIsEnglish(sents, noise) })
	captions := make(map[string]bool)
	captionBlocks := make(map[int]string) // by paragraph
	for k, p := range paras {
		if noise[p[0]] == Caption {
			if p[1]-p[0] > 1 {
				captions[foldSpace(sents[p[0]].Text)] = true
			}
			captionBlocks[k] = foldSpace(blocks[k])
		}
	}
	for k, p := range paras {
		i := p[0]
		if isEmbeddedPost(blocks[k]) {
			// a post the page embeds: the story tells what it says
			for j := i; j < p[1]; j++ {
				if noise[j] == Kept {
					noise[j] = NotProse
				}
			}
			continue
		}
		if noise[i] == Kept && len(captionBlocks) > 0 && uncreditedCopy(blocks[k], captionBlocks[k-1], captionBlocks[k+1]) {
			for j := i; j < p[1]; j++ {
				noise[j] = Caption
			}
			continue
		}
		if p[1]-i > 1 {
			if k < start && isTaggedTitle(sents[i:p[1]], noise[i:p[1]], blocks[k]) {
				noise[i] = Headline
				continue
			}
			markLinkedTitles(sents[i:p[1]], noise[i:p[1]])
			// A page may run an agency's caption into a paragraph of the
			// story ("… greets pilgrims in Kestrel, Ruritania, Thursday,
			// March 2, 2023. Most of the country's …").
			for j := i; j < p[1]; j++ {
				if s := sents[j].Text; noise[j] == Kept && !hasWords(s, maxSceneWords+1) && (isDatedScene(s) || isDayScene(s)) && english() {
					noise[j] = Caption
				}
			}
			continue
		}
		if noise[i] != Kept {
			continue
		}
		s := sents[i].Text
		n := words(s, 2*maxCaptionWords+1)
		switch {
		case isTitleCase(s):
			noise[i] = Headline
		case k < start && len(titles) > 0 && n <= maxHeadlineWords && repeatsTitle(s, titles),
			k < start && start < len(paras) && n >= 6 && n <= maxHeadlineWords && isHeadlinese(s) && english():
			noise[i] = Headline
		case len(captions) > 0 && captions[foldSpace(s)],
			k+1 < len(paras) && n <= 2*maxCaptionWords && isCreditOnly(blocks[k+1]):
			noise[i] = Caption
		case n <= maxSceneWords && (isSceneCaption(s) || k > 0 && isCreditOnly(blocks[k-1]) && inPresent(s) || isDatedScene(s) || isDayScene(s)) && english():
			noise[i] = Caption
		case n <= maxCaptionWords && lacksFiniteVerb(s):
			if k < start {
				noise[i] = Headline
			} else {
				noise[i] = Caption
			}
		}
	}
}

// minGalleryLines is the fewest dated lines that make a page a gallery
// (see markDatedGallery).
const minGalleryLines = 3

// monthDayYear is the pattern of a date as "August 4, 2020" or "Aug. 4,
// 2020".
const monthDayYear = `(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d`

// fullDateRE finds a date with its year: "August 4, 2020", "Aug. 4, 2020",
// "4 August 2020".
var fullDateRE = regexp.MustCompile(`\b` + monthDayYear + `\b|` +
	`\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b`)

// markDatedGallery marks as captions the one-sentence paragraphs of a page
// of pictures: a gallery's captions each give the day with its year, as
// agencies write them ("Black smoke rises from burning buildings … on
// Tuesday, August 4, 2020."), where a story gives its year once if at
// all. A page with minGalleryLines such lines, of up to maxSceneWords
// words, is taken for a gallery, and there the first sentence of a
// paragraph in the present tense is a caption too.
func markDatedGallery(sents []Sentence, paras [][2]int, noise []Noise) {
	var dated []int
	for _, p := range paras {
		i := p[0]
		if s := sents[i].Text; p[1]-i == 1 && noise[i] == Kept && hasFullDate(s) && !hasWords(s, maxSceneWords+1) {
			dated = append(dated, i)
		}
	}
	if len(dated) < minGalleryLines {
		return
	}
	for _, i := range dated {
		noise[i] = Caption
	}
	// In a gallery, a paragraph that opens with a scene in the present
	// tense opens with a caption: "People inspect the damage in a street
	// following a massive explosion …".
	for _, p := range paras {
		if s := sents[p[0]].Text; noise[p[0]] == Kept && !hasWords(s, maxSceneWords+1) && looksEnglish(s) && inPresent(s) {
			noise[p[0]] = Caption
		}
	}
}

// endDateRE finds the end of a caption as agencies date it: a weekday
// set off by a comma, then the date with its year (", Saturday, Oct. 1,
// 2022."), or the date alone ("… in Kyiv, Ukraine March 23, 2019.").
var endDateRE = regexp.MustCompile(`(?:, (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),)? ` +
	monthDayYear + `\.?$`)

// isDatedScene reports whether s, a paragraph of one sentence, is a
// photo's caption as the agencies write it: the date with its year ends
// it, and it shows a scene in the present ("Riot police fire water cannon
// at protesters … in Lyon, France, Sunday, Nov. 6, 2022.") or what is
// seen ("Burnt cars are seen near the market …, March 23, 2019."). A story gives a day its year rarely, and at the end
// of a sentence in the present only for what is to come: the weekday
// must then follow a comma, not "on" ("The trial opens on Monday,
// Oct. 3, 2022." is a story's); a sentence that reports what someone
// said is a story's too.
func isDatedScene(s string) bool {
	if isPlacedScene(s) {
		return true
	}
	if end := strings.TrimSuffix(s, "."); len(end) < 6 || !strings.HasPrefix(end[len(end)-6:], ", ") || nextYear(end[len(end)-5:], 0) < 0 {
		return false // no ", 2022" at the end: endDateRE cannot match
	}
	off := max(0, len(s)-40)
	m := endDateRE.FindStringIndex(s[off:])
	if m == nil || says.in(s) {
		return false
	}
	if strings.Contains(s, " is seen ") || strings.Contains(s, " are seen ") {
		return true
	}
	at := off + m[0]
	if !strings.HasPrefix(s[at:], ", ") {
		// The date alone: after a comma, and not a weekday's ("on
		// Monday, Oct. 3, 2022.", which the weekday's form did not take),
		// or right after a noun, as in "… are carried away on stretchers
		// June 2, 2019." (not "The trial begins April 15, 2024.", nor
		// "… runs through April 15, 2024.").
		before := strings.TrimSuffix(s[:at], ",")
		if len(before) == at {
			toks := tagged(s) // once, for both
			return nounBefore(s, at, toks) && presentTagged(toks)
		}
		if isWeekday(before[strings.LastIndexByte(before, ' ')+1:]) {
			return false
		}
	}
	return inPresent(s)
}

// placedDateRE finds a caption's end as picture agencies write it: "on"
// the date with its year, then "in" and the place ("… on November 21,
// 2017 in Harare, Zimbabwe.").
var placedDateRE = regexp.MustCompile(`\bon ` + monthDayYear + ` in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?\.$`)

// isPlacedScene reports whether s is a caption that ends as placedDateRE
// finds and shows a scene in the present, with no word of saying ("People
// and soldiers celebrate after the resignation … on November 21, 2017 in
// Harare."): a story's sentence in the present that gives a day its year
// tells what is to come, "on" it, before any place.
func isPlacedScene(s string) bool {
	if !strings.HasSuffix(s, ".") || !yearBeforeIn(s) || !placedDateRE.MatchString(s[max(0, len(s)-80):]) {
		return false
	}
	return !says.in(s) && inPresent(s)
}

// yearBeforeIn reports whether s has ", " and a year before " in " in its
// last 80 bytes, as placedDateRE needs: a pass that spares most sentences
// the pattern.
func yearBeforeIn(s string) bool {
	tail := s[max(0, len(s)-80):]
	for i := strings.Index(tail, " in "); i >= 0; {
		if y := tail[max(0, i-4):i]; i >= 6 && tail[i-6] == ',' && tail[i-5] == ' ' && (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3]) {
			return true
		}
		j := strings.Index(tail[i+1:], " in ")
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// nounBefore reports whether prose's tagger, reading all of s (toks, see
// tagged), takes the word that ends before s[at:] for a common noun.
func nounBefore(s string, at int, toks []tag.Token) bool {
	k := len(tagWords(s[:at]))
	if k == 0 || k > len(toks) {
		return false
	}
	t := toks[k-1].Tag
	return t == "NN" || t == "NNS"
}

// tagged returns prose's tags of s's words (see tagWords), or nil when
// the tagger cannot be had.
func tagged(s string) []tag.Token {
	t, err := tagger()
	if err != nil {
		return nil
	}
	return t.Tag(tagWords(s))
}

// dayEndRE finds the end of a caption as agencies date it without the
// year: the weekday after the place and a comma (", Ruritania, on
// Sunday."), or set off by commas before the place (", Tuesday, in
// Varno.", ", Tuesday, May 12, 2015, in Varno.").
var dayEndRE = regexp.MustCompile(`, (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.$|` +
	`, (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),(?: ` + monthDayYear + `,)? (?:in|at|near|outside) \p{Lu}[\p{L}.' -]*\.$`)

// isDayScene reports whether s is a photo's caption that ends with its
// weekday as agencies set it (see dayEndRE) and shows a scene in the
// present: "A soldier guards the gate of a damaged hotel in Kestrel,
// Ruritania, on Sunday.", "A worker checks a crushed rail car, Tuesday,
// in Varno." A story writes the weekday
// without the comma ("Voters go to the polls on Sunday.") and tells the
// day's news in the past.
func isDayScene(s string) bool {
	if !strings.HasSuffix(s, "day.") && !strings.Contains(s, "day, ") || says.in(s) {
		return false // dayEndRE cannot match
	}
	return dayEndRE.MatchString(s[max(0, len(s)-80):]) && inPresent(s)
}

// hasYear reports whether s holds a year from 1900 to 2099 after a space.
func hasYear(s string) bool { return nextYear(s, 0) >= 0 }

// nextYear returns the offset in s, from i on, of the first year from 1900
// to 2099 after a space, or -1.
func nextYear(s string, i int) int {
	for {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 || i+j+5 > len(s) {
			return -1
		}
		i += j + 1
		if y := s[i : i+4]; (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3]) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return i
		}
	}
}

// hasFullDate reports whether fullDateRE matches s, looking only around
// its years.
func hasFullDate(s string) bool {
	for i := nextYear(s, 0); i >= 0; i = nextYear(s, i) {
		if fullDateRE.MatchString(s[max(0, i-20) : i+4]) {
			return true
		}
	}
	return false
}

// inPresent reports whether the first finite verb of s, an English
// sentence, is in the present tense, as a caption's is ("Law enforcement
// personnel block a road as they search a house …"), not a story's: a
// line after a credit of its own is a caption when it is (the credit set
// above it), and the story's first paragraph when it is not ("The council
// voted …"). The verb of a relative clause right after its "who" or
// "which" is not the sentence's. prose's tagger is asked: the line is one
// of few.
func inPresent(s string) bool { return presentTagged(tagged(s)) }

// presentTagged is inPresent of a sentence's tagged words.
func presentTagged(toks []tag.Token) bool {
	relative := false // in a relative clause: "People who were injured … are taken away …"
	for _, tok := range toks {
		switch tok.Tag {
		case "WP", "WDT":
			relative = true
			continue
		case "VBZ", "VBP":
			if relative {
				break
			}
			w := strings.ToLower(tok.Text)
			return !sayWordSet[w] && w != "has" && w != "have"
		case "VBD", "MD":
			if relative {
				break
			}
			return false
		}
		relative = false
	}
	return false
}

// maxSceneWords is the longest line isSceneCaption looks at, in words.
const maxSceneWords = 40

// isSceneCaption reports whether s, a paragraph of one sentence, is a
// photo's caption without its credit: a scene in the present tense, as
// captions are written and stories are not ("Manchester City's Rodri
// celebrates scoring the opening goal during the final …", "Police
// officer Zekeriya Yildiz hugs his daughter …", "A view of the site where
// the accident took place, on Monday.", "Graphic shows …"), or seen there ("Damaged
// buildings are seen after a fire …"). The scene's subject is
// up to six words from a capital, none an article, a pronoun, an
// auxiliary or a conjunction, then a verb of the scenes photos show; a
// sentence that says someone said something is reporting.
func isSceneCaption(s string) bool {
	if strings.HasPrefix(s, "A view of ") || strings.HasPrefix(s, "An aerial view of ") || strings.HasPrefix(s, "A general view of ") ||
		strings.HasPrefix(s, "A view shows ") || strings.HasPrefix(s, "An aerial view shows ") || strings.HasPrefix(s, "A general view shows ") ||
		strings.HasPrefix(s, "Graphic shows ") || strings.HasPrefix(s, "A graphic shows ") || strings.HasPrefix(s, "Map shows ") || strings.HasPrefix(s, "A map shows ") {
		return true
	}
	var buf [9]string
	words := firstFieldsInto(buf[:0], s, 9) // a subject of up to six words, then the verb
	if len(words) < 3 || !startsUpper(words[0]) {
		return false
	}
	for i := 1; i+2 < len(words); i++ {
		if (words[i] == "is" || words[i] == "are") && (words[i+1] == "seen" || sceneParticiples[words[i+1]]) && !leaningPrepositions[strings.ToLower(words[0])] {
			// "Damaged buildings are seen after …", "The facade of a
			// building is seen shattered …"; not "… is seen as …", nor
			// what a video shows ("In the video, an officer is seen …").
			return !seenNot[strings.ToLower(words[i+2])] && !says.in(s)
		}
	}
	if sceneNotSubject[strings.ToLower(words[0])] {
		return false
	}
	for i := 1; i < min(len(words), 7); i++ {
		w := strings.ToLower(strings.TrimFunc(words[i], notWordRune))
		if sceneVerbs[w] || sceneWorkVerbs[w] && i+1 < len(words) && scenePlaces[strings.ToLower(words[i+1])] {
			return !says.in(s)
		}
		if sceneNotSubject[w] || strings.HasSuffix(words[i], ",") && i < 2 {
			return false
		}
	}
	return false
}

// sceneParticiples are what a photo shows done to its subject in the
// present ("Tetsuya Yamagami, holding a homemade gun, is detained after the
// shooting"), where a story tells it in the past.
var sceneParticiples = wordSet(`detained escorted carried helped led comforted evacuated rescued pictured photographed`)

// seenNot are the words after "is seen" in a story's sentence: "is seen
// as a favourite", "are seen by many", "is seen to be", "was seen in".
var seenNot = wordSet(`as by to in on at`)

var (
	// Verbs of a moment a photo holds, not of what a story reports in the
	// present ("Residents wait for hours for water", "Investors watch the
	// Federal Reserve").
	sceneVerbs = wordSet(`celebrates celebrate reacts react gestures poses pose waves wave prays pray ` +
		`mourns mourn hugs hug embraces embrace greets greet kisses`)
	// The work at a scene, before a word of its place: "Rescuers work at
	// the site of …" ("Officials work to restore power" is a story's).
	sceneWorkVerbs  = wordSet(`work works search searches sift sifts`)
	scenePlaces     = wordSet(`at on in near amid among through around inside`)
	sceneNotSubject = wordSet(`the a an this that these those it its their his her our they he she we i ` +
		`to could would will also took has have had and or but of is was are were can may might must should ` +
		`did does do said says told`)
)

// startsUpper reports whether w opens with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// uncreditedCopy reports whether block, of minCopyWords words or more, is
// the text of the caption of a paragraph beside it (before or after, white
// space folded; "" when that is no caption) without its credit: a page may
// set a caption twice, once with its credit ("… resumed on June 4. | Photo
// Credit: ANI") and once without. A story's lead that a caption further
// down repeats is no copy.
func uncreditedCopy(block string, captionBlocks ...string) bool {
	if !hasWords(block, minCopyWords) {
		return false
	}
	b := foldSpace(block)
	for _, c := range captionBlocks {
		if len(c) > len(b) {
			if i := strings.Index(c, b); i >= 0 && i <= maxCaptionLabel {
				return true
			}
		}
	}
	return false
}

// maxCaptionLabel is the longest label, in bytes, a caption with its
// credit may have before the text its uncredited copy gives ("Camera
// Icon" run into "Rescue divers stand …").
const maxCaptionLabel = 16

// minLinkedTitleWords is the fewest words of a title a page sets in a
// paragraph of its story (see markLinkedTitles).
const minLinkedTitleWords = 8

// markLinkedTitles marks, in the sentences of one paragraph of several,
// those that are another story's title in title case, which a page sets as
// a link between the sentences of its own ("… will visit Karipur today.
// Air India Express Flight IX-1344 Overshoots Runway at Calicut Airport;
// Watch Devastating Videos After The Plane Broke Into Two Pieces."): a
// teaser. A sentence of the story has a lower-case word other than the
// small words of titles (see isTitleCase), and a title of fewer than
// minLinkedTitleWords words may be a name ("Kerala Chief Minister Pinarayi
// Vijayan.").
func markLinkedTitles(sents []Sentence, noise []Noise) {
	for i, s := range sents {
		if noise[i] == Kept && hasWords(s.Text, minLinkedTitleWords) && isTitleCase(s.Text) {
			noise[i] = Teaser
		}
	}
}

// postSignatureRE finds an embedded post's signature: its author's handle
// and its date, "— ANI (@ANI) August 7, 2020".
var postSignatureRE = regexp.MustCompile(`\(@\w{1,15}\) (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}`)

// isEmbeddedPost reports whether block is a social-media post a page
// embeds, its picture's link or its signature left in the text: "Kerala:
// An Air India Express plane skidded during landing … More details
// awaited. pic.twitter.com/… — ANI (@ANI) August 7, 2020".
func isEmbeddedPost(block string) bool {
	return strings.Contains(block, "pic.twitter.com/") || strings.Contains(block, "(@") && postSignatureRE.MatchString(block)
}

// isTaggedTitle reports whether the sentences of one paragraph of several,
// before the story's first paragraph, are a title and the page's tag after
// it on the same line: the first sentence kept and of at most
// maxHeadlineWords words, the others not ("Bridge collapses after ship
// strikes it; six missing. Live updates"). The line ends without a full
// stop, as a tag does and a paragraph of the story does not.
func isTaggedTitle(sents []Sentence, noise []Noise, block string) bool {
	if noise[0] != Kept || noise[len(noise)-1] != NotProse || endsSentence(block) ||
		hasWords(sents[0].Text, maxHeadlineWords+1) {
		return false
	}
	for _, n := range noise[1:] {
		if n == Kept {
			return false
		}
	}
	return true
}

// lacksFiniteVerb reports whether s is in English and has no finite verb.
func lacksFiniteVerb(s string) bool {
	return !sureVerb(s, nil) && looksEnglish(s) && !taggedVerb(tagWords(s), nil)
}

// mayHaveCaptionLabel reports whether block opens with a letter
// captionLabelRE may match.
func mayHaveCaptionLabel(block string) bool {
	for _, w := range []string{"image", "photo", "picture", "video ", "caption", "file"} {
		if hasLowerASCIIPrefix(block, w) {
			return captionLabelRE.MatchString(block)
		}
	}
	return false
}

// storyStart returns the index of the story's first paragraph: the first
// with two kept sentences or a kept sentence of leadWords words, or
// len(paras) if there is none.
func storyStart(sents []Sentence, paras [][2]int, noise []Noise) int {
	for k, p := range paras {
		kept := 0
		for i := p[0]; i < p[1]; i++ {
			if noise[i] == Kept {
				kept++
				if kept == 2 || hasWords(sents[i].Text, leadWords) {
					return k
				}
			}
		}
	}
	return len(paras)
}

// isHeadlinese reports whether s, a line of six words or more, is written
// as English headlines are, without an article, a determiner or a
// pronoun, but with a preposition or a conjunction: "Plane crashed into
// medical college building in Ahmedabad." A sentence of the story that
// long has one ("a plane", "the building"). The story around it must be
// in English (see storyIsEnglish): other languages lack these words too;
// and it must have a first paragraph (see storyStart) for the line to be
// before it.
func isHeadlinese(s string) bool {
	linked := false
	for w := ""; s != ""; {
		w, s = nextWord(s)
		w = strings.TrimFunc(w, notWordRune)
		if inSetFold(headlineAbsent, w) {
			return false
		}
		linked = linked || inSetFold(englishOnly, w) || inSetFold(englishShared, w)
	}
	return linked
}

// storyIsEnglish reports whether the kept sentences of a document, up to
// its first 40, are English: in English prose one word in twenty or more
// is one of englishOnly ("the", "and", "with" …), in other languages
// written in Latin letters almost none is.
func storyIsEnglish(sents []Sentence, noise []Noise) bool {
	words, only, seen := 0, 0, 0
	for i, sent := range sents {
		if noise[i] != Kept {
			continue
		}
		if seen++; seen > 40 {
			break
		}
		for s, w := sent.Text, ""; s != ""; {
			w, s = nextWord(s)
			words++
			if inSetFold(englishOnly, strings.TrimFunc(w, notWordRune)) {
				only++
			}
		}
	}
	return words > 0 && 20*only >= words
}

// headlineAbsent are the words a headline leaves out and a sentence of six
// words or more seldom lacks all of.
var headlineAbsent = wordSet(`the a an this that these those his her its their our my your some each every
	any another no he she it they we you i him them us who which`)

// titleSmall are the words a headline in title case leaves in lower case.
var titleSmall = wordSet(`a an the and but or nor for so yet as at by in of off on per to up via vs v with from into onto over than is are be`)

// isTitleCase reports whether s is written as a headline is: every word
// with a letter capitalised but for small words (titleSmall), at least
// four words with letters and two capitalised ones after the first.
func isTitleCase(s string) bool {
	letters, caps := 0, 0
	for n, f := 0, ""; s != ""; n++ {
		f, s = nextWord(s)
		w := strings.TrimFunc(f, notWordRune)
		if !hasLetter(w) {
			continue
		}
		letters++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			if n > 0 && !inSetFold(titleSmall, w) {
				caps++
			}
		case unicode.IsLower(r):
			if !titleSmall[w] {
				return false
			}
		default:
			return false // a script without case
		}
	}
	return letters >= 4 && caps >= 2
}

// headTerms returns the content words of a line, for comparing a line
// with a headline: lower-cased runs of letters and digits, the small words
// of titles left out, an ending -s, -es, -ed or -ing cut from words of
// five letters or more (crashes, crashed: crash).
func headTerms(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		if titleSmall[w] || headStop[w] {
			continue
		}
		if len(w) >= 5 {
			for _, end := range []string{"ing", "es", "ed", "s"} {
				if strings.HasSuffix(w, end) {
					w = w[:len(w)-len(end)]
					break
				}
			}
		}
		out = append(out, w)
	}
	return out
}

var headStop = wordSet(`its it this that these those his her their has have had was were will would after before says said new`)

// repeatsTitle reports whether s says what one of titles says: four in
// five of its terms are in the title, and three in five of the title's are
// in it.
func repeatsTitle(s string, titles [][]string) bool {
	if len(titles) == 0 {
		return false
	}
	terms := headTerms(s)
	if len(terms) < 3 {
		return false
	}
	for _, t := range titles {
		in := func(a, b []string) int {
			n := 0
			for _, x := range a {
				for _, y := range b {
					if x == y {
						n++
						break
					}
				}
			}
			return n
		}
		if 5*in(terms, t) >= 4*len(terms) && 5*in(t, terms) >= 3*len(t) {
			return true
		}
	}
	return false
}
