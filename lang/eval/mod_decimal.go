package eval

import (
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/lang/syntax"
)

// decimal: finite Decimals (sign, coefficient, exponent) with + - * /
// // % ** (integer powers), sqrt, quantize and comparisons, rounded to the
// context's precision as CPython's decimal module does (the General
// Decimal Arithmetic specification). Infinities, NaNs and most of the
// context (traps, flags, Emin/Emax) are not supported and say so.

// Decimal is decimal.Decimal: (-1)^neg × coef × 10^exp.
type Decimal struct {
	neg  bool
	coef *big.Int // >= 0
	exp  int
}

// decContext is decimal.Context: the precision and the rounding mode.
type decContext struct {
	prec     int
	rounding string
}

var (
	decimalClass     = &libClass{name: "Decimal", module: "decimal", doc: "Construct a new Decimal object."}
	contextClass     = &libClass{name: "Context", module: "decimal"}
	DecimalException = NewExcClass("DecimalException", "decimal", ArithmeticError)
	InvalidOperation = NewExcClass("InvalidOperation", "decimal", DecimalException)
	DivisionByZero   = NewExcClass("DivisionByZero", "decimal", DecimalException)
	roundingModes    = []string{"ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"}
)

type decCtxKey struct{}

func (in *Interpreter) decContext() *decContext {
	if in == nil {
		return &decContext{prec: 28, rounding: "ROUND_HALF_EVEN"}
	}
	if c, ok := in.locals[decCtxKey{}].(*decContext); ok {
		return c
	}
	c := &decContext{prec: 28, rounding: "ROUND_HALF_EVEN"}
	if in.locals == nil {
		in.locals = map[any]any{}
	}
	in.locals[decCtxKey{}] = c
	return c
}

func thContext(th *Thread) *decContext {
	if th == nil {
		return (*Interpreter)(nil).decContext()
	}
	return th.in.decContext()
}

func init() {
	decimalClass.is = func(v Value) bool { _, ok := v.(*Decimal); return ok }
	contextClass.is = func(v Value) bool { _, ok := v.(*decContext); return ok }
	contextClass.make = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		c := &decContext{prec: 28, rounding: "ROUND_HALF_EVEN"}
		var prec, rounding Value = None, None
		if err := UnpackArgs("Context", args, kwargs, "prec?", &prec, "rounding?", &rounding); err != nil {
			return nil, err
		}
		if prec != None {
			if err := c.SetAttr("prec", prec); err != nil {
				return nil, err
			}
		}
		if rounding != None {
			if err := c.SetAttr("rounding", rounding); err != nil {
				return nil, err
			}
		}
		return c, nil
	}
	decimalClass.make = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var v, ctx Value = String("0"), None
		if err := UnpackArgs("Decimal", args, kwargs, "value?", &v, "context?", &ctx); err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case *Decimal:
			return x, nil
		case Int, BigInt, Bool:
			return decFromInt(toBig(x)), nil
		case Float:
			f := float64(x)
			if math.IsInf(f, 0) || math.IsNaN(f) {
				return nil, notImplemented("Decimal infinity and NaN")
			}
			r := new(big.Rat).SetFloat64(f)
			// r = n / 2^k exactly = n*5^k / 10^k
			k := r.Denom().BitLen() - 1
			coef := new(big.Int).Mul(r.Num(), new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(k)), nil))
			d := &Decimal{neg: math.Signbit(f), coef: coef.Abs(coef), exp: -k}
			return d, nil
		case String:
			return parseDecimal(string(x))
		case Tuple:
			return nil, notImplemented("Decimal from a tuple")
		}
		return nil, NewError(TypeError, "conversion from %s to Decimal is not supported", v.Type())
	}
	decimalClass.attrs = map[string]Value{
		"from_float": NewBuiltin("from_float", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return decimalClass.make(th, args, kwargs)
		}),
	}
}

