package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Document is one generated version of a story.
type Document struct {
	Name string
	Text string
}

// Sources are the texts the generator permutes and perturbs: the seed news
// versions, as paragraphs, and the Opinosis review topics, as sentences.
type Sources struct {
	News    [][]string // per seed version: its paragraphs
	Reviews [][]string // per topic: its review sentences
}

// Load reads the sources under a testdata folder: kazakhstan/0*.txt and
// opinosis/topics/*.data (ISO-8859-1 with CRLF line ends, as published).
func Load(testdata string) (*Sources, error) {
	news, err := filepath.Glob(filepath.Join(testdata, "kazakhstan", "0*.txt"))
	if err != nil {
		return nil, err
	}
	topics, err := filepath.Glob(filepath.Join(testdata, "opinosis", "topics", "*.data"))
	if err != nil {
		return nil, err
	}
	if len(news) == 0 || len(topics) == 0 {
		return nil, fmt.Errorf("corpus: no sources under %s", testdata)
	}
	src := &Sources{}
	for _, f := range news {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		src.News = append(src.News, splitParagraphs(string(b)))
	}
	for _, f := range topics {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var lines []string
		for _, l := range strings.Split(latin1(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		src.Reviews = append(src.Reviews, lines)
	}
	return src, nil
}

// latin1 decodes ISO-8859-1 (every byte is the rune of its value) and drops
// carriage returns.
func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		if c != '\r' {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

func splitParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Generate returns versions of many stories, at least sentences sentences
// in all (as Count counts them), the same for the same arguments. Stories
// alternate between news, made from the seed versions, and reviews, made
// from one Opinosis topic. Each story renames part of its vocabulary to
// words of its own, as different stories name different people and things;
// each version of it permutes, drops and perturbs its paragraphs and
// sentences, as agencies and scrapers do.
func Generate(src *Sources, sentences int) []Document {
	var docs []Document
	total := 0
	for story := 0; total < sentences; story++ {
		rng := rand.New(rand.NewPCG(uint64(story), 0x5eed))
		g := &storyGen{rng: rng, story: story}
		var versions []string
		if story%2 == 0 {
			versions = g.news(src.News)
		} else {
			versions = g.reviews(src.Reviews[story/2%len(src.Reviews)])
		}
		for v, text := range versions {
			docs = append(docs, Document{Name: fmt.Sprintf("s%05d_v%d.txt", story, v), Text: text})
			total += Count(text)
			if total >= sentences {
				break
			}
		}
	}
	return docs
}

// Count estimates the sentences of text as a sentence splitter finds them:
// a '.', '!' or '?' ends one where white space and a capital, a digit, a
// quotation mark or a bracket follow it, or the line ends, unless the '.'
// ends a lone letter ("U.S.", "J. Doe") or a common abbreviation ("Nov.");
// a line without such an end is one sentence.
func Count(text string) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		k := 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			if c == '.' && abbreviated(line[:i]) {
				continue
			}
			if i+1 == len(line) || i+2 < len(line) && line[i+1] == ' ' && startsSentence(line[i+2:]) {
				k++
			}
		}
		if k == 0 || !strings.ContainsAny(line[len(line)-1:], ".!?") {
			k++
		}
		n += k
	}
	return n
}

// abbreviations that a splitter does not end a sentence after.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true, "vs": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Aug": true, "Sept": true, "Sep": true,
	"Oct": true, "Nov": true, "Dec": true, "Gov": true, "Sen": true, "Rep": true, "Gen": true,
}

// abbreviated reports whether before, the text before a '.', ends with a
// lone letter or an abbreviation.
func abbreviated(before string) bool {
	w := before[strings.LastIndexAny(before, " (")+1:]
	return len(w) == 1 && isLetter(w[0]) || len(w) >= 2 && w[len(w)-2] == '.' && isLetter(w[len(w)-1]) || abbreviations[w]
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“'‘(`, r)
}

