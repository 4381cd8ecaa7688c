//go:build !unix

package digest

import "os"

// running reports whether a process with this ID runs: on Windows finding
// a process opens it, which fails when there is none.
func running(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
