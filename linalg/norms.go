package linalg

import (
	"math"
)

// NormOrd is the ord argument of numpy.linalg.norm: None (Default), a
// number P (which may be ±Inf), or one of the strings "fro", "f", "nuc".
type NormOrd struct {
	Default bool
	Str     string
	P       float64
}

func (o NormOrd) is(p float64) bool { return !o.Default && o.Str == "" && o.P == p }

func reduce1(op ReduceOp, a *Array, axes []int, keep bool) (*Array, error) {
	r, _, err := Reduce(op, a, axes, keep)
	return r, err
}

func unary1(op UnaryOp, a *Array) *Array {
	r, _, _ := Unary(op, a)
	return r
}

// absSquare returns (conj(x)·x).real, elementwise.
func absSquare(x *Array) *Array {
	if x.dtype == Complex128 {
		re, im := unary1(OpReal, x), unary1(OpImag, x)
		r2, _ := Mul(re, re)
		i2, _ := Mul(im, im)
		s, _ := Add(r2, i2)
		return s
	}
	s, _ := Mul(x, x)
	return s
}

func floatScalar(v float64) *Array { s, _ := Scalar(v); return s }

// Norm returns the matrix or vector norm of x (numpy.linalg.norm) in
// NumPy's order of operations. With axis nil and ord None (or 'fro' for
// 2-d, 2 for 1-d) it is the 2-norm of the flattened array. One axis gives a
// vector norm along it: max|x| (inf), min|x| (-inf), the count of nonzeros
// (0), Σ|x| (1), √Σ|x|² (None, 2), (Σ|x|^p)^(1/p) otherwise. Two axes give a
// matrix norm: largest (2) or smallest (-2) singular value, the sum of
// singular values ('nuc'), the maximum (1, inf) or minimum (-1, -inf)
// absolute column or row sum, or the Frobenius norm (None, 'fro', 'f').
// Integer and bool input is converted to float64. Errors:
//
//	ValueError "Invalid norm order 'fro' for vectors"
//	ValueError "Invalid norm order for matrices."
//	ValueError "Duplicate axes given."
//	ValueError "Improper number of dimensions to norm."
func Norm(x *Array, ord NormOrd, axis []int, keepdims bool) (*Array, error) {
	if x.dtype == Bool || x.dtype == Int64 {
		x = x.AsType(Float64)
	}
	nd := len(x.shape)
	if axis == nil {
		if ord.Default || ((ord.Str == "fro" || ord.Str == "f") && nd == 2) || (ord.is(2) && nd == 1) {
			var sq float64
			if x.dtype == Complex128 {
				for _, v := range x.Complex128s() {
					sq += real(v)*real(v) + imag(v)*imag(v)
				}
			} else {
				for _, v := range x.Float64s() {
					sq += v * v
				}
			}
			r := floatScalar(math.Sqrt(sq))
			if keepdims {
				ones := make([]int, nd)
				for k := range ones {
					ones[k] = 1
				}
				return r.Reshape(ones)
			}
			return r, nil
		}
		axis = make([]int, nd)
		for k := range axis {
			axis[k] = k
		}
	}
	switch len(axis) {
	case 1:
		if _, err := normAxis(axis[0], nd); err != nil {
			return nil, err
		}
		switch {
		case ord.is(math.Inf(1)):
			return reduce1(ReduceMax, unary1(OpAbs, x), axis, keepdims)
		case ord.is(math.Inf(-1)):
			return reduce1(ReduceMin, unary1(OpAbs, x), axis, keepdims)
		case ord.is(0):
			nz, _, _ := Binary(OpNotEqual, x, floatScalar(0))
			return reduce1(ReduceSum, nz.AsType(Float64), axis, keepdims)
		case ord.is(1):
			return reduce1(ReduceSum, unary1(OpAbs, x), axis, keepdims)
		case ord.Default || ord.is(2):
			s, err := reduce1(ReduceSum, absSquare(x), axis, keepdims)
			if err != nil {
				return nil, err
			}
			return unary1(OpSqrt, s), nil
		case ord.Str != "":
			return nil, valueErr("Invalid norm order '%s' for vectors", ord.Str)
		}
		ax, _ := Pow(unary1(OpAbs, x), floatScalar(ord.P))
		s, err := reduce1(ReduceSum, ax, axis, keepdims)
		if err != nil {
			return nil, err
		}
		return Pow(s, floatScalar(1/ord.P))
	case 2:
		row, err := normAxis(axis[0], nd)
		if err != nil {
			return nil, err
		}
		col, err := normAxis(axis[1], nd)
		if err != nil {
			return nil, err
		}
		if row == col {
			return nil, valueErr("Duplicate axes given.")
		}
		var ret *Array
		absSum := func(sumAxis, otherAxis int, op ReduceOp) (*Array, error) {
			if otherAxis > sumAxis {
				otherAxis--
			}
			s, err := reduce1(ReduceSum, unary1(OpAbs, x), []int{sumAxis}, false)
			if err != nil {
				return nil, err
			}
			return reduce1(op, s, []int{otherAxis}, false)
		}
		switch {
		case ord.is(2):
			ret, err = svdNorm(x, row, col, ReduceMax)
		case ord.is(-2):
			ret, err = svdNorm(x, row, col, ReduceMin)
		case ord.Str == "nuc":
			ret, err = svdNorm(x, row, col, ReduceSum)
		case ord.is(1):
			ret, err = absSum(row, col, ReduceMax)
		case ord.is(math.Inf(1)):
			ret, err = absSum(col, row, ReduceMax)
		case ord.is(-1):
			ret, err = absSum(row, col, ReduceMin)
		case ord.is(math.Inf(-1)):
			ret, err = absSum(col, row, ReduceMin)
		case ord.Default || ord.Str == "fro" || ord.Str == "f":
			var s *Array
			s, err = reduce1(ReduceSum, absSquare(x), []int{row, col}, false)
			if err == nil {
				ret = unary1(OpSqrt, s)
			}
		default:
			return nil, valueErr("Invalid norm order for matrices.")
		}
		if err != nil {
			return nil, err
		}
		if keepdims {
			sh := append([]int{}, x.shape...)
			sh[row], sh[col] = 1, 1
			return ret.Reshape(sh)
		}
		return ret, nil
	}
	return nil, valueErr("Improper number of dimensions to norm.")
}

