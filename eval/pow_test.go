package eval

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// perl-pow.txt was written by perl 5.36 on glibc:
//
//	perl -e 'for $k (0..300) { printf "%d %.17g %.17g\n", $k, $k**1.2, $k**1.5 }'
//
// ROUGE-W's table ties depend on these bits.
func TestPowIntMatchesPerl(t *testing.T) {
	f, err := os.Open("../testdata/rouge/perl-pow.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	lines := 0
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		k, _ := strconv.Atoi(fs[0])
		for i, w := range []float64{1.2, 1.5} {
			want, err := strconv.ParseFloat(fs[i+1], 64)
			if err != nil {
				t.Fatal(err)
			}
			if got := powInt(k, w); got != want {
				t.Errorf("powInt(%d, %v) = %.17g, want %.17g", k, w, got, want)
			}
		}
		lines++
	}
	if lines != 301 {
		t.Errorf("read %d lines, want 301", lines)
	}
}
