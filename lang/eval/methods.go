package eval

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"
	"unicode"

	"github.com/golinalg/golinalg/lang/syntax"
)

type tokenT = syntax.Token

const (
	cmpLT = syntax.CmpLT
	cmpLE = syntax.CmpLE
	cmpGE = syntax.CmpGE
)

type methodFn func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error)

var methodTables map[string]map[string]methodFn

func init() {
	methodTables = map[string]map[string]methodFn{
		"str":   strMethods,
		"list":  listMethods,
		"dict":  dictMethods,
		"set":   setMethods,
		"tuple": tupleMethods,
		"int":   intMethods,
		"float": floatMethods,
		"complex": {
			"conjugate": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
				c := complex128(r.(Complex))
				return Complex(complex(real(c), -imag(c))), nil
			},
		},
	}
}

func builtinMethod(x Value, name string) Value {
	typ := x.Type()
	if typ == "bool" {
		typ = "int"
	}
	if typ == "frozenset" {
		typ = "set"
	}
	switch typ {
	case "float":
		switch name {
		case "real":
			return x
		case "imag":
			return Float(0)
		}
	case "int":
		switch name {
		case "real", "numerator":
			return x
		case "imag":
			return Int(0)
		case "denominator":
			return Int(1)
		}
	case "complex":
		switch name {
		case "real":
			return Float(real(x.(Complex)))
		case "imag":
			return Float(imag(x.(Complex)))
		}
	}
	t := methodTables[typ]
	fn, ok := t[name]
	if !ok {
		return nil
	}
	return &Builtin{name: name, recv: x, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return fn(th, x, args, kwargs)
	}}
}

func builtinMethodNames(x Value) []string {
	typ := x.Type()
	if typ == "bool" {
		typ = "int"
	}
	var out []string
	for n := range methodTables[typ] {
		out = append(out, n)
	}
	switch typ {
	case "int", "float", "complex":
		out = append(out, "real", "imag")
	}
	sort.Strings(out)
	return out
}

func strArg(name string, v Value) (string, error) {
	s, ok := v.(String)
	if !ok {
		return "", NewError(TypeError, "%s arg must be None or str", name)
	}
	return string(s), nil
}