func (in *Interpreter) decimalModule() *Module {
	a := map[string]Value{
		"Decimal":          decimalClass,
		"Context":          contextClass,
		"DecimalException": DecimalException,
		"InvalidOperation": InvalidOperation,
		"DivisionByZero":   DivisionByZero,
		"getcontext": NewBuiltin("getcontext", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs("getcontext", args, kwargs, 0); err != nil {
				return nil, err
			}
			return th.in.decContext(), nil
		}),
		"setcontext": NewBuiltin("setcontext", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs("setcontext", args, kwargs, 1); err != nil {
				return nil, err
			}
			c, ok := args[0].(*decContext)
			if !ok {
				return nil, NewError(TypeError, "argument must be a context")
			}
			th.SetLocal(decCtxKey{}, c)
			return None, nil
		}),
		"localcontext": unsupportedFn("decimal", "localcontext"),
	}
	for _, r := range roundingModes {
		a[r] = String(r)
	}
	return &Module{name: "decimal", doc: "Decimal fixed-point and floating-point arithmetic.", attrs: a}
}

func decFromInt(n *big.Int) *Decimal {
	return &Decimal{neg: n.Sign() < 0, coef: new(big.Int).Abs(n)}
}

var decimalFormat = regexp.MustCompile(`(?i)^([-+])?(\d+(?:_\d+)*)?(?:\.(\d+(?:_\d+)*)?)?(?:e([-+]?\d+(?:_\d+)*))?$`)

func parseDecimal(s string) (Value, error) {
	t := strings.TrimSpace(s)
	low := strings.ToLower(strings.TrimLeft(t, "+-"))
	if low == "inf" || low == "infinity" || low == "nan" || low == "snan" {
		return nil, notImplemented("Decimal infinity and NaN")
	}
	m := decimalFormat.FindStringSubmatch(t)
	if m == nil || m[2] == "" && m[3] == "" {
		return nil, NewError(InvalidOperation, "[<class 'decimal.ConversionSyntax'>]")
	}
	digits := strings.ReplaceAll(m[2]+m[3], "_", "")
	coef, _ := new(big.Int).SetString(digits, 10)
	exp := -len(strings.ReplaceAll(m[3], "_", ""))
	if m[4] != "" {
		e, err := strconv.Atoi(strings.ReplaceAll(m[4], "_", ""))
		if err != nil || e > 999999999 || e < -999999999 {
			return nil, notImplemented("Decimal exponents beyond the context's range")
		}
		exp += e
	}
	return &Decimal{neg: m[1] == "-", coef: coef, exp: exp}, nil
}

// ratio is the Decimal's exact value.
func (d *Decimal) ratio() (*big.Rat, error) {
	r := new(big.Rat).SetInt(d.coef)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt(d.exp))), nil)
	if d.exp >= 0 {
		r.Mul(r, new(big.Rat).SetInt(p))
	} else {
		r.Quo(r, new(big.Rat).SetInt(p))
	}
	if d.neg {
		r.Neg(r)
	}
	return r, nil
}

func (d *Decimal) rat() *big.Rat { r, _ := d.ratio(); return r }

// String is the repr, Decimal('1.50').
func (d *Decimal) String() string { return "Decimal('" + d.Str() + "')" }

// Str is the specification's to-scientific-string.
func (d *Decimal) Str() string {
	sign := ""
	if d.neg {
		sign = "-"
	}
	ds := d.coef.String()
	adj := d.exp + len(ds) - 1
	if d.exp <= 0 && adj >= -6 {
		if d.exp == 0 {
			return sign + ds
		}
		point := len(ds) + d.exp
		if point > 0 {
			return sign + ds[:point] + "." + ds[point:]
		}
		return sign + "0." + strings.Repeat("0", -point) + ds
	}
	out := ds[:1]
	if len(ds) > 1 {
		out += "." + ds[1:]
	}
	e := "E+"
	if adj < 0 {
		e = "E"
	}
	return sign + out + e + strconv.Itoa(adj)
}
func (*Decimal) Type() string  { return "decimal.Decimal" }
func (d *Decimal) Truth() bool { return d.coef.Sign() != 0 }
func (*Decimal) Class() Value  { return decimalClass }

func (d *Decimal) AsFloat() (float64, bool) {
	f, err := strconv.ParseFloat(d.Str(), 64)
	return f, err == nil || math.IsInf(f, 0)
}

