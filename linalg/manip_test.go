package linalg

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
)

// manipDriver answers one JSON case per line: it rebuilds the arguments
// from the wire format of toWire (as testdata/numpy_linalg.py does) and
// calls the NumPy function named by op with the integers in "ints".
const manipDriver = `
import json, sys
import numpy as np
def flt(s):
    return float.fromhex(s) if s.startswith(("0x", "-0x")) else float(s)
def build(d):
    dt, data = d["dtype"], d["data"]
    if dt == "float64":
        vals = [flt(x) for x in data]
    elif dt == "complex128":
        vals = [complex(flt(r), flt(i)) for r, i in data]
    elif dt == "int64":
        vals = [int(x) for x in data]
    else:
        vals = [bool(x) for x in data]
    return np.array(vals, dtype=dt).reshape(d["shape"])
def enc(a):
    a = np.asarray(a)
    if a.dtype == np.complex128:
        data = [[float(z.real).hex(), float(z.imag).hex()] for z in a.ravel()]
    elif a.dtype == np.float64:
        data = [float(x).hex() for x in a.ravel()]
    elif a.dtype == np.bool_:
        data = [bool(x) for x in a.ravel()]
    else:
        data = [str(int(x)) for x in a.ravel()]
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": data}
OPS = {
    "cumsum": lambda a, ax: np.cumsum(a, axis=ax),
    "cumprod": lambda a, ax: np.cumprod(a, axis=ax),
    "diff": lambda a, n, ax: np.diff(a, n=n, axis=ax),
    "clip": lambda a, lo, hi: np.clip(a, lo, hi),
    "where": lambda c, x, y: np.where(c, x, y),
    "unique": lambda a: np.unique(a),
    "unique_inverse": lambda a: np.unique(a, return_inverse=True)[1],
    "unique_index": lambda a: np.unique(a, return_index=True)[1],
    "unique_counts": lambda a: np.unique(a, return_counts=True)[1],
    "unique_axis": lambda a, ax: np.unique(a, axis=ax),
    "unique_axis_inverse": lambda a, ax: np.unique(a, axis=ax, return_inverse=True)[1],
    "tile": lambda a, *reps: np.tile(a, reps),
    "rot90": lambda a, k, a0, a1: np.rot90(a, k, (a0, a1)),
    "delete": lambda a, obj, ax: np.delete(a, obj, ax),
    "insert": lambda a, obj, v, ax: np.insert(a, obj, v, ax),
    "polyfit": lambda x, y, deg: np.polyfit(x, y, deg),
    "roots": lambda p: np.roots(p),
    "roots_sorted": lambda p: np.sort(np.roots(p)),
    "count_nonzero": lambda a, ax: np.count_nonzero(a, axis=ax),
}
for line in sys.stdin:
    c = json.loads(line)
    args = [build(a) for a in c["args"]] + (c["ints"] or [])
    try:
        r = np.asarray(OPS[c["op"]](*args))
        print(json.dumps({"result": enc(r)}))
    except Exception as e:
        print(json.dumps({"error": type(e).__name__ + ": " + str(e)}))
    sys.stdout.flush()
`

type manipCase struct {
	Op   string      `json:"op"`
	Args []wireArray `json:"args"`
	Ints []int       `json:"ints"`
	got  *Array
	err  error
	tol  float64
}

