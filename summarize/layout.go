package summarize

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// layout is a document laid out for the segmenter: its blocks (paragraphs,
// headings, list items, quoted lines) one a line, with the lines a block
// was wrapped over joined by a space and its markup left out. Blocks are
// apart by a newline, or by two where the source had a blank line between
// them, so a list of one item a line still reads as one (see isItemList).
// src maps offsets in text back to the source.
type layout struct {
	text  string
	paras []paragraph // the blocks, in text
	src   offsetMap
}

// paragraph is a block of the laid-out text, [start, end).
type paragraph struct {
	start, end int
}

// offsetMap maps offsets of a text made of pieces of another back to that
// other: run k starts at laid[k] in the text, copied from src[k] on.
type offsetMap struct {
	laid, src []int
}

func (m *offsetMap) add(laid, src int) {
	if n := len(m.laid); n > 0 && src-m.src[n-1] == laid-m.laid[n-1] {
		return // the last run goes on
	}
	m.laid = append(m.laid, laid)
	m.src = append(m.src, src)
}

// at returns the source offset of the laid-out byte at off.
func (m offsetMap) at(off int) int {
	k := sort.Search(len(m.laid), func(k int) bool { return m.laid[k] > off }) - 1
	if k < 0 {
		return off
	}
	return m.src[k] + off - m.laid[k]
}

// span returns the source range of the laid-out range [start, end), which
// is not empty.
func (m offsetMap) span(start, end int) (int, int) { return m.at(start), m.at(end-1) + 1 }

// toSource maps the offsets of sentences of the laid-out text to the
// source's. Their text stays as laid out.
func (lay *layout) toSource(sents []Sentence) {
	for i := range sents {
		s := &sents[i]
		s.Start, s.End = lay.src.span(s.Start, s.End)
	}
}

// line is one line of a source, with what the layout needs of it.
type line struct {
	start, end int // the line's content in the source, markers left out
	blankAfter bool
	kind       lineKind
	indent     int  // columns of white space before the content
	quote      int  // depth of e-mail quoting (">")
	cols       int  // length of the line in runes, up to the content's end
	dash       bool // an item marked "- " or "302. ", which may be a dash or a number the wrap put first (see continues)
	marker     int  // the length of an item's marker
}

type lineKind uint8

const (
	textLine lineKind = iota
	blankLine
	headingLine // "# Title", or a line over "===="
	itemLine    // "- item", "* item", "1. item"
	ruleLine    // "---", "====", "***": a break, or a heading's underline
	fenceLine   // "```": code follows, or ends
	codeLine
)

// layOut lays text out (see layout); stop is the stopword list, for
// keepHyphen. A line continues the block of the
// line before when it is of the same quote depth, is no heading, list
// item, rule or code, is not indented two columns deeper, and either the line before
// does not end a sentence and this one starts in lower case, or the text
// is hard-wrapped (see wrapOf and continues) and the line before was too full for this
// one's first word. Markdown's emphasis, links and images, soft hyphens and
// zero-width spaces are left out, and a word hyphenated across a line end
// is joined unless it is a compound (see keepHyphen).
func layOut(text string, stop map[string]bool) *layout {
	lines := splitLines(text)
	w := wrapOf(text, lines)
	var words map[string]bool // the document's words, made on first need
	b := &laidBuilder{buf: make([]byte, 0, len(text))}
	lay := &layout{}
	for i := 0; i < len(lines); {
		l := lines[i]
		if l.kind == blankLine || l.kind == ruleLine || l.kind == fenceLine {
			i++
			continue
		}
		if len(lay.paras) > 0 {
			b.put("\n", l.start)
			if gapBefore(lines, i) {
				b.put("\n", l.start)
			}
		}
		start := len(b.buf)
		b.inline(text, l.start, l.end)
		j := i + 1
		for ; j < len(lines) && continues(text, lines[j-1], lines[j], w, j == i+1); j++ {
			if l := &lines[j]; l.kind == itemLine { // a dash or a number, not a list
				l.kind, l.start = textLine, l.start-l.marker
			}
			prev, next := lines[j-1], lines[j]
			if hyphenAt(text, prev) && startsLowerAt(text, next.start) {
				if words == nil {
					words = docWords(text)
				}
				if !keepHyphen(text, prev, next, words, stop) {
					b.drop(1) // the hyphen
				}
				b.inline(text, next.start, next.end)
				continue
			}
			b.put(" ", prev.end)
			b.inline(text, next.start, next.end)
		}
		b.trimSpace(start)
		for start < len(b.buf) && b.buf[start] == ' ' {
			start++
		}
		if len(b.buf) > start {
			lay.paras = append(lay.paras, paragraph{start, len(b.buf)})
		}
		i = j
	}
	lay.text, lay.src = string(b.buf), b.src
	return lay
}

