package linalg

import (
	"encoding/json"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// hypo describes NumPy's numeric dtypes as descriptors, most of them with
// no storage here: promotion and casting of descriptors must give NumPy 2's
// answers for them too, so a new dtype is a new row, not new rules.
var hypo = []dtypeDesc{
	{name: "bool", kind: 'b', size: 1, char: '?'},
	{name: "int8", kind: 'i', size: 1, char: 'b'},
	{name: "int16", kind: 'i', size: 2, char: 'h'},
	{name: "int32", kind: 'i', size: 4, char: 'i'},
	{name: "int64", kind: 'i', size: 8, char: 'l'},
	{name: "uint8", kind: 'u', size: 1, char: 'B'},
	{name: "uint16", kind: 'u', size: 2, char: 'H'},
	{name: "uint32", kind: 'u', size: 4, char: 'I'},
	{name: "uint64", kind: 'u', size: 8, char: 'L'},
	{name: "float16", kind: 'f', size: 2, char: 'e'},
	{name: "float32", kind: 'f', size: 4, char: 'f'},
	{name: "float64", kind: 'f', size: 8, char: 'd'},
	{name: "complex64", kind: 'c', size: 8, char: 'F'},
	{name: "complex128", kind: 'c', size: 16, char: 'D'},
}

func hypoName(kind byte, size int) string {
	for _, d := range hypo {
		if d.kind == kind && d.size == size {
			return d.name
		}
	}
	return "?"
}

func hypoDesc(t *testing.T, name string) dtypeDesc {
	for _, d := range hypo {
		if d.name == name {
			return d
		}
	}
	t.Fatalf("no descriptor %s", name)
	return dtypeDesc{}
}

// TestPromoteHypothetical pins NumPy 2's answers for dtypes golinalg does
// not store yet (float32, int32, ...), computed from their descriptors.
func TestPromoteHypothetical(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"int64", "float32", "float64"},
		{"int32", "float32", "float64"},
		{"int16", "float32", "float32"},
		{"int8", "float16", "float16"},
		{"float32", "complex64", "complex64"},
		{"float64", "complex64", "complex128"},
		{"int32", "complex64", "complex128"},
		{"bool", "int8", "int8"},
		{"bool", "float16", "float16"},
		{"int32", "int64", "int64"},
		{"uint8", "int8", "int16"},
		{"uint32", "int32", "int64"},
		{"uint64", "int64", "float64"},
		{"uint16", "int32", "int32"},
	} {
		a, b := hypoDesc(t, c.a), hypoDesc(t, c.b)
		for _, p := range [][2]dtypeDesc{{a, b}, {b, a}} {
			if got := hypoName(promoteDesc(p[0], p[1])); got != c.want {
				t.Errorf("promote(%s, %s) = %s, NumPy 2 gives %s", p[0].name, p[1].name, got, c.want)
			}
		}
	}
	for _, c := range []struct {
		a    string
		k    byte
		want string
	}{
		{"float32", 'i', "float32"},
		{"float32", 'f', "float32"},
		{"float32", 'c', "complex64"},
		{"int32", 'f', "float64"},
		{"int8", 'i', "int8"},
		{"uint8", 'i', "uint8"},
		{"bool", 'i', "int64"},
		{"bool", 'b', "bool"},
		{"int16", 'c', "complex128"},
	} {
		if got := hypoName(promoteWeakDesc(hypoDesc(t, c.a), c.k)); got != c.want {
			t.Errorf("%s array with a Python %c scalar = %s, NumPy 2 gives %s", c.a, c.k, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b           string
		safe, sameKind bool
	}{
		{"int32", "float32", false, true},
		{"int16", "float32", true, true},
		{"int64", "float64", true, true},
		{"float64", "float32", false, true},
		{"float32", "complex64", true, true},
		{"complex64", "float64", false, false},
		{"int64", "int8", false, true},
		{"uint8", "int8", false, true},
		{"int8", "uint8", false, false},
		{"bool", "uint8", true, true},
		{"int8", "bool", false, false},
	} {
		a, b := hypoDesc(t, c.a), hypoDesc(t, c.b)
		if got := canCastDesc(a, b, false); got != c.safe {
			t.Errorf("can_cast(%s, %s, 'safe') = %v, want %v", c.a, c.b, got, c.safe)
		}
		if got := canCastDesc(a, b, true); got != c.sameKind {
			t.Errorf("can_cast(%s, %s, 'same_kind') = %v, want %v", c.a, c.b, got, c.sameKind)
		}
	}
}

// TestPromoteClosed checks that the table is closed under promotion (every
// result is a row) and that the rows' descriptors are the hypo ones.
func TestPromoteClosed(t *testing.T) {
	for a := range dtypes {
		if dtypes[a] != hypoDesc(t, dtypes[a].name) {
			t.Errorf("dtypes[%d] = %+v, want %+v", a, dtypes[a], hypoDesc(t, dtypes[a].name))
		}
		for b := range dtypes {
			if _, ok := lookupDType(promoteDesc(dtypes[a], dtypes[b])); !ok {
				t.Errorf("promote(%s, %s) is not in the table", dtypes[a].name, dtypes[b].name)
			}
		}
	}
}

// oracleDTypes is run by NumPy: for every pair of the dtypes named on
// stdin, np.promote_types, np.can_cast safe and same_kind, and
// np.result_type of an empty array with a Python scalar of each kind.
const oracleDTypes = `
import json, sys
import numpy as np
names = json.load(sys.stdin)
scalars = {"b": True, "i": 1, "f": 1.5, "c": 1j}
out = {"desc": {}, "promote": {}, "safe": {}, "same_kind": {}, "weak": {}}
for a in names:
    d = np.dtype(a)
    out["desc"][a] = [d.kind, d.itemsize, d.char]
    for k, v in scalars.items():
        out["weak"][a + "," + k] = np.result_type(np.empty(0, a), v).name
    for b in names:
        key = a + "," + b
        out["promote"][key] = np.promote_types(a, b).name
        out["safe"][key] = bool(np.can_cast(a, b, "safe"))
        out["same_kind"][key] = bool(np.can_cast(a, b, "same_kind"))
json.dump(out, sys.stdout)
`

// TestDTypeOracle checks the descriptors, promotion (of two arrays and of
// an array with a Python scalar) and casting against the real NumPy, for
// the table's dtypes through the exported functions and for all of hypo
// through the descriptor functions.
func TestDTypeOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	var names []string
	for _, d := range hypo {
		names = append(names, d.name)
	}
	in, _ := json.Marshal(names)
	raw := pyoracle.Run(t, in, py, "-c", oracleDTypes)
	var np struct {
		Desc     map[string][3]any
		Promote  map[string]string
		Safe     map[string]bool
		SameKind map[string]bool `json:"same_kind"`
		Weak     map[string]string
	}
	if err := json.Unmarshal(raw, &np); err != nil {
		t.Fatal(err)
	}
	for _, a := range hypo {
		want := np.Desc[a.name]
		if got := [3]any{string(a.kind), float64(a.size), string(a.char)}; got != want {
			t.Errorf("%s: kind, itemsize, char = %v, NumPy %v", a.name, got, want)
		}
		for _, k := range []byte("bifc") {
			if got, want := hypoName(promoteWeakDesc(a, k)), np.Weak[a.name+","+string(k)]; got != want {
				t.Errorf("%s array with a Python %c scalar: %s, NumPy %s", a.name, k, got, want)
			}
		}
		for _, b := range hypo {
			key := a.name + "," + b.name
			if got := hypoName(promoteDesc(a, b)); got != np.Promote[key] {
				t.Errorf("promote_types(%s, %s) = %s, NumPy %s", a.name, b.name, got, np.Promote[key])
			}
			if got := canCastDesc(a, b, false); got != np.Safe[key] {
				t.Errorf("can_cast(%s, %s, 'safe') = %v, NumPy %v", a.name, b.name, got, np.Safe[key])
			}
			if got := canCastDesc(a, b, true); got != np.SameKind[key] {
				t.Errorf("can_cast(%s, %s, 'same_kind') = %v, NumPy %v", a.name, b.name, got, np.SameKind[key])
			}
		}
	}
	all := []DType{Bool, Int64, Float64, Complex128}
	for _, a := range all {
		if got, want := [3]any{string(a.Kind()), float64(a.ItemSize()), string(a.Char())}, np.Desc[a.String()]; got != want {
			t.Errorf("%s: Kind, ItemSize, Char = %v, NumPy %v", a, got, want)
		}
		for _, s := range all {
			if got, want := PromoteWeak(a, s).String(), np.Weak[a.String()+","+string(s.Kind())]; got != want {
				t.Errorf("PromoteWeak(%s, %s) = %s, NumPy %s", a, s, got, want)
			}
		}
		for _, b := range all {
			key := a.String() + "," + b.String()
			if got := Promote(a, b).String(); got != np.Promote[key] {
				t.Errorf("Promote(%s, %s) = %s, NumPy %s", a, b, got, np.Promote[key])
			}
			if got := CanCast(a, b, CastSafe); got != np.Safe[key] {
				t.Errorf("CanCast(%s, %s, CastSafe) = %v, NumPy %v", a, b, got, np.Safe[key])
			}
			if got := CanCast(a, b, CastSameKind); got != np.SameKind[key] {
				t.Errorf("CanCast(%s, %s, CastSameKind) = %v, NumPy %v", a, b, got, np.SameKind[key])
			}
		}
	}
}
