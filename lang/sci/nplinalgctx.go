package sci

import (
	"context"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// numpy.linalg functions whose large factorisations poll for an interrupt:
// they get the thread's context, and a computation stopped by it raises
// KeyboardInterrupt as the interpreter does between statements.

// linalgCtx1 is the builtin np.linalg.name(a) for f with one result.
func (in *lib) linalgCtx1(name string, f func(context.Context, *linalg.Array) (*linalg.Array, error)) *eval.Builtin {
	return in.linalgCtx(name, func(ctx context.Context, a *linalg.Array) (eval.Value, error) {
		r, err := f(ctx, a)
		if err != nil {
			return nil, err
		}
		return in.wrapScalar(r), nil
	})
}

// linalgCtx2 is the builtin np.linalg.name(a) for f with two results,
// returned as a tuple.
func (in *lib) linalgCtx2(name string, f func(context.Context, *linalg.Array) (*linalg.Array, *linalg.Array, error)) *eval.Builtin {
	return in.linalgCtx(name, func(ctx context.Context, a *linalg.Array) (eval.Value, error) {
		p, q, err := f(ctx, a)
		if err != nil {
			return nil, err
		}
		return eval.Tuple{in.wrapScalar(p), in.wrapScalar(q)}, nil
	})
}

func (in *lib) linalgCtx(name string, f func(context.Context, *linalg.Array) (eval.Value, error)) *eval.Builtin {
	return eval.NewBuiltin(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		x, err := unpackOne(name, "a", args, kwargs)
		if err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		r, err := f(th.Context(), a)
		if err != nil {
			return nil, pyErr(th, "np.linalg."+name, a, err)
		}
		return r, nil
	})
}

// unpackOne is UnpackArgs for a built-in with the one required parameter
// param, without its allocations when the argument is positional.
func unpackOne(name, param string, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0], nil
	}
	var x eval.Value
	err := eval.UnpackArgs(name, args, kwargs, param, &x)
	return x, err
}

// npDet is np.linalg.det: a single real matrix of order up to 16 goes
// straight to linalg.DetSmall and a NumPy float64 scalar, without the 0-d
// array in between; anything else to linalg.DetContext.
func (in *lib) npDet() *eval.Builtin {
	base := in.linalgCtx1("det", linalg.DetContext)
	return eval.NewBuiltin("det", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			if x, ok := args[0].(*Array); ok {
				if d, ok := linalg.DetSmall(x.a); ok {
					return &NumpyScalar{v: d, d: linalg.Float64, in: in}, nil
				}
			}
		}
		return base.Call(th, args, kwargs)
	})
}

// npSlogdet is np.linalg.slogdet with npDet's shortcut for small real
// matrices.
func (in *lib) npSlogdet() *eval.Builtin {
	base := in.linalgCtx2("slogdet", linalg.SlogdetContext)
	return eval.NewBuiltin("slogdet", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			if x, ok := args[0].(*Array); ok {
				if s, l, ok := linalg.SlogdetSmall(x.a); ok {
					return slogdetResult.Make(&NumpyScalar{v: s, d: linalg.Float64, in: in}, &NumpyScalar{v: l, d: linalg.Float64, in: in}), nil
				}
			}
		}
		r, err := base.Call(th, args, kwargs)
		if t, ok := r.(eval.Tuple); ok {
			return slogdetResult.Make(t...), nil
		}
		return r, err
	})
}

// unpackTwo is unpackOne for the two required parameters p and q.
func unpackTwo(name, p, q string, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, eval.Value, error) {
	if len(args) == 2 && len(kwargs) == 0 {
		return args[0], args[1], nil
	}
	var x, y eval.Value
	err := eval.UnpackArgs(name, args, kwargs, p, &x, q, &y)
	return x, y, err
}
