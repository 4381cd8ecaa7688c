package summarize

import "brief/rank"

// Terms returns the content words of text as the summarizer's TF-IDF
// vectors see them: lower-cased Porter stems of runs of letters and digits,
// SMART stopwords left out, in order. It lets other stages (grouping
// articles into stories) compare texts with the same vocabulary as the
// briefs.
func (s *Summarizer) Terms(text string) []string {
	return s.vec.terms(text, make(lexemes))
}

// TermsOfOne returns a function that does what Terms does and keeps the
// stems it finds for its next calls: for the short texts of one story
// (headlines, leads, a brief). It is not safe for concurrent use.
func (s *Summarizer) TermsOfOne() func(string) []string {
	own := make(lexemes)
	return func(text string) []string { return s.vec.terms(text, own) }
}

// TFIDF returns one unit TF-IDF vector per list of terms (such as Terms
// gives), weighted as the summarizer weighs sentences: (1 + log tf) · idf,
// idf = log((1+N)/(1+df)) + 1 over the lists. Term ids are numbered in order
// of first use, so the vectors do not depend on map order.
func TFIDF(lists [][]string) []rank.Vector {
	ids := make(map[string]int32)
	idLists := make([][]int32, len(lists))
	for i, terms := range lists {
		idLists[i] = make([]int32, len(terms))
		for k, t := range terms {
			id, ok := ids[t]
			if !ok {
				id = int32(len(ids))
				ids[t] = id
			}
			idLists[i][k] = id
		}
	}
	return vectors(idLists, len(ids))
}
