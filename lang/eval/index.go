package eval

import (
	"sort"
)

// getIndex is x[k].
func getIndex(th *Thread, x, k Value) (Value, error) {
	switch x := x.(type) {
	case *List:
		if s, ok := k.(Slice); ok {
			return &List{elems: sliceValues(x.elems, s)}, sliceErr(s, len(x.elems))
		}
		i, err := seqIndex(k, len(x.elems), "list")
		if err != nil {
			return nil, err
		}
		return x.elems[i], nil
	case Tuple:
		if s, ok := k.(Slice); ok {
			return Tuple(sliceValues(x, s)), sliceErr(s, len(x))
		}
		i, err := seqIndex(k, len(x), "tuple")
		if err != nil {
			return nil, err
		}
		return x[i], nil
	case String:
		rs := []rune(string(x))
		if s, ok := k.(Slice); ok {
			if err := sliceErr(s, len(rs)); err != nil {
				return nil, err
			}
			start, stop, step, _ := s.Indices(len(rs))
			n := sliceLen(start, stop, step)
			out := make([]rune, 0, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out = append(out, rs[j])
			}
			return String(out), nil
		}
		i, err := seqIndex(k, len(rs), "string")
		if err != nil {
			return nil, err
		}
		return String(rs[i]), nil
	case *Dict:
		v, ok, err := x.Get(k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Exception{Class: KeyError, Args: Tuple{k}}
		}
		return v, nil
	case Range:
		// Slices and big indices in big-int arithmetic (see bigrange.go),
		// so r[::2**40] or r[2**70] cannot overflow.
		_, isBig := k.(BigInt)
		if _, isSlice := k.(Slice); isSlice || isBig {
			start, stop, step, _ := bigTriple(x)
			return rangeIndex(start, stop, step, k)
		}
		i, err := seqIndex(k, x.Len(), "range object")
		if err != nil {
			return nil, err
		}
		return x.at(i), nil
	case Indexable:
		return x.Index(th, k)
	case *ExcClass, *typeObject:
		return nil, NewError(TypeError, "type '%s' is not subscriptable", x.(Callable).Name())
	}
	return nil, NewError(TypeError, "'%s' object is not subscriptable", x.Type())
}

func sliceErr(s Slice, n int) error {
	_, _, _, err := s.Indices(n)
	return err
}

func sliceValues(elems []Value, s Slice) []Value {
	start, stop, step, err := s.Indices(len(elems))
	if err != nil {
		return nil
	}
	n := sliceLen(start, stop, step)
	out := make([]Value, 0, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out = append(out, elems[j])
	}
	return out
}

// seqIndex resolves an index into a sequence of length n.
func seqIndex(k Value, n int, what string) (int, error) {
	var i int
	switch k := k.(type) {
	case Int:
		i = int(k)
	case Bool:
		if k {
			i = 1
		}
	case BigInt:
		return 0, NewError(IndexError, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		v, ok := k.AsIndex()
		if !ok {
			return 0, NewError(TypeError, "%s indices must be integers or slices, not %s", what, k.Type())
		}
		i = int(v)
	default:
		if what == "string" {
			return 0, NewError(TypeError, "string indices must be integers, not '%s'", k.Type())
		}
		if what == "range object" {
			return 0, NewError(TypeError, "range indices must be integers or slices, not %s", k.Type())
		}
		return 0, NewError(TypeError, "%s indices must be integers or slices, not %s", what, k.Type())
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if what == "range object" {
			return 0, NewError(IndexError, "range object index out of range")
		}
		return 0, NewError(IndexError, "%s index out of range", what)
	}
	return i, nil
}

// setIndex is x[k] = v.
func setIndex(th *Thread, x, k, v Value) error {
	switch x := x.(type) {
	case *List:
		if s, ok := k.(Slice); ok {
			items, err := Collect(th, v)
			if err != nil {
				return NewError(TypeError, "must assign iterable to extended slice")
			}
			start, stop, step, err := s.Indices(len(x.elems))
			if err != nil {
				return err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				out := append([]Value(nil), x.elems[:start]...)
				out = append(out, items...)
				x.elems = append(out, x.elems[stop:]...)
				return nil
			}
			n := sliceLen(start, stop, step)
			if n != len(items) {
				return NewError(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
			}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				x.elems[j] = items[i]
			}
			return nil
		}
		i, err := seqIndex(k, len(x.elems), "list")
		if err != nil {
			if exc, ok := err.(*Exception); ok && exc.Class == IndexError {
				return NewError(IndexError, "list assignment index out of range")
			}
			return err
		}
		x.elems[i] = v
		return nil
	case *Dict:
		return x.Set(k, v)
	case HasSetIndex:
		return x.SetIndex(th, k, v)
	case Tuple:
		return NewError(TypeError, "'tuple' object does not support item assignment")
	case String:
		return NewError(TypeError, "'str' object does not support item assignment")
	}
	return NewError(TypeError, "'%s' object does not support item assignment", x.Type())
}

func delIndex(th *Thread, x, k Value) error {
	switch x := x.(type) {
	case *List:
		if s, ok := k.(Slice); ok {
			start, stop, step, err := s.Indices(len(x.elems))
			if err != nil {
				return err
			}
			n := sliceLen(start, stop, step)
			drop := map[int]bool{}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				drop[j] = true
			}
			out := x.elems[:0:0]
			for i, e := range x.elems {
				if !drop[i] {
					out = append(out, e)
				}
			}
			x.elems = out
			return nil
		}
		i, err := seqIndex(k, len(x.elems), "list")
		if err != nil {
			if exc, ok := err.(*Exception); ok && exc.Class == IndexError {
				return NewError(IndexError, "list assignment index out of range")
			}
			return err
		}
		x.elems = append(x.elems[:i:i], x.elems[i+1:]...)
		return nil
	case *Dict:
		ok, err := x.Delete(k)
		if err != nil {
			return err
		}
		if !ok {
			return &Exception{Class: KeyError, Args: Tuple{k}}
		}
		return nil
	case HasDelIndex:
		return x.DelIndex(th, k)
	}
	return NewError(TypeError, "'%s' object doesn't support item deletion", x.Type())
}

// getAttr is x.name.
func getAttr(th *Thread, x Value, name string) (Value, error) {
	if h, ok := x.(HasAttrs); ok {
		v, err := h.Attr(th, name)
		if err != nil || v != nil {
			return v, err
		}
	}
	if m := builtinMethod(x, name); m != nil {
		return m, nil
	}
	switch x := x.(type) {
	case *Module:
		return nil, NewError(AttributeError, "module '%s' has no attribute '%s'", x.name, name)
	case *typeObject:
		return nil, NewError(AttributeError, "type object '%s' has no attribute '%s'", x.name, name)
	case *ExcClass:
		return nil, NewError(AttributeError, "type object '%s' has no attribute '%s'", x.name, name)
	}
	return nil, NewError(AttributeError, "'%s' object has no attribute '%s'", x.Type(), name)
}

// attrNames lists x's attributes, for dir() and completion.
func attrNames(x Value) []string {
	var names []string
	if h, ok := x.(HasAttrs); ok {
		names = append(names, h.AttrNames()...)
	}
	names = append(names, builtinMethodNames(x)...)
	sort.Strings(names)
	out := names[:0]
	for i, n := range names {
		if i == 0 || n != names[i-1] {
			out = append(out, n)
		}
	}
	return out
}