func (d *Decimal) Hash() (uint64, error) { return (&Fraction{d.rat()}).Hash() }

func (d *Decimal) Convert(kind string) (Value, error) {
	if kind == "int" {
		r := d.rat()
		return makeInt(new(big.Int).Quo(r.Num(), r.Denom())), nil
	}
	f, _ := d.AsFloat()
	return Float(f), nil
}

func (d *Decimal) Abs() (Value, error) {
	return (&Decimal{coef: d.coef, exp: d.exp}).fix(nil), nil
}

func (d *Decimal) Round(nd Value) (Value, error) {
	if nd == None {
		r := d.rat()
		return makeInt(roundHalfEven(r.Num(), r.Denom())), nil
	}
	k, ok := AsSmallInt(nd)
	if !ok {
		return nil, NewError(TypeError, "optional arg must be an integer")
	}
	return d.quantize(int(-k), "ROUND_HALF_EVEN", nil)
}

func (d *Decimal) intPart(name string) Value {
	r := d.rat()
	return (&Fraction{r}).intPart(name)
}

func (d *Decimal) equal(y Value) (bool, bool) {
	switch y := y.(type) {
	case *Decimal, Int, BigInt, Bool, *Fraction:
		r, _ := decRat(y)
		return d.rat().Cmp(r) == 0, true
	case Float:
		if math.IsNaN(float64(y)) || math.IsInf(float64(y), 0) {
			return false, true
		}
		return d.rat().Cmp(new(big.Rat).SetFloat64(float64(y))) == 0, true
	}
	return false, false
}

func (d *Decimal) order(y Value) (int, bool) { return ratOrder(d.rat(), y) }

func decRat(v Value) (*big.Rat, bool) {
	if d, ok := v.(*Decimal); ok {
		return d.rat(), true
	}
	return ratOf(v)
}

// decOperand is v as a Decimal for arithmetic: a Decimal or an int.
func decOperand(v Value) (*Decimal, bool) {
	switch x := v.(type) {
	case *Decimal:
		return x, true
	case Int, BigInt, Bool:
		return decFromInt(toBig(x)), true
	}
	return nil, false
}

func (d *Decimal) Unary(th *Thread, op syntax.Token) (Value, error) {
	switch op {
	case syntax.MINUS:
		n := &Decimal{neg: !d.neg, coef: d.coef, exp: d.exp}
		if d.coef.Sign() == 0 {
			n.neg = false
		}
		return n.fix(thContext(th)), nil
	case syntax.PLUS:
		n := &Decimal{neg: d.neg && d.coef.Sign() != 0, coef: d.coef, exp: d.exp}
		return n.fix(thContext(th)), nil
	}
	return nil, NewError(TypeError, "bad operand type for unary %s: 'decimal.Decimal'", op)
}

