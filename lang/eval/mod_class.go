package eval

import "sort"

// libClass is a class of one of the core's modules (fractions.Fraction,
// collections.deque): calling it makes an instance, isinstance asks it,
// and its attributes are class methods (Fraction.from_float).
type libClass struct {
	name, module string
	make         func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)
	is           func(v Value) bool
	attrs        map[string]Value
	doc          string
}

func (c *libClass) String() string        { return "<class '" + c.module + "." + c.name + "'>" }
func (*libClass) Type() string            { return "type" }
func (*libClass) Truth() bool             { return true }
func (c *libClass) Name() string          { return c.name }
func (c *libClass) Hash() (uint64, error) { return String("class " + c.module + "." + c.name).Hash() }
func (c *libClass) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return c.make(th, args, kwargs)
}

// IsInstance is isinstance(v, c).
func (c *libClass) IsInstance(v Value) bool { return c.is(v) }

func (c *libClass) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__", "__qualname__":
		return String(c.name), nil
	case "__module__":
		return String(c.module), nil
	case "__doc__":
		return String(c.doc), nil
	}
	return c.attrs[name], nil
}

func (c *libClass) AttrNames() []string {
	out := []string{"__doc__", "__module__", "__name__", "__qualname__"}
	for k := range c.attrs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// notImplemented is the NotImplementedError of a part of a standard
// module that golinalg does not have.
func notImplemented(what string) error {
	return NewError(NotImplementedError, "%s is not supported by golinalg", what)
}

// unsupportedFn is a module attribute that raises notImplemented when
// called.
func unsupportedFn(module, name string) Value {
	return NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return nil, notImplemented(module + "." + name)
	})
}
