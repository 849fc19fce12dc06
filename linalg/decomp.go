package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

func notImplemented(what string) error {
	return &Error{Kind: NotImplementedError, Msg: what + " is not supported by golinalg yet"}
}

// realStack returns the float64 matrices of a (..., M, N) stack, or an
// error for complex input, which the gonum-backed factorisations do not
// take yet.
func realStack(a *Array, name string) ([]float64, []int, int, int, error) {
	if len(a.shape) < 2 {
		return nil, nil, 0, 0, linAlgErr(TooFewDims, "%d-dimensional array given. Array must be at least two-dimensional", len(a.shape))
	}
	if a.dtype == Complex128 {
		return nil, nil, 0, 0, notImplemented("complex input to " + name)
	}
	batch, m, n := stackDims(a.shape)
	return a.Float64s(), batch, m, n, nil
}

// Cholesky returns the lower-triangular L with A = L·Lᴴ for each Hermitian
// (real symmetric) positive-definite matrix in a (numpy.linalg.cholesky);
// only the lower triangle of A is read. Errors:
//
//	LinAlgError "%d-dimensional array given. Array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
//	LinAlgError "Matrix is not positive definite"
func Cholesky(a *Array) (*Array, error) {
	if err := assertStackedSquare(a); err != nil {
		return nil, err
	}
	if a.dtype == Complex128 {
		batch, n, _ := stackDims(a.shape)
		out := newArray(Complex128, a.shape)
		copy(out.c, a.Complex128s())
		for t := 0; t < prod(batch); t++ {
			if !cholLowerC(out.c[t*n*n:(t+1)*n*n], n) {
				return nil, linAlgErr(NotPositiveDefinite, "Matrix is not positive definite")
			}
		}
		return out.withMatrix(a.matrix), nil
	}
	src, batch, n, _, err := realStack(a, "cholesky")
	if err != nil {
		return nil, err
	}
	out := newArray(Float64, a.shape)
	for t := 0; t < prod(batch); t++ {
		m := src[t*n*n : (t+1)*n*n]
		l := out.f[t*n*n : (t+1)*n*n]
		// Cholesky–Banachiewicz on the lower triangle, as LAPACK's potrf
		// with UPLO='L' computes it column by column.
		for j := 0; j < n; j++ {
			s := m[j*n+j]
			for k := 0; k < j; k++ {
				s -= l[j*n+k] * l[j*n+k]
			}
			if !(s > 0) {
				return nil, linAlgErr(NotPositiveDefinite, "Matrix is not positive definite")
			}
			d := math.Sqrt(s)
			l[j*n+j] = d
			for i := j + 1; i < n; i++ {
				v := m[i*n+j]
				for k := 0; k < j; k++ {
					v -= l[i*n+k] * l[j*n+k]
				}
				l[i*n+j] = v / d
			}
		}
	}
	return out.withMatrix(a.matrix), nil
}

// Eigh returns the eigenvalues w (ascending) and the orthonormal
// eigenvectors v (as columns) of each symmetric matrix in a
// (numpy.linalg.eigh): A·v[:, i] = w[i]·v[:, i]. Only the lower triangle
// is read. Eigenvectors are unique only up to sign (a unit-modulus factor
// for complex input); golinalg's come from gonum's Dsyev, for complex input
// through the real embedding of eighEmbedC, and may differ from NumPy's. Errors as Inv for the
// shape, LinAlgError "Eigenvalues did not converge" on failure.
func Eigh(a *Array) (w, v *Array, err error) {
	if err := assertStackedSquare(a); err != nil {
		return nil, nil, err
	}
	if a.dtype == Complex128 {
		batch, n, _ := stackDims(a.shape)
		src := a.Complex128s()
		w = newArray(Float64, append(append([]int{}, batch...), n))
		v = newArray(Complex128, a.shape)
		for t := 0; t < prod(batch) && n > 0; t++ {
			wt, vt, ok := eighEmbedC(src[t*n*n:(t+1)*n*n], n, true)
			if !ok {
				return nil, nil, linAlgErr(EigNoConvergence, "Eigenvalues did not converge")
			}
			copy(w.f[t*n:], wt)
			copy(v.c[t*n*n:], vt)
		}
		return w, v.withMatrix(a.matrix), nil
	}
	src, batch, n, _, err := realStack(a, "eigh")
	if err != nil {
		return nil, nil, err
	}
	nb := prod(batch)
	w = newArray(Float64, append(append([]int{}, batch...), n))
	v = newArray(Float64, a.shape)
	for t := 0; t < nb; t++ {
		if n == 0 {
			break
		}
		m := src[t*n*n : (t+1)*n*n]
		sym := mat.NewSymDense(n, nil)
		for i := 0; i < n; i++ {
			for j := 0; j <= i; j++ {
				sym.SetSym(i, j, m[i*n+j])
			}
		}
		var es mat.EigenSym
		if !es.Factorize(sym, true) {
			return nil, nil, linAlgErr(EigNoConvergence, "Eigenvalues did not converge")
		}
		es.Values(w.f[t*n : (t+1)*n])
		vec := mat.NewDense(n, n, v.f[t*n*n:(t+1)*n*n])
		es.VectorsTo(vec)
	}
	return w, v.withMatrix(a.matrix), nil
}

