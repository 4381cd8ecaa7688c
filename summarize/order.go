package summarize

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// readingOrder sorts the chosen candidates of a pool of ndocs versions so
// they read as one paragraph: by where their fact appears in the versions,
// as the mean over all of them of the earliest relative position (0 first,
// 1 last) of a sentence stating it, a version that does not state it
// counting 1. The fact the versions lead with comes first, and of two
// facts told as early, the one more versions tell: the news, then what
// most versions say, then what a few add, as an editor writes a story.
// Ties go to the one chosen first, the more relevant (or the one in place
// of which a fresher rendering came; see latest), so that of two facts
// that open the versions, the news reads before a detail. Where versions
// state two facts both, the order most of them tell them in wins (see
// precedence). A sentence
// chosen to follow the one before it in its source comes right behind
// that one. The news (see newsOf, widestLead), when chosen, comes first,
// unless it is a quotation and another sentence tells the news itself; a
// developing story's facts are then in time order (see inTime), which
// takes for background what the versions that state it tell in their
// second half.
func readingOrder(p *pool, ndocs int, chosen, after []int, dates []Date, news int) []int {
	count := make(map[int]int)
	pos := make([]float64, len(p.cands))
	for k, c := range p.cands {
		pos[k] = float64(count[c.doc])
		count[c.doc]++
	}
	for k, c := range p.cands {
		pos[k] /= float64(count[c.doc])
	}
	where := make(map[int]float64, len(chosen))
	key := make(map[int]float64, len(chosen))        // where, the versions that do not state it at their end
	first := make(map[int]Date, len(chosen))         // the date its fact was first reported, if known
	at := make(map[int]map[int]float64, len(chosen)) // per version, where it first states the fact
	for _, k := range chosen {
		earliest := map[int]float64{}
		at[k] = earliest
		note := func(j int) {
			d := p.cands[j].doc
			if at, ok := earliest[d]; !ok || pos[j] < at {
				earliest[d] = pos[j]
			}
			if dates != nil && !dates[j].IsZero() {
				if f, ok := first[k]; !ok || dates[j].Compare(f) < 0 {
					first[k] = dates[j]
				}
			}
		}
		note(k)
		for _, e := range p.graph.Adj[k] {
			if p.same(k, int(e.To), e.W) {
				note(int(e.To))
			}
		}
		var sum float64
		for d := range ndocs { // in document order: a deterministic sum
			sum += earliest[d]
		}
		where[k] = sum / float64(len(earliest))
		// A version that does not state the fact tells it, if at all,
		// after all it does state: at its end.
		key[k] = (sum + float64(ndocs-len(earliest))) / float64(ndocs)
	}
	out := append([]int(nil), chosen...)
	sort.SliceStable(out, func(a, b int) bool { return key[out[a]] < key[out[b]] })
	if news < 0 || !slices.Contains(out, news) {
		news = widestLead(p, out)
	}
	toFront(out, slices.Index(out, news))
	if len(out) > 1 && opensQuote(p.cands[out[0]].text) {
		// A brief opens with the news told, not with someone's words on
		// it: "A Malaysian passenger jet was shot down …" before "“Nearly
		// 300 people died …,” an adviser said."
		toFront(out, slices.IndexFunc(out, func(k int) bool { return opensPlaced(p.cands[k]) }))
	} else if len(out) > 1 && opensPointing(p.cands[out[0]].text) {
		// Nor with a thing it has not introduced: "Rescuers searching the
		// city of Ostrel below the two dams …" before "The dams gave way on
		// Monday …". Another version's lead takes the place.
		toFront(out, slices.IndexFunc(out, func(k int) bool {
			c := p.cands[k]
			return c.lead && c.whole && !c.leans && !opensQuote(c.text) && !opensPointing(c.text) && namesSomeone(c.text)
		}))
	}
	if len(out) > 2 {
		precedence(out[1:], at)
	}
	inTime(out, where, first)
	return followers(out, nextInSource(p, out, after))
}

// openPlaced returns order, a brief of news in reading order, opening
// with the first sentence that stands alone and names someone or
// somewhere (see namesBeyond) when its first is placeless: "Fort Myers,
// where Ian made landfall …" before "Officials reported at least 17
// hurricane deaths Thursday." A reader cannot place news that does not
// say where; a review needs no place.
func openPlaced(p *pool, order []int) []int {
	if len(order) < 2 || !placeless(p.cands[order[0]].text) {
		return order
	}
	out := slices.Clone(order)
	toFront(out, slices.IndexFunc(out, func(k int) bool { return opensPlaced(p.cands[k]) }))
	return out
}

// opensPlaced reports whether c may open a brief in place of a quotation
// or a placeless sentence: it stands alone, opens with no quotation and
// names someone or somewhere (see namesBeyond).
func opensPlaced(c candidate) bool {
	return c.whole && !c.leans && !opensQuote(c.text) && namesBeyond(c.text, true)
}

