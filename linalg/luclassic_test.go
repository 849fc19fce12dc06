package linalg

import (
	"math"
	"testing"
)

// TestLUClassicRegressions keeps the cases of issue 18 as named
// regressions. M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]] is singular in
// floating point under OpenBLAS's operation order (its last pivot is
// exactly 0): NumPy's inv, solve and matrix_power(M, -1) raise
// LinAlgError "Singular matrix", det is +0.0 and slogdet (0, -inf), and
// SciPy's inv and solve raise, det is 0.0, lu_factor warns. golinalg gave
// ±4.5e15 entries, 6.66e-16 and a solution, from another operation order.
//
// The expected values are NumPy 2.4.6's (OpenBLAS 0.3.31) and SciPy
// 1.17.1's, run on this machine with OPENBLAS_CORETYPE=Haswell, printed
// with float.hex(); NumPy's SkylakeX kernels give other last bits for
// inv([[2, 1, 1], [1, 3, 2], [1, 0, 0]]) (the exact [[0, 0, 1],
// [-2, 1, 3], [3, -1, -5]]). The fixture file holds the same matrices
// (kind "classic").
func TestLUClassicRegressions(t *testing.T) {
	mat := func(n int, v ...int64) *Array {
		a, err := NewInt64([]int{n, n}, v)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	wantErr := func(what string, err error, kind, msg string) {
		t.Helper()
		e, ok := err.(*Error)
		if !ok || e.Kind.String() != kind || e.Msg != msg {
			t.Errorf("%s: error %v, want %s: %s", what, err, kind, msg)
		}
	}
	same := func(what string, got *Array, want []float64) {
		t.Helper()
		g := got.Float64s()
		if len(g) != len(want) {
			t.Fatalf("%s: %d values, want %d", what, len(g), len(want))
		}
		for i := range want {
			if !sameBits(g[i], want[i]) {
				t.Errorf("%s[%d] = %v (%x), want %v (%x)", what, i, g[i], g[i], want[i], want[i])
			}
		}
	}

	M := mat(3, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	b, _ := NewInt64([]int{3}, []int64{1, 2, 3})
	_, err := Inv(M)
	wantErr("inv(M)", err, "LinAlgError", "Singular matrix")
	_, err = Solve(M, b)
	wantErr("solve(M, b)", err, "LinAlgError", "Singular matrix")
	_, err = MatrixPower(M, -1)
	wantErr("matrix_power(M, -1)", err, "LinAlgError", "Singular matrix")
	d, err := Det(M)
	if err != nil {
		t.Fatal(err)
	}
	same("det(M)", d, []float64{0}) // +0.0 exactly
	s, l, err := Slogdet(M)
	if err != nil {
		t.Fatal(err)
	}
	same("slogdet(M).sign", s, []float64{0})
	same("slogdet(M).logabsdet", l, []float64{math.Inf(-1)})
	_, err = SciPyInv(M)
	wantErr("scipy.linalg.inv(M)", err, "LinAlgError", "A singular matrix detected: slice(s) [0] are singular.")
	_, err = SciPySolve(M, b)
	wantErr("scipy.linalg.solve(M, b)", err, "LinAlgError", "A singular matrix detected: slice(s) [0] are singular.")
	d, err = SciPyDet(M)
	if err != nil {
		t.Fatal(err)
	}
	same("scipy.linalg.det(M)", d, []float64{0})
	// SciPy's det factors the transpose and returns 0.0 on a zero pivot
	// (its product here would be -0.0); a 1×1 matrix's entry as it is.
	for _, c := range []struct {
		a    *Array
		want float64
	}{
		{mat(2, 1, 2, 3, 4), -2},
		{mat(2, 0, 0, 0, -1), 0},
		{func() *Array { a, _ := NewFloat64([]int{1, 1}, []float64{math.Copysign(0, -1)}); return a }(), math.Copysign(0, -1)},
	} {
		d, err := SciPyDet(c.a)
		if err != nil {
			t.Fatal(err)
		}
		same("scipy.linalg.det", d, []float64{c.want})
	}
	lu, piv, warns, err := SciPyLUFactor(M)
	if err != nil {
		t.Fatal(err)
	}
	same("lu_factor(M).lu", lu, []float64{
		7, 8, 9,
		0x1.2492492492492p-3, 0x1.b6db6db6db6dcp-1, 0x1.b6db6db6db6dcp+0,
		0x1.2492492492492p-1, 0x1.0000000000002p-1, 0,
	})
	same("lu_factor(M).piv", piv, []float64{2, 2, 2})
	if len(warns) != 1 || warns[0].Msg != "Diagonal number 3 is exactly zero. Singular matrix." {
		t.Errorf("lu_factor(M) warnings %v", warns)
	}
	// lu_solve on these factors divides by the zero pivot: Haswell's
	// kernels leave exactly 0 above it (0/0), SkylakeX's fused ones a tiny
	// nonzero value (NaN, inf, -inf).
	x, err := SciPyLUSolve(lu, piv, b, 0)
	if err != nil {
		t.Fatal(err)
	}
	same("lu_solve(lu_factor(M), b)", x, []float64{math.NaN(), math.NaN(), math.NaN()})

	// NumPy's inverses under Haswell, bit for bit.
	for _, c := range []struct {
		name string
		a    *Array
		inv  []float64
	}{
		{"inv([[2,1,1],[1,3,2],[1,0,0]])", mat(3, 2, 1, 1, 1, 3, 2, 1, 0, 0), []float64{
			0, 0, 1,
			-0x1.0000000000001p+1, 0x1.0000000000001p+0, 0x1.8000000000002p+1,
			0x1.8000000000001p+1, -0x1.0000000000001p+0, -0x1.4000000000001p+2,
		}},
		{"inv([[4,7],[2,6]])", mat(2, 4, 7, 2, 6), []float64{
			0x1.3333333333334p-1, -0x1.6666666666667p-1,
			-0x1.999999999999ap-3, 0x1.999999999999ap-2,
		}},
	} {
		x, err := Inv(c.a)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		same(c.name, x, c.inv)
		// The same through a stack (the fixed-size kernels) and
		// matrix_power(a, -1).
		n := c.a.shape[0]
		st, _ := NewFloat64([]int{2, n, n}, append(append([]float64{}, c.a.Float64s()...), c.a.Float64s()...))
		xs, err := Inv(st)
		if err != nil {
			t.Fatalf("%s stacked: %v", c.name, err)
		}
		same(c.name+" stacked", xs, append(append([]float64{}, c.inv...), c.inv...))
		xp, err := MatrixPower(c.a, -1)
		if err != nil {
			t.Fatalf("%s matrix_power: %v", c.name, err)
		}
		same(c.name+" matrix_power -1", xp, c.inv)
	}
}
