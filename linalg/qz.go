package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// QZ is scipy.linalg.qz for one pair of square matrices: the generalized
// Schur decomposition A = Q·AA·Zᴴ, B = Q·BB·Zᴴ with Q and Z unitary, as
// LAPACK's gges computes it (permutation balancing, QR of B, reduction to
// Hessenberg-triangular form, then the QZ iteration of Moler and Stewart,
// SIAM J. Numer. Anal. 10 (1973) 241–256). With output "real" (or "r") and
// real input, AA is real upper quasi-triangular (2×2 blocks for complex
// conjugate pairs, with BB's matching block diagonal and positive), BB
// upper triangular with a non-negative diagonal, Q and Z orthogonal; with
// output "complex" or complex input everything is complex and AA, BB
// upper triangular (BB with a real non-negative diagonal). The generalized
// eigenvalues are alpha/beta: alpha complex128 (float64 pairs joined as
// alphar + i·alphai for the real form), beta float64 for the real form and
// complex128 for the complex one.
//
// When the QZ iteration does not converge, QZ returns the partial result
// with a LinAlgWarning, as SciPy does. Errors:
//
//	ValueError "argument must be 'real', or 'complex'"
//	ValueError "Array dimensions must be square and agree"
//	LinAlgError "Something other than QZ iteration failed"
func QZ(a, b *Array, output string) (aa, bb, alpha, beta, q, z *Array, warns []Warning, err error) {
	if output != "real" && output != "complex" && output != "r" && output != "c" {
		return nil, nil, nil, nil, nil, nil, nil, valueErr("argument must be 'real', or 'complex'")
	}
	if len(a.shape) != 2 || len(b.shape) != 2 {
		return nil, nil, nil, nil, nil, nil, nil, valueErr("not enough values to unpack (expected 2, got %d)", min(len(a.shape), len(b.shape)))
	}
	n := a.shape[0]
	if !(a.shape[1] == n && b.shape[0] == n && b.shape[1] == n) {
		return nil, nil, nil, nil, nil, nil, nil, valueErr("Array dimensions must be square and agree")
	}
	a, b = inexact(a), inexact(b)
	cplx := a.dtype == Complex128 || b.dtype == Complex128 || output == "complex" || output == "c"
	var info int
	if cplx {
		r := ggesComplex(append([]complex128(nil), a.Complex128s()...), append([]complex128(nil), b.Complex128s()...), n)
		info = r.info
		aa, _ = NewComplex128([]int{n, n}, r.a)
		bb, _ = NewComplex128([]int{n, n}, r.b)
		alpha, _ = NewComplex128([]int{n}, r.alpha)
		beta, _ = NewComplex128([]int{n}, r.beta)
		q, _ = NewComplex128([]int{n, n}, r.q)
		z, _ = NewComplex128([]int{n, n}, r.z)
	} else {
		r := ggesReal(append([]float64(nil), a.Float64s()...), append([]float64(nil), b.Float64s()...), n)
		info = r.info
		aa, _ = NewFloat64([]int{n, n}, r.a)
		bb, _ = NewFloat64([]int{n, n}, r.b)
		al := make([]complex128, n)
		for i := range al {
			al[i] = complex(r.alphar[i], r.alphai[i])
		}
		alpha, _ = NewComplex128([]int{n}, al)
		beta, _ = NewFloat64([]int{n}, r.beta)
		q, _ = NewFloat64([]int{n, n}, r.q)
		z, _ = NewFloat64([]int{n, n}, r.z)
	}
	switch {
	case info > 0 && info <= n:
		warns = append(warns, Warning{Category: "LinAlgWarning", Msg: "The QZ iteration failed. (a,b) are not in Schur form, but ALPHAR(j), ALPHAI(j), and BETA(j) should be correct for J=" + itoa(info-1) + ",...,N"})
	case info > n:
		return nil, nil, nil, nil, nil, nil, nil, &Error{Kind: LinAlgError, Reason: EigNoConvergence, Msg: "Something other than QZ iteration failed"}
	}
	return aa, bb, alpha, beta, q, z, warns, nil
}

type ggesRealResult struct {
	a, b, q, z           []float64
	alphar, alphai, beta []float64
	info                 int
}