// gapBefore reports whether a blank line, a rule or a code fence stands
// between lines[i] and the content line before it.
func gapBefore(lines []line, i int) bool {
	if i == 0 {
		return false
	}
	switch prev := lines[i-1]; prev.kind {
	case blankLine, ruleLine, fenceLine:
		return true
	default:
		return prev.blankAfter // a form feed
	}
}

// wrap is how a text was hard-wrapped: at width columns (0: it was not),
// and whether its paragraphs are apart by blank lines. Where they are not,
// a line that ends a sentence before one that starts in upper case ends
// its paragraph: both readings give whole sentences, and this one keeps
// the paragraphs the text had before it was wrapped.
type wrap struct {
	width  int
	max    int // the longest line wrapped: the true width, or a little less
	blanks bool
	// indents: paragraphs open with an indented line, and go on with
	// lines indented less, so an indented line opens a paragraph.
	indents bool
}

// continues reports whether next carries on the block of prev (see
// layOut); first says prev opens its block.
func continues(text string, prev, next line, w wrap, first bool) bool {
	if prev.blankAfter || next.quote != prev.quote {
		return false
	}
	content := text[prev.start:prev.end]
	switch {
	case next.kind == textLine:
	case next.kind == itemLine && next.dash && w.width > 0 && prev.kind == textLine &&
		w.full(prev, text, next) && !strings.HasSuffix(content, ":"):
		// "- " after a full line is a dash that the wrap put first, and
		// "302. " a number: "… on board flight ET" / "302. They included …".
	default:
		return false
	}
	switch prev.kind {
	case textLine:
		if next.indent >= prev.indent+2 || w.indents && next.indent >= 2 {
			return false // a new paragraph, indented
		}
	case itemLine: // its lines go on as a paragraph's do, indented or not
	default:
		return false
	}
	if !endsSentence(content) && startsLowerAt(text, next.start) {
		return true
	}
	if w.width == 0 {
		return false
	}
	if opensQuoteAt(text, next.start) && introducesQuote(content) {
		// a quotation the wrap put first after its verb: "… militants
		// shouting" / "“Allahu Akbar” attacked …"; a heading that ends
		// without a mark ("… to forfeit more than $11 billion") is none
		return true
	}
	if first && isTitle(content) && !endsSentence(content) {
		// A headline is a block of its own, though it may be wrapped:
		// its next line then holds a word that would not have fit. A
		// line in capitals with an apposition's article is prose that
		// opens with a name and a title ("Paul Hankins, the US Navy
		// Director of Salvage Operations and Ocean" before "Engineering,
		// reported …"): headlines leave articles out. So is one that fills
		// nine tenths of the width: a headline seldom runs so long and
		// stops before a word that would not fit ("Kenyan Cabinet
		// Secretary of Transport James Macharia and Ethiopian" /
		// "Airlines' Kenya country manager, …").
		nextText := text[next.start:next.end]
		return prev.cols+1+firstWordRunes(text, next) > w.max+1 &&
			(titleCaps(nextText) >= 1 || strings.Contains(content, ", the ") || strings.Contains(content, ", a ") || 10*prev.cols >= 9*w.width)
	}
	if nextText := text[next.start:next.end]; isTitle(nextText) && !strings.ContainsAny(nextText, ",;()[]") &&
		!endsSentence(nextText) && (next.blankAfter || !w.fullLine(next)) {
		return false // so is a byline or a heading after a block
	}
	if !w.blanks && !w.indents && endsSentence(content) && !startsLowerAt(text, next.start) && !(endsAtAbbreviation(content) && w.full(prev, text, next)) {
		return false // but a full line that ends at "U.S." goes on: "… the U.S." / "Coast Guard said."
	}
	return w.full(prev, text, next)
}