var strMethods = map[string]methodFn{
	"upper": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return String(strings.ToUpper(string(r.(String)))), nil
	},
	"lower": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return String(strings.ToLower(string(r.(String)))), nil
	},
	"title": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := []rune(string(r.(String)))
		prev := false
		for i, c := range s {
			if unicode.IsLetter(c) {
				if prev {
					s[i] = unicode.ToLower(c)
				} else {
					s[i] = unicode.ToUpper(c)
				}
				prev = true
			} else {
				prev = false
			}
		}
		return String(s), nil
	},
	"capitalize": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := []rune(strings.ToLower(string(r.(String))))
		if len(s) > 0 {
			s[0] = unicode.ToUpper(s[0])
		}
		return String(s), nil
	},
	"swapcase": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := []rune(string(r.(String)))
		for i, c := range s {
			if unicode.IsUpper(c) {
				s[i] = unicode.ToLower(c)
			} else {
				s[i] = unicode.ToUpper(c)
			}
		}
		return String(s), nil
	},
	"strip":  stripMethod("strip", strings.Trim, strings.TrimSpace),
	"lstrip": stripMethod("lstrip", strings.TrimLeft, func(s string) string { return strings.TrimLeftFunc(s, unicode.IsSpace) }),
	"rstrip": stripMethod("rstrip", strings.TrimRight, func(s string) string { return strings.TrimRightFunc(s, unicode.IsSpace) }),
	"split": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return splitMethod("split", r, a, k, false)
	},
	"rsplit": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return splitMethod("rsplit", r, a, k, true)
	},
	"splitlines": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := string(r.(String))
		l := &List{}
		for s != "" {
			i := strings.IndexAny(s, "\n\r")
			if i < 0 {
				l.elems = append(l.elems, String(s))
				break
			}
			l.elems = append(l.elems, String(s[:i]))
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			s = s[i+1:]
		}
		return l, nil
	},
	"join": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("str.join", a, k, 1); err != nil {
			return nil, err
		}
		items, err := Collect(th, a[0])
		if err != nil {
			return nil, NewError(TypeError, "can only join an iterable")
		}
		parts := make([]string, len(items))
		for i, it := range items {
			s, ok := it.(String)
			if !ok {
				return nil, NewError(TypeError, "sequence item %d: expected str instance, %s found", i, it.Type())
			}
			parts[i] = string(s)
		}
		return String(strings.Join(parts, string(r.(String)))), nil
	},
	"replace": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var old, nw string
		count := -1
		if err := UnpackArgs("replace", a, k, "old", &old, "new", &nw, "count?", &count); err != nil {
			return nil, err
		}
		return String(strings.Replace(string(r.(String)), old, nw, count)), nil
	},
	"startswith": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return affix(r, a, strings.HasPrefix, "startswith")
	},
	"endswith": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return affix(r, a, strings.HasSuffix, "endswith")
	},
	"find": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var sub string
		if err := UnpackArgs("find", a, k, "sub", &sub); err != nil {
			return nil, err
		}
		i := strings.Index(string(r.(String)), sub)
		if i < 0 {
			return Int(-1), nil
		}
		return Int(len([]rune(string(r.(String))[:i]))), nil
	},
	"rfind": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var sub string
		if err := UnpackArgs("rfind", a, k, "sub", &sub); err != nil {
			return nil, err
		}
		i := strings.LastIndex(string(r.(String)), sub)
		if i < 0 {
			return Int(-1), nil
		}
		return Int(len([]rune(string(r.(String))[:i]))), nil
	},
	"index": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var sub string
		if err := UnpackArgs("index", a, k, "sub", &sub); err != nil {
			return nil, err
		}
		i := strings.Index(string(r.(String)), sub)
		if i < 0 {
			return nil, NewError(ValueError, "substring not found")
		}
		return Int(len([]rune(string(r.(String))[:i]))), nil
	},
	"count": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var sub string
		if err := UnpackArgs("count", a, k, "sub", &sub); err != nil {
			return nil, err
		}
		if sub == "" {
			return Int(len([]rune(string(r.(String)))) + 1), nil
		}
		return Int(strings.Count(string(r.(String)), sub)), nil
	},
	"format": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s, err := strFormat(th, string(r.(String)), a, k)
		return String(s), err
	},
	"center": padMethod("center"),
	"ljust":  padMethod("ljust"),
	"rjust":  padMethod("rjust"),
	"zfill": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var w int
		if err := UnpackArgs("zfill", a, k, "width", &w); err != nil {
			return nil, err
		}
		s := string(r.(String))
		n := len([]rune(s))
		if n >= w {
			return r, nil
		}
		if err := checkStrLen(int64(w)); err != nil {
			return nil, err
		}
		sign := ""
		if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
			sign, s = s[:1], s[1:]
		}
		return String(sign + strings.Repeat("0", w-n) + s), nil
	},
	"isdigit":   strPred(func(r rune) bool { return unicode.IsDigit(r) }),
	"isnumeric": strPred(func(r rune) bool { return unicode.IsNumber(r) }),
	"isdecimal": strPred(func(r rune) bool { return unicode.IsDigit(r) }),
	"isalpha":   strPred(unicode.IsLetter),
	"isalnum":   strPred(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }),
	"isspace":   strPred(unicode.IsSpace),
	"isupper": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := string(r.(String))
		return Bool(strings.ToUpper(s) == s && strings.ToLower(s) != s), nil
	},
	"islower": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := string(r.(String))
		return Bool(strings.ToLower(s) == s && strings.ToUpper(s) != s), nil
	},
	"encode": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return Bytes(r.(String)), nil
	},
	"partition": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var sep string
		if err := UnpackArgs("partition", a, k, "sep", &sep); err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, NewError(ValueError, "empty separator")
		}
		s := string(r.(String))
		if i := strings.Index(s, sep); i >= 0 {
			return Tuple{String(s[:i]), String(sep), String(s[i+len(sep):])}, nil
		}
		return Tuple{String(s), String(""), String("")}, nil
	},
	"rpartition": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var sep string
		if err := UnpackArgs("rpartition", a, k, "sep", &sep); err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, NewError(ValueError, "empty separator")
		}
		s := string(r.(String))
		if i := strings.LastIndex(s, sep); i >= 0 {
			return Tuple{String(s[:i]), String(sep), String(s[i+len(sep):])}, nil
		}
		return Tuple{String(""), String(""), String(s)}, nil
	},
	"casefold": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("str.casefold", a, k, 0); err != nil {
			return nil, err
		}
		return String(strings.ReplaceAll(strings.ToLower(string(r.(String))), "ß", "ss")), nil
	},
	"removeprefix": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var p string
		if err := UnpackArgs("removeprefix", a, k, "prefix", &p); err != nil {
			return nil, err
		}
		return String(strings.TrimPrefix(string(r.(String)), p)), nil
	},
	"removesuffix": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var p string
		if err := UnpackArgs("removesuffix", a, k, "suffix", &p); err != nil {
			return nil, err
		}
		return String(strings.TrimSuffix(string(r.(String)), p)), nil
	},
}

