package eval

import (
	"math"
	"math/big"

	"github.com/golinalg/golinalg/lang/syntax"
)

// statistics, with CPython 3.11's algorithms: sums and sums of squares
// are exact (fractions), then converted once to the data's type, so the
// results match CPython's to the last bit.

// StatisticsError is statistics.StatisticsError.
var StatisticsError = NewExcClass("StatisticsError", "statistics", ValueError)

func statisticsModule() *Module {
	a := map[string]Value{"StatisticsError": StatisticsError}
	def := func(name string, fn func(th *Thread, data []Value, args []Value, kwargs []Kwarg) (Value, error)) {
		a[name] = NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if len(args) == 0 {
				return nil, NewError(TypeError, "%s() missing 1 required positional argument: 'data'", name)
			}
			data, err := Collect(th, args[0])
			if err != nil {
				return nil, err
			}
			return fn(th, data, args[1:], kwargs)
		})
	}
	def("mean", func(th *Thread, data []Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("mean", args, kwargs, 0); err != nil {
			return nil, err
		}
		T, total, inf, n, err := statSum(data)
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, NewError(StatisticsError, "mean requires at least one data point")
		}
		if inf != nil {
			return Float(*inf / float64(n)), nil
		}
		return statConvert(th, new(big.Rat).Quo(total, big.NewRat(int64(n), 1)), T)
	})
	def("fmean", func(th *Thread, data []Value, args []Value, kwargs []Kwarg) (Value, error) {
		var weights Value = None
		if err := UnpackArgs("fmean", args, kwargs, "weights?", &weights); err != nil {
			return nil, err
		}
		if weights == None {
			total, err := fsum(data)
			if err != nil {
				return nil, err
			}
			if len(data) == 0 {
				return nil, NewError(StatisticsError, "fmean requires at least one data point")
			}
			return Float(total / float64(len(data))), nil
		}
		ws, err := Collect(th, weights)
		if err != nil {
			return nil, err
		}
		prods := make([]Value, 0, len(data))
		for i := 0; i < len(data) && i < len(ws); i++ {
			p, err := Binary(th, syntax.STAR, data[i], ws[i])
			if err != nil {
				return nil, err
			}
			prods = append(prods, p)
		}
		num, err := fsum(prods)
		if err != nil {
			return nil, err
		}
		if len(data) != len(ws) {
			return nil, NewError(StatisticsError, "data and weights must be the same length")
		}
		den, err := fsum(ws)
		if err != nil {
			return nil, err
		}
		if den == 0 {
			return nil, NewError(StatisticsError, "sum of weights must be non-zero")
		}
		return Float(num / den), nil
	})
	sorted := func(th *Thread, data []Value) ([]Value, error) {
		l := NewList(data)
		return l.elems, listSort(th, l, nil)
	}
	medians := map[string]func(th *Thread, d []Value) (Value, error){
		"median": func(th *Thread, d []Value) (Value, error) {
			n := len(d)
			if n%2 == 1 {
				return d[n/2], nil
			}
			s, err := Binary(th, syntax.PLUS, d[n/2-1], d[n/2])
			if err != nil {
				return nil, err
			}
			return Binary(th, syntax.SLASH, s, Int(2))
		},
		"median_low": func(th *Thread, d []Value) (Value, error) {
			n := len(d)
			if n%2 == 1 {
				return d[n/2], nil
			}
			return d[n/2-1], nil
		},
		"median_high": func(th *Thread, d []Value) (Value, error) { return d[len(d)/2], nil },
	}
	for name, f := range medians {
		name, f := name, f
		def(name, func(th *Thread, data []Value, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			d, err := sorted(th, data)
			if err != nil {
				return nil, err
			}
			if len(d) == 0 {
				return nil, NewError(StatisticsError, "no median for empty data")
			}
			return f(th, d)
		})
	}
	counts := func(data []Value) (*dictSub, error) {
		c := &dictSub{kind: "Counter", d: NewDict()}
		return c, c.counterUpdate(nil, []Value{NewList(data)}, nil, 1)
	}
	def("mode", func(th *Thread, data []Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("mode", args, kwargs, 0); err != nil {
			return nil, err
		}
		c, err := counts(data)
		if err != nil {
			return nil, err
		}
		mc, err := c.mostCommon(th)
		if err != nil {
			return nil, err
		}
		if len(mc) == 0 {
			return nil, NewError(StatisticsError, "no mode for empty data")
		}
		return mc[0].(Tuple)[0], nil
	})
	def("multimode", func(th *Thread, data []Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("multimode", args, kwargs, 0); err != nil {
			return nil, err
		}
		c, err := counts(data)
		if err != nil {
			return nil, err
		}
		most := 0
		for _, kv := range c.d.Items() {
			most = max(most, int(kv[1].(Int)))
		}
		var out []Value
		for _, kv := range c.d.Items() {
			if int(kv[1].(Int)) == most {
				out = append(out, kv[0])
			}
		}
		return NewList(out), nil
	})
	spread := func(name, centre string, ddof int, root bool) {
		def(name, func(th *Thread, data []Value, args []Value, kwargs []Kwarg) (Value, error) {
			var c Value = None
			if err := UnpackArgs(name, args, kwargs, centre+"?", &c); err != nil {
				return nil, err
			}
			T, ss, inf, n, err := statSS(th, data, c)
			if err != nil {
				return nil, err
			}
			if n < 1+ddof {
				if ddof == 1 {
					return nil, NewError(StatisticsError, "%s requires at least two data points", name)
				}
				return nil, NewError(StatisticsError, "%s requires at least one data point", name)
			}
			if inf != nil {
				r := *inf / float64(n-ddof)
				if root {
					r = math.Sqrt(r)
				}
				return Float(r), nil
			}
			mss := new(big.Rat).Quo(ss, big.NewRat(int64(n-ddof), 1))
			if root {
				if T == "Decimal" {
					return nil, notImplemented("statistics." + name + " of Decimal data")
				}
				return floatSqrtOfFrac(mss.Num(), mss.Denom()), nil
			}
			return statConvert(th, mss, T)
		})
	}
	spread("variance", "xbar", 1, false)
	spread("stdev", "xbar", 1, true)
	spread("pvariance", "mu", 0, false)
	spread("pstdev", "mu", 0, true)
	for _, n := range []string{"geometric_mean", "harmonic_mean", "median_grouped", "quantiles", "covariance", "correlation", "linear_regression", "NormalDist"} {
		a[n] = unsupportedFn("statistics", n)
	}
	return &Module{name: "statistics", doc: "Basic statistics module.", attrs: a}
}