// introducesQuote reports whether s ends with a word of saying or one in
// -ing, with no mark after it: "… said", "… militants shouting".
func introducesQuote(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if w == "" || !unicode.IsLower(rune(w[0])) || !unicode.IsLetter(rune(w[len(w)-1])) {
		return false
	}
	return strings.HasSuffix(w, "ing") || sayWordSet[w]
}

// opensQuoteAt reports whether text at i opens a quotation before a
// capital: `"Allahu`, "“We".
func opensQuoteAt(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r != '"' && r != '“' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	return unicode.IsUpper(next)
}

// endsAtAbbreviation reports whether a line ends at an abbreviation with
// stops inside it ("U.S.", "a.m.") or a title before a name ("Adm.",
// "Dr."), whose full stop seldom ends a sentence.
func endsAtAbbreviation(content string) bool {
	w := content[strings.LastIndexByte(content, ' ')+1:]
	if len(w) < 3 || w[len(w)-1] != '.' {
		return false
	}
	return strings.Contains(w[:len(w)-1], ".") && !strings.Contains(w, "..") || lineEndTitles[strings.ToLower(w[:len(w)-1])]
}

// lineEndTitles are the abbreviated titles that come before a name.
var lineEndTitles = wordSet(`mr mrs ms dr adm gen sen rep gov lt col sgt capt prof rev insp supt cmdr`)

// full reports whether prev was too full for next's first word: the wrap
// put that word on a line of its own. A line with room to spare ended its
// paragraph.
func (w wrap) full(prev line, text string, next line) bool {
	return 10*(prev.cols+1+firstWordRunes(text, next)) > 9*w.width
}

// fullLine reports whether l comes within a quarter of the width.
func (w wrap) fullLine(l line) bool { return 4*l.cols >= 3*w.width }

// titleWords are the words a headline in title case leaves in lower case.
var titleWords = wordSet(`a an the and but or nor of in on at to for with by from as vs via into over after per is`)

// isTitle reports whether s is written in title case: two or more words,
// each capitalized but for short function words ("Kazakhstan Joins
// Abraham Accords with Israel"). A line of prose wrapped before a name has
// verbs and common nouns in lower case.
func isTitle(s string) bool { return titleCaps(s) >= 2 }

// titleCaps returns the capitalized words of s, or -1 if a word other than
// a function word is in lower case or s holds a sentence end.
func titleCaps(s string) int {
	if strings.Contains(s, ". ") {
		return -1
	}
	caps := 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case !unicode.IsLetter(r):
		case unicode.IsUpper(r):
			caps++
		case !titleWords[strings.ToLower(strings.TrimFunc(w, notWordRune))]:
			return -1
		}
	}
	return caps
}

