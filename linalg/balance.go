package linalg

import (
	"math"
	"math/cmplx"
)

// Balancing of a general square matrix, LAPACK's xGEBAL and xGEBAK
// (B. N. Parlett and C. Reinsch, "Balancing a matrix for calculation of
// eigenvalues and eigenvectors", Numer. Math. 13 (1969) 293–304, in the
// form of LAPACK 3.12, whose scaling loop stops on the 2-norms of the rows
// and columns as LAPACK 3.5 introduced).

// scalar is the element type of the LAPACK-style kernels of this package
// that exist in a real and a complex flavour.
type scalar interface{ float64 | complex128 }

// absT is |x|.
func absT[T scalar](x T) float64 {
	switch v := any(x).(type) {
	case float64:
		return math.Abs(v)
	case complex128:
		return cmplx.Abs(v)
	}
	return 0
}

// fromReal is x as a T.
func fromReal[T scalar](x float64) T {
	var z T
	switch p := any(&z).(type) {
	case *float64:
		*p = x
	case *complex128:
		*p = complex(x, 0)
	}
	return z
}

// cabs1T is LAPACK's CABS1, |re x| + |im x| (|x| for a real x), the measure
// by which IZAMAX picks the largest element.
func cabs1T[T scalar](x T) float64 {
	switch v := any(x).(type) {
	case float64:
		return math.Abs(v)
	case complex128:
		return math.Abs(real(v)) + math.Abs(imag(v))
	}
	return 0
}

// gebal is LAPACK's xGEBAL on the row-major n×n matrix a, in place. With
// permute it first isolates eigenvalues by symmetric row and column
// interchanges, pushing rows that are zero off the diagonal (within the
// active part) to the bottom and columns that are zero off the diagonal to
// the top; with scale it then scales rows and columns ilo..ihi by powers
// of 2 until their 2-norms are close. It returns the 0-based ilo, ihi of
// the part left unreduced, and fills scale (length n) as LAPACK does, with
// 0-based indices: scale[j] is the index interchanged with j for j < ilo or
// j > ihi, and the scaling factor of j otherwise.
func gebal[T scalar](permute, scaling bool, n int, a []T, scale []float64) (ilo, ihi int) {
	if n == 0 {
		return 0, -1
	}
	swapCols := func(i, j, rows int) {
		for r := 0; r < rows; r++ {
			a[r*n+i], a[r*n+j] = a[r*n+j], a[r*n+i]
		}
	}
	swapRows := func(i, j, from int) {
		for c := from; c < n; c++ {
			a[i*n+c], a[j*n+c] = a[j*n+c], a[i*n+c]
		}
	}
	k, l := 0, n-1
	if permute {
		// Rows isolating an eigenvalue go to the bottom.
		for noconv := true; noconv; {
			noconv = false
			for i := l; i >= 0; i-- {
				canSwap := true
				for j := 0; j <= l; j++ {
					if i != j && a[i*n+j] != 0 {
						canSwap = false
						break
					}
				}
				if !canSwap {
					continue
				}
				scale[l] = float64(i)
				if i != l {
					swapCols(i, l, l+1)
					swapRows(i, l, k)
				}
				noconv = true
				if l == 0 {
					// LAPACK's scale(1) is then the 1-based index 1,
					// which matrix_balance reads as the scaling 1.
					scale[0] = 1
					return 0, 0
				}
				l--
			}
		}
		// Columns isolating an eigenvalue go to the left.
		for noconv := true; noconv; {
			noconv = false
			for j := k; j <= l; j++ {
				canSwap := true
				for i := k; i <= l; i++ {
					if i != j && a[i*n+j] != 0 {
						canSwap = false
						break
					}
				}
				if !canSwap {
					continue
				}
				scale[k] = float64(j)
				if j != k {
					swapCols(j, k, l+1)
					swapRows(j, k, k)
				}
				noconv = true
				k++
			}
		}
	}
	for i := k; i <= l; i++ {
		scale[i] = 1
	}
	if !scaling {
		return k, l
	}
	const sclfac, factor = 2.0, 0.95
	sfmin1 := dlamchS / dlamchP
	sfmax1 := 1 / sfmin1
	sfmin2 := sfmin1 * sclfac
	sfmax2 := 1 / sfmin2
	for noconv := true; noconv; {
		noconv = false
		for i := k; i <= l; i++ {
			var c, r float64
			for t := k; t <= l; t++ {
				c = math.Hypot(c, absT(a[t*n+i]))
				r = math.Hypot(r, absT(a[i*n+t]))
			}
			ica, best := 0, -1.0
			for t := 0; t <= l; t++ {
				if v := cabs1T(a[t*n+i]); v > best {
					ica, best = t, v
				}
			}
			ca := absT(a[ica*n+i])
			ira := k
			best = -1
			for t := k; t < n; t++ {
				if v := cabs1T(a[i*n+t]); v > best {
					ira, best = t, v
				}
			}
			ra := absT(a[i*n+ira])
			if c == 0 || r == 0 {
				continue
			}
			if math.IsNaN(c + ca + r + ra) {
				// LAPACK returns INFO = -3 here; SciPy's callers have
				// refused non-finite input before.
				return k, l
			}
			g := r / sclfac
			f := 1.0
			s := c + r
			for c < g && math.Max(f, math.Max(c, ca)) < sfmax2 && math.Min(r, math.Min(g, ra)) > sfmin2 {
				f *= sclfac
				c *= sclfac
				ca *= sclfac
				r /= sclfac
				g /= sclfac
				ra /= sclfac
			}
			g = c / sclfac
			for g >= r && math.Max(r, ra) < sfmax2 && math.Min(math.Min(f, c), math.Min(g, ca)) > sfmin2 {
				f /= sclfac
				c /= sclfac
				g /= sclfac
				ca /= sclfac
				r *= sclfac
				ra *= sclfac
			}
			if c+r >= factor*s {
				continue
			}
			if f < 1 && scale[i] < 1 && f*scale[i] <= sfmin1 {
				continue
			}
			if f > 1 && scale[i] > 1 && scale[i] >= sfmax1/f {
				continue
			}
			g = 1 / f
			scale[i] *= f
			noconv = true
			gt, ft := fromReal[T](g), fromReal[T](f)
			for t := k; t < n; t++ {
				a[i*n+t] *= gt
			}
			for t := 0; t <= l; t++ {
				a[t*n+i] *= ft
			}
		}
	}
	return k, l
}

// gebakPermute undoes the permutation of gebal on the rows of the n×m
// row-major v (xGEBAK with job 'P', side 'R').
func gebakPermute[T scalar](n, ilo, ihi int, scale []float64, m int, v []T) {
	for ii := 0; ii < n; ii++ {
		i := ii
		if i >= ilo && i <= ihi {
			continue
		}
		if i < ilo {
			i = ilo - 1 - ii
		}
		k := int(scale[i])
		if k == i {
			continue
		}
		for c := 0; c < m; c++ {
			v[i*m+c], v[k*m+c] = v[k*m+c], v[i*m+c]
		}
	}
}
