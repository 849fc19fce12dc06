package eval

import (
	"math"
	"math/big"
)

// BigRange is a range object whose bounds or length do not fit the int64
// arithmetic of Range, such as range(2**70, 2**70 + 3) or
// range(-2**63, 2**63): Python's ranges take integers of any size. Its
// fields are never mutated. len() of a range longer than 2**63-1 raises
// CPython's OverflowError, while indexing, iteration, "in" and slicing
// work at any length.
type BigRange struct{ start, stop, step *big.Int }

// rangeLen is the number of items of range(start, stop, step), step != 0:
// ceil((stop-start)/step) when positive, else 0.
func rangeLen(start, stop, step *big.Int) *big.Int {
	d := new(big.Int).Sub(stop, start)
	if d.Sign() == 0 || d.Sign() != step.Sign() {
		return new(big.Int)
	}
	// ceil(d/step) for d, step of one sign is (d + step - sign) / step,
	// with truncating division.
	d.Add(d, step)
	d.Sub(d, big.NewInt(int64(step.Sign())))
	return d.Quo(d, step)
}

// makeRange returns range(start, stop, step): a Range when every number
// its iteration and length computations meet fits an int64, else a
// BigRange. step must not be zero.
func makeRange(start, stop, step *big.Int) Value {
	n := rangeLen(start, stop, step)
	// Range iterates by i += step until i passes stop and computes its
	// length from stop - start + step: all of these must fit.
	end := new(big.Int).Mul(n, step)
	end.Add(end, start)
	span := new(big.Int).Sub(stop, start)
	span.Add(span, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && end.IsInt64() && span.IsInt64() && n.IsInt64() {
		return Range{start.Int64(), stop.Int64(), step.Int64()}
	}
	return BigRange{start, stop, step}
}

func (r BigRange) String() string {
	if r.step.Cmp(big.NewInt(1)) == 0 {
		return "range(" + r.start.String() + ", " + r.stop.String() + ")"
	}
	return "range(" + r.start.String() + ", " + r.stop.String() + ", " + r.step.String() + ")"
}

// Type is "range".
func (BigRange) Type() string { return "range" }

// Truth reports whether the range is not empty.
func (r BigRange) Truth() bool { return rangeLen(r.start, r.stop, r.step).Sign() > 0 }

// length is len(r) as a Python int, or CPython's OverflowError when it
// exceeds a C ssize_t.
func (r BigRange) length() (Value, error) {
	n := rangeLen(r.start, r.stop, r.step)
	if !n.IsInt64() {
		return nil, NewError(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return Int(n.Int64()), nil
}

// item is r[i] for 0 <= i < len(r): start + i*step.
func (r BigRange) item(i *big.Int) Value {
	v := new(big.Int).Mul(i, r.step)
	return makeInt(v.Add(v, r.start))
}

// Iterate yields start, start+step, ... while before stop.
func (r BigRange) Iterate() Iterator {
	return &bigRangeIter{cur: new(big.Int).Set(r.start), stop: r.stop, step: r.step}
}

type bigRangeIter struct{ cur, stop, step *big.Int }

func (it *bigRangeIter) Next(th *Thread) (Value, bool, error) {
	if c := it.cur.Cmp(it.stop); it.step.Sign() > 0 && c >= 0 || it.step.Sign() < 0 && c <= 0 {
		return nil, false, nil
	}
	v := makeInt(new(big.Int).Set(it.cur))
	it.cur.Add(it.cur, it.step)
	if th != nil {
		th.steps++
		if th.steps&1023 == 0 {
			if err := th.Poll(); err != nil {
				return nil, false, err
			}
		}
	}
	return v, true, nil
}

// Index is r[k] for an integer k (negative counts from the end) or a
// slice, which gives a range, as in CPython.
func (r BigRange) Index(th *Thread, k Value) (Value, error) {
	return rangeIndex(r.start, r.stop, r.step, k)
}

// Attr gives start, stop and step.
func (r BigRange) Attr(th *Thread, name string) (Value, error) {
	return rangeAttr(r.start, r.stop, r.step, name)
}

// AttrNames lists the range attributes.
func (BigRange) AttrNames() []string { return []string{"count", "index", "start", "step", "stop"} }

// Hash agrees with range equality: ranges of the same items hash alike.
func (r BigRange) Hash() (uint64, error) { return rangeHash(r.start, r.stop, r.step) }

// bigTriple returns a range's bounds as big integers.
func bigTriple(v Value) (start, stop, step *big.Int, ok bool) {
	switch r := v.(type) {
	case Range:
		return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), true
	case BigRange:
		return r.start, r.stop, r.step, true
	}
	return nil, nil, nil, false
}

// Attr gives start, stop and step.
func (r Range) Attr(th *Thread, name string) (Value, error) {
	start, stop, step, _ := bigTriple(r)
	return rangeAttr(start, stop, step, name)
}

// AttrNames lists the range attributes.
func (Range) AttrNames() []string { return []string{"count", "index", "start", "step", "stop"} }

// Hash agrees with range equality: ranges of the same items hash alike.
func (r Range) Hash() (uint64, error) {
	start, stop, step, _ := bigTriple(r)
	return rangeHash(start, stop, step)
}

func rangeAttr(start, stop, step *big.Int, name string) (Value, error) {
	switch name {
	case "start":
		return makeInt(start), nil
	case "stop":
		return makeInt(stop), nil
	case "step":
		return makeInt(step), nil
	case "count", "index":
		return &Builtin{name: name, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 1); err != nil {
				return nil, err
			}
			i, in := rangeFind(start, stop, step, args[0])
			if name == "count" {
				if in {
					return Int(1), nil
				}
				return Int(0), nil
			}
			if !in {
				return nil, NewError(ValueError, "%s is not in range", Repr(args[0]))
			}
			return makeInt(i), nil
		}}, nil
	}
	return nil, nil
}

