package display

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/golinalg/golinalg/internal/noise"
	"github.com/golinalg/golinalg/internal/pyoracle"
	"github.com/golinalg/golinalg/linalg"
)

// oracleCase is one array (or scalar) sent to NumPy for printing.
type oracleCase struct {
	DType  string         `json:"dtype"`
	Shape  []int          `json:"shape"`
	Data   []any          `json:"data"`
	Matrix bool           `json:"matrix,omitempty"`
	Scalar bool           `json:"scalar,omitempty"`
	Opts   map[string]any `json:"opts,omitempty"`

	arr  *linalg.Array
	opts PrintOptions
	name string
}

type oracleResult struct {
	Str   string `json:"str"`
	Repr  string `json:"repr"`
	Error string `json:"error"`
}

func newOracleCase(t *testing.T, name string, a *linalg.Array, o PrintOptions, opts map[string]any) oracleCase {
	t.Helper()
	c := oracleCase{DType: a.DType().String(), Shape: a.Shape(), Matrix: a.IsMatrix(), Opts: opts, arr: a, opts: o, name: name}
	c.Data = make([]any, a.Size())
	for k := range c.Data {
		c.Data[k] = pyoracle.Element(a.At(k))
	}
	return c
}

// runOracle sends the cases to NumPy through $GOLINALG_PYTHON and returns
// its answers in order.
func runOracle(t *testing.T, cases []oracleCase) []oracleResult {
	t.Helper()
	py := pyoracle.Python(t, "oracle test needs NumPy")
	return pyoracle.Lines[oracleResult](t, cases, py, "testdata/numpy_print.py")
}

// genFloats returns n floats whose magnitudes span 10^lo .. 10^hi, with
// some special values mixed in when special is set.
func genFloats(r *rand.Rand, n, lo, hi int, special bool) []float64 {
	xs := make([]float64, n)
	for k := range xs {
		e := lo + r.IntN(hi-lo+1)
		x := (r.Float64()*9 + 1) * math.Pow(10, float64(e))
		switch r.IntN(6) {
		case 0:
			x = -x
		case 1:
			x = math.Round(x) // integral values print as "3."
		case 2:
			x = math.Round(x*100) / 100
		}
		if special {
			switch r.IntN(12) {
			case 0:
				x = math.NaN()
			case 1:
				x = math.Inf(1)
			case 2:
				x = math.Inf(-1)
			case 3:
				x = math.Copysign(0, -1)
			case 4:
				x = 0
			}
		}
		xs[k] = x
	}
	return xs
}