// wrapOf returns how text was hard-wrapped: the width it was wrapped at,
// or none. The lines that matter are those of 30 columns or more that
// stop mid-sentence before another text line (shorter ones are menus and
// headings, in any text): in a wrapped text most of them fill the width,
// which is the 90th percentile of their lengths (the text's first line
// left out: a headline above it), 30 to 130 columns, and
// they are a fair share of the lines. In text that is not wrapped they are
// headlines, menus and captions of any length, and a list of one item a
// line ends each item with its sentence.
func wrapOf(text string, lines []line) wrap {
	var mid []int // the lengths of lines that stop mid-sentence
	inner := 0
	// The first line is left out: a headline above the wrapped text, which
	// was not wrapped and in a short text would set the width.
	first := slices.IndexFunc(lines, func(l line) bool { return l.kind == textLine })
	for i := 0; i+1 < len(lines); i++ {
		if l := lines[i]; i != first && l.kind == textLine && !l.blankAfter && lines[i+1].kind == textLine {
			inner++
			if l.cols >= 30 && !endsSentence(text[l.start:l.end]) {
				mid = append(mid, l.cols)
			}
		}
	}
	if len(mid) < 3 || 10*len(mid) < inner {
		return wrap{}
	}
	sorted := slices.Clone(mid)
	slices.Sort(sorted)
	w := sorted[(len(sorted)*9)/10]
	if w < 30 || w > 130 {
		return wrap{}
	}
	full := 0
	for _, n := range mid {
		if 4*n >= 3*w {
			full++
		}
	}
	if 10*full < 6*len(mid) {
		return wrap{}
	}
	out := wrap{width: w, max: sorted[len(sorted)-1]}
	for i := 1; i+1 < len(lines); i++ {
		if lines[i].kind == blankLine && lines[i-1].kind == textLine && lines[i+1].kind == textLine {
			out.blanks = true
			break
		}
	}
	// Indented full lines before a text line, and those before one indented
	// less: a paragraph's first line, wrapped. A short indented line is a
	// paragraph of one line (a byline, a date), which tells nothing.
	indented, hanging := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if l, next := lines[i], lines[i+1]; l.kind == textLine && l.indent >= 2 && next.kind == textLine {
			indented++
			if next.indent+2 <= l.indent {
				hanging++
			}
		}
	}
	out.indents = hanging >= 2 && 2*hanging >= indented
	return out
}

// splitLines cuts text into lines at LF, CRLF, CR and form feeds (a form
// feed also stands for a blank line) and classifies each.
func splitLines(text string) []line {
	var lines []line
	inCode := false
	for off := 0; off <= len(text); {
		end := off
		for end < len(text) && text[end] != '\n' && text[end] != '\r' && text[end] != '\f' {
			end++
		}
		l := classify(text, off, end, inCode)
		switch {
		case l.kind == fenceLine:
			inCode = !inCode
		case l.kind == blankLine && len(lines) > 0:
			lines[len(lines)-1].blankAfter = true
		}
		lines = append(lines, l)
		if end == len(text) {
			break
		}
		next := end + 1
		switch {
		case text[end] == '\r' && next < len(text) && text[next] == '\n':
			next++
		case text[end] == '\f' && len(lines) > 0:
			lines[len(lines)-1].blankAfter = true
		}
		off = next
	}
	return lines
}

// classify returns the line of text[start:end].
func classify(text string, start, end int, inCode bool) line {
	l := line{start: start, end: end}
	s := text[start:end]
	// E-mail quoting: "> ", "> > ", ">>".
	i := 0
	for {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j < len(s) && s[j] == '>' {
			l.quote++
			i = j + 1
			continue
		}
		break
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ':
			l.indent++
		case '\t':
			l.indent += 4
		default:
			goto content
		}
	}
content:
	cs, ce := trimSpaceRange(s[i:])
	l.start, l.end = start+i+cs, start+i+ce
	c := text[l.start:l.end]
	switch {
	case strings.HasPrefix(c, "```") || strings.HasPrefix(c, "~~~"):
		l.kind = fenceLine
	case inCode:
		l.kind = codeLine
	case c == "":
		l.kind = blankLine
	case isRule(c):
		l.kind = ruleLine
	default:
		if n := headingMarker(c); n > 0 {
			l.kind = headingLine
			l.start += n
			c = strings.TrimRight(c[n:], "# ")
			l.end = l.start + len(c)
		} else if n := itemMarker(c); n > 0 {
			l.kind, l.dash, l.marker = itemLine, c[0] == '-' || isDigit(c[0]), n
			l.start += n
		}
	}
	l.cols = utf8.RuneCountInString(text[start:l.end])
	return l
}

