package summarize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
)

// A caption, a headline or an editor's note often has no finite verb
// ("Protesters scuffling with police outside the court.", "Updates with
// final vote tally."), where a sentence of a story has one. hasFiniteVerb
// tells them apart in English, cheaply where it can: a word that is a
// finite verb whatever its context ("is", "said", "will"), or, after the
// first word, not after a determiner and in lower case, a past tense (in
// -ed or irregular: "burst", "sank") or a frequent verb seldom a noun
// ("comes", "expect"), or a word in -s before a determiner ("joins the"),
// says yes at once. Only the lines left are tagged
// with prose's part-of-speech tagger.
//
// The tagger (prose v3, an averaged perceptron) is deterministic: its
// model is fixed, its features are scored in a fixed order and ties go to
// the lowest tag id, so a line gets the same tags on every run and at any
// GOMAXPROCS. It is loaded once, the first time a line needs it (about
// 1 ms and 2 MB).

var tagger = sync.OnceValues(func() (*tag.Tagger, error) { return tag.New() })

// hasFiniteVerb reports whether s, an English sentence, has a finite verb
// other than the words skip accepts (nil skips none; skip is given words
// as written). The tagger knows English only: callers ask about English
// lines (see looksEnglish).
func hasFiniteVerb(s string, skip func(string) bool) bool {
	return sureVerb(s, skip) || taggedVerb(tagWords(s), skip)
}

// sureVerb reports whether s has a word that is a finite verb without the
// tagger's help (see above).
func sureVerb(s string, skip func(string) bool) bool {
	prev := ""
	for n, f := 0, ""; s != ""; n++ {
		f, s = nextWord(s)
		w := strings.TrimFunc(f, notWordRune)
		if w == "" || skip != nil && skip(w) {
			prev = w
			continue
		}
		stem, clitic := splitClitic(w)
		switch {
		case clitic == "s":
			if inSetFold(pronouns, stem) { // "it's", not "the city's"
				return true
			}
		case clitic != "":
			return true // n't, 're, 've, 'll, 'd, 'm
		}
		if inSetFold(finiteWords, stem) ||
			n > 0 && (isPastForm(stem) || irregularPast[stem] || commonVerbs[stem]) && !inSetFold(determiners, prev) ||
			n > 1 && inSetFold(determiners, stem) && isPresentForm(prev) {
			return true
		}
		prev = stem
	}
	return false
}

// isPresentForm reports whether w, a word after the first, may be a verb
// in its third-person form: in lower case, ending in -s but not -ss, -us
// or -is. Before a determiner it is one ("Kazakhstan joins the accords");
// a plural noun seldom stands there.
func isPresentForm(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && strings.IndexFunc(w, unicode.IsUpper) < 0
}

// splitClitic splits a clitic off a word: "it's" is "it" and "s",
// "didn't" "did" and "nt", with a straight or a curly apostrophe.
func splitClitic(w string) (stem, clitic string) {
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return w, ""
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	stem, clitic = w[:i], strings.ToLower(w[i+size:])
	if clitic == "t" && len(stem) > 1 && (stem[len(stem)-1] == 'n' || stem[len(stem)-1] == 'N') {
		return stem[:len(stem)-1], "nt"
	}
	switch clitic {
	case "s", "re", "ve", "ll", "d", "m":
		return stem, clitic
	}
	return w, ""
}

// taggedVerb reports whether the tagger finds a finite verb in words
// other than the ones skip accepts.
func taggedVerb(words []string, skip func(string) bool) bool {
	t, err := tagger()
	if err != nil {
		return true
	}
	toks := t.Tag(words)
	for i, tok := range toks {
		if skip != nil && skip(tok.Text) {
			continue
		}
		switch tok.Tag {
		case "VBN":
			if i == 0 && i+1 < len(toks) && isNounTag(toks[i+1].Tag) {
				continue // "Damaged part of a plane …": a participle before its noun, no verb
			}
			return true
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VB":
			// the tagger reads a plural subject's verb as VB as often as
			// VBP ("amateurs still make …"); after "to" it is no finite verb
			if i == 0 || toks[i-1].Tag != "TO" {
				return true
			}
		case "NN", "NNS":
			// a verb it does not know it reads as a noun; a "noun" between
			// a noun and a determiner is a verb: "the river floods its
			// banks", "the firm employs 400 people"
			if i > 0 && i+1 < len(toks) && isNounTag(toks[i-1].Tag) && objectTags[toks[i+1].Tag] {
				return true
			}
		}
	}
	return false
}