// ggesReal is dgges with JOBVSL = JOBVSR = 'V' and no sorting, on the
// row-major n×n a and b (overwritten).
func ggesReal(a, b []float64, n int) (r ggesRealResult) {
	r.alphar, r.alphai, r.beta = make([]float64, n), make([]float64, n), make([]float64, n)
	r.a, r.b = a, b
	r.q, r.z = eyeF(n), eyeF(n)
	if n == 0 {
		return r
	}
	anrm, bnrm := maxAbsF(a), maxAbsF(b)
	anrmto, ilascl := geesScale(anrm)
	if ilascl {
		scaleBy(a, anrm, anrmto)
	}
	bnrmto, ilbscl := geesScale(bnrm)
	if ilbscl {
		scaleBy(b, bnrm, bnrmto)
	}
	ilo, ihi, lscale, rscale := ggbalPermute(n, a, b)
	// QR of B(ilo:ihi, ilo:n); Qᵀ applied to A; VSL = Q.
	irows, icols := ihi+1-ilo, n-ilo
	tau := make([]float64, min(irows, icols))
	work := make([]float64, 1)
	lapack64.Dgeqrf(irows, icols, b[ilo*n+ilo:], n, tau, work, -1)
	work = make([]float64, max(int(work[0]), 4*n+16))
	lapack64.Dgeqrf(irows, icols, b[ilo*n+ilo:], n, tau, work, len(work))
	lapack64.Dormqr(blas.Left, blas.Trans, irows, icols, len(tau), b[ilo*n+ilo:], n, tau, a[ilo*n+ilo:], n, work, -1)
	if lw := int(work[0]); lw > len(work) {
		work = make([]float64, lw)
	}
	lapack64.Dormqr(blas.Left, blas.Trans, irows, icols, len(tau), b[ilo*n+ilo:], n, tau, a[ilo*n+ilo:], n, work, len(work))
	if irows > 1 {
		for i := 1; i < irows; i++ {
			for j := 0; j < min(i, irows-1); j++ {
				r.q[(ilo+i)*n+ilo+j] = b[(ilo+i)*n+ilo+j]
			}
		}
		lapack64.Dorgqr(irows, irows, irows, r.q[ilo*n+ilo:], n, tau[:min(irows, len(tau))], work, -1)
		if lw := int(work[0]); lw > len(work) {
			work = make([]float64, lw)
		}
		lapack64.Dorgqr(irows, irows, min(irows, len(tau)), r.q[ilo*n+ilo:], n, tau, work, len(work))
	}
	// dgghrd clears B below its diagonal itself.
	lapack64.Dgghrd(lapack.OrthoPostmul, lapack.OrthoPostmul, n, ilo, ihi, a, n, b, n, r.q, n, r.z, n)
	r.info = hgeqzReal(n, ilo+1, ihi+1, a, b, r.q, r.z, r.alphar, r.alphai, r.beta)
	if r.info != 0 {
		return r
	}
	ggbakPermute(n, ilo, ihi, lscale, r.q)
	ggbakPermute(n, ilo, ihi, rscale, r.z)
	safmin := dlamchS
	safmax := 1 / safmin
	if ilascl {
		for i := 0; i < n; i++ {
			if r.alphai[i] == 0 {
				continue
			}
			if r.alphar[i]/safmax > anrmto/anrm || safmin/r.alphar[i] > anrm/anrmto {
				w := math.Abs(a[i*n+i] / r.alphar[i])
				r.beta[i] *= w
				r.alphar[i] *= w
				r.alphai[i] *= w
			} else if r.alphai[i]/safmax > anrmto/anrm || safmin/r.alphai[i] > anrm/anrmto {
				w := math.Abs(a[i*n+i+1] / r.alphai[i])
				r.beta[i] *= w
				r.alphar[i] *= w
				r.alphai[i] *= w
			}
		}
	}
	if ilbscl {
		for i := 0; i < n; i++ {
			if r.alphai[i] == 0 {
				continue
			}
			if r.beta[i]/safmax > bnrmto/bnrm || safmin/r.beta[i] > bnrm/bnrmto {
				w := math.Abs(b[i*n+i] / r.beta[i])
				r.beta[i] *= w
				r.alphar[i] *= w
				r.alphai[i] *= w
			}
		}
	}
	if ilascl {
		for i := 0; i < n; i++ {
			scaleBy(a[i*n+max(i-1, 0):i*n+n], anrmto, anrm)
		}
		scaleBy(r.alphar, anrmto, anrm)
		scaleBy(r.alphai, anrmto, anrm)
	}
	if ilbscl {
		for i := 0; i < n; i++ {
			scaleBy(b[i*n+i:i*n+n], bnrmto, bnrm)
		}
		scaleBy(r.beta, bnrmto, bnrm)
	}
	return r
}

func eyeF(n int) []float64 {
	x := make([]float64, n*n)
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	return x
}

func eyeC(n int) []complex128 {
	x := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	return x
}

func maxAbsF(x []float64) float64 {
	var m float64
	for _, v := range x {
		if math.IsNaN(v) {
			return v
		}
		m = math.Max(m, math.Abs(v))
	}
	return m
}

