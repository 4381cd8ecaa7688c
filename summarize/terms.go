package summarize

// Terms returns the content words of text as the summarizer's TF-IDF
// vectors see them: lower-cased Porter stems of runs of letters and digits,
// SMART stopwords left out, in order. It lets other stages (grouping
// articles into stories) compare texts with the same vocabulary as the
// briefs.
func (s *Summarizer) Terms(text string) []string {
	return s.vec.terms(text, make(map[string]string))
}