// svdNorm reduces the singular values of x's matrices over axes (row, col).
func svdNorm(x *Array, row, col int, op ReduceOp) (*Array, error) {
	nd := len(x.shape)
	perm := make([]int, 0, nd)
	for k := 0; k < nd; k++ {
		if k != row && k != col {
			perm = append(perm, k)
		}
	}
	perm = append(perm, row, col)
	y, err := x.Transpose(perm...)
	if err != nil {
		return nil, err
	}
	s, err := svdValsAny(y.contiguous())
	if err != nil {
		return nil, err
	}
	return reduce1(op, s, []int{len(s.shape) - 1}, false)
}

// svdValsAny is SVDVals that also takes complex input, through the
// singular values of the real 2M×2N matrix [[Re, −Im], [Im, Re]], which
// are those of the complex matrix, each twice.
func svdValsAny(a *Array) (*Array, error) {
	if a.dtype != Complex128 {
		return SVDVals(a)
	}
	if len(a.shape) < 2 {
		return nil, linAlgErr(TooFewDims, "%d-dimensional array given. Array must be at least two-dimensional", len(a.shape))
	}
	batch, m, n := stackDims(a.shape)
	src := a.Complex128s()
	nb := prod(batch)
	big := make([]float64, nb*4*m*n)
	for t := 0; t < nb; t++ {
		b := big[t*4*m*n:]
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				z := src[t*m*n+i*n+j]
				b[i*2*n+j], b[i*2*n+n+j] = real(z), -imag(z)
				b[(m+i)*2*n+j], b[(m+i)*2*n+n+j] = imag(z), real(z)
			}
		}
	}
	ra, _ := NewFloat64(append(append([]int{}, batch...), 2*m, 2*n), big)
	s2, err := SVDVals(ra)
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	s := newArray(Float64, append(append([]int{}, batch...), k))
	for t := 0; t < nb; t++ {
		for i := 0; i < k; i++ {
			s.f[t*k+i] = s2.f[t*2*k+2*i]
		}
	}
	return s, nil
}

