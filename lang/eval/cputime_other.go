//go:build !unix

package eval

// cpuTimes reports no CPU time where getrusage is missing.
func cpuTimes() (user, sys float64) { return 0, 0 }
