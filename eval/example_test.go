package eval_test

import (
	"fmt"

	"brief/eval"
)

func Example() {
	s, err := eval.New(eval.DefaultOptions())
	if err != nil {
		panic(err)
	}
	peer := []string{"The police killed the gunman."}
	refs := [][]string{
		{"Police kill the gunman."},
		{"The gunman was shot dead by police."},
	}
	scores, err := s.Score(peer, refs)
	if err != nil {
		panic(err)
	}
	for _, sc := range scores {
		fmt.Printf("%-12s R %.5f  P %.5f  F %.5f\n", sc.Name, sc.R, sc.P, sc.F)
	}
	// Output:
	// ROUGE-1      R 0.54545  P 0.60000  F 0.57143
	// ROUGE-2      R 0.22222  P 0.25000  F 0.23529
	// ROUGE-3      R 0.00000  P 0.00000  F 0.00000
	// ROUGE-4      R 0.00000  P 0.00000  F 0.00000
	// ROUGE-L      R 0.45455  P 0.50000  F 0.47619
	// ROUGE-W-1.2  R 0.29880  P 0.47133  F 0.36574
	// ROUGE-SU4    R 0.20000  P 0.25000  F 0.22222
}

// Scoring many peers against the same references: the references are
// counted once, and each metric is computed on demand.
func ExampleReferences() {
	o := eval.Options{MaxN: 2, Alpha: 0.5} // ROUGE-1, ROUGE-2 and ROUGE-L
	s, err := eval.New(o)
	if err != nil {
		panic(err)
	}
	refs := s.References([]eval.Text{
		s.Prepare([]string{"Police kill the gunman."}),
		s.Prepare([]string{"The gunman was shot dead by police."}),
	})
	for _, peer := range []string{"The police killed the gunman.", "A gunman was shot."} {
		ev := refs.Against(s.Prepare([]string{peer}))
		r2, l := ev.NGram(2), ev.LCS()
		fmt.Printf("%-30s %s R %.5f  %s R %.5f\n", peer, r2.Name, r2.R, l.Name, l.R)
	}
	// Output:
	// The police killed the gunman.  ROUGE-2 R 0.22222  ROUGE-L R 0.45455
	// A gunman was shot.             ROUGE-2 R 0.22222  ROUGE-L R 0.36364
}
