package rouge155

import (
	"errors"
	"strings"
	"testing"
)

func TestReadXMLQuirks(t *testing.T) {
	cfg, err := ReadXML(strings.NewReader(`<?xml version="1.0"?>
<!-- a comment -->
<rouge-eval>
<Eval ID="é1"><peer-root> peers </peer-root><MODEL-ROOT>a<!-- split -->models</MODEL-ROOT>
<INPUT-FORMAT TYPE="spl"/>
<PEERS><P ID="x">one.spl</P><P ID="x">two.spl</P><P ID="y"/></PEERS>
<MODELS><M ID="A">a1</M><M ID="A">a2</M><m ID="B">
  b.spl
</m></MODELS>
</Eval>
<EVAL ID="2"><PEERS><P ID="z">z</P></PEERS></EVAL>
<EVAL ID="é1"><PEERS><P ID="w">w</P></PEERS></EVAL>
</rouge-eval>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Evals) != 2 || cfg.Evals[0].ID != "é1" || cfg.Evals[1].ID != "2" {
		t.Fatalf("evals %+v", cfg.Evals)
	}
	e := cfg.Evals[0]
	if p, _ := cfg.PeerPath(e, "x"); p != "peers/two.spl" {
		t.Errorf("peer x: %q, want the last file of the ID", p)
	}
	if _, ok := cfg.PeerPath(e, "y"); ok {
		t.Errorf("peer y has no file: it is missing from the evaluation")
	}
	if p, _ := cfg.PeerPath(e, "w"); p != "peers/w" {
		t.Errorf("peer w of the second <EVAL ID=\"é1\">: %q", p)
	}
	if got := strings.Join(cfg.ModelPaths(e), " "); got != "models/a2 models/a2 models/b.spl" {
		t.Errorf("models %q: the last text of MODEL-ROOT, an ID used twice counts twice with its last file", got)
	}
	if deref(e.Format) != "spl" || !cfg.PeerIDs["y"] || len(cfg.PeerIDs) != 4 {
		t.Errorf("format %q, peers %v", deref(e.Format), cfg.PeerIDs)
	}
	if got := perlOutput("é1.x"); got != "\xe91.x" {
		t.Errorf("perlOutput: %q, want Latin-1", got)
	}
}

func TestReadXMLDies(t *testing.T) {
	for _, c := range []struct{ xml, msg string }{
		{`<R><EVAL><PEERS/></EVAL></R>`, `Can't call method "getValue" on an undefined value`},
		{`<R><EVAL ID="1"><INPUT-FORMAT TYPE="TXT"/></EVAL></R>`, "Unknown input type: TXT\n"},
		{`<R><PEER-ROOT>x</PEER-ROOT></R>`, "(PEER-ROOT) Evaluation database does not contain entry for this evaluation ID: \n"},
		{`<R><EVAL ID="1"></R>`, "mismatched tag"},
		{`<R></R><R></R>`, "junk after document element"},
		{``, "no element found"},
	} {
		_, err := ReadXML(strings.NewReader(c.xml))
		var die *DieError
		if !errors.As(err, &die) || !strings.Contains(die.Msg, c.msg) {
			t.Errorf("%q: %v, want the script to die with %q", c.xml, err, c.msg)
		}
	}
}

func TestReadFileList(t *testing.T) {
	cfg, err := ReadFileList(strings.NewReader("# comment\n\n  p1.spl\tm1.spl m2.spl  \n \t \np2.spl m3.spl\n"), "SPL", "sys")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Evals) != 2 || cfg.Evals[1].ID != "2" {
		t.Fatalf("evals %+v", cfg.Evals)
	}
	if p, _ := cfg.PeerPath(cfg.Evals[0], "sys"); p != "p1.spl" || strings.Join(cfg.ModelPaths(cfg.Evals[0]), " ") != "m1.spl m2.spl" {
		t.Errorf("eval 1: peer %q, models %q", p, cfg.ModelPaths(cfg.Evals[0]))
	}
	_, err = ReadFileList(strings.NewReader("alone.spl\n"), "SPL", "X")
	var die *DieError
	if !errors.As(err, &die) || !strings.HasPrefix(die.Msg, "File list has to have at least 2 filenames per line") {
		t.Errorf("one file: %v", err)
	}
}

func TestBECounts(t *testing.T) {
	// Lower-cased first; "a|b|c|" has three fields (Perl's split drops
	// trailing empty ones).
	lines := []string{"Kill|police|subj", "gunman|NIL|nil", "new york|city|mod", "a|b|c|"}
	for mode, want := range map[string]string{
		"H":    "_cn_#1#gunman#1",
		"HM":   "_cn_#3#a|b#1#kill|police#1#new york|city#1",
		"HMR":  "_cn_#3#a|b|c#1#kill|police|subj#1#new york|city|mod#1",
		"HM1":  "_cn_#4#a|b#1#gunman|nil#1#kill|police#1#new york|city#1",
		"HMR1": "_cn_#3#a|b|c#1#kill|police|subj#1#new york|city|mod#1",
		"HMR2": "_cn_#4#a|b|c#1#gunman|nil|nil#1#kill|police|subj#1#new york|city|mod#1",
		"hm":   "_cn_#0", // modes are compared as typed
	} {
		got, _, err := newBECounts(lines, mode, false)
		if err != nil || got.dump() != want {
			t.Errorf("%s: %s, %v; want %s", mode, got.dump(), err, want)
		}
	}
	for _, bad := range []string{"a|b|", "", "a|b|c|d"} {
		_, warn, err := newBECounts([]string{bad}, "HM", false)
		var die *DieError
		if !errors.As(err, &die) || len(warn) != 2 {
			t.Errorf("%q: %v, %q; want the script to die", bad, err, warn)
		}
	}
	got, _, err := newBECounts([]string{"Children|went home|x", "-LRB-|running|y"}, "HM", true)
	if err != nil {
		t.Fatal(err)
	}
	// Heads and modifiers of more than 3 bytes are stemmed word by word
	// ("-lrb-", lower-cased, is not the -LRB- the script leaves alone, and
	// stems to itself).
	if d := got.dump(); d != "-lrb-|run#1#_cn_#2#child|go home#1" {
		t.Errorf("stemmed: %s", d)
	}
}