func strPred(f func(rune) bool) methodFn {
	return func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := string(r.(String))
		if s == "" {
			return False, nil
		}
		for _, c := range s {
			if !f(c) {
				return False, nil
			}
		}
		return True, nil
	}
}

func stripMethod(name string, trim func(string, string) string, space func(string) string) methodFn {
	return func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var chars Value = None
		if err := UnpackArgs(name, a, k, "chars?", &chars); err != nil {
			return nil, err
		}
		s := string(r.(String))
		if chars == None {
			return String(space(s)), nil
		}
		c, err := strArg(name, chars)
		if err != nil {
			return nil, err
		}
		return String(trim(s, c)), nil
	}
}

func splitMethod(name string, r Value, a []Value, k []Kwarg, right bool) (Value, error) {
	var sep Value = None
	maxsplit := -1
	if err := UnpackArgs(name, a, k, "sep?", &sep, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	s := string(r.(String))
	var parts []string
	if sep == None {
		fields := strings.Fields(s)
		if maxsplit >= 0 && len(fields) > maxsplit+1 {
			if right {
				// keep the leftmost part joined as in the source
				rest := strings.TrimRightFunc(s, unicode.IsSpace)
				var tail []string
				for i := 0; i < maxsplit; i++ {
					j := strings.LastIndexFunc(rest, unicode.IsSpace)
					tail = append([]string{rest[j+1:]}, tail...)
					rest = strings.TrimRightFunc(rest[:j], unicode.IsSpace)
				}
				parts = append([]string{strings.TrimLeftFunc(rest, unicode.IsSpace)}, tail...)
			} else {
				rest := strings.TrimLeftFunc(s, unicode.IsSpace)
				for i := 0; i < maxsplit; i++ {
					j := strings.IndexFunc(rest, unicode.IsSpace)
					parts = append(parts, rest[:j])
					rest = strings.TrimLeftFunc(rest[j:], unicode.IsSpace)
				}
				parts = append(parts, rest)
			}
		} else {
			parts = fields
		}
	} else {
		sp, err := strArg(name, sep)
		if err != nil {
			return nil, err
		}
		if sp == "" {
			return nil, NewError(ValueError, "empty separator")
		}
		if right && maxsplit >= 0 {
			all := strings.Split(s, sp)
			if len(all) > maxsplit+1 {
				head := strings.Join(all[:len(all)-maxsplit], sp)
				parts = append([]string{head}, all[len(all)-maxsplit:]...)
			} else {
				parts = all
			}
		} else {
			parts = strings.SplitN(s, sp, maxsplit+map[bool]int{true: 1, false: 0}[maxsplit >= 0])
			if maxsplit < 0 {
				parts = strings.Split(s, sp)
			}
		}
	}
	l := &List{elems: make([]Value, len(parts))}
	for i, p := range parts {
		l.elems[i] = String(p)
	}
	return l, nil
}

func affix(r Value, a []Value, f func(string, string) bool, name string) (Value, error) {
	if len(a) < 1 {
		return nil, NewError(TypeError, "%s() takes at least 1 argument (0 given)", name)
	}
	s := string(r.(String))
	switch p := a[0].(type) {
	case String:
		return Bool(f(s, string(p))), nil
	case Tuple:
		for _, x := range p {
			xs, ok := x.(String)
			if !ok {
				return nil, NewError(TypeError, "tuple for %s must only contain str, not %s", name, x.Type())
			}
			if f(s, string(xs)) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, NewError(TypeError, "%s first arg must be str or a tuple of str, not %s", name, a[0].Type())
}

func padMethod(name string) methodFn {
	return func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var w int
		fill := " "
		if err := UnpackArgs(name, a, k, "width", &w, "fillchar?", &fill); err != nil {
			return nil, err
		}
		if len([]rune(fill)) != 1 {
			return nil, NewError(TypeError, "The fill character must be exactly one character long")
		}
		s := string(r.(String))
		n := len([]rune(s))
		if n >= w {
			return r, nil
		}
		if err := checkStrLen(int64(w) * int64(len(fill))); err != nil {
			return nil, err
		}
		pad := w - n
		switch name {
		case "ljust":
			return String(s + strings.Repeat(fill, pad)), nil
		case "rjust":
			return String(strings.Repeat(fill, pad) + s), nil
		}
		left := pad / 2
		if pad%2 == 1 && w%2 == 1 {
			left++
		}
		return String(strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)), nil
	}
}

var listMethods = map[string]methodFn{
	"append": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("list.append", a, k, 1); err != nil {
			return nil, err
		}
		l := r.(*List)
		if len(l.elems) >= maxSeqLen {
			return nil, errMemory()
		}
		l.elems = append(l.elems, a[0])
		return None, nil
	},
	"extend": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("list.extend", a, k, 1); err != nil {
			return nil, err
		}
		items, err := Collect(th, a[0])
		if err != nil {
			return nil, err
		}
		l := r.(*List)
		if err := CheckSeqLen(int64(len(l.elems)) + int64(len(items))); err != nil {
			return nil, err
		}
		l.elems = append(l.elems, items...)
		return None, nil
	},
	"insert": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var i int
		var v Value
		if err := UnpackArgs("insert", a, k, "index", &i, "object", &v); err != nil {
			return nil, err
		}
		l := r.(*List)
		n := len(l.elems)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.elems = append(l.elems, nil)
		copy(l.elems[i+1:], l.elems[i:])
		l.elems[i] = v
		return None, nil
	},
	"pop": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		i := -1
		if err := UnpackArgs("pop", a, k, "index?", &i); err != nil {
			return nil, err
		}
		l := r.(*List)
		if len(l.elems) == 0 {
			return nil, NewError(IndexError, "pop from empty list")
		}
		if i < 0 {
			i += len(l.elems)
		}
		if i < 0 || i >= len(l.elems) {
			return nil, NewError(IndexError, "pop index out of range")
		}
		v := l.elems[i]
		l.elems = append(l.elems[:i:i], l.elems[i+1:]...)
		return v, nil
	},
	"remove": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("list.remove", a, k, 1); err != nil {
			return nil, err
		}
		l := r.(*List)
		for i, e := range l.elems {
			eq, err := Equal(e, a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				l.elems = append(l.elems[:i:i], l.elems[i+1:]...)
				return None, nil
			}
		}
		return nil, NewError(ValueError, "list.remove(x): x not in list")
	},
	"index": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if len(a) < 1 {
			return nil, NewError(TypeError, "index expected at least 1 argument, got 0")
		}
		for i, e := range r.(*List).elems {
			eq, err := Equal(e, a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return Int(i), nil
			}
		}
		return nil, NewError(ValueError, "%s is not in list", Repr(a[0]))
	},
	"count": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("list.count", a, k, 1); err != nil {
			return nil, err
		}
		n := 0
		for _, e := range r.(*List).elems {
			if eq, _ := Equal(e, a[0]); eq {
				n++
			}
		}
		return Int(n), nil
	},
	"reverse": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		e := r.(*List).elems
		for i, j := 0, len(e)-1; i < j; i, j = i+1, j-1 {
			e[i], e[j] = e[j], e[i]
		}
		return None, nil
	},
	"sort": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if len(a) > 0 {
			return nil, NewError(TypeError, "sort() takes no positional arguments")
		}
		return None, listSort(th, r.(*List), k)
	},
	"copy": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return &List{elems: append([]Value(nil), r.(*List).elems...)}, nil
	},
	"clear": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		r.(*List).elems = nil
		return None, nil
	},
}