// TestManipOracle runs the manipulation functions and NumPy on the same
// random inputs: exact agreement for the rearrangements, cumulative sums
// and differences, a relative tolerance for polyfit and roots.
func TestManipOracle(t *testing.T) {
	py := os.Getenv("GOLINALG_PYTHON")
	if py == "" {
		t.Skip("GOLINALG_PYTHON not set: oracle test needs NumPy")
	}
	r := rand.New(rand.NewPCG(3, 14))
	var cases []manipCase
	add := func(op string, tol float64, got *Array, err error, ints []int, args ...*Array) {
		c := manipCase{Op: op, Ints: ints, got: got, err: err, tol: tol}
		for _, a := range args {
			c.Args = append(c.Args, toWire(a))
		}
		cases = append(cases, c)
	}
	shapes := [][]int{{7}, {3, 4}, {2, 3, 4}, {0, 3}, {1, 5}}
	for _, d := range []DType{Int64, Float64, Complex128} {
		for _, sh := range shapes {
			a := randArray(r, d, sh...)
			for ax := -1; ax < len(sh); ax++ {
				x, err := CumSum(a, ax, false, nil)
				add("cumsum", 0, x, err, []int{ax}, a)
				x, err = CumProd(a, ax, false, nil)
				// NumPy multiplies complex rows with SIMD fused
				// multiply-adds when it can (the accumulation runs
				// along a non-last axis), which changes the last bit.
				tol := 0.0
				if d == Complex128 {
					tol = 1e-15
				}
				add("cumprod", tol, x, err, []int{ax}, a)
				for n := 1; n <= 3; n++ {
					x, err = Diff(a, n, ax, nil, nil)
					add("diff", 0, x, err, []int{n, ax}, a)
				}
				x, err = CountNonzero(a, []int{ax}, false)
				add("count_nonzero", 0, x, err, []int{ax}, a)
				if len(sh) > 0 && sh[0] > 0 {
					obj, _ := NewInt64([]int{2}, []int64{0, -1})
					x, err = Delete(a, obj, ax, false)
					add("delete", 0, x, err, []int{ax}, a, obj)
					v := randArray(r, d, 1)
					x, err = Insert(a, obj, v, ax, false)
					add("insert", 0, x, err, []int{ax}, a, obj, v)
				}
			}
			lo, hi := randArray(r, Float64), randArray(r, d, sh[len(sh)-1])
			x, err := Clip(a, lo, hi)
			add("clip", 0, x, err, nil, a, lo, hi)
			ia := randArray(r, Int64, sh...)
			c, _, _ := Binary(OpGreater, ia, randArray(r, Int64))
			y := randArray(r, Float64, sh[len(sh)-1])
			x, err = Where(c, a, y)
			add("where", 0, x, err, nil, c, a, y)
			small, _, _ := Binary(OpMod, ia, randArray(r, Int64))
			for _, src := range []*Array{a, small} {
				u, err := Unique(src, true, true, true, true)
				if err != nil {
					add("unique", 0, nil, err, nil, src)
					continue
				}
				add("unique", 0, u.Values, nil, nil, src)
				add("unique_index", 0, u.Index, nil, nil, src)
				add("unique_inverse", 0, u.Inverse, nil, nil, src)
				add("unique_counts", 0, u.Counts, nil, nil, src)
			}
			for ax := -1; ax < len(sh); ax++ {
				small3, _, _ := Binary(OpMod, ia, randArray(r, Int64, 1))
				mixed, _ := Add(small3, randArray(r, d, 1))
				u, err := UniqueAxis(mixed, ax, false, true, false)
				if err != nil {
					add("unique_axis", 0, nil, err, []int{ax}, mixed)
					continue
				}
				add("unique_axis", 0, u.Values, nil, []int{ax}, mixed)
				add("unique_axis_inverse", 0, u.Inverse, nil, []int{ax}, mixed)
			}
			x, err = Tile(a, []int{2, 1, 3})
			add("tile", 0, x, err, []int{2, 1, 3}, a)
			if len(sh) >= 2 {
				for k := -1; k <= 4; k++ {
					x, err = Rot90(a, k, 0, -1)
					add("rot90", 0, x, err, []int{k, 0, -1}, a)
				}
			}
		}
	}
	for _, n := range []int{2, 3, 6, 20} {
		x := randArray(r, Float64, n)
		for _, deg := range []int{0, 1, 2, 4} {
			for _, ycols := range []int{0, 2} {
				y := randArray(r, Float64, n)
				if ycols > 0 {
					y = randArray(r, Float64, n, ycols)
				}
				p, _, err := Polyfit(x, y, nil, deg, -1)
				var c *Array
				if err == nil {
					c = p.Coef
				}
				add("polyfit", 1e-7, c, err, []int{deg}, x, y)
			}
		}
	}
	for _, n := range []int{1, 2, 3, 4, 5, 8} {
		for _, d := range []DType{Int64, Float64, Complex128} {
			p := randArray(r, d, n)
			x, err := Roots(p)
			if d == Complex128 && n > 3 {
				// Eig of a complex matrix is not LAPACK's zgeev step for
				// step, so the roots may come in another order.
				if err == nil {
					x, err = Sort(x, 0, true)
				}
				add("roots_sorted", 1e-8, x, err, nil, p)
				continue
			}
			add("roots", 1e-8, x, err, nil, p)
		}
	}

	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for _, c := range cases {
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(py, "-c", manipDriver)
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	k := 0
	for ; sc.Scan(); k++ {
		var ans numAnswer
		if err := json.Unmarshal(sc.Bytes(), &ans); err != nil {
			t.Fatal(err)
		}
		c := cases[k]
		name := fmt.Sprintf("#%d %s%v%v", k, c.Op, argShapes(c.Args), c.Ints)
		if ans.Error != "" || c.err != nil {
			if c.err == nil || c.err.Error() != ans.Error {
				t.Errorf("%s: error %v, oracle %q", name, c.err, ans.Error)
			}
			continue
		}
		want, err := fromWire(*ans.Result)
		if err != nil {
			t.Fatal(err)
		}
		if want.DType() != c.got.DType() || FormatShape(want.Shape()) != FormatShape(c.got.Shape()) {
			t.Errorf("%s: got %v %v, oracle %v %v", name, c.got.DType(), c.got.Shape(), want.DType(), want.Shape())
			continue
		}
		gv, wv := c.got.Complex128s(), want.Complex128s()
		if j := elementwiseClose(gv, wv, c.tol); j >= 0 {
			t.Errorf("%s: element %d = %v, oracle %v", name, j, gv[j], wv[j])
		}
	}
	if k != len(cases) {
		t.Fatalf("oracle answered %d of %d", k, len(cases))
	}
	t.Logf("%d manipulation cases compared with NumPy", len(cases))
}

// TestManipNoPanic feeds 0-d, empty and oddly shaped arrays of every
// dtype to each function: each must return a result or an error.
func TestManipNoPanic(t *testing.T) {
	var arrs []*Array
	for _, d := range []DType{Bool, Int64, Float64, Complex128} {
		for _, sh := range [][]int{{}, {0}, {3}, {0, 2}, {2, 0}, {1, 1}, {2, 3}, {2, 1, 3}} {
			a, _ := Full(d, sh, 1)
			arrs = append(arrs, a)
		}
	}
	for _, a := range arrs {
		for _, b := range arrs {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("%v, %v: panic %v", a, b, p)
					}
				}()
				for _, ax := range []int{-3, -1, 0, 1, 2} {
					_, _ = CumSum(a, ax, false, nil)
					_, _ = Diff(a, 1, ax, b, b)
					_, _ = Delete(a, b, ax, false)
					_, _ = Insert(a, b, b, ax, false)
					_, _ = Append(a, b, ax, false)
					_, _ = Rot90(a, ax, ax, 1)
					_, _ = Flip(a, []int{ax})
					_, _ = CountNonzero(a, []int{ax}, true)
				}
				_, _ = Delete(a, b, 0, true)
				_, _ = Insert(a, b, b, 0, true)
				_, _ = Where(a, b, a)
				_, _ = Clip(a, b, b)
				_, _ = Unique(a, false, true, true, true)
				_, _ = UniqueAxis(a, 0, true, true, true)
				_, _ = UniqueAxis(a, -1, true, true, true)
				_, _ = Tile(a, asInts(b))
				_, _, _ = Polyfit(a, b, b, 1, -1)
				_, _ = Roots(a)
				_, _ = Vander(a, 3, true)
				_, _ = Polyval(a, b)
				_, _ = Meshgrid([]*Array{a, b}, false, true)
			}()
		}
	}
}

// asInts returns a's elements as ints.
func asInts(a *Array) []int {
	v := a.Int64s()
	out := make([]int, len(v))
	for k, x := range v {
		out[k] = int(x)
	}
	return out
}
