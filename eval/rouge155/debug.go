package rouge155

import (
	"fmt"
	"sort"
	"strings"

	"brief/eval"
)

// debug prints what the script prints under -v while it scores one
// evaluation: texts, tokens, LCS hits and totals. Where it prints a Perl
// hash (the n-gram and skip-bigram counts) its order is Perl's random one;
// here the keys are sorted.
func (s *system) debug(m metric, name, peerPath string, peer eval.Text, models []string, format, variant string, ev *eval.Evaluation, sc eval.Score) {
	r, w := s.r, s.out
	texts := make([]eval.Text, len(models))
	for i, p := range models {
		t := r.read(p, format, variant[i] != 'u', false).text
		if variant[i] == 'w' {
			t = eval.Combine(t, r.read(p, format, false, false).text)
		}
		texts[i] = t
	}
	switch m.kind {
	case ngram, skipBigram:
		counts := func(t eval.Text) string {
			if m.kind == ngram {
				return gramDump(t.GramTokens(), m.n)
			}
			return skipDump(t.GramTokens(), *r.c.skip, m.unigrams)
		}
		text := func(t eval.Text, path string) {
			if r.read(path, format, false, false).empty && (r.c.words != 0 || r.c.bytes != 0) {
				w.WriteString("---empty text---\n")
				return
			}
			fmt.Fprintf(w, "%s\n%s\n", t.GramText(), counts(t))
		}
		fmt.Fprintf(w, "***P %s\n", r.printable(peerPath))
		text(peer, peerPath)
		for i, p := range models {
			text(texts[i], p)
			fmt.Fprintf(w, "***M %s\n", r.printable(p))
		}
		label := fmt.Sprintf("%d-gram", m.n)
		score := fmt.Sprintf("ROUGE-%d", m.n)
		p, f := sc.P, sc.F
		if m.kind == skipBigram {
			label = "ROUGE-S" + r.c.skipText
			score = label
			p, f = sc.R, sc.R // the script prints R three times
		}
		fmt.Fprintf(w, "total %s model count: %s\n", label, perlG(sc.Model))
		fmt.Fprintf(w, "total %s peer count: %s\n", label, perlG(sc.Peer))
		fmt.Fprintf(w, "total %s hit: %s\n", label, perlG(sc.Hit))
		fmt.Fprintf(w, "total %s-R: %7.5f\n", score, sc.R)
		fmt.Fprintf(w, "total %s-P: %7.5f\n", score, p)
		fmt.Fprintf(w, "total %s-F: %7.5f\n", score, f)
	case lcs, wlcs:
		units := func(t eval.Text) {
			w.WriteString(strings.Join(t.Sentences(), "\n") + "\n")
			for i, toks := range t.UnitTokens() {
				fmt.Fprintf(w, "%d: %s\n", i, strings.Join(toks, "|"))
			}
		}
		fmt.Fprintf(w, "***P %s\n", r.printable(peerPath))
		units(peer)
		hitLabel := "LCS: "
		if m.kind == wlcs {
			hitLabel = "ROUGE-W: "
		}
		for i, p := range models {
			var hits [][]string
			if m.kind == lcs {
				hits = ev.LCSHits(i)
			} else {
				hits = ev.WLCSHits(i)
			}
			for _, h := range hits {
				if len(h) == 0 {
					fmt.Fprintf(w, "%s-\n", hitLabel)
				} else {
					fmt.Fprintf(w, "%s%s\n", hitLabel, strings.Join(h, " "))
				}
			}
			fmt.Fprintf(w, "***M %s\n", r.printable(p))
			units(texts[i])
		}
		label, score := "ROUGE-L", " score"
		if m.kind == wlcs {
			label = name
		}
		fmt.Fprintf(w, "total %s model count: %s\n", label, perlG(sc.Model))
		fmt.Fprintf(w, "total %s peer count: %s\n", label, perlG(sc.Peer))
		fmt.Fprintf(w, "total %s hit: %s\n", label, perlG(sc.Hit))
		fmt.Fprintf(w, "total %s-R score: %7.5f\n", label, sc.R)
		if m.kind == lcs {
			score = ""
		}
		fmt.Fprintf(w, "total %s-P%s: %7.5f\n", label, score, sc.P)
		fmt.Fprintf(w, "total %s-F%s: %7.5f\n", label, score, sc.F)
	}
}

// gramDump is join("|", %grams) of createNGram's map, keys sorted.
func gramDump(toks []string, n int) string {
	c := make(map[string]int)
	total := 0
	for i := 0; i+n <= len(toks); i++ {
		c[strings.Join(toks[i:i+n], " ")]++
		total++
	}
	return dumpCounts(c, total)
}

// skipDump is join("|", %grams) of createSkipBigram's map, keys sorted.
func skipDump(toks []string, skip int, unigrams bool) string {
	c := make(map[string]int)
	total := 0
	for i := 0; i < len(toks)-1; i++ {
		if unigrams {
			c[toks[i]]++
			total++
		}
		for j := i + 1; j < len(toks) && (skip < 0 || j <= i+skip+1); j++ {
			c[toks[i]+" "+toks[j]]++
			total++
		}
	}
	return dumpCounts(c, total)
}

func dumpCounts(c map[string]int, total int) string {
	c["_cn_"] = total
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, 2*len(keys))
	for _, k := range keys {
		parts = append(parts, k, itoa(c[k]))
	}
	return strings.Join(parts, "|")
}
