package eval

import (
	_ "embed"
	"strings"
)

// The two data files ROUGE-1.5.5 reads at run time, shipped in the binary
// (see data/NOTICE.md).
var (
	//go:embed data/smart_common_words.txt
	smartCommonWords string
	//go:embed data/wordnet-2.0-exceptions.tsv
	wordnetExceptions string
)

// loadStopwords returns the SMART stopword set, one word a line.
func loadStopwords() map[string]bool {
	set := make(map[string]bool, 600)
	for _, w := range strings.Split(smartCommonWords, "\n") {
		if w != "" {
			set[w] = true
		}
	}
	return set
}

// loadExceptions returns the WordNet 2.0 exception table: inflected form
// to base form.
func loadExceptions() map[string]string {
	table := make(map[string]string, 6000)
	for _, line := range strings.Split(wordnetExceptions, "\n") {
		word, base, ok := strings.Cut(line, "\t")
		if ok {
			table[word] = base
		}
	}
	return table
}
