package rouge155

import (
	"math"
	"os"
	"path/filepath"
	"strings"
)

// Command is a ROUGE-1.5.5.pl command line, read and checked as the script
// does before it reads any summary.
type Command struct {
	Args Args

	config   string
	systemID *string // nil: -a, all systems

	all, perEval, verbose bool
	stem, stemModels      bool // -m, -M
	stopwords             bool
	words, bytes          int

	confText   string
	confidence float64
	resamples  int // 0 or less: the script divides by zero at the first average

	maxN     float64 // ROUGE-1 .. while n <= maxN (NaN: none)
	noLCS    bool    // -x, or -3
	weight   float64 // 0: no ROUGE-W
	wText    string
	skip     *int // nil: no -2; negative: no limit
	skipText string
	unigrams bool   // -u
	both     bool   // -U: ROUGE-S and ROUGE-SU
	be       string // -3 mode; "" for none
	best     bool   // -f B
	alpha    float64
	average  int    // -t: 0 sentence, 1 token, 2 counts
	list     string // -z format; "" for an XML configuration
	dataDir  string // -e
}

// NewCommand checks a command line (what follows the script's name, read
// by ParseArgs) as the script does. Its errors are the script's:
// *DieError, with the usage text for -h, -H and no argument; or
// *UnsupportedError for what brief does not reproduce.
func NewCommand(a Args) (*Command, error) {
	c := &Command{Args: a}
	opt := func(k byte) (string, bool) { v, ok := a.Opts[k]; return v, ok }
	if a.Has('H') {
		return nil, &DieError{Msg: usageFull}
	}
	if a.Has('h') || len(a.Operands) == 0 {
		return nil, &DieError{Msg: usage}
	}
	_, list := opt('z')
	switch {
	case len(a.Operands) == 1 && list:
		x := "X"
		c.systemID = &x
	case len(a.Operands) == 1 && !a.Has('a'):
		return nil, dief("Please specify a system ID to evaluate or use option '-a' to evaluate all systems. For more information, use option '-h'.\n")
	}
	c.config = a.Operands[0]
	c.all = a.Has('a') && !list
	if !c.all || list {
		id := "X"
		if len(a.Operands) > 1 {
			id = a.Operands[1]
		}
		c.systemID = &id
	}
	c.dataDir, _ = opt('e')
	c.stopwords = a.Has('s')
	l, hasL := opt('l')
	b, hasB := opt('b')
	if hasL && hasB {
		return nil, dief("Please specify length limit in words or bytes but not both.\n")
	}
	c.confText = "95"
	if v, ok := opt('c'); ok {
		c.confText = v
		if x := perlNumber(v); x < 0 || x > 100 {
			return nil, dief("Confidence interval should be within 0 and 100. Use option -h for more details.\n")
		}
	}
	c.confidence = perlNumber(c.confText)
	if v, ok := opt('w'); ok {
		if !(perlNumber(v) > 0) {
			return nil, dief("ROUGE-W weight factor must greater than 0.\n")
		}
		c.weight, c.wText = perlNumber(v), v
	}
	c.perEval, c.verbose = a.Has('d'), a.Has('v')
	c.resamples = 1000
	if v, ok := opt('r'); ok {
		r := perlNumber(v)
		switch {
		case r <= 0 || math.IsNaN(r):
			c.resamples = 0
		case r != math.Ceil(r) || r > math.MaxInt32:
			return nil, &UnsupportedError{Option: 'r', Value: v, Why: "not a whole number"}
		default:
			c.resamples = int(r)
		}
	}
	if v, ok := opt('2'); ok {
		s := perlNumber(v)
		var skip int
		switch {
		case math.IsNaN(s):
			return nil, &UnsupportedError{Option: '2', Value: v, Why: "not a number"}
		case s < 0:
			skip = -1
		case s > math.MaxInt32:
			skip = math.MaxInt32
		default:
			skip = int(s)
		}
		c.skip, c.skipText = &skip, v
	}
	c.be, _ = opt('3')
	if f, _ := opt('f'); f == "B" {
		c.best = true
	}
	c.alpha = 0.5
	if v, ok := opt('p'); ok {
		c.alpha = perlNumber(v)
		if c.alpha < 0 || c.alpha > 1 {
			return nil, dief("Relative importance of ROUGE recall and precision has to be between 0 and 1 inclusively.\n")
		}
		if math.IsNaN(c.alpha) {
			return nil, &UnsupportedError{Option: 'p', Value: v, Why: "not a number"}
		}
	}
	if v, ok := opt('t'); ok {
		switch perlNumber(v) {
		case 1:
			c.average = 1
		case 2:
			c.average = 2
		}
	}
	c.list, _ = opt('z')
	if list && c.list == "" {
		c.list = "\x00" // -z '': every read dies on the format
	}
	c.maxN = math.NaN()
	if v, ok := opt('n'); ok {
		c.maxN = perlNumber(v)
	}
	c.noLCS = a.Has('x') || a.Has('3')
	c.unigrams, c.both = a.Has('u'), a.Has('U')
	c.stem, c.stemModels = a.Has('m'), a.Has('M')
	var err error
	if hasL {
		if c.words, err = wholeNumber('l', l); err == nil && c.words < 0 {
			err = &UnsupportedError{Option: 'l', Value: l, Why: "negative"}
		}
	}
	if hasB {
		if c.bytes, err = wholeNumber('b', b); err == nil && c.bytes < 0 {
			err = &UnsupportedError{Option: 'b', Value: b, Why: "negative"}
		}
	}
	if err != nil {
		return nil, err
	}
	if !(c.weight < math.Inf(1)) && c.weight != 0 {
		return nil, &UnsupportedError{Option: 'w', Value: c.wText, Why: "infinite"}
	}
	return c, nil
}

// stoplist returns the words -s removes: those of DIR/smart_common_words.txt
// when -e DIR has one, else the list ROUGE-1.5.5 ships.
func (c *Command) stoplist(dir string) ([]string, bool) {
	if c.dataDir == "" {
		return nil, false
	}
	b, err := os.ReadFile(resolve(dir, filepath.Join(c.dataDir, "smart_common_words.txt")))
	if err != nil {
		return nil, false
	}
	var words []string
	for _, l := range lines(b) {
		words = append(words, strings.TrimSuffix(l, "\n"))
	}
	return words, true
}

// resolve returns path as opened from folder dir.
func resolve(dir, path string) string {
	if dir == "" || filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(dir, path)
}