// Eig returns the eigenvalues w and right eigenvectors v (as columns,
// each of unit norm) of each square matrix in a (numpy.linalg.eig):
// A·v[:, i] = w[i]·v[:, i]. Both are float64 when every eigenvalue is
// real and complex128 otherwise, as NumPy returns them. Errors as Inv for
// the shape, LinAlgError "Eigenvalues did not converge" on failure.
func Eig(a *Array) (w, v *Array, err error) {
	if err := assertStackedSquare(a); err != nil {
		return nil, nil, err
	}
	if a.dtype == Complex128 {
		return eigComplex(a)
	}
	src, batch, n, _, err := realStack(a, "eig")
	if err != nil {
		return nil, nil, err
	}
	nb := prod(batch)
	wc := make([]complex128, nb*n)
	vc := make([]complex128, nb*n*n)
	allReal := true
	for t := 0; t < nb && n > 0; t++ {
		if n == 2 {
			eig2Into(src[t*4:t*4+4], wc[t*2:t*2+2], vc[t*4:t*4+4])
			continue
		}
		var e mat.Eigen
		if !e.Factorize(mat.NewDense(n, n, append([]float64(nil), src[t*n*n:(t+1)*n*n]...)), mat.EigenRight) {
			return nil, nil, linAlgErr(EigNoConvergence, "Eigenvalues did not converge")
		}
		e.Values(wc[t*n : (t+1)*n])
		var cv mat.CDense
		e.VectorsTo(&cv)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				vc[t*n*n+i*n+j] = cv.At(i, j)
			}
		}
	}
	for _, x := range wc {
		if imag(x) != 0 {
			allReal = false
		}
	}
	ws := append(append([]int{}, batch...), n)
	if allReal {
		wr := make([]float64, len(wc))
		vr := make([]float64, len(vc))
		for k, x := range wc {
			wr[k] = real(x)
		}
		for k, x := range vc {
			vr[k] = real(x)
		}
		w, _ = NewFloat64(ws, wr)
		v, _ = NewFloat64(a.shape, vr)
	} else {
		w, _ = NewComplex128(ws, wc)
		v, _ = NewComplex128(a.shape, vc)
	}
	return w, v.withMatrix(a.matrix), nil
}

