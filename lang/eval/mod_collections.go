package eval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/golinalg/golinalg/lang/syntax"
)

// collections: Counter, defaultdict and OrderedDict (dicts with a kind),
// deque and namedtuple. With no classes in the language they are built-in
// types here; isinstance(c, dict) holds for the three dicts.

var (
	counterClass     = &libClass{name: "Counter", module: "collections", doc: "Dict subclass for counting hashable items."}
	defaultdictClass = &libClass{name: "defaultdict", module: "collections", doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory"}
	orderedDictClass = &libClass{name: "OrderedDict", module: "collections", doc: "Dictionary that remembers insertion order"}
	dequeClass       = &libClass{name: "deque", module: "collections", doc: "A list-like sequence optimized for data accesses near its endpoints."}
)

func init() {
	kindIs := func(kind string) func(Value) bool {
		return func(v Value) bool { d, ok := v.(*dictSub); return ok && d.kind == kind }
	}
	counterClass.is, defaultdictClass.is, orderedDictClass.is = kindIs("Counter"), kindIs("defaultdict"), kindIs("OrderedDict")
	dequeClass.is = func(v Value) bool { _, ok := v.(*deque); return ok }
	counterClass.make = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 1 {
			return nil, NewError(TypeError, "expected at most 1 arguments, got %d", len(args))
		}
		c := &dictSub{kind: "Counter", d: NewDict()}
		if err := c.counterUpdate(th, args, kwargs, 1); err != nil {
			return nil, err
		}
		return c, nil
	}
	counterClass.attrs = map[string]Value{"fromkeys": NewBuiltin("fromkeys", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return nil, NewError(NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
	})}
	defaultdictClass.make = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		d := &dictSub{kind: "defaultdict", d: NewDict(), factory: None}
		if len(args) > 0 {
			if _, ok := args[0].(Callable); !ok && args[0] != None {
				return nil, NewError(TypeError, "first argument must be callable or None")
			}
			d.factory = args[0]
			args = args[1:]
		}
		return d, d.plainUpdate(th, "defaultdict", args, kwargs)
	}
	orderedDictClass.make = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		d := &dictSub{kind: "OrderedDict", d: NewDict()}
		return d, d.plainUpdate(th, "OrderedDict", args, kwargs)
	}
	dequeClass.make = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var src, maxlen Value = Tuple{}, None
		if err := UnpackArgs("deque", args, kwargs, "iterable?", &src, "maxlen?", &maxlen); err != nil {
			return nil, err
		}
		q := &deque{maxlen: -1}
		if maxlen != None {
			n, err := ToIndex(maxlen, "an integer is required")
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, NewError(ValueError, "maxlen must be non-negative")
			}
			q.maxlen = n
		}
		items, err := Collect(th, src)
		if err != nil {
			return nil, err
		}
		for _, v := range items {
			q.push(v, false)
		}
		return q, nil
	}
}

func collectionsModule() *Module {
	return &Module{name: "collections", doc: "This module implements specialized container datatypes.", attrs: map[string]Value{
		"Counter":     counterClass,
		"defaultdict": defaultdictClass,
		"OrderedDict": orderedDictClass,
		"deque":       dequeClass,
		"namedtuple":  NewBuiltin("namedtuple", namedtupleFactory),
		"ChainMap":    unsupportedFn("collections", "ChainMap"),
		"UserDict":    unsupportedFn("collections", "UserDict"),
		"UserList":    unsupportedFn("collections", "UserList"),
		"UserString":  unsupportedFn("collections", "UserString"),
	}}
}