func genArray(t *testing.T, r *rand.Rand, d linalg.DType, shape []int, lo, hi int, special bool) *linalg.Array {
	t.Helper()
	n := 1
	for _, s := range shape {
		n *= s
	}
	var a *linalg.Array
	var err error
	switch d {
	case linalg.Bool:
		v := make([]bool, n)
		for k := range v {
			v[k] = r.IntN(2) == 0
		}
		a, err = linalg.NewBool(shape, v)
	case linalg.Int64:
		v := make([]int64, n)
		scale := int64(math.Pow(10, float64(max(0, min(hi, 18)))))
		for k := range v {
			v[k] = r.Int64N(2*scale+1) - scale
		}
		a, err = linalg.NewInt64(shape, v)
	case linalg.Float64:
		a, err = linalg.NewFloat64(shape, genFloats(r, n, lo, hi, special))
	case linalg.Complex128:
		re := genFloats(r, n, lo, hi, special)
		im := genFloats(r, n, lo, hi, special)
		v := make([]complex128, n)
		for k := range v {
			v[k] = complex(re[k], im[k])
		}
		a, err = linalg.NewComplex128(shape, v)
	}
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestOracleStrRepr compares Str and Repr with NumPy's str and repr, byte
// for byte, on generated arrays of every dtype, shapes from 0-d to 4-d
// (empty ones included), magnitudes from 1e-12 to 1e12, nan, inf, -0.0,
// rows that wrap, arrays past the summarisation threshold, and several
// print options.
func TestOracleStrRepr(t *testing.T) {
	pyoracle.Python(t, "oracle test needs NumPy")
	r := rand.New(rand.NewPCG(1, 2))
	shapes := [][]int{
		{}, {0}, {1}, {3}, {7}, {0, 3}, {3, 0}, {2, 0, 2}, {2, 2}, {2, 3}, {3, 3}, {1, 5}, {5, 1},
		{30}, {4, 12}, {3, 4, 5}, {2, 2, 2, 2}, {2, 3, 1, 4}, {1001}, {40, 40}, {11, 10, 10}, {3, 400},
	}
	dtypes := []linalg.DType{linalg.Bool, linalg.Int64, linalg.Float64, linalg.Complex128}
	ranges := [][2]int{{0, 2}, {-3, 3}, {-12, -5}, {5, 12}, {-12, 12}, {7, 8}, {-5, -4}, {0, 0}}
	type optset struct {
		o    PrintOptions
		opts map[string]any
	}
	def := DefaultPrintOptions()
	with := func(f func(*PrintOptions), m map[string]any) optset {
		o := def
		f(&o)
		return optset{o, m}
	}
	optsets := []optset{
		{def, nil},
		with(func(o *PrintOptions) { o.Precision = 3 }, map[string]any{"precision": 3}),
		with(func(o *PrintOptions) { o.Suppress = true }, map[string]any{"suppress": true}),
		with(func(o *PrintOptions) { o.Linewidth = 40 }, map[string]any{"linewidth": 40}),
		with(func(o *PrintOptions) { o.Threshold, o.EdgeItems = 10, 2 }, map[string]any{"threshold": 10, "edgeitems": 2}),
		with(func(o *PrintOptions) { o.FloatMode = "fixed" }, map[string]any{"floatmode": "fixed"}),
		with(func(o *PrintOptions) { o.FloatMode = "unique" }, map[string]any{"floatmode": "unique"}),
		with(func(o *PrintOptions) { o.FloatMode = "maxprec_equal" }, map[string]any{"floatmode": "maxprec_equal"}),
		with(func(o *PrintOptions) { o.Sign = "+" }, map[string]any{"sign": "+"}),
		with(func(o *PrintOptions) { o.Sign = " " }, map[string]any{"sign": " "}),
	}
	var cases []oracleCase
	for _, d := range dtypes {
		for si, shape := range shapes {
			for ri, rg := range ranges {
				if d != linalg.Float64 && ri > 2 {
					continue
				}
				big := 1
				for _, s := range shape {
					big *= s
				}
				for oi, os := range optsets {
					if oi > 0 && (ri%3 != oi%3 || big > 2000) {
						continue
					}
					special := (si+ri+oi)%3 == 0
					a := genArray(t, r, d, shape, rg[0], rg[1], special)
					name := fmt.Sprintf("%s%v/range%v/opts%v/special=%v", d, shape, rg, os.opts, special)
					cases = append(cases, newOracleCase(t, name, a, os.o, os.opts))
					if len(shape) == 2 && oi == 0 && ri == 0 {
						m, _ := a.AsMatrix()
						cases = append(cases, newOracleCase(t, "matrix "+name, m, os.o, os.opts))
					}
				}
			}
		}
	}
	// Scalars: NumPy 2 scalar str and repr.
	var scalars []oracleCase
	for _, d := range dtypes {
		for k := 0; k < 40; k++ {
			a := genArray(t, r, d, nil, -20+k, -18+k, k%4 == 0)
			c := newOracleCase(t, fmt.Sprintf("scalar %s %v", d, a.At(0)), a, def, nil)
			c.Scalar = true
			scalars = append(scalars, c)
		}
	}
	all := append(cases, scalars...)
	res := runOracle(t, all)
	fails := 0
	for k, c := range all {
		want := res[k]
		if want.Error != "" {
			t.Errorf("%s: oracle error %s", c.name, want.Error)
			continue
		}
		var gotStr, gotRepr string
		if c.Scalar {
			gotStr = ScalarStr(c.arr.At(0), c.arr.DType(), c.opts)
			gotRepr = ScalarRepr(c.arr.At(0), c.arr.DType(), c.opts)
		} else {
			gotStr, gotRepr = Str(c.arr, c.opts), Repr(c.arr, c.opts)
		}
		// NumPy prints the very bits printed here, so the noise rule's
		// bound is zero: the text must be identical.
		if v, _ := noise.Text(gotStr, want.Str, noise.Exact); !v.Agree() {
			fails++
			if fails <= 15 {
				t.Errorf("%s: str\n got:\n%s\nwant:\n%s", c.name, gotStr, want.Str)
			}
		}
		if v, _ := noise.Text(gotRepr, want.Repr, noise.Exact); !v.Agree() {
			fails++
			if fails <= 15 {
				t.Errorf("%s: repr\n got:\n%s\nwant:\n%s", c.name, gotRepr, want.Repr)
			}
		}
	}
	t.Logf("%d arrays and %d scalars compared with NumPy, %d mismatches", len(cases), len(scalars), fails)
}