// toFront moves out[i] to the front of out, the ones before it one place
// on; nothing when i is 0 or less.
func toFront(out []int, i int) {
	if i <= 0 {
		return
	}
	k := out[i]
	copy(out[1:i+1], out[:i])
	out[0] = k
}

// placeless reports whether text is a short sentence that names no one
// and nowhere (see namesBeyond and maxPlacelessWords): "Six people have
// died.", "Officials reported at least 17 hurricane deaths Thursday."
func placeless(text string) bool {
	return !hasWords(text, maxPlacelessWords+1) && !namesBeyond(text, true)
}

// opensPointing reports whether text opens with "The" and a noun that
// points back at a thing or a time a story has introduced, before its
// verb: "The jet hit a coast guard plane …", "The dams gave way on
// Monday …", "The night before, …". Not "The explosion at the arena …" nor "The
// plane's pilot …", which say which.
func opensPointing(text string) bool {
	var buf [3]string
	w := firstFieldsInto(buf[:0], text, 3)
	if len(w) < 3 || w[0] != "The" {
		return false
	}
	noun := strings.TrimRight(w[1], ",")
	if !pointingNouns[noun] {
		return false
	}
	if strings.HasSuffix(w[1], ",") {
		return true
	}
	next := strings.TrimFunc(w[2], notWordRune)
	return !startsUpper(next) && !qualifiers[next]
}

// pointingNouns are the nouns "The" opens a sentence with that point back
// at what a story has introduced (see opensPointing).
var pointingNouns = wordSet(`plane aircraft jet airliner ship vessel ferry boat train bus truck company firm airline carrier ` +
	`man woman boy girl suspect gunman attacker bomber victim city town country building bridge dam dams storm quake ` +
	`earthquake fire blast explosion crash collision evening night morning ` +
	`volcano eruption hurricane cyclone typhoon tsunami flood floods wildfire attack attacks shooting siege crush stampede ` +
	`collapse derailment tower mall stadium cafe hotel school nightclub venue festival mine`)

// qualifiers are the words after a noun that say which it is: "The
// explosion at the arena", "The plane that crashed".
var qualifiers = wordSet(`of at in on from for to near off outside inside that which who whose carrying operated owned with`)

// precedence reorders order, a sorted tail of a brief, so that of two
// facts that versions state both, the one most of those versions tell
// first reads first: majority ordering (Barzilay, Elhadad and McKeown,
// "Inferring strategies for sentence ordering in multidocument news
// summarization", 2002), the order by mean position breaking its ties and
// ordering the facts no version states together. at gives, per fact, the
// relative position in each version that states it where it first does.
// It takes, in turn, the first fact in order that no other left precedes
// in more versions than it follows; in a cycle, the first. "The fire
// spread to the roof …", the manager's words and the mayor's then read
// as the one version that tells all three does, though the mayor's are
// in more versions.
func precedence(order []int, at map[int]map[int]float64) {
	before := func(x, y int) int { return statesBefore(at, x, y) }
	rest := slices.Clone(order)
	for i := range order {
		pick := 0
		for j, c := range rest {
			if !slices.ContainsFunc(rest, func(r int) bool { return r != c && before(r, c) > before(c, r) }) {
				pick = j
				break
			}
		}
		order[i] = rest[pick]
		rest = slices.Delete(rest, pick, pick+1)
	}
}

// statesBefore returns how many versions state fact x before fact y; at
// gives, per fact, where each version that states it first does.
func statesBefore(at map[int]map[int]float64, x, y int) int {
	n := 0
	for d, px := range at[x] {
		if py, ok := at[y][d]; ok && px < py {
			n++
		}
	}
	return n
}

// nextInSource returns after with each chosen candidate that follows
// another chosen one right after it in their version, in one paragraph,
// set to follow it: two sentences a version wrote one after the other read
// on in that order ("Argentina was by far the better side … | … missed
// two scoring opportunities"), where the mean position of their facts may
// part them. The first of order, the news, follows nothing.
func nextInSource(p *pool, order, after []int) []int {
	var out []int
	for _, k := range order[min(1, len(order)):] {
		if follows(after, k) >= 0 {
			continue
		}
		c := p.cands[k]
		for _, j := range order {
			if o := p.cands[j]; j != k && o.doc == c.doc && o.para == c.para && o.sent == c.sent-1 {
				if out == nil {
					out = make([]int, len(p.cands))
					for i := range out {
						out[i] = follows(after, i)
					}
				}
				out[k] = j
				break
			}
		}
	}
	if out == nil {
		return after
	}
	return out
}

