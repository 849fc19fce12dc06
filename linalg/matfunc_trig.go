package linalg

import "math"

// Trigonometric and hyperbolic matrix functions from the exponential, as
// scipy.linalg computes them, and the batch and argument handling the
// matrix functions of scipy.linalg share.

// MatfuncSquare returns a as a 2-d square float64 or complex128 matrix,
// or SciPy's _asarray_square error:
//
//	ValueError "expected square array_like input"
func MatfuncSquare(a *Array) (*Array, error) {
	if a.Ndim() != 2 || a.shape[0] != a.shape[1] {
		return nil, valueErr("expected square array_like input")
	}
	return inexact(a), nil
}

// MatfuncBatch is OverBatch for the matrix functions, SciPy's
// _apply_over_batch(('A', 2)): f runs on a itself when it has at most two
// dimensions, else on each of its matrices, and its results are stacked.
func MatfuncBatch(a *Array, name string, f func(m *Array) ([]*Array, error)) ([]*Array, error) {
	return OverBatch(name, []*Array{a}, []int{2}, func(x []*Array) ([]*Array, error) { return f(x[0]) })
}

// MatTrig returns the matrix function fn of the square matrix a, fn one
// of "cosm", "sinm", "tanm", "coshm", "sinhm", "tanhm"
// (scipy.linalg.cosm, ...), from exponentials as SciPy forms them: for
// real A, cos A = Re e^(iA) and sin A = Im e^(iA); for complex A,
// cos A = (e^(iA) + e^(−iA))/2 and sin A = −i(e^(iA) − e^(−iA))/2;
// cosh A = (e^A + e^(−A))/2, sinh A = (e^A − e^(−A))/2; tan A and tanh A
// solve cos A·X = sin A (cosh A·X = sinh A) as scipy.linalg.solve, with
// its warnings for an ill-conditioned cos A. A complex result of real
// input whose imaginary parts are all within 10⁻⁶·ε of zero is returned
// real (SciPy's _maybe_real). Errors are MatfuncSquare's, "The numpy
// boolean negative, the `-` operator, is not supported, use the `~`
// operator or the logical_not function instead." (TypeError) for boolean
// input to the hyperbolic functions, and scipy.linalg.solve's.
func MatTrig(fn string, a *Array) (*Array, []Warning, error) {
	if a.Ndim() == 2 && a.shape[0] == a.shape[1] && a.dtype == Bool && (fn == "coshm" || fn == "sinhm" || fn == "tanhm") {
		return nil, nil, typeErr("%s", "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
	}
	x, err := MatfuncSquare(a)
	if err != nil {
		return nil, nil, err
	}
	real := x.dtype != Complex128
	n := x.shape[0]
	switch fn {
	case "tanm", "tanhm":
		c, s := "cosm", "sinm"
		if fn == "tanhm" {
			c, s = "coshm", "sinhm"
		}
		cv, _, err := MatTrig(c, x)
		if err != nil {
			return nil, nil, err
		}
		sv, _, err := MatTrig(s, x)
		if err != nil {
			return nil, nil, err
		}
		r, ws, err := SciPySolveOpts(cv, sv, "", false, false)
		if err != nil {
			return nil, nil, err
		}
		return maybeReal(real, r), ws, nil
	}
	z := x.Complex128s()
	scaled := func(f complex128) []complex128 {
		out := make([]complex128, len(z))
		for i, v := range z {
			out[i] = f * v
		}
		return out
	}
	var out []complex128
	switch fn {
	case "cosm", "sinm":
		ep := expmCore(scaled(1i), n)
		if real {
			r := make([]float64, n*n)
			for i, v := range ep {
				if fn == "cosm" {
					r[i] = imagOrReal(v, false)
				} else {
					r[i] = imagOrReal(v, true)
				}
			}
			y, _ := NewFloat64([]int{n, n}, r)
			return y, nil, nil
		}
		em := expmCore(scaled(-1i), n)
		out = make([]complex128, n*n)
		for i := range out {
			if fn == "cosm" {
				out[i] = 0.5 * (ep[i] + em[i])
			} else {
				out[i] = -0.5i * (ep[i] - em[i])
			}
		}
	case "coshm", "sinhm":
		if real {
			f := x.Float64s()
			m := make([]float64, len(f))
			for i, v := range f {
				m[i] = -v
			}
			ep, em := expmCore(f, n), expmCore(m, n)
			for i := range ep {
				if fn == "coshm" {
					ep[i] = 0.5 * (ep[i] + em[i])
				} else {
					ep[i] = 0.5 * (ep[i] - em[i])
				}
			}
			y, _ := NewFloat64([]int{n, n}, ep)
			return y, nil, nil
		}
		ep, em := expmCore(z, n), expmCore(scaled(-1), n)
		out = make([]complex128, n*n)
		for i := range out {
			if fn == "coshm" {
				out[i] = 0.5 * (ep[i] + em[i])
			} else {
				out[i] = 0.5 * (ep[i] - em[i])
			}
		}
	default:
		return nil, nil, valueErr("unknown matrix function %s", fn)
	}
	y, _ := NewComplex128([]int{n, n}, out)
	return y, nil, nil
}

func imagOrReal(v complex128, im bool) float64 {
	if im {
		return imag(v)
	}
	return real(v)
}

// maybeReal is SciPy's _maybe_real for double precision: the real part of
// the complex b when the input was real and every imaginary part is
// within 10⁶·ε of zero; b otherwise.
func maybeReal(realInput bool, b *Array) *Array {
	if !realInput || b.dtype != Complex128 {
		return b
	}
	tol := 1e6 * mfEps
	c := b.Complex128s()
	for _, v := range c {
		if !(math.Abs(imag(v)) <= tol) {
			return b
		}
	}
	r := make([]float64, len(c))
	for i, v := range c {
		r[i] = real(v)
	}
	y, _ := NewFloat64(b.Shape(), r)
	return y
}
