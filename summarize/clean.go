package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Noise names why a sentence was left out; "" means it was kept.
type Noise string

// The kinds of noise the cleaner recognises.
const (
	Kept        Noise = ""
	NotProse    Noise = "not prose"     // menus, headings, timestamps, fragments
	Repeated    Noise = "repeated"      // a block that occurs twice on one page
	Caption     Noise = "caption"       // ends with a photo credit
	Byline      Noise = "byline"        // "By Jane Doe and John Roe", "Reporting by …"
	Bio         Noise = "bio"           // "Jane Doe is a correspondent for …"
	Boilerplate Noise = "boilerplate"   // copyright, newsletter, sign-up lines
	Correction  Noise = "correction"    // "Correction: An earlier version …"
	URL         Noise = "url"           // carries a web address
	Note        Noise = "editor's note" // "Updates with final vote tally."
	Teaser      Noise = "teaser"        // "Read more: …", "Watch the video below."
	Headline    Noise = "headline"      // a headline or deck line that ends like a sentence
	OffStory    Noise = "off story"     // a block the other versions don't support
	Superseded  Noise = "superseded"    // a prospect another version reports done
)

var (
	// A parenthesised credit at the end of a block: "(AP Photo/Jane Doe)",
	// "(Jane Doe/Getty Images)", "(…, Pool Photo via AP, File)", "(Picture:
	// Getty)".
	creditRE = regexp.MustCompile(`(?i)\(([^()]*(?:photo|images?|/|\bfile\b|\bpool\b|\bcredit|\bpictures?:)[^()]*)\)\s*$`)
	bylineRE = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,))*\s*$`)
	// "Jane Doe is a senior reporter for …", "… is the Star’s science
	// correspondent", "Jane Doe covers city hall for …".
	bioRE = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’-]*\s+){2,3}(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:correspondent|reporter|writer|editor|journalist|columnist|contributor|producer|author|photographer)|(?:covers|writes about|writes for|reports on|reports for)\s)`)
	// "The author is an editorial writer at …".
	authorRE     = regexp.MustCompile(`^The (?:author|writer|columnist)s? (?:is|are|was|were) `)
	correctionRE = regexp.MustCompile(`(?i)^(?:correction|clarification|editor['’]?s note)\s*:|\ban earlier version of this (?:article|story|report)\b|\bthis (?:article|story|report) (?:has been|was) (?:corrected|amended)\b|` +
		// A paper's correction of an earlier piece: "In Friday's Section A,
		// an article about … misquoted …", "A story in the July 12 Sports
		// section should have indicated …", "… regret the error."
		`\b(?:an?|the) (?:article|story|report|column|caption|headline|graphic|obituary)\b[^.]{0,250}\b(?:misquoted|misstated|misidentified|misspelled|mischaracterized|misattributed|misreported|(?:incorrectly|erroneously|wrongly) (?:said|stated|reported|identified|described|referred|gave|called))\b|` +
		`\b(?:an?|the) (?:article|story|report|column|caption|headline|graphic|obituary) (?:in|on) [^.]{0,60}\b(?:section|page|edition)\b[^.]{0,100}\bshould have\b|\bregrets? the errors?\b`)
	boilerRE = regexp.MustCompile(`(?i)copyright|©|all rights reserved|\bsign up\b|\byour sign-up\b|\b(?:un)?subscribe\b|\bnewsletter\b|\byou(?:['’]ve| have) consented\b|\bsign in to (?:read|continue)\b|\bregistered users get\b|\bto continue reading\b|may not be (?:published|reproduced|redistributed)|` +
		`\bcookie (?:policy|notice|settings|preferences)\b|\b(?:uses?|accept(?: all)?|about) cookies\b|\bby continuing\b|` +
		// A plea for money: "Donate today.", "Support local journalism."
		`^(?:please )?donate\b|\bsupport (?:local|independent|our|quality|public) (?:journalism|news|reporting)\b|\bbecome a (?:member|supporter|subscriber)\b|^your support (?:makes|helps|keeps|matters)\b|` +
		// A notice on the reader's browser: "IE 11 is not supported. For an optimal experience …"
		// A sharing widget's words: "Your article was successfully shared with the contacts you provided."
		`\bsuccessfully shared\b|\b(?:share|e-?mail|send) this (?:article|story|page)\b|` +
		`\bie ?11 is not supported\b|\bfor an optimal experience\b|\byour browser (?:is not|isn['’]t) supported\b|\b(?:please )?enable javascript\b|\bjavascript is (?:disabled|required)\b|` +
		// A notice on an archived page: "This is an archived article and the information in the article may be outdated."
		`\bthis is an archived (?:article|story|page)\b|\b(?:information|content) in (?:the|this) (?:article|story) may be outdated\b|\blook at the time ?stamp on the (?:story|article)\b|` +
		// A paper's prompt to its print edition: "You can view today's paper or previous issues."
		`\bview today['’]s (?:paper|edition)\b|\b(?:today['’]s|the|our) e-?edition\b|\bprevious issues\b|` +
		// A comment form's prompts: "Please enter your comment!", "Leave a Reply"
		`^(?:please )?enter your (?:comment|name|email)\b|^leave a (?:reply|comment)\b`)
	urlRE = regexp.MustCompile(`(?i)\bhttps?://|\bwww\.[a-z0-9-]+\.`)
	// Page timestamps: "Published 3:04 PM EST", "Updated: 11:30 AM".
	stampRE = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|modified)\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)\b`)
)

// noCommentRE finds a wire story's note that someone would not or could
// not comment: "Credit Suisse and UBS declined to comment.", "The company
// did not immediately respond to a request for comment." Up to
// maxNoCommentWords words, such a sentence says nothing else.
var noCommentRE = regexp.MustCompile(`(?i)\b(?:declined|refused) (?:to comment|comment)\b|\bdid not (?:immediately )?(?:respond|reply) to (?:a |an |several |repeated )?(?:requests?|emails?|calls?|messages?|inquir(?:y|ies)) (?:for|seeking) comment\b|\b(?:could|can) ?not (?:immediately )?be reached for comment\b|\b(?:was|were) not (?:immediately )?available for comment\b`)

const maxNoCommentWords = 16

// isNoComment reports whether s is a note that someone would not comment
// (see noCommentRE) that says nothing after it but a time or two: "…
// declined to comment on Sunday." is one; "Putin declined to comment on
// whether Russia would invade" tells what he would not say.
func isNoComment(s string) bool {
	loc := noCommentRE.FindStringIndex(s)
	return loc != nil && countWords(s[loc[1]:]) <= 2
}

// liveBlogRE finds a live blog's note on itself, at the start of a
// sentence: "Newshub's live updates have finished.", "This live blog has
// now ended.", "Follow our live coverage here." ("She said the live
// coverage had ended abruptly" is a sentence of the story.)
var liveBlogRE = regexp.MustCompile(`(?i)^(?:[\pL'’]+ )?(?:(?:this|our|these|the) )?live (?:updates|blog|coverage|page)\b(?:[^.]{0,20}\b(?:finished|ended|closed|paused)\b| here\b)`)

// minWords is the fewest words a kept sentence has; shorter ones are
// headings, menu items or fragments.
const minWords = 4

// clean marks the noise in one document's sentences and trims leading page
// metadata from the sentences it keeps. noise[i] is set for sentence i.
func clean(text string, sents []Sentence, noise []Noise) {
	paras := groupParagraphs(sents)
	blocks := make([]string, len(paras))
	for k, p := range paras {
		blocks[k] = paraText(text, sents, p)
	}
	seen := countFolded(blocks)
	items := isItemList(text, sents)
	for k, p := range paras {
		block := blocks[k]
		fam := pageWords.find(block)
		if n := paragraphNoise(block, seen[k], sents[p[0]].Text, fam); n != Kept {
			for i := p[0]; i < p[1]; i++ {
				noise[i] = n
			}
			continue
		}
		for i := p[0]; i < p[1]; i++ {
			noise[i] = sentenceNoise(sents[i].Text, i == p[0] && i+1 == p[1], fam)
		}
	}
	markPageParts(sents, paras, blocks, noise, items)
	if !items {
		markTeaserCopies(sents, noise)
	}
	first, opened := true, 0
	for i := range sents {
		if noise[i] != Kept {
			continue
		}
		opens := i == 0 || sents[i].Para != sents[i-1].Para
		if opens {
			opened++
		}
		trimLead(&sents[i], first, opens && opened <= earlyParagraphs)
		first = false
	}
}

// earlyParagraphs is how many of a document's first kept paragraphs may
// open with a dateline in title case after a standfirst (see trimLead).
const earlyParagraphs = 3

// markTeaserCopies marks as Repeated each kept sentence of minCopyWords
// words or more that the page says again, word for word, further on in a
// kept sentence: the copy in a teaser or a box of key points above the
// story, which would otherwise read as the story's lead ("The Swiss
// National Bank has agreed to offer a $100 billion liquidity line …" set
// above "UBS has agreed to buy Credit Suisse …" and again further down).
// The later one, in its place in the story, is kept.
func markTeaserCopies(sents []Sentence, noise []Noise) {
	last := make(map[string]int)
	kept := 0
	for i, s := range sents {
		if noise[i] == Kept {
			last[s.Text] = i
			kept++
		}
	}
	if len(last) == kept {
		return // no sentence said twice
	}
	for i, s := range sents {
		if noise[i] == Kept && last[s.Text] > i && hasWords(s.Text, minCopyWords) {
			noise[i] = Repeated
		}
	}
}

// minCopyWords is the fewest words of a sentence markTeaserCopies takes
// for a copy: a short line ("Watch the video.") may well be said twice.
const minCopyWords = 8

// countFolded returns, per block, how many of the blocks equal it with white
// space folded. Blocks are first told apart by the ends of their folded
// text, which costs no copy and no pass over the whole block; only blocks
// whose ends agree are folded and compared.
func countFolded(blocks []string) []int {
	keys := make([]foldedEnds, len(blocks))
	byEnds := make(map[foldedEnds]int, len(blocks))
	for k, b := range blocks {
		keys[k] = endsOf(b)
		byEnds[keys[k]]++
	}
	counts := make([]int, len(blocks))
	var folded map[string]int
	for k, b := range blocks {
		if byEnds[keys[k]] == 1 {
			counts[k] = 1
			continue
		}
		if folded == nil {
			folded = make(map[string]int)
			for j, o := range blocks {
				if byEnds[keys[j]] > 1 {
					folded[foldSpace(o)]++
				}
			}
		}
		counts[k] = folded[foldSpace(b)]
	}
	return counts
}

// foldedEnds holds the first and the last bytes of a text with white space
// folded: texts equal when folded have equal ends.
type foldedEnds struct {
	head, tail   [24]byte // tail backwards
	nhead, ntail uint8
}

func endsOf(s string) foldedEnds {
	var e foldedEnds
	pending := false // white space after a word
	for i := 0; i < len(s) && int(e.nhead) < len(e.head); {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRuneAt(s, i)
		}
		if space {
			pending = e.nhead > 0
			i += size
			continue
		}
		if pending {
			e.head[e.nhead] = ' '
			e.nhead++
			pending = false
		}
		for j := i; j < i+size && int(e.nhead) < len(e.head); j++ {
			e.head[e.nhead] = s[j]
			e.nhead++
		}
		i += size
	}
	pending = false
	for i := len(s); i > 0 && int(e.ntail) < len(e.tail); {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			pending = e.ntail > 0
			i -= size
			continue
		}
		if pending {
			e.tail[e.ntail] = ' '
			e.ntail++
			pending = false
		}
		for j := i - 1; j >= i-size && int(e.ntail) < len(e.tail); j-- {
			e.tail[e.ntail] = s[j]
			e.ntail++
		}
		i -= size
	}
	return e
}

