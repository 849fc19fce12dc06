package eval

// Boxing an Int into a Value makes the Go runtime allocate 8 bytes
// (runtime.convT64), except for values in [0, 256), which it takes from a
// static table. The ints a cell meets most (loop counters, indexes,
// lengths, small sums) are small, so boxInt hands those out preboxed from
// smallInts, built once; any other value is an ordinary conversion.

// The bounds of smallInts: Int(i) for smallIntMin <= i < smallIntMax.
const (
	smallIntMin = -5
	smallIntMax = 1024
)

// smallInts[i-smallIntMin] is Int(i) as a Value. Its Values are never
// written after init, so all threads share them.
var smallInts = func() *[smallIntMax - smallIntMin]Value {
	t := new([smallIntMax - smallIntMin]Value)
	for k := range t {
		t[k] = Int(k + smallIntMin)
	}
	return t
}()

// boxInt returns Int(i) as a Value. It needs nothing of the thread, which
// may be nil; it is a method so that the evaluator's loops call it alike.
func (th *Thread) boxInt(i int64) Value {
	if uint64(i-smallIntMin) < smallIntMax-smallIntMin {
		return smallInts[i-smallIntMin]
	}
	return Int(i)
}
