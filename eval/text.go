package eval

import "strings"

// Text is one summary prepared for scoring under a Scorer's options:
// truncated, tokenized, stopword-filtered and stemmed once, so that it can
// be scored against many others.
type Text struct {
	// grams is ROUGE-1.5.5's readText: the truncated text as one token
	// sequence, for n-grams, skip-bigrams and LCS clipping counts.
	grams []string
	// units is readText_LCS: one token sequence per sentence, truncated
	// the LCS way, for ROUGE-L and ROUGE-W.
	units [][]string
	// lines are the lower-cased, truncated sentences units come from;
	// gramLines those grams come from.
	lines, gramLines []string
	// flat says grams are the units end to end (no -b).
	flat bool
}

// Tokens returns the number of tokens the n-gram metrics see.
func (t Text) Tokens() int { return len(t.grams) }

// GramTokens returns the tokens the n-gram metrics see.
func (t Text) GramTokens() []string { return t.grams }

// GramText returns the text the n-gram metrics see, as ROUGE-1.5.5 -v
// prints it: the truncated sentences joined by a space, lower-cased, every
// byte but ASCII letters, digits and '-' made a space, '-' set apart,
// spaces squeezed.
func (t Text) GramText() string { return cleanLine(strings.Join(t.gramLines, " ")) }

// UnitTokens returns the tokens of each sentence as ROUGE-L and ROUGE-W
// see them.
func (t Text) UnitTokens() [][]string { return t.units }

// Sentences returns the sentences ROUGE-L and ROUGE-W see, as ROUGE-1.5.5
// -v prints them: truncated, lower-cased, every byte but ASCII letters,
// digits and '-' made a space, '-' set apart, spaces squeezed.
func (t Text) Sentences() []string {
	out := make([]string, len(t.lines))
	for i, l := range t.lines {
		out[i] = cleanLine(l)
	}
	return out
}

// Combine returns a text with the n-gram tokens of grams and the sentences
// of units. ROUGE-1.5.5's -M scores ROUGE-W with such references: their
// sentences unstemmed, their clipping counts stemmed.
func Combine(grams, units Text) Text {
	return Text{grams: grams.grams, gramLines: grams.gramLines, units: units.units, lines: units.lines, flat: false}
}

// Prepare turns sentences (one per element, like the lines of ROUGE's SPL
// input) into a Text. Empty sentences are skipped. The text is taken as
// bytes, as ROUGE-1.5.5 reads it: any encoding will do, since only ASCII
// letters and digits make tokens.
func (s *Scorer) Prepare(sentences []string) Text {
	lines := make([]string, 0, len(sentences))
	for _, l := range sentences {
		if l != "" {
			lines = append(lines, lowerASCII(l))
		}
	}
	gramLines, unitLines := truncate(lines, s.opts.Words, s.opts.Bytes)
	t := Text{lines: unitLines, gramLines: gramLines}
	t.units = make([][]string, len(unitLines))
	for i, l := range unitLines {
		t.units[i] = s.appendTokens(nil, l)
	}
	if t.flat = sameLines(gramLines, unitLines); t.flat {
		// The n-gram text is the sentences end to end.
		n := 0
		for _, u := range t.units {
			n += len(u)
		}
		t.grams = make([]string, 0, n)
		for _, u := range t.units {
			t.grams = append(t.grams, u...)
		}
		return t
	}
	for _, l := range gramLines {
		t.grams = s.appendTokens(t.grams, l)
	}
	return t
}