// namedtupleFactory is collections.namedtuple(typename, field_names, *,
// rename=False, defaults=None, module=None).
func namedtupleFactory(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var typename string
	var fieldNames, defaults, module Value = nil, None, None
	rename := false
	if err := UnpackArgs("namedtuple", args, kwargs, "typename", &typename, "field_names", &fieldNames, "*", "rename?", &rename, "defaults?", &defaults, "module?", &module); err != nil {
		return nil, err
	}
	var fields []string
	if s, ok := fieldNames.(String); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		items, err := Collect(th, fieldNames)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, ok := it.(String)
			if !ok {
				return nil, NewError(TypeError, "Type names and field names must be strings")
			}
			fields = append(fields, string(s))
		}
	}
	seen := map[string]bool{}
	if rename {
		for i, f := range fields {
			if !isIdentifier(f) || isKeyword(f) || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = "_" + Int(i).String()
			}
			seen[fields[i]] = true
		}
		seen = map[string]bool{}
	}
	for _, n := range append([]string{typename}, fields...) {
		if !isIdentifier(n) {
			return nil, NewError(ValueError, "Type names and field names must be valid identifiers: %s", StrRepr(n))
		}
		if isKeyword(n) {
			return nil, NewError(ValueError, "Type names and field names cannot be a keyword: %s", StrRepr(n))
		}
	}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !rename {
			return nil, NewError(ValueError, "Field names cannot start with an underscore: %s", StrRepr(f))
		}
		if seen[f] {
			return nil, NewError(ValueError, "Encountered duplicate field name: %s", StrRepr(f))
		}
		seen[f] = true
	}
	c := NewNamedTupleClass(typename, "__main__", fields...)
	if module != None {
		c.module = Str(module)
	}
	if defaults != None {
		ds, err := Collect(th, defaults)
		if err != nil {
			return nil, err
		}
		if len(ds) > len(fields) {
			return nil, NewError(TypeError, "Got more default values than field names")
		}
		c.defaults = ds
	}
	return c, nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			return false
		}
	}
	return true
}

// dictSub is a Counter, defaultdict or OrderedDict: a dict (d) whose kind
// changes what a missing key gives, its repr and some methods; the other
// methods are dict's.
type dictSub struct {
	kind    string
	d       *Dict
	factory Value // defaultdict's default_factory
}

func (s *dictSub) asDict() *Dict { return s.d }
func (s *dictSub) Type() string  { return s.kind }
func (s *dictSub) Truth() bool   { return s.d.Len() > 0 }
func (s *dictSub) Len() int      { return s.d.Len() }
func (s *dictSub) Iterate() Iterator {
	return s.d.Iterate()
}
func (s *dictSub) Class() Value {
	switch s.kind {
	case "Counter":
		return counterClass
	case "defaultdict":
		return defaultdictClass
	}
	return orderedDictClass
}

// IsA makes isinstance(c, dict) true.
func (s *dictSub) IsA(t string) bool { return t == "dict" }

func (s *dictSub) Contains(th *Thread, x Value) (bool, error) {
	_, ok, err := s.d.Get(x)
	return ok, err
}