// Cond returns the condition number of each matrix in x
// (numpy.linalg.cond): σmax/σmin for p None or 2, σmin/σmax for -2, and
// ‖x‖ₚ·‖x⁻¹‖ₚ for the other norms of Norm, which need square matrices. A
// singular matrix gives inf (unless x holds NaN). Errors:
//
//	LinAlgError "cond is not defined on empty arrays"
//	LinAlgError "%d-dimensional array given. Array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
func Cond(x *Array, p NormOrd) (*Array, error) {
	if x.Size() == 0 && len(x.shape) >= 2 && x.shape[len(x.shape)-1]*x.shape[len(x.shape)-2] == 0 {
		return nil, linAlgErr(EmptyArray, "cond is not defined on empty arrays")
	}
	var r *Array
	if p.Default || p.is(2) || p.is(-2) {
		s, err := svdValsAny(x)
		if err != nil {
			return nil, err
		}
		k := s.shape[len(s.shape)-1]
		r = newArray(Float64, s.shape[:len(s.shape)-1])
		for t := range r.f {
			hi, lo := s.f[t*k], s.f[t*k+k-1]
			if p.is(-2) {
				r.f[t] = lo / hi
			} else {
				r.f[t] = hi / lo
			}
		}
	} else {
		if err := assertStackedSquare(x); err != nil {
			return nil, err
		}
		xf := x
		if xf.dtype != Complex128 {
			xf = x.AsType(Float64)
		}
		inv := invOrNaN(xf)
		n1, err := Norm(xf, p, []int{-2, -1}, false)
		if err != nil {
			return nil, err
		}
		n2, err := Norm(inv, p, []int{-2, -1}, false)
		if err != nil {
			return nil, err
		}
		r, _ = Mul(n1, n2)
		r = r.AsType(Float64)
	}
	// NaN becomes inf unless the matrix held a NaN.
	batch, m, n := stackDims(x.shape)
	_ = batch
	var xv []complex128
	if x.dtype == Complex128 {
		xv = x.Complex128s()
	} else {
		for _, v := range x.AsType(Float64).Float64s() {
			xv = append(xv, complex(v, 0))
		}
	}
	for t := range r.f {
		if !math.IsNaN(r.f[t]) {
			continue
		}
		hasNaN := false
		for _, v := range xv[t*m*n : (t+1)*m*n] {
			if math.IsNaN(real(v)) || math.IsNaN(imag(v)) {
				hasNaN = true
				break
			}
		}
		if !hasNaN {
			r.f[t] = math.Inf(1)
		}
	}
	return r, nil
}

// invOrNaN inverts each matrix of the stack, filling singular ones with
// NaN as NumPy's inv ufunc does under errstate(all='ignore').
func invOrNaN(x *Array) *Array {
	out, singular := invStack(x)
	n := x.shape[len(x.shape)-1]
	for _, b := range singular {
		for k := b * n * n; k < (b+1)*n*n; k++ {
			if out.dtype == Complex128 {
				out.c[k] = complex(math.NaN(), math.NaN())
			} else {
				out.f[k] = math.NaN()
			}
		}
	}
	return out
}

// VectorNorm is numpy.linalg.vector_norm: Norm of the flattened array
// (axis nil), along one axis, or over several axes taken together, with
// ord a number (default 2).
func VectorNorm(x *Array, ord NormOrd, axis []int, keepdims bool) (*Array, error) {
	nd := len(x.shape)
	shape := append([]int{}, x.shape...)
	var norm []int
	y, ax := x, 0
	switch {
	case axis == nil:
		y = x.contiguous().Ravel()
		for k := 0; k < nd; k++ {
			norm = append(norm, k)
		}
	case len(axis) == 1:
		a, err := normAxis(axis[0], nd)
		if err != nil {
			return nil, err
		}
		ax, norm = a, []int{a}
	default:
		seen := map[int]bool{}
		for _, a := range axis {
			k, err := normAxis(a, nd)
			if err != nil {
				return nil, err
			}
			if seen[k] {
				return nil, valueErr("repeated axis")
			}
			seen[k] = true
			norm = append(norm, k)
		}
		perm := append([]int{}, norm...)
		newShape := []int{1}
		for _, k := range norm {
			newShape[0] *= x.shape[k]
		}
		for k := 0; k < nd; k++ {
			if !seen[k] {
				perm = append(perm, k)
				newShape = append(newShape, x.shape[k])
			}
		}
		t, err := x.Transpose(perm...)
		if err != nil {
			return nil, err
		}
		if y, err = t.contiguous().Reshape(newShape); err != nil {
			return nil, err
		}
	}
	if ord.Str != "" {
		return nil, valueErr("Invalid norm order '%s' for vectors", ord.Str)
	}
	r, err := Norm(y, ord, []int{ax}, false)
	if err != nil || !keepdims {
		return r, err
	}
	for _, k := range norm {
		shape[k] = 1
	}
	return r.Reshape(shape)
}
