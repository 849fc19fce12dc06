//go:build unix

package eval

import "syscall"

// cpuTimes is the process's user and system CPU time in seconds, as
// IPython's clock2 reads them from getrusage (for %time).
func cpuTimes() (user, sys float64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime), tv(ru.Stime)
}