// isRule reports whether c is a Markdown rule or heading underline: three
// or more of one of - = * _, spaces between allowed.
func isRule(c string) bool {
	if len(c) < 3 || !strings.ContainsRune("-=*_", rune(c[0])) {
		return false
	}
	n := 0
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case c[0]:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// headingMarker returns the length of a Markdown heading's marker ("## ")
// at the start of c, or 0.
func headingMarker(c string) int {
	n := 0
	for n < len(c) && n < 7 && c[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(c) || c[n] != ' ' {
		return 0
	}
	return n + 1
}

// itemMarker returns the length of a list item's marker ("- ", "• ",
// "12. ") at the start of c, or 0.
func itemMarker(c string) int {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "· ", "‣ "} {
		if strings.HasPrefix(c, m) && len(c) > len(m) {
			return len(m)
		}
	}
	n := 0
	for n < len(c) && n < 4 && '0' <= c[n] && c[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 || n+1 >= len(c) || (c[n] != '.' && c[n] != ')') || c[n+1] != ' ' {
		return 0
	}
	return n + 2
}

// startsLowerAt reports whether text goes on at i in lower case, or in a
// script without case, where any line may go on the sentence before.
func startsLowerAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r) || isCaseless(r)
}

// firstWordRunes returns the length in runes of the first word of l.
func firstWordRunes(text string, l line) int {
	s := text[l.start:l.end]
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// hyphenAt reports whether line l ends in a word broken by a hyphen: a
// letter, then "-".
func hyphenAt(text string, l line) bool {
	s := text[l.start:l.end]
	if !strings.HasSuffix(s, "-") || len(s) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r)
}

// keepHyphen reports whether the word hyphenated over the end of prev and
// the start of next is a compound ("well-" "known") rather than a word
// broken where it was wrapped ("gov-" "ernment"): its hyphenated form is in
// the document, or both halves are words of the document or stopwords and
// the joined form is not in the document.
func keepHyphen(text string, prev, next line, words, stop map[string]bool) bool {
	left := lastWord(text[prev.start : prev.end-1])
	right := firstWord(text[next.start:next.end])
	l, r := strings.ToLower(left), strings.ToLower(right)
	switch {
	case words[l+"-"+r]:
		return true
	case words[l+r]:
		return false
	}
	return (words[l] || stop[l]) && (words[r] || stop[r])
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// docWords returns the lower-cased words of text, hyphenated compounds
// both whole and in parts, but for the halves of words broken over a line
// end ("gov-" "ernment"), which are what keepHyphen asks about.
func docWords(text string) map[string]bool {
	words := make(map[string]bool)
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }
	broken := false // the line before ended in a hyphen
	for _, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' }) {
		fields := strings.FieldsFunc(line, notWord)
		for k, f := range fields {
			last := k == len(fields)-1 && strings.HasSuffix(strings.TrimRightFunc(line, unicode.IsSpace), "-")
			if k == 0 && broken || last {
				continue
			}
			f = strings.ToLower(strings.Trim(f, "-"))
			words[f] = true
			if strings.Contains(f, "-") {
				for _, part := range strings.Split(f, "-") {
					words[part] = true
				}
			}
		}
		broken = strings.HasSuffix(strings.TrimRightFunc(line, unicode.IsSpace), "-")
	}
	return words
}

// laidBuilder builds a layout's text and offset map.
type laidBuilder struct {
	buf []byte
	src offsetMap
}

// put appends s, standing for the source at offset at.
func (b *laidBuilder) put(s string, at int) {
	b.src.add(len(b.buf), at)
	b.buf = append(b.buf, s...)
}

// drop removes the last n bytes.
func (b *laidBuilder) drop(n int) {
	b.buf = b.buf[:len(b.buf)-n]
	for k := len(b.src.laid) - 1; k >= 0 && b.src.laid[k] >= len(b.buf); k-- {
		b.src.laid, b.src.src = b.src.laid[:k], b.src.src[:k]
	}
}

// trimSpace removes white space from the end of the text, back to start.
func (b *laidBuilder) trimSpace(start int) {
	n := 0
	for len(b.buf)-n > start && b.buf[len(b.buf)-n-1] == ' ' {
		n++
	}
	if n > 0 {
		b.drop(n)
	}
}

