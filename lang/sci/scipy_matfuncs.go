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
