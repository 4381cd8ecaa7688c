package digest_test

import (
	"context"
	"fmt"
	"os"

	"brief/digest"
	"brief/summarize"
)

func Example() {
	sum, err := summarize.New(summarize.DefaultOptions())
	if err != nil {
		panic(err)
	}
	doc := func(name, text string) digest.Version {
		return digest.Version{Document: summarize.Document{Name: name, Text: text}}
	}
	// A pile of four articles about two stories, grouped, then briefed.
	// Each opens with its headline; a story's title is the headline that
	// shares most with its brief.
	pile := []digest.Version{
		doc("a.txt", "Dunmore ferry to stop on Sunday\n\nThe Dunmore ferry will stop running on Sunday after the operator lost its licence, the harbour office said."),
		doc("b.txt", "Forty trucks stranded as snow closes Hallen pass\n\nSnow closed the mountain pass at Hallen on Tuesday and stranded forty trucks overnight, police said."),
		doc("c.txt", "Ferry operator loses licence\n\nDunmore's only ferry operator has lost its licence, so the ferry stops on Sunday, the harbour office said."),
		doc("d.txt", "Snow shuts Hallen pass\n\nPolice said forty trucks were stranded overnight when snow closed the Hallen pass on Tuesday."),
	}
	stories, err := digest.Group(context.Background(), pile, sum.Terms, digest.GroupOptions{})
	if err != nil {
		panic(err)
	}
	d, err := digest.New(sum, digest.Options{Jobs: 2}).Run(context.Background(), stories)
	if err != nil {
		panic(err)
	}
	d.Title = "Tuesday"
	d.WriteMarkdown(os.Stdout)
	fmt.Println(len(d.Problems()), "problems")
	// Output:
	// # Tuesday
	//
	// 2 stories from 4 versions.
	//
	// ## Dunmore ferry to stop on Sunday
	//
	// The Dunmore ferry will stop running on Sunday after the operator lost its licence, the harbour office said.
	//
	// Sources:
	//
	// - `a.txt`: supports 1 of 1 sentence
	// - `c.txt`: supports 1 of 1 sentence
	//
	// ## Forty trucks stranded as snow closes Hallen pass
	//
	// Police said forty trucks were stranded overnight when snow closed the Hallen pass on Tuesday.
	//
	// Sources:
	//
	// - `b.txt`: supports 1 of 1 sentence
	// - `d.txt`: supports 1 of 1 sentence
	// 0 problems
}
