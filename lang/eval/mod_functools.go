package eval

import (
	"github.com/golinalg/golinalg/lang/syntax"
)

// functools: reduce, partial, lru_cache and cache (called, since the
// language has no decorators: f = lru_cache(maxsize=None)(f)) and
// cmp_to_key.

var cacheInfoClass = NewNamedTupleClass("CacheInfo", "functools", "hits", "misses", "maxsize", "currsize")

func functoolsModule() *Module {
	a := map[string]Value{}
	def := func(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) {
		a[name] = NewBuiltin(name, fn)
	}
	def("reduce", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, NewError(TypeError, "reduce() takes no keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			if len(args) < 2 {
				return nil, NewError(TypeError, "reduce expected at least 2 arguments, got %d", len(args))
			}
			return nil, NewError(TypeError, "reduce expected at most 3 arguments, got %d", len(args))
		}
		it, err := Iterate(args[1])
		if err != nil {
			return nil, NewError(TypeError, "reduce() arg 2 must support iteration")
		}
		var acc Value
		if len(args) == 3 {
			acc = args[2]
		}
		for {
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			if acc == nil {
				acc = v
				continue
			}
			if acc, err = Call(th, args[0], []Value{acc, v}, nil); err != nil {
				return nil, err
			}
		}
		if acc == nil {
			return nil, NewError(TypeError, "reduce() of empty iterable with no initial value")
		}
		return acc, nil
	})
	a["partial"] = &libClass{name: "partial", module: "functools",
		is: func(v Value) bool { _, ok := v.(*partial); return ok },
		make: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if len(args) == 0 {
				return nil, NewError(TypeError, "type 'partial' takes at least one argument")
			}
			if _, ok := args[0].(Callable); !ok {
				return nil, NewError(TypeError, "the first argument must be callable")
			}
			p := &partial{fn: args[0], args: append([]Value(nil), args[1:]...), kwargs: append([]Kwarg(nil), kwargs...)}
			if inner, ok := args[0].(*partial); ok {
				p.fn = inner.fn
				p.args = append(append([]Value(nil), inner.args...), p.args...)
				p.kwargs = mergeKwargs(inner.kwargs, kwargs)
			}
			return p, nil
		}}
	lru := func(th *Thread, fn Value, maxsize int, unbounded bool) (Value, error) {
		if _, ok := fn.(Callable); !ok {
			return nil, NewError(TypeError, "the first argument must be callable")
		}
		return &lruCache{fn: fn, maxsize: maxsize, unbounded: unbounded, cache: NewDict()}, nil
	}
	def("lru_cache", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var maxsize, typed Value = Int(128), False
		if err := UnpackArgs("lru_cache", args, kwargs, "maxsize?", &maxsize, "typed?", &typed); err != nil {
			return nil, err
		}
		if typed.Truth() {
			return nil, notImplemented("functools.lru_cache(typed=True)")
		}
		if _, ok := maxsize.(Callable); ok {
			return lru(th, maxsize, 128, false)
		}
		size, unbounded := 0, maxsize == None
		if !unbounded {
			n, err := ToIndex(maxsize, "")
			if err != nil {
				return nil, NewError(TypeError, "Expected first argument to be an integer, a callable, or None")
			}
			size = max(n, 0)
		}
		return NewBuiltin("decorating_function", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs("decorating_function", args, kwargs, 1); err != nil {
				return nil, err
			}
			return lru(th, args[0], size, unbounded)
		}), nil
	})
	def("cache", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("cache", args, kwargs, 1); err != nil {
			return nil, err
		}
		return lru(th, args[0], 0, true)
	})
	def("cmp_to_key", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var fn Value
		if err := UnpackArgs("cmp_to_key", args, kwargs, "mycmp", &fn); err != nil {
			return nil, err
		}
		return NewBuiltin("functools.KeyWrapper", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var obj Value
			if err := UnpackArgs("K", args, kwargs, "obj", &obj); err != nil {
				return nil, err
			}
			return &cmpKey{cmp: fn, obj: obj}, nil
		}), nil
	})
	for _, n := range []string{"wraps", "update_wrapper", "total_ordering", "singledispatch", "cached_property", "partialmethod", "singledispatchmethod"} {
		a[n] = unsupportedFn("functools", n)
	}
	return &Module{name: "functools", doc: "Tools for working with functions and callable objects", attrs: a}
}

func mergeKwargs(base, over []Kwarg) []Kwarg {
	out := append([]Kwarg(nil), base...)
	for _, kw := range over {
		found := false
		for i := range out {
			if out[i].Name == kw.Name {
				out[i].Value, found = kw.Value, true
			}
		}
		if !found {
			out = append(out, kw)
		}
	}
	return out
}

// partial is functools.partial(func, *args, **keywords).
type partial struct {
	fn     Value
	args   []Value
	kwargs []Kwarg
}

