package eval

import (
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/display"

	"github.com/golinalg/golinalg/lang/syntax"
)

// NamedTupleClass is a class made by collections.namedtuple: a subclass
// of tuple whose n items are also named by n fields. NumPy 2's
// numpy.linalg returns instances of five such classes.
type NamedTupleClass struct {
	name   string   // "EigResult"
	module string   // "numpy.linalg._linalg"
	fields []string // "eigenvalues", "eigenvectors"
	// defaults are the values of the last len(defaults) fields when a
	// call omits them (collections.namedtuple's defaults=).
	defaults []Value
}

// NewNamedTupleClass returns the class of a collections.namedtuple-like
// result type, such as numpy.linalg's EigResult (module
// "numpy.linalg._linalg", fields "eigenvalues", "eigenvectors").
func NewNamedTupleClass(name, module string, fields ...string) *NamedTupleClass {
	return &NamedTupleClass{name: name, module: module, fields: fields}
}

// Make returns the instance of c holding items, which must number as
// many as c's fields.
func (c *NamedTupleClass) Make(items ...Value) *NamedTuple {
	return &NamedTuple{class: c, Tuple: Tuple(items)}
}

func (c *NamedTupleClass) String() string { return "<class '" + c.module + "." + c.name + "'>" }
func (*NamedTupleClass) Type() string     { return "type" }
func (*NamedTupleClass) Truth() bool      { return true }
func (c *NamedTupleClass) Name() string   { return c.name }
func (c *NamedTupleClass) Hash() (uint64, error) {
	return String("type " + c.module + "." + c.name).Hash()
}

// Call is the class's __new__(_cls, f1, f2, ...), with its messages.
func (c *NamedTupleClass) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	fn := c.name + ".__new__()"
	n := len(c.fields)
	if len(args) > n {
		return nil, NewError(TypeError, "%s takes %d positional arguments but %d were given", fn, n+1, len(args)+1)
	}
	items := make([]Value, n)
	copy(items, args)
	for _, kw := range kwargs {
		i := c.field(kw.Name)
		if i < 0 {
			return nil, NewError(TypeError, "%s got an unexpected keyword argument '%s'", fn, kw.Name)
		}
		if items[i] != nil {
			return nil, NewError(TypeError, "%s got multiple values for argument '%s'", fn, kw.Name)
		}
		items[i] = kw.Value
	}
	var missing []string
	for i, v := range items {
		if j := i - (n - len(c.defaults)); v == nil && j >= 0 {
			items[i] = c.defaults[j]
			continue
		}
		if v == nil {
			missing = append(missing, "'"+c.fields[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, NewError(TypeError, "%s missing %d required positional argument%s: %s", fn, len(missing), Plural(len(missing)), joinNames(missing))
	}
	return c.Make(items...), nil
}

func (c *NamedTupleClass) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__", "__qualname__":
		return String(c.name), nil
	case "__module__":
		return String(c.module), nil
	case "__doc__":
		return String(c.name + "(" + strings.Join(c.fields, ", ") + ")"), nil
	case "_fields":
		return c.fieldTuple(), nil
	case "_field_defaults":
		d := NewDict()
		for j, v := range c.defaults {
			d.Set(String(c.fields[len(c.fields)-len(c.defaults)+j]), v)
		}
		return d, nil
	case "_make":
		return &Builtin{name: c.name + "._make", fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(c.name+"._make", args, kwargs, 1); err != nil {
				return nil, err
			}
			items, err := Collect(th, args[0])
			if err != nil {
				return nil, err
			}
			if len(items) != len(c.fields) {
				return nil, NewError(TypeError, "Expected %d arguments, got %d", len(c.fields), len(items))
			}
			return c.Make(items...), nil
		}}, nil
	}
	return nil, nil
}

func (c *NamedTupleClass) AttrNames() []string {
	return []string{"__doc__", "__module__", "__name__", "__qualname__", "_field_defaults", "_fields", "_make"}
}

// field returns the position of the field called name, or -1.
func (c *NamedTupleClass) field(name string) int {
	for i, f := range c.fields {
		if f == name {
			return i
		}
	}
	return -1
}

func (c *NamedTupleClass) fieldTuple() Tuple {
	t := make(Tuple, len(c.fields))
	for i, f := range c.fields {
		t[i] = String(f)
	}
	return t
}

// NamedTuple is an instance of a namedtuple class: a tuple (x₀, …, xₙ₋₁)
// whose item xᵢ is also the attribute named by the class's i-th field,
// as numpy.linalg.eig's EigResult(eigenvalues, eigenvectors). Everywhere
// else it is its Tuple: len, indexing (slices give a plain tuple),
// iteration and unpacking, hashing, ==, < and + compare and combine its
// items as a tuple's, and isinstance(r, tuple) holds.
type NamedTuple struct {
	class *NamedTupleClass
	Tuple
}

