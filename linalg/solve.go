package linalg

import (
	"context"
	"math"
)

// stack describes a (..., M, N) array as batch row-major matrices.
func stackDims(shape []int) (batch []int, m, n int) {
	nd := len(shape)
	return shape[:nd-2], shape[nd-2], shape[nd-1]
}

func prod(s []int) int {
	p := 1
	for _, d := range s {
		p *= d
	}
	return p
}

// Solve returns x with a·x = b (numpy.linalg.solve) for a of shape
// (..., M, M) and b of shape (..., M, K), or b of shape (M,) when b is 1-d;
// the stack axes broadcast. The solution comes from LU factorisation with
// partial pivoting, as LAPACK's gesv computes it. Integer input gives
// float64, complex gives complex128. Errors:
//
//	LinAlgError "%d-dimensional array given. Array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
//	LinAlgError "Singular matrix"
//	ValueError  "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 3 is different from 2)"
//	ValueError  "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size 3 is different from 2)"
//	ValueError  "solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (m,m),(m,n)->(m,n) requires 2)"
func Solve(a, b *Array) (*Array, error) {
	return SolveContext(context.Background(), a, b)
}

// SolveContext is Solve that stops when ctx is cancelled, checking it
// between the blocks of large factorisations and solves; the error then
// wraps ctx.Err().
func SolveContext(ctx context.Context, a, b *Array) (*Array, error) {
	if n, ok := smallSquare(a); ok && n > 0 {
		if out, singular, ok := solveSmall(a, n, b); ok {
			if singular {
				return nil, linAlgErr(Singular, "Singular matrix")
			}
			return out.withMatrix(a.matrix || b.matrix), nil
		}
	}
	if err := assertStackedSquare(a); err != nil {
		return nil, err
	}
	batchA, m, _ := stackDims(a.shape)
	vec := b.Ndim() == 1
	bb := b
	if vec {
		if b.shape[0] != m {
			return nil, valueErr("solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size %d is different from %d)", b.shape[0], m)
		}
		bb, _ = b.AsArray().Reshape([]int{m, 1})
	} else if b.Ndim() < 2 {
		return nil, valueErr("solve: Input operand 1 does not have enough dimensions (has %d, gufunc core with signature (m,m),(m,n)->(m,n) requires 2)", b.Ndim())
	}
	batchB, mb, k := stackDims(bb.shape)
	if mb != m {
		return nil, valueErr("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size %d is different from %d)", mb, m)
	}
	batch, err := BroadcastShapes(batchA, batchB)
	if err != nil {
		return nil, err
	}
	av, _ := a.BroadcastTo(append(append([]int{}, batch...), m, m))
	bv, _ := bb.BroadcastTo(append(append([]int{}, batch...), m, k))
	nb := prod(batch)
	outShape := append(append([]int{}, batch...), m, k)
	var out *Array
	if a.dtype == Complex128 || b.dtype == Complex128 {
		A, B := av.Complex128s(), bv.Complex128s()
		piv := make([]int, m)
		for t := 0; t < nb; t++ {
			lu := A[t*m*m : (t+1)*m*m]
			if luFactorC(lu, m, piv) >= 0 {
				return nil, linAlgErr(Singular, "Singular matrix")
			}
			luSolveC(lu, m, piv, B[t*m*k:(t+1)*m*k], k)
		}
		out, _ = NewComplex128(outShape, B)
	} else {
		A, B := av.Float64s(), bv.Float64s()
		piv := make([]int, m)
		p := newPoller(ctx)
		for t := 0; t < nb; t++ {
			lu := A[t*m*m : (t+1)*m*m]
			if k == 1 && (m == 2 || m == 3) {
				// Unrolled, for the common case.
				var singular, ok bool
				if m == 2 {
					singular, ok = solve2(lu, B[t*2:t*2+2])
				} else {
					singular, ok = solve3(lu, B[t*3:t*3+3])
				}
				if singular {
					return nil, linAlgErr(Singular, "Singular matrix")
				}
				if ok {
					continue
				}
			}
			info := getrf(p, lu, m, m, m, piv)
			if err := p.interrupted(); err != nil {
				return nil, err
			}
			if info >= 0 {
				return nil, linAlgErr(Singular, "Singular matrix")
			}
			luSolve(p, lu, m, piv, B[t*m*k:(t+1)*m*k], k)
			if err := p.interrupted(); err != nil {
				return nil, err
			}
		}
		out, _ = NewFloat64(outShape, B)
	}
	if vec {
		out, _ = out.Reshape(append(append([]int{}, batch...), m))
	}
	return out.withMatrix(a.matrix || b.matrix), nil
}

// slogdetFloat returns sign and log|det| of the row-major n×n matrix a
// (overwritten), as NumPy computes them from the LU factors: the sign from
// the row interchanges and the diagonal's signs, the logarithm as the sum
// of log|uᵢᵢ| in order. A zero pivot gives (0, -inf).
func slogdetFloat(p *poller, a []float64, n int, piv []int) (float64, float64) {
	if getrf(p, a, n, n, n, piv) >= 0 {
		return 0, math.Inf(-1)
	}
	sign := 1.0
	for i := 0; i < n; i++ {
		if piv[i] != i {
			sign = -sign
		}
	}
	logdet := 0.0
	for i := 0; i < n; i++ {
		d := a[i*n+i]
		if d < 0 {
			sign = -sign
			d = -d
		}
		logdet += crLog(d)
	}
	return sign, logdet
}