// SVD returns the singular value decomposition A = U·diag(S)·Vh of each
// matrix in a of shape (..., M, N) (numpy.linalg.svd), S descending, K =
// min(M, N). With fullMatrices U is M×M and Vh N×N, otherwise M×K and K×N.
// Singular vectors are unique only up to sign (a unit-modulus factor for
// complex input); golinalg's come from gonum's Dgesvd, for complex input
// through the real embedding of svdEmbedC, and may differ from NumPy's gesdd. Errors:
//
//	LinAlgError "%d-dimensional array given. Array must be at least two-dimensional"
//	LinAlgError "SVD did not converge", when a holds NaN
func SVD(a *Array, fullMatrices bool) (u, s, vh *Array, err error) {
	if a.dtype == Complex128 && len(a.shape) >= 2 {
		return svdComplex(a, fullMatrices)
	}
	src, batch, m, n, err := realStack(a, "svd")
	if err != nil {
		return nil, nil, nil, err
	}
	for _, x := range src {
		if math.IsNaN(x) {
			// LAPACK's gesdd fails on NaN (NumPy raises); on ±Inf it
			// returns NaNs, as Dgesvd does.
			return nil, nil, nil, linAlgErr(SVDNoConvergence, "SVD did not converge")
		}
	}
	k := min(m, n)
	ur, vc := k, k
	kind := mat.SVDThin
	if fullMatrices {
		ur, vc = m, n
		kind = mat.SVDFull
	}
	nb := prod(batch)
	u = newArray(Float64, append(append([]int{}, batch...), m, ur))
	s = newArray(Float64, append(append([]int{}, batch...), k))
	vh = newArray(Float64, append(append([]int{}, batch...), vc, n))
	for t := 0; t < nb; t++ {
		if m == 0 || n == 0 {
			for i := 0; i < min(m, ur); i++ {
				u.f[t*m*ur+i*ur+i] = 1
			}
			for i := 0; i < min(n, vc); i++ {
				vh.f[t*vc*n+i*n+i] = 1
			}
			continue
		}
		var d mat.SVD
		if !d.Factorize(mat.NewDense(m, n, append([]float64(nil), src[t*m*n:(t+1)*m*n]...)), kind) {
			return nil, nil, nil, linAlgErr(SVDNoConvergence, "SVD did not converge")
		}
		d.Values(s.f[t*k : (t+1)*k])
		var um, vm mat.Dense
		d.UTo(&um)
		d.VTo(&vm)
		for i := 0; i < m; i++ {
			for j := 0; j < ur; j++ {
				u.f[t*m*ur+i*ur+j] = um.At(i, j)
			}
		}
		for i := 0; i < vc; i++ {
			for j := 0; j < n; j++ {
				vh.f[t*vc*n+i*n+j] = vm.At(j, i)
			}
		}
	}
	return u.withMatrix(a.matrix), s, vh.withMatrix(a.matrix), nil
}

// SVDVals returns the singular values of each matrix in a, descending
// (numpy.linalg.svd with compute_uv=False, numpy.linalg.svdvals).
func SVDVals(a *Array) (*Array, error) {
	if a.dtype == Complex128 && len(a.shape) >= 2 {
		if !a.allFinite() {
			return nil, linAlgErr(SVDNoConvergence, "SVD did not converge")
		}
		return svdValsAny(a)
	}
	src, batch, m, n, err := realStack(a, "svd")
	if err != nil {
		return nil, err
	}
	if !a.allFinite() {
		return nil, linAlgErr(SVDNoConvergence, "SVD did not converge")
	}
	k := min(m, n)
	s := newArray(Float64, append(append([]int{}, batch...), k))
	for t := 0; t < prod(batch) && k > 0; t++ {
		var d mat.SVD
		if !d.Factorize(mat.NewDense(m, n, append([]float64(nil), src[t*m*n:(t+1)*m*n]...)), mat.SVDNone) {
			return nil, linAlgErr(SVDNoConvergence, "SVD did not converge")
		}
		d.Values(s.f[t*k : (t+1)*k])
	}
	return s, nil
}

// QR returns the reduced QR factorisation A = Q·R of each matrix in a of
// shape (..., M, N) (numpy.linalg.qr, mode='reduced'): Q is M×K with
// orthonormal columns, R is K×N upper triangular, K = min(M, N). The signs
// follow Householder reflections as LAPACK's geqrf chooses them.
func QR(a *Array) (q, r *Array, err error) {
	if len(a.shape) >= 2 && (a.dtype == Complex128 || a.shape[len(a.shape)-2] < a.shape[len(a.shape)-1]) {
		// gonum's mat.QR takes only M ≥ N.
		return qrModeHouse(a, "reduced")
	}
	src, batch, m, n, err := realStack(a, "qr")
	if err != nil {
		return nil, nil, err
	}
	k := min(m, n)
	q = newArray(Float64, append(append([]int{}, batch...), m, k))
	r = newArray(Float64, append(append([]int{}, batch...), k, n))
	for t := 0; t < prod(batch) && k > 0; t++ {
		var f mat.QR
		f.Factorize(mat.NewDense(m, n, append([]float64(nil), src[t*m*n:(t+1)*m*n]...)))
		var qm, rm mat.Dense
		f.QTo(&qm)
		f.RTo(&rm)
		for i := 0; i < m; i++ {
			for j := 0; j < k; j++ {
				q.f[t*m*k+i*k+j] = qm.At(i, j)
			}
		}
		for i := 0; i < k; i++ {
			for j := i; j < n; j++ {
				r.f[t*k*n+i*n+j] = rm.At(i, j)
			}
		}
	}
	return q.withMatrix(a.matrix), r.withMatrix(a.matrix), nil
}