func listSort(th *Thread, l *List, kwargs []Kwarg) error {
	var key Value = None
	reverse := false
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "reverse":
			reverse = kw.Value.Truth()
		default:
			return NewError(TypeError, "'%s' is an invalid keyword argument for sort()", kw.Name)
		}
	}
	keys := l.elems
	if key != None {
		keys = make([]Value, len(l.elems))
		for i, e := range l.elems {
			k, err := Call(th, key, []Value{e}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	var sortErr error
	sort.SliceStable(idx, func(i, j int) bool {
		if sortErr != nil {
			return false
		}
		a, b := keys[idx[i]], keys[idx[j]]
		if reverse {
			a, b = b, a
		}
		lt, err := Compare(th, cmpLT, a, b)
		if err != nil {
			sortErr = err
			return false
		}
		return lt.Truth()
	})
	if sortErr != nil {
		return sortErr
	}
	out := make([]Value, len(idx))
	for i, j := range idx {
		out[i] = l.elems[j]
	}
	l.elems = out
	return nil
}

var tupleMethods = map[string]methodFn{
	"index": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if len(a) < 1 {
			return nil, NewError(TypeError, "index expected at least 1 argument, got 0")
		}
		for i, e := range r.(Tuple) {
			if eq, _ := Equal(e, a[0]); eq {
				return Int(i), nil
			}
		}
		return nil, NewError(ValueError, "tuple.index(x): x not in tuple")
	},
	"count": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("tuple.count", a, k, 1); err != nil {
			return nil, err
		}
		n := 0
		for _, e := range r.(Tuple) {
			if eq, _ := Equal(e, a[0]); eq {
				n++
			}
		}
		return Int(n), nil
	},
}