func slogdetComplex(a []complex128, n int, piv []int) (complex128, float64) {
	if luFactorC(a, n, piv) >= 0 {
		return 0, math.Inf(-1)
	}
	sign := complex(1, 0)
	for i := 0; i < n; i++ {
		if piv[i] != i {
			sign = -sign
		}
	}
	// NumPy's slogdet_from_factored_diagonal: each entry's sign is its
	// parts divided by its modulus (npy_cabs: glibc's hypot), multiplied in as
	// NumPy's mult does (products rounded apart).
	logdet := 0.0
	for i := 0; i < n; i++ {
		d := a[i*n+i]
		ad := glibcHypot(real(d), imag(d))
		sign = npMult(sign, complex(real(d)/ad, imag(d)/ad))
		logdet += crLog(ad)
	}
	return sign, logdet
}

// npMult is the complex product of NumPy's umath_linalg (mult): the four
// products rounded, then subtracted and added.
func npMult(a, b complex128) complex128 {
	return complex(float64(real(a)*real(b))-float64(imag(a)*imag(b)), float64(real(a)*imag(b))+float64(imag(a)*real(b)))
}

// Slogdet returns the sign and the natural logarithm of the absolute value
// of the determinant of each matrix in a (numpy.linalg.slogdet), so that
// det = sign·exp(logabsdet): for a of shape (..., M, M) both results have
// shape (...). A singular matrix gives sign 0 and logabsdet -inf, without
// error; complex input gives a complex sign of modulus 1. Errors as Det.
// (gonum's LogDet returns the pair in the opposite order.)
func Slogdet(a *Array) (sign, logabsdet *Array, err error) {
	return SlogdetContext(context.Background(), a)
}

// SlogdetContext is Slogdet that stops when ctx is cancelled, checking it
// between the blocks of large factorisations; the error then wraps
// ctx.Err().
func SlogdetContext(ctx context.Context, a *Array) (sign, logabsdet *Array, err error) {
	if s, l, ok := SlogdetSmall(a); ok {
		sign, logabsdet = newFloat64Scalars2(s, l)
		return sign, logabsdet, nil
	}
	if err := assertStackedSquare(a); err != nil {
		return nil, nil, err
	}
	batch, n, _ := stackDims(a.shape)
	nb := prod(batch)
	piv := make([]int, n)
	ld := newArray(Float64, batch)
	if a.dtype == Complex128 {
		src := a.Complex128s()
		sg := newArray(Complex128, batch)
		for t := 0; t < nb; t++ {
			sg.c[t], ld.f[t] = slogdetComplex(src[t*n*n:(t+1)*n*n], n, piv)
		}
		return sg, ld, nil
	}
	if n <= smallMax {
		sg := newArray(Float64, batch)
		slogdetSmallBatch(realValues(a), n, sg.f, ld.f, false)
		return sg, ld, nil
	}
	src := a.Float64s()
	sg := newArray(Float64, batch)
	p := newPoller(ctx)
	for t := 0; t < nb; t++ {
		sg.f[t], ld.f[t] = slogdetFloat(p, src[t*n*n:(t+1)*n*n], n, piv)
		if err := p.interrupted(); err != nil {
			return nil, nil, err
		}
	}
	return sg, ld, nil
}

// Det returns the determinant of each matrix in a (numpy.linalg.det): for
// a of shape (..., M, M) the result has shape (...); it is 0-d for a
// single matrix (NumPy returns a scalar: use At(0)). As in NumPy the value
// is sign·exp(log|det|) from the LU factors, so det([[1, 2], [3, 4]]) is
// -2.0000000000000004, a singular matrix gives 0.0 and a 0×0 matrix 1.0.
// Integer input gives float64. Errors:
//
//	LinAlgError "%d-dimensional array given. Array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
func Det(a *Array) (*Array, error) {
	return DetContext(context.Background(), a)
}

// DetContext is Det that stops when ctx is cancelled, as SlogdetContext.
func DetContext(ctx context.Context, a *Array) (*Array, error) {
	if d, ok := DetSmall(a); ok {
		return newFloat64Scalar(d), nil
	}
	if a.dtype != Complex128 && len(a.shape) >= 2 && a.shape[len(a.shape)-1] == a.shape[len(a.shape)-2] && a.shape[len(a.shape)-1] <= smallMax {
		n := a.shape[len(a.shape)-1]
		out := newArray(Float64, a.shape[:len(a.shape)-2])
		slogdetSmallBatch(realValues(a), n, out.f, nil, true)
		return out, nil
	}
	sg, ld, err := SlogdetContext(ctx, a)
	if err != nil {
		return nil, err
	}
	if sg.dtype == Complex128 {
		out := newArray(Complex128, sg.shape)
		for k := range out.c {
			out.c[k] = npMult(sg.c[k], complex(crExp(ld.f[k]), 0)) // det_from_slogdet
		}
		return out, nil
	}
	out := newArray(Float64, sg.shape)
	for k := range out.f {
		out.f[k] = sg.f[k] * crExp(ld.f[k])
	}
	return out, nil
}