func (p *partial) String() string {
	s := "functools.partial(" + Repr(p.fn)
	for _, a := range p.args {
		s += ", " + Repr(a)
	}
	for _, kw := range p.kwargs {
		s += ", " + kw.Name + "=" + Repr(kw.Value)
	}
	return s + ")"
}
func (*partial) Type() string   { return "functools.partial" }
func (*partial) Truth() bool    { return true }
func (p *partial) Name() string { return callName(p.fn) }
func (p *partial) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return Call(th, p.fn, append(append([]Value(nil), p.args...), args...), mergeKwargs(p.kwargs, kwargs))
}
func (p *partial) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "func":
		return p.fn, nil
	case "args":
		return Tuple(append([]Value(nil), p.args...)), nil
	case "keywords":
		d := NewDict()
		for _, kw := range p.kwargs {
			d.Set(String(kw.Name), kw.Value)
		}
		return d, nil
	}
	return nil, nil
}
func (p *partial) AttrNames() []string { return []string{"args", "func", "keywords"} }

// lruCache is the wrapper lru_cache and cache return: calls with equal
// (hashable) arguments after the first return the first result.
type lruCache struct {
	fn           Value
	maxsize      int
	unbounded    bool
	cache        *Dict // key tuple -> result, least recently used first
	hits, misses int
}

func (c *lruCache) String() string { return Repr(c.fn) }
func (*lruCache) Type() string     { return "functools._lru_cache_wrapper" }
func (*lruCache) Truth() bool      { return true }
func (c *lruCache) Name() string   { return callName(c.fn) }
func (c *lruCache) Hash() (uint64, error) {
	return HashValue(c.fn)
}
func (c *lruCache) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	key := Tuple(append([]Value(nil), args...))
	if len(kwargs) > 0 {
		key = append(key, kwMark)
		for _, kw := range kwargs {
			key = append(key, String(kw.Name), kw.Value)
		}
	}
	var k Value = key
	if len(key) == 1 {
		switch key[0].(type) {
		case Int, String:
			k = key[0] // CPython's fast path for one int or str argument
		}
	}
	if v, ok, err := c.cache.Get(k); err != nil {
		return nil, err
	} else if ok {
		c.hits++
		if !c.unbounded {
			c.cache.Delete(k)
			c.cache.Set(k, v)
		}
		return v, nil
	}
	c.misses++
	v, err := Call(th, c.fn, args, kwargs)
	if err != nil {
		return nil, err
	}
	if c.unbounded || c.maxsize > 0 {
		if _, ok, _ := c.cache.Get(k); !ok {
			if !c.unbounded && c.cache.Len() >= c.maxsize {
				c.cache.Delete(c.cache.Keys()[0])
			}
			c.cache.Set(k, v)
		}
	}
	return v, nil
}

// kwMark separates positional from keyword arguments in a cache key, as
// functools' _kwd_mark does.
type kwdMark struct{}

var kwMark Value = kwdMark{}

func (kwdMark) String() string        { return "<object object>" }
func (kwdMark) Type() string          { return "object" }
func (kwdMark) Truth() bool           { return true }
func (kwdMark) Hash() (uint64, error) { return 0x6b776d61726b, nil }

func (c *lruCache) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__wrapped__":
		return c.fn, nil
	case "__name__", "__doc__", "__qualname__":
		if h, ok := c.fn.(HasAttrs); ok {
			return h.Attr(th, name)
		}
	case "cache_info":
		return NewMethod(name, c, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			var ms Value = Int(c.maxsize)
			if c.unbounded {
				ms = None
			}
			return cacheInfoClass.Make(Int(c.hits), Int(c.misses), ms, Int(c.cache.Len())), nil
		}), nil
	case "cache_clear":
		return NewMethod(name, c, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			c.cache, c.hits, c.misses = NewDict(), 0, 0
			return None, nil
		}), nil
	}
	return nil, nil
}
func (c *lruCache) AttrNames() []string {
	return []string{"__wrapped__", "cache_clear", "cache_info"}
}

// cmpKey is what cmp_to_key's key function returns: its comparisons
// call the cmp function and compare its result with 0.
type cmpKey struct{ cmp, obj Value }

func (*cmpKey) String() string { return "<functools.KeyWrapper object>" }
func (*cmpKey) Type() string   { return "functools.KeyWrapper" }
func (*cmpKey) Truth() bool    { return true }
func (k *cmpKey) Binary(th *Thread, op syntax.Token, y Value, side Side) (Value, error) {
	o, ok := y.(*cmpKey)
	if !ok {
		return nil, NewError(TypeError, "other argument must be K instance")
	}
	var c syntax.CmpOp
	switch op {
	case syntax.LT:
		c = syntax.CmpLT
	case syntax.GT:
		c = syntax.CmpGT
	case syntax.LE:
		c = syntax.CmpLE
	case syntax.GE:
		c = syntax.CmpGE
	case syntax.EQL:
		c = syntax.CmpEQ
	case syntax.NEQ:
		c = syntax.CmpNE
	default:
		return nil, nil
	}
	a, b := k.obj, o.obj
	if side == Right {
		a, b = b, a
	}
	r, err := Call(th, k.cmp, []Value{a, b}, nil)
	if err != nil {
		return nil, err
	}
	return Compare(th, c, r, Int(0))
}
