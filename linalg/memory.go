package linalg

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/internal/memcap"
)

var physMem = memcap.PhysMem

// DefaultMemoryCap is the largest array, in bytes, that Zeros allocates:
// half the physical memory of the machine (8 GiB when it cannot be read).
func DefaultMemoryCap() int64 { return physMem() / 2 }

// Zeros returns an array of zeros of dtype d and the given shape
// (np.zeros(shape, dtype=d)). An array larger than DefaultMemoryCap is a
// MemoryError with NumPy's text, "Unable to allocate 7.28 TiB for an array
// with shape (1000000, 1000000) and data type float64", returned before
// anything is allocated.
func Zeros(d DType, shape []int) (*Array, error) {
	return ZerosCap(d, shape, DefaultMemoryCap())
}

// ZerosCap is Zeros with an explicit memory cap in bytes.
func ZerosCap(d DType, shape []int, capBytes int64) (*Array, error) {
	if err := checkAlloc(d, shape, capBytes); err != nil {
		return nil, err
	}
	return newArray(d, shape), nil
}

// CheckAlloc reports whether an array of dtype d and the given shape may be
// allocated: nil when its size is at most DefaultMemoryCap bytes, otherwise
// the MemoryError (or, past the largest possible size, ValueError) that
// NumPy raises for it. Callers that fill their own buffers call it before
// allocating.
func CheckAlloc(d DType, shape []int) error {
	return checkAlloc(d, shape, DefaultMemoryCap())
}

// checkAlloc returns NumPy's error for an allocation of the given shape that
// is impossible or exceeds capBytes, or that crosses the cumulative memory
// budget (memcap.Charge): then the live heap plus this array is more than
// the kernel may hold, and NumPy's MemoryError is what a failed allocation
// gives in NumPy.
func checkAlloc(d DType, shape []int, capBytes int64) error {
	n, err := shapeSize(shape)
	if err != nil {
		return err
	}
	if int64(n) > math.MaxInt64/int64(d.ItemSize()) {
		return valueErr("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
	}
	bytes := int64(n) * int64(d.ItemSize())
	if bytes > capBytes || bytes >= memcap.Large && memcap.Charge(bytes) {
		return &Error{Kind: MemoryError, Msg: fmt.Sprintf("Unable to allocate %s for an array with shape %s and data type %s",
			sizeToString(bytes), FormatShape(shape), d)}
	}
	return nil
}

// sizeToString is numpy._core._exceptions._ArrayMemoryError._size_to_string.
func sizeToString(numBytes int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	bitLen := big.NewInt(numBytes).BitLen()
	unitI := max(bitLen-1, 1) / 10
	nUnits := float64(numBytes) / float64(int64(1)<<(unitI*10))
	if math.RoundToEven(nUnits) == 1024 {
		unitI++
		nUnits /= 1024
	}
	if unitI == 0 {
		return fmt.Sprintf("%.0f %s", nUnits, units[0])
	}
	if math.RoundToEven(nUnits) < 1000 {
		return pyFormatG3(nUnits) + " " + units[unitI]
	}
	return fmt.Sprintf("%.0f. %s", nUnits, units[unitI])
}

// pyFormatG3 is Python's format(x, '#.3g') for 0 < x < 1000.
func pyFormatG3(x float64) string {
	s := strconv.FormatFloat(x, 'e', 2, 64)
	_, expS, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(expS)
	if e < -4 || e >= 3 {
		return s
	}
	if e == 2 {
		return strconv.FormatFloat(x, 'f', 0, 64) + "."
	}
	return strconv.FormatFloat(x, 'f', 2-e, 64)
}
