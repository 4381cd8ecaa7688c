package rouge155

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"brief/eval"
)

const (
	blockRule = "---------------------------------------------\n"
	evalRule  = ".............................................\n"
)

// print averages a metric's scores and prints them (computeAverages and
// printResults): the three bootstrap averages with their interval, or
// under -t 2 the summed counts; with -d, every evaluation's scores.
func (s *system) print(name string, scores map[string]eval.Score) error {
	c := s.r.c
	ids := make([]string, 0, len(scores))
	for id := range scores {
		ids = append(ids, id)
	}
	sort.Strings(ids) // the bootstrap draws from them in this order
	tag := s.r.printable(s.id) + " " + name
	w := s.out
	if c.average == 2 {
		var m, p, h float64
		for _, id := range ids {
			m += scores[id].Model
			p += scores[id].Peer
			h += scores[id].Hit
		}
		w.WriteString(blockRule)
		fmt.Fprintf(w, "%s M_count: %s P_count: %s H_count: %s\n", tag, perlInt(m), perlInt(p), perlInt(h))
	} else {
		if c.resamples <= 0 {
			return dief("Illegal division by zero at ROUGE-1.5.5.pl line 1240.\n")
		}
		avg := eval.Summary{}
		if len(ids) > 0 {
			per := make([]eval.Scores, len(ids))
			for i, id := range ids {
				sc := scores[id]
				sc.Name = name
				per[i] = eval.Scores{sc}
			}
			var sum eval.Summaries
			var err error
			if c.average == 1 {
				sum, err = eval.BootstrapTokens(per, c.alpha, c.confidence, c.resamples)
			} else {
				sum, err = eval.Bootstrap(per, c.confidence, c.resamples)
			}
			if err != nil {
				return err
			}
			avg = sum[0]
		}
		w.WriteString(blockRule)
		for _, e := range []struct {
			k string
			v eval.Estimate
		}{{"R", avg.R}, {"P", avg.P}, {"F", avg.F}} {
			fmt.Fprintf(w, "%s Average_%s: %7.5f (%s%%-conf.int. %7.5f - %7.5f)\n", tag, e.k, e.v.Mean, c.confText, e.v.Low, e.v.High)
		}
	}
	if c.perEval {
		w.WriteString(evalRule)
		sort.SliceStable(ids, func(i, j int) bool { return byEvalID(ids[i], ids[j]) < 0 })
		for _, id := range ids {
			sc := scores[id]
			var r, p, f string
			if c.average == 0 {
				r, p, f = fmt.Sprintf("%7.5f", sc.R), fmt.Sprintf("%7.5f", sc.P), fmt.Sprintf("%7.5f", sc.F)
			} else {
				r, p, f = perlG(sc.Model), perlG(sc.Peer), perlG(sc.Hit)
			}
			fmt.Fprintf(w, "%s Eval %s R:%s P:%s F:%s\n", tag, s.r.printable(id), r, p, f)
		}
	}
	return nil
}

// perlInt is print int($x).
func perlInt(x float64) string {
	t := math.Trunc(x)
	if math.Abs(t) < 1<<63 {
		return strconv.FormatInt(int64(t), 10)
	}
	return perlG(t)
}

var leadingDigits = regexp.MustCompile(`^[0-9]+`)

// byEvalID is the script's by_evalID: the leading numbers of two IDs
// compared as numbers when both have one, else the IDs as strings. (Equal
// numbers leave the order to Perl's hash order; here to the strings.)
func byEvalID(a, b string) int {
	na, nb := leadingDigits.FindString(a), leadingDigits.FindString(b)
	if na != "" && nb != "" {
		x, _ := strconv.ParseFloat(na, 64)
		y, _ := strconv.ParseFloat(nb, 64)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
	}
	return strings.Compare(a, b)
}

// pool combines a metric's per-model counts as the script does under -f:
// summed (any mode but B), or those of the model with the highest score,
// the first on ties.
type pool struct {
	best             bool
	hit, model, peer float64
	bestScore        float64
}

func (p *pool) add(hit, model, peer, score float64) {
	if p.best {
		if score > p.bestScore {
			p.bestScore, p.hit, p.model, p.peer = score, hit, model, peer
		}
		return
	}
	p.hit += hit
	p.model += model
	p.peer += peer
}

func (p *pool) score(name string, alpha float64) eval.Score {
	ratio := func(n float64) float64 {
		if n == 0 {
			return 0
		}
		return round5(p.hit / n)
	}
	sc := eval.Score{Name: name, R: ratio(p.model), P: ratio(p.peer), Hit: p.hit, Model: p.model, Peer: p.peer}
	if d := (1-alpha)*sc.P + alpha*sc.R; d > 0 {
		sc.F = round5(sc.P * sc.R / d)
	}
	return sc
}

func round5(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return r
}

// scoreBE computes ROUGE-BE of one evaluation (computeBEScore).
func (s *system) scoreBE(name string, peer *textEntry, peerPath, format string, models []string) (eval.Score, error) {
	r := s.r
	if peer.err != nil {
		s.errOut.WriteString(strings.Join(peer.warn, ""))
		return eval.Score{}, peer.err
	}
	if r.c.verbose {
		fmt.Fprintf(s.errOut, "%s\n", peerPath)
		fmt.Fprintf(s.out, "***P %s\n", r.printable(peerPath))
		if peer.be.lines > 0 {
			fmt.Fprintf(s.out, "%s\n", peer.be.dump())
		} else {
			s.out.WriteString("---empty text---\n")
		}
	}
	p := pool{best: r.c.best, bestScore: -1}
	for _, path := range models {
		stem := r.stemNow || r.c.stemModels
		if r.c.stemModels {
			r.stemNow = false
		}
		m := r.read(path, format, stem, true)
		if m.err != nil {
			s.errOut.WriteString(strings.Join(m.warn, ""))
			return eval.Score{}, m.err
		}
		hit := m.be.hits(peer.be)
		score := 0.0
		if m.be.total != 0 {
			score = round5(float64(hit) / float64(m.be.total))
		}
		if r.c.verbose {
			fmt.Fprintf(s.errOut, "%s\n", path)
			if m.be.lines > 0 {
				fmt.Fprintf(s.out, "%s\n", m.be.dump())
			} else {
				s.out.WriteString("---empty text---\n")
			}
			for _, k := range m.be.matches(peer.be) {
				fmt.Fprintf(s.out, "* Match: %s\n", k)
			}
		}
		p.add(float64(hit), float64(m.be.total), float64(peer.be.total), score)
		if r.c.verbose {
			fmt.Fprintf(s.out, "***M %s\n", r.printable(path))
		}
	}
	sc := p.score(name, r.c.alpha)
	if r.c.verbose {
		mode := r.c.be
		fmt.Fprintf(s.out, "total BE-%s model count: %s\n", mode, perlG(sc.Model))
		fmt.Fprintf(s.out, "total BE-%s peer count: %s\n", mode, perlG(sc.Peer))
		fmt.Fprintf(s.out, "total BE-%s hit: %s\n", mode, perlG(sc.Hit))
		fmt.Fprintf(s.out, "total ROUGE-BE-%s-R: %7.5f\n", mode, sc.R)
		fmt.Fprintf(s.out, "total ROUGE-BE-%s-P: %7.5f\n", mode, sc.P)
		fmt.Fprintf(s.out, "total ROUGE-BE-%s-F: %7.5f\n", mode, sc.F)
	}
	return sc, nil
}
