package linalg

import (
	"math"
	"math/cmplx"
)

// ldlAlpha is Bunch and Kaufman's pivot threshold (1 + √17)/8, which
// bounds the growth of the entries of D.
var ldlAlpha = (1 + math.Sqrt(17)) / 8

// ldlHermDiag is the ComplexWarning SciPy gives when a complex Hermitian
// factorisation is handed a diagonal with imaginary parts (its message
// lacks three spaces, as SciPy's does).
var ldlHermDiag = Warning{Category: "ComplexWarning", Msg: "scipy.linalg.ldl():\nThe imaginary parts of the diagonalare ignored. Use \"hermitian=False\" for factorization ofcomplex symmetric arrays."}

// LDL returns the LDLᵀ (LDLᴴ for a complex Hermitian a) factorisation
// of the symmetric square a (scipy.linalg.ldl): A = lu·d·luᵀ (luᴴ), d
// block diagonal with 1×1 and 2×2 blocks, and lu[perm] triangular (lower,
// or upper when not lower) with a unit diagonal. Only the lower (upper)
// triangle of a is read. The factorisation is Bunch–Kaufman's diagonal
// pivoting (J. R. Bunch and L. Kaufman, Math. Comp. 31 (1977), 163–179)
// as LAPACK's sytf2/hetf2 perform it, with LAPACK's pivot choices, and the
// factors are unpacked from LAPACK's storage as SciPy's _ldl_sanitize_ipiv,
// _ldl_get_d_and_l and _ldl_construct_tri_factor unpack them. With
// hermitian false a complex a is taken as complex symmetric. An empty a
// gives empty factors of its dtype. Errors:
//
//	ValueError "The input array \"a\" should be square."
func LDL(a *Array, lower, hermitian bool) (lu, d, perm *Array, warns []Warning, err error) {
	a = atLeast2D(a)
	if len(a.shape) != 2 || a.shape[0] != a.shape[1] {
		return nil, nil, nil, nil, valueErr("The input array \"a\" should be square.")
	}
	n := a.shape[0]
	if n == 0 {
		return newArray(a.dtype, a.shape), newArray(a.dtype, a.shape), newArray(Int64, []int{0}), nil, nil
	}
	a = inexact(a)
	cplx := a.dtype == Complex128
	herm := cplx && hermitian
	ldu := a.Complex128s()
	if herm {
		for i := 0; i < n; i++ {
			if imag(ldu[i*n+i]) != 0 {
				warns = []Warning{ldlHermDiag}
				break
			}
		}
	}
	// The upper factorisation is the lower one of the matrix reversed in
	// both axes, its ties broken towards the other end.
	b := ldu
	if !lower {
		b = reverseSquare(ldu, n)
	}
	ipiv := sytf2Lower(b, n, herm, !lower)
	if !lower {
		b = reverseSquare(b, n)
		copy(ldu, b)
		rev := make([]int, n)
		for k, p := range ipiv {
			s := 1
			if p < 0 {
				s, p = -1, -p
			}
			rev[n-1-k] = s * (n - p + 1)
		}
		ipiv = rev
	}
	swap, pivs, err := ldlSanitizeIpiv(ipiv, lower)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	dv, lv := ldlDAndL(ldu, n, pivs, lower, herm)
	pv := ldlTriFactor(lv, n, swap, pivs, lower)
	perm, _ = NewInt64([]int{n}, pv)
	return fromComplex(lv, a.dtype, n, n), fromComplex(dv, a.dtype, n, n), perm, warns, nil
}

// reverseSquare returns the row-major n×n m with its rows and columns in
// reverse order.
func reverseSquare(m []complex128, n int) []complex128 {
	r := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			r[i*n+j] = m[(n-1-i)*n+(n-1-j)]
		}
	}
	return r
}

