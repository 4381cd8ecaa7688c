package rouge155

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"

	"brief/eval"
)

// Run runs the command as the script would from folder dir (relative paths
// are opened from there, and printed as written), writing what it prints
// to stdout and its warnings to stderr. An error is the script dying
// (*DieError: its message is not yet printed) or ctx's.
func (c *Command) Run(ctx context.Context, dir string, stdout, stderr io.Writer) error {
	r, err := c.newRunner(dir)
	if err != nil {
		return err
	}
	peers := r.peerIDs()
	if !c.stemModels {
		r.prefetch(ctx, peers)
	}
	// Each system is scored apart, into its own buffers, printed in order:
	// in parallel, but for -M, whose stemming depends on what came before.
	type result struct {
		out, errOut bytes.Buffer
		err         error
		done        chan struct{}
	}
	results := make([]*result, len(peers))
	for i := range results {
		results[i] = &result{done: make(chan struct{})}
	}
	workers := runtime.GOMAXPROCS(0)
	if c.stemModels {
		workers = 1
	}
	next := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res := results[i]
				res.err = r.system(ctx, peers[i], &res.out, &res.errOut)
				close(res.done)
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range peers {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()
	for _, res := range results {
		select {
		case <-res.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if _, err := stderr.Write(res.errOut.Bytes()); err != nil {
			return err
		}
		if _, err := stdout.Write(res.out.Bytes()); err != nil {
			return err
		}
		if res.err != nil {
			return res.err
		}
	}
	return nil
}

// runner holds what every system's evaluation shares: the configuration,
// the scorers and the texts read and prepared, which are read once.
type runner struct {
	c       *Command
	dir     string
	cfg     *Config
	scorers [2]*eval.Scorer // unstemmed, stemmed
	textMu  sync.Mutex
	texts   map[textKey]*textEntry
	refsMu  sync.Mutex
	refs    map[refsKey]*refsEntry
	statMu  sync.Mutex
	exist   map[string]bool
	stemNow bool // the script's $opt_m, which -M changes as it goes
}

type textKey struct {
	path, format string
	stem         bool
	be           bool
}

type textEntry struct {
	once  sync.Once
	text  eval.Text
	be    beCounts
	empty bool // no sentence: readText says so under -l or -b
	warn  []string
	err   error
}

type refsKey struct {
	eval    int
	variant string // how each model is stemmed
}

type refsEntry struct {
	once sync.Once
	refs *eval.References
	err  error
}

func (c *Command) newRunner(dir string) (*runner, error) {
	r := &runner{c: c, dir: dir, texts: make(map[textKey]*textEntry), refs: make(map[refsKey]*refsEntry), exist: make(map[string]bool), stemNow: c.stem}
	opts := eval.Options{
		Stopwords: c.stopwords, Words: c.words, Bytes: c.bytes,
		Weight: c.weight, WeightText: c.wText, Alpha: c.alpha,
	}
	if c.skip != nil {
		opts.SkipBigram, opts.Skip, opts.SkipText = true, *c.skip, c.skipText
	}
	if c.best {
		opts.Mode = eval.Best
	}
	if words, ok := c.stoplist(dir); ok {
		opts.Stoplist = eval.NewStoplist(words)
	}
	s, err := eval.New(opts)
	if err != nil {
		return nil, err
	}
	r.scorers = [2]*eval.Scorer{s, s.WithStem(true)}
	f, err := os.Open(resolve(dir, c.config))
	if err != nil {
		if c.list != "" {
			return nil, dief("Cannot open %s\n", c.config)
		}
		return nil, dief("Couldn't open %s:\n%v\n", c.config, err)
	}
	defer f.Close()
	if c.list != "" {
		id := *c.systemID
		if len(c.Args.Operands) > 2 { // the script's $systemID is then undef
			id = ""
		}
		r.cfg, err = ReadFileList(f, c.list, id)
	} else {
		r.cfg, err = ReadXML(f)
	}
	return r, err
}

// prefetch reads and prepares, in parallel, the summaries the systems
// will be scored with: each evaluation's models, with their n-grams
// counted, and its peers. What fails is kept, to fail where the script
// does.
func (r *runner) prefetch(ctx context.Context, peers []string) {
	c := r.c
	if !(c.maxN >= 1 || !c.noLCS || c.weight > 0 || c.skip != nil) {
		return // only BE, or nothing
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ei := range next {
				e := r.cfg.Evals[ei]
				format := deref(e.Format)
				models := r.cfg.ModelPaths(e)
				variant := strings.Repeat(string(stemCode(c.stem)), len(models))
				if refs, err := r.references(ei, models, format, variant); err == nil && c.maxN >= 1 {
					refs.Count(int(min(c.maxN, 4)))
				}
				for _, p := range peers {
					if path, ok := r.cfg.PeerPath(e, p); ok {
						r.read(path, format, c.stem, false)
					}
				}
			}
		}()
	}
	for ei := range r.cfg.Evals {
		if ctx.Err() != nil {
			break
		}
		next <- ei
	}
	close(next)
	wg.Wait()
}

// peerIDs returns the systems to evaluate: the one named, or with -a all,
// in Perl's sort order (bytes).
func (r *runner) peerIDs() []string {
	if r.c.systemID != nil {
		return []string{*r.c.systemID}
	}
	ids := make([]string, 0, len(r.cfg.PeerIDs))
	for id := range r.cfg.PeerIDs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// printable is s as the script prints it.
func (r *runner) printable(s string) string {
	if r.cfg.XML {
		return perlOutput(s)
	}
	return s
}

// read returns a summary read and prepared, once per path, format and
// stemming.
func (r *runner) read(path, format string, stem, be bool) *textEntry {
	k := textKey{path, format, stem, be}
	r.textMu.Lock()
	e, ok := r.texts[k]
	if !ok {
		e = &textEntry{}
		r.texts[k] = e
	}
	r.textMu.Unlock()
	e.once.Do(func() {
		b, err := r.readFile(path)
		if err != nil {
			e.err = err
			return
		}
		if be {
			var ls []string
			if ls, e.err = beLines(b, format); e.err == nil {
				e.be, e.warn, e.err = newBECounts(ls, r.c.be, stem)
			}
			return
		}
		var sents []string
		if sents, e.err = sentences(b, format); e.err != nil {
			return
		}
		e.empty = len(sents) == 0
		e.text = r.scorer(stem).Prepare(sents)
	})
	return e
}

func (r *runner) scorer(stem bool) *eval.Scorer {
	if stem {
		return r.scorers[1]
	}
	return r.scorers[0]
}

// exists is Perl's -e, asked once a path.
func (r *runner) exists(path string) bool {
	r.statMu.Lock()
	defer r.statMu.Unlock()
	ok, seen := r.exist[path]
	if !seen {
		_, err := os.Stat(resolve(r.dir, path))
		ok = err == nil
		r.exist[path] = ok
	}
	return ok
}

// readFile reads a summary as the script opens it; a folder reads as
// nothing.
func (r *runner) readFile(path string) ([]byte, error) {
	p := resolve(r.dir, path)
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		return nil, nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, dief("Cannot open %s\n", path)
	}
	return b, nil
}

// stemCode is a variant letter of references: 's' stemmed, 'u' not.
func stemCode(stem bool) byte {
	if stem {
		return 's'
	}
	return 'u'
}

// references returns an evaluation's models, prepared as variant says
// ('u' unstemmed, 's' stemmed, or 'w': stemmed counts and unstemmed
// sentences, -M's ROUGE-W), once for all systems.
func (r *runner) references(ei int, paths []string, format, variant string) (*eval.References, error) {
	k := refsKey{ei, variant}
	r.refsMu.Lock()
	e, ok := r.refs[k]
	if !ok {
		e = &refsEntry{}
		r.refs[k] = e
	}
	r.refsMu.Unlock()
	e.once.Do(func() {
		texts := make([]eval.Text, len(paths))
		for i, p := range paths {
			v := variant[i]
			t := r.read(p, format, v != 'u', false)
			if t.err != nil {
				e.err = t.err
				return
			}
			texts[i] = t.text
			if v == 'w' {
				u := r.read(p, format, false, false)
				if u.err != nil {
					e.err = u.err
					return
				}
				texts[i] = eval.Combine(t.text, u.text)
			}
		}
		e.refs = r.scorer(false).References(texts)
	})
	return e.refs, e.err
}

// system prints every metric block of one system, in the script's order.
func (r *runner) system(ctx context.Context, peer string, out, errOut *bytes.Buffer) error {
	s := &system{r: r, id: peer, out: out, errOut: errOut, missing: make(map[int]bool), evals: make(map[evalKey]*eval.Evaluation)}
	c := r.c
	for n := 1; float64(n) <= c.maxN; n++ {
		if err := s.block(ctx, eval.NGramName(n), metric{kind: ngram, n: n}); err != nil {
			return err
		}
	}
	if !c.noLCS {
		if err := s.block(ctx, "ROUGE-L", metric{kind: lcs}); err != nil {
			return err
		}
	}
	if c.weight > 0 {
		if err := s.block(ctx, "ROUGE-W-"+c.wText, metric{kind: wlcs}); err != nil {
			return err
		}
	}
	if c.skip != nil {
		su := eval.SkipBigramName(*c.skip, c.skipText, true)
		switch {
		case c.unigrams:
			return s.block(ctx, su, metric{kind: skipBigram, unigrams: true})
		default:
			if err := s.block(ctx, eval.SkipBigramName(*c.skip, c.skipText, false), metric{kind: skipBigram}); err != nil {
				return err
			}
			if c.both {
				if err := s.block(ctx, su, metric{kind: skipBigram, unigrams: true}); err != nil {
					return err
				}
			}
		}
	}
	if c.be != "" {
		return s.block(ctx, "ROUGE-BE-"+c.be, metric{kind: basicElements})
	}
	return nil
}

type metricKind int

const (
	ngram metricKind = iota
	lcs
	wlcs
	skipBigram
	basicElements
)

type metric struct {
	kind     metricKind
	n        int
	unigrams bool
}

// system is one system's evaluation.
type system struct {
	r           *runner
	id          string
	out, errOut *bytes.Buffer
	missing     map[int]bool // evaluations warned about
	evals       map[evalKey]*eval.Evaluation
}

type evalKey struct {
	eval     int
	peerStem bool
	variant  string
}

// block scores one metric over every evaluation holding the system, then
// prints its averages (computeROUGEX for each, computeAverages,
// printResults).
func (s *system) block(ctx context.Context, name string, m metric) error {
	r, cfg := s.r, s.r.cfg
	scores := make(map[string]eval.Score)
	for ei, e := range cfg.Evals {
		if err := ctx.Err(); err != nil {
			return err
		}
		if r.c.verbose && m.kind == ngram {
			fmt.Fprintf(s.out, "@Eval (%s)\n", r.printable(e.ID))
		}
		peerPath, ok := cfg.PeerPath(e, s.id)
		if !ok {
			if !s.missing[ei] {
				fmt.Fprintf(s.errOut, "*ROUGE Warning: test instance for peer %s does not exist for evaluation %s\n", s.id, e.ID)
				s.missing[ei] = true
			}
			continue
		}
		models := cfg.ModelPaths(e)
		for _, p := range models {
			if !r.exists(p) {
				return dief("Cannot find model summary: %s\n", p)
			}
		}
		sc, err := s.score(m, name, ei, deref(e.Format), peerPath, models)
		if err != nil {
			return err
		}
		testID := e.ID + "." + s.id
		if r.c.verbose {
			fmt.Fprintf(s.out, "%s\n", r.printable(testID))
		}
		if _, dup := scores[testID]; !dup {
			scores[testID] = sc
		}
	}
	return s.print(name, scores)
}

// score computes one metric of one evaluation, stemming as the script's
// $opt_m says at that point.
func (s *system) score(m metric, name string, ei int, format, peerPath string, models []string) (eval.Score, error) {
	r := s.r
	stem := r.stemNow
	peer := r.read(peerPath, format, stem, m.kind == basicElements)
	if m.kind == basicElements {
		return s.scoreBE(name, peer, peerPath, format, models)
	}
	if peer.err != nil {
		return eval.Score{}, peer.err
	}
	if peer.empty && (r.c.words != 0 || r.c.bytes != 0) {
		fmt.Fprintf(s.errOut, "readText: %s -> empty text\n", peerPath)
	}
	// How each model is stemmed (see references). -M stems the models of
	// ROUGE-L and ROUGE-S/SU, and ROUGE-W's clipping counts (its sentences
	// follow $opt_m), then unsets $opt_m: from the first such model on,
	// only -M models are stemmed.
	variant := make([]byte, len(models))
	for i := range variant {
		switch {
		case !r.c.stemModels || m.kind == ngram:
			variant[i] = stemCode(stem)
		case m.kind == wlcs && !r.stemNow:
			variant[i] = 'w'
		default:
			variant[i] = 's'
		}
		if r.c.stemModels && m.kind != ngram {
			r.stemNow = false
		}
	}
	k := evalKey{ei, stem, string(variant)}
	ev, ok := s.evals[k]
	if !ok {
		refs, err := r.references(ei, models, format, string(variant))
		if err != nil {
			return eval.Score{}, err
		}
		ev = refs.Against(peer.text)
		s.evals[k] = ev
	}
	var sc eval.Score
	switch m.kind {
	case ngram:
		sc = ev.NGram(m.n)
	case lcs:
		sc = ev.LCS()
	case wlcs:
		var err error
		switch sc, err = ev.WLCS(); {
		case errors.Is(err, eval.ErrEmptyReference):
			return sc, dief("Illegal division by zero at ROUGE-1.5.5.pl line 2450.\n")
		case err != nil:
			return sc, dief("Out of memory! (%v)\n", err)
		}
	case skipBigram:
		sc = ev.SkipBigram(m.unigrams)
	}
	if r.c.verbose {
		s.debug(m, name, peerPath, peer.text, models, format, string(variant), ev, sc)
	}
	return sc, nil
}
