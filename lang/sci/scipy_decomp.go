package sci

import (
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// scipyDecomp is the part of scipy.linalg in SciPy's _decomp_polar.py,
// _decomp_qr.py (rq, qr_multiply), _decomp_ldl.py, _decomp_cossin.py,
// _decomp_update.pyx and _decomp.py's banded and tridiagonal eigensolvers.
var scipyDecomp = []*Func{
	{Sig: "polar(a, side='right')", Py: true, Body: scipyBatch(scipyPolar, "a"), Doc: `Polar decomposition a == u @ p (side 'right') or a == p @ u (side 'left'), from the SVD a == w @ diag(s) @ vh: u = w @ vh has orthonormal columns (m >= n) or rows (m <= n), unitary when a is square, and p is Hermitian positive semidefinite, positive definite when a is nonsingular.

Parameters
----------
a : (m, n) array_like
    The matrix to factor.
side : {'right', 'left'}, optional
    Whether p multiplies u on the right (p is n×n) or on the left (p is m×m).

Returns
-------
u : (m, n) ndarray
    The unitary (or partial isometry) factor.
p : ndarray
    The Hermitian positive semidefinite factor, (n, n) or (m, m).

Raises
------
ValueError
    If side is not 'right' or 'left', or a is not 2-D.
LinAlgError
    If the SVD does not converge.`},
	{Sig: "rq(a, overwrite_a=False, lwork=None, mode='full', check_finite=True)", Py: true, Body: scipyBatch(scipyRq, "a"), Doc: `RQ factorisation a == R @ Q with R upper trapezoidal and Q unitary, by LAPACK's Householder method (gerqf, orgrq/ungrq), so R and Q carry LAPACK's signs.

Parameters
----------
a : (M, N) array_like
    Matrix to factor.
` + docOverwriteA + `
lwork : int, optional
    LAPACK's work array size in SciPy; accepted and ignored, since golinalg sizes its own workspace and the result does not depend on it.
mode : {'full', 'r', 'economic'}, optional
    'full' gives R of shape (M, N) and Q of (N, N); 'economic' R of (M, K) and Q of (K, N), K = min(M, N); 'r' returns R alone (not in a tuple).
` + docCheckFinite + `

Returns
-------
R : ndarray
    Upper trapezoidal (triangular) factor.
Q : ndarray
    Unitary factor, or orthonormal rows; absent for mode 'r'.

Raises
------
ValueError
    If mode is unknown or a is not 2-D.`},
	{Sig: "qr_multiply(a, c, mode='right', pivoting=False, conjugate=False, overwrite_a=False, overwrite_c=False)", Py: true, Body: scipyBatch(scipyQrMultiply, "a", "c"), Doc: `Multiply c by the Q of a's QR factorisation without forming Q: Q @ c (mode 'left') or c @ Q (mode 'right'), with LAPACK's reflectors (ormqr/unmqr).

Parameters
----------
a : (M, N) array_like
    Matrix whose QR factorisation gives Q.
c : array_like
    For 'left', K rows (K = min(M, N)), or M rows with overwrite_c; for 'right', M columns. A 1-d c is a column ('left') or a row ('right').
mode : {'left', 'right'}, optional
    Which side Q multiplies c from; 'right' keeps the first K columns of c @ Q.
pivoting : bool, optional
    Factor with column pivoting, a[:, P] == Q @ R, and return P too.
conjugate : bool, optional
    Use the complex conjugate of Q.
` + docOverwriteA + `
overwrite_c : bool, optional
    Lets SciPy reuse c's memory; for mode 'left' with M > N it also makes c (M rows) multiplied by the whole M×M Q. golinalg never modifies c.

Returns
-------
CQ : ndarray
    The product, of Q's dtype; 1-d for a 1-d c.
R : (K, N) ndarray
    The R of the factorisation, as qr's 'raw' mode gives it.
P : (N,) ndarray
    Column permutation, if pivoting.

Raises
------
ValueError
    If mode is unknown, the shapes do not match, or an input holds NaN or infinity.`},
}

// sciOverBatch is SciPy's _apply_over_batch decorator for the function
// named name: arrs are its array arguments (nil for None), core their
// core dimensions (-12 for '1|2': two when the array has two or more, one
// otherwise). Without batch dimensions f gets the arrays as they are and
// its results come back as one array or a tuple; with them, f runs for
// each index of the broadcast batch shape and its k-th results are
// stacked: one array, or a list of arrays when f gives several.
func (c *Call) sciOverBatch(name string, arrs []*linalg.Array, core []int, f func(ms []*linalg.Array) ([]*linalg.Array, error)) (eval.Value, error) {
	var batches [][]int
	var cores [][]int
	batched := false
	for i, a := range arrs {
		if a == nil {
			batches, cores = append(batches, nil), append(cores, nil)
			continue
		}
		k := core[i]
		if k == -12 {
			k = 1
			if a.Ndim() >= 2 {
				k = 2
			}
		}
		sh := a.Shape()
		cut := max(len(sh)-k, 0)
		batches, cores = append(batches, sh[:cut]), append(cores, sh[cut:])
		batched = batched || cut > 0
	}
	pack := func(rs []*linalg.Array, list bool) eval.Value {
		if len(rs) == 1 {
			return c.Wrap(rs[0])
		}
		vs := make([]eval.Value, len(rs))
		for i, r := range rs {
			vs[i] = c.Wrap(r)
		}
		if list {
			return eval.NewList(vs)
		}
		return eval.Tuple(vs)
	}
	if !batched {
		rs, err := f(arrs)
		if err != nil {
			return nil, err
		}
		return pack(rs, false), nil
	}
	var shapes [][]int
	for i, a := range arrs {
		if a != nil {
			shapes = append(shapes, batches[i])
		}
	}
	batch, err := broadcastShapes(shapes)
	if err != nil {
		return nil, err
	}
	nb := 1
	for _, d := range batch {
		nb *= d
	}
	if nb == 0 {
		return nil, eval.NewError(eval.ValueError, "`%s` does not support zero-size batches.", name)
	}
	flat := make([]*linalg.Array, len(arrs))
	for i, a := range arrs {
		if a == nil {
			continue
		}
		b, err := a.BroadcastTo(append(append([]int{}, batch...), cores[i]...))
		if err == nil {
			b, err = b.AsArray().Reshape(append([]int{nb}, cores[i]...))
		}
		if err != nil {
			return nil, c.Err(nil, err)
		}
		flat[i] = b
	}
	var parts [][]*linalg.Array
	for t := 0; t < nb; t++ {
		ms := make([]*linalg.Array, len(arrs))
		for i, a := range flat {
			if a != nil {
				m, err := a.Index([]linalg.IndexItem{linalg.Int(t)})
				if err != nil {
					return nil, c.Err(nil, err)
				}
				ms[i] = m.AsArray()
			}
		}
		rs, err := f(ms)
		if err != nil {
			return nil, err
		}
		if parts == nil {
			parts = make([][]*linalg.Array, len(rs))
		}
		for k, r := range rs {
			parts[k] = append(parts[k], r)
		}
	}
	out := make([]*linalg.Array, len(parts))
	for k, p := range parts {
		s, err := linalg.Stack(p, 0)
		if err == nil {
			s, err = s.Reshape(append(append([]int{}, batch...), p[0].Shape()...))
		}
		if err != nil {
			return nil, c.Err(nil, err)
		}
		out[k] = s
	}
	return pack(out, true), nil
}

// broadcastShapes is np.broadcast_shapes, with its message.
func broadcastShapes(shapes [][]int) ([]int, error) {
	out, err := linalg.BroadcastShapes(shapes...)
	if err == nil {
		return out, nil
	}
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	cur := make([]int, nd)
	owner := make([]int, nd)
	for k := range cur {
		cur[k], owner[k] = 1, -1
	}
	for i, s := range shapes {
		for k, d := range s {
			at := nd - len(s) + k
			switch {
			case d == 1 || d == cur[at]:
			case cur[at] == 1:
				cur[at], owner[at] = d, i
			default:
				return nil, eval.NewError(eval.ValueError, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg %d with shape %s and arg %d with shape %s.", owner[at], linalg.FormatShape(shapes[owner[at]]), i, linalg.FormatShape(s))
			}
		}
	}
	return nil, eval.NewError(eval.ValueError, "%s", strings.TrimPrefix(err.Error(), "ValueError: "))
}

func scipyPolar(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var side eval.Value
	if err := c.Unpack(&a, &side); err != nil {
		return nil, err
	}
	return c.sciOverBatch("polar", []*linalg.Array{a}, []int{2}, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		s, _ := side.(eval.String)
		if s != "right" && s != "left" {
			return nil, eval.NewError(eval.ValueError, "`side` must be either 'right' or 'left'")
		}
		u, p, err := linalg.Polar(ms[0], s == "right")
		if err != nil {
			return nil, c.Err(ms[0], err)
		}
		return []*linalg.Array{u, p}, nil
	})
}

func scipyRq(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var overwrite, check bool
	var lwork, modeV eval.Value
	if err := c.Unpack(&a, &overwrite, &lwork, &modeV, &check); err != nil {
		return nil, err
	}
	return c.sciOverBatch("rq", []*linalg.Array{a}, []int{2}, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		mode, _ := modeV.(eval.String)
		if mode != "full" && mode != "r" && mode != "economic" {
			return nil, eval.NewError(eval.ValueError, "Mode argument should be one of ['full', 'r', 'economic']")
		}
		a, err := scipyFinite(c, ms[0], check)
		if err != nil {
			return nil, err
		}
		r, q, err := linalg.RQ(a, string(mode))
		if err != nil {
			return nil, c.Err(a, err)
		}
		if mode == "r" {
			return []*linalg.Array{r}, nil
		}
		return []*linalg.Array{r, q}, nil
	})
}

func scipyQrMultiply(c *Call) (eval.Value, error) {
	var a, cm *linalg.Array
	var modeV eval.Value
	var pivoting, conjugate, owa, owc bool
	if err := c.Unpack(&a, &cm, &modeV, &pivoting, &conjugate, &owa, &owc); err != nil {
		return nil, err
	}
	return c.sciOverBatch("qr_multiply", []*linalg.Array{a, cm}, []int{2, -12}, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		mode, ok := modeV.(eval.String)
		if !ok || (mode != "left" && mode != "right") {
			return nil, eval.NewError(eval.ValueError, "Mode argument can only be 'left' or 'right' but not '%s'", eval.Str(modeV))
		}
		cc, err := scipyFinite(c, ms[1], true)
		if err != nil {
			return nil, err
		}
		cq, r, p, ws, err := linalg.QRMultiply(ms[0], cc, mode == "left", pivoting, conjugate, owc)
		if err != nil {
			return nil, c.Err(ms[0], err)
		}
		warn(c.th, ws)
		out := []*linalg.Array{cq, r}
		if pivoting {
			out = append(out, p)
		}
		return out, nil
	})
}
