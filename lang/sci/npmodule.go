package sci

import (
	"math"
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// arrayArg converts an argument to an array with NumPy's messages.
func (in *lib) arrayArg(th *eval.Thread, v eval.Value) (*linalg.Array, error) {
	a, ok, err := in.toArray(th, v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, eval.NewError(eval.TypeError, "unsupported operand type for numpy: '%s'", v.Type())
	}
	return a, nil
}

// axisList reads an axis argument of a reduction: None (nil, every axis),
// an int or a tuple of ints.
func axisList(axis eval.Value) ([]int, error) {
	if axis == eval.None {
		return nil, nil
	}
	return intList([]eval.Value{axis})
}

// matrixFromString parses np.matrix("1 2; 3 4") as NumPy's
// _convert_from_string: brackets are dropped, ';' parts rows, ',' and
// white space part numbers, each a Python literal (int, float or complex),
// and every row must have the first row's length.
func (in *lib) matrixFromString(th *eval.Thread, s string) (*linalg.Array, error) {
	s = strings.NewReplacer("[", "", "]", "").Replace(s)
	var rows []eval.Value
	ncols := 0
	for i, row := range strings.Split(s, ";") {
		var vals []eval.Value
		for _, col := range strings.Split(row, ",") {
			for _, f := range strings.Fields(col) {
				v, err := matrixLiteral(th, f)
				if err != nil {
					return nil, err
				}
				vals = append(vals, v)
			}
		}
		if i == 0 {
			ncols = len(vals)
		} else if len(vals) != ncols {
			return nil, eval.NewError(eval.ValueError, "Rows not the same size.")
		}
		rows = append(rows, eval.NewList(vals))
	}
	return in.arrayFromNested(th, eval.NewList(rows), nil)
}

// matrixLiteral is ast.literal_eval of one number of a matrix string: an
// int, a float, or a complex such as 2j or 1+2j.
func matrixLiteral(th *eval.Thread, f string) (eval.Value, error) {
	if v, err := eval.BuiltinInt(th, []eval.Value{eval.String(f)}, nil); err == nil {
		return v, nil
	}
	if v, err := eval.BuiltinFloat(th, []eval.Value{eval.String(f)}, nil); err == nil && !strings.ContainsAny(f, "nN") {
		return v, nil
	}
	if strings.HasSuffix(f, "j") || strings.HasSuffix(f, "J") {
		z := f[:len(f)-1] + "i"
		if !strings.ContainsAny(f[1:], "+-") {
			z = "0+" + z
			if f[0] == '-' || f[0] == '+' {
				z = "0" + f[:len(f)-1] + "i"
			}
		}
		if c, err := strconv.ParseComplex(z, 128); err == nil {
			if f[0] == '-' && !strings.ContainsAny(f[1:], "+-") {
				c = complex(math.Copysign(0, -1), imag(c)) // -(2j) is (-0-2j)
			}
			return eval.Complex(c), nil
		}
	}
	return nil, eval.NewError(eval.ValueError, "malformed node or string: %s", eval.Repr(eval.String(f)))
}

// normOrd converts the ord argument of norm, cond, vector_norm and
// matrix_norm.
func normOrd(v eval.Value) (linalg.NormOrd, error) {
	switch o := v.(type) {
	case eval.NoneType:
		return linalg.NormOrd{Default: true}, nil
	case eval.String:
		return linalg.NormOrd{Str: string(o)}, nil
	}
	f, err := eval.ToFloat(v)
	if err != nil {
		return linalg.NormOrd{}, eval.NewError(eval.TypeError, "'<' not supported between instances of '%s' and 'int'", v.Type())
	}
	return linalg.NormOrd{P: f}, nil
}

// normAxes converts an axis argument: None, an int or a tuple of ints.
func normAxes(v eval.Value) ([]int, error) {
	if v == eval.None {
		return nil, nil
	}
	axes, err := intList([]eval.Value{v})
	if err != nil {
		return nil, eval.NewError(eval.TypeError, "'axis' must be None, an integer or a tuple of integers")
	}
	return axes, nil
}

// repeat is np.repeat(a, reps, axis) and a.repeat(reps, axis): counts are
// truncated to ints as NumPy casts them.
func (in *lib) repeat(th *eval.Thread, a *linalg.Array, reps, axis eval.Value) (eval.Value, error) {
	if s, ok := reps.(eval.String); ok {
		return nil, eval.NewError(eval.ValueError, "invalid literal for int() with base 10: %s", eval.Repr(s))
	}
	ra, err := in.arrayArg(th, reps)
	if err != nil {
		return nil, err
	}
	ra = ra.AsType(linalg.Int64)
	counts := make([]int, ra.Size())
	for k := range counts {
		counts[k] = int(ra.At(k).(int64))
	}
	if len(counts) == 0 {
		counts = []int{0}
	}
	ax, hasAxis := 0, axis != eval.None
	if hasAxis {
		n, ok := eval.AsSmallInt(axis)
		if !ok {
			return nil, eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", axis.Type())
		}
		ax = int(n)
	}
	r, err := linalg.Repeat(a, counts, ax, hasAxis)
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	return &Array{a: r, in: in}, nil
}

// diagonalAxes is np.diagonal(a, off, ax1, ax2): the diagonal of the
// matrices spanned by axes ax1 and ax2, appended as the last axis after
// the others in order.
func diagonalAxes(a *linalg.Array, off, ax1, ax2 int) (*linalg.Array, error) {
	nd := len(a.Shape())
	if nd < 2 {
		return nil, eval.NewError(eval.ValueError, "diag requires an array of at least two dimensions")
	}
	for i, ax := range []*int{&ax1, &ax2} {
		if *ax < -nd || *ax >= nd {
			return nil, eval.NewError(eval.AxisError, "axis%d: axis %d is out of bounds for array of dimension %d", i+1, *ax, nd)
		}
		if *ax < 0 {
			*ax += nd
		}
	}
	if ax1 == ax2 {
		return nil, eval.NewError(eval.ValueError, "axis1 and axis2 cannot be the same")
	}
	perm := make([]int, 0, nd)
	for k := 0; k < nd; k++ {
		if k != ax1 && k != ax2 {
			perm = append(perm, k)
		}
	}
	t, err := a.Transpose(append(perm, ax1, ax2)...)
	if err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	r, err := linalg.Diagonal(t, off)
	return r, pyErr(nil, "", nil, err)
}