func dictUpdate(th *Thread, d *Dict, src Value) error {
	if o, ok := src.(interface{ asDict() *Dict }); ok {
		src = o.asDict() // Counter, defaultdict, OrderedDict
	}
	if o, ok := src.(*Dict); ok {
		for _, kv := range o.Items() {
			d.Set(kv[0], kv[1])
		}
		return nil
	}
	items, err := Collect(th, src)
	if err != nil {
		return err
	}
	for i, it := range items {
		pair, err := Collect(th, it)
		if err != nil {
			return NewError(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return NewError(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(pair[0], pair[1]); err != nil {
			return err
		}
	}
	return nil
}

var dictMethods = map[string]methodFn{
	"keys": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return &dictView{d: r.(*Dict), kind: "keys"}, nil
	},
	"values": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return &dictView{d: r.(*Dict), kind: "values"}, nil
	},
	"items": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return &dictView{d: r.(*Dict), kind: "items"}, nil
	},
	"get": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var key, def Value = nil, None
		if err := UnpackArgs("get", a, k, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		v, ok, err := r.(*Dict).Get(key)
		if err != nil || !ok {
			return def, err
		}
		return v, nil
	},
	"pop": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var key, def Value
		if err := UnpackArgs("pop", a, k, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		d := r.(*Dict)
		v, ok, err := d.Get(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			if def != nil {
				return def, nil
			}
			return nil, &Exception{Class: KeyError, Args: Tuple{key}}
		}
		d.Delete(key)
		return v, nil
	},
	"setdefault": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		var key, def Value = nil, None
		if err := UnpackArgs("setdefault", a, k, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		d := r.(*Dict)
		v, ok, err := d.Get(key)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		return def, d.Set(key, def)
	},
	"update": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		d := r.(*Dict)
		if len(a) > 0 {
			if err := dictUpdate(th, d, a[0]); err != nil {
				return nil, err
			}
		}
		for _, kw := range k {
			d.Set(String(kw.Name), kw.Value)
		}
		return None, nil
	},
	"copy": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		d := NewDict()
		for _, kv := range r.(*Dict).Items() {
			d.Set(kv[0], kv[1])
		}
		return d, nil
	},
	"clear": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		*r.(*Dict) = *NewDict()
		return None, nil
	},
	"popitem": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		d := r.(*Dict)
		items := d.Items()
		if len(items) == 0 {
			return nil, NewError(KeyError, "popitem(): dictionary is empty")
		}
		last := items[len(items)-1]
		d.Delete(last[0])
		return Tuple{last[0], last[1]}, nil
	},
}

// dictView is dict.keys(), .values() or .items().
type dictView struct {
	d    *Dict
	kind string
}

func (v *dictView) elems() []Value {
	switch v.kind {
	case "keys":
		return v.d.Keys()
	case "values":
		var out []Value
		for _, kv := range v.d.Items() {
			out = append(out, kv[1])
		}
		return out
	}
	var out []Value
	for _, kv := range v.d.Items() {
		out = append(out, Tuple{kv[0], kv[1]})
	}
	return out
}
func (v *dictView) String() string    { return "dict_" + v.kind + "([" + joinRepr(v.elems()) + "])" }
func (v *dictView) Type() string      { return "dict_" + v.kind }
func (v *dictView) Truth() bool       { return v.d.Len() > 0 }
func (v *dictView) Len() int          { return v.d.Len() }
func (v *dictView) Iterate() Iterator { return &sliceIter{elems: v.elems()} }

