package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// TestRQ checks R·Q = A, Q's orthonormal rows and R's trapezoid for each
// mode and shape, real and complex.
func TestRQ(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, sh := range [][2]int{{1, 1}, {3, 5}, {5, 3}, {4, 4}, {2, 7}} {
		for _, cplx := range []bool{false, true} {
			m, n := sh[0], sh[1]
			a := randMat(rng, m, n, cplx)
			for _, mode := range []string{"full", "economic"} {
				r, q, err := RQ(a, mode)
				if err != nil {
					t.Fatal(err)
				}
				rm, rn := r.shape[0], r.shape[1]
				qm, qn := q.shape[0], q.shape[1]
				if rn != qm || qn != n || rm != m {
					t.Fatalf("%v %s: shapes %v %v", sh, mode, r.shape, q.shape)
				}
				rc, qc := r.Complex128s(), q.Complex128s()
				if d := maxDiff(matMulC(rc, qc, rm, rn, qn), a.Complex128s()); d > 1e-12 {
					t.Errorf("%v %s cplx=%v: |RQ − A| = %g", sh, mode, cplx, d)
				}
				if d := maxDiff(matMulC(qc, adjointC(qc, qm, qn), qm, qn, qm), eyeC(qm)); d > 1e-12 {
					t.Errorf("%v %s: Q's rows not orthonormal (%g)", sh, mode, d)
				}
				for i := 0; i < rm; i++ {
					for j := 0; j < min(rn, i+rn-rm); j++ {
						if rc[i*rn+j] != 0 {
							t.Errorf("%v %s: R[%d, %d] = %v below the trapezoid", sh, mode, i, j, rc[i*rn+j])
						}
					}
				}
			}
		}
	}
}

// TestLDL checks lu·d·luᴴ (luᵀ) = A and that lu[perm] is unit triangular
// and d block diagonal, for random and tie-ridden matrices.
func TestLDL(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{1, 2, 3, 6, 9} {
		for kind := 0; kind < 4; kind++ { // real, integer ties, complex Hermitian, complex symmetric
			x := randMat(rng, n, n, kind >= 2).Complex128s()
			if kind == 1 {
				for i := range x {
					x[i] = complex(math.Round(real(x[i])), 0)
				}
			}
			herm := kind != 3
			a := make([]complex128, n*n)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					if herm {
						a[i*n+j] = x[i*n+j] + cmplx.Conj(x[j*n+i])
					} else {
						a[i*n+j] = x[i*n+j] + x[j*n+i]
					}
				}
			}
			d := Float64
			if kind >= 2 {
				d = Complex128
			}
			arr := fromComplex(a, d, n, n)
			for _, lower := range []bool{true, false} {
				lu, dd, perm, _, err := LDL(arr, lower, herm)
				if err != nil {
					t.Fatal(err)
				}
				l, dv, p := lu.Complex128s(), dd.Complex128s(), perm.Int64s()
				lt := adjointC(l, n, n)
				if !herm {
					lt = transposeC(l, n, n)
				}
				if diff := maxDiff(matMulC(matMulC(l, dv, n, n, n), lt, n, n, n), a); diff > 1e-10 {
					t.Errorf("n=%d kind=%d lower=%v: |LDLᴴ − A| = %g", n, kind, lower, diff)
				}
				for i := 0; i < n; i++ {
					row := l[int(p[i])*n : int(p[i])*n+n]
					if row[i] != 1 {
						t.Errorf("n=%d kind=%d lower=%v: lu[perm] diagonal %v", n, kind, lower, row[i])
					}
					for j := 0; j < n; j++ {
						if (lower && j > i || !lower && j < i) && row[j] != 0 {
							t.Errorf("n=%d kind=%d lower=%v: lu[perm] not triangular at (%d, %d)", n, kind, lower, i, j)
						}
						if (j > i+1 || j < i-1) && dv[i*n+j] != 0 {
							t.Errorf("n=%d kind=%d: d not block diagonal at (%d, %d)", n, kind, i, j)
						}
					}
				}
			}
		}
	}
}