// Pinv returns the Moore–Penrose pseudo-inverse A⁺ of each matrix in a
// (numpy.linalg.pinv): from A = U·diag(S)·Vh, A⁺ = Vhᵀ·diag(S⁺)·Uᵀ where
// S⁺ inverts the singular values larger than rcond·max(S) and zeroes the
// rest. NumPy's default rcond is 1e-15; pass rcond < 0 for it.
func Pinv(a *Array, rcond float64) (*Array, error) {
	if rcond < 0 {
		rcond = 1e-15
	}
	if len(a.shape) < 2 {
		return nil, linAlgErr(TooFewDims, "%d-dimensional array given. Array must be at least two-dimensional", len(a.shape))
	}
	batch, m, n := stackDims(a.shape)
	if m == 0 || n == 0 {
		d := Float64
		if a.dtype == Complex128 {
			d = Complex128
		}
		return Zeros(d, append(append([]int{}, batch...), n, m))
	}
	if a.dtype == Complex128 {
		return pinvComplex(a, rcond)
	}
	u, s, vh, err := SVD(a.AsArray(), false)
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	out := newArray(Float64, append(append([]int{}, batch...), n, m))
	for t := 0; t < prod(batch); t++ {
		sv := s.f[t*k : (t+1)*k]
		mx := 0.0
		for _, x := range sv {
			mx = math.Max(mx, x)
		}
		cut := rcond * mx
		inv := make([]float64, k)
		for i, x := range sv {
			if x > cut {
				inv[i] = 1 / x
			}
		}
		// (Vhᵀ)[n×k] · (inv[:,None]·Uᵀ)[k×m]
		su := make([]float64, k*m)
		for i := 0; i < k; i++ {
			for j := 0; j < m; j++ {
				su[i*m+j] = inv[i] * u.f[t*m*k+j*k+i]
			}
		}
		vt := make([]float64, n*k)
		for i := 0; i < n; i++ {
			for j := 0; j < k; j++ {
				vt[i*k+j] = vh.f[t*k*n+j*n+i]
			}
		}
		gemm(vt, su, out.f[t*n*m:(t+1)*n*m], n, k, m)
	}
	return out.withMatrix(a.matrix), nil
}

// MatrixRank returns the rank of each matrix in a (numpy.linalg.matrix_rank):
// the number of singular values greater than tol, by default
// max(S)·max(M, N)·ε with ε = 2⁻⁵². Pass tol < 0 for the default. For a
// 1-d or 0-d array the rank is 1 unless every element is zero. The result
// is int64, 0-d for a single matrix.
func MatrixRank(a *Array, tol float64) (*Array, error) {
	if len(a.shape) < 2 {
		r := int64(0)
		for _, b := range a.Bools() {
			if b {
				r = 1
			}
		}
		return NewInt64(nil, []int64{r})
	}
	s, err := SVDVals(a)
	if err != nil {
		return nil, err
	}
	batch, m, n := stackDims(a.shape)
	k := min(m, n)
	out := newArray(Int64, batch)
	for t := range out.i {
		sv := s.f[t*k : (t+1)*k]
		mx := 0.0
		for _, x := range sv {
			mx = math.Max(mx, x)
		}
		tl := tol
		if tl < 0 {
			tl = mx * float64(max(m, n)) * 0x1p-52
		}
		for _, x := range sv {
			if x > tl {
				out.i[t]++
			}
		}
	}
	return out, nil
}

