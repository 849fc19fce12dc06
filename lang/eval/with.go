package eval

import "github.com/golinalg/golinalg/lang/syntax"

// ContextManager is implemented by values usable in a with statement
// (np.printoptions, np.errstate). Enter's result is bound by as; Exit is
// called with the exception leaving the body (nil when none) and reports
// whether to suppress it.
type ContextManager interface {
	Value
	Enter(th *Thread) (Value, error)
	Exit(th *Thread, exc *Exception) (suppress bool, err error)
}

// execWith runs with items[0] as t0, items[1:]...: body, entering the
// managers left to right and exiting them right to left, also when the
// body raises or leaves by return, break or continue.
func (fr *frame) execWith(items []syntax.WithItem, body []syntax.Stmt) (c ctrl, err error) {
	if len(items) == 0 {
		return fr.execBlock(body)
	}
	it := items[0]
	v, err := fr.eval(it.X)
	if err != nil {
		return ctrlNone, err
	}
	cm, ok := v.(ContextManager)
	if !ok {
		pos, _ := it.X.Span()
		return ctrlNone, fr.fail(NewError(TypeError, "'%s' object does not support the context manager protocol", v.Type()), pos)
	}
	r, err := cm.Enter(fr.th)
	if err != nil {
		return ctrlNone, err
	}
	if it.Target != nil {
		err = fr.assign(it.Target, r)
	}
	if err == nil {
		c, err = fr.execWith(items[1:], body)
	}
	var exc *Exception
	if err != nil {
		var isExc bool
		if exc, isExc = err.(*Exception); !isExc {
			// A Go error that is not a Python exception passes through.
			_, _ = cm.Exit(fr.th, nil)
			return c, err
		}
	}
	suppress, xerr := cm.Exit(fr.th, exc)
	if xerr != nil {
		return ctrlNone, xerr
	}
	if suppress {
		return ctrlNone, nil
	}
	return c, err
}
