package rouge155

import (
	"errors"
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// Getopt::Std's getopts as ROUGE-1.5.5.pl calls it (perl 5.36's
// Getopt/Std.pm, read for each case).
func TestParseArgs(t *testing.T) {
	for _, c := range []struct {
		args     string
		opts     map[byte]string
		operands []string
		unknown  []string
	}{
		{"-a -n 4 config.xml", map[byte]string{'a': "1", 'n': "4"}, []string{"config.xml"}, nil},
		{"-an4 config.xml sys", map[byte]string{'a': "1", 'n': "4"}, []string{"config.xml", "sys"}, nil},
		{"-2 -1 -U -c95 x", map[byte]string{'2': "-1", 'U': "1", 'c': "95"}, []string{"x"}, nil},
		{"-2-1 x", map[byte]string{'2': "-1"}, []string{"x"}, nil},
		{"-- -a x", map[byte]string{}, []string{"-a", "x"}, nil},
		{"-a - x", map[byte]string{'a': "1"}, []string{"-", "x"}, nil},
		{"-q -aq x", map[byte]string{'a': "1"}, []string{"x"}, []string{"q", "q"}},
		{"-a -n", map[byte]string{'a': "1"}, nil, nil}, // -n's value is undef
		{"--foo x", map[byte]string{'f': "oo"}, []string{"x"}, []string{"-"}},
		{"-w 1.50 -n 4 -m -a", map[byte]string{'w': "1.50", 'n': "4", 'm': "1", 'a': "1"}, nil, nil},
		{"x -a", map[byte]string{}, []string{"x", "-a"}, nil}, // options come first
		{"--help", map[byte]string{'h': "1"}, nil, nil},
	} {
		a := ParseArgs(strings.Fields(c.args))
		if !reflect.DeepEqual(a.Opts, c.opts) || !reflect.DeepEqual(a.Operands, c.operands) && len(a.Operands)+len(c.operands) > 0 || !reflect.DeepEqual(a.Unknown, c.unknown) {
			t.Errorf("%q: opts %q operands %q unknown %q; want %q %q %q", c.args, a.Opts, a.Operands, a.Unknown, c.opts, c.operands, c.unknown)
		}
	}
}

// Perl's numification of strings (perl -e 'print "95.0"+0' and so on).
func TestPerlNumber(t *testing.T) {
	for in, want := range map[string]float64{
		"95": 95, "95.0": 95, " 1.2abc": 1.2, "abc": 0, "": 0, "1e3": 1000, "-0.5": -0.5,
		".5": 0.5, "5.": 5, "0x10": 0, "1_000": 1, "+3": 3, "1e": 1, "1e+": 1, "04": 4,
		"inf": math.Inf(1), "-Infinity": math.Inf(-1), "\t 7": 7,
	} {
		if got := perlNumber(in); got != want {
			t.Errorf("perlNumber(%q) = %v, want %v", in, got, want)
		}
	}
	if x := perlNumber("nan"); !math.IsNaN(x) {
		t.Errorf("perlNumber(nan) = %v", x)
	}
}

// by_evalID: leading numbers compared as numbers when both IDs have one,
// else the strings (the order of f06_evalid_order_d).
func TestByEvalID(t *testing.T) {
	ids := []string{"x7.s", "10.s", "d2.s", "2.s", "D1.s", "1.s", "-5.s"}
	sort.SliceStable(ids, func(i, j int) bool { return byEvalID(ids[i], ids[j]) < 0 })
	want := []string{"-5.s", "1.s", "2.s", "10.s", "D1.s", "d2.s", "x7.s"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("sorted %q, want %q", ids, want)
	}
}

// The checks the script makes before reading anything, in its order.
func TestNewCommandDies(t *testing.T) {
	for _, c := range []struct {
		args, msg string
	}{
		{"-H -h", "  -z: ROUGE-eval-config-file is a list"},
		{"-a", "<ROUGE-eval-config-file> [<systemID>]\n"},
		{"-n 2 config.xml", "Please specify a system ID to evaluate"},
		{"-l 10 -b 10 -a config.xml", "Please specify length limit in words or bytes but not both.\n"},
		{"-c 101 -a config.xml", "Confidence interval should be within 0 and 100."},
		{"-w 0 -a config.xml", "ROUGE-W weight factor must greater than 0.\n"},
		{"-w abc -a config.xml", "ROUGE-W weight factor must greater than 0.\n"},
		{"-p 1.5 -a config.xml", "Relative importance of ROUGE recall and precision has to be between 0 and 1 inclusively.\n"},
	} {
		_, err := NewCommand(ParseArgs(strings.Fields(c.args)))
		var die *DieError
		if !errors.As(err, &die) || !strings.Contains(die.Msg, c.msg) {
			t.Errorf("%q: %v, want the script to die with %q", c.args, err, c.msg)
		}
	}
	for _, args := range []string{"-z SPL list", "-a -c 0 -w 1e-9 -p 1 -t 7 -r -3 -2 nope config.xml"} {
		if _, err := NewCommand(ParseArgs(strings.Fields(args))); err != nil {
			t.Errorf("%q: %v", args, err)
		}
	}
	for _, args := range []string{"-l 2.5 -a x", "-b -1 -a x", "-r 10.5 -a x", "-2 nan -a x", "-p nan -a x"} {
		var u *UnsupportedError
		if _, err := NewCommand(ParseArgs(strings.Fields(args))); !errors.As(err, &u) {
			t.Errorf("%q: %v, want UnsupportedError", args, err)
		}
	}
}
