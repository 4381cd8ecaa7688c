package main

import (
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

// The same input gives the same bytes, run after run, on one core or two.
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("80 runs")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, args := range [][]string{
		{"summarize", "--format", "json", "testdata/kazakhstan"},
		{"digest", "--format", "json", "testdata/digest/day"},
	} {
		var first string
		for _, procs := range []int{1, 2} {
			runtime.GOMAXPROCS(procs)
			for i := range 20 {
				r := runCLI(t, "", args...)
				if r.code != 0 {
					t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
				}
				if first == "" {
					first = r.stdout
				} else if r.stdout != first {
					t.Fatalf("%v: run %d at GOMAXPROCS %d gave other bytes", args, i, procs)
				}
			}
		}
	}
}

// A folder's versions are read in name order, whatever order the file
// system lists them in: files created in shuffled orders give the brief of
// the original folder, and story folders the digest of the original root.
func TestFolderOrderIsNameOrder(t *testing.T) {
	files := must(filepath.Glob("testdata/kazakhstan/*.txt"))
	stories := must(filepath.Glob("testdata/digest/day/*/*"))
	wantBrief := runCLI(t, "", "summarize", "--format", "json", "testdata/kazakhstan")
	wantDigest := runCLI(t, "", "digest", "--format", "json", "testdata/digest/day")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 5 {
		dir := t.TempDir()
		for _, j := range rng.Perm(len(files)) {
			fixture(t, dir, filepath.Join("story", filepath.Base(files[j])), []byte(readFile(t, files[j])))
		}
		for _, j := range rng.Perm(len(stories)) {
			rel := must(filepath.Rel("testdata/digest/day", stories[j]))
			fixture(t, dir, filepath.Join("day", rel), []byte(readFile(t, stories[j])))
		}
		if got := runCLI(t, "", "summarize", "--format", "json", filepath.Join(dir, "story")); got.stdout != wantBrief.stdout {
			t.Errorf("shuffle %d: summarize gave another brief:\n%s", i, got.stdout)
		}
		if got := runCLI(t, "", "digest", "--format", "json", filepath.Join(dir, "day")); got.stdout != wantDigest.stdout {
			t.Errorf("shuffle %d: digest gave another digest:\n%s", i, got.stdout)
		}
	}
}

// Explicit files are versions in the order given: the order shows in the
// documents of the JSON brief.
func TestExplicitFilesKeepTheirOrder(t *testing.T) {
	files := must(filepath.Glob("testdata/kazakhstan/0*.txt"))
	rev := make([]string, len(files))
	for i, f := range files {
		rev[len(files)-1-i] = f
	}
	r := runCLI(t, "", append([]string{"summarize", "--format", "json"}, rev...)...)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	_, docs, _ := strings.Cut(r.stdout, `"documents"`)
	last := -1
	for _, f := range rev {
		at := strings.Index(docs, `"`+filepath.Base(f)+`"`)
		if at <= last {
			t.Fatalf("documents not in the order given %v:\n%s", rev, docs)
		}
		last = at
	}
}

// Reading a page fetches nothing: an HTML page whose images, scripts,
// styles, frames and base all point at a local server is briefed without
// the server seeing a request (readability is given no URL, and nothing in
// brief makes HTTP requests).
func TestHTMLFetchesNothing(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("<p>The bridge will close on Monday, the city said.</p>"))
	}))
	defer srv.Close()
	page := readFile(t, "testdata/html/01_saltmarsh-star.html")
	remote := `<base href="` + srv.URL + `/"><link rel="stylesheet" href="` + srv.URL + `/s.css">` +
		`<script src="` + srv.URL + `/a.js"></script><meta property="og:image" content="` + srv.URL + `/og.png">`
	page = strings.Replace(page, "<head>", "<head>"+remote, 1)
	page = strings.Replace(page, "</body>", `<img src="`+srv.URL+`/i.png"><iframe src="`+srv.URL+`/f.html"></iframe>`+
		`<a href="`+srv.URL+`/next">next</a></body>`, 1)
	path := fixture(t, t.TempDir(), "page.html", []byte(page))
	for _, args := range [][]string{{"summarize", path}, {"summarize", "--html", "-"}} {
		r := runCLI(t, page, args...)
		if r.code != 0 || r.stdout == "" {
			t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("reading the page made %d requests", n)
	}
}