func (d *Decimal) Binary(th *Thread, op syntax.Token, y Value, side Side) (Value, error) {
	switch op {
	case syntax.EQL, syntax.NEQ:
		eq, ok := d.equal(y)
		if !ok {
			return nil, nil
		}
		return Bool(eq == (op == syntax.EQL)), nil
	case syntax.LT, syntax.GT, syntax.LE, syntax.GE:
		var r *big.Rat
		if f, ok := y.(Float); ok {
			if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
				return Compare(th, cmpOf[op], Float(0), f)
			}
			r = new(big.Rat).SetFloat64(float64(f))
		} else if x, ok := decRat(y); ok {
			r = x
		} else {
			return nil, nil
		}
		c := d.rat().Cmp(r)
		if side == Right {
			c = -c
		}
		switch op {
		case syntax.LT:
			return Bool(c < 0), nil
		case syntax.GT:
			return Bool(c > 0), nil
		case syntax.LE:
			return Bool(c <= 0), nil
		}
		return Bool(c >= 0), nil
	}
	o, ok := decOperand(y)
	if !ok {
		return nil, nil
	}
	a, b := d, o
	if side == Right {
		a, b = o, d
	}
	ctx := thContext(th)
	switch op {
	case syntax.PLUS:
		return ctx.add(a, b), nil
	case syntax.MINUS:
		nb := &Decimal{neg: !b.neg, coef: b.coef, exp: b.exp}
		return ctx.add(a, nb), nil
	case syntax.STAR:
		return (&Decimal{neg: a.neg != b.neg, coef: new(big.Int).Mul(a.coef, b.coef), exp: a.exp + b.exp}).fix(ctx), nil
	case syntax.SLASH:
		return ctx.div(a, b)
	case syntax.SLASHSLASH, syntax.PERCENT:
		if b.coef.Sign() == 0 {
			if a.coef.Sign() == 0 {
				return nil, NewError(InvalidOperation, "[<class 'decimal.DivisionUndefined'>]")
			}
			if op == syntax.PERCENT {
				return nil, NewError(InvalidOperation, "[<class 'decimal.InvalidOperation'>]")
			}
			return nil, NewError(DivisionByZero, "[<class 'decimal.DivisionByZero'>]")
		}
		// integer part of a/b truncated toward zero; remainder a - b*q
		e := min(a.exp, b.exp)
		ac, bc := a.scaled(e), b.scaled(e)
		q, r := new(big.Int).QuoRem(ac, bc, new(big.Int))
		if len(new(big.Int).Abs(q).String()) > ctx.prec {
			return nil, NewError(InvalidOperation, "[<class 'decimal.DivisionImpossible'>]")
		}
		if op == syntax.SLASHSLASH {
			return (&Decimal{neg: q.Sign() < 0 || q.Sign() == 0 && a.neg != b.neg, coef: q.Abs(q)}).fix(ctx), nil
		}
		return (&Decimal{neg: a.neg && true, coef: r.Abs(r), exp: e}).fix(ctx), nil
	case syntax.STARSTAR:
		r := b.rat()
		if !r.IsInt() || !r.Num().IsInt64() {
			return nil, notImplemented("Decimal ** a non-integer power")
		}
		k := r.Num().Int64()
		if a.coef.Sign() == 0 && k < 0 {
			return nil, NewError(DivisionByZero, "[<class 'decimal.DivisionByZero'>]")
		}
		if absInt64(k)*int64(a.coef.BitLen()+1) > 1<<22 {
			return nil, notImplemented("Decimal powers this large")
		}
		p := &Decimal{neg: a.neg && k%2 != 0, coef: new(big.Int).Exp(a.coef, big.NewInt(absInt64(k)), nil), exp: a.exp * int(absInt64(k))}
		if k >= 0 {
			return p.fix(ctx), nil
		}
		return ctx.div(&Decimal{coef: big.NewInt(1)}, p)
	}
	return nil, nil
}

// scaled is d's signed coefficient at exponent e <= d.exp.
func (d *Decimal) scaled(e int) *big.Int {
	c := new(big.Int).Mul(d.coef, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.exp-e)), nil))
	if d.neg {
		c.Neg(c)
	}
	return c
}

func (ctx *decContext) add(a, b *Decimal) Value {
	e := min(a.exp, b.exp)
	s := new(big.Int).Add(a.scaled(e), b.scaled(e))
	neg := s.Sign() < 0
	if s.Sign() == 0 {
		neg = a.neg && b.neg || ctx.rounding == "ROUND_FLOOR" && a.neg != b.neg
	}
	return (&Decimal{neg: neg, coef: s.Abs(s), exp: e}).fix(ctx)
}

