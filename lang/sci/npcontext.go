package sci

import (
	"fmt"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// printOptionsOrder is the positional order of np.set_printoptions and
// np.printoptions arguments.
var printOptionsOrder = []string{"precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode"}

// errKinds are the floating-point error categories of np.errstate, in
// NumPy's order.
var errKinds = []string{"divide", "over", "under", "invalid"}

// ctxObject is a context manager implemented by Go closures.
type ctxObject struct {
	repr  string
	typ   string
	enter func(th *eval.Thread) (eval.Value, error)
	exit  func(th *eval.Thread)
	id    uint64
}

var ctxCount uint64

func (c *ctxObject) String() string {
	return fmt.Sprintf("<%s object at 0x7f%010x>", c.repr, 0x2000000+c.id*0x40)
}
func (c *ctxObject) Type() string                              { return c.typ }
func (*ctxObject) Truth() bool                                 { return true }
func (c *ctxObject) Enter(th *eval.Thread) (eval.Value, error) { return c.enter(th) }
func (c *ctxObject) Exit(th *eval.Thread, _ *eval.Exception) (bool, error) {
	c.exit(th)
	return false, nil
}

// addNumpyContext adds np.printoptions, np.get_printoptions, np.errstate,
// np.seterr and np.geterr to the numpy module m.
func (in *lib) addNumpyContext(m *eval.Module) {
	def := func(name string, fn npFn) { m.Attrs()[name] = eval.NewBuiltin(name, fn) }
	def("get_printoptions", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		if err := eval.ExactArgs("get_printoptions", args, kwargs, 0); err != nil {
			return nil, err
		}
		return in.printOptionsDict(), nil
	})
	def("printoptions", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		if len(args) > len(printOptionsOrder) {
			return nil, eval.NewError(eval.TypeError, "printoptions() takes from 0 to %d positional arguments but %d were given", len(printOptionsOrder), len(args))
		}
		kw := make([]eval.Kwarg, 0, len(args)+len(kwargs))
		for i, a := range args {
			kw = append(kw, eval.Kwarg{Name: printOptionsOrder[i], Value: a})
		}
		kw = append(kw, kwargs...)
		set := m.Attrs()["set_printoptions"]
		var saved = in.printOpts
		ctxCount++
		return &ctxObject{repr: "contextlib._GeneratorContextManager", typ: "_GeneratorContextManager", id: ctxCount,
			enter: func(th *eval.Thread) (eval.Value, error) {
				saved = in.printOpts
				if _, err := eval.Call(th, set, nil, kw); err != nil {
					in.printOpts = saved
					return nil, err
				}
				return in.printOptionsDict(), nil
			},
			exit: func(*eval.Thread) { in.printOpts = saved },
		}, nil
	})
	def("geterr", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		if err := eval.ExactArgs("geterr", args, kwargs, 0); err != nil {
			return nil, err
		}
		return in.errStateDict(), nil
	})
	def("seterr", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		modes, err := errModes("seterr", args, kwargs)
		if err != nil {
			return nil, err
		}
		old := in.errStateDict()
		in.applyErrModes(modes)
		return old, nil
	})
	def("errstate", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		modes, err := errModes("errstate.__init__", args, kwargs)
		if err != nil {
			return nil, err
		}
		var saved [4]string
		ctxCount++
		return &ctxObject{repr: "numpy.errstate", typ: "errstate", id: ctxCount,
			enter: func(*eval.Thread) (eval.Value, error) {
				saved = in.errState
				in.applyErrModes(modes)
				return eval.None, nil
			},
			exit: func(*eval.Thread) { in.errState = saved },
		}, nil
	})
}

// printOptionsDict is np.get_printoptions() for NumPy 2.
func (in *lib) printOptionsDict() *eval.Dict {
	o := in.printOpts
	d := eval.NewDict()
	for _, kv := range []struct {
		k string
		v eval.Value
	}{
		{"edgeitems", eval.Int(o.EdgeItems)}, {"threshold", eval.Int(o.Threshold)}, {"floatmode", eval.String(o.FloatMode)},
		{"precision", eval.Int(o.Precision)}, {"suppress", eval.Bool(o.Suppress)}, {"linewidth", eval.Int(o.Linewidth)},
		{"nanstr", eval.String("nan")}, {"infstr", eval.String("inf")}, {"sign", eval.String(o.Sign)},
		{"formatter", eval.None}, {"legacy", eval.False}, {"override_repr", eval.None},
	} {
		d.Set(eval.String(kv.k), kv.v)
	}
	return d
}

// errStateDict is np.geterr().
func (in *lib) errStateDict() *eval.Dict {
	d := eval.NewDict()
	for i, k := range errKinds {
		d.Set(eval.String(k), eval.String(in.errMode(i)))
	}
	return d
}

// errMode is the mode of error category i (an index into errKinds), with
// NumPy's defaults.
func (in *lib) errMode(i int) string {
	if m := in.errState[i]; m != "" {
		return m
	}
	if errKinds[i] == "under" {
		return "ignore"
	}
	return "warn"
}

// errModes parses the keyword arguments of np.errstate and np.seterr
// (all, divide, over, under, invalid) into modes per category ("" where
// unchanged).
func errModes(fname string, args []eval.Value, kwargs []eval.Kwarg) ([4]string, error) {
	var modes [4]string
	if len(args) > 0 {
		return modes, eval.NewError(eval.TypeError, "%s() takes 1 positional argument but %d were given", fname, len(args)+1)
	}
	var all string
	for _, kw := range kwargs {
		i := -1
		for j, k := range errKinds {
			if kw.Name == k {
				i = j
			}
		}
		if i < 0 && kw.Name != "all" || kw.Name == "call" {
			return modes, eval.NewError(eval.TypeError, "%s() got an unexpected keyword argument '%s'", fname, kw.Name)
		}
		if kw.Value == eval.None {
			continue
		}
		s, ok := kw.Value.(eval.String)
		mode := string(s)
		switch {
		case !ok:
			return modes, eval.NewError(eval.ValueError, "invalid error mode %s", eval.Repr(kw.Value))
		case mode == "ignore" || mode == "warn" || mode == "print" || mode == "log":
		case mode == "raise" || mode == "call":
			return modes, eval.NewError(eval.NotImplementedError, "np.%s(%s='%s') is not supported by golinalg", strings.TrimSuffix(fname, ".__init__"), kw.Name, mode)
		default:
			return modes, eval.NewError(eval.ValueError, "invalid error mode %s", eval.Repr(kw.Value))
		}
		if i < 0 {
			all = mode
		} else {
			modes[i] = mode
		}
	}
	if all != "" {
		for i := range modes {
			if modes[i] == "" {
				modes[i] = all
			}
		}
	}
	return modes, nil
}

func (in *lib) applyErrModes(modes [4]string) {
	for i, m := range modes {
		if m != "" {
			in.errState[i] = m
		}
	}
}

// warnAllowed reports whether a NumPy RuntimeWarning passes the current
// error state: "divide by zero encountered ..." belongs to divide,
// "overflow ..." to over, "underflow ..." to under and "invalid value ..."
// to invalid; other warnings always pass.
func (in *lib) warnAllowed(w linalg.Warning) bool {
	if w.Category != "RuntimeWarning" {
		return true
	}
	for i, prefix := range []string{"divide by zero encountered", "overflow encountered", "underflow encountered", "invalid value encountered"} {
		if strings.HasPrefix(w.Msg, prefix) {
			return in.errMode(i) != "ignore"
		}
	}
	return true
}
