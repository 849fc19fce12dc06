package sci

import (
	"fmt"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
)

// npClass is one of NumPy's abstract classes (numpy.ndarray,
// numpy.floating, ...): isinstance asks it; calling it is not supported.
type npClass struct {
	name string // "numpy.ndarray"
	is   func(v eval.Value) bool
}

var (
	ndarrayClass  = &npClass{"numpy.ndarray", func(v eval.Value) bool { _, ok := v.(*Array); return ok }}
	matrixClass   = &npClass{"numpy.matrix", func(v eval.Value) bool { a, ok := v.(*Array); return ok && a.a.IsMatrix() }}
	floatingClass = &npClass{"numpy.floating", func(v eval.Value) bool { return scalarNamed(v, "float64") }}
	integerClass  = &npClass{"numpy.integer", func(v eval.Value) bool { return scalarNamed(v, "int64") }}
	numberClass   = &npClass{"numpy.number", func(v eval.Value) bool { _, ok := v.(*NumpyScalar); return ok }}
)

func scalarNamed(v eval.Value, name string) bool {
	s, ok := v.(*NumpyScalar)
	return ok && s.dtypeName() == name
}

func (c *npClass) String() string               { return "<class '" + c.name + "'>" }
func (*npClass) Type() string                   { return "type" }
func (*npClass) Truth() bool                    { return true }
func (c *npClass) Name() string                 { return c.name }
func (c *npClass) Hash() (uint64, error)        { return eval.String("type " + c.name).Hash() }
func (c *npClass) IsInstance(v eval.Value) bool { return c.is(v) }
func (c *npClass) AttrNames() []string          { return []string{"__name__"} }
func (c *npClass) Attr(th *eval.Thread, name string) (eval.Value, error) {
	if name == "__name__" {
		return eval.String(c.name[strings.LastIndexByte(c.name, '.')+1:]), nil
	}
	return nil, nil
}
func (c *npClass) Call(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
	if c == ndarrayClass {
		return nil, eval.NewError(eval.NotImplementedError, "use numpy.array to build arrays")
	}
	return nil, eval.NewError(eval.TypeError, "cannot create '%s' instances", c.name)
}

// Class is type(x): numpy.ndarray, or numpy.matrix.
func (x *Array) Class() eval.Value {
	if x.a.IsMatrix() {
		return matrixClass
	}
	return ndarrayClass
}

// Convert is int(x) and float(x) of a one-element array.
func (x *Array) Convert(kind string) (eval.Value, error) { return x.toPyScalar(kind) }

// Whos is the array's Data/Info in %whos, as IPython writes it for an
// ndarray: shape as 3x3, elements, dtype and bytes, with the size in kb or
// Mb from 100000 bytes on. A numpy.matrix, whose type name is not
// ndarray, shows as str() does.
func (x *Array) Whos() string {
	a := x.a
	if a.IsMatrix() {
		return ""
	}
	shape := strings.NewReplacer(",", "", " ", "x").Replace(shapeRepr(a.Shape()))
	shape = shape[1 : len(shape)-1]
	n := a.Size() * a.DType().ItemSize()
	s := fmt.Sprintf("%s: %d elems, type `%s`, %d bytes", shape, a.Size(), a.DType(), n)
	switch {
	case n >= 1<<20:
		s += " (" + eval.Float(float64(n)/(1<<20)).String() + " Mb)"
	case n >= 100000:
		s += " (" + eval.Float(float64(n)/1024).String() + " kb)"
	}
	return s
}

// Inspect gives the inspector's (x?) type and fields for an array.
func (x *Array) Inspect() (string, [][2]string) {
	var f [][2]string
	if len(x.a.Shape()) > 0 {
		f = append(f, [2]string{"Length", fmt.Sprint(x.Len())})
	}
	f = append(f, [2]string{"Shape", shapeRepr(x.a.Shape())}, [2]string{"Dtype", x.a.DType().String()})
	return "ndarray", f
}

// Class is type(s): numpy.float64, numpy.int64, ...
func (s *NumpyScalar) Class() eval.Value {
	if t, ok := s.in.types[s.d]; ok && t.name == s.dtypeName() {
		return t
	}
	return &npType{s.dtypeName(), s.d, s.in}
}

// AsIndex is NumPy's integer and bool scalars' __index__.
func (s *NumpyScalar) AsIndex() (int64, bool) { return s.asInt() }

// AsFloat is __float__ of NumPy's real scalars.
func (s *NumpyScalar) AsFloat() (float64, bool) { return s.asFloat() }

// PyNumber is the Python int or float of the same value; complex scalars
// stay themselves.
func (s *NumpyScalar) PyNumber() eval.Value {
	if i, ok := s.asInt(); ok {
		return eval.Int(i)
	}
	if f, ok := s.asFloat(); ok {
		return eval.Float(f)
	}
	return s
}

// Convert is int(s) and float(s).
func (s *NumpyScalar) Convert(kind string) (eval.Value, error) {
	if kind == "int" {
		if i, ok := s.asInt(); ok {
			return eval.Int(i), nil
		}
		f, _ := s.asFloat()
		return eval.BuiltinInt(nil, []eval.Value{eval.Float(f)}, nil)
	}
	if f, ok := s.asFloat(); ok {
		return eval.Float(f), nil
	}
	return nil, eval.NewError(eval.TypeError, "float() argument must be a string or a real number, not '%s'", s.Type())
}

// IsA reports that numpy.float64 derives from Python's float.
func (s *NumpyScalar) IsA(builtinType string) bool {
	return builtinType == "float" && s.dtypeName() == "float64"
}

// IsInstance is isinstance(v, np.float64) and the like.
func (t *npType) IsInstance(v eval.Value) bool { return scalarNamed(v, t.name) }