// statType is the statistics type of a data point: int (bool counts as
// int), float, Fraction or Decimal.
func statType(v Value) string {
	switch v.(type) {
	case Int, BigInt, Bool:
		return "int"
	case Float:
		return "float"
	case *Fraction:
		return "Fraction"
	case *Decimal:
		return "Decimal"
	}
	return v.Type()
}

// exactRatio is _exact_ratio: v as a rational, or ok false for an
// infinity or a NaN.
func exactRatio(v Value) (r *big.Rat, nonFinite float64, ok bool, err error) {
	switch x := v.(type) {
	case Float:
		f := float64(x)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, f, false, nil
		}
		return new(big.Rat).SetFloat64(f), 0, true, nil
	case *Decimal:
		r, err := x.ratio()
		if err != nil {
			f, _ := x.AsFloat()
			return nil, f, false, nil
		}
		return r, 0, true, nil
	}
	if r, ok := ratOf(v); ok {
		return r, 0, true, nil
	}
	return nil, 0, false, NewError(TypeError, "can't convert type '%s' to numerator/denominator", v.Type())
}

// coerce is _coerce for the four types statistics knows.
func statCoerce(T, S string) (string, error) {
	switch {
	case T == S, S == "int":
		return T, nil
	case T == "int":
		return S, nil
	case T == "Fraction" && S == "float":
		return S, nil
	case T == "float" && S == "Fraction":
		return T, nil
	}
	return "", NewError(TypeError, "don't know how to coerce %s and %s", T, S)
}