func (s *dictSub) String() string {
	name, args, _ := s.prettyCall()
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = Repr(a)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

// prettyCall is how repr and IPython show it: Counter({...}) in
// most_common order, defaultdict(factory, {...}), OrderedDict([pairs]).
func (s *dictSub) prettyCall() (string, []Value, []Kwarg) {
	switch s.kind {
	case "Counter":
		if s.d.Len() == 0 {
			return "Counter", nil, nil
		}
		d := NewDict()
		items, _ := s.mostCommon(nil)
		for _, kv := range items {
			d.Set(kv.(Tuple)[0], kv.(Tuple)[1])
		}
		return "Counter", []Value{d}, nil
	case "defaultdict":
		return "defaultdict", []Value{s.factory, s.d}, nil
	}
	if s.d.Len() == 0 {
		return "OrderedDict", nil, nil
	}
	var pairs []Value
	for _, kv := range s.d.Items() {
		pairs = append(pairs, Tuple{kv[0], kv[1]})
	}
	return "OrderedDict", []Value{NewList(pairs)}, nil
}

func (s *dictSub) Index(th *Thread, k Value) (Value, error) {
	v, ok, err := s.d.Get(k)
	if err != nil || ok {
		return v, err
	}
	switch s.kind {
	case "Counter":
		return Int(0), nil
	case "defaultdict":
		if s.factory != None {
			v, err := Call(th, s.factory, nil, nil)
			if err != nil {
				return nil, err
			}
			return v, s.d.Set(k, v)
		}
	}
	return nil, &Exception{Class: KeyError, Args: []Value{k}}
}

func (s *dictSub) SetIndex(th *Thread, k, v Value) error { return s.d.Set(k, v) }

func (s *dictSub) DelIndex(th *Thread, k Value) error {
	ok, err := s.d.Delete(k)
	if err != nil {
		return err
	}
	if !ok && s.kind != "Counter" {
		return &Exception{Class: KeyError, Args: []Value{k}}
	}
	return nil
}

func (s *dictSub) equal(y Value) (bool, bool) {
	o, ok := y.(*dictSub)
	if s.kind == "Counter" && ok && o.kind == "Counter" {
		// missing elements count as zero (Python 3.10)
		for _, pair := range [][2]*dictSub{{s, o}, {o, s}} {
			for _, kv := range pair[0].d.Items() {
				w, _ := pair[1].Index(nil, kv[0])
				if eq, _ := Equal(kv[1], w); !eq {
					return false, true
				}
			}
		}
		return true, true
	}
	if s.kind == "OrderedDict" && ok && o.kind == "OrderedDict" {
		if eq, _ := Equal(s.d, o.d); !eq {
			return false, true
		}
		ka, kb := s.d.Keys(), o.d.Keys()
		for i := range ka {
			if eq, _ := Equal(ka[i], kb[i]); !eq {
				return false, true
			}
		}
		return true, true
	}
	if ok {
		y = o.d
	}
	if d, isDict := y.(*Dict); isDict {
		eq, _ := Equal(s.d, d)
		return eq, true
	}
	return false, true
}

func (s *dictSub) copy() *dictSub {
	c := &dictSub{kind: s.kind, d: NewDict(), factory: s.factory}
	for _, kv := range s.d.Items() {
		c.d.Set(kv[0], kv[1])
	}
	return c
}

// plainUpdate is dict.update(*args, **kwargs) for defaultdict and
// OrderedDict.
func (s *dictSub) plainUpdate(th *Thread, name string, args []Value, kwargs []Kwarg) error {
	if len(args) > 1 {
		return NewError(TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := dictUpdate(th, s.d, args[0]); err != nil {
			return err
		}
	}
	for _, kw := range kwargs {
		if err := s.d.Set(String(kw.Name), kw.Value); err != nil {
			return err
		}
	}
	return nil
}

// counterUpdate is Counter.update (sign 1) and Counter.subtract (-1):
// counts from a mapping, or one per element of an iterable.
func (s *dictSub) counterUpdate(th *Thread, args []Value, kwargs []Kwarg, sign int) error {
	add := func(k, n Value) error {
		old, ok, err := s.d.Get(k)
		if err != nil {
			return err
		}
		if sign < 0 {
			if !ok {
				old = Int(0)
			}
			v, err := Binary(th, syntax.MINUS, old, n)
			if err != nil {
				return err
			}
			return s.d.Set(k, v)
		}
		if !ok {
			return s.d.Set(k, n)
		}
		v, err := Binary(th, syntax.PLUS, n, old)
		if err != nil {
			return err
		}
		return s.d.Set(k, v)
	}
	if len(args) > 0 && args[0] != None {
		src := args[0]
		if o, ok := src.(interface{ asDict() *Dict }); ok {
			src = o.asDict()
		}
		if d, ok := src.(*Dict); ok {
			for _, kv := range d.Items() {
				if err := add(kv[0], kv[1]); err != nil {
					return err
				}
			}
		} else {
			it, err := Iterate(src)
			if err != nil {
				return err
			}
			for {
				v, ok, err := it.Next(th)
				if err != nil {
					return err
				}
				if !ok {
					break
				}
				if err := add(v, Int(1)); err != nil {
					return err
				}
			}
		}
	}
	for _, kw := range kwargs {
		if err := add(String(kw.Name), kw.Value); err != nil {
			return err
		}
	}
	return nil
}

// mostCommon is Counter.most_common(n): (elem, count) pairs by count,
// largest first, ties in insertion order.
func (s *dictSub) mostCommon(th *Thread) ([]Value, error) {
	items := s.d.Items()
	var sortErr error
	sort.SliceStable(items, func(i, j int) bool {
		lt, err := Compare(th, syntax.CmpGT, items[i][1], items[j][1])
		if err != nil {
			sortErr = err
			return false
		}
		return lt.Truth()
	})
	out := make([]Value, len(items))
	for i, kv := range items {
		out[i] = Tuple{kv[0], kv[1]}
	}
	return out, sortErr
}

func (s *dictSub) Attr(th *Thread, name string) (Value, error) {
	m := func(fn func(args []Value, kwargs []Kwarg) (Value, error)) (Value, error) {
		return NewMethod(name, s, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) { return fn(args, kwargs) }), nil
	}
	switch name {
	case "__class__":
		return s.Class(), nil
	case "copy":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			return s.copy(), nil
		})
	}
	switch s.kind {
	case "Counter":
		switch name {
		case "most_common":
			return m(func(args []Value, kwargs []Kwarg) (Value, error) {
				var n Value = None
				if err := UnpackArgs("most_common", args, kwargs, "n?", &n); err != nil {
					return nil, err
				}
				items, err := s.mostCommon(th)
				if err != nil {
					return nil, err
				}
				if n != None {
					k, err := ToIndex(n, "")
					if err != nil {
						return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", n.Type())
					}
					items = items[:max(0, min(k, len(items)))]
				}
				return NewList(items), nil
			})
		case "elements":
			return m(func(args []Value, kwargs []Kwarg) (Value, error) {
				if err := ExactArgs(name, args, kwargs, 0); err != nil {
					return nil, err
				}
				var out []Value
				for _, kv := range s.d.Items() {
					n, err := ToIndex(kv[1], "")
					if err != nil {
						return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", kv[1].Type())
					}
					for i := 0; i < n; i++ {
						out = append(out, kv[0])
					}
				}
				return &iterObject{typ: "itertools.chain", it: &sliceIter{elems: out}}, nil
			})
		case "update", "subtract":
			return m(func(args []Value, kwargs []Kwarg) (Value, error) {
				if len(args) > 1 {
					return nil, NewError(TypeError, "expected at most 1 arguments, got %d", len(args))
				}
				sign := 1
				if name == "subtract" {
					sign = -1
				}
				return None, s.counterUpdate(th, args, kwargs, sign)
			})
		case "total":
			return m(func(args []Value, kwargs []Kwarg) (Value, error) {
				if err := ExactArgs(name, args, kwargs, 0); err != nil {
					return nil, err
				}
				var t Value = Int(0)
				for _, kv := range s.d.Items() {
					var err error
					if t, err = Binary(th, syntax.PLUS, t, kv[1]); err != nil {
						return nil, err
					}
				}
				return t, nil
			})
		case "fromkeys":
			return counterClass.attrs["fromkeys"], nil
		}
	case "defaultdict":
		if name == "default_factory" {
			return s.factory, nil
		}
	case "OrderedDict":
		switch name {
		case "move_to_end":
			return m(func(args []Value, kwargs []Kwarg) (Value, error) {
				var key Value
				last := true
				if err := UnpackArgs("move_to_end", args, kwargs, "key", &key, "last?", &last); err != nil {
					return nil, err
				}
				v, ok, err := s.d.Get(key)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, &Exception{Class: KeyError, Args: []Value{key}}
				}
				s.d.Delete(key)
				if last {
					return None, s.d.Set(key, v)
				}
				rest := s.d.Items()
				s.d = NewDict()
				s.d.Set(key, v)
				for _, kv := range rest {
					s.d.Set(kv[0], kv[1])
				}
				return None, nil
			})
		case "popitem":
			return m(func(args []Value, kwargs []Kwarg) (Value, error) {
				last := true
				if err := UnpackArgs("popitem", args, kwargs, "last?", &last); err != nil {
					return nil, err
				}
				items := s.d.Items()
				if len(items) == 0 {
					return nil, NewError(KeyError, "dictionary is empty")
				}
				kv := items[0]
				if last {
					kv = items[len(items)-1]
				}
				s.d.Delete(kv[0])
				return Tuple{kv[0], kv[1]}, nil
			})
		}
	}
	return builtinMethod(s.d, name), nil
}

