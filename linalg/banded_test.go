package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// randBand returns the dense n×n matrix with l sub- and u superdiagonals
// drawn at random (diagonal shifted by shift) and its band storage.
func randBand(r *rand.Rand, n, l, u int, cplx bool, shift float64) (dense []complex128, ab *Array) {
	dense = make([]complex128, n*n)
	band := make([]complex128, (l+u+1)*n)
	for i := range n {
		for j := max(0, i-l); j <= min(n-1, i+u); j++ {
			v := complex(r.NormFloat64(), 0)
			if cplx {
				v += complex(0, r.NormFloat64())
			}
			if i == j {
				v += complex(shift, 0)
			}
			dense[i*n+j] = v
			band[(u+i-j)*n+j] = v
		}
	}
	d := Float64
	if cplx {
		d = Complex128
	}
	return dense, fromComplex(band, d, l+u+1, n)
}

// bandResidual is max|A·x − b| / (max|A|·max|x| + max|b|) for the dense n×n
// A and the n×k x and b.
func bandResidual(a []complex128, n int, x, b []complex128, k int) float64 {
	worst, na, nx, nb := 0.0, 0.0, 0.0, 0.0
	for _, v := range a {
		na = math.Max(na, cmplx.Abs(v))
	}
	for i := range x {
		nx = math.Max(nx, cmplx.Abs(x[i]))
		nb = math.Max(nb, cmplx.Abs(b[i]))
	}
	for i := range n {
		for c := range k {
			var s complex128
			for j := range n {
				s += a[i*n+j] * x[j*k+c]
			}
			worst = math.Max(worst, cmplx.Abs(s-b[i*k+c]))
		}
	}
	return worst / (na*nx + nb)
}

func randRHS(r *rand.Rand, n, k int, cplx bool) *Array {
	v := make([]complex128, n*k)
	for i := range v {
		v[i] = complex(r.NormFloat64(), 0)
		if cplx {
			v[i] += complex(0, r.NormFloat64())
		}
	}
	d := Float64
	if cplx {
		d = Complex128
	}
	return fromComplex(v, d, n, k)
}

// TestSolveBandedResidual solves random band systems (with pivoting: no
// diagonal shift) of each width and checks the backward error.
func TestSolveBandedResidual(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct{ n, l, u int }{{2, 1, 1}, {7, 1, 1}, {9, 2, 1}, {8, 0, 3}, {6, 3, 0}, {12, 3, 4}, {5, 4, 4}} {
		for _, cplx := range []bool{false, true} {
			t.Run(fmt.Sprintf("n%d_l%d_u%d_c%v", tc.n, tc.l, tc.u, cplx), func(t *testing.T) {
				a, ab := randBand(r, tc.n, tc.l, tc.u, cplx, 0)
				b := randRHS(r, tc.n, 2, cplx)
				x, _, err := SolveBanded(tc.l, tc.u, ab, b, true)
				if err != nil {
					t.Fatal(err)
				}
				if res := bandResidual(a, tc.n, x.Complex128s(), b.Complex128s(), 2); res > 1e-14 {
					t.Errorf("backward error %.3g", res)
				}
			})
		}
	}
}

// hermBandOf returns a random Hermitian positive definite band matrix
// (dense) and its upper and lower band storage.
func hermBandOf(r *rand.Rand, n, kd int, cplx bool) (dense []complex128, up, lo *Array) {
	dense = make([]complex128, n*n)
	ub := make([]complex128, (kd+1)*n)
	lb := make([]complex128, (kd+1)*n)
	for i := range n {
		for j := i; j <= min(n-1, i+kd); j++ {
			v := complex(r.NormFloat64(), 0)
			if cplx && i != j {
				v += complex(0, r.NormFloat64())
			}
			if i == j {
				v = complex(math.Abs(real(v))+float64(2*kd+1), 0)
			}
			dense[i*n+j], dense[j*n+i] = v, cmplx.Conj(v)
			ub[(kd+i-j)*n+j] = v
			lb[(j-i)*n+i] = cmplx.Conj(v)
		}
	}
	d := Float64
	if cplx {
		d = Complex128
	}
	return dense, fromComplex(ub, d, kd+1, n), fromComplex(lb, d, kd+1, n)
}

