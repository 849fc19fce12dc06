package sci

import (
	"math"
	"slices"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
	"github.com/golinalg/golinalg/linalg/random"
)

// addNumpyRandom installs np.random with NumPy's legacy global
// RandomState (MT19937) streams: seed, rand, randn, random, random_sample,
// randint, uniform, normal.
func (in *lib) addNumpyRandom(m *eval.Module) {
	rs := random.NewMT19937(uint32(time0Seed()))
	r := eval.NewModule("numpy.random", "", nil)
	m.Attrs()["random"] = r
	def := func(name string, fn npFn) { r.Attrs()[name] = eval.NewBuiltin(name, fn) }
	// sizeOf returns the shape for a size argument (nil for None).
	sizeOf := func(v eval.Value) ([]int, bool, error) {
		if v == nil || v == eval.None {
			return nil, false, nil
		}
		s, err := intList([]eval.Value{v})
		if err != nil {
			return nil, false, err
		}
		for _, d := range s {
			if d < 0 {
				return nil, false, eval.NewError(eval.ValueError, "negative dimensions are not allowed")
			}
		}
		return s, true, nil
	}
	floats := func(shape []int, has bool, f func() float64) (eval.Value, error) {
		if !has {
			return eval.Float(f()), nil
		}
		if err := linalg.CheckAlloc(linalg.Float64, shape); err != nil {
			return nil, pyErr(nil, "", nil, err)
		}
		n := 1
		for _, d := range shape {
			n *= d
		}
		data := make([]float64, n)
		for i := range data {
			data[i] = f()
		}
		a, err := linalg.NewFloat64(shape, data)
		if err != nil {
			return nil, pyErr(nil, "", nil, err)
		}
		return &Array{a: a, in: in}, nil
	}
	def("seed", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var s eval.Value = eval.None
		if err := eval.UnpackArgs("seed", args, kwargs, "seed?", &s); err != nil {
			return nil, err
		}
		if s == eval.None {
			rs.Seed(uint32(time0Seed()))
			return eval.None, nil
		}
		n, ok := s.(eval.Int)
		if !ok {
			return nil, eval.NewError(eval.NotImplementedError, "np.random.seed with a non-integer seed is not supported by golinalg")
		}
		if n < 0 || n > math.MaxUint32 {
			return nil, eval.NewError(eval.ValueError, "Seed must be between 0 and 2**32 - 1")
		}
		rs.Seed(uint32(n))
		return eval.None, nil
	})
	shaped := func(name string, f func() float64) npFn {
		return func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			if len(kwargs) > 0 {
				return nil, eval.NewError(eval.TypeError, "%s() takes no keyword arguments", name)
			}
			if len(args) == 0 {
				return eval.Float(f()), nil
			}
			shape, err := intList(args)
			if err != nil {
				return nil, err
			}
			return floats(shape, true, f)
		}
	}
	def("rand", shaped("rand", rs.Float64))
	def("randn", shaped("randn", rs.Gauss))
	sample := func(name string) npFn {
		return func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var sz eval.Value = eval.None
			if err := eval.UnpackArgs(name, args, kwargs, "size?", &sz); err != nil {
				return nil, err
			}
			shape, has, err := sizeOf(sz)
			if err != nil {
				return nil, err
			}
			return floats(shape, has, rs.Float64)
		}
	}
	def("random", sample("random"))
	def("random_sample", sample("random_sample"))
	def("uniform", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var lo, hi, sz eval.Value = eval.Float(0), eval.Float(1), eval.None
		if err := eval.UnpackArgs("uniform", args, kwargs, "low?", &lo, "high?", &hi, "size?", &sz); err != nil {
			return nil, err
		}
		p, err := in.distParams(th, sz, sizeOf, lo, hi)
		if err != nil {
			return nil, err
		}
		return p.draw(floats, func(v []float64) float64 { return v[0] + (v[1]-v[0])*rs.Float64() })
	})
	def("normal", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var lo, sc, sz eval.Value = eval.Float(0), eval.Float(1), eval.None
		if err := eval.UnpackArgs("normal", args, kwargs, "loc?", &lo, "scale?", &sc, "size?", &sz); err != nil {
			return nil, err
		}
		p, err := in.distParams(th, sz, sizeOf, lo, sc)
		if err != nil {
			return nil, err
		}
		if err := p.nonNegative(1, "scale"); err != nil {
			return nil, err
		}
		return p.draw(floats, func(v []float64) float64 { return v[0] + v[1]*rs.Gauss() })
	})
	ints := func(sz eval.Value, f func() int64, npScalar bool) (eval.Value, error) {
		shape, has, err := sizeOf(sz)
		if err != nil {
			return nil, err
		}
		if !has {
			if npScalar {
				return &NumpyScalar{v: f(), d: linalg.Int64, in: in}, nil
			}
			return eval.Int(f()), nil
		}
		if err := linalg.CheckAlloc(linalg.Int64, shape); err != nil {
			return nil, pyErr(nil, "", nil, err)
		}
		n := 1
		for _, d := range shape {
			n *= d
		}
		data := make([]int64, n)
		for i := range data {
			data[i] = f()
		}
		a, err := linalg.NewInt64(shape, data)
		if err != nil {
			return nil, pyErr(nil, "", nil, err)
		}
		return &Array{a: a, in: in}, nil
	}
	def("randint", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var lo, hi, sz eval.Value = nil, eval.None, eval.None
		if err := eval.UnpackArgs("randint", args, kwargs, "low", &lo, "high?", &hi, "size?", &sz); err != nil {
			return nil, err
		}
		l, h, err := intBounds(lo, hi, false)
		if err != nil {
			return nil, err
		}
		return ints(sz, func() int64 { return rs.Interval(int64(l), uint64(h)-1-uint64(l)) }, false)
	})
	def("default_rng", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var sd eval.Value = eval.None
		if err := eval.UnpackArgs("default_rng", args, kwargs, "seed?", &sd); err != nil {
			return nil, err
		}
		var seed uint64
		if sd == eval.None {
			seed = uint64(time0Seed())
		} else if n, ok := sd.(eval.Int); !ok {
			return nil, eval.NewError(eval.NotImplementedError, "np.random.default_rng with a non-integer seed is not supported by golinalg")
		} else if n < 0 {
			return nil, eval.NewError(eval.ValueError, "expected non-negative integer")
		} else {
			seed = uint64(n)
		}
		p := random.NewPCG64(seed)
		g := &npGenerator{attrs: map[string]eval.Value{}}
		g.attrs["random"] = eval.NewBuiltin("random", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var sz eval.Value = eval.None
			if err := eval.UnpackArgs("random", args, kwargs, "size?", &sz); err != nil {
				return nil, err
			}
			shape, has, err := sizeOf(sz)
			if err != nil {
				return nil, err
			}
			return floats(shape, has, p.Float64)
		})
		g.attrs["integers"] = eval.NewBuiltin("integers", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var lo, hi, sz, ep eval.Value = nil, eval.None, eval.None, eval.False
			if err := eval.UnpackArgs("integers", args, kwargs, "low", &lo, "high?", &hi, "size?", &sz, "endpoint?", &ep); err != nil {
				return nil, err
			}
			l, h, err := intBounds(lo, hi, ep.Truth())
			if err != nil {
				return nil, err
			}
			return ints(sz, func() int64 { return p.Integer(int64(l), uint64(h)-1-uint64(l)) }, true)
		})
		g.attrs["standard_normal"] = eval.NewBuiltin("standard_normal", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var sz, dt, out eval.Value = eval.None, eval.None, eval.None
			if err := eval.UnpackArgs("standard_normal", args, kwargs, "size?", &sz, "dtype?", &dt, "out?", &out); err != nil {
				return nil, err
			}
			if dt != eval.None {
				d, err := toDType(dt)
				if err != nil {
					return nil, err
				}
				if d != linalg.Float64 {
					return nil, eval.NewError(eval.NotImplementedError, "Generator.standard_normal with dtype %s is not supported by golinalg", d)
				}
			}
			if out != eval.None {
				return nil, eval.NewError(eval.NotImplementedError, "Generator.standard_normal with out= is not supported by golinalg")
			}
			shape, has, err := sizeOf(sz)
			if err != nil {
				return nil, err
			}
			return floats(shape, has, p.StandardNormal)
		})
		g.attrs["normal"] = eval.NewBuiltin("normal", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var lo, sc, sz eval.Value = eval.Float(0), eval.Float(1), eval.None
			if err := eval.UnpackArgs("normal", args, kwargs, "loc?", &lo, "scale?", &sc, "size?", &sz); err != nil {
				return nil, err
			}
			rp, err := in.distParams(th, sz, sizeOf, lo, sc)
			if err != nil {
				return nil, err
			}
			if err := rp.nonNegative(1, "scale"); err != nil {
				return nil, err
			}
			return rp.draw(floats, func(v []float64) float64 { return p.Normal(v[0], v[1]) })
		})
		return g, nil
	})
}