func (s *dictSub) AttrNames() []string {
	names := builtinMethodNames(s.d)
	switch s.kind {
	case "Counter":
		names = append(names, "elements", "most_common", "subtract", "total")
	case "defaultdict":
		names = append(names, "default_factory")
	case "OrderedDict":
		names = append(names, "move_to_end")
	}
	sort.Strings(names)
	return names
}

func (s *dictSub) Unary(th *Thread, op syntax.Token) (Value, error) {
	if s.kind == "Counter" && (op == syntax.PLUS || op == syntax.MINUS) {
		out := &dictSub{kind: "Counter", d: NewDict()}
		for _, kv := range s.d.Items() {
			v := kv[1]
			if op == syntax.MINUS {
				var err error
				if v, err = Binary(th, syntax.MINUS, Int(0), v); err != nil {
					return nil, err
				}
			}
			if pos, err := Compare(th, syntax.CmpGT, v, Int(0)); err != nil {
				return nil, err
			} else if pos.Truth() {
				out.d.Set(kv[0], v)
			}
		}
		return out, nil
	}
	return nil, NewError(TypeError, "bad operand type for unary %s: '%s'", op, s.kind)
}

// Binary is Counter's + - | & (results keep positive counts only) and
// dict's |.
func (s *dictSub) Binary(th *Thread, op syntax.Token, y Value, side Side) (Value, error) {
	o, ok := y.(*dictSub)
	if s.kind != "Counter" || !ok || o.kind != "Counter" {
		if op == syntax.PIPE {
			if d, ok := y.(interface{ asDict() *Dict }); ok {
				y = d.asDict()
			}
			if d, ok := y.(*Dict); ok {
				a, b := s.d, d
				if side == Right {
					a, b = b, a
				}
				r, err := Binary(th, op, a, b)
				if err != nil || side == Right {
					return r, err
				}
				out := s.copy()
				out.d = r.(*Dict)
				return out, nil
			}
		}
		return nil, nil
	}
	a, b := s, o
	if side == Right {
		a, b = b, a
	}
	out := &dictSub{kind: "Counter", d: NewDict()}
	keep := func(k, v Value) error {
		pos, err := Compare(th, syntax.CmpGT, v, Int(0))
		if err != nil {
			return err
		}
		if pos.Truth() {
			return out.d.Set(k, v)
		}
		return nil
	}
	switch op {
	case syntax.PLUS, syntax.MINUS:
		for _, kv := range a.d.Items() {
			w, _ := b.Index(th, kv[0])
			v, err := Binary(th, op, kv[1], w)
			if err != nil {
				return nil, err
			}
			if err := keep(kv[0], v); err != nil {
				return nil, err
			}
		}
		for _, kv := range b.d.Items() {
			if _, in, _ := a.d.Get(kv[0]); in {
				continue
			}
			v := kv[1]
			if op == syntax.MINUS {
				var err error
				if v, err = Binary(th, syntax.MINUS, Int(0), v); err != nil {
					return nil, err
				}
			}
			if err := keep(kv[0], v); err != nil {
				return nil, err
			}
		}
	case syntax.PIPE, syntax.AMP:
		for _, kv := range a.d.Items() {
			w, _ := b.Index(th, kv[0])
			v := kv[1]
			lt, err := Compare(th, syntax.CmpLT, v, w)
			if err != nil {
				return nil, err
			}
			if lt.Truth() == (op == syntax.PIPE) {
				v = w
			}
			if err := keep(kv[0], v); err != nil {
				return nil, err
			}
		}
		if op == syntax.PIPE {
			for _, kv := range b.d.Items() {
				if _, in, _ := a.d.Get(kv[0]); !in {
					if err := keep(kv[0], kv[1]); err != nil {
						return nil, err
					}
				}
			}
		}
	default:
		return nil, nil
	}
	return out, nil
}

