package eval

import (
	"github.com/golinalg/golinalg/lang/syntax"
)

// itertools: each function returns a lazy iterator object, as CPython's
// do; the ones that CPython materialises at construction (product,
// combinations, permutations: tuple(pool)) do so too.

func itertoolsModule() *Module {
	a := map[string]Value{}
	def := func(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) {
		a[name] = NewBuiltin(name, fn)
	}
	iterOf := func(typ string, f FuncIter) Value {
		return &iterObject{typ: "itertools." + typ, it: f}
	}
	def("count", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var start, step Value = Int(0), Int(1)
		if err := UnpackArgs("count", args, kwargs, "start?", &start, "step?", &step); err != nil {
			return nil, err
		}
		for _, v := range []Value{start, step} {
			if numKind(v) == kNone && !isFraction(v) {
				return nil, NewError(TypeError, "a number is required")
			}
		}
		cur := start
		o := &iterObject{typ: "itertools.count"}
		o.it = FuncIter(func(th *Thread) (Value, bool, error) {
			if err := th.Poll(); err != nil {
				return nil, false, err
			}
			v := cur
			next, err := Binary(th, syntax.PLUS, cur, step)
			if err != nil {
				return nil, false, err
			}
			cur = next
			return v, true, nil
		})
		o.repr = func() string {
			if s, ok := AsSmallInt(step); ok && s == 1 && numKind(step) == kInt {
				return "count(" + Repr(cur) + ")"
			}
			return "count(" + Repr(cur) + ", " + Repr(step) + ")"
		}
		return o, nil
	})
	def("cycle", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("cycle", args, kwargs, 1); err != nil {
			return nil, err
		}
		it, err := Iterate(args[0])
		if err != nil {
			return nil, err
		}
		var saved []Value
		i, first := 0, true
		return iterOf("cycle", func(th *Thread) (Value, bool, error) {
			if first {
				v, ok, err := it.Next(th)
				if err != nil {
					return nil, false, err
				}
				if ok {
					saved = append(saved, v)
					return v, true, nil
				}
				first = false
			}
			if len(saved) == 0 {
				return nil, false, nil
			}
			if err := th.Poll(); err != nil {
				return nil, false, err
			}
			v := saved[i%len(saved)]
			i++
			return v, true, nil
		}), nil
	})
	def("repeat", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var obj Value
		times := -1
		var tv Value = None
		if err := UnpackArgs("repeat", args, kwargs, "object", &obj, "times?", &tv); err != nil {
			return nil, err
		}
		if tv != None {
			n, err := ToIndex(tv, "")
			if err != nil {
				return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", tv.Type())
			}
			times = max(n, 0)
		}
		o := &iterObject{typ: "itertools.repeat"}
		o.it = FuncIter(func(th *Thread) (Value, bool, error) {
			if times == 0 {
				return nil, false, nil
			}
			if times > 0 {
				times--
			} else if err := th.Poll(); err != nil {
				return nil, false, err
			}
			return obj, true, nil
		})
		o.repr = func() string {
			if times < 0 {
				return "repeat(" + Repr(obj) + ")"
			}
			return "repeat(" + Repr(obj) + ", " + Int(times).String() + ")"
		}
		return o, nil
	})
	def("accumulate", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var src, fn, initial Value = nil, None, None
		if err := UnpackArgs("accumulate", args, kwargs, "iterable", &src, "func?", &fn, "*", "initial?", &initial); err != nil {
			return nil, err
		}
		it, err := Iterate(src)
		if err != nil {
			return nil, err
		}
		var total Value
		if initial != None {
			total = initial
		}
		started := false
		return iterOf("accumulate", func(th *Thread) (Value, bool, error) {
			if !started && total != nil {
				started = true
				return total, true, nil
			}
			started = true
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			if total == nil {
				total = v
			} else if fn == None {
				if total, err = Binary(th, syntax.PLUS, total, v); err != nil {
					return nil, false, err
				}
			} else if total, err = Call(th, fn, []Value{total, v}, nil); err != nil {
				return nil, false, err
			}
			return total, true, nil
		}), nil
	})
	chainOf := func(src Iterator) Value {
		var cur Iterator
		return iterOf("chain", func(th *Thread) (Value, bool, error) {
			for {
				if cur == nil {
					next, ok, err := src.Next(th)
					if err != nil || !ok {
						return nil, false, err
					}
					if cur, err = Iterate(next); err != nil {
						return nil, false, err
					}
				}
				v, ok, err := cur.Next(th)
				if err != nil {
					return nil, false, err
				}
				if ok {
					return v, true, nil
				}
				cur = nil
			}
		})
	}
	chain := NewBuiltin("chain", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, NewError(TypeError, "chain() takes no keyword arguments")
		}
		return chainOf(&sliceIter{elems: args}), nil
	})
	a["chain"] = &libClass{name: "chain", module: "itertools",
		make: chain.fn,
		is:   func(v Value) bool { o, ok := v.(*iterObject); return ok && o.typ == "itertools.chain" },
		attrs: map[string]Value{"from_iterable": NewBuiltin("from_iterable", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs("from_iterable", args, kwargs, 1); err != nil {
				return nil, err
			}
			it, err := Iterate(args[0])
			if err != nil {
				return nil, err
			}
			return chainOf(it), nil
		})}}
	def("islice", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, NewError(TypeError, "islice() takes no keyword arguments")
		}
		if len(args) > 4 {
			return nil, NewError(TypeError, "islice expected at most 4 arguments, got %d", len(args))
		}
		if len(args) < 2 {
			return nil, NewError(TypeError, "islice expected at least 2 arguments, got %d", len(args))
		}
		start, stop, step := 0, -1, 1
		idx := func(v Value, what string, min int) (int, error) {
			i, err := ToIndex(v, "")
			if err != nil || i < min {
				return 0, NewError(ValueError, "%s argument for islice() must be None or an integer: %d <= x <= sys.maxsize.", what, min)
			}
			return i, nil
		}
		var err error
		if len(args) == 2 {
			if args[1] != None {
				if stop, err = idx(args[1], "Stop", 0); err != nil {
					return nil, err
				}
			}
		} else {
			if args[1] != None {
				if start, err = idx(args[1], "Indices", 0); err != nil {
					return nil, NewError(ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
				}
			}
			if args[2] != None {
				if stop, err = idx(args[2], "Stop", 0); err != nil {
					return nil, NewError(ValueError, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
				}
			}
			if len(args) == 4 && args[3] != None {
				if step, err = idx(args[3], "Step", 1); err != nil {
					return nil, NewError(ValueError, "Step for islice() must be a positive integer or None.")
				}
			}
		}
		it, err := Iterate(args[0])
		if err != nil {
			return nil, err
		}
		// CPython's islice_next, with cnt the items read so far.
		cnt, next := 0, start
		return iterOf("islice", func(th *Thread) (Value, bool, error) {
			if it == nil {
				return nil, false, nil
			}
			for cnt < next {
				_, ok, err := it.Next(th)
				if err != nil || !ok {
					it = nil
					return nil, false, err
				}
				cnt++
			}
			if stop != -1 && cnt >= stop {
				it = nil
				return nil, false, nil
			}
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				it = nil
				return nil, false, err
			}
			cnt++
			old := next
			next += step
			if next < old || stop != -1 && next > stop {
				next = stop
			}
			return v, true, nil
		}), nil
	})
	def("starmap", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var fn, src Value
		if err := UnpackArgs("starmap", args, kwargs, "function", &fn, "iterable", &src); err != nil {
			return nil, err
		}
		it, err := Iterate(src)
		if err != nil {
			return nil, err
		}
		return iterOf("starmap", func(th *Thread) (Value, bool, error) {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			items, err := Collect(th, v)
			if err != nil {
				return nil, false, NewError(TypeError, "iterable argument must be an iterable, not '%s'", v.Type())
			}
			r, err := Call(th, fn, items, nil)
			return r, err == nil, err
		}), nil
	})
	def("zip_longest", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var fill Value = None
		for _, kw := range kwargs {
			if kw.Name != "fillvalue" {
				return nil, NewError(TypeError, "zip_longest() got an unexpected keyword argument '%s'", kw.Name)
			}
			fill = kw.Value
		}
		its := make([]Iterator, len(args))
		for i, x := range args {
			it, err := Iterate(x)
			if err != nil {
				return nil, NewError(TypeError, "zip_longest argument #%d must support iteration", i+1)
			}
			its[i] = it
		}
		active := len(its)
		return iterOf("zip_longest", func(th *Thread) (Value, bool, error) {
			if active == 0 {
				return nil, false, nil
			}
			out := make(Tuple, len(its))
			for i, it := range its {
				if it == nil {
					out[i] = fill
					continue
				}
				v, ok, err := it.Next(th)
				if err != nil {
					return nil, false, err
				}
				if !ok {
					its[i] = nil
					active--
					if active == 0 {
						return nil, false, nil
					}
					v = fill
				}
				out[i] = v
			}
			return out, true, nil
		}), nil
	})
	pred := func(name string, keep func(p bool) (yield, stop bool), once bool) {
		def(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if len(kwargs) > 0 {
				return nil, NewError(TypeError, "%s() takes no keyword arguments", name)
			}
			if len(args) != 2 {
				return nil, NewError(TypeError, "%s expected 2 arguments, got %d", name, len(args))
			}
			fn := args[0]
			it, err := Iterate(args[1])
			if err != nil {
				return nil, err
			}
			done, passed := false, false
			return iterOf(name, func(th *Thread) (Value, bool, error) {
				for !done {
					v, ok, err := it.Next(th)
					if err != nil || !ok {
						return nil, false, err
					}
					if passed {
						return v, true, nil
					}
					r, err := Call(th, fn, []Value{v}, nil)
					if err != nil {
						return nil, false, err
					}
					t, err := truth(th, r)
					if err != nil {
						return nil, false, err
					}
					yield, stop := keep(t)
					if stop {
						done = true
						return nil, false, nil
					}
					if yield {
						if once {
							passed = true
						}
						return v, true, nil
					}
				}
				return nil, false, nil
			}), nil
		})
	}
	pred("takewhile", func(p bool) (bool, bool) { return p, !p }, false)
	pred("dropwhile", func(p bool) (bool, bool) { return !p, false }, true)
	pred("filterfalse", func(p bool) (bool, bool) { return !p, false }, false)
	def("compress", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var data, sel Value
		if err := UnpackArgs("compress", args, kwargs, "data", &data, "selectors", &sel); err != nil {
			return nil, err
		}
		di, err := Iterate(data)
		if err != nil {
			return nil, err
		}
		si, err := Iterate(sel)
		if err != nil {
			return nil, err
		}
		return iterOf("compress", func(th *Thread) (Value, bool, error) {
			for {
				v, ok, err := di.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				s, ok, err := si.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				t, err := truth(th, s)
				if err != nil {
					return nil, false, err
				}
				if t {
					return v, true, nil
				}
			}
		}), nil
	})
	def("pairwise", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("pairwise", args, kwargs, 1); err != nil {
			return nil, err
		}
		it, err := Iterate(args[0])
		if err != nil {
			return nil, err
		}
		var prev Value
		return iterOf("pairwise", func(th *Thread) (Value, bool, error) {
			if prev == nil {
				v, ok, err := it.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				prev = v
			}
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			out := Tuple{prev, v}
			prev = v
			return out, true, nil
		}), nil
	})
	def("tee", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var src Value
		n := 2
		if err := UnpackArgs("tee", args, kwargs, "iterable", &src, "n?", &n); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewError(ValueError, "n must be >= 0")
		}
		it, err := Iterate(src)
		if err != nil {
			return nil, err
		}
		var buf []Value
		base, done := 0, false
		pos := make([]int, n)
		out := make(Tuple, n)
		for k := range out {
			k := k
			out[k] = iterOf("_tee", func(th *Thread) (Value, bool, error) {
				if pos[k] == base+len(buf) {
					if done {
						return nil, false, nil
					}
					v, ok, err := it.Next(th)
					if err != nil {
						return nil, false, err
					}
					if !ok {
						done = true
						return nil, false, nil
					}
					buf = append(buf, v)
				}
				v := buf[pos[k]-base]
				pos[k]++
				low := pos[0]
				for _, p := range pos {
					low = min(low, p)
				}
				buf, base = buf[low-base:], low
				return v, true, nil
			})
		}
		return out, nil
	})
	def("product", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		repeat := 1
		for _, kw := range kwargs {
			if kw.Name != "repeat" {
				return nil, NewError(TypeError, "product() got an unexpected keyword argument '%s'", kw.Name)
			}
			r, err := ToIndex(kw.Value, "")
			if err != nil {
				return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", kw.Value.Type())
			}
			if r < 0 {
				return nil, NewError(ValueError, "repeat argument cannot be negative")
			}
			repeat = r
		}
		var pools [][]Value
		for _, x := range args {
			items, err := Collect(th, x)
			if err != nil {
				return nil, err
			}
			pools = append(pools, items)
		}
		var all [][]Value
		for r := 0; r < repeat; r++ {
			all = append(all, pools...)
		}
		idx := make([]int, len(all))
		first, done := true, false
		for _, p := range all {
			if len(p) == 0 {
				done = true
			}
		}
		return iterOf("product", func(th *Thread) (Value, bool, error) {
			if done {
				return nil, false, nil
			}
			if !first {
				i := len(idx) - 1
				for ; i >= 0; i-- {
					idx[i]++
					if idx[i] < len(all[i]) {
						break
					}
					idx[i] = 0
				}
				if i < 0 {
					done = true
					return nil, false, nil
				}
			}
			first = false
			out := make(Tuple, len(idx))
			for i, j := range idx {
				out[i] = all[i][j]
			}
			return out, true, nil
		}), nil
	})
	combos := func(name string, repl bool) {
		def(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var src Value
			var r int
			if err := UnpackArgs(name, args, kwargs, "iterable", &src, "r", &r); err != nil {
				return nil, err
			}
			if r < 0 {
				return nil, NewError(ValueError, "r must be non-negative")
			}
			pool, err := Collect(th, src)
			if err != nil {
				return nil, err
			}
			n := len(pool)
			idx := make([]int, r)
			if !repl {
				for i := range idx {
					idx[i] = i
				}
			}
			first := true
			done := !repl && r > n || repl && n == 0 && r > 0
			return iterOf(name, func(th *Thread) (Value, bool, error) {
				if done {
					return nil, false, nil
				}
				if !first {
					i := r - 1
					if repl {
						for ; i >= 0 && idx[i] == n-1; i-- {
						}
					} else {
						for ; i >= 0 && idx[i] == i+n-r; i-- {
						}
					}
					if i < 0 {
						done = true
						return nil, false, nil
					}
					if repl {
						v := idx[i] + 1
						for j := i; j < r; j++ {
							idx[j] = v
						}
					} else {
						idx[i]++
						for j := i + 1; j < r; j++ {
							idx[j] = idx[j-1] + 1
						}
					}
				}
				first = false
				out := make(Tuple, r)
				for i, j := range idx {
					out[i] = pool[j]
				}
				return out, true, nil
			}), nil
		})
	}
	combos("combinations", false)
	combos("combinations_with_replacement", true)
	def("permutations", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var src, rv Value = nil, None
		if err := UnpackArgs("permutations", args, kwargs, "iterable", &src, "r?", &rv); err != nil {
			return nil, err
		}
		pool, err := Collect(th, src)
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r := n
		if rv != None {
			if r, err = ToIndex(rv, ""); err != nil {
				return nil, NewError(TypeError, "Expected int as r")
			}
			if r < 0 {
				return nil, NewError(ValueError, "r must be non-negative")
			}
		}
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		cycles := make([]int, r)
		for i := range cycles {
			cycles[i] = n - i
		}
		first, done := true, r > n
		return iterOf("permutations", func(th *Thread) (Value, bool, error) {
			if done {
				return nil, false, nil
			}
			if !first {
				i := r - 1
				for ; i >= 0; i-- {
					cycles[i]--
					if cycles[i] == 0 {
						x := idx[i]
						copy(idx[i:], idx[i+1:])
						idx[n-1] = x
						cycles[i] = n - i
					} else {
						j := cycles[i]
						idx[i], idx[n-j] = idx[n-j], idx[i]
						break
					}
				}
				if i < 0 {
					done = true
					return nil, false, nil
				}
			}
			first = false
			out := make(Tuple, r)
			for i := range out {
				out[i] = pool[idx[i]]
			}
			return out, true, nil
		}), nil
	})
	def("groupby", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var src, key Value = nil, None
		if err := UnpackArgs("groupby", args, kwargs, "iterable", &src, "key?", &key); err != nil {
			return nil, err
		}
		it, err := Iterate(src)
		if err != nil {
			return nil, err
		}
		return newGroupBy(it, key), nil
	})
	return &Module{name: "itertools", doc: "Functional tools for creating and using iterators.", attrs: a}
}

