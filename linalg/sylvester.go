package linalg

import "slices"

// scipy.linalg's matrix equation solvers (SciPy's _solvers.py): the
// Sylvester equation and the continuous and discrete Lyapunov equations
// here and in lyapunov.go, the algebraic Riccati equations in riccati.go.
// Each takes the arguments SciPy takes after its _apply_over_batch
// decorator: arrays whose last two axes are the matrices, the leading
// axes broadcast against each other (overBatchesWarn).

// SolveSylvester is scipy.linalg.solve_sylvester(a, b, q): the M×N matrix
// X with A·X + X·B = Q, by the Bartels–Stewart algorithm (Bartels and
// Stewart, Comm. ACM 15(9), 1972) as SciPy computes it: the real Schur
// forms A = U·R·Uᵀ and Bᴴ = V·S·Vᴴ reduce the equation to
// R·Y + Y·Sᴴ = Uᴴ·Q·V, which is solved a block at a time (LAPACK's trsyl)
// and X = U·Y·Vᴴ. When a, b or q is complex the triangular solve is the
// complex one; like SciPy's ztrsyl call it reads R and S as triangular, so
// a real a or b with complex eigenvalues and a complex q give SciPy's
// (inexact) answer. When A and −B (nearly) share an eigenvalue the
// equation is solved with perturbed pivots, silently, as in SciPy. An
// empty a or b gives an uninitialised array shaped like q in SciPy;
// golinalg fills it with zeros. Errors:
//
//	ValueError  "array must not contain infs or NaNs"     (a or b)
//	ValueError  "expected square matrix"
//	ValueError  "shapes (3,3) and (2,2) not aligned: 3 (dim 1) != 2 (dim 0)"
//	LinAlgError "Schur form not found. Possibly ill-conditioned."
func SolveSylvester(a, b, q *Array) (*Array, error) {
	x, _, err := overBatchesWarn("solve_sylvester", []*Array{a, b, q}, func(m []*Array) (*Array, []Warning, error) {
		x, err := sylvester(m[0], m[1], m[2])
		return x, nil, err
	})
	return x, err
}

func sylvester(a, b, q *Array) (*Array, error) {
	a, b, q = inexact(a), inexact(b), inexact(q)
	d := Promote(Promote(a.dtype, b.dtype), q.dtype)
	if a.Size() == 0 || b.Size() == 0 {
		return Zeros(d, q.shape)
	}
	r, u, err := schurValidated(a)
	if err != nil {
		return nil, err
	}
	s, v, err := schurValidated(hermT(b))
	if err != nil {
		return nil, err
	}
	f, err := Dot(hermT(u), q)
	if err == nil {
		f, err = Dot(f, v)
	}
	if err != nil {
		return nil, err
	}
	y, _, err := trsyl(r, s, f)
	if err != nil {
		return nil, err
	}
	if y, err = Dot(u, y); err != nil {
		return nil, err
	}
	return Dot(y, hermT(v))
}

// schurValidated is scipy.linalg.schur(a, output='real') with its
// check_finite: the ValueError for NaN or infinity comes first.
func schurValidated(a *Array) (t, z *Array, err error) {
	if err := CheckFinite(a); err != nil {
		return nil, nil, err
	}
	t, z, _, err = Schur(a, "real", nil)
	return t, z, err
}

// trsyl solves R·Y + Y·op(S) = scale·F as SciPy's trsyl(r, s, f,
// tranb='C') call does and returns scale·Y: op(S) is Sᵀ and the real
// quasi-triangular solver is used when all three are real, else Sᴴ and
// the complex triangular one. info is 1 when pivots were perturbed. f
// must be 2-d (m, n), else f2py's ValueError.
func trsyl(r, s, f *Array) (y *Array, info int, err error) {
	m, n := r.shape[0], s.shape[0]
	if len(f.shape) == 1 && m == 1 && n == 1 {
		// f2py takes a 1-d c of one element for the 1×1 one and returns
		// it 1-d.
		f, _ = f.Reshape([]int{1, 1})
		y, info, err = trsyl(r, s, f)
		if err == nil {
			y, err = y.Reshape([]int{1})
		}
		return y, info, err
	}
	if len(f.shape) != 2 || f.shape[0] != m || f.shape[1] != n {
		// SciPy's f2py wrapper rejects a c of the wrong shape; the only
		// one that reaches it is a 1-d right-hand side of length m.
		return nil, 0, valueErr("1-th dimension must be %d but got 0 (not defined).\n", n)
	}
	if r.dtype == Complex128 || s.dtype == Complex128 || f.dtype == Complex128 {
		fy := f.AsType(Complex128).Complex128s()
		scale, info := trsylComplex(r.AsType(Complex128).Complex128s(), m, s.AsType(Complex128).Complex128s(), n, fy)
		if scale != 1 {
			for k := range fy {
				fy[k] *= complex(scale, 0)
			}
		}
		y, _ = NewComplex128([]int{m, n}, fy)
		return y, info, nil
	}
	fy := f.Float64s()
	scale, info := trsylReal(r.Float64s(), m, s.Float64s(), n, fy)
	if scale != 1 {
		for k := range fy {
			fy[k] *= scale
		}
	}
	y, _ = NewFloat64([]int{m, n}, fy)
	return y, info, nil
}

// hermT returns the conjugate transpose of a (a.conj().T).
func hermT(a *Array) *Array {
	if a.dtype != Complex128 {
		return a.T()
	}
	c, _, _ := Unary(OpConj, a) // cannot fail for complex128
	return c.T()
}

// overBatchesWarn is OverBatch for the matrix-equation solvers, whose
// arrays all have two core dimensions and which give one result and
// warnings; the warnings of all batches are gathered, each once.
func overBatchesWarn(name string, args []*Array, f func(m []*Array) (*Array, []Warning, error)) (*Array, []Warning, error) {
	core := make([]int, len(args))
	for i := range core {
		core[i] = 2
	}
	var warns []Warning
	out, err := OverBatch(name, args, core, func(m []*Array) ([]*Array, error) {
		x, ws, err := f(m)
		for _, w := range ws {
			if !slices.Contains(warns, w) {
				warns = append(warns, w)
			}
		}
		return []*Array{x}, err
	})
	if err != nil {
		return nil, nil, err
	}
	return out[0], warns, nil
}
