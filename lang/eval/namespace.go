package eval

import (
	"reflect"
	"sort"

	"github.com/golinalg/golinalg/lang/syntax"
)

// namespaceDict returns the dict globals() gives: one object per
// interpreter whose entries are the notebook's global variables. Reading
// it sees the variables as they are now; writing or deleting an entry
// binds or unbinds the variable, as CPython's module dict does.
func (in *Interpreter) namespaceDict() *Dict {
	if in.nsDict == nil {
		d := NewDict()
		d.ns = in
		in.nsDict = d
	}
	return in.nsDict
}

// syncNS refills a globals() dict from the namespace, in the order the
// names were first used. It does nothing to other dicts.
func (d *Dict) syncNS() {
	in := d.ns
	if in == nil {
		return
	}
	d.ns = nil
	defer func() { d.ns = in }()
	type entry struct {
		name string
		v    Value
		seq  uint64
	}
	var es []entry
	in.boundGlobals(func(name string, v Value, seq uint64) { es = append(es, entry{name, v, seq}) })
	sort.Slice(es, func(i, j int) bool { return es[i].seq < es[j].seq })
	d.keys, d.vals, d.live, d.n, d.index = nil, nil, nil, 0, map[uint64][]int{}
	for _, e := range es {
		d.Set(String(e.name), e.v)
	}
}

// nsKey checks a key of a globals() dict: the hash error of an unhashable
// key, and the name of a str key (ok false for other keys, which no
// variable can have).
func nsKey(k Value) (string, bool, error) {
	if _, err := HashValue(k); err != nil {
		return "", false, err
	}
	s, ok := k.(String)
	return string(s), ok, nil
}

func (d *Dict) nsGet(k Value) (Value, bool, error) {
	name, ok, err := nsKey(k)
	if err != nil || !ok {
		return nil, false, err
	}
	v, ok := d.ns.global(name)
	return v, ok, nil
}

func (d *Dict) nsSet(k, v Value) error {
	name, ok, err := nsKey(k)
	if err != nil {
		return err
	}
	if !ok {
		return NewError(TypeError, "golinalg's globals() takes only str keys, not '%s'", k.Type())
	}
	d.ns.setGlobal(name, v)
	return nil
}

func (d *Dict) nsDelete(k Value) (bool, error) {
	name, ok, err := nsKey(k)
	if err != nil || !ok {
		return false, err
	}
	c := d.ns.existing(name)
	if c == nil || c.v == nil {
		return false, nil
	}
	c.v = nil
	return true, nil
}

// frameLocals is locals() called in fr: the globals() dict at the top
// level of a cell; in a function, as in CPython 3.11, one dict per call
// (the frame's f_locals), brought up to date at each locals() call: the
// frame's bound local variables (parameters, then by first binding) and
// the bound variables of enclosing functions its code refers to, with
// unbound ones removed. Later assignments do not show until the next
// call; writes to the dict do not reach the variables.
func (fr *frame) frameLocals() *Dict {
	c := fr.code
	th := fr.th
	if c == nil {
		return th.in.namespaceDict()
	}
	d := th.fLocals[fr]
	if d == nil {
		fr.capture() // the dict is tied to this activation
		if th.fLocals == nil {
			th.fLocals = map[*frame]*Dict{}
		}
		d = NewDict()
		th.fLocals[fr] = d
	}
	put := func(name string, v Value) {
		if v != nil {
			d.Set(String(name), v)
		} else {
			d.Delete(String(name))
		}
	}
	names := make([]string, c.n)
	for name, i := range c.slots {
		names[i] = name
	}
	for i, name := range names {
		if name != "" {
			put(name, fr.locals[i])
		}
	}
	if c.globals == nil {
		return d // a comprehension: no enclosing variables are listed
	}
	for _, name := range c.freeNames() {
		if _, local := c.slots[name]; local || c.globals[name] {
			continue
		}
		for p := fr.parent; p != nil && p.code != nil; p = p.parent {
			if i, ok := p.code.slots[name]; ok {
				put(name, p.locals[i])
				break
			}
		}
	}
	return d
}

// freeNames lists, once per code, the names its body (nested functions
// included) mentions, in order of first mention.
func (c *funcCode) freeNames() []string {
	if c.freeDone {
		return c.free
	}
	c.freeDone = true
	seen := map[string]bool{}
	identType := reflect.TypeOf((*syntax.Ident)(nil))
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Type() == identType {
				if name := v.Interface().(*syntax.Ident).Name; !seen[name] {
					seen[name] = true
					c.free = append(c.free, name)
				}
				return
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	for _, s := range c.body {
		walk(reflect.ValueOf(s))
	}
	if c.expr != nil {
		walk(reflect.ValueOf(c.expr))
	}
	return c.free
}