// statSum is _sum: the common type, the exact total (or the float sum of
// the non-finite values, if any) and the count.
func statSum(data []Value) (string, *big.Rat, *float64, int, error) {
	T := "int"
	total := new(big.Rat)
	var inf *float64
	for _, v := range data {
		r, nf, ok, err := exactRatio(v)
		if err != nil {
			return "", nil, nil, 0, err
		}
		if T, err = statCoerce(T, statType(v)); err != nil {
			return "", nil, nil, 0, err
		}
		if !ok {
			if inf == nil {
				inf = new(float64)
			}
			*inf += nf
			continue
		}
		total.Add(total, r)
	}
	return T, total, inf, len(data), nil
}

// statSS is _ss: the exact sum of squared deviations from the mean (or
// from c, computed in the data's own arithmetic as CPython does).
func statSS(th *Thread, data []Value, c Value) (string, *big.Rat, *float64, int, error) {
	if c != None {
		devs := make([]Value, len(data))
		for i, x := range data {
			d, err := Binary(th, syntax.MINUS, x, c)
			if err != nil {
				return "", nil, nil, 0, err
			}
			if devs[i], err = Binary(th, syntax.STAR, d, d); err != nil {
				return "", nil, nil, 0, err
			}
		}
		return statSum(devs)
	}
	T, sx, inf, n, err := statSum(data)
	if err != nil || n == 0 {
		return T, new(big.Rat), nil, n, err
	}
	if inf != nil {
		return T, nil, inf, n, nil
	}
	sxx := new(big.Rat)
	for _, v := range data {
		r, _, _, _ := exactRatio(v)
		sxx.Add(sxx, new(big.Rat).Mul(r, r))
	}
	// ssd = (n*sxx - sx*sx) / n
	cnt := big.NewRat(int64(n), 1)
	ssd := new(big.Rat).Sub(new(big.Rat).Mul(cnt, sxx), new(big.Rat).Mul(sx, sx))
	return T, ssd.Quo(ssd, cnt), nil, n, nil
}

// statConvert is _convert: the exact value as the data's type (an int
// result that is not whole becomes a float).
func statConvert(th *Thread, v *big.Rat, T string) (Value, error) {
	switch T {
	case "int":
		if v.IsInt() {
			return makeInt(new(big.Int).Set(v.Num())), nil
		}
		fallthrough
	case "float":
		return (&Fraction{v}).Convert("float")
	case "Decimal":
		n, d := decFromInt(v.Num()), decFromInt(v.Denom())
		return th.in.decContext().div(n, d)
	}
	return &Fraction{v}, nil
}

// floatSqrtOfFrac is _float_sqrt_of_frac: sqrt(n/m) correctly rounded.
func floatSqrtOfFrac(n, m *big.Int) Value {
	const width = 2*53 + 3
	rto := func(n, m *big.Int) *big.Int {
		q := new(big.Int).Quo(n, m)
		a := new(big.Int).Sqrt(q)
		if new(big.Int).Mul(new(big.Int).Mul(a, a), m).Cmp(n) != 0 {
			a.SetBit(a, 0, 1)
		}
		return a
	}
	q := (n.BitLen() - m.BitLen() - width)
	if q < 0 {
		q = -((-q + 1) / 2)
	} else {
		q /= 2
	}
	var num, den *big.Int
	if q >= 0 {
		num = rto(n, new(big.Int).Lsh(m, uint(2*q)))
		num.Lsh(num, uint(q))
		den = big.NewInt(1)
	} else {
		num = rto(new(big.Int).Lsh(n, uint(-2*q)), m)
		den = new(big.Int).Lsh(big.NewInt(1), uint(-q))
	}
	f, _ := new(big.Rat).SetFrac(num, den).Float64()
	return Float(f)
}

// fsum is math.fsum: the correctly rounded sum.
func fsum(items []Value) (float64, error) {
	s := new(big.Rat)
	special := 0.0
	for _, it := range items {
		f, err := ToFloat(it)
		if err != nil {
			return 0, err
		}
		if math.IsInf(f, 0) || math.IsNaN(f) {
			special += f
			continue
		}
		s.Add(s, new(big.Rat).SetFloat64(f))
	}
	if special != 0 || math.IsNaN(special) {
		return special, nil
	}
	f, _ := s.Float64()
	return f, nil
}