func maxAbsC(x []complex128) float64 {
	var m float64
	for _, v := range x {
		a := cmplx.Abs(v)
		if math.IsNaN(a) {
			return a
		}
		m = math.Max(m, a)
	}
	return m
}

// ggbalPermute is xGGBAL with JOB = 'P' on the row-major n×n pair (a, b):
// rows and columns are permuted, identically in both, to isolate
// eigenvalues at the bottom (rows with one nonzero in the active columns)
// and at the top (columns with one nonzero in the active rows). It returns
// the 0-based active range and LAPACK's LSCALE and RSCALE as 0-based
// indices (the row and column interchanged with each isolated position).
func ggbalPermute[T scalar](n int, a, b []T) (ilo, ihi int, lscale, rscale []int) {
	lscale, rscale = make([]int, n), make([]int, n)
	for i := range lscale {
		lscale[i], rscale[i] = i, i
	}
	if n <= 1 {
		return 0, n - 1, lscale, rscale
	}
	nz := func(i, j int) bool { return a[i*n+j] != 0 || b[i*n+j] != 0 }
	exchange := func(i, j, m, k, l int) {
		lscale[m] = i
		if i != m {
			for c := k; c < n; c++ {
				a[i*n+c], a[m*n+c] = a[m*n+c], a[i*n+c]
				b[i*n+c], b[m*n+c] = b[m*n+c], b[i*n+c]
			}
		}
		rscale[m] = j
		if j != m {
			for r := 0; r <= l; r++ {
				a[r*n+j], a[r*n+m] = a[r*n+m], a[r*n+j]
				b[r*n+j], b[r*n+m] = b[r*n+m], b[r*n+j]
			}
		}
	}
	k, l := 0, n-1
	// Rows with a single nonzero among columns 0..l go to the bottom.
rows:
	for {
		for i := l; i >= 0; i-- {
			j, count := -1, 0
			for c := 0; c <= l && count < 2; c++ {
				if nz(i, c) {
					j = c
					count++
				}
			}
			if count >= 2 {
				continue
			}
			if count == 0 {
				j = l
			}
			exchange(i, j, l, k, l)
			if l == 1 {
				// LAPACK stops here with the whole matrix triangular.
				lscale[0], rscale[0] = 0, 0
				return 0, 0, lscale, rscale
			}
			l--
			continue rows
		}
		break
	}
	// Columns with a single nonzero among rows k..l go to the left.
cols:
	for {
		for j := k; j <= l; j++ {
			i, count := -1, 0
			for r := k; r <= l && count < 2; r++ {
				if nz(r, j) {
					i = r
					count++
				}
			}
			if count >= 2 {
				continue
			}
			if count == 0 {
				i = l
			}
			exchange(i, j, k, k, l)
			k++
			continue cols
		}
		break
	}
	return k, l, lscale, rscale
}

// ggbakPermute undoes ggbalPermute's permutation on the rows of the
// row-major n×n v (xGGBAK with JOB = 'P'), with scale lscale for left and
// rscale for right vectors.
func ggbakPermute[T scalar](n, ilo, ihi int, scale []int, v []T) {
	swap := func(i, k int) {
		for c := 0; c < n; c++ {
			v[i*n+c], v[k*n+c] = v[k*n+c], v[i*n+c]
		}
	}
	for i := ilo - 1; i >= 0; i-- {
		if k := scale[i]; k != i {
			swap(i, k)
		}
	}
	for i := ihi + 1; i < n; i++ {
		if k := scale[i]; k != i {
			swap(i, k)
		}
	}
}

// OrdQZSort returns the selection of one of SciPy's named orderings for
// ordqz, applied to the generalized eigenvalues alpha/beta: "lhp"
// (Re(α/β) < 0), "rhp" (Re(α/β) > 0), "iuc" (|α/β| < 1) and "ouc"
// (|α/β| > 1, or β = 0 ≠ α); an eigenvalue with β = 0 is never in the
// left or right half plane or inside the unit circle. ok is false for
// any other name.
func OrdQZSort(name string) (sel func(alpha, beta complex128) bool, ok bool) {
	// α/β as NumPy divides: by a real β componentwise.
	div := func(x, y complex128) complex128 {
		if imag(y) == 0 {
			return complex(real(x)/real(y), imag(x)/real(y))
		}
		return x / y
	}
	switch name {
	case "lhp":
		return func(x, y complex128) bool { return y != 0 && real(div(x, y)) < 0 }, true
	case "rhp":
		return func(x, y complex128) bool { return y != 0 && real(div(x, y)) > 0 }, true
	case "iuc":
		return func(x, y complex128) bool {
			if y == 0 {
				return false
			}
			w := div(x, y)
			return glibcHypot(real(w), imag(w)) < 1
		}, true
	case "ouc":
		return func(x, y complex128) bool {
			if y == 0 {
				return x != 0
			}
			w := div(x, y)
			return glibcHypot(real(w), imag(w)) > 1
		}, true
	}
	return nil, false
}

