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
	NotProse    Noise = "not prose"   // menus, headings, timestamps, fragments
	Repeated    Noise = "repeated"    // a block that occurs twice on one page
	Caption     Noise = "caption"     // ends with a photo credit
	Byline      Noise = "byline"      // "By Jane Doe and John Roe"
	Bio         Noise = "bio"         // "Jane Doe is a correspondent for …"
	Boilerplate Noise = "boilerplate" // copyright, newsletter, sign-up lines
	Correction  Noise = "correction"  // "Correction: An earlier version …"
	URL         Noise = "url"         // carries a web address
	OffStory    Noise = "off story"   // a block the other versions don't support
)

var (
	// A parenthesised credit at the end of a block: "(AP Photo/Jane Doe)",
	// "(Jane Doe/Getty Images)", "(…, Pool Photo via AP, File)".
	creditRE = regexp.MustCompile(`(?i)\(([^()]*(?:photo|images?|/|\bfile\b|\bpool\b|\bcredit)[^()]*)\)\s*$`)
	bylineRE = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,))*\s*$`)
	// "Jane Doe is a senior reporter for …", "… is the Star’s science
	// correspondent", "Jane Doe covers city hall for …".
	bioRE        = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’-]*\s+){2,3}(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:correspondent|reporter|writer|editor|journalist|columnist|contributor|producer|author|photographer)|(?:covers|writes about|writes for|reports on|reports for)\s)`)
	correctionRE = regexp.MustCompile(`(?i)^(?:correction|clarification|editor['’]?s note)\s*:|\ban earlier version of this (?:article|story|report)\b|\bthis (?:article|story|report) (?:has been|was) (?:corrected|amended)\b`)
	boilerRE     = regexp.MustCompile(`(?i)copyright|©|all rights reserved|\bsign up\b|\bsubscribe\b|\bnewsletter\b|may not be (?:published|reproduced|redistributed)|` +
		`\bcookie (?:policy|notice|settings|preferences)\b|\b(?:uses?|accept(?: all)?|about) cookies\b|\bby continuing\b`)
	urlRE = regexp.MustCompile(`(?i)\bhttps?://|\bwww\.[a-z0-9-]+\.`)
	// Leading page metadata before the first word of a lead: an ISO date
	// ("date 2025-11-06 ") or a dateline ("WASHINGTON (AP) — ").
	leadDateRE = regexp.MustCompile(`^(?:(?i:date)\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+`)
	// Scraping debris before the first word: stray commas, bullets, quote
	// marks of e-mail replies (">> ").
	leadJunkRE = regexp.MustCompile(`^[\s,;:.>»|*•·–—-]+`)
	// "WASHINGTON (AP) — ", "PORT ELLERY, March 3 (Coastal Press) - ".
	datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}.,' ]{1,40}(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([\pL. ]{1,40}\))?\s*[—–-]{1,2}\s+`)
	// Page timestamps: "Published 3:04 PM EST", "Updated: 11:30 AM".
	stampRE = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|modified)\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)\b`)
)

// minWords is the fewest words a kept sentence has; shorter ones are
// headings, menu items or fragments.
const minWords = 4

// clean marks the noise in one document's sentences and trims leading page
// metadata from the sentences it keeps. noise[i] is set for sentence i.
func clean(text string, sents []Sentence, noise []Noise) {
	paras := groupParagraphs(sents)
	folded := make([]string, len(paras))
	seen := make(map[string]int, len(paras))
	for k, p := range paras {
		folded[k] = foldSpace(paraText(text, sents, p))
		seen[folded[k]]++
	}
	for k, p := range paras {
		block := paraText(text, sents, p)
		if n := paragraphNoise(block, seen[folded[k]], sents[p[0]].Text); n != Kept {
			for i := p[0]; i < p[1]; i++ {
				noise[i] = n
			}
			continue
		}
		for i := p[0]; i < p[1]; i++ {
			noise[i] = sentenceNoise(sents[i].Text, i == p[0] && i+1 == p[1])
		}
	}
	for i := range sents {
		if noise[i] == Kept {
			trimLead(&sents[i])
		}
	}
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
	return text[sents[p[0]].Start:sents[p[1]-1].End()]
}

// paragraphNoise judges a whole block: first, its first sentence; count, how
// often the block occurs on its page.
//
// Each pattern is tried only where a cheap test says it may match: most
// blocks are plain prose, and the patterns are costly on long blocks.
func paragraphNoise(block string, count int, first string) Noise {
	switch {
	case count > 1:
		return Repeated
	case strings.HasSuffix(block, ")") && creditRE.MatchString(block):
		return Caption
	case len(block) < 200 && (strings.HasPrefix(block, "By ") || strings.HasPrefix(block, "by ")) && bylineRE.MatchString(block):
		return Byline
	case mayBeBio(first) && bioRE.MatchString(first):
		return Bio
	case mayBeBoilerplate(block) && boilerRE.MatchString(block):
		return Boilerplate
	case correctionRE.MatchString(block):
		return Correction
	}
	return Kept
}

// mayBeBio reports whether a first sentence has a verb bioRE needs.
func mayBeBio(first string) bool {
	for _, v := range []string{" is ", " was ", " covers ", " writes ", " reports "} {
		if strings.Contains(first, v) {
			return true
		}
	}
	return false
}

// boilerWords are the lower-case literals boilerRE needs; a block with none
// of them is not boilerplate.
var boilerWords = []string{"copyright", "©", "rights reserved", "sign up", "subscribe", "newsletter", "may not be", "cookie", "by continuing"}

func mayBeBoilerplate(block string) bool {
	lower := strings.ToLower(block)
	for _, w := range boilerWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// sentenceNoise judges one sentence; alone says it is its paragraph's only
// sentence, where a short question is a heading ("What is X?").
func sentenceNoise(s string, alone bool) Noise {
	switch {
	case (strings.Contains(s, "://") || strings.Contains(s, "www.")) && urlRE.MatchString(s):
		return URL
	case !endsSentence(s), countWords(s) < minWords, !hasLower(s):
		return NotProse
	case countWords(s) < 12 && stampRE.MatchString(s):
		return NotProse // a timestamp line
	case alone && strings.HasSuffix(strings.TrimRight(s, closers), "?") && countWords(s) < 8:
		return NotProse
	}
	return Kept
}

// trimLead drops scraping debris, an ISO date and a dateline from the front
// of a sentence, when what follows starts with a capital.
func trimLead(s *Sentence) {
	for _, re := range []*regexp.Regexp{leadJunkRE, leadDateRE, datelineRE} {
		loc := re.FindStringIndex(s.Text)
		if loc == nil || loc[1] == len(s.Text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s.Text[loc[1]:])
		if !unicode.IsUpper(r) {
			continue
		}
		s.Start += loc[1]
		s.Text = s.Text[loc[1]:]
	}
}

func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

// countWords counts white-space-separated words, as the word budget does
// (the same count as len(strings.Fields(s)), without the slice).
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// foldSpace replaces every run of white space with one space and trims
// both ends. Text that is folded already is returned as it is.
func foldSpace(s string) string {
	folded := true
	prevSpace := true // so a leading space counts as unfolded
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			folded = false
			break
		}
		prevSpace = space
	}
	if folded && !prevSpace || s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