// TestHermitianBandedResidual checks SolveHBanded (the ptsv and pbsv
// paths), and CholeskyBanded with ChoSolveBanded, in both storage forms.
func TestHermitianBandedResidual(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct{ n, kd int }{{1, 0}, {5, 0}, {2, 1}, {9, 1}, {8, 2}, {10, 3}, {3, 5}} {
		for _, cplx := range []bool{false, true} {
			t.Run(fmt.Sprintf("n%d_kd%d_c%v", tc.n, tc.kd, cplx), func(t *testing.T) {
				a, up, lo := hermBandOf(r, tc.n, tc.kd, cplx)
				b := randRHS(r, tc.n, 3, cplx)
				for _, lower := range []bool{false, true} {
					ab := up
					if lower {
						ab = lo
					}
					x, err := SolveHBanded(ab, b, lower, true)
					if err != nil {
						t.Fatal(err)
					}
					if res := bandResidual(a, tc.n, x.Complex128s(), b.Complex128s(), 3); res > 1e-14 {
						t.Errorf("lower=%v: solveh_banded backward error %.3g", lower, res)
					}
					c, err := CholeskyBanded(ab, lower, true)
					if err != nil {
						t.Fatal(err)
					}
					y, err := ChoSolveBanded(c, lower, b, true)
					if err != nil {
						t.Fatal(err)
					}
					if res := bandResidual(a, tc.n, y.Complex128s(), b.Complex128s(), 3); res > 1e-14 {
						t.Errorf("lower=%v: cho_solve_banded backward error %.3g", lower, res)
					}
				}
			})
		}
	}
}

// TestBandedErrors checks the failures SciPy reports as errors.
func TestBandedErrors(t *testing.T) {
	f := func(shape []int, v ...float64) *Array { a, _ := NewFloat64(shape, v); return a }
	singular := f([]int{3, 3}, 0, 1, 1, 0, 0, 2, 0, 1, 0)
	indefinite := f([]int{2, 3}, 0, 1, 1, 1, 1, 1)
	rhs := f([]int{3}, 1, 2, 3)
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"gtsv singular", second(SolveBanded(1, 1, singular, rhs, true)), "LinAlgError: singular matrix"},
		{"gbsv singular", second(SolveBanded(2, 0, singular, rhs, true)), "LinAlgError: singular matrix"},
		{"lu mismatch", second(SolveBanded(1, 0, singular, rhs, true)), "ValueError: invalid values for the number of lower and upper diagonals: l+u+1 (2) does not equal ab.shape[0] (3)"},
		{"ptsv", errOf(SolveHBanded(indefinite, rhs, false, true)), "LinAlgError: 2th leading minor not positive definite"},
		{"pbtrf", errOf(CholeskyBanded(indefinite, false, true)), "LinAlgError: 2-th leading minor not positive definite"},
		{"levinson", errOf(SolveToeplitz(f([]int{3}, 0, 2, 3), nil, rhs, true)), "LinAlgError: Singular principal minor"},
		{"circulant", third(SolveCirculant(f([]int{4}, 1, 1, 0, 0), f([]int{4}, 1, 1, 1, 1), CirculantOpts{BAxis: 0, CAxis: -1})), "LinAlgError: near singular circulant matrix."},
		{"batch", second(SolveBanded(1, 1, f([]int{2, 3, 3}, make([]float64, 18)...), f([]int{3, 3, 2}, make([]float64, 18)...), true)), "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 2 with shape (2,) and arg 3 with shape (3,)."},
	} {
		if tc.err == nil || tc.err.Error() != tc.want {
			t.Errorf("%s: got %v, want %s", tc.name, tc.err, tc.want)
		}
	}
}

func second[A, B any](_ A, _ B, err error) error { return err }
func third[A, B any](_ A, _ B, err error) error  { return err }
func errOf[A any](_ A, err error) error          { return err }

// TestToeplitzCirculantResidual checks SolveToeplitz, MatmulToeplitz and
// SolveCirculant against dense products.
func TestToeplitzCirculantResidual(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{1, 2, 5, 16, 37} {
		for _, cplx := range []bool{false, true} {
			t.Run(fmt.Sprintf("n%d_c%v", n, cplx), func(t *testing.T) {
				c := randRHS(r, n, 1, cplx)
				row := randRHS(r, n, 1, cplx)
				cv, rv := c.Complex128s(), row.Complex128s()
				cv[0] += complex(float64(2*n), 0)
				rv[0] = cv[0]
				c = fromComplex(cv, c.dtype, n, 1)
				c, _ = c.Reshape([]int{n})
				row = fromComplex(rv, row.dtype, n, 1)
				row, _ = row.Reshape([]int{n})
				dense := make([]complex128, n*n)
				circ := make([]complex128, n*n)
				for i := range n {
					for j := range n {
						if i >= j {
							dense[i*n+j] = cv[i-j]
						} else {
							dense[i*n+j] = rv[j-i]
						}
						circ[i*n+j] = cv[(i-j+n)%n]
					}
				}
				b := randRHS(r, n, 2, cplx)
				x, err := SolveToeplitz(c, row, b, true)
				if err != nil {
					t.Fatal(err)
				}
				if res := bandResidual(dense, n, x.Complex128s(), b.Complex128s(), 2); res > 1e-13 {
					t.Errorf("solve_toeplitz backward error %.3g", res)
				}
				y, err := MatmulToeplitz(c, row, x, true)
				if err != nil {
					t.Fatal(err)
				}
				for i, v := range y.Complex128s() {
					if cmplx.Abs(v-b.Complex128s()[i]) > 1e-12 {
						t.Errorf("matmul_toeplitz: entry %d is %v, want %v", i, v, b.Complex128s()[i])
						break
					}
				}
				z, _, err := SolveCirculant(c, b, CirculantOpts{CAxis: -1})
				if err != nil {
					t.Fatal(err)
				}
				if res := bandResidual(circ, n, z.Complex128s(), b.Complex128s(), 2); res > 1e-13 {
					t.Errorf("solve_circulant backward error %.3g", res)
				}
			})
		}
	}
}