// inline appends text[start:end] without its inline markup: Markdown
// images are left out, links keep their text, emphasis and code marks are
// dropped, and so are soft hyphens and zero-width spaces; a no-break space
// becomes a space.
func (b *laidBuilder) inline(text string, start, end int) {
	from := start // the first byte not yet appended
	flush := func(to int) {
		if to > from {
			b.put(text[from:to], from)
		}
	}
	for i := start; i < end; {
		c := text[i]
		switch {
		case c == '!' && i+1 < end && text[i+1] == '[':
			if _, _, close, ok := mdLink(text, i+1, end); ok {
				flush(i)
				i, from = close, close
				continue
			}
		case c == '[':
			if ts, te, close, ok := mdLink(text, i, end); ok {
				flush(i)
				b.inline(text, ts, te)
				i, from = close, close
				continue
			}
		case c == '*' || c == '_' || c == '`':
			if n := emphasisMark(text, i, start, end); n > 0 {
				flush(i)
				i += n
				from = i
				continue
			}
		case c == 0xC2 && i+1 < end && (text[i+1] == 0xAD || text[i+1] == 0xA0): // soft hyphen, no-break space
			flush(i)
			if text[i+1] == 0xA0 {
				b.put(" ", i)
			}
			i += 2
			from = i
			continue
		case c == 0xE2 && i+2 < end && text[i+1] == 0x80 && text[i+2] == 0x8B: // a zero-width space (Persian and Indic words hold joiners)
			flush(i)
			i += 3
			from = i
			continue
		case c == 0xEF && i+2 < end && text[i+1] == 0xBB && text[i+2] == 0xBF: // a byte-order mark
			flush(i)
			i += 3
			from = i
			continue
		}
		i++
	}
	flush(end)
}

// mdLink finds a Markdown link "[text](target)" at text[i] before end and
// returns the range of its text and the offset past it.
func mdLink(text string, i, end int) (ts, te, close int, ok bool) {
	depth := 0
	for j := i; j < min(end, i+maxMarked); j++ {
		switch text[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth > 0 {
				continue
			}
			if j+1 >= end || text[j+1] != '(' {
				return 0, 0, 0, false
			}
			k := strings.IndexByte(text[j+2:min(end, j+2+maxMarked)], ')')
			if k < 0 || strings.ContainsAny(text[j+2:j+2+k], " \t") && !strings.Contains(text[j+2:j+2+k], "\"") {
				return 0, 0, 0, false
			}
			return i + 1, j, j + 2 + k + 1, true
		}
	}
	return 0, 0, 0, false
}

// emphasisMark returns the length of a run of emphasis or code marks (*,
// _, `) at text[i] that opens or closes an emphasis whose other end is
// near on the line, or 0: an opening run
// is at the start or after a space or an opening bracket or quote and
// before a letter, digit or quote; a closing run after a letter, digit or
// punctuation and at the end or before a space or punctuation. Marks
// inside words (snake_case) stay.
func emphasisMark(text string, i, start, end int) int {
	c := text[i]
	n := 1
	for i+n < end && text[i+n] == c && n < 3 {
		n++
	}
	before, _ := utf8.DecodeLastRuneInString(text[start:i])
	after, _ := utf8.DecodeRuneInString(text[i+n : end])
	atStart := i == start || unicode.IsSpace(before) || strings.ContainsRune(`([{"“‘'`, before)
	atEnd := i+n == end || unicode.IsSpace(after) || unicode.IsPunct(after)
	opens := atStart && i+n < end && !unicode.IsSpace(after)
	closes := atEnd && i > start && !unicode.IsSpace(before)
	if opens == closes { // both: a lone mark between words or spaces
		return 0
	}
	// The other end must exist on the line.
	mark := text[i : i+n]
	if opens && !strings.Contains(text[i+n:min(end, i+n+maxMarked)], mark) ||
		closes && !strings.Contains(text[max(start, i-maxMarked):i], mark) {
		return 0
	}
	return n
}

// maxMarked bounds how far layout looks for the other end of an emphasis
// or a link, so that a line of many marks costs its length, not its
// square.
const maxMarked = 300
