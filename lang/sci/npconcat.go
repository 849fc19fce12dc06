package sci

import (
	"fmt"
	"math/cmplx"
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// axisConcat is NumPy's AxisConcatenator, the objects np.r_ and np.c_:
// indexing one with slices, arrays and scalars concatenates them along
// axis, a slice start:stop:step standing for np.arange(start, stop, step)
// (or np.linspace(start, stop, num) when step is a complex numj). Every
// piece is made at least ndmin-d; a piece with fewer dimensions has them
// added in front and then its last axis moved to position trans1d (-1
// leaves it last). A first item that is a string is a directive: 'r' or
// 'c' asks for a row or column matrix, "axis", "axis,ndmin" or
// "axis,ndmin,trans1d" set those.
type axisConcat struct {
	in                   *lib
	class                string // RClass or CClass
	axis, ndmin, trans1d int
}

func (x *axisConcat) String() string {
	return fmt.Sprintf("<numpy.lib._index_tricks_impl.%s object at 0x7f%010x>", x.class, 0x1000000+len(x.class)*0x40)
}
func (x *axisConcat) Type() string { return x.class }
func (x *axisConcat) Truth() bool  { return false } // __len__ is 0

// Len is NumPy's __len__: always 0.
func (x *axisConcat) Len() int { return 0 }

// Index concatenates the pieces of key as AxisConcatenator.__getitem__.
func (x *axisConcat) Index(th *eval.Thread, key eval.Value) (eval.Value, error) {
	if _, ok := key.(eval.String); ok {
		return nil, eval.NewError(eval.NotImplementedError, "numpy.%s_['...'] (a matrix from a string of variable names) is not supported by golinalg yet", strings.ToLower(x.class[:1]))
	}
	items := []eval.Value{key}
	if t, ok := key.(eval.Tuple); ok {
		items = t
	}
	axis, ndmin, trans1d := x.axis, x.ndmin, x.trans1d
	matrix, col := false, false
	var objs []*linalg.Array
	var strong, weak []linalg.DType
	np, err := th.Import("numpy")
	if err != nil {
		return nil, err
	}
	for k, item := range items {
		switch it := item.(type) {
		case eval.Slice:
			a, err := x.range1(th, np, it)
			if err != nil {
				return nil, err
			}
			if ndmin > 1 {
				a = atLeastND(a, ndmin)
				if trans1d != -1 {
					if a, err = swapAxes(a, -1, trans1d); err != nil {
						return nil, pyErr(th, "", nil, err)
					}
				}
			}
			objs, strong = append(objs, a), append(strong, a.DType())
		case eval.String:
			if k != 0 {
				return nil, eval.NewError(eval.ValueError, "special directives must be the first entry.")
			}
			s := string(it)
			if s == "r" || s == "c" {
				matrix, col = true, s == "c"
				continue
			}
			if strings.Contains(s, ",") {
				vec := strings.Split(s, ",")
				a, err1 := strconv.Atoi(strings.TrimSpace(vec[0]))
				var n int
				var err2 error = strconv.ErrSyntax
				if len(vec) > 1 {
					n, err2 = strconv.Atoi(strings.TrimSpace(vec[1]))
				}
				t, err3 := trans1d, error(nil)
				if len(vec) == 3 {
					t, err3 = strconv.Atoi(strings.TrimSpace(vec[2]))
				}
				if err1 != nil || err2 != nil || err3 != nil {
					return nil, eval.NewError(eval.ValueError, "unknown special directive %s", eval.Repr(it))
				}
				axis, ndmin, trans1d = a, n, t
				continue
			}
			a, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil {
				return nil, eval.NewError(eval.ValueError, "unknown special directive")
			}
			axis = a
		default:
			if d, ok := pyScalarDType(item); ok {
				a, _, err := x.in.toArray(th, item)
				if err != nil {
					return nil, err
				}
				objs, weak = append(objs, a), append(weak, d)
				continue
			}
			a, ok, err := x.in.toArray(th, item)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, eval.NewError(eval.NotImplementedError, "numpy.%s_ of a %s is not supported by golinalg yet", strings.ToLower(x.class[:1]), item.Type())
			}
			if sc, isScalar := item.(*NumpyScalar); isScalar {
				objs, strong = append(objs, a), append(strong, sc.d)
				continue
			}
			nd := a.Ndim()
			a = atLeastND(a, ndmin)
			if trans1d != -1 && nd < ndmin {
				k2, k1 := ndmin-nd, trans1d
				if k1 < 0 {
					k1 += k2 + 1
				}
				axes := make([]int, 0, ndmin)
				for _, r := range [][2]int{{0, k1}, {k2, ndmin}, {k1, k2}} {
					for j := r[0]; j < r[1]; j++ {
						axes = append(axes, j)
					}
				}
				if a, err = a.Transpose(axes...); err != nil {
					return nil, pyErr(th, "", nil, err)
				}
			}
			objs, strong = append(objs, a), append(strong, a.DType())
		}
	}
	if len(objs) == 0 {
		return nil, eval.NewError(eval.ValueError, "need at least one array to concatenate")
	}
	final := resultType(strong, weak)
	for i, a := range objs {
		objs[i] = atLeastND(a.AsType(final), ndmin)
	}
	res, err := linalg.Concatenate(objs, axis)
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	if matrix {
		oldnd := res.Ndim()
		if res, err = res.AsMatrix(); err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		if oldnd == 1 && col {
			res = res.T()
		}
	}
	return &Array{a: res, in: x.in}, nil
}

