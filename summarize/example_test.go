package summarize_test

import (
	"context"
	"fmt"

	"brief/summarize"
)

// Two versions of one story, with page furniture: the brief states each
// fact once, from whichever version words it best, and names the versions
// that carry it.
func Example() {
	s, err := summarize.New(summarize.Options{
		Budget:   summarize.Budget{Unit: summarize.Sentences, N: 2},
		Lambda:   summarize.DefaultLambda,
		SameFact: summarize.DefaultSameFact,
	})
	if err != nil {
		panic(err)
	}
	docs := []summarize.Document{
		{Name: "a.txt", Text: "Home | News | Sport\n\n" +
			"The river burst its banks in Lowbridge on Sunday, flooding forty homes.\n\n" +
			"Residents spent the night in the school gym.\n\n" +
			"Copyright 2025 Lowbridge Post. All rights reserved."},
		{Name: "b.txt", Text: "LOWBRIDGE (Wire) — Forty homes were flooded on Sunday when the river burst its banks.\n\n" +
			"Residents spent the night in the school gym, the council said.\n\n" +
			"Pumps will run until Wednesday."},
	}
	b, err := s.Summarize(context.Background(), docs)
	if err != nil {
		panic(err)
	}
	for _, sent := range b.Sentences {
		fmt.Printf("%s %v\n", sent.Text, sent.Support)
	}
	// Output:
	// The river burst its banks in Lowbridge on Sunday, flooding forty homes. [a.txt b.txt]
	// Residents spent the night in the school gym. [a.txt b.txt]
}