// Write writes docs into dir, one file each.
func Write(dir string, docs []Document) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, d.Name), []byte(d.Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

type storyGen struct {
	rng    *rand.Rand
	story  int
	rename map[string]string // per story: word → its stand-in
}

// news makes 3 to 8 versions of a news story from the seed versions: each
// keeps its source's first three paragraphs in place (the lead), swaps some
// neighbouring paragraphs and drops some of the rest.
func (g *storyGen) news(seeds [][]string) []string {
	n := 3 + g.rng.IntN(6)
	out := make([]string, n)
	for v := range out {
		paras := append([]string(nil), seeds[g.rng.IntN(len(seeds))]...)
		var kept []string
		for i, p := range paras {
			if i < 3 || g.rng.Float64() >= 0.15 {
				kept = append(kept, p)
			}
		}
		for i := 4; i < len(kept); i++ {
			if g.rng.Float64() < 0.3 {
				kept[i-1], kept[i] = kept[i], kept[i-1]
			}
		}
		for i, p := range kept {
			kept[i] = g.perturb(p)
		}
		out[v] = strings.Join(kept, "\n\n") + "\n"
	}
	return out
}

// reviews makes 3 to 8 pages of reviews on one topic: a heading, 20 to 40
// of the topic's sentences in paragraphs of 2 to 5, and a copyright line.
func (g *storyGen) reviews(topic []string) []string {
	n := 3 + g.rng.IntN(6)
	out := make([]string, n)
	title := g.perturb("Customer reviews")
	for v := range out {
		var sb strings.Builder
		sb.WriteString(title + "\n\n")
		k := min(len(topic), 20+g.rng.IntN(21))
		picks := g.rng.Perm(len(topic))[:k]
		sort.Ints(picks[:k/2]) // half in the topic's order, as pages quote the same reviews
		for i := 0; i < k; {
			m := min(k-i, 2+g.rng.IntN(4))
			for j := 0; j < m; j++ {
				if j > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(g.perturb(sentenceCase(topic[picks[i+j]])))
			}
			sb.WriteString("\n\n")
			i += m
		}
		fmt.Fprintf(&sb, "Copyright %d Reviews Inc. All rights reserved.\n", 2000+g.story%25)
		out[v] = sb.String()
	}
	return out
}

// sentenceCase trims a review line, drops a leading comma and capitalises
// its first letter.
func sentenceCase(s string) string {
	s = strings.TrimLeft(s, " ,;")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// perturb renames the story's words (one word type in three of five or more
// letters, the same way in every version) and, in a version, drops one word
// in fifty.
func (g *storyGen) perturb(text string) string {
	if g.rename == nil {
		g.rename = make(map[string]string)
	}
	var sb strings.Builder
	sb.Grow(len(text))
	words := strings.Split(text, " ")
	for i, w := range words {
		if len(words) > 8 && g.rng.IntN(50) == 0 {
			continue
		}
		if i > 0 && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(g.word(w))
	}
	return sb.String()
}

// word renames the letters of w, keeping its punctuation and capital.
func (g *storyGen) word(w string) string {
	start := strings.IndexFunc(w, unicode.IsLetter)
	if start < 0 {
		return w
	}
	end := start
	for end < len(w) {
		r, n := utf8.DecodeRuneInString(w[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	core := w[start:end]
	if len(core) < 5 {
		return w
	}
	lower := strings.ToLower(core)
	to, ok := g.rename[lower]
	if !ok {
		to = lower
		h := hash(g.story, lower)
		if h%3 == 0 {
			to = pseudoWord(h)
		}
		g.rename[lower] = to
	}
	if to == lower {
		return w
	}
	if r, _ := utf8.DecodeRuneInString(core); unicode.IsUpper(r) {
		to = strings.ToUpper(to[:1]) + to[1:]
	}
	return w[:start] + to + w[end:]
}

// hash is FNV-1a of the story number and a word.
func hash(story int, w string) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range []byte(fmt.Sprint(story, ":", w)) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

var (
	onsets = []string{"b", "br", "d", "f", "g", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "v", "z"}
	nuclei = []string{"a", "e", "i", "o", "u", "ai", "ou"}
)

// pseudoWord makes a pronounceable word of 2 to 4 syllables from h.
func pseudoWord(h uint64) string {
	h /= 3
	var sb strings.Builder
	for n := 2 + int(h%3); n > 0; n-- {
		h /= 3
		sb.WriteString(onsets[h%uint64(len(onsets))])
		h /= uint64(len(onsets))
		sb.WriteString(nuclei[h%uint64(len(nuclei))])
		h /= uint64(len(nuclei))
		if h == 0 {
			h = 0x9e3779b97f4a7c15
		}
	}
	return sb.String()
}