// errOrdQZReorder is SciPy's error when tgsen cannot reorder.
var errOrdQZReorder = valueErr("Reordering of (A, B) failed because the transformed matrix pair (A, B) would be too far from generalized Schur form; the problem is very ill-conditioned. (A, B) may have been partially reordered.")

// OrdQZ is scipy.linalg.ordqz with a named sort ("lhp", "rhp", "iuc",
// "ouc"; see OrdQZSort): the QZ decomposition of QZ, reordered so that the
// selected generalized eigenvalues come first on the diagonal of
// (AA, BB) by LAPACK's tgsen (the direct swapping method of Kågström,
// 1993, and Kågström and Poromaa, 1996). It returns AA, BB, alpha, beta, Q
// and Z with A = Q·AA·Zᴴ and B = Q·BB·Zᴴ; for the real form a complex
// conjugate pair moves as a whole when either member is selected, and
// alpha, beta are those of the reordered form (dlag2 of each 2×2 block).
// Errors are those of QZ and:
//
//	ValueError "sort parameter must be None, a callable, or one of ('lhp','rhp','iuc','ouc')"
//	ValueError "Reordering of (A, B) failed because ..."
func OrdQZ(a, b *Array, sort, output string) (aa, bb, alpha, beta, q, z *Array, warns []Warning, err error) {
	aa, bb, alpha, beta, q, z, warns, err = QZ(a, b, output)
	if err != nil {
		return
	}
	pred, ok := OrdQZSort(sort)
	if !ok {
		return nil, nil, nil, nil, nil, nil, nil, valueErr("sort parameter must be None, a callable, or one of ('lhp','rhp','iuc','ouc')")
	}
	al, be := alpha.Complex128s(), beta.Complex128s()
	sel := make([]bool, len(al))
	for i := range sel {
		sel[i] = pred(al[i], be[i])
	}
	aa, bb, alpha, beta, q, z, err = ReorderQZ(aa, bb, q, z, sel)
	return aa, bb, alpha, beta, q, z, warns, err
}

// ReorderQZ is LAPACK's tgsen with IJOB = 0 on the generalized Schur form
// (aa, bb) of QZ with its q and z: the eigenvalues with sel[i] set move to
// the top left (for the real form, a 2×2 block when either of its two
// flags is set). It returns new arrays: the reordered form, its
// eigenvalues alpha (complex128) and beta (float64 for the real form,
// complex128 for the complex one), and the updated q, z. Errors:
//
//	ValueError "Reordering of (A, B) failed because ..."
func ReorderQZ(aa, bb, q, z *Array, sel []bool) (aa2, bb2, alpha, beta, q2, z2 *Array, err error) {
	n := aa.shape[0]
	if aa.dtype == Complex128 {
		ac, bc := append([]complex128(nil), aa.Complex128s()...), append([]complex128(nil), bb.Complex128s()...)
		qc, zc := append([]complex128(nil), q.Complex128s()...), append([]complex128(nil), z.Complex128s()...)
		al, be, ok := tgsenC(n, ac, bc, qc, zc, sel)
		if !ok {
			return nil, nil, nil, nil, nil, nil, errOrdQZReorder
		}
		aa2, _ = NewComplex128([]int{n, n}, ac)
		bb2, _ = NewComplex128([]int{n, n}, bc)
		alpha, _ = NewComplex128([]int{n}, al)
		beta, _ = NewComplex128([]int{n}, be)
		q2, _ = NewComplex128([]int{n, n}, qc)
		z2, _ = NewComplex128([]int{n, n}, zc)
		return aa2, bb2, alpha, beta, q2, z2, nil
	}
	af, bf := append([]float64(nil), aa.Float64s()...), append([]float64(nil), bb.Float64s()...)
	qf, zf := append([]float64(nil), q.Float64s()...), append([]float64(nil), z.Float64s()...)
	ar, ai, be, ok := tgsenReal(n, af, bf, qf, zf, sel)
	if !ok {
		return nil, nil, nil, nil, nil, nil, errOrdQZReorder
	}
	al := make([]complex128, n)
	for i := range al {
		al[i] = complex(ar[i], ai[i])
	}
	aa2, _ = NewFloat64([]int{n, n}, af)
	bb2, _ = NewFloat64([]int{n, n}, bf)
	alpha, _ = NewComplex128([]int{n}, al)
	beta, _ = NewFloat64([]int{n}, be)
	q2, _ = NewFloat64([]int{n, n}, qf)
	z2, _ = NewFloat64([]int{n, n}, zf)
	return aa2, bb2, alpha, beta, q2, z2, nil
}
