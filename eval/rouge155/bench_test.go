package rouge155

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var ducDir = flag.String("duc-dir", "", "write BenchmarkDUC2004's evaluation into this folder and keep it (to time the command line on it)")

// writeDUC writes a DUC 2004 task 2 style evaluation into dir: a
// cluster per Opinosis topic (50), 4 model summaries and 13 system
// summaries of about 110 words each, drawn from the topic's review
// sentences, in SEE format, and the XML configuration config.xml.
func writeDUC(t testing.TB, dir string) {
	topics, err := filepath.Glob("../../testdata/opinosis/topics/*.txt.data")
	if err != nil || len(topics) < 50 {
		t.Fatalf("%d topics: %v", len(topics), err)
	}
	sort.Strings(topics)
	rng := rand.New(rand.NewPCG(2004, 2))
	var cfg strings.Builder
	cfg.WriteString("<ROUGE-EVAL version=\"1.0\">\n")
	for c, topic := range topics[:50] {
		b, err := os.ReadFile(topic)
		if err != nil {
			t.Fatal(err)
		}
		var pool []string
		for _, l := range strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.Contains(l, "<") {
				pool = append(pool, l)
			}
		}
		id := fmt.Sprintf("D%05d", 30001+c)
		fmt.Fprintf(&cfg, "<EVAL ID=\"%s\">\n<PEER-ROOT>peers</PEER-ROOT>\n<MODEL-ROOT>models</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"SEE\"></INPUT-FORMAT>\n", id)
		for _, kind := range []string{"peers", "models"} {
			names := []string{"A", "B", "C", "D"}
			if kind == "peers" {
				names = nil
				for s := range 13 {
					names = append(names, fmt.Sprint(s+1))
				}
			}
			fmt.Fprintf(&cfg, "<%s>\n", strings.ToUpper(kind))
			for _, name := range names {
				file := fmt.Sprintf("%s.M.100.T.%s.html", id, name)
				writeSEE(t, filepath.Join(dir, kind, file), summary(rng, pool, 110))
				fmt.Fprintf(&cfg, "<%c ID=\"%s\">%s</%c>\n", kind[0]-32, name, file, kind[0]-32)
			}
			fmt.Fprintf(&cfg, "</%s>\n", strings.ToUpper(kind))
		}
		cfg.WriteString("</EVAL>\n")
	}
	cfg.WriteString("</ROUGE-EVAL>\n")
	if err := os.WriteFile(filepath.Join(dir, "config.xml"), []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// summary draws sentences of pool until it has words words.
func summary(rng *rand.Rand, pool []string, words int) []string {
	var out []string
	for n := 0; n < words; {
		s := pool[rng.IntN(len(pool))]
		out = append(out, s)
		n += len(strings.Fields(s))
	}
	return out
}

func writeSEE(t testing.TB, path string, sentences []string) {
	var b strings.Builder
	b.WriteString("<html>\n<head>\n<title>x</title>\n</head>\n<body bgcolor=\"white\">\n")
	for i, s := range sentences {
		fmt.Fprintf(&b, "<a name=\"%d\">[%d]</a> <a href=\"#%d\" id=%d>%s</a>\n", i+1, i+1, i+1, i+1, s)
	}
	b.WriteString("</body>\n</html>\n")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkDUC2004 runs the DUC 2004 task 2 command (ROUGE-1..4 with
// stemming, 100 words, 1000 resamples, every system) on 50 clusters × 4
// models × 13 systems: reading, scoring, resampling and printing.
func BenchmarkDUC2004(b *testing.B) {
	dir := *ducDir
	if dir == "" {
		dir = b.TempDir()
	}
	writeDUC(b, dir)
	for _, bc := range []struct{ name, args string }{
		{"ROUGE-N", "-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a config.xml"},
		{"ROUGE-N-L-W-SU4", "-n 4 -w 1.2 -2 4 -u -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a config.xml"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, err := NewCommand(ParseArgs(strings.Fields(bc.args)))
				if err != nil {
					b.Fatal(err)
				}
				if err := c.Run(context.Background(), dir, io.Discard, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