// div is a / b: _pydecimal's __truediv__, exact when the quotient fits
// the precision (at the exponent closest to the ideal), else rounded.
func (ctx *decContext) div(a, b *Decimal) (Value, error) {
	if b.coef.Sign() == 0 {
		if a.coef.Sign() == 0 {
			return nil, NewError(InvalidOperation, "[<class 'decimal.DivisionUndefined'>]")
		}
		return nil, NewError(DivisionByZero, "[<class 'decimal.DivisionByZero'>]")
	}
	neg := a.neg != b.neg
	if a.coef.Sign() == 0 {
		return (&Decimal{neg: neg, coef: new(big.Int), exp: a.exp - b.exp}).fix(ctx), nil
	}
	shift := len(b.coef.String()) - len(a.coef.String()) + ctx.prec + 1
	exp := a.exp - b.exp - shift
	var coef, rem *big.Int
	if shift >= 0 {
		coef, rem = new(big.Int).QuoRem(new(big.Int).Mul(a.coef, pow10(shift)), b.coef, new(big.Int))
	} else {
		coef, rem = new(big.Int).QuoRem(a.coef, new(big.Int).Mul(b.coef, pow10(-shift)), new(big.Int))
	}
	ten, five := big.NewInt(10), big.NewInt(5)
	if rem.Sign() != 0 {
		if new(big.Int).Mod(coef, five).Sign() == 0 {
			coef.Add(coef, big.NewInt(1))
		}
	} else {
		ideal := a.exp - b.exp
		m := new(big.Int)
		for exp < ideal {
			if q, r := new(big.Int).QuoRem(coef, ten, m); r.Sign() == 0 {
				coef, exp = q, exp+1
				continue
			}
			break
		}
	}
	return (&Decimal{neg: neg, coef: coef, exp: exp}).fix(ctx), nil
}

func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// fix rounds d to the context's precision (ctx nil: no rounding).
func (d *Decimal) fix(ctx *decContext) *Decimal {
	if ctx == nil {
		return d
	}
	n := len(d.coef.String())
	if d.coef.Sign() == 0 || n <= ctx.prec {
		return d
	}
	drop := n - ctx.prec
	c := roundCoef(d.coef, drop, ctx.rounding, d.neg)
	e := d.exp + drop
	if len(c.String()) > ctx.prec {
		c.Quo(c, big.NewInt(10))
		e++
	}
	return &Decimal{neg: d.neg, coef: c, exp: e}
}