// npGenerator is numpy.random.Generator on PCG64 with the integers,
// random, normal and standard_normal methods.
type npGenerator struct{ attrs map[string]eval.Value }

func (*npGenerator) String() string { return "Generator(PCG64)" }
func (*npGenerator) Type() string   { return "numpy.random._generator.Generator" }
func (*npGenerator) Truth() bool    { return true }
func (g *npGenerator) Attr(th *eval.Thread, name string) (eval.Value, error) {
	return g.attrs[name], nil
}
func (g *npGenerator) AttrNames() []string {
	return []string{"integers", "normal", "random", "standard_normal"}
}

// intBounds resolves randint/integers' (low, high) pair to [l, h).
func intBounds(lo, hi eval.Value, endpoint bool) (eval.Int, eval.Int, error) {
	l, ok := lo.(eval.Int)
	if !ok {
		return 0, 0, eval.NewError(eval.NotImplementedError, "non-integer bounds are not supported by golinalg's np.random")
	}
	var h eval.Int
	if hi == eval.None {
		l, h = 0, l
	} else if h, ok = hi.(eval.Int); !ok {
		return 0, 0, eval.NewError(eval.NotImplementedError, "non-integer bounds are not supported by golinalg's np.random")
	}
	if endpoint {
		if h < l {
			return 0, 0, eval.NewError(eval.ValueError, "low > high")
		}
		if h == math.MaxInt64 {
			return 0, 0, eval.NewError(eval.NotImplementedError, "high=2**63-1 with endpoint=True is not supported by golinalg")
		}
		h++
	}
	if l >= h {
		return 0, 0, eval.NewError(eval.ValueError, "low >= high")
	}
	return l, h, nil
}