// String is the repr of collections.namedtuple, Name(f1=repr1, f2=repr2),
// which IPython's pretty printer shows unchanged.
func (n *NamedTuple) String() string {
	var b strings.Builder
	b.WriteString(n.class.name)
	b.WriteByte('(')
	for i, e := range n.Tuple {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(n.class.fields[i])
		b.WriteByte('=')
		b.WriteString(e.String())
	}
	b.WriteByte(')')
	return b.String()
}

// Type is the class's name, as type(r).__name__.
func (n *NamedTuple) Type() string { return n.class.name }

// Index is r[k]: an item, or a plain tuple for a slice.
func (n *NamedTuple) Index(th *Thread, k Value) (Value, error) {
	return getIndex(th, n.Tuple, k)
}

// Attr gives the fields by name, and namedtuple's _fields, _asdict and
// _replace with tuple's count and index.
func (n *NamedTuple) Attr(th *Thread, name string) (Value, error) {
	if i := n.class.field(name); i >= 0 {
		return n.Tuple[i], nil
	}
	switch name {
	case "_fields", "_field_defaults", "_make", "__module__", "__doc__":
		return n.class.Attr(th, name)
	case "__class__":
		return n.class, nil
	case "_asdict":
		return &Builtin{name: "_asdict", recv: n, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs("_asdict", args, kwargs, 0); err != nil {
				return nil, err
			}
			d := NewDict()
			for i, f := range n.class.fields {
				if err := d.Set(String(f), n.Tuple[i]); err != nil {
					return nil, err
				}
			}
			return d, nil
		}}, nil
	case "_replace":
		return &Builtin{name: "_replace", recv: n, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if len(args) > 0 {
				return nil, NewError(TypeError, "%s._replace() takes 1 positional argument but %d were given", n.class.name, len(args)+1)
			}
			items := append([]Value(nil), n.Tuple...)
			var bad []string
			for _, kw := range kwargs {
				if i := n.class.field(kw.Name); i >= 0 {
					items[i] = kw.Value
				} else {
					bad = append(bad, String(kw.Name).String())
				}
			}
			if len(bad) > 0 {
				return nil, NewError(ValueError, "Got unexpected field names: [%s]", strings.Join(bad, ", "))
			}
			return n.class.Make(items...), nil
		}}, nil
	}
	return builtinMethod(n.Tuple, name), nil
}

// AttrNames lists the fields, namedtuple's methods and tuple's.
func (n *NamedTuple) AttrNames() []string {
	names := append([]string(nil), n.class.fields...)
	names = append(names, "_asdict", "_field_defaults", "_fields", "_make", "_replace")
	return append(names, builtinMethodNames(n.Tuple)...)
}

// SetAttr refuses, as a namedtuple's fields are read-only properties and
// its __slots__ is empty.
func (n *NamedTuple) SetAttr(name string, v Value) error {
	if n.class.field(name) >= 0 {
		return NewError(AttributeError, "can't set attribute")
	}
	return NewError(AttributeError, "'%s' object has no attribute '%s'", n.class.name, name)
}

// Binary is r + t and r * k, which give plain tuples as tuple's do;
// comparisons are left to Equal and order, which see the items.
func (n *NamedTuple) Binary(th *Thread, op syntax.Token, y Value, side Side) (Value, error) {
	switch op {
	case syntax.PLUS:
		if side == Left {
			return Binary(th, op, n.Tuple, plainTuple(y))
		}
		if t, ok := plainTuple(y).(Tuple); ok {
			return Binary(th, op, t, n.Tuple)
		}
	case syntax.STAR:
		if side == Left {
			return Binary(th, op, n.Tuple, y)
		}
		if numKind(y) == kInt {
			return Binary(th, op, y, n.Tuple)
		}
	}
	return nil, nil
}

// plainTuple returns v's Tuple when v is a NamedTuple, v otherwise.
func plainTuple(v Value) Value {
	if n, ok := v.(*NamedTuple); ok {
		return n.Tuple
	}
	return v
}

// tupleHTML returns the text/html of a result that is a tuple of arrays:
// numpy.linalg.eig's EigResult(eigenvalues, eigenvectors), svd's
// SVDResult(U, S, Vh), scipy.linalg.lu's plain (P, L, U). Each item is its
// own table captioned with its field name, or "[i]" in a plain tuple, so
// that eig reads as the eigenvalues, then the eigenvectors as columns.
// Only tuples of arrays and NumPy scalars, at least one an array, have
// one ("" otherwise): other tuples, and tuples of scalars alone, are text.
func tupleHTML(v Value) string {
	var items Tuple
	var fields []string
	switch t := v.(type) {
	case Tuple:
		items = t
	case *NamedTuple:
		items, fields = t.Tuple, t.class.fields
	default:
		return ""
	}
	tables := make([]string, len(items))
	arrays := false
	for i, it := range items {
		t, ok := it.(HasTable)
		if !ok {
			return ""
		}
		label := "[" + strconv.Itoa(i) + "]"
		if fields != nil {
			label = fields[i]
		}
		var isArray bool
		tables[i], isArray = t.Table(label)
		arrays = arrays || isArray
	}
	if !arrays {
		return ""
	}
	return display.Fields(tables)
}