// roundCoef drops the last drop digits of coef by the rounding mode.
func roundCoef(coef *big.Int, drop int, mode string, neg bool) *big.Int {
	p := pow10(drop)
	q, r := new(big.Int).QuoRem(coef, p, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	half := new(big.Int).Lsh(r, 1).Cmp(p) // sign of r - p/2
	up := false
	switch mode {
	case "ROUND_HALF_EVEN":
		up = half > 0 || half == 0 && q.Bit(0) == 1
	case "ROUND_HALF_UP":
		up = half >= 0
	case "ROUND_HALF_DOWN":
		up = half > 0
	case "ROUND_UP":
		up = true
	case "ROUND_DOWN":
	case "ROUND_CEILING":
		up = !neg
	case "ROUND_FLOOR":
		up = neg
	case "ROUND_05UP":
		last := new(big.Int).Mod(q, big.NewInt(10)).Int64()
		up = last == 0 || last == 5
	}
	if up {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// quantize is d rounded to exponent exp.
func (d *Decimal) quantize(exp int, mode string, ctx *decContext) (Value, error) {
	var out *Decimal
	if exp <= d.exp {
		out = &Decimal{neg: d.neg, coef: new(big.Int).Mul(d.coef, pow10(d.exp-exp)), exp: exp}
	} else {
		out = &Decimal{neg: d.neg, coef: roundCoef(d.coef, exp-d.exp, mode, d.neg), exp: exp}
	}
	prec := 28
	if ctx != nil {
		prec = ctx.prec
	}
	if out.coef.Sign() != 0 && len(out.coef.String()) > prec {
		return nil, NewError(InvalidOperation, "[<class 'decimal.InvalidOperation'>]")
	}
	return out, nil
}

// sqrt is _pydecimal's Decimal.sqrt for a finite, non-negative d.
func (d *Decimal) sqrt(ctx *decContext) (Value, error) {
	if d.coef.Sign() == 0 {
		e := d.exp >> 1
		if d.exp < 0 {
			e = -((-d.exp + 1) >> 1)
		}
		return &Decimal{neg: d.neg, coef: new(big.Int), exp: e}, nil
	}
	if d.neg {
		return nil, NewError(InvalidOperation, "[<class 'decimal.InvalidOperation'>]")
	}
	prec := ctx.prec + 1
	floorHalf := func(x int) int {
		if x >= 0 {
			return x / 2
		}
		return -((-x + 1) / 2)
	}
	e := floorHalf(d.exp)
	nd := len(d.coef.String())
	var c *big.Int
	var l int
	if d.exp&1 != 0 {
		c = new(big.Int).Mul(d.coef, big.NewInt(10))
		l = nd/2 + 1
	} else {
		c = new(big.Int).Set(d.coef)
		l = (nd + 1) / 2
	}
	shift := prec - l
	exact := true
	if shift >= 0 {
		c.Mul(c, pow10(2*shift))
	} else {
		var rem *big.Int
		c, rem = new(big.Int).QuoRem(c, pow10(-2*shift), new(big.Int))
		exact = rem.Sign() == 0
	}
	e -= shift
	n := new(big.Int).Sqrt(c)
	exact = exact && new(big.Int).Mul(n, n).Cmp(c) == 0
	if exact {
		if shift >= 0 {
			n.Quo(n, pow10(shift))
		} else {
			n.Mul(n, pow10(-shift))
		}
		e += shift
	} else if new(big.Int).Mod(n, big.NewInt(5)).Sign() == 0 {
		n.Add(n, big.NewInt(1))
	}
	return (&Decimal{coef: n, exp: e}).fix(&decContext{prec: ctx.prec, rounding: "ROUND_HALF_EVEN"}), nil
}

func (d *Decimal) Attr(th *Thread, name string) (Value, error) {
	m := func(fn func(args []Value, kwargs []Kwarg) (Value, error)) (Value, error) {
		return NewMethod(name, d, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) { return fn(args, kwargs) }), nil
	}
	ctx := thContext(th)
	switch name {
	case "__class__":
		return decimalClass, nil
	case "real":
		return d, nil
	case "imag":
		return &Decimal{coef: new(big.Int)}, nil
	case "quantize":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			var exp, rounding, c Value = nil, None, None
			if err := UnpackArgs("quantize", args, kwargs, "exp", &exp, "rounding?", &rounding, "context?", &c); err != nil {
				return nil, err
			}
			q, ok := decOperand(exp)
			if !ok {
				return nil, NewError(TypeError, "conversion from %s to Decimal is not supported", exp.Type())
			}
			mode := ctx.rounding
			if rounding != None {
				s, ok := rounding.(String)
				if !ok || !validRounding(string(s)) {
					return nil, NewError(TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
				}
				mode = string(s)
			}
			return d.quantize(q.exp, mode, ctx)
		})
	case "sqrt":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			var c Value = None
			if err := UnpackArgs("sqrt", args, kwargs, "context?", &c); err != nil {
				return nil, err
			}
			return d.sqrt(ctx)
		})
	case "as_integer_ratio":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			r := d.rat()
			return Tuple{makeInt(r.Num()), makeInt(r.Denom())}, nil
		})
	case "adjusted":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			if d.coef.Sign() == 0 {
				return Int(0), nil
			}
			return Int(d.exp + len(d.coef.String()) - 1), nil
		})
	case "is_zero", "is_signed", "is_finite", "is_nan", "is_infinite":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			switch name {
			case "is_zero":
				return Bool(d.coef.Sign() == 0), nil
			case "is_signed":
				return Bool(d.neg), nil
			case "is_finite":
				return True, nil
			}
			return False, nil
		})
	case "normalize":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			if len(args) > 1 {
				return nil, NewError(TypeError, "normalize() takes at most 1 argument")
			}
			r := d.fix(ctx)
			if r.coef.Sign() == 0 {
				return &Decimal{neg: r.neg, coef: new(big.Int)}, nil
			}
			c, e := new(big.Int).Set(r.coef), r.exp
			ten, rem := big.NewInt(10), new(big.Int)
			for {
				q, m := new(big.Int).QuoRem(c, ten, rem)
				if m.Sign() != 0 {
					break
				}
				c, e = q, e+1
			}
			return &Decimal{neg: r.neg, coef: c, exp: e}, nil
		})
	case "to_integral_value", "to_integral":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			var rounding, c Value = None, None
			if err := UnpackArgs(name, args, kwargs, "rounding?", &rounding, "context?", &c); err != nil {
				return nil, err
			}
			mode := ctx.rounding
			if s, ok := rounding.(String); ok {
				mode = string(s)
			}
			if d.exp >= 0 {
				return d, nil
			}
			return &Decimal{neg: d.neg, coef: roundCoef(d.coef, -d.exp, mode, d.neg)}, nil
		})
	case "copy_abs":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			return &Decimal{coef: d.coef, exp: d.exp}, nil
		})
	case "exp", "ln", "log10", "logb", "fma", "as_tuple", "compare", "max", "min", "next_plus", "next_minus", "scaleb", "shift", "rotate":
		return m(func(args []Value, kwargs []Kwarg) (Value, error) {
			return nil, notImplemented("Decimal." + name)
		})
	}
	return nil, nil
}