// deque is collections.deque: a sequence with appends and pops at both
// ends, at most maxlen items (-1: unbounded).
type deque struct {
	elems  []Value
	maxlen int
}

func (q *deque) String() string {
	if q.maxlen >= 0 {
		return "deque([" + joinRepr(q.elems) + "], maxlen=" + Int(q.maxlen).String() + ")"
	}
	return "deque([" + joinRepr(q.elems) + "])"
}
func (q *deque) prettyCall() (string, []Value, []Kwarg) {
	args := []Value{NewList(append([]Value(nil), q.elems...))}
	if q.maxlen >= 0 {
		return "deque", args, []Kwarg{{"maxlen", Int(q.maxlen)}}
	}
	return "deque", args, nil
}
func (*deque) Type() string        { return "deque" }
func (q *deque) Truth() bool       { return len(q.elems) > 0 }
func (q *deque) Len() int          { return len(q.elems) }
func (*deque) Class() Value        { return dequeClass }
func (q *deque) Iterate() Iterator { return &sliceIter{elems: append([]Value(nil), q.elems...)} }

// push appends v at the right (or the left), dropping from the other end
// past maxlen.
func (q *deque) push(v Value, left bool) {
	if q.maxlen == 0 {
		return
	}
	if left {
		q.elems = append([]Value{v}, q.elems...)
		if q.maxlen >= 0 && len(q.elems) > q.maxlen {
			q.elems = q.elems[:q.maxlen]
		}
		return
	}
	q.elems = append(q.elems, v)
	if q.maxlen >= 0 && len(q.elems) > q.maxlen {
		q.elems = q.elems[len(q.elems)-q.maxlen:]
	}
}

