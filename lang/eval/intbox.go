package eval

import "unsafe"

// Boxing an Int into a Value makes the Go runtime allocate 8 bytes per
// value (runtime.convT64), which dominated loops and comprehensions over
// ranges. boxInt instead hands out slots of a slab of Ints allocated 128
// at a time, and builds the interface value pointing at the slot: the
// same representation the runtime produces, with one allocation per 128
// integers. A slot is written once, before the interface exists, and is
// never written again, so the value is as immutable as any boxed Int. A
// slab stays alive while any of its integers does (at most 1 KiB held by
// one surviving integer).

const intSlabLen = 128

// intItab is the type word of a Value holding an Int.
var intItab = func() unsafe.Pointer {
	var v Value = Int(1 << 40)
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[0]
}()

// boxInt returns Int(i) as a Value. Values in [0, 256) use the runtime's
// static table, as a plain conversion does.
func (th *Thread) boxInt(i int64) Value {
	if uint64(i) < 256 || th == nil {
		return Int(i)
	}
	// The slab pointer is written once per slab and the position is an
	// integer, so taking a slot costs no write barrier while the
	// collector runs.
	if th.intSlab == nil || th.intPos == intSlabLen {
		th.intSlab, th.intPos = new([intSlabLen]Int), 0
	}
	p := &th.intSlab[th.intPos]
	th.intPos++
	*p = Int(i)
	var v Value
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
	w[0], w[1] = intItab, unsafe.Pointer(p)
	return v
}
