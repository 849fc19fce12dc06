package eval

// SetLimitsForTest lowers the str and sequence caps (see limits.go) and
// returns the function that restores them.
func SetLimitsForTest(str, seq int) (restore func()) {
	s, q := maxStrLen, maxSeqLen
	maxStrLen, maxSeqLen = str, seq
	return func() { maxStrLen, maxSeqLen = s, q }
}
