package sci

import (
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// Texts shared by the docstrings of the matrix functions.
const (
	docMatfuncA = "A : (N, N) array_like\n    Square matrix; a stack of them (..., N, N) is taken matrix by matrix."
	docDispDep  = "disp : bool, optional\n    Deprecated in SciPy 1.16 (a DeprecationWarning when given). True (the default) warns when the error estimate is large; False returns the estimate with the result."
)

// scipyMatfuncs is the part of scipy.linalg that SciPy files in
// _matfuncs.py, _matfuncs_sqrtm.py, _matfuncs_inv_ssq.py and
// _expm_frechet.py: functions of a matrix. expm itself is in
// scipyLinalgCore.
var scipyMatfuncs = []*Func{
	{Sig: "sqrtm(A, disp=<object object at 0x7f3a2c1b8e50>, blocksize=<object object at 0x7f3a2c1b8e50>)", Py: true, Body: scipySqrtm, Doc: `Matrix square root: X with X @ X = A, by the Schur method (A = Z T Zᴴ, the root of the triangular T by the recursive blocked algorithm of Deadman, Higham and Ralha, real 2×2 blocks as Higham 1987). A real matrix without negative real eigenvalues has a real root; otherwise the result is complex. Not every matrix has a square root ([[0, 1], [0, 0]] has none); a singular or nearly defective one gives a LinAlgWarning.

Parameters
----------
A : (..., N, N) array_like
    Square matrix, or a stack of them.
` + docDispDep + ` The estimate is ||X @ X - A||_F**2 / ||A||_F (inf for a stack).
blocksize : int, optional
    Deprecated in SciPy 1.16 and unused (a DeprecationWarning when given).

Returns
-------
sqrtm : (..., N, N) ndarray
    The square root of each matrix: float64, or complex128 when any needs it.
errest : float
    Only with disp=False.

Raises
------
LinAlgError
    If A has fewer than two dimensions or is not square.`},
	{Sig: "logm(A, disp=<object object at 0x7f3a2c1b8e50>)", Py: true, Body: scipyBatch(scipyLogm, "A"), Doc: `Principal matrix logarithm: X with expm(X) = A and eigenvalues in the strip |Im λ| < π, by the inverse scaling and squaring algorithm of Al-Mohy and Higham (2012) on the Schur form: square roots of the triangular factor until it is near I, a Gauss–Legendre Padé approximant of log(I + R), scaled back. A real A with a negative real eigenvalue has a complex logarithm. A singular A has none: its zero eigenvalues are replaced by 1e-20, with a LogmExactlySingularWarning.

Parameters
----------
` + docMatfuncA + `
` + docDispDep + ` The estimate is ||expm(X) - A||_1 / ||A||_1; True warns (RuntimeWarning) when it is at least 1000 ε.

Returns
-------
logm : (N, N) ndarray
    The logarithm of A.
errest : float
    Only with disp=False.

Raises
------
ValueError
    If A is not square.`},
	{Sig: "fractional_matrix_power(A, t)", Py: true, Body: scipyBatch(scipyFracPow, "A"), Doc: `Fractional power A**t of a square matrix, by the Schur–Padé algorithm of Higham and Lin (2011): A**t = A**a @ A**b with a an integer and -1 < b < 1, A**b by inverse scaling and squaring on the Schur form and a Padé approximant of (I + X)**b. An integer t is numpy.linalg.matrix_power. A singular A falls back to funm (t > 0) or gives NaN (t < 0).

Parameters
----------
` + docMatfuncA + `
t : float
    The power.

Returns
-------
X : (N, N) ndarray
    A**t; complex when A has eigenvalues on the negative real axis.

Raises
------
ValueError
    If A is not square or holds NaN or infinity.`},
	{Sig: "funm(A, func, disp=True)", Py: true, Body: scipyBatch(scipyFunm, "A"), Doc: `Matrix function f(A) given the scalar function func, by the Schur–Parlett method (Golub and Van Loan, Algorithm 9.1.1): A = Z T Zᴴ with T complex triangular, f on the diagonal of T, Parlett's recurrence above it. Confluent or close eigenvalues make the recurrence inaccurate; the error estimate says so.

Parameters
----------
` + docMatfuncA + `
func : callable
    The scalar function, vectorised: called once with the eigenvalues (a complex128 vector), it returns their images.
disp : bool, optional
    True: print a message when the error estimate exceeds 1000 ε. False: return the estimate too.

Returns
-------
funm : (N, N) ndarray
    f(A); real for real A when the imaginary parts are negligible.
errest : float
    Estimated relative error (1-norm), with disp=False.

Raises
------
ValueError
    If A is not square or holds NaN or infinity.`},
	{Sig: "signm(A, disp=<object object at 0x7f3a2c1b8e50>)", Py: true, Body: scipyBatch(scipySignm, "A"), Doc: `Matrix sign function: funm with the sign of the real part of each eigenvalue, refined by Newton's iteration S <- (S + inv(S)) / 2 from A + I / (2 σ_max) when funm's estimate is not small (defective matrices).

Parameters
----------
` + docMatfuncA + `
` + docDispDep + `

Returns
-------
signm : (N, N) ndarray
    The sign of A.
errest : float
    With disp=False, when the iteration ran: ||P @ P - P||_1 for P = (S @ S + S) / 2.

Raises
------
ValueError
    If A is not square.`},
	{Sig: "cosm(A)", Py: true, Body: scipyBatch(scipyTrig("cosm"), "A"), Doc: docTrig("Matrix cosine cos A = (e^(iA) + e^(-iA)) / 2, from expm: the real part of expm(1j*A) for real A.", "cosm", "Matrix cosine of A")},
	{Sig: "sinm(A)", Py: true, Body: scipyBatch(scipyTrig("sinm"), "A"), Doc: docTrig("Matrix sine sin A = (e^(iA) - e^(-iA)) / 2i, from expm: the imaginary part of expm(1j*A) for real A.", "sinm", "Matrix sine of A")},
	{Sig: "tanm(A)", Py: true, Body: scipyBatch(scipyTrig("tanm"), "A"), Doc: docTrig("Matrix tangent tan A, the solution X of cosm(A) @ X = sinm(A) (scipy.linalg.solve, with its LinAlgWarning when cosm(A) is ill-conditioned). A complex result of real A with negligible imaginary parts is returned real.", "tanm", "Matrix tangent of A")},
	{Sig: "coshm(A)", Py: true, Body: scipyBatch(scipyTrig("coshm"), "A"), Doc: docTrig("Hyperbolic matrix cosine cosh A = (e^A + e^(-A)) / 2, from expm.", "coshm", "Hyperbolic matrix cosine of A")},
	{Sig: "sinhm(A)", Py: true, Body: scipyBatch(scipyTrig("sinhm"), "A"), Doc: docTrig("Hyperbolic matrix sine sinh A = (e^A - e^(-A)) / 2, from expm.", "sinhm", "Hyperbolic matrix sine of A")},
	{Sig: "tanhm(A)", Py: true, Body: scipyBatch(scipyTrig("tanhm"), "A"), Doc: docTrig("Hyperbolic matrix tangent tanh A, the solution X of coshm(A) @ X = sinhm(A) (scipy.linalg.solve). A complex result of real A with negligible imaginary parts is returned real.", "tanhm", "Hyperbolic matrix tangent of A")},
	{Sig: "expm_frechet(A, E, method=None, compute_expm=True, check_finite=True)", Py: true, Body: scipyExpmFrechet, Doc: `Fréchet derivative of the matrix exponential of A in the direction E: the linear part L(A, E) of expm(A + E) - expm(A).

Parameters
----------
A : (N, N) array_like
    Matrix whose exponential is differentiated.
E : (N, N) array_like
    Direction of the derivative.
method : {None, 'SPS', 'blockEnlarge'}, optional
    'SPS' (the default): scaling, Padé approximation and squaring of Al-Mohy and Higham (2009), which computes the exponential and its derivative together. 'blockEnlarge': both from expm of the 2N×2N block matrix [[A, E], [0, A]].
compute_expm : bool, optional
    Also return expm(A).
` + docCheckFinite + `

Returns
-------
expm_A : (N, N) ndarray
    The exponential of A, if compute_expm.
expm_frechet_AE : (N, N) ndarray
    The Fréchet derivative of the exponential at A in the direction E.

Raises
------
ValueError
    If A or E is not square, their shapes differ, or method is unknown.`},
	{Sig: "expm_cond(A, check_finite=True)", Py: true, Body: scipyBatch(scipyExpmCond, "A"), Doc: `Relative condition number of the matrix exponential in the Frobenius norm: ||K||_2 * ||A||_F / ||expm(A)||_F, K the N²×N² Kronecker form of the Fréchet derivative of expm at A (one expm_frechet per entry of A).

Parameters
----------
A : (N, N) array_like
    Square matrix; a stack of them (..., N, N) is taken matrix by matrix.
` + docCheckFinite + `

Returns
-------
kappa : float
    The condition number.

Raises
------
ValueError
    If A is not square.`},
}

// docTrig is the docstring of cosm and its kin.
func docTrig(summary, name, result string) string {
	return summary + `

Parameters
----------
` + docMatfuncA + `

Returns
-------
` + name + ` : (N, N) ndarray
    ` + result + `.

Raises
------
ValueError
    If A is not square.`
}

// scipyMatfuncResult maps MatfuncBatch's result: the warnings, then the
// first array, or the error.
func scipyMatfuncResult(c *Call, r []*linalg.Array, ws []linalg.Warning, err error) (eval.Value, error) {
	warn(c.th, ws)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(r[0]), nil
}

func scipyTrig(fn string) func(c *Call) (eval.Value, error) {
	return func(c *Call) (eval.Value, error) {
		var a *linalg.Array
		if err := c.Unpack(&a); err != nil {
			return nil, err
		}
		var ws []linalg.Warning
		r, err := linalg.MatfuncBatch(a, fn, func(m *linalg.Array) ([]*linalg.Array, error) {
			x, w, err := linalg.MatTrig(fn, m)
			ws = append(ws, w...)
			return []*linalg.Array{x}, err
		})
		return scipyMatfuncResult(c, r, ws, err)
	}
}

func scipyExpmFrechet(c *Call) (eval.Value, error) {
	var a, e *linalg.Array
	var method eval.Value
	var compute, check bool
	if err := c.Unpack(&a, &e, &method, &compute, &check); err != nil {
		return nil, err
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	if e, err = scipyFinite(c, e, check); err != nil {
		return nil, err
	}
	m := "SPS"
	if method != eval.None {
		m = eval.Str(method)
	}
	x, l, err := linalg.ExpmFrechet(a, e, m)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if compute {
		return eval.Tuple{c.Wrap(x), c.Wrap(l)}, nil
	}
	return c.Wrap(l), nil
}

func scipyExpmCond(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var check bool
	if err := c.Unpack(&a, &check); err != nil {
		return nil, err
	}
	r, err := linalg.MatfuncBatch(a, "expm_cond", func(m *linalg.Array) ([]*linalg.Array, error) {
		m, err := scipyFinite(c, m, check)
		if err != nil {
			return nil, err
		}
		k, err := linalg.ExpmCond(m)
		if err != nil {
			return nil, c.Err(nil, err)
		}
		x, err := linalg.Scalar(k)
		return []*linalg.Array{x}, err
	})
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(r[0]), nil
}

// scipyDeprecated emits SciPy 1.16's DeprecationWarning for a deprecated
// parameter given a value (v not the signature's default sentinel).
func scipyDeprecated(c *Call, v eval.Value, name string) {
	if !isObjectSentinel(v) {
		c.th.Warn("DeprecationWarning", "The `"+name+"` argument is deprecated and will be removed in SciPy 1.18.0.")
	}
}

func scipySqrtm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var disp, blocksize eval.Value
	if err := c.Unpack(&a, &disp, &blocksize); err != nil {
		return nil, err
	}
	scipyDeprecated(c, disp, "disp")
	scipyDeprecated(c, blocksize, "blocksize")
	x, singular, ill, err := linalg.Sqrtm(a)
	if err != nil {
		return nil, c.Err(a, err)
	}
	// SciPy returns early (without the estimate) for one element, an
	// empty array and 1×1 matrices.
	if a.Size() <= 1 || a.Shape()[a.Ndim()-1] == 1 {
		return c.Wrap(x), nil
	}
	switch {
	case singular:
		c.th.Warn("LinAlgWarning", "Matrix is singular. The result might be inaccurate or the array might not have a square root.")
	case ill:
		c.th.Warn("LinAlgWarning", "Matrix is ill-conditioned. The result might be inaccurate or the array might not have a square root.")
	}
	if disp != eval.False {
		return c.Wrap(x), nil
	}
	v, pyFloat, ws := linalg.SqrtmResidual(x, a)
	warn(c.th, ws)
	if pyFloat {
		return eval.Tuple{c.Wrap(x), eval.Float(v)}, nil
	}
	sv, _ := linalg.Scalar(v)
	return eval.Tuple{c.Wrap(x), c.Wrap(sv)}, nil
}

// scipyFunmErr is funm's error estimate as the Python value SciPy gives.
func scipyFunmErr(c *Call, e linalg.FunmErr) eval.Value {
	switch e.Kind {
	case linalg.FunmInt:
		return eval.Int(1)
	case linalg.FunmFloat:
		return eval.Float(e.V)
	}
	v, _ := linalg.Scalar(e.V)
	return c.Wrap(v)
}

// scipyBoolMatfunc refuses boolean input, which SciPy's Schur-based
// functions compute in float32, a dtype golinalg lacks.
func scipyBoolMatfunc(c *Call, a *linalg.Array) error {
	if a.DType() == linalg.Bool {
		return c.notSupported("a boolean A (SciPy computes it in float32)")
	}
	return nil
}

func scipyFunm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var fn eval.Value
	var disp bool
	if err := c.Unpack(&a, &fn, &disp); err != nil {
		return nil, err
	}
	if err := scipyBoolMatfunc(c, a); err != nil {
		return nil, err
	}
	f := func(d *linalg.Array) (*linalg.Array, error) {
		r, err := eval.Call(c.th, fn, []eval.Value{c.array(d)}, nil)
		if err != nil {
			return nil, err
		}
		return c.in.arrayArg(c.th, r)
	}
	var errs []eval.Value
	r, err := linalg.MatfuncBatch(a, "funm", func(m *linalg.Array) ([]*linalg.Array, error) {
		x, e, err := linalg.Funm(m, f)
		if err != nil {
			return nil, err
		}
		if disp && e.V > 1000*0x1p-52 {
			c.th.Print("funm result may be inaccurate, approximate err = " + eval.Str(scipyFunmErr(c, e)) + "\n")
		}
		ev, _ := linalg.Scalar(e.V)
		errs = append(errs, scipyFunmErr(c, e))
		return []*linalg.Array{x, ev}, nil
	})
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if disp {
		return c.Wrap(r[0]), nil
	}
	if a.Ndim() <= 2 {
		return eval.Tuple{c.Wrap(r[0]), errs[0]}, nil
	}
	// _apply_over_batch gives a stack's results as a list.
	return eval.NewList([]eval.Value{c.Wrap(r[0]), c.Wrap(r[1])}), nil
}