func (q *deque) index(k Value) (int, error) {
	i, err := ToIndex(k, "sequence index must be integer, not '"+k.Type()+"'")
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += len(q.elems)
	}
	if i < 0 || i >= len(q.elems) {
		return 0, NewError(IndexError, "deque index out of range")
	}
	return i, nil
}

func (q *deque) Index(th *Thread, k Value) (Value, error) {
	if _, ok := k.(Slice); ok {
		return nil, NewError(TypeError, "sequence index must be integer, not 'slice'")
	}
	i, err := q.index(k)
	if err != nil {
		return nil, err
	}
	return q.elems[i], nil
}

func (q *deque) SetIndex(th *Thread, k, v Value) error {
	i, err := q.index(k)
	if err != nil {
		return err
	}
	q.elems[i] = v
	return nil
}

func (q *deque) DelIndex(th *Thread, k Value) error {
	i, err := q.index(k)
	if err != nil {
		return err
	}
	q.elems = append(q.elems[:i:i], q.elems[i+1:]...)
	return nil
}

func (q *deque) equal(y Value) (bool, bool) {
	o, ok := y.(*deque)
	if !ok {
		return false, true
	}
	eq, _ := equalSeq(q.elems, o.elems)
	return eq, true
}

func (q *deque) Binary(th *Thread, op syntax.Token, y Value, side Side) (Value, error) {
	switch op {
	case syntax.PLUS:
		o, ok := y.(*deque)
		if !ok {
			return nil, NewError(TypeError, "can only concatenate deque (not \"%s\") to deque", y.Type())
		}
		a, b := q, o
		if side == Right {
			a, b = b, a
		}
		out := &deque{maxlen: a.maxlen, elems: append([]Value(nil), a.elems...)}
		for _, v := range b.elems {
			out.push(v, false)
		}
		return out, nil
	case syntax.STAR:
		n, ok := AsSmallInt(y)
		if !ok {
			return nil, nil
		}
		out := &deque{maxlen: q.maxlen}
		for i := int64(0); i < n; i++ {
			for _, v := range q.elems {
				out.push(v, false)
			}
		}
		return out, nil
	case syntax.LT, syntax.LE, syntax.GT, syntax.GE:
		o, ok := y.(*deque)
		if !ok {
			return nil, nil
		}
		a, b := NewList(q.elems), NewList(o.elems)
		if side == Right {
			a, b = b, a
		}
		return Compare(th, cmpOf[op], a, b)
	}
	return nil, nil
}