var setMethods = map[string]methodFn{
	"add": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("set.add", a, k, 1); err != nil {
			return nil, err
		}
		return None, r.(*Set).Add(a[0])
	},
	"remove": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("set.remove", a, k, 1); err != nil {
			return nil, err
		}
		ok, err := r.(*Set).d.Delete(a[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Exception{Class: KeyError, Args: Tuple{a[0]}}
		}
		return None, nil
	},
	"discard": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := ExactArgs("set.discard", a, k, 1); err != nil {
			return nil, err
		}
		_, err := r.(*Set).d.Delete(a[0])
		return None, err
	},
	"union":                setOp(tokenOf("|")),
	"intersection":         setOp(tokenOf("&")),
	"difference":           setOp(tokenOf("-")),
	"symmetric_difference": setOp(tokenOf("^")),
	"issubset": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		o, err := toSet(th, a)
		if err != nil {
			return nil, err
		}
		return Compare(th, cmpLE, r, o)
	},
	"issuperset": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		o, err := toSet(th, a)
		if err != nil {
			return nil, err
		}
		return Compare(th, cmpGE, r, o)
	},
	"copy": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return setBinary(tokenOf("|"), r.(*Set), NewSet())
	},
	"pop": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := r.(*Set)
		el := s.Elems()
		if len(el) == 0 {
			return nil, NewError(KeyError, "pop from an empty set")
		}
		s.d.Delete(el[0])
		return el[0], nil
	},
	"update": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		s := r.(*Set)
		for _, x := range a {
			items, err := Collect(th, x)
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				if err := s.Add(it); err != nil {
					return nil, err
				}
			}
		}
		return None, nil
	},
	"clear": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		r.(*Set).d = NewDict()
		return None, nil
	},
}

func toSet(th *Thread, a []Value) (*Set, error) {
	if len(a) != 1 {
		return nil, NewError(TypeError, "expected 1 argument, got %d", len(a))
	}
	if s, ok := a[0].(*Set); ok {
		return s, nil
	}
	items, err := Collect(th, a[0])
	if err != nil {
		return nil, err
	}
	s := NewSet()
	for _, it := range items {
		if err := s.Add(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func setOp(op interface{}) methodFn {
	return func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		acc := r.(*Set)
		for _, x := range a {
			o, err := toSet(th, []Value{x})
			if err != nil {
				return nil, err
			}
			v, err := setBinary(op.(tokenT), acc, o)
			if err != nil {
				return nil, err
			}
			acc = v.(*Set)
		}
		if len(a) == 0 {
			v, _ := setBinary(tokenOf("|"), acc, NewSet())
			return v, nil
		}
		return acc, nil
	}
}

var intMethods = map[string]methodFn{
	"bit_length": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		b := toBig(r)
		return Int(new(big.Int).Abs(b).BitLen()), nil
	},
	"conjugate": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) { return r, nil },
	"is_integer": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		return True, nil
	},
}

var floatMethods = map[string]methodFn{
	"hex": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		if err := UnpackArgs("hex", a, k); err != nil {
			return nil, err
		}
		return String(FloatHex(float64(r.(Float)))), nil
	},
	"is_integer": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		f := float64(r.(Float))
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	},
	"conjugate": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) { return r, nil },
	"as_integer_ratio": func(th *Thread, r Value, a []Value, k []Kwarg) (Value, error) {
		f := float64(r.(Float))
		if math.IsInf(f, 0) {
			return nil, NewError(OverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return nil, NewError(ValueError, "cannot convert NaN to integer ratio")
		}
		q := new(big.Rat)
		q.SetFloat64(f)
		return Tuple{makeInt(q.Num()), makeInt(q.Denom())}, nil
	},
}

// FloatHex is CPython's float.hex: "0x1.<13 hex digits>p<exponent>" for
// a normal number, "0x0.<13 hex digits>p-1022" for a subnormal one,
// "0x0.0p+0" for zero, and "inf", "-inf" or "nan".
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	bits := math.Float64bits(f)
	exp, mant := int(bits>>52)&0x7ff, bits&(1<<52-1)
	switch {
	case exp == 0 && mant == 0:
		return sign + "0x0.0p+0"
	case exp == 0:
		return fmt.Sprintf("%s0x0.%013xp-1022", sign, mant)
	}
	return fmt.Sprintf("%s0x1.%013xp%+d", sign, mant, exp-1023)
}