func rangeHash(start, stop, step *big.Int) (uint64, error) {
	n := rangeLen(start, stop, step)
	t := Tuple{makeInt(n), None, None}
	if n.Sign() > 0 {
		t[1] = makeInt(start)
		if n.Cmp(big.NewInt(1)) > 0 {
			t[2] = makeInt(step)
		}
	}
	return t.Hash()
}

// bigOf converts an int-like value (int, bool, NumPy integer) to a big
// integer.
func bigOf(v Value) (*big.Int, bool) {
	switch v := v.(type) {
	case Int:
		return big.NewInt(int64(v)), true
	case Bool:
		if v {
			return big.NewInt(1), true
		}
		return new(big.Int), true
	case BigInt:
		return v.v, true
	case HasIndex:
		if i, ok := v.AsIndex(); ok {
			return big.NewInt(i), true
		}
	}
	return nil, false
}

// rangeFind reports whether x is an item of the range and at which
// position. Ints (and integral floats, by value) are found by
// arithmetic, as CPython's range does for ints.
func rangeFind(start, stop, step *big.Int, x Value) (*big.Int, bool) {
	v, ok := bigOf(x)
	if !ok {
		f, isF := x.(Float)
		if !isF || math.IsInf(float64(f), 0) || float64(f) != math.Trunc(float64(f)) {
			return nil, false
		}
		v, _ = new(big.Float).SetFloat64(float64(f)).Int(nil)
	}
	if step.Sign() > 0 && (v.Cmp(start) < 0 || v.Cmp(stop) >= 0) || step.Sign() < 0 && (v.Cmp(start) > 0 || v.Cmp(stop) <= 0) {
		return nil, false
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Sub(v, start), step, new(big.Int))
	if m.Sign() != 0 {
		return nil, false
	}
	return q, true
}

// rangeIndex is r[k] for the range (start, stop, step).
func rangeIndex(start, stop, step *big.Int, k Value) (Value, error) {
	n := rangeLen(start, stop, step)
	if s, ok := k.(Slice); ok {
		lo, hi, st, err := bigSliceIndices(s, n)
		if err != nil {
			return nil, err
		}
		nstart := new(big.Int).Add(start, new(big.Int).Mul(lo, step))
		nstop := new(big.Int).Add(start, new(big.Int).Mul(hi, step))
		return makeRange(nstart, nstop, new(big.Int).Mul(step, st)), nil
	}
	i, ok := bigOf(k)
	if !ok {
		return nil, NewError(TypeError, "range indices must be integers or slices, not %s", k.Type())
	}
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, NewError(IndexError, "range object index out of range")
	}
	v := new(big.Int).Mul(i, step)
	return makeInt(v.Add(v, start)), nil
}

// bigSliceIndices is slice.indices(n) with integers of any size, as
// CPython's _PySlice_GetLongIndices computes them.
func bigSliceIndices(s Slice, n *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if s.Step != None {
		st, ok := bigOf(s.Step)
		if !ok {
			return nil, nil, nil, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if st.Sign() == 0 {
			return nil, nil, nil, NewError(ValueError, "slice step cannot be zero")
		}
		step = st
	}
	neg := step.Sign() < 0
	lower, upper := new(big.Int), new(big.Int).Set(n)
	if neg {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(n, big.NewInt(1))
	}
	bound := func(v Value, dflt *big.Int) (*big.Int, error) {
		if v == None {
			return dflt, nil
		}
		x, ok := bigOf(v)
		if !ok {
			return nil, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		x = new(big.Int).Set(x)
		if x.Sign() < 0 {
			x.Add(x, n)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	dStart, dStop := lower, upper
	if !neg {
		dStart, dStop = new(big.Int), upper
	} else {
		dStart, dStop = upper, lower
	}
	if start, err = bound(s.Start, dStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = bound(s.Stop, dStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}