// Lstsq returns the least-squares solution x minimising ‖b − a·x‖₂ for a
// of shape (M, N) and b of shape (M,) or (M, K) (numpy.linalg.lstsq), the
// sums of squared residuals (shape (K,) or (1,) when rank = N < M, empty
// otherwise), the rank of a and its singular values. Singular values at or
// below rcond·max(S) count as zero; pass rcond < 0 for NumPy's default
// ε·max(M, N). NumPy returns the rank as int32; here it is an int. Errors:
//
//	LinAlgError "%d-dimensional array given. Array must be two-dimensional"
//	LinAlgError "Incompatible dimensions"
//	LinAlgError "SVD did not converge in Linear Least Squares", when a holds NaN
func Lstsq(a, b *Array, rcond float64) (x, residuals *Array, rank int, s *Array, err error) {
	if a.Ndim() != 2 {
		return nil, nil, 0, nil, linAlgErr(TooFewDims, "%d-dimensional array given. Array must be two-dimensional", a.Ndim())
	}
	if b.Ndim() != 1 && b.Ndim() != 2 {
		return nil, nil, 0, nil, linAlgErr(TooFewDims, "%d-dimensional array given. Array must be two-dimensional", b.Ndim())
	}
	m, n := a.shape[0], a.shape[1]
	if b.shape[0] != m {
		return nil, nil, 0, nil, linAlgErr(IncompatibleDims, "Incompatible dimensions")
	}
	vec := b.Ndim() == 1
	bb := b
	if vec {
		bb, _ = b.AsArray().Reshape([]int{m, 1})
	}
	if rcond < 0 {
		rcond = 0x1p-52 * float64(max(m, n))
	}
	if a.dtype == Complex128 || b.dtype == Complex128 {
		return lstsqComplex(a, bb, vec, rcond)
	}
	u, sv, vh, err := SVD(a.AsArray(), false)
	if err != nil {
		return nil, nil, 0, nil, lstsqErr(err)
	}
	k := min(m, n)
	mx := 0.0
	for _, v := range sv.f {
		mx = math.Max(mx, v)
	}
	inv := make([]float64, k)
	for i, v := range sv.f {
		if v > rcond*mx {
			inv[i] = 1 / v
			rank++
		}
	}
	nr := bb.shape[1]
	B := bb.Float64s()
	// x = Vhᵀ · diag(inv) · Uᵀ · b
	utb := make([]float64, k*nr)
	for i := 0; i < k; i++ {
		for j := 0; j < nr; j++ {
			var acc float64
			for p := 0; p < m; p++ {
				acc += u.f[p*k+i] * B[p*nr+j]
			}
			utb[i*nr+j] = acc * inv[i]
		}
	}
	X := make([]float64, n*nr)
	for i := 0; i < n; i++ {
		for j := 0; j < nr; j++ {
			var acc float64
			for p := 0; p < k; p++ {
				acc += vh.f[p*n+i] * utb[p*nr+j]
			}
			X[i*nr+j] = acc
		}
	}
	if vec {
		x, _ = NewFloat64([]int{n}, X)
	} else {
		x, _ = NewFloat64([]int{n, nr}, X)
	}
	if rank == n && m > n {
		res := make([]float64, nr)
		A := a.Float64s()
		for j := 0; j < nr; j++ {
			for i := 0; i < m; i++ {
				r := B[i*nr+j]
				for p := 0; p < n; p++ {
					r -= A[i*n+p] * X[p*nr+j]
				}
				res[j] += r * r
			}
		}
		residuals, _ = NewFloat64([]int{nr}, res)
	} else {
		residuals, _ = NewFloat64([]int{0}, []float64{})
	}
	return x, residuals, rank, sv, nil
}

// CholeskyUpper returns the upper-triangular U with A = Uᴴ·U for each
// Hermitian positive-definite matrix in a (numpy.linalg.cholesky with
// upper=True), reading only the upper triangle of A. Errors as Cholesky.
func CholeskyUpper(a *Array) (*Array, error) {
	if err := assertStackedSquare(a); err != nil {
		return nil, err
	}
	u, err := choFactor(a, false, true)
	if err != nil {
		return nil, linAlgErr(NotPositiveDefinite, "Matrix is not positive definite")
	}
	return u.withMatrix(a.matrix), nil
}

// EighUPLO is Eigh reading the lower (uplo "L") or upper ("U") triangle
// of each matrix (numpy.linalg.eigh's UPLO). Errors as Eigh, and
// ValueError "UPLO argument must be 'L' or 'U'".
func EighUPLO(a *Array, uplo string) (w, v *Array, err error) {
	switch uplo {
	case "L":
		return Eigh(a)
	case "U":
	default:
		return nil, nil, valueErr("UPLO argument must be 'L' or 'U'")
	}
	if err := assertStackedSquare(a); err != nil {
		return nil, nil, err
	}
	// Mirror the upper triangle into the lower one, conjugated.
	b := a.AsArray().Copy()
	if b.dtype != Complex128 && b.dtype != Float64 {
		b = b.AsType(Float64)
	}
	batch, n, _ := stackDims(b.shape)
	for t := 0; t < prod(batch); t++ {
		for i := 0; i < n; i++ {
			for j := 0; j < i; j++ {
				o := t*n*n + i*n + j
				s := t*n*n + j*n + i
				if b.dtype == Complex128 {
					b.c[o] = cmplx.Conj(b.c[s])
				} else {
					b.f[o] = b.f[s]
				}
			}
		}
	}
	w, v, err = Eigh(b)
	if err != nil {
		return nil, nil, err
	}
	return w, v.withMatrix(a.matrix), nil
}

