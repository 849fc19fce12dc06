package linalg

import (
	"math"
	"math/big"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// LAPACK's machine constants, as dlamch gives them for float64.
const (
	dlamchE = 0x1p-53   // relative machine precision (rounding)
	dlamchP = 0x1p-52   // eps·base
	dlamchS = 0x1p-1022 // safe minimum
)

// eig2 computes the eigenvalues wr + i·wi and right eigenvectors vr
// (row-major, columns as LAPACK stores them: a complex pair j, j+1 holds
// the real and imaginary parts of vector j) of the real 2×2 matrix a
// (row-major), step for step as LAPACK's dgeev, which numpy.linalg.eig
// calls: scaling, dgebal, dlahqr's deflation test and dlanv2, dtrevc3,
// dgebak and dgeev's normalisation. gonum's Dgeev takes the same steps,
// but its Dlanv2 gives z the sign of −p when p = (a−d)/2 is +0, where
// LAPACK's SIGN gives +: every 2×2 matrix with equal diagonal entries and
// real eigenvalues had them swapped ([[1, 2], [2, 1]] gave [-1, 3] where
// NumPy gives [3, -1]), and so did its eigenvectors. ok is false when the
// QR iteration would not converge, which cannot happen for order 2.
func eig2(a [4]float64) (wr, wi [2]float64, vr [4]float64, ok bool) {
	impl := gonum.Implementation{}
	const n = 2
	h := a
	smlnum := math.Sqrt(dlamchS) / dlamchP
	bignum := 1 / smlnum
	anrm := impl.Dlange(lapack.MaxAbs, n, n, h[:], n, nil)
	scalea, cscale := false, 0.0
	if 0 < anrm && anrm < smlnum {
		scalea, cscale = true, smlnum
	} else if anrm > bignum {
		scalea, cscale = true, bignum
	}
	if scalea {
		impl.Dlascl(lapack.General, 0, 0, anrm, cscale, n, n, h[:], n)
	}
	var scale [n]float64
	ilo, ihi := impl.Dgebal(lapack.PermuteScale, n, h[:], n, scale[:])
	vr = [4]float64{1, 0, 0, 1} // dorghr: no reflectors for order 2
	switch {
	case ilo == ihi:
		// dhseqr: balancing isolated both eigenvalues.
		wr[0], wr[1] = h[0], h[3]
	case negligibleSubdiag(h):
		// dlahqr deflates at once: two 1×1 blocks.
		h[2] = 0
		wr[0], wr[1] = h[0], h[3]
	default:
		// dlahqr: a 2×2 block converges at once and is standardised.
		var cs, sn float64
		h[0], h[1], h[2], h[3], wr[0], wi[0], wr[1], wi[1], cs, sn = dlanv2(h[0], h[1], h[2], h[3])
		blas64.Implementation().Drot(n, vr[0:], n, vr[1:], n, cs, sn)
	}
	work := make([]float64, 1)
	impl.Dtrevc3(lapack.EVRight, lapack.EVAllMulQ, nil, n, h[:], n, nil, 1, vr[:], n, n, work, -1)
	work = make([]float64, int(work[0]))
	impl.Dtrevc3(lapack.EVRight, lapack.EVAllMulQ, nil, n, h[:], n, nil, 1, vr[:], n, n, work, len(work))
	impl.Dgebak(lapack.PermuteScale, lapack.EVRight, n, ilo, ihi, scale[:], n, vr[:], n)
	bi := blas64.Implementation()
	for i := 0; i < n; i++ {
		switch {
		case wi[i] < 0:
		case wi[i] == 0:
			scl := 1 / nrm2x87(vr[i], vr[n+i])
			bi.Dscal(n, scl, vr[i:], n)
		default:
			scl := 1 / dlapy2(nrm2x87(vr[i], vr[n+i]), nrm2x87(vr[i+1], vr[n+i+1]))
			bi.Dscal(n, scl, vr[i:], n)
			bi.Dscal(n, scl, vr[i+1:], n)
			var mod [n]float64
			for k := 0; k < n; k++ {
				mod[k] = vr[k*n+i]*vr[k*n+i] + vr[k*n+i+1]*vr[k*n+i+1]
			}
			k := bi.Idamax(n, mod[:], 1)
			cs, sn, _ := impl.Dlartg(vr[k*n+i], vr[k*n+i+1])
			bi.Drot(n, vr[i:], n, vr[i+1:], n, cs, sn)
			vr[k*n+i+1] = 0
		}
	}
	if scalea {
		impl.Dlascl(lapack.General, 0, 0, cscale, anrm, n, 1, wr[:], 1)
		impl.Dlascl(lapack.General, 0, 0, cscale, anrm, n, 1, wi[:], 1)
	}
	return wr, wi, vr, true
}

// eig2Into stores the eigenvalues of the 2×2 matrix a (row-major) in w
// and its eigenvectors, as columns, in v (row-major), complex as mat.Eigen
// gives them: a conjugate pair's vectors are vr[:, j] ± i·vr[:, j+1].
func eig2Into(a []float64, w, v []complex128) {
	wr, wi, vr, _ := eig2([4]float64{a[0], a[1], a[2], a[3]})
	for j := 0; j < 2; j++ {
		w[j] = complex(wr[j], wi[j])
	}
	for i := 0; i < 2; i++ {
		if wi[0] == 0 {
			v[i*2], v[i*2+1] = complex(vr[i*2], 0), complex(vr[i*2+1], 0)
		} else {
			v[i*2], v[i*2+1] = complex(vr[i*2], vr[i*2+1]), complex(vr[i*2], -vr[i*2+1])
		}
	}
}

// negligibleSubdiag is dlahqr's test of whether h[1,0] of a 2×2 Hessenberg
// matrix h may be set to zero (Ahues and Tisseur's criterion).
func negligibleSubdiag(h [4]float64) bool {
	ulp := dlamchP
	smlnum := 2 / ulp * dlamchS
	h10 := math.Abs(h[2])
	if h10 <= smlnum {
		return true
	}
	tst := math.Abs(h[0]) + math.Abs(h[3])
	if h10 > ulp*tst {
		return false
	}
	ab := math.Max(h10, math.Abs(h[1]))
	ba := math.Min(h10, math.Abs(h[1]))
	aa := math.Max(math.Abs(h[3]), math.Abs(h[0]-h[3]))
	bb := math.Min(math.Abs(h[3]), math.Abs(h[0]-h[3]))
	s := aa + ab
	return ab/s*ba <= math.Max(smlnum, aa/s*bb*ulp)
}

// dlanv2 is LAPACK's dlanv2, the standardised Schur factorisation of the
// real 2×2 matrix [a b; c d] = [cs −sn; sn cs]·[aa bb; cc dd]·[cs sn; −sn cs],
// with rt1r + i·rt1i and rt2r + i·rt2i its eigenvalues. It is gonum's
// Dlanv2 except where p = (a−d)/2 is zero and the eigenvalues are real:
// there z takes the sign of p as Fortran's SIGN gives it (+ for +0), as in
// LAPACK, which puts the larger eigenvalue first.
func dlanv2(a, b, c, d float64) (aa, bb, cc, dd, rt1r, rt1i, rt2r, rt2i, cs, sn float64) {
	if c != 0 && b != 0 && a-d == 0 && math.Signbit(b) == math.Signbit(c) {
		p := (a - d) / 2
		bcmax := math.Max(math.Abs(b), math.Abs(c))
		bcmis := math.Min(math.Abs(b), math.Abs(c))
		scale := math.Max(math.Abs(p), bcmax)
		z := p/scale*p + bcmax/scale*bcmis
		if z >= 4*dlamchP {
			z = p + math.Copysign(math.Sqrt(scale)*math.Sqrt(z), p)
			aa = d + z
			dd = d - bcmax/z*bcmis
			tau := dlapy2(c, z)
			cs = z / tau
			sn = c / tau
			bb = b - c
			return aa, bb, 0, dd, aa, 0, dd, 0, cs, sn
		}
	}
	return gonum.Implementation{}.Dlanv2(a, b, c, d)
}

// nrm2x87 is the Euclidean norm of (x, y) as OpenBLAS's x86-64 dnrm2
// kernel, which NumPy's wheels use, computes it: squares and sum in the
// x87's 64-bit significand, its square root, then rounded to float64.
func nrm2x87(x, y float64) float64 {
	const prec = 64
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	by := new(big.Float).SetPrec(prec).SetFloat64(y)
	sx := new(big.Float).SetPrec(prec).Mul(bx, bx)
	sy := new(big.Float).SetPrec(prec).Mul(by, by)
	sum := new(big.Float).SetPrec(prec).Add(sx, sy)
	r, _ := new(big.Float).SetPrec(prec).Sqrt(sum).Float64()
	return r
}

// dlapy2 is LAPACK's dlapy2, √(x²+y²) as w·√(1+(z/w)²) with w = max(|x|, |y|)
// and z = min(|x|, |y|), which can differ from math.Hypot in the last bit.
func dlapy2(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	w := math.Max(math.Abs(x), math.Abs(y))
	z := math.Min(math.Abs(x), math.Abs(y))
	if z == 0 || w > math.MaxFloat64 {
		return w
	}
	return w * math.Sqrt(1+(z/w)*(z/w))
}
