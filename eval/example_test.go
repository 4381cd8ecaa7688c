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
