package rouge155

import (
	"fmt"
	"strings"
)

// ExitDie is the exit status of a script that dies: what ROUGE-1.5.5.pl
// gives in every error case of the conformance set. (Perl's die exits
// with errno when it is set; no case here depends on it.)
const ExitDie = 255

// DieError is the script dying: Msg, as Perl prints it to standard error
// (ending in a newline), after whatever standard output had already.
type DieError struct{ Msg string }

func (e *DieError) Error() string { return strings.TrimSuffix(e.Msg, "\n") }

func dief(format string, args ...any) error {
	return &DieError{Msg: fmt.Sprintf(format, args...)}
}
