package rouge155

import (
	"sort"
	"strings"

	"brief/eval"
)

// beCounts is createBE's map: each basic element of a summary under a
// -3 mode, with its count, and the total.
type beCounts struct {
	n     map[string]int
	total int
	lines int // lines read
}

// newBECounts reads the HEAD|MODIFIER|RELATION lines of a SIMPLE file. A
// line without exactly three fields (Perl's split drops trailing empty
// ones) makes the script die.
func newBECounts(lines []string, mode string, stem bool) (beCounts, []string, error) {
	c := beCounts{n: make(map[string]int), lines: len(lines)}
	for _, l := range lines {
		be := lowerASCII(l)
		fds := strings.Split(be, "|")
		for len(fds) > 0 && fds[len(fds)-1] == "" {
			fds = fds[:len(fds)-1]
		}
		if len(fds) != 3 {
			warn := []string{
				"Basic Element (BE) input file is invalid: *" + be + "*\n",
				"A BE file has to be in this format per line: HEAD|MODIFIER|RELATION\n",
			}
			return c, warn, dief("For more infomation about BE, go to: http://www.isi.edu/~cyl/BE\n")
		}
		h, m := fds[0], fds[1]
		if stem {
			if len(h) > 3 {
				h = morphStemMulti(h)
			}
			if m != "NIL" && len(m) > 3 {
				m = morphStemMulti(m)
			}
		}
		var key string
		switch {
		case mode == "H" && m == "nil":
			key = h
		case mode == "HM" && m != "nil", mode == "HM1":
			key = h + "|" + m
		case mode == "HMR" && fds[2] != "nil", mode == "HMR1" && fds[1] != "nil", mode == "HMR2":
			key = h + "|" + m + "|" + fds[2]
		default:
			continue
		}
		c.n[key]++
		c.total++
	}
	return c, nil, nil
}

// morphStemMulti stems each word of a multi-word head or modifier, leaving
// the Penn bracket tokens (-LRB- ...) and words without a letter or digit.
func morphStemMulti(s string) string {
	words := perlSplitSpace(s)
	for i, w := range words {
		if strings.ContainsFunc(w, isAlnum) && !hasBracketToken(w) && w != "" {
			words[i] = eval.MorphStem(lowerASCII(w))
		}
	}
	return strings.Join(words, " ")
}

func isAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

func hasBracketToken(w string) bool {
	for _, b := range []string{"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"} {
		if strings.Contains(w, b) {
			return true
		}
	}
	return false
}

// hits is getBEScore's clipped matches of the peer's elements.
func (c beCounts) hits(peer beCounts) int {
	h := 0
	for k, n := range c.n {
		if p, ok := peer.n[k]; ok {
			h += min(n, p)
		}
	}
	return h
}

// matches returns the elements getBEScore prints under -v, sorted (the
// script prints them in hash order).
func (c beCounts) matches(peer beCounts) []string {
	var out []string
	for k := range c.n {
		if _, ok := peer.n[k]; ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// dump is join("#", %map) with the count, keys sorted.
func (c beCounts) dump() string {
	keys := make([]string, 0, len(c.n)+1)
	for k := range c.n {
		keys = append(keys, k)
	}
	keys = append(keys, "_cn_")
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		n := c.total
		if k != "_cn_" {
			n = c.n[k]
		}
		parts = append(parts, k, itoa(n))
	}
	return strings.Join(parts, "#")
}
