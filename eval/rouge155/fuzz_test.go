package rouge155

import (
	"strings"
	"testing"
)

// FuzzReaders feeds any bytes to the configuration and summary readers:
// no panic, and SEE and ISI texts are substrings of their lines.
func FuzzReaders(f *testing.F) {
	f.Add(`<ROUGE-EVAL><EVAL ID="1"><PEER-ROOT>p</PEER-ROOT><PEERS><P ID="a">x</P></PEERS></EVAL></ROUGE-EVAL>`)
	f.Add(`<a name="1">[1]</a> <a href="#1" id=1>text</a>` + "\n" + `<S SNTNO="1">isi</S>`)
	f.Add("peer.spl m1.spl m2.spl\n# comment\nHEAD|MOD|REL\n")
	f.Fuzz(func(t *testing.T, in string) {
		_, _ = ReadXML(strings.NewReader(in))
		_, _ = ReadFileList(strings.NewReader(in), "SPL", "X")
		for _, format := range []string{"SEE", "ISI", "SPL"} {
			sents, err := sentences([]byte(in), format)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range sents {
				if s == "" || !strings.Contains(in, s) {
					t.Fatalf("%s: %q is not text of the input", format, s)
				}
			}
		}
		if ls, err := beLines([]byte(in), "SIMPLE"); err == nil {
			_, _, _ = newBECounts(ls, "HMR2", true)
		}
		ParseArgs(strings.Fields(in))
	})
}
