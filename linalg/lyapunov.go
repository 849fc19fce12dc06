package linalg

import "strings"

// SolveContinuousLyapunov is scipy.linalg.solve_continuous_lyapunov(a, q)
// (and its alias solve_lyapunov): the M×M matrix X with A·X + X·Aᴴ = Q, by
// Bartels–Stewart as SciPy computes it: the real Schur form A = U·R·Uᴴ
// reduces the equation to R·Y + Y·Rᴴ = Uᴴ·Q·U (trsyl with R on both
// sides) and X = U·Y·Uᴴ. 0-d and 1-d inputs are taken as one row
// (np.atleast_2d). When A has two eigenvalues whose sum is (nearly) zero
// the equation is singular: it is solved with perturbed pivots and a
// RuntimeWarning says so, as SciPy does. Errors:
//
//	ValueError "array must not contain infs or NaNs"
//	ValueError "Matrix a should be square."            (then q)
//	ValueError "Matrix a and q should have the same shape."
func SolveContinuousLyapunov(a, q *Array) (*Array, []Warning, error) {
	return overBatchesWarn("solve_continuous_lyapunov", []*Array{a, q}, func(m []*Array) (*Array, []Warning, error) {
		return continuousLyapunov(m[0], m[1])
	})
}

// warnLyapunovPerturbed is SciPy's warning for a singular continuous
// Lyapunov equation.
var warnLyapunovPerturbed = Warning{"RuntimeWarning", `Input "a" has an eigenvalue pair whose sum is very close to or exactly zero. The solution is obtained via perturbing the coefficients.`}

func continuousLyapunov(a, q *Array) (*Array, []Warning, error) {
	a, q = inexact(atLeast2D(a)), inexact(atLeast2D(q))
	for _, x := range []*Array{a, q} {
		if err := CheckFinite(x); err != nil {
			return nil, nil, err
		}
	}
	for i, x := range []*Array{a, q} {
		if x.shape[0] != x.shape[1] {
			return nil, nil, valueErr("Matrix %c should be square.", "aq"[i])
		}
	}
	if a.shape[0] != q.shape[0] {
		return nil, nil, valueErr("Matrix a and q should have the same shape.")
	}
	if a.Size() == 0 {
		z, err := Zeros(Promote(a.dtype, q.dtype), a.shape)
		return z, nil, err
	}
	r, u, _, err := Schur(a, "real", nil)
	if err != nil {
		return nil, nil, err
	}
	uh := hermT(u)
	f, err := MatMul(q, u)
	if err == nil {
		f, err = MatMul(uh, f)
	}
	if err != nil {
		return nil, nil, err
	}
	y, info, err := trsyl(r, r, f)
	if err != nil {
		return nil, nil, err
	}
	var warns []Warning
	if info == 1 {
		warns = []Warning{warnLyapunovPerturbed}
	}
	if y, err = MatMul(u, y); err == nil {
		y, err = MatMul(y, uh)
	}
	return y, warns, err
}

// SolveDiscreteLyapunov is scipy.linalg.solve_discrete_lyapunov(a, q,
// method): the M×M matrix X with A·X·Aᴴ − X + Q = 0. method "direct"
// solves the M²×M² system (I − A⊗Ā)·vec(X) = vec(Q) with
// scipy.linalg.solve; "bilinear" maps the equation to the continuous one
// B·X + X·Bᴴ = −C with B = (A − I)(A + I)⁻¹ and C = 2(Aᴴ + I)⁻¹·Q·(A + I)⁻¹
// (Popov 1964; Gajic and Qureshi, Lyapunov Matrix Equation in System
// Stability and Control, 2008) and solves that by Bartels–Stewart. An
// empty method (None) chooses "direct" below M = 10. The method name is
// matched without regard to case. The arrays are not validated beyond
// what those steps check, as in SciPy: their errors and warnings
// (solve's "A singular matrix detected: slice(s) [0] are singular.",
// numpy.linalg.inv's "Singular matrix", LinAlgWarning, reshape's
// ValueError) come through. Errors of its own:
//
//	ValueError "Unknown solver foo"
//	IndexError "tuple index out of range"     (0-d a)
func SolveDiscreteLyapunov(a, q *Array, method string) (*Array, []Warning, error) {
	return overBatchesWarn("solve_discrete_lyapunov", []*Array{a, q}, func(m []*Array) (*Array, []Warning, error) {
		a, q := m[0].AsArray(), m[1].AsArray()
		meth := method
		if meth == "" {
			if len(a.shape) == 0 {
				return nil, nil, indexErr("tuple index out of range")
			}
			meth = "direct"
			if a.shape[0] >= 10 {
				meth = "bilinear"
			}
		}
		switch strings.ToLower(meth) {
		case "direct":
			return discreteLyapunovDirect(a, q)
		case "bilinear":
			return discreteLyapunovBilinear(a, q)
		}
		return nil, nil, valueErr("Unknown solver %s", meth)
	})
}

// discreteLyapunovDirect: x = solve(I − kron(a, conj(a)), q.flatten()),
// reshaped to q's shape.
func discreteLyapunovDirect(a, q *Array) (*Array, []Warning, error) {
	ac, _, err := Unary(OpConj, a)
	if err != nil {
		return nil, nil, err
	}
	lhs, err := Kron(a, ac)
	if err != nil {
		return nil, nil, err
	}
	if len(lhs.shape) == 0 {
		return nil, nil, indexErr("tuple index out of range")
	}
	eye, err := Eye(Float64, lhs.shape[0], lhs.shape[0], 0)
	if err != nil {
		return nil, nil, err
	}
	if lhs, _, err = Binary(OpSub, eye, lhs); err != nil {
		return nil, nil, err
	}
	x, warns, err := SciPySolveOpts(lhs, q.Flatten(), "", false, false)
	if err != nil {
		return nil, nil, err
	}
	x, err = x.Reshape(q.shape)
	return x, warns, err
}

// discreteLyapunovBilinear is SciPy's _solve_discrete_lyapunov_bilinear,
// with numpy.linalg.inv and np.dot for its steps.
func discreteLyapunovBilinear(a, q *Array) (*Array, []Warning, error) {
	if len(a.shape) == 0 {
		return nil, nil, indexErr("tuple index out of range")
	}
	eye, err := Eye(Float64, a.shape[0], a.shape[0], 0)
	if err != nil {
		return nil, nil, err
	}
	ah := hermT(a)
	step := func(op BinaryOp, x, y *Array) *Array {
		if err != nil {
			return nil
		}
		var r *Array
		r, _, err = Binary(op, x, y)
		return r
	}
	inv := func(x *Array) *Array {
		if err != nil {
			return nil
		}
		var r *Array
		r, err = Inv(x)
		return r
	}
	dot := func(x, y *Array) *Array {
		if err != nil {
			return nil
		}
		var r *Array
		r, err = Dot(x, y)
		return r
	}
	ahiInv := inv(step(OpAdd, ah, eye))
	b := dot(step(OpSub, ah, eye), ahiInv)
	two, _ := Scalar(2.0)
	c := step(OpMul, two, dot(dot(inv(step(OpAdd, a, eye)), q), ahiInv))
	if err != nil {
		return nil, nil, err
	}
	negC, err := Neg(c)
	if err != nil {
		return nil, nil, err
	}
	return continuousLyapunov(hermT(b), negC)
}
