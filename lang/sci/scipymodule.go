package sci

import (
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// LinAlgWarning is scipy.linalg.LinAlgWarning, the warning SciPy emits for
// ill-conditioned and exactly singular factorisations.
var LinAlgWarning = eval.NewExcClass("LinAlgWarning", "scipy.linalg", eval.RuntimeWarning)

// addSciPyLinalg installs scipy.linalg's own functions in m with SciPy
// 1.17's signatures and results (the upper Cholesky factor, QR's 'full'
// mode, complex eigenvalues from eig, LU, Cholesky solves, expm,
// null_space, orth, solve's assume_a and its LinAlgWarning), replacing the
// numpy.linalg functions the module started from.
func (in *lib) addSciPyLinalg(m *eval.Module) {
	m.Attrs()["LinAlgWarning"] = LinAlgWarning
	fn := func(name string, f func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error)) {
		m.Attrs()[name] = eval.NewBuiltin(name, f)
	}
	// arr converts an argument and applies check_finite.
	arr := func(th *eval.Thread, v eval.Value, finite bool) (*linalg.Array, error) {
		a, err := in.arrayArg(th, v)
		if err != nil {
			return nil, err
		}
		if finite {
			if err := linalg.CheckFinite(a); err != nil {
				return nil, pyErr(th, "", nil, err)
			}
		}
		return a.AsArray(), nil
	}
	wrap := func(a *linalg.Array) eval.Value { return in.wrapScalar(a) }

	fn("cholesky", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		lower, overwrite, finite := false, false, true
		if err := eval.UnpackArgs("cholesky", args, kwargs, "a", &x, "lower?", &lower, "overwrite_a?", &overwrite, "check_finite?", &finite); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		r, err := linalg.SciPyCholesky(a, lower)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.cholesky", a, err)
		}
		return wrap(r), nil
	})
	fn("cho_factor", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		lower, overwrite, finite := false, false, true
		if err := eval.UnpackArgs("cho_factor", args, kwargs, "a", &x, "lower?", &lower, "overwrite_a?", &overwrite, "check_finite?", &finite); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		r, err := linalg.SciPyChoFactor(a, lower)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.cho_factor", a, err)
		}
		return eval.Tuple{wrap(r), eval.Bool(lower)}, nil
	})
	fn("cho_solve", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var cl, y eval.Value
		overwrite, finite := false, true
		if err := eval.UnpackArgs("cho_solve", args, kwargs, "c_and_lower", &cl, "b", &y, "overwrite_b?", &overwrite, "check_finite?", &finite); err != nil {
			return nil, err
		}
		c, lower, err := in.pairArg(th, cl, "c_and_lower")
		if err != nil {
			return nil, err
		}
		ca, err := arr(th, c, finite)
		if err != nil {
			return nil, err
		}
		b, err := arr(th, y, finite)
		if err != nil {
			return nil, err
		}
		r, err := linalg.SciPyChoSolve(ca, lower.Truth(), b)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.cho_solve", ca, err)
		}
		return wrap(r), nil
	})
	fn("lu", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		permuteL, overwrite, finite, pIdx := false, false, true, false
		if err := eval.UnpackArgs("lu", args, kwargs, "a", &x, "permute_l?", &permuteL, "overwrite_a?", &overwrite, "check_finite?", &finite, "p_indices?", &pIdx); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		p, l, u, err := linalg.SciPyLU(a, permuteL, pIdx)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.lu", a, err)
		}
		if permuteL {
			return eval.Tuple{wrap(p), wrap(l)}, nil
		}
		return eval.Tuple{wrap(p), wrap(l), wrap(u)}, nil
	})
	fn("lu_factor", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		overwrite, finite := false, true
		if err := eval.UnpackArgs("lu_factor", args, kwargs, "a", &x, "overwrite_a?", &overwrite, "check_finite?", &finite); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		lu, piv, ws, err := linalg.SciPyLUFactor(a)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.lu_factor", a, err)
		}
		warn(th, ws)
		return eval.Tuple{wrap(lu), wrap(piv)}, nil
	})
	fn("lu_solve", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var lp, y eval.Value
		trans := 0
		overwrite, finite := false, true
		if err := eval.UnpackArgs("lu_solve", args, kwargs, "lu_and_piv", &lp, "b", &y, "trans?", &trans, "overwrite_b?", &overwrite, "check_finite?", &finite); err != nil {
			return nil, err
		}
		luv, pv, err := in.pairArg(th, lp, "lu_and_piv")
		if err != nil {
			return nil, err
		}
		lu, err := arr(th, luv, finite)
		if err != nil {
			return nil, err
		}
		piv, err := arr(th, pv, false)
		if err != nil {
			return nil, err
		}
		b, err := arr(th, y, finite)
		if err != nil {
			return nil, err
		}
		r, err := linalg.SciPyLUSolve(lu, piv, b, trans)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.lu_solve", lu, err)
		}
		return wrap(r), nil
	})
	fn("solve_triangular", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, y, tr eval.Value = nil, nil, eval.Int(0)
		lower, unit, overwrite, finite := false, false, false, true
		if err := eval.UnpackArgs("solve_triangular", args, kwargs, "a", &x, "b", &y, "trans?", &tr, "lower?", &lower, "unit_diagonal?", &unit, "overwrite_b?", &overwrite, "check_finite?", &finite); err != nil {
			return nil, err
		}
		trans := -1
		switch t := tr.(type) {
		case eval.String:
			trans = map[string]int{"N": 0, "T": 1, "C": 2}[string(t)]
			if _, ok := map[string]int{"N": 0, "T": 1, "C": 2}[string(t)]; !ok {
				trans = -1
			}
		default:
			i, err := eval.ToIndex(tr, "")
			if err != nil {
				return nil, err
			}
			trans = i
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		b, err := arr(th, y, finite)
		if err != nil {
			return nil, err
		}
		r, err := linalg.SolveTriangular(a, b, trans, lower, unit)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.solve_triangular", a, err)
		}
		return wrap(r), nil
	})
	fn("solve", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, y, assume eval.Value = nil, nil, eval.None
		lower, owa, owb, finite, transposed := false, false, false, true, false
		if err := eval.UnpackArgs("solve", args, kwargs, "a", &x, "b", &y, "lower?", &lower, "overwrite_a?", &owa, "overwrite_b?", &owb, "check_finite?", &finite, "assume_a?", &assume, "transposed?", &transposed); err != nil {
			return nil, err
		}
		as := ""
		if assume != eval.None {
			s, ok := assume.(eval.String)
			if !ok {
				return nil, eval.NewError(eval.ValueError, "%s is not a recognized matrix structure", assume.String())
			}
			as = string(s)
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		b, err := in.arrayArg(th, y)
		if err != nil {
			return nil, err
		}
		r, ws, err := linalg.SciPySolveOpts(a, b, as, lower, transposed)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.solve", a, err)
		}
		warn(th, ws)
		return wrap(r), nil
	})
	fn("qr", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, lwork eval.Value = nil, eval.None
		mode := "full"
		overwrite, pivoting, finite := false, false, true
		if err := eval.UnpackArgs("qr", args, kwargs, "a", &x, "overwrite_a?", &overwrite, "lwork?", &lwork, "mode?", &mode, "pivoting?", &pivoting, "check_finite?", &finite); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		q, r, p, tau, err := linalg.SciPyQR(a, mode, pivoting)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.qr", a, err)
		}
		var out eval.Tuple
		switch mode {
		case "r":
		case "raw":
			out = eval.Tuple{eval.Tuple{wrap(q), wrap(tau)}}
		default:
			out = eval.Tuple{wrap(q)}
		}
		out = append(out, wrap(r))
		if pivoting {
			out = append(out, wrap(p))
		}
		return out, nil
	})
	fn("svd", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		full, uv, overwrite, finite := true, true, false, true
		driver := "gesdd"
		if err := eval.UnpackArgs("svd", args, kwargs, "a", &x, "full_matrices?", &full, "compute_uv?", &uv, "overwrite_a?", &overwrite, "check_finite?", &finite, "lapack_driver?", &driver); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		if a.Ndim() < 2 {
			return nil, eval.NewError(eval.ValueError, "expected matrix")
		}
		if driver != "gesdd" && driver != "gesvd" {
			return nil, eval.NewError(eval.ValueError, "lapack_driver must be \"gesdd\" or \"gesvd\", not \"%s\"", driver)
		}
		if a.DType() != linalg.Complex128 {
			a = a.AsType(linalg.Float64)
		}
		if !uv {
			s, err := linalg.SVDVals(a)
			if err != nil {
				return nil, pyErr(th, "scipy.linalg.svd", a, err)
			}
			return wrap(s), nil
		}
		u, s, vh, err := linalg.SVD(a, full)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.svd", a, err)
		}
		return eval.Tuple{wrap(u), wrap(s), wrap(vh)}, nil
	})
	fn("pinv", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, atol, rtol eval.Value = nil, eval.None, eval.None
		retRank, finite := false, true
		if err := eval.UnpackArgs("pinv", args, kwargs, "a", &x, "*", "atol?", &atol, "rtol?", &rtol, "return_rank?", &retRank, "check_finite?", &finite); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		var at, rt float64
		if atol != eval.None {
			if at, err = eval.ToFloat(atol); err != nil {
				return nil, err
			}
		}
		if rtol != eval.None {
			if rt, err = eval.ToFloat(rtol); err != nil {
				return nil, err
			}
		}
		r, rank, err := linalg.SciPyPinv(a, at, rt, atol != eval.None, rtol != eval.None)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.pinv", a, err)
		}
		if retRank {
			rk, _ := linalg.Scalar(int64(rank))
			return eval.Tuple{wrap(r), wrap(rk)}, nil
		}
		return wrap(r), nil
	})
	eig := func(name string, vectors bool) {
		fn(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x, b eval.Value = nil, eval.None
			left, right, owa, owb, finite, homog := false, true, false, false, true, false
			var err error
			if vectors {
				err = eval.UnpackArgs(name, args, kwargs, "a", &x, "b?", &b, "left?", &left, "right?", &right, "overwrite_a?", &owa, "overwrite_b?", &owb, "check_finite?", &finite, "homogeneous_eigvals?", &homog)
			} else {
				err = eval.UnpackArgs(name, args, kwargs, "a", &x, "b?", &b, "overwrite_a?", &owa, "check_finite?", &finite, "homogeneous_eigvals?", &homog)
				right = false
			}
			if err != nil {
				return nil, err
			}
			if b != eval.None {
				return nil, eval.NewError(eval.NotImplementedError, "scipy.linalg.%s with b (the generalised eigenproblem) is not supported by golinalg yet", name)
			}
			if homog {
				return nil, eval.NewError(eval.NotImplementedError, "homogeneous_eigvals is not supported by golinalg yet")
			}
			a, err := arr(th, x, finite)
			if err != nil {
				return nil, err
			}
			w, vl, vr, err := linalg.SciPyEig(a, left, right)
			if err != nil {
				return nil, pyErr(th, "scipy.linalg."+name, a, err)
			}
			if !left && !right {
				return wrap(w), nil
			}
			out := eval.Tuple{wrap(w)}
			if left {
				out = append(out, wrap(vl))
			}
			if right {
				out = append(out, wrap(vr))
			}
			return out, nil
		})
	}
	eig("eig", true)
	eig("eigvals", false)
	eigh := func(name string, valsOnly bool) {
		fn(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x, b, subset, subsetV, driver eval.Value = nil, eval.None, eval.None, eval.None, eval.None
			lower, only, owa, owb, finite := true, valsOnly, false, false, true
			typ := 1
			spec := []any{"a", &x, "b?", &b, "*", "lower?", &lower}
			if !valsOnly {
				spec = append(spec, "eigvals_only?", &only)
			}
			spec = append(spec, "overwrite_a?", &owa, "overwrite_b?", &owb, "type?", &typ, "check_finite?", &finite, "subset_by_index?", &subset, "subset_by_value?", &subsetV, "driver?", &driver)
			if err := eval.UnpackArgs(name, args, kwargs, spec...); err != nil {
				return nil, err
			}
			if subsetV != eval.None || typ != 1 {
				return nil, eval.NewError(eval.NotImplementedError, "scipy.linalg.%s with subset_by_value or type != 1 is not supported by golinalg yet", name)
			}
			a, err := arr(th, x, finite)
			if err != nil {
				return nil, err
			}
			var ba *linalg.Array
			if b != eval.None {
				if ba, err = arr(th, b, finite); err != nil {
					return nil, err
				}
			}
			lo, hi := 0, -1
			if subset != eval.None {
				ix, err := intList([]eval.Value{subset})
				if err != nil || len(ix) != 2 {
					return nil, eval.NewError(eval.ValueError, "subset_by_index must be a pair of integers")
				}
				lo, hi = ix[0], ix[1]
				if hi < 0 {
					return nil, eval.NewError(eval.ValueError, "Requested eigenvalue indices are not valid. Valid range is [0, %d] and start <= end, but start=%d, end=%d is given", a.Shape()[a.Ndim()-1]-1, lo, hi)
				}
			}
			w, v, err := linalg.SciPyEigh(a, ba, lower, lo, hi)
			if err != nil {
				return nil, pyErr(th, "scipy.linalg."+name, a, err)
			}
			if only {
				return wrap(w), nil
			}
			return eval.Tuple{wrap(w), wrap(v)}, nil
		})
	}
	eigh("eigh", false)
	eigh("eigvalsh", true)
	fn("expm", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		if err := eval.UnpackArgs("expm", args, kwargs, "A", &x); err != nil {
			return nil, err
		}
		a, err := arr(th, x, false)
		if err != nil {
			return nil, err
		}
		r, err := linalg.Expm(a)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.expm", a, err)
		}
		return wrap(r), nil
	})
	space := func(name string, f func(a *linalg.Array, rcond float64) (*linalg.Array, error)) {
		fn(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x, rc eval.Value = nil, eval.None
			var err error
			if name == "null_space" {
				owa, finite := false, true
				driver := "gesdd"
				err = eval.UnpackArgs(name, args, kwargs, "A", &x, "rcond?", &rc, "*", "overwrite_a?", &owa, "check_finite?", &finite, "lapack_driver?", &driver)
			} else {
				err = eval.UnpackArgs(name, args, kwargs, "A", &x, "rcond?", &rc)
			}
			if err != nil {
				return nil, err
			}
			a, err := arr(th, x, true)
			if err != nil {
				return nil, err
			}
			r := -1.0
			if rc != eval.None {
				if r, err = eval.ToFloat(rc); err != nil {
					return nil, err
				}
			}
			out, err := f(a, r)
			if err != nil {
				return nil, pyErr(th, "scipy.linalg."+name, a, err)
			}
			return wrap(out), nil
		})
	}
	space("null_space", linalg.NullSpace)
	space("orth", linalg.Orth)
	if base, ok := m.Attrs()["inv"].(*eval.Builtin); ok {
		fn("inv", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x, assume eval.Value = nil, eval.None
			owa, finite, lower := false, true, false
			if err := eval.UnpackArgs("inv", args, kwargs, "a", &x, "overwrite_a?", &owa, "check_finite?", &finite, "*", "assume_a?", &assume, "lower?", &lower); err != nil {
				return nil, err
			}
			as := ""
			if assume != eval.None {
				s, ok := assume.(eval.String)
				if !ok || (s != "general" && s != "gen" && s != "diagonal" && s != "upper triangular" && s != "lower triangular" && s != "pos" && s != "sym" && s != "her") {
					key := eval.Repr(assume)
					if ok {
						key = string(s) // KeyError's str() quotes it
					}
					return nil, eval.NewError(eval.KeyError, "%s", key)
				}
				as = string(s)
			}
			r, err := base.Call(th, []eval.Value{x}, nil)
			if err != nil {
				return nil, err
			}
			if a, ok, _ := in.toArray(th, x); ok {
				warn(th, linalg.SciPyInvWarnings(a, as, lower))
			}
			return r, nil
		})
	}
	fn("lstsq", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, y, cond, driver eval.Value = nil, nil, eval.None, eval.None
		owa, owb, finite := false, false, true
		if err := eval.UnpackArgs("lstsq", args, kwargs, "a", &x, "b", &y, "cond?", &cond, "overwrite_a?", &owa, "overwrite_b?", &owb, "check_finite?", &finite, "lapack_driver?", &driver); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		b, err := arr(th, y, finite)
		if err != nil {
			return nil, err
		}
		// gelsd's default rcond is the machine precision.
		rc := 0x1p-52
		if cond != eval.None {
			if rc, err = eval.ToFloat(cond); err != nil {
				return nil, err
			}
		}
		if a.Ndim() != 2 {
			return nil, eval.NewError(eval.ValueError, "Input array a should be 2D")
		}
		if b.Ndim() == 0 || b.Shape()[0] != a.Shape()[0] {
			return nil, eval.NewError(eval.ValueError, "Shape mismatch: a and b should have the same number of rows (%d != %d).", a.Shape()[0], b.Shape()[0])
		}
		sol, res, rank, sv, err := linalg.Lstsq(a, b, rc)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.lstsq", a, err)
		}
		if b.Ndim() == 1 && res.Size() == 1 {
			res, _ = res.Reshape(nil)
		}
		return eval.Tuple{wrap(sol), wrap(res), eval.Int(rank), wrap(sv)}, nil
	})
	fn("svdvals", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		owa, finite := false, true
		if err := eval.UnpackArgs("svdvals", args, kwargs, "a", &x, "overwrite_a?", &owa, "check_finite?", &finite); err != nil {
			return nil, err
		}
		a, err := arr(th, x, finite)
		if err != nil {
			return nil, err
		}
		if a.Ndim() < 2 {
			return nil, eval.NewError(eval.ValueError, "expected matrix")
		}
		s, err := linalg.SVDVals(a)
		if err != nil {
			return nil, pyErr(th, "scipy.linalg.svdvals", a, err)
		}
		return wrap(s), nil
	})
	fn("norm", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		// scipy.linalg.norm(a, ord=None, axis=None, keepdims=False, check_finite=True)
		finite := true
		var rest []eval.Kwarg
		for _, kw := range kwargs {
			if kw.Name == "check_finite" {
				finite = kw.Value.Truth()
				continue
			}
			if kw.Name == "a" {
				kw.Name = "x"
			}
			rest = append(rest, kw)
		}
		if len(args) > 4 {
			finite = args[4].Truth()
			args = args[:4]
		}
		if finite && len(args) > 0 {
			if _, err := arr(th, args[0], true); err != nil {
				return nil, err
			}
		}
		return in.call(th, numpyLinalg.Func("norm"), "scipy.linalg.norm", args, rest)
	})
}

// pairArg unpacks a 2-tuple argument such as lu_and_piv or c_and_lower.
func (in *lib) pairArg(th *eval.Thread, v eval.Value, name string) (eval.Value, eval.Value, error) {
	var items []eval.Value
	switch t := v.(type) {
	case eval.Tuple:
		items = t
	case *eval.List:
		items = t.Elems()
	}
	if len(items) != 2 {
		return nil, nil, eval.NewError(eval.ValueError, "%s must be a pair", name)
	}
	return items[0], items[1], nil
}