// sytf2Lower overwrites the lower triangle of the row-major n×n a with
// its Bunch–Kaufman factorisation as LAPACK's dsytf2/zsytf2 (zhetf2 when
// herm) with UPLO='L' leaves it, and returns LAPACK's 1-based IPIV: k for
// a 1×1 block whose row was interchanged with row k, −k on both rows of a
// 2×2 block. The largest entry of a column is its first (last, when
// lastTie) of equal magnitude, as LAPACK's i?amax picks it in the order
// of the original matrix.
func sytf2Lower(a []complex128, n int, herm, lastTie bool) []int {
	ipiv := make([]int, n)
	cabs := func(z complex128) float64 { return math.Abs(real(z)) + math.Abs(imag(z)) }
	diagAbs := cabs
	if herm {
		diagAbs = func(z complex128) float64 { return math.Abs(real(z)) }
	}
	at := func(i, j int) complex128 { return a[i*n+j] }
	// amax returns the index of the largest |x| among the count entries
	// from (i, j) stepping by (di, dj), scanning them as i?amax does in
	// the original order (from the last when lastTie): the first of equal
	// ones wins, and a NaN never does after the first entry.
	amax := func(i, j, di, dj, count int) int {
		t0, step := 0, 1
		if lastTie {
			t0, step = count-1, -1
		}
		bi := t0
		best := cabs(at(i+t0*di, j+t0*dj))
		for t := t0 + step; t >= 0 && t < count; t += step {
			if v := cabs(at(i+t*di, j+t*dj)); v > best {
				best, bi = v, t
			}
		}
		return bi
	}
	conj := func(z complex128) complex128 {
		if herm {
			return cmplx.Conj(z)
		}
		return z
	}
	for k := 0; k < n; {
		kstep := 1
		absakk := diagAbs(at(k, k))
		imax, colmax := k, 0.0
		if k < n-1 {
			imax = k + 1 + amax(k+1, k, 1, 0, n-k-1)
			colmax = cabs(at(imax, k))
		}
		kp := k
		if math.Max(absakk, colmax) == 0 || math.IsNaN(absakk) {
			if herm {
				a[k*n+k] = complex(real(at(k, k)), 0)
			}
		} else {
			if absakk < ldlAlpha*colmax {
				jmax := k + amax(imax, k, 0, 1, imax-k)
				rowmax := cabs(at(imax, jmax))
				if imax < n-1 {
					jmax = imax + 1 + amax(imax+1, imax, 1, 0, n-imax-1)
					rowmax = math.Max(rowmax, cabs(at(jmax, imax)))
				}
				switch {
				case absakk >= ldlAlpha*colmax*(colmax/rowmax):
				case diagAbs(at(imax, imax)) >= ldlAlpha*rowmax:
					kp = imax
				default:
					kp = imax
					kstep = 2
				}
			}
			kk := k + kstep - 1
			if kp != kk {
				for i := kp + 1; i < n; i++ {
					a[i*n+kk], a[i*n+kp] = a[i*n+kp], a[i*n+kk]
				}
				for j := kk + 1; j < kp; j++ {
					t := conj(a[j*n+kk])
					a[j*n+kk] = conj(a[kp*n+j])
					a[kp*n+j] = t
				}
				if herm {
					a[kp*n+kk] = cmplx.Conj(a[kp*n+kk])
				}
				a[kk*n+kk], a[kp*n+kp] = a[kp*n+kp], a[kk*n+kk]
				if herm {
					a[kk*n+kk] = complex(real(a[kk*n+kk]), 0)
					a[kp*n+kp] = complex(real(a[kp*n+kp]), 0)
				}
				if kstep == 2 {
					if herm {
						a[k*n+k] = complex(real(a[k*n+k]), 0)
					}
					a[(k+1)*n+k], a[kp*n+k] = a[kp*n+k], a[(k+1)*n+k]
				}
			} else if herm {
				a[k*n+k] = complex(real(a[k*n+k]), 0)
				if kstep == 2 {
					a[(k+1)*n+k+1] = complex(real(a[(k+1)*n+k+1]), 0)
				}
			}
			if kstep == 1 {
				ldlUpdate1(a, n, k, herm)
			} else {
				ldlUpdate2(a, n, k, herm)
			}
		}
		if kstep == 1 {
			ipiv[k] = kp + 1
		} else {
			ipiv[k], ipiv[k+1] = -(kp + 1), -(kp + 1)
		}
		k += kstep
	}
	return ipiv
}

// ldlUpdate1 is the rank-one update of sytf2's 1×1 pivot at k: the
// trailing lower triangle loses x·xᵀ/d (x·xᴴ/d), x the column below the
// pivot d, which then becomes x/d (dsyr or zher, then a scaling).
func ldlUpdate1(a []complex128, n, k int, herm bool) {
	if k == n-1 {
		return
	}
	var r1 complex128
	if herm {
		r1 = complex(1/real(a[k*n+k]), 0)
	} else {
		r1 = 1 / a[k*n+k]
	}
	alpha := -r1
	for j := k + 1; j < n; j++ {
		xj := a[j*n+k]
		if xj == 0 {
			continue
		}
		if herm {
			t := alpha * cmplx.Conj(xj)
			a[j*n+j] = complex(real(a[j*n+j])+real(xj*t), 0)
			for i := j + 1; i < n; i++ {
				a[i*n+j] += a[i*n+k] * t
			}
			continue
		}
		t := alpha * xj
		for i := j; i < n; i++ {
			a[i*n+j] += a[i*n+k] * t
		}
	}
	for i := k + 1; i < n; i++ {
		if herm {
			a[i*n+k] = complex(real(r1)*real(a[i*n+k]), real(r1)*imag(a[i*n+k]))
		} else {
			a[i*n+k] *= r1
		}
	}
}

