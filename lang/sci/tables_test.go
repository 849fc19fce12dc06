package sci

import (
	"testing"

	"github.com/golinalg/golinalg/lang/eval"
)

// modules lists the tables of the library's modules, for TestTables.
var tables = []*Module{numpyMod, numpyLinalg, numpyRandom, scipyLinalg}

// TestTables checks every table entry: its signature parses, its name is
// unique in its module, and it has a docstring and a body.
func TestTables(t *testing.T) {
	for _, md := range tables {
		seen := map[string]bool{}
		for _, f := range md.Funcs {
			if _, err := parseSignature(f.Sig); err != nil {
				t.Errorf("%s: %v", md.Name, err)
				continue
			}
			if seen[f.Name()] {
				t.Errorf("%s.%s: listed twice", md.Name, f.Name())
			}
			seen[f.Name()] = true
			if f.Doc == "" || f.Body == nil {
				t.Errorf("%s.%s: no docstring or no body", md.Name, f.Name())
			}
		}
	}
}

// TestParseSignature checks the signature grammar the binder reads.
func TestParseSignature(t *testing.T) {
	for _, tc := range []struct {
		sig              string
		n, npos, nreq    int
		varargs, varkw   int
		posOnly0, kwOnly bool
	}{
		{"inv(a)", 1, 1, 1, -1, -1, false, false},
		{"cholesky(a, /, *, upper=False)", 2, 1, 1, -1, -1, true, true},
		{"svd(a, full_matrices=True, compute_uv=True, hermitian=False)", 4, 4, 1, -1, -1, false, false},
		{"einsum(subscripts, *operands, out=None)", 3, 1, 1, 1, -1, false, false},
		{"f(a, b=(0, 1), **kwargs)", 3, 2, 1, -1, 2, false, false},
		{"g()", 0, 0, 0, -1, -1, false, false},
	} {
		s, err := parseSignature(tc.sig)
		if err != nil {
			t.Errorf("%s: %v", tc.sig, err)
			continue
		}
		if len(s.params) != tc.n || s.npos != tc.npos || s.nreq != tc.nreq || s.varargs != tc.varargs || s.varkw != tc.varkw {
			t.Errorf("%s: got %d params, npos %d, nreq %d, *args %d, **kwargs %d", tc.sig, len(s.params), s.npos, s.nreq, s.varargs, s.varkw)
		}
		if tc.n > 0 && s.params[0].posOnly != tc.posOnly0 {
			t.Errorf("%s: first parameter positional-only %v", tc.sig, s.params[0].posOnly)
		}
		if tc.n > 1 && s.params[1].kwOnly != tc.kwOnly {
			t.Errorf("%s: second parameter keyword-only %v", tc.sig, s.params[1].kwOnly)
		}
	}
	for _, bad := range []string{"f", "f(a=[1])", "(a)"} {
		if _, err := parseSignature(bad); err == nil {
			t.Errorf("%s: parsed", bad)
		}
	}
}

// checkMethods checks a class's method table as TestTables checks the
// modules'.
func checkMethods[R eval.Value](t *testing.T, class string, ms methods[R]) {
	t.Helper()
	seen := map[string]bool{}
	for _, m := range ms {
		if _, err := parseSignature(m.Sig); err != nil {
			t.Errorf("%s: %v", class, err)
			continue
		}
		if seen[m.Name()] {
			t.Errorf("%s.%s: listed twice", class, m.Name())
		}
		seen[m.Name()] = true
		if m.Doc == "" || m.Body == nil || m.Func.Body != nil {
			t.Errorf("%s.%s: no docstring or no body, or a Func body", class, m.Name())
		}
	}
}

// TestMethodTables checks the method tables of ndarray, the NumPy
// scalars and Generator, and the functions of numpy/_core/_methods.py
// that ndarray's reductions forward to.
func TestMethodTables(t *testing.T) {
	checkMethods(t, "ndarray", ndarrayMethods)
	checkMethods(t, "generic", scalarMethods)
	checkMethods(t, "Generator", generatorMethods)
	for _, f := range []*Func{pySum, pyProd, pyMean, pyAmax, pyAmin, pyStd, pyVar, pyAll, pyAny, pyClip} {
		if _, err := parseSignature(f.Sig); err != nil || !f.Py || f.Body == nil {
			t.Errorf("%s: %v, Py %v, body %v", f.Sig, err, f.Py, f.Body != nil)
		}
	}
	for _, name := range []string{"repeat", "round", "dot", "std", "var", "argmax", "argmin", "sort", "argsort", "diagonal", "trace", "cumsum", "cumprod", "nonzero", "reshape"} {
		if numpyFunc(name) == nil {
			t.Errorf("ndarray forwards to numpy.%s, which the numpy table lacks", name)
		}
	}
	got := runCell("import numpy as np\na = np.zeros(2)\nprint(a.sum.__doc__.split('\\n')[0])\nprint(np.float64(1).item.__doc__.split('\\n')[0])")
	if want := "Sum of the elements, over all of them or along axis. See numpy.sum.\nThe scalar as a Python scalar (bool, int, float or complex). The only index it accepts is 0 (or -1).\n"; got.Stdout != want {
		t.Errorf("__doc__: got %q %q, want %q", got.Stdout, got.Error, want)
	}
}
