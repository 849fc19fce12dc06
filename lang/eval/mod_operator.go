package eval

import (
	"strings"

	"github.com/golinalg/golinalg/lang/syntax"
)

// operator: the operators as functions (add, mul, ... for reduce and
// accumulate), itemgetter and attrgetter.

func operatorModule() *Module {
	a := map[string]Value{}
	bin := map[string]syntax.Token{
		"add": syntax.PLUS, "sub": syntax.MINUS, "mul": syntax.STAR, "truediv": syntax.SLASH,
		"floordiv": syntax.SLASHSLASH, "mod": syntax.PERCENT, "pow": syntax.STARSTAR, "matmul": syntax.AT,
		"and_": syntax.AMP, "or_": syntax.PIPE, "xor": syntax.CIRCUMFLEX, "lshift": syntax.LTLT, "rshift": syntax.GTGT,
	}
	for name, op := range bin {
		name, op := name, op
		a[name] = NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := exactPos(name, args, kwargs, 2); err != nil {
				return nil, err
			}
			return Binary(th, op, args[0], args[1])
		})
	}
	cmp := map[string]syntax.CmpOp{"eq": syntax.CmpEQ, "ne": syntax.CmpNE, "lt": syntax.CmpLT, "le": syntax.CmpLE, "gt": syntax.CmpGT, "ge": syntax.CmpGE, "is_": syntax.CmpIs, "is_not": syntax.CmpIsNot}
	for name, op := range cmp {
		name, op := name, op
		a[name] = NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := exactPos(name, args, kwargs, 2); err != nil {
				return nil, err
			}
			return Compare(th, op, args[0], args[1])
		})
	}
	a["contains"] = NewBuiltin("contains", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := exactPos("contains", args, kwargs, 2); err != nil {
			return nil, err
		}
		return Compare(th, syntax.CmpIn, args[1], args[0])
	})
	un := map[string]syntax.Token{"neg": syntax.MINUS, "pos": syntax.PLUS, "invert": syntax.TILDE, "inv": syntax.TILDE}
	for name, op := range un {
		name, op := name, op
		a[name] = NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := exactPos(name, args, kwargs, 1); err != nil {
				return nil, err
			}
			return Unary(th, op, args[0])
		})
	}
	a["abs"] = NewBuiltin("abs", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := exactPos("abs", args, kwargs, 1); err != nil {
			return nil, err
		}
		return absValue(th, args[0])
	})
	a["not_"] = NewBuiltin("not_", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := exactPos("not_", args, kwargs, 1); err != nil {
			return nil, err
		}
		t, err := truth(th, args[0])
		return Bool(!t), err
	})
	a["truth"] = NewBuiltin("truth", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := exactPos("truth", args, kwargs, 1); err != nil {
			return nil, err
		}
		t, err := truth(th, args[0])
		return Bool(t), err
	})
	a["getitem"] = NewBuiltin("getitem", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := exactPos("getitem", args, kwargs, 2); err != nil {
			return nil, err
		}
		return getIndex(th, args[0], args[1])
	})
	a["itemgetter"] = NewBuiltin("itemgetter", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeError, "itemgetter expected 1 argument, got 0")
		}
		keys := append([]Value(nil), args...)
		return NewBuiltin("operator.itemgetter", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := exactPos("itemgetter", args, kwargs, 1); err != nil {
				return nil, err
			}
			if len(keys) == 1 {
				return getIndex(th, args[0], keys[0])
			}
			out := make(Tuple, len(keys))
			for i, k := range keys {
				v, err := getIndex(th, args[0], k)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		}), nil
	})
	a["attrgetter"] = NewBuiltin("attrgetter", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeError, "attrgetter expected 1 argument, got 0")
		}
		var names []string
		for _, v := range args {
			s, ok := v.(String)
			if !ok {
				return nil, NewError(TypeError, "attribute name must be a string")
			}
			names = append(names, string(s))
		}
		get := func(th *Thread, x Value, name string) (Value, error) {
			for _, part := range strings.Split(name, ".") {
				var err error
				if x, err = getAttr(th, x, part); err != nil {
					return nil, err
				}
			}
			return x, nil
		}
		return NewBuiltin("operator.attrgetter", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := exactPos("attrgetter", args, kwargs, 1); err != nil {
				return nil, err
			}
			if len(names) == 1 {
				return get(th, args[0], names[0])
			}
			out := make(Tuple, len(names))
			for i, n := range names {
				v, err := get(th, args[0], n)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		}), nil
	})
	return &Module{name: "operator", doc: "Operator interface.", attrs: a}
}

// exactPos checks a call of a C function that takes n positional
// arguments only, with CPython's message.
func exactPos(name string, args []Value, kwargs []Kwarg, n int) error {
	if len(kwargs) > 0 {
		return NewError(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return NewError(TypeError, "%s expected %d argument%s, got %d", name, n, Plural(n), len(args))
	}
	return nil
}
