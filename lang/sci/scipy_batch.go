package sci

import (
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// overBatch is SciPy's _apply_over_batch decorator around the body f of
// the function SciPy calls name. arrays are its array arguments (nil for
// None) and core their core dimension counts (linalg.CoreOneOrTwo for
// "1|2"). Without batch dimensions the result is f's, as it is (an
// array, a tuple, a Python int...). With them, f runs at each index of
// the broadcast batch shape, each of its results (an array, a number or a
// nested tuple; the items of a tuple) becomes an array, and the k-th ones
// are stacked behind the batch shape: the call returns that array, or a
// list of them when f gives several. linalg.OverBatch states the errors.
func (c *Call) overBatch(name string, arrays []*linalg.Array, core []int, f func(ms []*linalg.Array) (eval.Value, error)) (eval.Value, error) {
	if !linalg.Batched(arrays, core) {
		return f(arrays)
	}
	out, err := linalg.OverBatch(name, arrays, core, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		v, err := f(ms)
		if err != nil {
			return nil, err
		}
		items := []eval.Value{v}
		if t, ok := v.(eval.Tuple); ok {
			items = t
		}
		rs := make([]*linalg.Array, len(items))
		for i, x := range items {
			if rs[i], err = c.in.arrayArg(c.th, x); err != nil {
				return nil, err
			}
		}
		return rs, nil
	})
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if len(out) == 1 {
		return c.Wrap(out[0]), nil
	}
	vs := make([]eval.Value, len(out))
	for i, a := range out {
		vs[i] = c.Wrap(a)
	}
	return eval.NewList(vs), nil
}

// tuple is the Python value of a body's array results: the array itself
// for one, a tuple for several.
func (c *Call) tuple(rs ...*linalg.Array) eval.Value {
	if len(rs) == 1 {
		return c.Wrap(rs[0])
	}
	vs := make(eval.Tuple, len(rs))
	for i, r := range rs {
		vs[i] = c.Wrap(r)
	}
	return vs
}
