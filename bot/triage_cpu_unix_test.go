//go:build unix

package bot_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used (user and system): a
// measure that, unlike wall time, a busy shared host does not inflate.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