// widestLead returns, of the chosen candidates in reading order, the lead
// of a version whose fact the most versions lead with (see leadVersions),
// when they are more than lead with the first's and it stands alone; else
// the first. A version's
// lead may open with a detail beside the news (the applause in the control
// room, before "India has become the first country to land on the moon's
// south pole"), and a version that repeats its lead higher up ranks it
// first; the fact most versions open with is the news.
func widestLead(p *pool, order []int) int {
	if len(order) == 0 {
		return -1
	}
	first, most := order[0], leadVersions(p, order[0])
	for _, k := range order[1:] {
		c := p.cands[k]
		if !c.lead || !c.whole || c.leans {
			continue
		}
		// Of leads as wide, one that tells an event reads before one that
		// only says what something is: "Alcaraz defeated … Djokovic …"
		// before "The Wimbledon championship is Carlos Alcaraz's first."
		if n := leadVersions(p, k); n > most || n == most && p.cands[first].lead && onlyIs(p.cands[first].text) && mainVerb(c.text) != "" {
			first, most = k, n
		}
	}
	if p.cands[first].lead && onlyIs(p.cands[first].text) {
		// A brief opens with what happened: the first sentence that tells
		// an event, before a lead that only says what something is (a
		// review, which is no lead, may say only that).
		for _, k := range order {
			if c := p.cands[k]; k != first && c.whole && !c.leans && mainVerb(c.text) != "" && !onlyIs(c.text) {
				return k
			}
		}
	}
	return first
}

// onlyIs reports whether text, of onlyIsWords words or fewer, tells no
// event, only what something is: its first verb among its first words is
// a form of be, and it has no verb of an event (see mainVerb).
func onlyIs(text string) bool {
	if hasWords(text, onlyIsWords+1) {
		return false
	}
	for _, w := range firstFields(text, 8) {
		switch strings.ToLower(w) {
		case "is", "are", "was", "were":
			return mainVerb(text) == ""
		case "will", "would", "has", "have", "had", "can", "could", "may", "might":
			return false
		}
	}
	return false
}

// leadVersions returns how many versions lead with the fact of candidate
// k: it is their lead, or states the same fact as their lead by what it
// says (see pool.closeFact; two leads share the story and are not
// compared more weakly here).
func leadVersions(p *pool, k int) int {
	docs := make(map[int]bool)
	if p.cands[k].lead {
		docs[p.cands[k].doc] = true
	}
	for _, e := range p.graph.Adj[k] {
		if j := int(e.To); p.cands[j].lead && p.closeFact(k, j, e.W) {
			docs[p.cands[j].doc] = true
		}
	}
	return len(docs)
}

// onlyIsWords is the longest sentence onlyIs looks at, in words: a
// longer one says more than what something is.
const onlyIsWords = 12

// backgroundFrom is the relative position at and after which a fact is
// background: the versions tell it in their second half.
const backgroundFrom = 0.5

// developing is how far apart the first reports of a brief's facts are at
// least for the brief to tell them in time order: versions a day apart
// mostly tell one state of the story, in different time zones.
const developing = 48 * time.Hour

// inTime puts the facts of a developing story, order[1:], in the order
// they were first reported (first), background last, when each fact's
// first report is dated and they span developing or more; where gives a
// fact's relative position, which orders facts reported the same day. The
// news, order[0], stays first. The story of a trial told on the day the
// jury went out, on the day of the verdict and on the day of sentencing
// then reads: the sentence passed (the news), what the trial heard, the
// verdict, what was ordered at sentencing, then the bank's collapse
// (background).
func inTime(order []int, where map[int]float64, first map[int]Date) {
	if len(order) < 3 || len(first) < len(order) {
		return
	}
	lo, hi := first[order[0]], first[order[0]]
	for _, k := range order {
		if first[k].Compare(lo) < 0 {
			lo = first[k]
		}
		if first[k].Compare(hi) > 0 {
			hi = first[k]
		}
	}
	if hi.Time.Sub(lo.Time) < developing {
		return
	}
	rest := order[1:]
	sort.SliceStable(rest, func(a, b int) bool {
		x, y := rest[a], rest[b]
		if bx, by := where[x] >= backgroundFrom, where[y] >= backgroundFrom; bx != by {
			return by
		}
		if c := first[x].Compare(first[y]); c != 0 {
			return c < 0
		}
		return false // stable: by where, as before
	})
}

// followers returns order with each candidate that leans on another
// (after, see eligible) moved right behind it, and its own followers
// behind it in turn.
func followers(order, after []int) []int {
	in := make(map[int]bool, len(order))
	for _, k := range order {
		in[k] = true
	}
	behind := make(map[int][]int) // per candidate, the chosen ones that follow it
	for _, k := range order {
		if a := follows(after, k); a >= 0 && in[a] {
			behind[a] = append(behind[a], k)
		}
	}
	out := make([]int, 0, len(order))
	var put func(k int)
	put = func(k int) {
		out = append(out, k)
		for _, f := range behind[k] {
			put(f)
		}
	}
	for _, k := range order {
		if a := follows(after, k); a < 0 || !in[a] {
			put(k)
		}
	}
	return out
}

func follows(after []int, k int) int {
	if after == nil {
		return -1
	}
	return after[k]
}

// followed reports whether a candidate of out follows candidate k (see
// follows): k keeps its place for it.
func followed(after, out []int, k int) bool {
	return slices.ContainsFunc(out, func(f int) bool { return follows(after, f) == k })
}