func scipySignm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var dispV eval.Value
	if err := c.Unpack(&a, &dispV); err != nil {
		return nil, err
	}
	disp := isObjectSentinel(dispV) || dispV.Truth()
	var errs []eval.Value
	pairs := true
	r, err := linalg.MatfuncBatch(a, "signm", func(m *linalg.Array) ([]*linalg.Array, error) {
		// _apply_over_batch calls signm, which warns, once per matrix.
		scipyDeprecated(c, dispV, "disp")
		if err := scipyBoolMatfunc(c, m); err != nil {
			return nil, err
		}
		x, e, iterated, ws, err := linalg.Signm(m)
		warn(c.th, ws)
		if err != nil {
			return nil, err
		}
		if !iterated {
			pairs = false
			return []*linalg.Array{x, nil}, nil
		}
		const errtol = 1e3 * 0x1p-52
		if disp && !(e.V < errtol) {
			c.th.Print("signm result may be inaccurate, approximate err = " + eval.Str(eval.Float(e.V)) + "\n")
		}
		ev, _ := linalg.Scalar(e.V)
		errs = append(errs, eval.Float(e.V))
		return []*linalg.Array{x, ev}, nil
	})
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if disp || !pairs {
		return c.Wrap(r[0]), nil
	}
	if a.Ndim() <= 2 {
		return eval.Tuple{c.Wrap(r[0]), errs[0]}, nil
	}
	return eval.Tuple{c.Wrap(r[0]), c.Wrap(r[1])}, nil
}