// TestCosSin checks X = U·CS·Vᴴ with unitary block-diagonal U and V for
// every partition of random orthogonal and unitary matrices.
func TestCosSin(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, m := range []int{2, 3, 5} {
		for _, cplx := range []bool{false, true} {
			z := randMat(rng, m, m, cplx)
			xq, _, _, _, err := SciPyQR(z, "full", false)
			if err != nil {
				t.Fatal(err)
			}
			x := xq.Complex128s()
			for p := 1; p < m; p++ {
				for q := 1; q < m; q++ {
					blk := func(i0, i1, j0, j1 int) *Array {
						var v []complex128
						for i := i0; i < i1; i++ {
							v = append(v, x[i*m+j0:i*m+j1]...)
						}
						return fromComplex(v, xq.dtype, i1-i0, j1-j0)
					}
					for _, swap := range []bool{false, true} {
						u1, u2, th, v1h, v2h, err := CosSin(blk(0, p, 0, q), blk(0, p, q, m), blk(p, m, 0, q), blk(p, m, q, m), swap)
						if err != nil {
							t.Fatal(err)
						}
						u, vh := BlockDiag2(u1, u2).Complex128s(), BlockDiag2(v1h, v2h).Complex128s()
						cs := CosSinMiddle(th.Float64s(), m, p, q, swap).Complex128s()
						if d := maxDiff(matMulC(matMulC(u, cs, m, m, m), vh, m, m, m), x); d > 1e-10 {
							t.Errorf("m=%d p=%d q=%d swap=%v cplx=%v: |U·CS·Vᴴ − X| = %g", m, p, q, swap, cplx, d)
						}
						if d := maxDiff(matMulC(adjointC(u, m, m), u, m, m, m), eyeC(m)); d > 1e-10 {
							t.Errorf("m=%d p=%d q=%d: U not unitary (%g)", m, p, q, d)
						}
						if d := maxDiff(matMulC(vh, adjointC(vh, m, m), m, m, m), eyeC(m)); d > 1e-10 {
							t.Errorf("m=%d p=%d q=%d: V not unitary (%g)", m, p, q, d)
						}
					}
				}
			}
		}
	}
}

// TestPolarAndBanded checks A = U·P with P Hermitian, and the banded and
// tridiagonal eigenpairs against the dense problem, on a few shapes.
func TestPolarAndBanded(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, sh := range [][2]int{{3, 3}, {4, 2}, {2, 5}} {
		a := randMat(rng, sh[0], sh[1], true)
		for _, right := range []bool{true, false} {
			u, p, err := Polar(a, right)
			if err != nil {
				t.Fatal(err)
			}
			m, n := sh[0], sh[1]
			k := p.shape[0]
			var got []complex128
			if right {
				got = matMulC(u.Complex128s(), p.Complex128s(), m, n, n)
			} else {
				got = matMulC(p.Complex128s(), u.Complex128s(), m, m, n)
			}
			if d := maxDiff(got, a.Complex128s()); d > 1e-12 {
				t.Errorf("%v right=%v: |UP − A| = %g", sh, right, d)
			}
			if d := maxDiff(p.Complex128s(), adjointC(p.Complex128s(), k, k)); d > 1e-12 {
				t.Errorf("%v: P not Hermitian (%g)", sh, d)
			}
		}
	}
	// A 4×4 pentadiagonal matrix in upper band storage and its tridiagonal
	// part: the eigenvalues with select by value and by index.
	ab, _ := NewFloat64([]int{3, 4}, []float64{0, 0, 2, 2, 0, 5, 5, 5, 1, 2, 3, 4})
	w, v, err := EigBanded(ab, false, true, EigSelect{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{-4.26200532, -2.22987175, 3.95222349, 12.53965359}
	for i, x := range w.Float64s() {
		if math.Abs(x-want[i]) > 1e-8 {
			t.Errorf("eig_banded w[%d] = %v, want %v", i, x, want[i])
		}
	}
	if v.shape[0] != 4 || v.shape[1] != 4 {
		t.Errorf("eig_banded v shape %v", v.shape)
	}
	w, _, _ = EigBanded(ab, false, false, EigSelect{Kind: 1, VL: -3, VU: 4}, 0)
	if w.Size() != 2 || math.Abs(w.Float64s()[0]-want[1]) > 1e-8 {
		t.Errorf("eig_banded by value: %v", w.Float64s())
	}
	d, _ := NewFloat64([]int{4}, []float64{3, 3, 3, 3})
	e, _ := NewFloat64([]int{3}, []float64{-1, -1, -1})
	w, _, err = EighTridiagonal(d, e, EigSelect{Kind: 2, IL: 1, IU: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range w.Float64s() {
		// 3 − 2cos(kπ/5), k = 2, 3
		if wk := 3 - 2*math.Cos(float64(i+2)*math.Pi/5); math.Abs(x-wk) > 1e-12 {
			t.Errorf("eigh_tridiagonal w[%d] = %v, want %v", i, x, wk)
		}
	}
}