func isNounTag(t string) bool { return t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" }

// objectTags open a verb's object: a determiner, a possessive, a pronoun
// or a number.
var objectTags = map[string]bool{"DT": true, "PRP$": true, "PRP": true, "CD": true}

// isPastForm reports whether w, a word after the first, is a regular past
// tense or participle: in lower case (not a name such as Ahmed) and ending
// in -ed but not -eed (need, speed).
func isPastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") &&
		strings.IndexFunc(w, unicode.IsUpper) < 0
}

// tagWords cuts s into words for the tagger: white-space-separated words
// with their leading and trailing punctuation as words of their own, and
// the clitics 's, n't, 're, 've, 'll, 'd, 'm split off, as the Penn Treebank
// the tagger was trained on writes them; curly apostrophes are made
// straight.
func tagWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if strings.Contains(f, "’") {
			f = strings.ReplaceAll(f, "’", "'")
		}
		lead := 0
		for lead < len(f) {
			r, size := utf8.DecodeRuneInString(f[lead:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			out = append(out, f[lead:lead+size])
			lead += size
		}
		f = f[lead:]
		var trail []string
		for f != "" {
			r, size := utf8.DecodeLastRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' && isAbbreviation(f) {
				break
			}
			trail = append(trail, f[len(f)-size:])
			f = f[:len(f)-size]
		}
		if f != "" {
			for _, c := range clitics {
				if len(f) > len(c) && hasLowerASCIIPrefix(f[len(f)-len(c):], c) {
					out = append(out, f[:len(f)-len(c)])
					f = f[len(f)-len(c):]
					break
				}
			}
			out = append(out, f)
		}
		for i := len(trail) - 1; i >= 0; i-- {
			out = append(out, trail[i])
		}
	}
	return out
}

var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// isAbbreviation reports whether w, ending in a full stop, is an
// abbreviation with stops inside it (U.S., a.m.) or one letter (J.).
func isAbbreviation(w string) bool {
	inner := w[:len(w)-1]
	return strings.Contains(inner, ".") || utf8.RuneCountInString(inner) == 1
}

// looksEnglish reports whether s holds a function word of English that
// other languages written in Latin letters do not share, and, in a line of
// more than ten words, a second function word ("a", "in", "is", "for":
// Dutch, German or Danish have those too).
func looksEnglish(s string) bool {
	n, only, words := 0, false, 0
	for f := ""; s != ""; {
		f, s = nextWord(s)
		w := strings.TrimFunc(f, notWordRune)
		if w == "" {
			continue
		}
		words++
		if inSetFold(englishOnly, w) {
			only = true
			n++
		} else if inSetFold(englishShared, w) {
			n++
		}
	}
	return only && (n >= 2 || words <= 10)
}

var (
	englishOnly   = wordSet(`the and with from his her their its this these those into after during outside near are were who which has have would being than`)
	englishShared = wordSet(`a an in on to by at for is was as it of had been will`)
	// finiteWords are finite verbs in any context.
	finiteWords = wordSet(`is are was were am has have had does did will would shall should can could may might must
		said says told tells`)
	// irregularPast are the past tenses of English's irregular verbs (the
	// ones not spelt as their base form).
	irregularPast = wordSet(`arose awoke bore became began bent bled blew broke bred brought built burnt burst bought
		caught chose clung came crept dealt dug dove drew dreamt drank drove ate fell fed felt fought found
		fled flung flew forbade forgot forgave froze got gave went ground grew hung heard hid held knelt knew
		laid led leapt learnt left lent lay lit lost made meant met paid pled rode rang rose ran saw sought sold
		sent shook shone shot shrank sang sank sat slept slid slung spoke sped spent spilt spun spat sprang stood
		stole stuck stung stank strode struck strove swore swept swam swung took taught tore thought threw trod
		understood woke wore wove wept won wound withdrew wrote overtook undertook foresaw withheld upheld
		overcame outgrew rebuilt`)
	// commonVerbs are frequent verbs in their present forms that are
	// seldom nouns; the tagger reads them as nouns after a word it does
	// not know.
	commonVerbs = wordSet(`say says come comes go goes know knows take takes give gives seem seems tell
		ask asks mean means keep keeps begin begins bring brings happen happens provide provides
		include includes continue continues become becomes remain remains allow allows expect expects
		believe believes receive receives suggest suggests require requires agree agrees appear appears
		consider considers decide decides explain explains want wants need needs think thinks get gets
		make makes see sees find finds leave leaves feel feels try tries seek seeks hold holds`)
	// pronouns before 's make it "is" or "has".
	pronouns = wordSet(`it he she that there here what who where how`)
	// determiners before a word in -ed make it an adjective: "the injured".
	determiners = wordSet(`the a an this that these those his her its their our my your some many several no every each`)
)
