package summarize

import "strings"

// Two versions may date one event two ways ("the earthquake that struck
// Port Elm on Tuesday", "the 6.8 magnitude quake, which struck the port …
// on Wednesday"), one of them wrongly or in another time zone; a brief
// that prints both contradicts itself. eventDays finds the days of the
// week a sentence dates its events on, and pool.daysDisagree tells two
// sentences that date one event on two days, which one brief may not
// both tell (see pool.redundant).

// An eventDay is a day of the week a sentence dates an event on: the
// event's class (see eventClass), the noun the verb tells of, and the
// day, all in lower case.
type eventDay struct{ class, noun, day string }

// eventDayWords is how many words after its verb the "on" of an event's
// day may be: "struck the port city of Ashby on Tuesday".
const eventDayWords = 7

// eventDays returns the days text dates events on: a verb of an event's
// class, then "on" and a day of the week within eventDayWords words,
// before another verb of an event or the end of a clause, with the noun
// the verb tells of: the word before it, past a relative pronoun, an
// auxiliary or a comma ("the earthquake that struck", "the quake, which
// struck", "Ashby was struck"), not a stopword.
func eventDays(text string) []eventDay {
	if !strings.Contains(text, "day") {
		return nil
	}
	words := strings.Fields(text)
	stop := stopWords()
	var out []eventDay
	for i, w := range words {
		class := eventClass[strings.ToLower(strings.TrimFunc(w, notWordRune))]
		if class == "" || i == 0 {
			continue
		}
		noun := ""
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			x := strings.ToLower(strings.TrimFunc(words[j], notWordRune))
			if x == "that" || x == "which" || x == "who" || beForms[x] || x == "been" || x == "has" || x == "have" || x == "had" {
				continue
			}
			noun = x
			break
		}
		if noun == "" || stop[noun] {
			continue // "… and killed four on Friday" names no noun
		}
		for j := i + 1; j < len(words) && j <= i+eventDayWords; j++ {
			x := strings.ToLower(strings.TrimFunc(words[j], notWordRune))
			if eventClass[x] != "" || strings.ContainsAny(words[j-1], ".;:") {
				break
			}
			if x == "on" && j+1 < len(words) {
				if day := strings.ToLower(strings.TrimFunc(words[j+1], notWordRune)); weekdays[day] && len(day) > 4 {
					out = append(out, eventDay{class, noun, day})
				}
				break
			}
		}
	}
	return out
}

// sameNoun reports whether two nouns an event's verb tells of name one
// thing: the same word, or the one the end of the other ("quake",
// "earthquake"), of four letters or more.
func sameNoun(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasSuffix(b, a)
}

// daysDisagree reports whether candidates a and b date one event, of one
// class and told of one noun, on two days of the week.
func (p *pool) daysDisagree(a, b int) bool {
	x, y := p.days(a), p.days(b)
	for _, e := range x {
		for _, f := range y {
			if e.class == f.class && e.day != f.day && sameNoun(e.noun, f.noun) {
				return true
			}
		}
	}
	return false
}

// days returns candidate k's event days (see eventDays), found once.
func (p *pool) days(k int) []eventDay {
	if p.daysFound == nil {
		p.daysOf, p.daysFound = make([][]eventDay, len(p.cands)), make([]bool, len(p.cands))
	}
	if !p.daysFound[k] {
		p.daysOf[k], p.daysFound[k] = eventDays(p.cands[k].text), true
	}
	return p.daysOf[k]
}