// groupParagraphs returns [first, end) sentence index ranges per paragraph.
func groupParagraphs(sents []Sentence) [][2]int {
	var out [][2]int
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[j].Para == sents[i].Para {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func paraText(text string, sents []Sentence, p [2]int) string {
	return text[sents[p[0]].Start:sents[p[1]-1].End]
}

// paragraphNoise judges a whole block: first, its first sentence; count, how
// often the block occurs on its page.
//
// Each pattern is tried only where a cheap test says it may match: most
// blocks are plain prose, and the patterns are costly on long blocks.
func paragraphNoise(block string, count int, first string, fam uint8) Noise {
	switch {
	case count > 1:
		return Repeated
	case strings.HasSuffix(block, ")") && creditRE.MatchString(block), endsWithCredit(block, fam), mayHaveCaptionLabel(block):
		return Caption
	case len(block) < 200 && (strings.HasPrefix(block, "By ") || strings.HasPrefix(block, "by ")) && bylineRE.MatchString(block),
		len(block) < 400 && isCreditLine(first, openerOf(first), fam&famContrib != 0):
		return Byline
	case mayBeBio(first) && bioRE.MatchString(first),
		strings.HasPrefix(first, "The ") && authorRE.MatchString(first):
		return Bio
	case fam&famBoiler != 0 && boilerRE.MatchString(block):
		return Boilerplate
	case fam&famCorrection != 0 && correctionRE.MatchString(block):
		return Correction
	}
	return Kept
}

// opensWithImageFile reports whether s opens with the file name of an
// image, as a scraped caption may ("180710-rescue-620.jpg Thais celebrate
// …").
func opensWithImageFile(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	first = strings.ToLower(first)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp"} {
		if strings.HasSuffix(first, ext) && len(first) > len(ext) {
			return true
		}
	}
	return false
}

// maxPresentCaptionWords is the longest sentence presentYesterday reads.
const maxPresentCaptionWords = 20

// presentYesterday reports whether s, of maxPresentCaptionWords words or
// fewer, tells what happened yesterday in the present, as a photo's
// caption does and prose does not: "Rescuers search the wreck for
// survivors yesterday.", "A diver checks the hull yesterday." Its first
// verb, as the tagger reads it, is in the present (VBZ, VBP, or VB after
// no "to") and no verb of saying ("Police say the man fled yesterday" is
// prose). Only such short sentences of a paragraph of their own are
// tagged, a few a page.
func presentYesterday(s string) bool {
	if hasWords(s, maxPresentCaptionWords+1) || !strings.Contains(s, " yesterday") {
		return false
	}
	t, err := tagger()
	if err != nil {
		return false
	}
	toks := t.Tag(tagWords(s))
	for i, tok := range toks {
		switch tok.Tag {
		case "VBD", "VBN", "MD", "VBG":
			return false
		case "VBZ", "VBP", "VB":
			if tok.Tag == "VB" && i > 0 && toks[i-1].Tag == "TO" {
				return false
			}
			w := strings.ToLower(tok.Text)
			return !sayWordSet[w] && !beForms[w] && w != "be" && w != "has" && w != "have"
		}
	}
	return false
}

// mayBeBio reports whether a first sentence opens as bioRE needs: two or
// three capitalised words, then one of its verbs.
func mayBeBio(first string) bool {
	var buf [4]string
	for i, w := range firstFieldsInto(buf[:0], first, 4) {
		switch {
		case i >= 2 && (w == "is" || w == "was" || w == "covers" || w == "writes" || w == "reports"):
			return true
		case !startsUpper(w):
			return false
		}
	}
	return false
}

// literals is a set of lower-case words, in families, that costly
// patterns need: a block that holds no word of a family, in any case of
// ASCII letters, cannot match that family's patterns. One pass finds the
// families a block holds, at one look-up for most bytes.
type literals struct {
	words   []string
	fams    []uint8    // the family bit of each word
	byFirst [256][]int // the words by their first byte
	pairs   [1 << 16 / 64]uint64
	// triples marks the words' first three bytes, hashed (see triple):
	// a pair of English letters opens many words, three far fewer.
	// shortPairs marks the words of two bytes ("©"), which only a pair
	// can find.
	triples    [1 << 16 / 64]uint64
	shortPairs [1 << 16 / 64]uint64
	all        uint8
}

// triple hashes three lower-case bytes into 16 bits.
func triple(a, b, c byte) uint16 { return uint16(a)*961 + uint16(b)*31 + uint16(c) }

// newLiterals returns the literals of families; family i is bit 1<<i.
func newLiterals(families ...[]string) *literals {
	l := &literals{}
	for f, words := range families {
		for _, w := range words {
			l.byFirst[w[0]] = append(l.byFirst[w[0]], len(l.words))
			l.words = append(l.words, w)
			l.fams = append(l.fams, 1<<f)
			pair := uint16(w[0])<<8 | uint16(w[1])
			l.pairs[pair>>6] |= 1 << (pair & 63)
			if len(w) < 3 {
				l.shortPairs[pair>>6] |= 1 << (pair & 63)
				continue
			}
			t := triple(w[0], w[1], w[2])
			l.triples[t>>6] |= 1 << (t & 63)
		}
		l.all |= 1 << f
	}
	return l
}

// find returns the families of which block holds a word.
func (l *literals) find(block string) uint8 {
	var found uint8
	for i := 0; i+1 < len(block); i++ {
		c := lowerASCII(block[i])
		pair := uint16(c)<<8 | uint16(lowerASCII(block[i+1]))
		if l.pairs[pair>>6]&(1<<(pair&63)) == 0 {
			continue
		}
		if l.shortPairs[pair>>6]&(1<<(pair&63)) == 0 {
			if i+2 >= len(block) {
				continue // no word of three bytes or more fits here
			}
			if t := triple(c, lowerASCII(block[i+1]), lowerASCII(block[i+2])); l.triples[t>>6]&(1<<(t&63)) == 0 {
				continue
			}
		}
		for _, k := range l.byFirst[c] {
			if found&l.fams[k] == 0 && hasLowerASCIIPrefix(block[i:], l.words[k]) {
				found |= l.fams[k]
				if found == l.all {
					return found
				}
			}
		}
	}
	return found
}

// The families of pageWords: the words boilerRE, correctionRE, the credit
// patterns (creditEndRE, creditOnlyRE), pointerRE and contributedRE need.
const (
	famBoiler uint8 = 1 << iota
	famCorrection
	famCredit
	famPointer
	famContrib
)

var pageWords = newLiterals(
	[]string{"copyright", "©", "rights reserved", "sign up", "sign-up", "subscribe", "newsletter", "may not be", "cookie", "by continuing", "consented", "sign in to", "registered users", "continue reading",
		"donate", "your support", "support local", "support independent", "support our", "support quality", "support public", "become a",
		"is not supported", "isn't supported", "isn’t supported", "optimal experience", "javascript",
		"successfully shared", "share this", "email this", "e-mail this", "send this", "enter your", "leave a",
		"view today", "e-edition", "eedition", "previous issues", "an archived", "may be outdated", "time stamp on", "timestamp on"},
	[]string{"correction", "clarification", "editor", "earlier version", "corrected", "amended",
		"misquoted", "misstated", "misidentified", "misspelled", "mischaracterized", "misattributed", "misreported", "should have", "incorrectly", "erroneously", "wrongly", "the error"},
	[]string{"photo", "image", "picture", "foto", "credit", "source:"},
	[]string{"video", "clip", "podcast", "gallery", "episode", "below", "above", "click"},
	[]string{"contributed"},
)

// hasLowerASCIIPrefix reports whether s starts with w, a lower-case word,
// with any ASCII letters in either case. For the literals here, finding one
// this way at some offset is what strings.Contains(strings.ToLower(s), w)
// says, without copying s: no other rune lower-cases into their letters.
func hasLowerASCIIPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if lowerASCII(s[j]) != w[j] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mayBeStamp reports whether s has what stampRE needs: a clock time's
// colon, or a word of stampWords at its start.
func mayBeStamp(s string) bool {
	if strings.IndexByte(s, ':') >= 0 {
		return true
	}
	for _, w := range stampWords {
		if hasLowerASCIIPrefix(s, w) {
			return true
		}
	}
	return false
}

// thisPhotoRE finds a caption that names its picture, on a line of its
// own or run into a paragraph: "This satellite photo from Planet Labs
// Inc. shows …", "In this image taken from video, …".
var thisPhotoRE = regexp.MustCompile(`^(?:In )?[Tt]his (?:[\w-]+ ){0,2}(?:photo|photograph|image|picture|screenshot|screen grab|video grab|still)s?\b`)

// isWarning reports whether s is a page's warning to its readers about
// what follows: "Trigger warning: The article contains …", "Content
// warning – …".
func isWarning(s string) bool {
	for _, w := range []string{"trigger warning", "content warning"} {
		if hasLowerASCIIPrefix(s, w) {
			rest := strings.TrimLeft(s[len(w):], " ")
			return rest != "" && strings.ContainsRune(":-–—", []rune(rest)[0])
		}
	}
	return false
}

// firstReportRE finds a sentence that tells only who reported the story
// first: "The crash was first reported by a news agency …", "A celebrity site
// first reported the news on Sunday …". Not "The site first reported that
// the deal …", which tells what was reported.
var firstReportRE = regexp.MustCompile(`^(?:The|This|That|His|Her|Its|Their|News of) [^,;]{0,40}? (?:was|were) first reported by\b|` +
	`^\p{Lu}[^,;]{0,30}? first reported (?:the|his|her|its|their) (?:[\p{L}-]+ ){0,2}(?:news|death|crash|story|deal|killing|arrest|shooting|incident|attack)\b`)

// creditOpenRE finds a picture's credit at the front of a sentence, where
// a page that runs its captions together in one paragraph puts it before
// the next caption: "… hit by the vessel. Credit: via CNN Newsource The
// bridge is …". A sentence of a story does not open with a credit's label.
var creditOpenRE = regexp.MustCompile(`^(?i:(?:photo|image|picture)\s+)?(?i:credit|courtesy)s?\s*:`)

// opensWithCredit reports whether s opens with a credit (see
// creditOpenRE).
func opensWithCredit(s string) bool {
	return (hasLowerASCIIPrefix(s, "credit") || hasLowerASCIIPrefix(s, "courtesy") || hasLowerASCIIPrefix(s, "photo") ||
		hasLowerASCIIPrefix(s, "image") || hasLowerASCIIPrefix(s, "picture")) && creditOpenRE.MatchString(s)
}

var stampWords = []string{"published", "updated", "posted", "last updated", "modified"}

// sentenceNoise judges one sentence; alone says it is its paragraph's only
// sentence, where a short question is a heading ("What is X?"); fam are
// its paragraph's pageWords families.
func sentenceNoise(s string, alone bool, fam uint8) Noise {
	switch {
	case (strings.Contains(s, "://") || strings.Contains(s, "www.")) && urlRE.MatchString(s):
		return URL
	case !endsSentence(s), !hasWords(s, minWords), !hasProseLetter(s):
		return NotProse
	case mayBeStamp(s) && countWords(s) < 12 && stampRE.MatchString(s):
		return NotProse // a timestamp line
	case isDatelineOnly(s):
		return NotProse
	case isWarning(s), strings.Contains(s, "first report") && firstReportRE.MatchString(s):
		return Note
	case fam&famCredit != 0 && opensWithCredit(s),
		(strings.HasPrefix(s, "This ") || strings.HasPrefix(s, "In this ")) && thisPhotoRE.MatchString(s):
		return Caption
	case alone && isQuestion(s) && countWords(s) < 8:
		return NotProse
	case alone && strings.Contains(s, "yesterday") && presentYesterday(s), opensWithImageFile(s):
		return Caption
	case strings.Contains(s, "comment") && countWords(s) <= maxNoCommentWords && isNoComment(s):
		return Boilerplate
	case strings.Contains(s, "ive ") && countWords(s) <= maxNoCommentWords && liveBlogRE.MatchString(s):
		return Teaser
	}
	switch op := openerOf(s); {
	case isEditorsNote(s, op):
		return Note
	case isCreditLine(s, op, fam&famContrib != 0):
		return Byline
	case isTeaser(s, op, fam&famPointer != 0):
		return Teaser
	}
	return Kept
}

// countWords counts white-space-separated words, as the word budget does
// (the same count as len(strings.Fields(s)), without the slice).
func countWords(s string) int { return words(s, len(s)+1) }

// hasWords reports whether s holds at least n words.
func hasWords(s string, n int) bool { return words(s, n) >= n }

// words counts the words of s, stopping at limit.
func words(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRuneAt(s, i)
		}
		i += size
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceRuneAt reports whether the rune at s[i], outside ASCII, is white
// space, and its size. Loops over text test ASCII bytes, most of any text,
// in asciiSpace themselves, without a call.
func spaceRuneAt(s string, i int) (bool, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// foldSpace replaces every run of white space with one space and trims
// both ends. Text that is folded already is returned as it is.
func foldSpace(s string) string {
	folded := true
	prevSpace := true // so a leading space counts as unfolded
	for i := 0; i < len(s); {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRuneAt(s, i)
		}
		if space && (s[i] != ' ' || prevSpace) {
			folded = false
			break
		}
		prevSpace = space
		i += size
	}
	if folded && !prevSpace || s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
