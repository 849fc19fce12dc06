package linalg_test

import (
	"errors"
	"fmt"

	"github.com/golinalg/golinalg/linalg"
)

// The inverse of the matrix of every tutorial, [[4, 7], [2, 6]], whose
// determinant is 10.
func ExampleInv() {
	a, _ := linalg.NewFloat64([]int{2, 2}, []float64{4, 7, 2, 6})
	inv, err := linalg.Inv(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.1f\n", inv.Float64s())
	// Output:
	// [0.6 -0.7 -0.2 0.4]
}

// A singular matrix is refused as NumPy refuses it: the LU factorisation
// meets an exactly zero pivot. The error's Kind is the Python class and its
// Reason the cause, for callers that explain it.
func ExampleInv_singular() {
	a, _ := linalg.NewFloat64([]int{3, 3}, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	_, err := linalg.Inv(a)
	var le *linalg.Error
	if errors.As(err, &le) {
		fmt.Println(le.Kind, "|", le.Msg, "|", le.Reason == linalg.Singular)
	}
	// Output:
	// LinAlgError | Singular matrix | true
}

// Solve finds x with a @ x = b without forming the inverse.
func ExampleSolve() {
	a, _ := linalg.NewFloat64([]int{2, 2}, []float64{3, 1, 1, 2})
	b, _ := linalg.NewFloat64([]int{2}, []float64{9, 8})
	x, _ := linalg.Solve(a, b)
	fmt.Println(x.Float64s())
	// Output:
	// [2 3]
}

// Det returns a 0-d array; the determinant of a singular matrix is exactly
// zero, as NumPy's (OpenBLAS's) LU computes it.
func ExampleDet() {
	a, _ := linalg.NewFloat64([]int{3, 3}, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	d, _ := linalg.Det(a)
	fmt.Println(d.Float64s()[0])
	// Output:
	// 0
}

// The eigenvalues of a symmetric matrix are real; Eig returns them in
// LAPACK's order and the eigenvectors as columns.
func ExampleEig() {
	a, _ := linalg.NewFloat64([]int{2, 2}, []float64{2, 0, 0, 3})
	w, v, _ := linalg.Eig(a)
	fmt.Println(w.Float64s(), v.Float64s())
	// Output:
	// [2 3] [1 0 0 1]
}

// The singular values of a diagonal matrix are its absolute diagonal,
// descending.
func ExampleSVD() {
	a, _ := linalg.NewFloat64([]int{2, 2}, []float64{0, -5, 2, 0})
	_, s, _, _ := linalg.SVD(a, true)
	fmt.Println(s.Float64s())
	// Output:
	// [5 2]
}

// scipy.linalg.lu: a = p @ l @ u with l unit lower triangular.
func ExampleSciPyLU() {
	a, _ := linalg.NewFloat64([]int{2, 2}, []float64{1, 2, 3, 4})
	p, l, u, _ := linalg.SciPyLU(a, false, false)
	fmt.Println(p.Float64s(), l.Float64s(), u.Float64s())
	// Output:
	// [0 1 1 0] [1 0 0.3333333333333333 1] [3 4 0 0.6666666666666667]
}

// FillDiagonal writes in place; a tall matrix's diagonal wraps with
// wrap set.
func ExampleFillDiagonal() {
	a, _ := linalg.Zeros(linalg.Int64, []int{4, 2})
	val, _ := linalg.NewInt64([]int{2}, []int64{1, 2})
	_ = linalg.FillDiagonal(a, val, true)
	fmt.Println(a.Int64s())
	// Output:
	// [1 0 0 2 0 0 1 0]
}
