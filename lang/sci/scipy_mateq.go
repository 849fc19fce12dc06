package sci

import (
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// scipyMatEq is the part of scipy.linalg in SciPy's _solvers.py: the
// Sylvester, Lyapunov and algebraic Riccati equation solvers.
// solve_lyapunov, SciPy's old name of solve_continuous_lyapunov, is the
// same function object there and here (scipyLinalg's Attrs).
var scipyMatEq = []*Func{
	{Sig: "solve_sylvester(a, b, q)", Py: true, Body: scipyBatch(scipySolveSylvester, "a", "b", "q"), Doc: `Solve the Sylvester equation a @ x + x @ b = q for x, by the Bartels–Stewart algorithm: the Schur forms of a and b.conj().T turn it into a (quasi-)triangular equation, solved block by block as LAPACK's trsyl does, and x is transformed back. Stacks of matrices are solved one by one.

Parameters
----------
a : (M, M) array_like
    Leading matrix of the equation.
b : (N, N) array_like
    Trailing matrix of the equation.
q : (M, N) array_like
    Right-hand side.

Returns
-------
x : (M, N) ndarray
    The solution. When a and -b share an eigenvalue the equation is singular, and x comes from perturbed pivots (huge entries), without a warning, as in SciPy.

Raises
------
ValueError
    If a or b is not square or holds NaN or infinity, or the shapes do not match.
LinAlgError
    If a Schur decomposition does not converge.`},
	{Sig: "solve_continuous_lyapunov(a, q)", Py: true, Body: scipyBatch(scipySolveContinuousLyapunov, "a", "q"), Doc: `Solve the continuous Lyapunov equation a @ x + x @ a.conj().T = q for x, by the Bartels–Stewart algorithm on the Schur form of a. solve_lyapunov is the same function.

Parameters
----------
a : (M, M) array_like
    Square matrix.
q : (M, M) array_like
    Right-hand side.

Returns
-------
x : (M, M) ndarray
    The solution. When two eigenvalues of a sum to (nearly) zero the equation is singular: x comes from perturbed pivots, with a RuntimeWarning.

Raises
------
ValueError
    If a or q is not square, their shapes differ, or they hold NaN or infinity.`},
	{Sig: "solve_discrete_lyapunov(a, q, method=None)", Py: true, Body: scipyBatch(scipySolveDiscreteLyapunov, "a", "q"), Doc: `Solve the discrete Lyapunov equation a @ x @ a.conj().T - x + q = 0 for x.

Parameters
----------
a, q : (M, M) array_like
    Square matrices of the same shape.
method : {'direct', 'bilinear'}, optional
    'direct' solves the M**2 × M**2 linear system (I - kron(a, a.conj())) @ x.ravel() = q.ravel(); 'bilinear' transforms the equation into a continuous Lyapunov equation (Popov's bilinear transformation) and solves that. None chooses 'direct' for M < 10, 'bilinear' otherwise.

Returns
-------
x : (M, M) ndarray
    The solution.

Raises
------
ValueError
    If method is unknown.
LinAlgError
    If the linear system (direct) or a + I (bilinear) is singular.`},
}

func scipySolveSylvester(c *Call) (eval.Value, error) {
	var a, b, q *linalg.Array
	if err := c.Unpack(&a, &b, &q); err != nil {
		return nil, err
	}
	x, err := linalg.SolveSylvester(a, b, q)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.array(x), nil
}

func scipySolveContinuousLyapunov(c *Call) (eval.Value, error) {
	var a, q *linalg.Array
	if err := c.Unpack(&a, &q); err != nil {
		return nil, err
	}
	return c.warned(linalg.SolveContinuousLyapunov(a, q))
}

func scipySolveDiscreteLyapunov(c *Call) (eval.Value, error) {
	var a, q *linalg.Array
	var mv eval.Value
	if err := c.Unpack(&a, &q, &mv); err != nil {
		return nil, err
	}
	method := ""
	if mv != eval.None {
		s, ok := mv.(eval.String)
		if !ok {
			// SciPy calls method.lower().
			return nil, eval.NewError(eval.AttributeError, "'%s' object has no attribute 'lower'", mv.Type())
		}
		method = string(s)
		if method == "" {
			return nil, eval.NewError(eval.ValueError, "Unknown solver ")
		}
	}
	return c.warned(linalg.SolveDiscreteLyapunov(a, q, method))
}

// warned returns a matrix equation's solution x as an ndarray after
// emitting its warnings, or maps err.
func (c *Call) warned(x *linalg.Array, ws []linalg.Warning, err error) (eval.Value, error) {
	if err != nil {
		return nil, c.Err(nil, err)
	}
	warn(c.th, ws)
	return c.array(x), nil
}

// scipySolveLyapunovAlias makes solve_lyapunov the function object
// solve_continuous_lyapunov is, as in SciPy.
func scipySolveLyapunovAlias(m *eval.Module) {
	m.Set("solve_lyapunov", m.Get("solve_continuous_lyapunov"))
}