// lstsqErr gives an SVD failure in Lstsq NumPy's gelsd message.
func lstsqErr(err error) error {
	if e, ok := err.(*Error); ok && e.Reason == SVDNoConvergence {
		return linAlgErr(SVDNoConvergence, "SVD did not converge in Linear Least Squares")
	}
	return err
}

// lstsqComplex is Lstsq when a or b is complex: x = V·diag(S⁺)·Uᴴ·b,
// complex128, with real residuals ‖b − a·x‖².
func lstsqComplex(a, bb *Array, vec bool, rcond float64) (x, residuals *Array, rank int, s *Array, err error) {
	m, n := a.shape[0], a.shape[1]
	u, sv, vh, err := SVD(a.AsArray(), false)
	if err != nil {
		return nil, nil, 0, nil, lstsqErr(err)
	}
	k := min(m, n)
	uc, vc := u.Complex128s(), vh.Complex128s()
	mx := 0.0
	for _, v := range sv.f {
		mx = math.Max(mx, v)
	}
	inv := make([]float64, k)
	for i, v := range sv.f {
		if v > rcond*mx {
			inv[i] = 1 / v
			rank++
		}
	}
	nr := bb.shape[1]
	B := bb.Complex128s()
	utb := make([]complex128, k*nr)
	for i := 0; i < k; i++ {
		for j := 0; j < nr; j++ {
			var acc complex128
			for p := 0; p < m; p++ {
				acc += cmplx.Conj(uc[p*k+i]) * B[p*nr+j]
			}
			utb[i*nr+j] = acc * complex(inv[i], 0)
		}
	}
	X := make([]complex128, n*nr)
	for i := 0; i < n; i++ {
		for j := 0; j < nr; j++ {
			var acc complex128
			for p := 0; p < k; p++ {
				acc += cmplx.Conj(vc[p*n+i]) * utb[p*nr+j]
			}
			X[i*nr+j] = acc
		}
	}
	if vec {
		x, _ = NewComplex128([]int{n}, X)
	} else {
		x, _ = NewComplex128([]int{n, nr}, X)
	}
	if rank == n && m > n {
		res := make([]float64, nr)
		A := a.Complex128s()
		for j := 0; j < nr; j++ {
			for i := 0; i < m; i++ {
				r := B[i*nr+j]
				for p := 0; p < n; p++ {
					r -= A[i*n+p] * X[p*nr+j]
				}
				res[j] += real(r)*real(r) + imag(r)*imag(r)
			}
		}
		residuals, _ = NewFloat64([]int{nr}, res)
	} else {
		residuals, _ = NewFloat64([]int{0}, []float64{})
	}
	return x, residuals, rank, sv, nil
}

// eigComplex is Eig for a complex128 stack, by eigEmbedC: w and v are
// complex128. Eigenvalues come in the order of the real embedding's Schur
// form, which is not LAPACK's zgeev order. Errors: LinAlgError
// "Eigenvalues did not converge", and NotImplementedError for matrices
// too close to defective for the embedding to separate their eigenvectors.
func eigComplex(a *Array) (w, v *Array, err error) {
	batch, n, _ := stackDims(a.shape)
	if !a.allFinite() {
		return nil, nil, linAlgErr(EigNoConvergence, "Eigenvalues did not converge")
	}
	src := a.Complex128s()
	w = newArray(Complex128, append(append([]int{}, batch...), n))
	v = newArray(Complex128, a.shape)
	for t := 0; t < prod(batch) && n > 0; t++ {
		wt, vt, ok := eigEmbedC(src[t*n*n:(t+1)*n*n], n)
		if !ok {
			return nil, nil, notImplemented("eig of this complex (nearly defective) matrix")
		}
		copy(w.c[t*n:], wt)
		copy(v.c[t*n*n:], vt)
	}
	return w, v.withMatrix(a.matrix), nil
}
