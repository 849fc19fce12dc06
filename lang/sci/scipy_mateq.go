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
	{Sig: "solve_continuous_are(a, b, q, r, e=None, s=None, balanced=True)", Py: true, Body: scipySolveContinuousARE, Doc: `Solve the continuous-time algebraic Riccati equation a.conj().T @ x + x @ a - x @ b @ inv(r) @ b.conj().T @ x + q = 0 for its stabilising solution x; with e or s, the generalized equation e^H x a + a^H x e - (e^H x b + s) inv(r) (b^H x e + s^H) + q = 0. The extended Hamiltonian pencil [[a, 0, b], [-q, -a^H, -s], [s^H, b^H, r]] - λ [[e, 0, 0], [0, e^H, 0], [0, 0, 0]] is (optionally) balanced, compressed by a QR factorisation and ordered by the QZ algorithm with its left-half-plane eigenvalues first (Van Dooren 1981; Arnold and Laub 1984); x comes from the stable deflating subspace.

Parameters
----------
` + docAREArgs + `

Returns
-------
x : (M, M) ndarray
    The Hermitian solution.

Raises
------
LinAlgError
    If the stable subspace of the pencil could not be isolated: "Failed to find a finite solution." or eigenvalues too close to the imaginary axis.
ValueError
    If the shapes do not fit, q or r is not Hermitian, r or e is numerically singular, or an input holds NaN or infinity.`},
	{Sig: "solve_discrete_are(a, b, q, r, e=None, s=None, balanced=True)", Py: true, Body: scipySolveDiscreteARE, Doc: `Solve the discrete-time algebraic Riccati equation a^H x a - x - (a^H x b) inv(r + b^H x b) (b^H x a) + q = 0 for its stabilising solution x; with e or s, the generalized equation a^H x a - e^H x e - (a^H x b + s) inv(r + b^H x b) (b^H x a + s^H) + q = 0. The extended symplectic pencil [[a, 0, b], [-q, e^H, -s], [s^H, 0, r]] - λ [[e, 0, 0], [0, a^H, 0], [0, -b^H, 0]] is (optionally) balanced, compressed by a QR factorisation and ordered by the QZ algorithm with its eigenvalues inside the unit circle first (Van Dooren 1981; Arnold and Laub 1984); x comes from the stable deflating subspace.

Parameters
----------
` + docAREArgs + `

Returns
-------
x : (M, M) ndarray
    The Hermitian solution.

Raises
------
LinAlgError
    If the stable subspace of the pencil could not be isolated: "Failed to find a finite solution." or eigenvalues too close to the unit circle.
ValueError
    If the shapes do not fit, q or r is not Hermitian, e is numerically singular, or an input holds NaN or infinity.`},
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

// docAREArgs documents the arguments of the algebraic Riccati equation
// solvers.
const docAREArgs = `a : (M, M) array_like
    Square matrix.
b : (M, N) array_like
    Input matrix.
q : (M, M) array_like
    Hermitian matrix.
r : (N, N) array_like
    Hermitian matrix (nonsingular for the continuous equation).
e : (M, M) array_like, optional
    Nonsingular matrix of the generalized equation; the identity when None.
s : (M, N) array_like, optional
    Cross term of the generalized equation; zero when None.
balanced : bool, optional
    Balance the pencil first (Benner's symplectic scaling by powers of 2).`

func scipySolveContinuousARE(c *Call) (eval.Value, error) {
	return scipySolveARE(c, linalg.SolveContinuousARE)
}

func scipySolveDiscreteARE(c *Call) (eval.Value, error) {
	return scipySolveARE(c, linalg.SolveDiscreteARE)
}

func scipySolveARE(c *Call, solve func(a, b, q, r, e, s *linalg.Array, balanced bool) (*linalg.Array, []linalg.Warning, error)) (eval.Value, error) {
	var a, b, q, r, e, s *linalg.Array
	var balanced bool
	if err := c.Unpack(&a, &b, &q, &r, &e, &s, &balanced); err != nil {
		return nil, err
	}
	return c.warned(solve(a, b, q, r, e, s, balanced))
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
