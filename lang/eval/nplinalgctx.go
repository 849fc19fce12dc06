package eval

import (
	"context"
	"errors"

	"github.com/golinalg/golinalg/linalg"
)

// numpy.linalg functions whose large factorisations poll for an interrupt:
// they get the thread's context, and a computation stopped by it raises
// KeyboardInterrupt as the interpreter does between statements.

// linalgCtxErr is linalgErr for the Context functions of linalg.
func (in *Interpreter) linalgCtxErr(th *Thread, fn string, a *linalg.Array, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		if e := th.poll(); e != nil {
			return e
		}
	}
	return in.linalgErr(th, fn, a, err)
}

// linalgCtx1 is the builtin np.linalg.name(a) for f with one result.
func (in *Interpreter) linalgCtx1(name string, f func(context.Context, *linalg.Array) (*linalg.Array, error)) *Builtin {
	return in.linalgCtx(name, func(ctx context.Context, a *linalg.Array) (Value, error) {
		r, err := f(ctx, a)
		if err != nil {
			return nil, err
		}
		return in.wrapScalar(r), nil
	})
}

// linalgCtx2 is the builtin np.linalg.name(a) for f with two results,
// returned as a tuple.
func (in *Interpreter) linalgCtx2(name string, f func(context.Context, *linalg.Array) (*linalg.Array, *linalg.Array, error)) *Builtin {
	return in.linalgCtx(name, func(ctx context.Context, a *linalg.Array) (Value, error) {
		p, q, err := f(ctx, a)
		if err != nil {
			return nil, err
		}
		return Tuple{in.wrapScalar(p), in.wrapScalar(q)}, nil
	})
}

func (in *Interpreter) linalgCtx(name string, f func(context.Context, *linalg.Array) (Value, error)) *Builtin {
	return NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var x Value
		if err := UnpackArgs(name, args, kwargs, "a", &x); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		r, err := f(th.ctx, a)
		if err != nil {
			return nil, in.linalgCtxErr(th, "np.linalg."+name, a, err)
		}
		return r, nil
	})
}
