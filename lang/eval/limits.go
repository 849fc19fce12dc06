package eval

import (
	"math"
	"strconv"

	"github.com/golinalg/golinalg/internal/memcap"
)

// Size caps. CPython raises MemoryError when an allocation fails; the
// kernel process has no such safety net (a failed Go allocation kills it),
// so sizes are checked before allocating, or as a container grows when the
// final size is unknown. Both caps derive from the memory cap that linalg's arrays use too (internal/memcap)
// (half the machine's memory).
var (
	// maxSeqLen is the largest number of elements a list, tuple, set or
	// dict may hold: the memory cap over a budget of 256 bytes per
	// element (the interface value, the boxed element, a tuple's slice,
	// and the slack of append's doubling).
	maxSeqLen = int(max(memcap.Default()/256, 1<<20))
	// maxStrLen is the largest str or bytes length in bytes.
	maxStrLen = int(max(memcap.Default()/4, 1<<24))
)

// errMemory is Python's MemoryError with CPython's empty message.
func errMemory() error { return NewError(MemoryError, "") }

// CheckSeqLen returns MemoryError when a sequence of n elements (n may be
// the result of an overflowing product, hence negative) is too large, or
// when allocating it crosses the memory budget (see chargeBytes).
func CheckSeqLen(n int64) error {
	if n < 0 || n > int64(maxSeqLen) {
		return errMemory()
	}
	return chargeBytes(n * valueSize)
}

// checkStrLen is CheckSeqLen for str and bytes lengths.
func checkStrLen(n int64) error {
	if n < 0 || n > int64(maxStrLen) {
		return errMemory()
	}
	return chargeBytes(n)
}

// valueSize is the size in bytes of one element of a list or tuple (an
// interface value), what a sequence of n elements charges per element.
const valueSize = 16

// chargeBytes charges an allocation of n bytes about to be made to the
// cumulative memory budget (internal/memcap) when it is large, and returns
// MemoryError when the heap is over the budget. Small allocations are
// seen by Thread.Poll instead.
func chargeBytes(n int64) error {
	if n >= memcap.Large && memcap.Charge(n) {
		return errMemory()
	}
	return nil
}

// mulOverflows reports whether a*b overflows int64, for non-negative a, b.
func mulOverflows(a, b int64) bool {
	return a != 0 && b > (1<<63-1)/a
}

// specWidth parses the width digits of a format specification with
// CPython's errors for widths that cannot be honoured.
func specWidth(digits string) (int, error) {
	if len(digits) > 18 {
		return 0, NewError(ValueError, "Too many decimal digits in format string")
	}
	n, _ := strconv.Atoi(digits)
	if n > maxStrLen {
		return 0, errMemory()
	}
	return n, nil
}

// specPrec is specWidth for the precision digits. A precision beyond
// maxPrec is refused with MemoryError (CPython would try to format it).
func specPrec(digits string) (int, error) {
	if len(digits) > 18 {
		return 0, NewError(ValueError, "Too many decimal digits in format string")
	}
	n, _ := strconv.Atoi(digits)
	if n > math.MaxInt32 {
		return 0, NewError(ValueError, "precision too big")
	}
	if n > maxPrec {
		return 0, errMemory()
	}
	return n, nil
}

// maxPrec is the largest precision formatted.
const maxPrec = 1 << 24