// ldlUpdate2 is the rank-two update of sytf2's 2×2 pivot at rows k, k+1.
func ldlUpdate2(a []complex128, n, k int, herm bool) {
	if k >= n-2 {
		return
	}
	if herm {
		d := cmplx.Abs(a[(k+1)*n+k])
		d11 := real(a[(k+1)*n+k+1]) / d
		d22 := real(a[k*n+k]) / d
		tt := 1 / (d11*d22 - 1)
		d21 := a[(k+1)*n+k] / complex(d, 0)
		dd := complex(tt/d, 0)
		for j := k + 2; j < n; j++ {
			wk := dd * (complex(d11, 0)*a[j*n+k] - d21*a[j*n+k+1])
			wkp1 := dd * (complex(d22, 0)*a[j*n+k+1] - cmplx.Conj(d21)*a[j*n+k])
			for i := j; i < n; i++ {
				a[i*n+j] = a[i*n+j] - a[i*n+k]*cmplx.Conj(wk) - a[i*n+k+1]*cmplx.Conj(wkp1)
			}
			a[j*n+k], a[j*n+k+1] = wk, wkp1
			a[j*n+j] = complex(real(a[j*n+j]), 0)
		}
		return
	}
	d21 := a[(k+1)*n+k]
	d11 := a[(k+1)*n+k+1] / d21
	d22 := a[k*n+k] / d21
	t := 1 / (d11*d22 - 1)
	d21 = t / d21
	for j := k + 2; j < n; j++ {
		wk := d21 * (d11*a[j*n+k] - a[j*n+k+1])
		wkp1 := d21 * (d22*a[j*n+k+1] - a[j*n+k])
		for i := j; i < n; i++ {
			a[i*n+j] = a[i*n+j] - a[i*n+k]*wk - a[i*n+k+1]*wkp1
		}
		a[j*n+k], a[j*n+k+1] = wk, wkp1
	}
}

// ldlSanitizeIpiv is SciPy's _ldl_sanitize_ipiv: from LAPACK's 1-based
// ipiv, the row each row is swapped with (swap) and the block sizes
// (pivs: 1, or 2 on the first row of a 2×2 block and 0 on its second).
func ldlSanitizeIpiv(ipiv []int, lower bool) (swap, pivs []int, err error) {
	n := len(ipiv)
	swap = make([]int, n)
	for i := range swap {
		swap[i] = i
	}
	pivs = make([]int, n)
	x, y, rs, re, ri := 1, 0, 0, n, 1
	if !lower {
		x, y, rs, re, ri = -1, -1, n-1, -1, -1
	}
	skip := false
	for ind := rs; ind != re; ind += ri {
		if skip {
			skip = false
			continue
		}
		cur := ipiv[ind]
		next := ind + x
		if next < 0 {
			next += n
		}
		switch {
		case cur > 0:
			if cur != ind+1 {
				swap[ind] = swap[cur-1]
			}
			pivs[ind] = 1
		case cur < 0 && next < n && cur == ipiv[next]:
			if -cur != ind+2 {
				swap[ind+x] = swap[-cur-1]
			}
			pivs[ind+y] = 2
			skip = true
		default:
			return nil, nil, valueErr("While parsing the permutation array in \"scipy.linalg.ldl\", invalid entries found. The array syntax is invalid.")
		}
	}
	return swap, pivs, nil
}

// ldlDAndL is SciPy's _ldl_get_d_and_l: the block diagonal D and the unit
// triangular factor, still permuted, from LAPACK's packed ldu.
func ldlDAndL(ldu []complex128, n int, pivs []int, lower, herm bool) (d, l []complex128) {
	d = make([]complex128, n*n)
	l = make([]complex128, n*n)
	for i := 0; i < n; i++ {
		d[i*n+i] = ldu[i*n+i]
		l[i*n+i] = 1
		for j := 0; j < n; j++ {
			if (lower && j < i) || (!lower && j > i) {
				l[i*n+j] = ldu[i*n+j]
			}
		}
	}
	x, y := 1, 0
	if !lower {
		x, y = 0, 1
	}
	blk := 0
	for _, p := range pivs {
		if p == 0 {
			continue
		}
		if p == 2 {
			v := ldu[(blk+x)*n+blk+y]
			d[(blk+x)*n+blk+y] = v
			if herm {
				v = cmplx.Conj(v)
			}
			d[(blk+y)*n+blk+x] = v
			l[(blk+x)*n+blk+y] = 0
		}
		blk += p
	}
	return d, l
}

// ldlTriFactor is SciPy's _ldl_construct_tri_factor: it applies the swaps
// to the rows of l in place and returns perm, with l[perm] triangular.
func ldlTriFactor(l []complex128, n int, swap, pivs []int, lower bool) []int64 {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	rs, re, ri := n-1, -1, -1
	if !lower {
		rs, re, ri = 0, n, 1
	}
	for ind := rs; ind != re; ind += ri {
		s := swap[ind]
		if s == ind {
			continue
		}
		cs, ce := ind, n
		if !lower {
			cs, ce = 0, ind+1
		}
		if lower && pivs[ind] == 0 {
			cs--
		}
		if !lower && pivs[ind] == 2 {
			ce++
		}
		for j := cs; j < ce; j++ {
			l[s*n+j], l[ind*n+j] = l[ind*n+j], l[s*n+j]
		}
		p[s], p[ind] = p[ind], p[s]
	}
	inv := make([]int64, n)
	for i, v := range p {
		inv[v] = int64(i)
	}
	return inv
}
