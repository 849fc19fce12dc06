package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// pencilResidual returns max over (A, AA) and (B, BB) of
// ‖X − Q·XX·Zᴴ‖_max / max(1, ‖X‖_max), and the orthogonality defects of
// Q and Z.
func pencilResidual(a, b, aa, bb, q, z []complex128, n int) (res, orth float64) {
	for _, p := range [][2][]complex128{{a, aa}, {b, bb}} {
		r, _ := schurResidualQZ(p[0], p[1], q, z, n)
		res = math.Max(res, r)
	}
	_, oq := schurResidual(eyeC(n), eyeC(n), q, n)
	_, oz := schurResidual(eyeC(n), eyeC(n), z, n)
	return res, math.Max(oq, oz)
}

// schurResidualQZ is ‖X − Q·XX·Zᴴ‖_max / max(1, ‖X‖_max).
func schurResidualQZ(x, xx, q, z []complex128, n int) (float64, float64) {
	var xn, res float64
	for _, v := range x {
		xn = math.Max(xn, cmplx.Abs(v))
	}
	t := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for k := 0; k < n; k++ {
			for j := 0; j < n; j++ {
				t[i*n+j] += q[i*n+k] * xx[k*n+j]
			}
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			var s complex128
			for k := 0; k < n; k++ {
				s += t[i*n+k] * cmplx.Conj(z[j*n+k])
			}
			res = math.Max(res, cmplx.Abs(x[i*n+j]-s))
		}
	}
	return res / math.Max(1, xn), 0
}

func TestQZAndOrdQZ(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 2, 3, 5, 9, 16} {
		for _, cplx := range []bool{false, true} {
			for _, output := range []string{"real", "complex"} {
				a, b := randMatrix(rng, n, cplx), randMatrix(rng, n, cplx)
				if n > 3 {
					// Zeros that let the balancing isolate eigenvalues.
					for j := 0; j < n-1; j++ {
						if cplx {
							a.c[(n-1)*n+j], b.c[(n-1)*n+j] = 0, 0
						} else {
							a.f[(n-1)*n+j], b.f[(n-1)*n+j] = 0, 0
						}
					}
				}
				for _, sort := range []string{"", "lhp", "rhp", "iuc", "ouc"} {
					var aa, bb, al, be, q, z *Array
					var err error
					if sort == "" {
						aa, bb, al, be, q, z, _, err = QZ(a, b, output)
					} else {
						aa, bb, al, be, q, z, _, err = OrdQZ(a, b, sort, output)
					}
					if err != nil {
						t.Fatalf("n=%d cplx=%v %s %q: %v", n, cplx, output, sort, err)
					}
					wantC := cplx || output == "complex"
					if (aa.dtype == Complex128) != wantC || (be.dtype == Complex128) != wantC || al.dtype != Complex128 {
						t.Errorf("n=%d cplx=%v %s: dtypes %v %v %v", n, cplx, output, aa.dtype, al.dtype, be.dtype)
					}
					A, B, AA, BB := a.Complex128s(), b.Complex128s(), aa.Complex128s(), bb.Complex128s()
					res, orth := pencilResidual(A, B, AA, BB, q.Complex128s(), z.Complex128s(), n)
					if res > 1e-13*float64(n+1) || orth > 1e-13*float64(n+1) {
						t.Errorf("n=%d cplx=%v %s %q: residual %g, orthogonality %g", n, cplx, output, sort, res, orth)
					}
					// Shape: BB triangular with a real non-negative
					// diagonal; AA triangular, or quasi-triangular with
					// BB diagonal in each 2×2 block.
					alc, bec := al.Complex128s(), be.Complex128s()
					for i := 0; i < n; i++ {
						for j := 0; j < i; j++ {
							if BB[i*n+j] != 0 {
								t.Fatalf("n=%d %s %q: BB[%d,%d] = %v", n, output, sort, i, j, BB[i*n+j])
							}
							if AA[i*n+j] != 0 && (wantC || j != i-1 || BB[j*n+i] != 0) {
								t.Fatalf("n=%d %s %q: AA[%d,%d] = %v", n, output, sort, i, j, AA[i*n+j])
							}
						}
						inBlock := !wantC && ((i > 0 && AA[i*n+i-1] != 0) || (i < n-1 && AA[(i+1)*n+i] != 0))
						// (tgsen's dlagv2 may leave a 2×2 block's B
						// diagonal negative, as LAPACK's does.)
						if imag(BB[i*n+i]) != 0 || (real(BB[i*n+i]) < 0 && (sort == "" || !inBlock)) {
							t.Fatalf("n=%d %s %q: BB[%d,%d] = %v", n, output, sort, i, i, BB[i*n+i])
						}
					}
					if sort == "" {
						continue
					}
					// The selected eigenvalues come first.
					pred, _ := OrdQZSort(sort)
					seen := false
					for i := 0; i < n; i++ {
						s := pred(alc[i], bec[i])
						if wantC || imag(alc[i]) == 0 {
							if s && seen {
								t.Fatalf("n=%d %s %q: selected eigenvalue %d after an unselected one: %v", n, output, sort, i, alc)
							}
							seen = seen || !s
						}
					}
				}
			}
		}
	}
}

func TestQZErrors(t *testing.T) {
	sq, _ := NewFloat64([]int{2, 2}, []float64{1, 2, 3, 4})
	rect, _ := NewFloat64([]int{2, 3}, make([]float64, 6))
	for _, tc := range []struct {
		a, b   *Array
		output string
		want   string
	}{
		{sq, rect, "real", "ValueError: Array dimensions must be square and agree"},
		{rect, rect, "real", "ValueError: Array dimensions must be square and agree"},
		{sq, sq, "x", "ValueError: argument must be 'real', or 'complex'"},
	} {
		if _, _, _, _, _, _, _, err := QZ(tc.a, tc.b, tc.output); err == nil || err.Error() != tc.want {
			t.Errorf("QZ: %v, want %s", err, tc.want)
		}
	}
	if _, _, _, _, _, _, _, err := OrdQZ(sq, sq, "xx", "real"); err == nil || err.Error() != "ValueError: sort parameter must be None, a callable, or one of ('lhp','rhp','iuc','ouc')" {
		t.Errorf("OrdQZ sort: %v", err)
	}
	// Singular B: infinite eigenvalues (beta = 0) are placed by the
	// named orderings as SciPy places them.
	a, _ := NewFloat64([]int{3, 3}, []float64{1, 2, 3, 0, -2, 1, 1, 0, 4})
	b, _ := NewFloat64([]int{3, 3}, []float64{1, 0, 0, 0, 1, 0, 0, 0, 0})
	for _, s := range []string{"lhp", "rhp", "iuc", "ouc"} {
		if _, _, _, _, _, _, _, err := OrdQZ(a, b, s, "real"); err != nil {
			t.Errorf("OrdQZ singular B %s: %v", s, err)
		}
	}
}
