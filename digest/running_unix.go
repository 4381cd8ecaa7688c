//go:build unix

package digest

import (
	"errors"
	"syscall"
)

// running reports whether a process with this ID runs: signal 0 checks
// without sending anything, and EPERM means it runs as another user.
func running(pid int) bool {
	if pid <= 0 || pid > 1<<22 { // 0 and -1 would name process groups; 2^22 is Linux's highest PID
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