func validRounding(s string) bool {
	for _, r := range roundingModes {
		if r == s {
			return true
		}
	}
	return false
}

func (d *Decimal) AttrNames() []string {
	return []string{"adjusted", "as_integer_ratio", "copy_abs", "imag", "is_finite", "is_signed", "is_zero", "normalize", "quantize", "real", "sqrt", "to_integral_value"}
}

func (c *decContext) String() string {
	return "Context(prec=" + strconv.Itoa(c.prec) + ", rounding=" + c.rounding + ", Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
}
func (*decContext) Type() string { return "decimal.Context" }
func (*decContext) Truth() bool  { return true }
func (*decContext) Class() Value { return contextClass }
func (c *decContext) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "prec":
		return Int(c.prec), nil
	case "rounding":
		return String(c.rounding), nil
	case "Emin":
		return Int(-999999), nil
	case "Emax":
		return Int(999999), nil
	case "traps", "flags":
		return nil, notImplemented("decimal.Context." + name)
	}
	return nil, nil
}
func (c *decContext) AttrNames() []string { return []string{"Emax", "Emin", "prec", "rounding"} }
func (c *decContext) SetAttr(name string, v Value) error {
	switch name {
	case "prec":
		n, ok := AsSmallInt(v)
		if !ok {
			return NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
		}
		if n < 1 || n > 999999999999999999 {
			return NewError(ValueError, "valid range for prec is [1, MAX_PREC]")
		}
		c.prec = int(n)
		return nil
	case "rounding":
		s, ok := v.(String)
		if !ok || !validRounding(string(s)) {
			return NewError(TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
		}
		c.rounding = string(s)
		return nil
	}
	return notImplemented("decimal.Context." + name)
}

// Format is format(d, spec) for the fixed-point type 'f' and for no
// type, rounded by the context's rounding as Decimal.__format__ does;
// other presentation types say they are not supported.
func (d *Decimal) Format(spec string) (string, bool, error) {
	if spec == "" {
		return d.Str(), true, nil
	}
	sp, err := parseSpec(spec)
	if err != nil {
		return "", true, err
	}
	if sp.grouping != 0 || sp.alt || sp.typ != 0 && sp.typ != 'f' && sp.typ != 'F' || sp.typ == 0 && sp.prec >= 0 {
		return "", true, notImplemented("format spec " + StrRepr(spec) + " for Decimal")
	}
	var s string
	neg := d.neg
	if sp.typ == 0 {
		s = strings.TrimPrefix(d.Str(), "-")
	} else {
		prec := sp.prec
		if prec < 0 {
			prec = max(0, -d.exp)
		}
		q, err := d.quantize(-prec, "ROUND_HALF_EVEN", &decContext{prec: 1 << 30})
		if err != nil {
			return "", true, err
		}
		qd := q.(*Decimal)
		digits := qd.coef.String()
		if prec > 0 {
			if len(digits) <= prec {
				digits = strings.Repeat("0", prec-len(digits)+1) + digits
			}
			s = digits[:len(digits)-prec] + "." + digits[len(digits)-prec:]
		} else {
			s = digits
		}
		neg = qd.neg
	}
	switch {
	case neg:
		s = "-" + s
	case sp.sign == '+':
		s = "+" + s
	case sp.sign == ' ':
		s = " " + s
	}
	if sp.zero && sp.align == 0 {
		sp.fill, sp.align = '0', '='
	}
	return pad(s, sp, '>'), true, nil
}