func isFraction(v Value) bool {
	switch v.(type) {
	case *Fraction, *Decimal:
		return true
	}
	return false
}

// groupBy is CPython's groupby object: the groups share the underlying
// iterator, so advancing the groupby leaves the previous group exhausted.
type groupBy struct {
	it                     Iterator
	key                    Value
	tgtKey, curKey, curVal Value
	currGrouper            *iterObject
	exhausted              bool
}

func newGroupBy(it Iterator, key Value) Value {
	g := &groupBy{it: it, key: key}
	return &iterObject{typ: "itertools.groupby", it: FuncIter(g.next)}
}

// step reads the next item into curVal and curKey; ok is false at the end.
func (g *groupBy) step(th *Thread) (bool, error) {
	v, ok, err := g.it.Next(th)
	if err != nil || !ok {
		g.exhausted = true
		return false, err
	}
	k := v
	if g.key != None {
		if k, err = Call(th, g.key, []Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.curVal, g.curKey = v, k
	return true, nil
}

func (g *groupBy) next(th *Thread) (Value, bool, error) {
	g.currGrouper = nil
	if g.exhausted {
		return nil, false, nil
	}
	if g.curKey == nil {
		if ok, err := g.step(th); !ok {
			return nil, false, err
		}
	} else if g.tgtKey != nil {
		for {
			eq, err := Compare(th, syntax.CmpEQ, g.tgtKey, g.curKey)
			if err != nil {
				return nil, false, err
			}
			if !eq.Truth() {
				break
			}
			if ok, err := g.step(th); !ok {
				return nil, false, err
			}
		}
	}
	g.tgtKey = g.curKey
	gr := &iterObject{typ: "itertools._grouper"}
	tgt := g.tgtKey
	gr.it = FuncIter(func(th *Thread) (Value, bool, error) {
		if g.currGrouper != gr || g.exhausted {
			return nil, false, nil
		}
		if g.curVal == nil {
			if ok, err := g.step(th); !ok {
				return nil, false, err
			}
		}
		eq, err := Compare(th, syntax.CmpEQ, tgt, g.curKey)
		if err != nil {
			return nil, false, err
		}
		if !eq.Truth() {
			return nil, false, nil
		}
		v := g.curVal
		g.curVal = nil
		return v, true, nil
	})
	g.currGrouper = gr
	return Tuple{g.curKey, gr}, true, nil
}
