package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// randMat returns an m×n float64 (or complex128) array of normal samples.
func randMat(rng *rand.Rand, m, n int, cplx bool) *Array {
	if cplx {
		v := make([]complex128, m*n)
		for i := range v {
			v[i] = complex(rng.NormFloat64(), rng.NormFloat64())
		}
		a, _ := NewComplex128([]int{m, n}, v)
		return a
	}
	v := make([]float64, m*n)
	for i := range v {
		v[i] = rng.NormFloat64()
	}
	a, _ := NewFloat64([]int{m, n}, v)
	return a
}

// checkQR reports how far q·r is from want and qᴴ·q from the identity.
func checkQR(t *testing.T, what string, q, r, want *Array) {
	t.Helper()
	qm, qn := q.shape[0], q.shape[1]
	rn := r.shape[1]
	qc, rc, wc := q.Complex128s(), r.Complex128s(), want.Complex128s()
	prod := matMulC(qc, rc, qm, qn, rn)
	var worst float64
	for i := range prod {
		worst = math.Max(worst, cmplx.Abs(prod[i]-wc[i]))
	}
	for i := 0; i < qn; i++ {
		for j := 0; j < qn; j++ {
			var s complex128
			for l := 0; l < qm; l++ {
				s += cmplx.Conj(qc[l*qn+i]) * qc[l*qn+j]
			}
			if i == j {
				s--
			}
			worst = math.Max(worst, cmplx.Abs(s))
		}
	}
	for i := 0; i < r.shape[0]; i++ {
		for j := 0; j < min(i, rn); j++ {
			worst = math.Max(worst, cmplx.Abs(rc[i*rn+j]))
		}
	}
	if worst > 1e-12 {
		t.Errorf("%s: residual %g", what, worst)
	}
}

// TestQRUpdates checks that qr_update, qr_insert and qr_delete give a QR
// factorisation of the changed matrix, full and economic, real and
// complex, for rows and columns, one and several at a time.
func TestQRUpdates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, cplx := range []bool{false, true} {
		for _, sh := range [][2]int{{6, 3}, {3, 5}, {4, 4}, {7, 2}} {
			m, n := sh[0], sh[1]
			a := randMat(rng, m, n, cplx)
			for _, mode := range []string{"full", "economic"} {
				if mode == "economic" && m <= n {
					continue
				}
				q, r, _, _, err := SciPyQR(a, mode, false)
				if err != nil {
					t.Fatal(err)
				}
				for p := 1; p <= min(m, n); p++ {
					if mode == "full" && p > 1 && m > n && p > m-n {
						continue
					}
					u, v := randMat(rng, m, p, cplx), randMat(rng, n, p, cplx)
					q1, r1, err := QRUpdate(q, r, u, v, true)
					if err != nil {
						t.Fatalf("%v %s update p=%d: %v", sh, mode, p, err)
					}
					vh := v.Complex128s()
					for i := range vh {
						vh[i] = cmplx.Conj(vh[i])
					}
					vhT := transposeC(vh, n, p)
					want := addC(a.Complex128s(), matMulC(u.Complex128s(), vhT, m, p, n))
					checkQR(t, "update", q1, r1, fromComplex(want, Complex128, m, n))
				}
				for k := 0; k < m; k++ {
					for p := 1; k+p <= m && (mode == "full" || m-p >= 1); p++ {
						q1, r1, err := QRDelete(q, r, k, p, false, true)
						if err != nil {
							t.Fatalf("%v %s delete rows k=%d p=%d: %v", sh, mode, k, p, err)
						}
						rows := append(append([]complex128{}, a.Complex128s()[:k*n]...), a.Complex128s()[(k+p)*n:]...)
						if mode == "economic" && q1.shape[0] < n {
							continue
						}
						checkQR(t, "delete rows", q1, r1, fromComplex(rows, Complex128, m-p, n))
					}
				}
				for k := 0; k < n; k++ {
					for p := 1; k+p <= n; p++ {
						q1, r1, err := QRDelete(q, r, k, p, true, true)
						if err != nil {
							t.Fatalf("%v %s delete cols k=%d p=%d: %v", sh, mode, k, p, err)
						}
						var cols []complex128
						for i := 0; i < m; i++ {
							row := a.Complex128s()[i*n : (i+1)*n]
							cols = append(append(cols, row[:k]...), row[k+p:]...)
						}
						checkQR(t, "delete cols", q1, r1, fromComplex(cols, Complex128, m, n-p))
					}
				}
				for k := 0; k <= m; k++ {
					for p := 1; p <= 3; p++ {
						u := randMat(rng, p, n, cplx)
						q1, r1, err := QRInsert(q, r, u, k, false, 0, false, true, "")
						if err != nil {
							t.Fatalf("%v %s insert rows k=%d p=%d: %v", sh, mode, k, p, err)
						}
						rows := append(append(append([]complex128{}, a.Complex128s()[:k*n]...), u.Complex128s()...), a.Complex128s()[k*n:]...)
						checkQR(t, "insert rows", q1, r1, fromComplex(rows, Complex128, m+p, n))
					}
				}
				for k := 0; k <= n; k++ {
					for p := 1; p <= 3; p++ {
						u := randMat(rng, m, p, cplx)
						q1, r1, err := QRInsert(q, r, u, k, true, 0, false, true, "")
						if err != nil {
							if e, ok := err.(*Error); ok && e.Kind == LinAlgError && mode == "economic" {
								continue
							}
							t.Fatalf("%v %s insert cols k=%d p=%d: %v", sh, mode, k, p, err)
						}
						var cols []complex128
						uc := u.Complex128s()
						for i := 0; i < m; i++ {
							row := a.Complex128s()[i*n : (i+1)*n]
							cols = append(append(append(cols, row[:k]...), uc[i*p:(i+1)*p]...), row[k:]...)
						}
						checkQR(t, "insert cols", q1, r1, fromComplex(cols, Complex128, m, n+p))
					}
				}
			}
		}
	}
}

func transposeC(x []complex128, r, c int) []complex128 {
	t := make([]complex128, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			t[j*r+i] = x[i*c+j]
		}
	}
	return t
}

func addC(x, y []complex128) []complex128 {
	out := make([]complex128, len(x))
	for i := range x {
		out[i] = x[i] + y[i]
	}
	return out
}