// range1 is the array a slice stands for in np.r_: np.arange(start, stop,
// step), or np.linspace(start, stop, num=int(abs(step))) for a complex
// step.
func (x *axisConcat) range1(th *eval.Thread, np *eval.Module, s eval.Slice) (*linalg.Array, error) {
	start, stop, step := s.Start, s.Stop, s.Step
	if start == nil || start == eval.None {
		start = eval.Int(0)
	}
	if step == nil || step == eval.None {
		step = eval.Int(1)
	}
	if stop == nil {
		stop = eval.None
	}
	var v eval.Value
	var err error
	if z, ok := step.(eval.Complex); ok || isComplexScalar(step) {
		if !ok {
			z = eval.Complex(step.(*NumpyScalar).v.(complex128))
		}
		num := eval.Int(int64(cmplx.Abs(complex128(z))))
		v, err = eval.Call(th, np.Get("linspace"), []eval.Value{start, stop}, []eval.Kwarg{{Name: "num", Value: num}})
	} else {
		v, err = eval.Call(th, np.Get("arange"), []eval.Value{start, stop, step}, nil)
	}
	if err != nil {
		return nil, err
	}
	return v.(*Array).a, nil
}

func isComplexScalar(v eval.Value) bool {
	s, ok := v.(*NumpyScalar)
	return ok && s.d == linalg.Complex128
}

// pyScalarDType is the default dtype of a Python scalar (bool, int, float,
// complex), which NumPy's promotion treats as weak (NEP 50).
func pyScalarDType(v eval.Value) (linalg.DType, bool) {
	switch v.(type) {
	case eval.Bool:
		return linalg.Bool, true
	case eval.Int, *eval.BigInt:
		return linalg.Int64, true
	case eval.Float:
		return linalg.Float64, true
	case eval.Complex:
		return linalg.Complex128, true
	}
	return 0, false
}

// resultType is np.result_type of arrays or NumPy scalars of the strong
// dtypes and Python scalars of the weak ones.
func resultType(strong, weak []linalg.DType) linalg.DType {
	if len(strong) == 0 {
		d := weak[0]
		for _, w := range weak[1:] {
			d = linalg.Promote(d, w)
		}
		return d
	}
	d := strong[0]
	for _, s := range strong[1:] {
		d = linalg.Promote(d, s)
	}
	for _, w := range weak {
		d = linalg.PromoteWeak(d, w)
	}
	return d
}

// atLeastND is np.array(a, ndmin=n): a with ones prepended to its shape.
func atLeastND(a *linalg.Array, n int) *linalg.Array {
	shape := a.Shape()
	if len(shape) >= n {
		return a
	}
	s := make([]int, n-len(shape), n)
	for i := range s {
		s[i] = 1
	}
	r, err := a.Reshape(append(s, shape...))
	if err != nil {
		return a
	}
	return r
}

// swapAxes is a.swapaxes(i, j).
func swapAxes(a *linalg.Array, i, j int) (*linalg.Array, error) {
	n := a.Ndim()
	if i < 0 {
		i += n
	}
	if j < 0 {
		j += n
	}
	if i < 0 || i >= n || j < 0 || j >= n {
		return nil, &linalg.Error{Kind: linalg.AxisError, Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension %d", j, n)}
	}
	axes := make([]int, n)
	for k := range axes {
		axes[k] = k
	}
	axes[i], axes[j] = axes[j], axes[i]
	return a.Transpose(axes...)
}