// LogmExactlySingularWarning and LogmNearlySingularWarning are the
// warnings of scipy.linalg._matfuncs_inv_ssq (UserWarning subclasses).
func scipyLogm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var dispV eval.Value
	if err := c.Unpack(&a, &dispV); err != nil {
		return nil, err
	}
	disp := isObjectSentinel(dispV) || dispV.Truth()
	var errs []eval.Value
	r, err := linalg.MatfuncBatch(a, "logm", func(m *linalg.Array) ([]*linalg.Array, error) {
		// _apply_over_batch calls logm, which warns, once per matrix.
		scipyDeprecated(c, dispV, "disp")
		if m.DType() == linalg.Bool && m.Ndim() == 2 {
			if u, _ := linalg.Triu(m, 0); !linalg.ArrayEqual(u, m) {
				return nil, c.notSupported("a boolean A that is not triangular (SciPy computes it in float32)")
			}
		}
		f, ws, err := linalg.Logm(m)
		warn(c.th, ws)
		if err != nil {
			return nil, err
		}
		e, err := linalg.LogmErrest(m, f)
		if err != nil {
			return nil, err
		}
		if disp && !(e < 1000*0x1p-52) {
			c.th.Warn("RuntimeWarning", "logm result may be inaccurate, approximate err = "+eval.Str(eval.Float(e)))
		}
		ev, _ := linalg.Scalar(e)
		errs = append(errs, c.Wrap(ev))
		return []*linalg.Array{f, ev}, nil
	})
	if err != nil {
		if _, ok := err.(*eval.Exception); ok {
			return nil, err
		}
		return nil, c.Err(nil, err)
	}
	if disp {
		return c.Wrap(r[0]), nil
	}
	if a.Ndim() <= 2 {
		return eval.Tuple{c.Wrap(r[0]), errs[0]}, nil
	}
	return eval.Tuple{c.Wrap(r[0]), c.Wrap(r[1])}, nil
}

func scipyFracPow(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var tv eval.Value
	if err := c.Unpack(&a, &tv); err != nil {
		return nil, err
	}
	t, err := eval.ToFloat(tv)
	if err != nil {
		// SciPy's first use of t is int(t).
		if s, ok := tv.(eval.String); ok {
			return nil, eval.NewError(eval.ValueError, "invalid literal for int() with base 10: %s", eval.Repr(s))
		}
		return nil, eval.NewError(eval.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", tv.Type())
	}
	if err := scipyBoolMatfunc(c, a); err != nil {
		return nil, err
	}
	r, err := linalg.MatfuncBatch(a, "fractional_matrix_power", func(m *linalg.Array) ([]*linalg.Array, error) {
		x, err := linalg.FractionalMatrixPower(m, t)
		return []*linalg.Array{x}, err
	})
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(r[0]), nil
}