// TestSolversNoPanic calls every solver on arrays of awkward shapes
// (0-d, empty, vectors, stacks, mismatched lengths): each must return a
// result or an error, never panic.
func TestSolversNoPanic(t *testing.T) {
	var shapes [][]int
	for _, s := range [][]int{{}, {0}, {1}, {2}, {3}, {0, 0}, {0, 3}, {3, 0}, {1, 1}, {1, 3}, {2, 3}, {3, 3}, {3, 1}, {4, 3}, {3, 2}, {2, 3, 3}, {2, 2, 3}, {1, 3, 2}, {0, 3, 3}} {
		shapes = append(shapes, s)
	}
	mk := func(s []int, cplx bool) *Array {
		n := prod(s)
		v := make([]complex128, n)
		for i := range v {
			v[i] = complex(float64(i%3)+1, 0)
			if cplx {
				v[i] += complex(0, 0.5)
			}
		}
		d := Float64
		if cplx {
			d = Complex128
		}
		a, _ := NewComplex128(s, v)
		return a.AsType(d)
	}
	for _, sa := range shapes {
		for _, sb := range shapes {
			for _, cplx := range []bool{false, true} {
				a, b := mk(sa, cplx), mk(sb, false)
				name := fmt.Sprintf("%v %v %v", sa, sb, cplx)
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Errorf("%s: panic %v", name, p)
						}
					}()
					for _, lu := range [][2]int{{0, 0}, {1, 1}, {1, 0}, {0, 2}, {2, 1}, {-1, 2}, {2, -1}, {0, -1}} {
						SolveBanded(lu[0], lu[1], a, b, true)
					}
					SolveHBanded(a, b, false, true)
					SolveHBanded(a, b, true, true)
					CholeskyBanded(a, false, true)
					ChoSolveBanded(a, true, b, true)
					SolveToeplitz(a, nil, b, true)
					SolveToeplitz(a, b, b, true)
					MatmulToeplitz(a, nil, b, true)
					MatmulToeplitz(a, b, b, true)
					for _, ax := range [][3]int{{-1, 0, 0}, {0, -1, -1}, {1, 1, 1}, {-2, 0, 2}} {
						SolveCirculant(a, b, CirculantOpts{CAxis: ax[0], BAxis: ax[1], OutAxis: ax[2]})
						SolveCirculant(a, b, CirculantOpts{Lstsq: true, CAxis: ax[0], BAxis: ax[1], OutAxis: ax[2]})
					}
					OrthogonalProcrustes(a, b, true)
					PinvH(a, 0, 0, false, false, true, true)
					SubspaceAngles(a, b)
				}()
			}
		}
	}
}

func BenchmarkSolveBanded(b *testing.B) {
	for _, tc := range []struct{ n, l, u int }{{1000, 1, 1}, {1000, 2, 3}, {100000, 2, 2}} {
		b.Run(fmt.Sprintf("n%d_l%d_u%d", tc.n, tc.l, tc.u), func(b *testing.B) {
			r := rand.New(rand.NewPCG(7, 8))
			ab := randRHS(r, tc.l+tc.u+1, tc.n, false)
			v := ab.Float64s()
			for j := range tc.n {
				v[tc.u*tc.n+j] += 4 // diagonally dominant
			}
			ab, _ = NewFloat64(ab.Shape(), v)
			rhs := randRHS(r, tc.n, 1, false)
			for b.Loop() {
				SolveBanded(tc.l, tc.u, ab, rhs, true)
			}
		})
	}
}

func BenchmarkSolveToeplitz(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("n%d", n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(9, 10))
			c := randRHS(r, n, 1, false)
			cv := c.Float64s()
			cv[0] += float64(2 * n)
			c, _ = NewFloat64([]int{n}, cv)
			rhs := randRHS(r, n, 1, false)
			for b.Loop() {
				SolveToeplitz(c, nil, rhs, true)
			}
		})
	}
}

func BenchmarkMatmulToeplitz(b *testing.B) {
	// 2n−1 is 1999 and 199999, primes; the embedding pads to 2000 and 200000.
	for _, n := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("n%d", n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(11, 12))
			c, _ := NewFloat64([]int{n}, randRHS(r, n, 1, false).Float64s())
			x, _ := NewFloat64([]int{n}, randRHS(r, n, 1, false).Float64s())
			for b.Loop() {
				MatmulToeplitz(c, nil, x, false)
			}
		})
	}
}