func (q *deque) Attr(th *Thread, name string) (Value, error) {
	m := func(fn func(args []Value, kwargs []Kwarg) (Value, error)) (Value, error) {
		return NewMethod(name, q, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) { return fn(args, kwargs) }), nil
	}
	one := func(args []Value, kwargs []Kwarg) error { return ExactArgs(name, args, kwargs, 1) }
	none := func(args []Value, kwargs []Kwarg) error { return ExactArgs(name, args, kwargs, 0) }
	switch name {
	case "maxlen":
		if q.maxlen < 0 {
			return None, nil
		}
		return Int(q.maxlen), nil
	case "__class__":
		return dequeClass, nil
	case "append", "appendleft":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := one(args, kwargs); err != nil {
				return nil, err
			}
			q.push(args[0], name == "appendleft")
			return None, nil
		})
	case "extend", "extendleft":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := one(args, kwargs); err != nil {
				return nil, err
			}
			items, err := Collect(th, args[0])
			if err != nil {
				return nil, err
			}
			for _, v := range items {
				q.push(v, name == "extendleft")
			}
			return None, nil
		})
	case "pop", "popleft":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := none(args, kwargs); err != nil {
				return nil, err
			}
			if len(q.elems) == 0 {
				return nil, NewError(IndexError, "pop from an empty deque")
			}
			if name == "pop" {
				v := q.elems[len(q.elems)-1]
				q.elems = q.elems[:len(q.elems)-1]
				return v, nil
			}
			v := q.elems[0]
			q.elems = q.elems[1:]
			return v, nil
		})
	case "rotate":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			n := 1
			if err := UnpackArgs("rotate", args, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			if k := len(q.elems); k > 0 {
				n = ((n % k) + k) % k
				q.elems = append(append([]Value(nil), q.elems[k-n:]...), q.elems[:k-n]...)
			}
			return None, nil
		})
	case "clear":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := none(args, kwargs); err != nil {
				return nil, err
			}
			q.elems = nil
			return None, nil
		})
	case "reverse":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := none(args, kwargs); err != nil {
				return nil, err
			}
			for i, j := 0, len(q.elems)-1; i < j; i, j = i+1, j-1 {
				q.elems[i], q.elems[j] = q.elems[j], q.elems[i]
			}
			return None, nil
		})
	case "copy":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := none(args, kwargs); err != nil {
				return nil, err
			}
			return &deque{maxlen: q.maxlen, elems: append([]Value(nil), q.elems...)}, nil
		})
	case "count":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := one(args, kwargs); err != nil {
				return nil, err
			}
			n := 0
			for _, e := range q.elems {
				if eq, err := Equal(e, args[0]); err != nil {
					return nil, err
				} else if eq {
					n++
				}
			}
			return Int(n), nil
		})
	case "index", "remove":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if name == "remove" {
				if err := one(args, kwargs); err != nil {
					return nil, err
				}
			} else if len(args) < 1 {
				return nil, NewError(TypeError, "index expected at least 1 argument, got 0")
			}
			for i, e := range q.elems {
				if eq, err := Equal(e, args[0]); err != nil {
					return nil, err
				} else if eq {
					if name == "index" {
						return Int(i), nil
					}
					q.elems = append(q.elems[:i:i], q.elems[i+1:]...)
					return None, nil
				}
			}
			return nil, NewError(ValueError, "%s is not in deque", Repr(args[0]))
		})
	case "insert":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			var i int
			var v Value
			if err := UnpackArgs("insert", args, kwargs, "index", &i, "object", &v); err != nil {
				return nil, err
			}
			if q.maxlen >= 0 && len(q.elems) >= q.maxlen {
				return nil, NewError(IndexError, "deque already at its maximum size")
			}
			n := len(q.elems)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			q.elems = append(q.elems[:i], append([]Value{v}, q.elems[i:]...)...)
			return None, nil
		})
	}
	return nil, nil
}

func (q *deque) AttrNames() []string {
	return []string{"append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index", "insert", "maxlen", "pop", "popleft", "remove", "reverse", "rotate"}
}
