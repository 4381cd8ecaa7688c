package eval

import (
	_ "embed"
	"strings"
	"sync"
)

// The two data files ROUGE-1.5.5 reads at run time, shipped in the binary
// (see data/NOTICE.md).
var (
	//go:embed data/smart_common_words.txt
	smartCommonWords string
	//go:embed data/wordnet-2.0-exceptions.tsv
	wordnetExceptions string
)

// Stoplist is a set of words that -s removes.
type Stoplist struct{ set map[string]bool }

// NewStoplist returns the stoplist of words, as ROUGE-1.5.5 reads its
// smart_common_words.txt: one word a line, compared byte for byte with
// the lower-cased tokens.
func NewStoplist(words []string) *Stoplist {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return &Stoplist{set: set}
}

// SMARTStoplist returns the SMART stoplist ROUGE-1.5.5 ships
// (data/smart_common_words.txt).
func SMARTStoplist() *Stoplist { return smartStoplist() }

var smartStoplist = sync.OnceValue(func() *Stoplist {
	return NewStoplist(strings.Split(smartCommonWords, "\n"))
})

// exceptions returns the WordNet 2.0 exception table: inflected form to
// base form. It is built once and only read after.
var exceptions = sync.OnceValue(func() map[string]string {
	table := make(map[string]string, 6000)
	for _, line := range strings.Split(wordnetExceptions, "\n") {
		word, base, ok := strings.Cut(line, "\t")
		if ok {
			table[word] = base
		}
	}
	return table
})

// MorphStem is ROUGE-1.5.5's MorphStem of a lower-case word: its base form
// in the WordNet 2.0 exception table, or else its stem by ROUGE's Porter
// stemmer. (ROUGE stems only tokens longer than 3 bytes; BE heads and
// modifiers of several words have each word stemmed whatever its length.)
func MorphStem(word string) string {
	if base, ok := exceptions()[word]; ok {
		return base
	}
	return porterStem(word)
}