// sameLines reports whether a and b are the same slice.
func sameLines(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// truncate applies -l or -b the way ROUGE-1.5.5's readText (n-gram text)
// and readText_LCS (LCS units) do. The two differ under -b: readText_LCS
// never adds up the bytes it keeps, so it keeps every line shorter than
// the limit and cuts only the first longer one.
func truncate(lines []string, words, bytes int) (gram, units []string) {
	switch {
	case words > 0:
		used := 0
		for _, l := range lines {
			if n := perlFieldCount(l); used+n < words {
				gram = append(gram, l)
				used += n
				continue
			}
			gram = append(gram, strings.Join(perlSplit(l)[:words-used], " "))
			break
		}
		return gram, gram
	case bytes > 0:
		used := 0
		for _, l := range lines {
			if used+len(l) < bytes {
				gram = append(gram, l)
				used += len(l)
				continue
			}
			gram = append(gram, l[:bytes-used])
			break
		}
		for _, l := range lines {
			if len(l) < bytes {
				units = append(units, l)
				continue
			}
			units = append(units, l[:bytes])
			break
		}
		return gram, units
	}
	return lines, lines
}

// perlSplit is Perl's split(/\s+/, s) on bytes: a leading separator gives
// an empty first field, trailing empty fields are dropped.
func perlSplit(s string) []string {
	var fields []string
	i := 0
	if len(s) > 0 && isPerlSpace(s[0]) {
		fields = append(fields, "")
	}
	for i < len(s) {
		for i < len(s) && isPerlSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isPerlSpace(s[j]) {
			j++
		}
		if j > i {
			fields = append(fields, s[i:j])
		}
		i = j
	}
	for len(fields) > 0 && fields[len(fields)-1] == "" {
		fields = fields[:len(fields)-1]
	}
	return fields
}

// perlFieldCount is len(perlSplit(s)).
func perlFieldCount(s string) int {
	n := 0
	if len(s) > 0 && isPerlSpace(s[0]) {
		n = 1 // the empty first field
	}
	in := false
	for i := 0; i < len(s); i++ {
		switch space := isPerlSpace(s[i]); {
		case !space && !in:
			n, in = n+1, true
		case space:
			in = false
		}
	}
	if n == 1 && len(s) > 0 && isPerlSpace(s[0]) && !in && strings.TrimLeft(s, " \t\n\v\f\r") == "" {
		return 0 // only separators: no field at all
	}
	return n
}

// isPerlSpace is \s on a byte string: no NBSP, no other non-ASCII space.
func isPerlSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
}

// lowerASCII is Perl's tr/A-Z/a-z/.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// cleanLine is what readText_LCS leaves of a lower-cased line:
// s/-/ - /g, s/[^A-Za-z0-9-]/ /g, then spaces trimmed and squeezed.
func cleanLine(l string) string {
	var b strings.Builder
	space := false
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c == '-':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteByte('-')
			space = true
		case isWordByte(c) || 'A' <= c && c <= 'Z':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteByte(c)
			space = false
		default:
			space = true
		}
	}
	return b.String()
}

// appendTokens appends the tokens of one lower-cased line. ROUGE-1.5.5
// turns every byte outside [a-z0-9-] into a space, isolates '-' and then
// drops tokens not starting with [a-z0-9], so a token is a maximal run of
// ASCII letters and digits: a non-ASCII byte splits a word.
func (s *Scorer) appendTokens(out []string, line string) []string {
	for i := 0; i < len(line); {
		if !isWordByte(line[i]) {
			i++
			continue
		}
		j := i
		for j < len(line) && isWordByte(line[j]) {
			j++
		}
		tok := line[i:j]
		i = j
		if s.stopwords != nil && s.stopwords[tok] {
			continue
		}
		if s.opts.Stem && len(tok) > 3 {
			tok = s.stem(tok)
		}
		out = append(out, tok)
	}
	return out
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || '0' <= b && b <= '9'
}

// stem is ROUGE-1.5.5's MorphStem, the words met kept with their stems.
func (s *Scorer) stem(tok string) string {
	s.stemMu.RLock()
	st, ok := s.stems[tok]
	s.stemMu.RUnlock()
	if ok {
		return st
	}
	st = strings.Clone(MorphStem(tok)) // not to keep the line
	s.stemMu.Lock()
	s.stems[strings.Clone(tok)] = st
	s.stemMu.Unlock()
	return st
}
