package linalg

// CrLog is ln(x) correctly rounded, as glibc's log gives it; NumPy's
// random streams (legacy gauss) call the C library's log.
func CrLog(x float64) float64 { return crLog(x) }
