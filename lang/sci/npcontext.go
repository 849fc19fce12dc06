package sci

import (
	"fmt"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

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

// errModes reads the arguments all and kinds (divide, over, under,
// invalid) of np.errstate and np.seterr (named fname) into modes per
// category ("" where unchanged); all applies to the categories not named.
func errModes(fname string, all eval.Value, kinds [4]eval.Value) ([4]string, error) {
	var modes [4]string
	mode := func(name string, v eval.Value) (string, error) {
		if v == eval.None {
			return "", nil
		}
		s, ok := v.(eval.String)
		switch m := string(s); {
		case !ok:
		case m == "ignore" || m == "warn" || m == "print" || m == "log":
			return m, nil
		case m == "raise" || m == "call":
			return "", eval.NewError(eval.NotImplementedError, "np.%s(%s='%s') is not supported by golinalg", fname, name, m)
		}
		return "", eval.NewError(eval.ValueError, "invalid error mode %s", eval.Repr(v))
	}
	for i, v := range kinds {
		m, err := mode(errKinds[i], v)
		if err != nil {
			return modes, err
		}
		modes[i] = m
	}
	a, err := mode("all", all)
	if err != nil {
		return modes, err
	}
	if a != "" {
		for i := range modes {
			if modes[i] == "" {
				modes[i] = a
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
