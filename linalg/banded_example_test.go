package linalg_test

import (
	"fmt"

	"github.com/golinalg/golinalg/linalg"
)

// SciPy's solve_banded example: the 5×5 matrix with one subdiagonal and
// two superdiagonals
//
//	[5  2 -1  0  0]
//	[1  4  2 -1  0]
//	[0  1  3  2 -1]
//	[0  0  1  2  2]
//	[0  0  0  1  1]
//
// in band storage, a row per diagonal (the unused corners are zero).
func ExampleSolveBanded() {
	ab, _ := linalg.NewFloat64([]int{4, 5}, []float64{
		0, 0, -1, -1, -1,
		0, 2, 2, 2, 2,
		5, 4, 3, 2, 1,
		1, 1, 1, 1, 0,
	})
	b, _ := linalg.NewFloat64([]int{5}, []float64{0, 1, 2, 2, 3})
	x, _, err := linalg.SolveBanded(1, 2, ab, b, true)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.8f\n", x.Float64s())
	// Output:
	// [-2.37288136 3.93220339 -4.00000000 4.35593220 -1.35593220]
}

// The DFT of a unit impulse is flat, and of a constant an impulse.
func ExampleFFT() {
	x, _ := linalg.NewFloat64([]int{2, 4}, []float64{1, 0, 0, 0, 1, 1, 1, 1})
	X, _ := linalg.FFT(x, -1, -1, false)
	for _, v := range X.Complex128s() {
		fmt.Printf("%.0f ", real(v))
	}
	fmt.Println()
	// Output:
	// 1 1 1 1 4 0 0 0
}
