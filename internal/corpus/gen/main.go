// Command gen writes a generated corpus of story versions to a folder, for
// measuring `brief summarize` on large inputs:
//
//	go run ./internal/corpus/gen -sentences 200000 -out /tmp/c200k
package main

import (
	"flag"
	"fmt"
	"os"

	"brief/internal/corpus"
)

func main() {
	sentences := flag.Int("sentences", 20000, "sentences to generate, about")
	out := flag.String("out", "", "folder to write the versions into")
	testdata := flag.String("testdata", "testdata", "the repository's testdata folder")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -out is required")
		os.Exit(2)
	}
	src, err := corpus.Load(*testdata)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	docs := corpus.Generate(src, *sentences)
	if err := corpus.Write(*out, docs); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("%d versions in %s\n", len(docs), *out)
}
