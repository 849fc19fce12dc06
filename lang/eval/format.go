package eval

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/golinalg/golinalg/display"
)

// fspec is a parsed format specification (Python's mini-language).
type fspec struct {
	fill     rune
	align    byte
	sign     byte
	alt      bool
	zero     bool
	width    int
	grouping byte
	prec     int
	typ      byte
}

func parseSpec(s string) (fspec, error) {
	sp := fspec{prec: -1}
	bad := NewError(ValueError, "Invalid format specifier")
	i := 0
	if s == "" {
		return sp, nil
	}
	r, n := utf8.DecodeRuneInString(s)
	if n < len(s) && strings.IndexByte("<>=^", s[n]) >= 0 {
		sp.fill, sp.align = r, s[n]
		i = n + 1
	} else if strings.IndexByte("<>=^", s[0]) >= 0 {
		sp.align = s[0]
		i = 1
	}
	if i < len(s) && strings.IndexByte("+- ", s[i]) >= 0 {
		sp.sign = s[i]
		i++
	}
	if i < len(s) && s[i] == 'z' {
		i++
	}
	if i < len(s) && s[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(s) && s[i] == '0' {
		sp.zero = true
		i++
	}
	st := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > st {
		w, err := specWidth(s[st:i])
		if err != nil {
			return sp, err
		}
		sp.width = w
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		sp.grouping = s[i]
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		st := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == st {
			return sp, NewError(ValueError, "Format specifier missing precision")
		}
		p, err := specPrec(s[st:i])
		if err != nil {
			return sp, err
		}
		sp.prec = p
	}
	if i < len(s) {
		sp.typ = s[i]
		i++
	}
	if i != len(s) {
		return sp, bad
	}
	return sp, nil
}

// Format is format(v, spec).
func Format(th *Thread, v Value, spec string) (string, error) {
	if f, ok := v.(interface {
		Format(spec string) (string, bool, error)
	}); ok {
		s, handled, err := f.Format(spec)
		if handled || err != nil {
			return s, err
		}
	}
	switch x := v.(type) {
	case String:
		if spec == "" {
			return string(x), nil
		}
		sp, err := parseSpec(spec)
		if err != nil {
			return "", err
		}
		if sp.typ != 0 && sp.typ != 's' {
			return "", NewError(ValueError, "Unknown format code '%c' for object of type 'str'", sp.typ)
		}
		if sp.sign != 0 {
			return "", NewError(ValueError, "Sign not allowed in string format specifier")
		}
		if sp.align == '=' {
			return "", NewError(ValueError, "'=' alignment not allowed in string format specifier")
		}
		s := string(x)
		if sp.prec >= 0 {
			rs := []rune(s)
			if len(rs) > sp.prec {
				s = string(rs[:sp.prec])
			}
		}
		return pad(s, sp, '<'), nil
	case Bool:
		if spec == "" {
			return x.String(), nil
		}
		i := Int(0)
		if x {
			i = 1
		}
		return Format(th, i, spec)
	case Int, BigInt:
		if spec == "" {
			return x.String(), nil
		}
		sp, err := parseSpec(spec)
		if err != nil {
			return "", err
		}
		return formatInt(toBig(x), sp)
	case Float:
		sp, err := parseSpec(spec)
		if err != nil {
			return "", err
		}
		return formatFloat(float64(x), sp, "float")
	case Complex:
		if spec == "" {
			return x.String(), nil
		}
		return "", NewError(ValueError, "complex format specs are not supported by golinalg")
	}
	if spec == "" {
		return Str(v), nil
	}
	return "", NewError(TypeError, "unsupported format string passed to %s.__format__", v.Type())
}

func pad(s string, sp fspec, defAlign byte) string {
	n := utf8.RuneCountInString(s)
	if n >= sp.width {
		return s
	}
	fill := sp.fill
	if fill == 0 {
		fill = ' '
	}
	align := sp.align
	if align == 0 {
		align = defAlign
	}
	k := sp.width - n
	f := string(fill)
	switch align {
	case '<':
		return s + strings.Repeat(f, k)
	case '^':
		return strings.Repeat(f, k/2) + s + strings.Repeat(f, k-k/2)
	case '=':
		sign := ""
		if s != "" && strings.IndexByte("+- ", s[0]) >= 0 {
			sign, s = s[:1], s[1:]
		}
		prefix := ""
		if len(s) > 1 && s[0] == '0' && strings.IndexByte("xXoObB", s[1]) >= 0 {
			prefix, s = s[:2], s[2:]
		}
		return sign + prefix + strings.Repeat(f, k) + s
	}
	return strings.Repeat(f, k) + s
}

func numPad(s string, sp fspec) string {
	if sp.zero && sp.align == 0 {
		if sp.fill == 0 {
			sp.fill = '0'
		}
		sp.align = '='
	}
	return pad(s, sp, '>')
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func signStr(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

func formatInt(v *big.Int, sp fspec) (string, error) {
	switch sp.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(v).Float64()
		return formatFloat(f, sp, "int")
	}
	if sp.prec >= 0 {
		return "", NewError(ValueError, "Precision not allowed in integer format specifier")
	}
	neg := v.Sign() < 0
	a := new(big.Int).Abs(v)
	var digits, prefix string
	every := 3
	switch sp.typ {
	case 0, 'd', 'n':
		digits = a.String()
	case 'x':
		digits, prefix, every = a.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(a.Text(16)), "0X", 4
	case 'o':
		digits, prefix, every = a.Text(8), "0o", 4
	case 'b':
		digits, prefix, every = a.Text(2), "0b", 4
	case 'c':
		if sp.sign != 0 {
			return "", NewError(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		return pad(string(rune(v.Int64())), sp, '<'), nil
	default:
		return "", NewError(ValueError, "Unknown format code '%c' for object of type 'int'", sp.typ)
	}
	if sp.grouping == ',' && sp.typ != 0 && sp.typ != 'd' {
		return "", NewError(ValueError, "Cannot specify ',' with '%c'.", sp.typ)
	}
	if sp.zero && sp.align == 0 && sp.grouping != 0 {
		// zero padding participates in grouping
		w := sp.width - len(signStr(neg, sp.sign))
		if sp.alt {
			w -= len(prefix)
		}
		for len(group(digits, sp.grouping, every)) < w {
			digits = "0" + digits
		}
	}
	digits = group(digits, sp.grouping, every)
	if !sp.alt {
		prefix = ""
	}
	return numPad(signStr(neg, sp.sign)+prefix+digits, sp), nil
}

func formatFloat(x float64, sp fspec, typ string) (string, error) {
	neg := math.Signbit(x) && !math.IsNaN(x)
	a := math.Abs(x)
	var body string
	upper := false
	switch sp.typ {
	case 'E', 'F', 'G':
		upper = true
	}
	prec := sp.prec
	switch sp.typ {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if sp.typ == '%' {
			a *= 100
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if sp.alt && prec == 0 {
			body += "."
		}
		if sp.typ == '%' {
			body += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'e', prec, 64)
		if sp.alt && prec == 0 {
			body = strings.Replace(body, "e", ".e", 1)
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		body = formatG(a, prec, sp.alt)
	case 0:
		if prec < 0 {
			body = floatRepr(a)
		} else {
			if prec == 0 {
				prec = 1
			}
			body = formatG(a, prec, sp.alt)
			if !strings.ContainsAny(body, ".e") && !math.IsInf(a, 0) && !math.IsNaN(a) {
				body += ".0"
			}
		}
	default:
		return "", NewError(ValueError, "Unknown format code '%c' for object of type '%s'", sp.typ, typ)
	}
	if math.IsInf(a, 0) {
		body = "inf"
		if sp.typ == '%' {
			body += "%"
		}
	} else if math.IsNaN(a) {
		body = "nan"
		if sp.typ == '%' {
			body += "%"
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if sp.grouping != 0 {
		intPart := body
		rest := ""
		if i := strings.IndexAny(body, ".eE%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		if sp.zero && sp.align == 0 {
			w := sp.width - len(signStr(neg, sp.sign)) - len(rest)
			for len(group(intPart, sp.grouping, 3)) < w {
				intPart = "0" + intPart
			}
		}
		body = group(intPart, sp.grouping, 3) + rest
	}
	return numPad(signStr(neg, sp.sign)+body, sp), nil
}

// formatG is C's %g with Python's exponent style; alt keeps zeros.
func formatG(a float64, prec int, alt bool) string {
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	var s string
	if exp < -4 || exp >= prec {
		s = e
		if !alt {
			mant, ex := s[:strings.IndexByte(s, 'e')], s[strings.IndexByte(s, 'e'):]
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + ex
		}
	} else {
		s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	}
	return s
}

// strFormat implements str.format.
func strFormat(th *Thread, f string, args []Value, kwargs []Kwarg) (string, error) {
	var b strings.Builder
	auto := 0
	manual := false
	for i := 0; i < len(f); {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", NewError(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// find matching '}'
		depth := 1
		j := i + 1
		for j < len(f) && depth > 0 {
			if f[j] == '{' {
				depth++
			} else if f[j] == '}' {
				depth--
			}
			j++
		}
		if depth > 0 {
			return "", NewError(ValueError, "expected '}' before end of string")
		}
		field := f[i+1 : j-1]
		i = j
		spec := ""
		conv := byte(0)
		if k := strings.IndexByte(field, ':'); k >= 0 {
			field, spec = field[:k], field[k+1:]
		}
		if k := strings.IndexByte(field, '!'); k >= 0 {
			if k+1 < len(field) {
				conv = field[k+1]
			}
			field = field[:k]
		}
		// resolve the argument name with attribute/index suffixes
		name := field
		rest := ""
		if k := strings.IndexAny(field, ".["); k >= 0 {
			name, rest = field[:k], field[k:]
		}
		var v Value
		if name == "" {
			if manual {
				return "", NewError(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			if auto >= len(args) {
				return "", NewError(IndexError, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = args[auto]
			auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			manual = true
			if n >= len(args) {
				return "", NewError(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			found := false
			for _, kw := range kwargs {
				if kw.Name == name {
					v, found = kw.Value, true
				}
			}
			if !found {
				return "", &Exception{Class: KeyError, Args: Tuple{String(name)}}
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr, rest = rest[1:k+1], rest[k+1:]
				} else {
					rest = ""
				}
				var err error
				if v, err = getAttr(th, v, attr); err != nil {
					return "", err
				}
			} else {
				k := strings.IndexByte(rest, ']')
				if k < 0 {
					return "", NewError(ValueError, "Missing ']' in format string")
				}
				key := rest[1:k]
				rest = rest[k+1:]
				var kv Value = String(key)
				if n, err := strconv.Atoi(key); err == nil {
					kv = Int(n)
				}
				var err error
				if v, err = getIndex(th, v, kv); err != nil {
					return "", err
				}
			}
		}
		switch conv {
		case 'r':
			v = String(Repr(v))
		case 's':
			v = String(Str(v))
		case 'a':
			v = String(asciiRepr(Repr(v)))
		}
		if strings.Contains(spec, "{") {
			s, err := strFormat(th, spec, args, kwargs)
			if err != nil {
				return "", err
			}
			spec = s
		}
		s, err := Format(th, v, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// percentFormat implements str % args.
func percentFormat(th *Thread, f string, arg Value) (Value, error) {
	var args []Value
	var mapping *Dict
	switch a := arg.(type) {
	case Tuple:
		args = a
	case *NamedTuple:
		args = a.Tuple
	case *Dict:
		mapping = a
		args = []Value{a}
	default:
		args = []Value{a}
	}
	var b strings.Builder
	ai := 0
	next := func() (Value, error) {
		if ai >= len(args) {
			return nil, NewError(TypeError, "not enough arguments for format string")
		}
		ai++
		return args[ai-1], nil
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(f) {
			return nil, NewError(ValueError, "incomplete format")
		}
		var v Value
		if f[i] == '(' {
			k := strings.IndexByte(f[i:], ')')
			if k < 0 || mapping == nil {
				return nil, NewError(TypeError, "format requires a mapping")
			}
			key := f[i+1 : i+k]
			i += k + 1
			got, ok, _ := mapping.Get(String(key))
			if !ok {
				return nil, &Exception{Class: KeyError, Args: Tuple{String(key)}}
			}
			v = got
		}
		st := i
		for i < len(f) && strings.IndexByte("-+ #0123456789.*", f[i]) >= 0 {
			i++
		}
		if i >= len(f) {
			return nil, NewError(ValueError, "incomplete format")
		}
		flags := f[st:i]
		conv := f[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if v == nil {
			var err error
			if v, err = next(); err != nil {
				return nil, err
			}
		}
		// translate to a format spec
		sp := fspec{prec: -1}
		j := 0
		for j < len(flags) && strings.IndexByte("-+ #0", flags[j]) >= 0 {
			switch flags[j] {
			case '-':
				sp.align = '<'
			case '+', ' ':
				sp.sign = flags[j]
			case '#':
				sp.alt = true
			case '0':
				sp.zero = true
			}
			j++
		}
		wp := flags[j:]
		if k := strings.IndexByte(wp, '.'); k >= 0 {
			p, err := specPrec(wp[k+1:])
			if err != nil {
				return nil, err
			}
			sp.prec = p
			wp = wp[:k]
		}
		if wp != "" {
			w, err := specWidth(wp)
			if err != nil {
				return nil, err
			}
			sp.width = w
		}
		if sp.align == '<' {
			sp.zero = false
		}
		var s string
		var err error
		switch conv {
		case 's', 'r', 'a':
			str := Str(v)
			if conv != 's' {
				str = Repr(v)
			}
			if sp.prec >= 0 && len([]rune(str)) > sp.prec {
				str = string([]rune(str)[:sp.prec])
			}
			sp.zero = false
			s = pad(str, sp, '>')
		case 'd', 'i', 'u':
			if numKind(v) == kComplex {
				return nil, NewError(TypeError, "%%%c format: a real number is required, not %s", conv, v.Type())
			}
			if numKind(v) == kNone {
				if n, ok := v.(HasFloat); ok {
					fv, _ := n.AsFloat()
					v = Float(fv)
				} else {
					return nil, NewError(TypeError, "%%%c format: a real number is required, not %s", conv, v.Type())
				}
			}
			if fl, ok := v.(Float); ok {
				v, err = BuiltinInt(th, []Value{fl}, nil)
				if err != nil {
					return nil, err
				}
			}
			sp.prec = -1
			s, err = formatInt(toBig(v), sp)
		case 'x', 'X', 'o':
			if numKind(v) != kInt {
				return nil, NewError(TypeError, "%%%c format: an integer is required, not %s", conv, v.Type())
			}
			sp.typ = conv
			sp.prec = -1
			s, err = formatInt(toBig(v), sp)
		case 'f', 'F', 'e', 'E', 'g', 'G':
			fv, ferr := ToFloat(v)
			if ferr != nil {
				return nil, NewError(TypeError, "must be real number, not %s", v.Type())
			}
			sp.typ = conv
			if sp.prec < 0 {
				sp.prec = 6
			}
			s, err = formatFloat(fv, sp, "float")
		case 'c':
			if n, ok := v.(HasIndex); ok {
				if i, ok := n.AsIndex(); ok {
					v = Int(i) // np.int64 has __index__
				}
			}
			if str, ok := v.(String); ok && utf8.RuneCountInString(string(str)) == 1 {
				s = string(str)
			} else if numKind(v) != kInt {
				return nil, NewError(TypeError, "%%c requires int or char")
			} else if i, ok := AsSmallInt(v); !ok || i < 0 || i >= 0x110000 {
				return nil, NewError(OverflowError, "%%c arg not in range(0x110000)")
			} else {
				s = string(rune(i))
			}
			s = pad(s, sp, '>')
		default:
			return nil, NewError(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	if ai < len(args) && mapping == nil {
		return nil, NewError(TypeError, "not all arguments converted during string formatting")
	}
	return String(b.String()), nil
}

// prettyRepr is IPython's pretty printer for results (display.Pretty):
// lists, tuples, sets and dicts wrap one item a line past 79 columns,
// multi-line reprs keep the indentation of the container they are in,
// and containers show at most 1000 items.
func prettyRepr(v Value) string {
	p := display.NewPretty()
	prettyValue(p, v, nil)
	return p.String()
}

// prettyValue prints v as IPython's printer for its type does; seen holds
// the containers being printed, for IPython's "[...]" on a cycle.
func prettyValue(p *display.Pretty, v Value, seen []Value) {
	for _, s := range seen {
		if s == v {
			switch v.(type) {
			case *List:
				p.Text("[...]")
			case *Dict:
				p.Text("{...}")
			default:
				p.Text("...")
			}
			return
		}
	}
	p.Value(func() {
		switch x := v.(type) {
		case *List:
			seen := append(seen, v)
			p.Seq("[", "]", len(x.elems), false, func(i int) { prettyValue(p, x.elems[i], seen) })
		case Tuple:
			p.Seq("(", ")", len(x), true, func(i int) { prettyValue(p, x[i], seen) })
		case *Dict:
			seen := append(seen, v)
			items := x.Items()
			p.Dict(len(items), func(i int) { prettyValue(p, items[i][0], seen) },
				func(i int) { prettyValue(p, items[i][1], seen) })
		case *Set:
			elems := x.Elems()
			if len(elems) == 0 {
				p.Text(x.Type() + "()")
				return
			}
			if len(elems) < display.PrettyMaxSeq {
				elems = sortedForPretty(elems)
			}
			open, close := "{", "}"
			if x.frozen {
				open, close = "frozenset({", "})"
			}
			p.Seq(open, close, len(elems), false, func(i int) { prettyValue(p, elems[i], seen) })
		case *Exception:
			// IPython's _exception_pprint: the class named with its module
			// when that is not builtins, the args as a call's arguments.
			name := x.Class.name
			if x.Class.module != "" {
				name = x.Class.module + "." + name
			}
			p.BeginGroup(len(name)+1, name+"(")
			for i, a := range x.Args {
				if i > 0 {
					p.Text(",")
					p.Breakable()
				}
				prettyValue(p, a, seen)
			}
			p.EndGroup(len(name)+1, ")")
		case *NamedTupleClass, *typeObject, *ExcClass:
			// IPython's _type_pprint: module.qualname, the name alone for
			// builtins: int, numpy.float64, numpy.linalg.LinAlgError.
			r := Repr(x)
			p.Text(strings.TrimSuffix(strings.TrimPrefix(r, "<class '"), "'>"))
		case prettyCaller:
			// IPython's printers of collections' types: a call
			// expression, Counter({...}), deque([...], maxlen=3)
			name, args, kwargs := x.prettyCall()
			p.BeginGroup(len(name)+1, name+"(")
			for i, a := range args {
				if i > 0 {
					p.Text(",")
					p.Breakable()
				}
				prettyValue(p, a, append(seen, v))
			}
			for i, kw := range kwargs {
				if i > 0 || len(args) > 0 {
					p.Text(",")
					p.Breakable()
				}
				p.BeginGroup(len(kw.Name)+1, kw.Name+"=")
				prettyValue(p, kw.Value, append(seen, v))
				p.EndGroup(len(kw.Name)+1, "")
			}
			p.EndGroup(len(name)+1, ")")
		default:
			if x.Type() == "type" && strings.HasPrefix(Repr(x), "<class '") {
				// a library's class: numpy.ndarray
				p.Text(strings.TrimSuffix(strings.TrimPrefix(Repr(x), "<class '"), "'>"))
				return
			}
			p.Repr(Repr(v))
		}
	})
}

// prettyCaller is implemented by values that IPython prints as a call
// of their class: name(args..., kw=value...).
type prettyCaller interface {
	prettyCall() (name string, args []Value, kwargs []Kwarg)
}

// sortedForPretty sorts a set's items as IPython does, when they are all
// numbers or all strings; otherwise it keeps their order.
func sortedForPretty(elems []Value) []Value {
	out := append([]Value(nil), elems...)
	allNum, allStr := true, true
	for _, e := range out {
		switch e.(type) {
		case Int, Float, Bool:
			allStr = false
		case String:
			allNum = false
		default:
			return out
		}
	}
	switch {
	case allStr:
		sort.SliceStable(out, func(i, j int) bool { return out[i].(String) < out[j].(String) })
	case allNum:
		f := func(v Value) float64 {
			switch n := v.(type) {
			case Int:
				return float64(n)
			case Float:
				return float64(n)
			case Bool:
				if n {
					return 1
				}
			}
			return 0
		}
		sort.SliceStable(out, func(i, j int) bool { return f(out[i]) < f(out[j]) })
	}
	return out
}