// time0Seed seeds the global state when no seed is given.
func time0Seed() int64 { return time.Now().UnixNano() }

// randParams are the parameters of a distribution, read as NumPy's cont()
// reads them: each a real scalar, or a list or array of reals. Without a
// size, the draws take the parameters' broadcast shape, or are a single
// float when every parameter is a scalar or 0-d; with a size they take
// it, and every parameter must broadcast to it. Draws are made in C order
// of the output, each with its own element of every parameter.
type randParams struct {
	shape []int
	array bool        // the draws are an array (of shape)
	vals  [][]float64 // per parameter: one value, or one per draw
}

// distParams reads the parameters ps and the size argument sz (decoded by
// sizeOf).
func (in *lib) distParams(th *eval.Thread, sz eval.Value, sizeOf func(eval.Value) ([]int, bool, error), ps ...eval.Value) (*randParams, error) {
	r := &randParams{vals: make([][]float64, len(ps))}
	arrays := make([]*linalg.Array, len(ps))
	shapes := [][]int{}
	for j, v := range ps {
		switch v.(type) {
		case *eval.List, eval.Tuple, *Array:
			a, ok, err := in.toArray(th, v)
			if err != nil {
				return nil, err
			}
			if ok && a.DType() == linalg.Complex128 {
				return nil, eval.NewError(eval.TypeError, "float() argument must be a string or a real number, not 'complex'")
			}
			if ok && len(a.Shape()) > 0 {
				arrays[j] = a
				r.array = true
				continue
			}
			if ok {
				r.vals[j] = a.Float64s()
				continue
			}
		}
		f, err := eval.ToFloat(v)
		if err != nil {
			return nil, err
		}
		r.vals[j] = []float64{f}
	}
	size, hasSize, err := sizeOf(sz)
	if err != nil {
		return nil, err
	}
	if hasSize {
		r.array, r.shape = true, size
		shapes = append(shapes, size)
	}
	for _, a := range arrays {
		if a == nil {
			shapes = append(shapes, nil)
		} else {
			shapes = append(shapes, a.Shape())
		}
	}
	if !r.array {
		return r, nil
	}
	out, err := broadcastArgs(shapes)
	if err != nil {
		return nil, err
	}
	if hasSize && !slices.Equal(out, size) {
		return nil, eval.NewError(eval.ValueError, "Output size %s is not compatible with broadcast dimensions of inputs %s.", eval.Repr(shapeTuple(size)), eval.Repr(shapeTuple(out)))
	}
	r.shape = out
	for j, a := range arrays {
		if a == nil {
			continue
		}
		b, err := a.BroadcastTo(out)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		r.vals[j] = b.Float64s()
	}
	return r, nil
}

// nonNegative is NumPy's check of parameter j: ValueError "name < 0" when
// any value has its sign bit set (-0.0 included; NaN passes).
func (r *randParams) nonNegative(j int, name string) error {
	for _, f := range r.vals[j] {
		if !math.IsNaN(f) && math.Signbit(f) {
			return eval.NewError(eval.ValueError, "%s < 0", name)
		}
	}
	return nil
}

// draw makes the draws, calling f with the parameters of each in turn;
// floats builds the result as the other samplers do.
func (r *randParams) draw(floats func([]int, bool, func() float64) (eval.Value, error), f func(params []float64) float64) (eval.Value, error) {
	v := make([]float64, len(r.vals))
	k := 0
	return floats(r.shape, r.array, func() float64 {
		for j, vals := range r.vals {
			if len(vals) == 1 {
				v[j] = vals[0]
			} else {
				v[j] = vals[k]
			}
		}
		k++
		return f(v)
	})
}

// broadcastArgs is the broadcast shape of shapes, with the error NumPy's
// np.broadcast gives: it names the first argument that set the axis and
// the first one that disagrees with it.
func broadcastArgs(shapes [][]int) ([]int, error) {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	out := make([]int, nd)
	setter := make([]int, nd)
	for k := range out {
		out[k], setter[k] = 1, -1
	}
	for j, s := range shapes {
		off := nd - len(s)
		for k, d := range s {
			switch {
			case d == 1 || d == out[off+k] && setter[off+k] >= 0:
			case setter[off+k] < 0:
				out[off+k], setter[off+k] = d, j
			default:
				i := setter[off+k]
				return nil, eval.NewError(eval.ValueError, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg %d with shape %s and arg %d with shape %s.", i, eval.Repr(shapeTuple(shapes[i])), j, eval.Repr(shapeTuple(s)))
			}
		}
	}
	return out, nil
}
