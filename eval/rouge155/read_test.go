package rouge155

import (
	"regexp"
	"testing"
)

// The script's own expressions, the oracle for seeText and isiText.
var (
	perlSEE1 = regexp.MustCompile(`^<a size="[0-9]+" name="[0-9]+">\[([0-9]+)\]</a>[\t\n\v\f\r ]+<a href="\#[0-9]+" id=[0-9]+>([^<]+)`)
	perlSEE2 = regexp.MustCompile(`^<a name="[0-9]+">\[([0-9]+)\]</a>[\t\n\v\f\r ]+<a href="\#[0-9]+" id=[0-9]+>([^<]+)`)
	perlISI  = regexp.MustCompile(`^<S SNTNO="[0-9a-z,]+">([^<]+)</S>`)
)

func perlMatch(l string, res ...*regexp.Regexp) (string, bool) {
	for _, re := range res {
		if m := re.FindStringSubmatch(l); m != nil {
			return m[len(m)-1], true
		}
	}
	return "", false
}

func TestSEEAndISILines(t *testing.T) {
	lines := []string{
		`<a name="1">[1]</a> <a href="#1" id=1>Hello world.</a>` + "\n",
		`<a size="12" name="2">[2]</a>` + "\t" + `<a href="#2" id=2>Size variant &amp; more</a>`,
		`<a name="3">[3]</a> <a href="#3" id=3>no closing tag` + "\n",
		`<a name="4">[4]</a><a href="#4" id=4>no space</a>`,
		` <a name="5">[5]</a> <a href="#5" id=5>leading blank</a>`,
		`<A NAME="6">[6]</A> <A HREF="#6" ID=6>upper case</A>`,
		`<a name="7">[7]</a> <a href="#7" id=7></a>`,
		`<a name="x">[8]</a> <a href="#8" id=8>letters</a>`,
		`<a name="9">[9]</a> <a href="#9" id="9">quoted id</a>`,
		`<a name="10">[10]</a> <a href="#10" id=10>one</a> <a href="#11" id=11>two</a>`,
		`<a name="12">[12]</a>` + "\v\f" + `<a href="#12" id=12>vt ff` + "\xe9\xff",
		`<a size="" name="13">[13]</a> <a href="#13" id=13>empty size</a>`,
		`<S SNTNO="1">An ISI sentence.</S>` + "\n",
		`<S SNTNO="2a,3">Trailing text</S> after`,
		`<S SNTNO="2A">Upper case</S>`,
		`<S SNTNO="4">A <b>tag</b> inside</S>`,
		`<s sntno="5">lower case</s>`,
		`<S SNTNO="">empty</S>`,
		`<S SNTNO="6">no end`,
	}
	for _, l := range lines {
		for _, c := range []struct {
			name string
			f    func(string) (string, bool)
			res  []*regexp.Regexp
		}{{"SEE", seeText, []*regexp.Regexp{perlSEE1, perlSEE2}}, {"ISI", isiText, []*regexp.Regexp{perlISI}}} {
			got, ok := c.f(l)
			want, wantOK := perlMatch(l, c.res...)
			if got != want || ok != wantOK {
				t.Errorf("%s %q: %q %v, want %q %v", c.name, l, got, ok, want, wantOK)
			}
		}
	}
}
