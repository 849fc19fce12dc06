package linalg

import (
	"math"
	"testing"
)

func TestKindString(t *testing.T) {
	for _, tc := range []struct {
		k    Kind
		want string
	}{
		{LinAlgError, "LinAlgError"},
		{ValueError, "ValueError"},
		{TypeError, "TypeError"},
		{IndexError, "IndexError"},
		{AxisError, "AxisError"},
		{MemoryError, "MemoryError"},
		{ZeroDivisionError, "ZeroDivisionError"},
		{OverflowError, "OverflowError"},
		{NotImplementedError, "NotImplementedError"},
		{0, "Kind(0)"},
		{200, "Kind(200)"},
	} {
		if got := tc.k.String(); got != tc.want {
			t.Errorf("Kind(%d).String() = %q, want %q", uint8(tc.k), got, tc.want)
		}
	}
	e := &Error{Kind: LinAlgError, Reason: Singular, Msg: "Singular matrix"}
	if got := e.Error(); got != "LinAlgError: Singular matrix" {
		t.Errorf("Error() = %q", got)
	}
}

// TestErrorReasons checks that each failure carries the kind and reason
// set where it is made, beside NumPy's or SciPy's message.
func TestErrorReasons(t *testing.T) {
	m := func(r, c int, v ...float64) *Array {
		a, err := NewFloat64([]int{r, c}, v)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	nan := math.NaN()
	sing := m(2, 2, 1, 2, 2, 4)
	notPD := m(2, 2, 1, 2, 2, 1)
	rect := m(2, 3, 1, 2, 3, 4, 5, 6)
	withNaN := m(2, 2, 1, nan, 3, 4)
	vec, _ := NewFloat64([]int{3}, []float64{1, 2, 3})
	col2, _ := NewFloat64([]int{2}, []float64{1, 2})
	empty, _ := Zeros(Float64, []int{0, 0})
	first := func(_ *Array, err error) error { return err }
	tests := []struct {
		name   string
		err    error
		kind   Kind
		reason Reason
		msg    string
	}{
		{"Inv singular", first(Inv(sing)), LinAlgError, Singular, "Singular matrix"},
		{"Inv 1-d", first(Inv(vec)), LinAlgError, TooFewDims, "1-dimensional array given. Array must be at least two-dimensional"},
		{"Inv rect", first(Inv(rect)), LinAlgError, NotSquare, "Last 2 dimensions of the array must be square"},
		{"Solve singular", first(Solve(sing, col2)), LinAlgError, Singular, "Singular matrix"},
		{"SciPyInv singular", first(SciPyInv(sing)), LinAlgError, Singular, "A singular matrix detected: slice(s) [0] are singular."},
		{"SciPySolve singular", first(SciPySolve(sing, col2)), LinAlgError, Singular, "A singular matrix detected: slice(s) [0] are singular."},
		{"Cholesky", first(Cholesky(notPD)), LinAlgError, NotPositiveDefinite, "Matrix is not positive definite"},
		{"SciPyCholesky", first(SciPyCholesky(notPD, false)), LinAlgError, NotPositiveDefinite, "2-th leading minor of the array is not positive definite"},
		{"SVDVals nan", first(SVDVals(withNaN)), LinAlgError, SVDNoConvergence, "SVD did not converge"},
		{"Pinv nan", first(Pinv(withNaN, 1e-15)), LinAlgError, SVDNoConvergence, "SVD did not converge"},
		{"MatrixRank nan", first(MatrixRank(withNaN, -1)), LinAlgError, SVDNoConvergence, "SVD did not converge"},
		{"Pinv 1-d", first(Pinv(vec, 1e-15)), LinAlgError, TooFewDims, "1-dimensional array given. Array must be at least two-dimensional"},
		{"Expm 1-d", first(Expm(vec)), LinAlgError, TooFewDims, "The input array must be at least two-dimensional"},
		{"Expm rect", first(Expm(rect)), LinAlgError, NotSquare, "Last 2 dimensions of the array must be square"},
		{"Cond empty", first(Cond(empty, NormOrd{Default: true})), LinAlgError, EmptyArray, "cond is not defined on empty arrays"},
		{"SolveTriangular", first(SolveTriangular(m(2, 2, 1, 0, 1, 0), col2, 0, true, false)), LinAlgError, Singular, "singular matrix: resolution failed at diagonal 1"},
		{"SciPyInv nan", first(SciPyInv(withNaN)), ValueError, NoReason, "array must not contain infs or NaNs"},
	}
	for _, tc := range tests {
		e, ok := tc.err.(*Error)
		if !ok {
			t.Errorf("%s: error %v, want *Error", tc.name, tc.err)
			continue
		}
		if e.Kind != tc.kind || e.Reason != tc.reason || e.Msg != tc.msg {
			t.Errorf("%s: got %v %v %q, want %v %v %q", tc.name, e.Kind, e.Reason, e.Msg, tc.kind, tc.reason, tc.msg)
		}
	}
	_, _, _, err := SVD(withNaN, true)
	if e, ok := err.(*Error); !ok || e.Reason != SVDNoConvergence {
		t.Errorf("SVD nan: %v", err)
	}
	_, _, _, _, err = Lstsq(rect, m(3, 1, 1, 2, 3), -1)
	if e, ok := err.(*Error); !ok || e.Reason != IncompatibleDims || e.Msg != "Incompatible dimensions" {
		t.Errorf("Lstsq: %v", err)
	}
}
