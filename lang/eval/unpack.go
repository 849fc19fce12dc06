package eval

import (
	"strings"
)

// UnpackArgs binds positional and keyword arguments of a built-in to Go
// variables, with Python's error messages. pairs alternates parameter
// names and pointers; a name ending in "?" is optional and a name "*"
// marks the rest as keyword-only. Supported pointer types: *Value,
// *int, *float64, *string, *bool.
//
//	var a Value; ord := Value(None)
//	err := UnpackArgs("norm", args, kwargs, "x", &a, "ord?", &ord)
func UnpackArgs(fn string, args []Value, kwargs []Kwarg, pairs ...any) error {
	type param struct {
		name     string
		optional bool
		kwOnly   bool
		ptr      any
	}
	var params []param
	kwOnly := false
	for i := 0; i < len(pairs); i += 2 {
		name := pairs[i].(string)
		if name == "*" {
			kwOnly = true
			i--
			continue
		}
		p := param{name: strings.TrimSuffix(name, "?"), optional: strings.HasSuffix(name, "?"), kwOnly: kwOnly, ptr: pairs[i+1]}
		params = append(params, p)
	}
	npos := 0
	for _, p := range params {
		if !p.kwOnly {
			npos++
		}
	}
	if len(args) > npos {
		nreq := 0
		for _, p := range params {
			if !p.kwOnly && !p.optional {
				nreq++
			}
		}
		if nreq == npos {
			return NewError(TypeError, "%s() takes exactly %d argument%s (%d given)", fn, npos, Plural(npos), len(args))
		}
		return NewError(TypeError, "%s() takes at most %d argument%s (%d given)", fn, npos, Plural(npos), len(args))
	}
	set := make([]bool, len(params))
	for i, a := range args {
		if err := store(fn, params[i].name, params[i].ptr, a); err != nil {
			return err
		}
		set[i] = true
	}
	for _, kw := range kwargs {
		found := false
		for i, p := range params {
			if p.name == kw.Name {
				if set[i] {
					return NewError(TypeError, "argument for %s() given by name ('%s') and position (%d)", fn, kw.Name, i+1)
				}
				if err := store(fn, p.name, p.ptr, kw.Value); err != nil {
					return err
				}
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return NewError(TypeError, "%s() got an unexpected keyword argument '%s'", fn, kw.Name)
		}
	}
	for i, p := range params {
		if !set[i] && !p.optional {
			return NewError(TypeError, "%s() missing required argument '%s' (pos %d)", fn, p.name, i+1)
		}
	}
	return nil
}

func store(fn, name string, ptr any, v Value) error {
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int:
		i, err := ToIndex(v, "")
		if err != nil {
			return NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
		}
		*p = i
	case *float64:
		f, err := ToFloat(v)
		if err != nil {
			return NewError(TypeError, "must be real number, not %s", v.Type())
		}
		*p = f
	case *string:
		s, ok := v.(String)
		if !ok {
			return NewError(TypeError, "%s() argument '%s' must be str, not %s", fn, name, v.Type())
		}
		*p = string(s)
	case *bool:
		*p = v.Truth()
	default:
		panic("UnpackArgs: unsupported pointer type")
	}
	return nil
}
