package rouge155

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// optionLetters is the script's getopts specification: a letter followed
// by ':' takes a value.
const optionLetters = "ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:"

// Args is a ROUGE-1.5.5.pl command line as Getopt::Std reads it: each
// option's value as typed (flags hold "1"), and the arguments left, the
// configuration file and maybe a system ID.
type Args struct {
	Opts     map[byte]string
	Operands []string
	Unknown  []string // options getopts warned about and skipped
}

// ParseArgs reads args (what follows the script's name) as
// getopts('ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:') does: options bundle
// (-an4), a value may follow its letter or be the next argument (-2 -1
// gives -2 the value -1), "--" ends the options, and so does the first
// argument not starting with '-' (or "-" itself). An unknown letter is
// warned about and skipped; a value missing at the end is undefined.
// --help and --version stand for -h.
func ParseArgs(args []string) Args {
	a := Args{Opts: make(map[byte]string)}
	for len(args) > 0 && len(args[0]) >= 2 && args[0][0] == '-' {
		arg := args[0]
		if arg == "--" {
			args = args[1:]
			break
		}
		first, rest := arg[1], arg[2:]
		pos := strings.IndexByte(optionLetters, first)
		switch {
		case pos >= 0 && pos+1 < len(optionLetters) && optionLetters[pos+1] == ':':
			args = args[1:]
			if rest == "" {
				if len(args) == 0 { // the value is undef: not defined
					delete(a.Opts, first)
					break
				}
				rest, args = args[0], args[1:]
			}
			a.Opts[first] = rest
		case pos >= 0:
			a.Opts[first] = "1"
			if rest == "" {
				args = args[1:]
			} else {
				args[0] = "-" + rest
			}
		case arg == "--help" || arg == "--version":
			// Getopt::Std prints its own help and goes on; here they
			// are -h.
			a.Opts['h'] = "1"
			args = args[1:]
		default:
			a.Unknown = append(a.Unknown, string(first))
			if rest == "" {
				args = args[1:]
			} else {
				args[0] = "-" + rest
			}
		}
	}
	a.Operands = args
	return a
}

// Has reports whether option c was given.
func (a Args) Has(c byte) bool {
	_, ok := a.Opts[c]
	return ok
}

// perlNumber is a string read as a number the way Perl does: leading white
// space, a sign, digits with a decimal point and an exponent, or Inf,
// Infinity and NaN in any case; whatever follows is ignored, and a string
// with no number is 0.
func perlNumber(s string) float64 {
	i := 0
	for i < len(s) && strings.IndexByte(" \t\n\r\f\v", s[i]) >= 0 {
		i++
	}
	start := i
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	rest := strings.ToLower(s[i:])
	for _, word := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(rest, word) {
			x := math.Inf(1)
			if word == "nan" {
				x = math.NaN()
			}
			if s[start] == '-' {
				x = -x
			}
			return x
		}
	}
	digits := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return 0
	}
	end := i
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && '0' <= s[k] && s[k] <= '9' {
			k++
		}
		if k > j {
			end = k
		}
	}
	x, err := strconv.ParseFloat(s[start:end], 64)
	if err != nil { // out of range: ParseFloat gives ±Inf or 0 with the error
		return x
	}
	return x
}

// wholeNumber is perlNumber for a count: the number, which must be a
// whole number in int range, or an error naming the option.
func wholeNumber(opt byte, s string) (int, error) {
	x := perlNumber(s)
	if x != math.Trunc(x) || math.Abs(x) > math.MaxInt32 {
		return 0, &UnsupportedError{Option: opt, Value: s, Why: "not a whole number"}
	}
	return int(x), nil
}

// UnsupportedError reports an option value ROUGE-1.5.5.pl accepts that
// brief rouge does not reproduce (a fractional word limit, say).
type UnsupportedError struct {
	Option byte
	Value  string
	Why    string
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("-%c %s: %s (not supported by brief rouge)", e.Option, e.Value, e.Why)
}
