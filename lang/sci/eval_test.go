package sci

import . "github.com/golinalg/golinalg/lang/eval"

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestEvalTable(t *testing.T) {
	for _, tc := range []struct{ src, stdout, result, err string }{
		{"x = 1\nx", "", "1", ""},
		{"x = 1\nx;", "", "", ""},
		{"None", "", "", ""},
		{"print('a', 'b', sep='-', end='')", "a-b", "", ""},
		{"[1, 2,]", "", "[1, 2]", ""},
		{"y", "", "", "NameError: name 'y' is not defined"},
		{"import pandas", "", "", "ModuleNotFoundError: No module named 'pandas'"},
		{"import numpy\nnumpy.linalg.inv(numpy.array([[1, 2], [2, 4]]))", "", "", "LinAlgError: Singular matrix"},
		{"class A: pass", "", "", "SyntaxError: class definitions are not supported by golinalg"},
		{"exec('1')", "", "", "NotImplementedError: exec() is not supported by golinalg"},
		{"def f(n): return f(n+1)\nf(0)", "", "", "RecursionError: maximum recursion depth exceeded"},
		{"2**200", "", "1606938044258990275541962092341162602522202993782792835301376", ""},
		{"input()", "", "", "StdinNotImplementedError: raw_input was called, but this frontend does not support input requests."},
		{"  x = 3\n  x", "", "3", ""},
		{"import numpy as np\nnp.eye(2)", "", "array([[1., 0.],\n       [0., 1.]])", ""},
	} {
		got := runCell(tc.src)
		res := ""
		if got.Result != nil {
			res = *got.Result
		}
		errs := strings.Join(got.Error, ": ")
		if got.Stdout != tc.stdout || res != tc.result || errs != tc.err {
			t.Errorf("%q: got stdout %q result %q err %q; want %q %q %q", tc.src, got.Stdout, res, errs, tc.stdout, tc.result, tc.err)
		}
	}
}

func TestTraceback(t *testing.T) {
	in := New(Options{})
	err := in.Execute(context.Background(), Cell{Code: "def f(n):\n    return 1/n\nf(0)", Count: 4}, &recorder{})
	pe := err.(*PyError)
	if pe.Name != "ZeroDivisionError" || pe.Value != "division by zero" {
		t.Fatalf("got %s: %s", pe.Name, pe.Value)
	}
	tb := strings.Join(pe.Traceback, "\n")
	for _, want := range []string{
		"\x1b[31m---------------------------------------------------------------------------\x1b[39m",
		"\x1b[31mZeroDivisionError\x1b[39m                         Traceback (most recent call last)",
		"\x1b[36mCell\x1b[39m\x1b[36m \x1b[39m\x1b[32mIn[4]\x1b[39m\x1b[32m, line 3\x1b[39m\n",
		"\x1b[32m----> \x1b[39m\x1b[32m3\x1b[39m f(\x1b[32m0\x1b[39m)\n",
		", line 2\x1b[39m, in \x1b[36mf\x1b[39m\x1b[34m(n)\x1b[39m\n",
		"\x1b[31mZeroDivisionError\x1b[39m: division by zero",
	} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
	err = in.Execute(context.Background(), Cell{Code: "1+", Count: 5}, &recorder{})
	pe = err.(*PyError)
	if pe.Name != "SyntaxError" || !strings.Contains(pe.Traceback[0], "      ^\n") {
		t.Errorf("syntax error traceback %q", pe.Traceback)
	}
}

func TestInterrupt(t *testing.T) {
	in := New(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	err := in.Execute(ctx, Cell{Code: "while True:\n    pass", Count: 1}, &recorder{})
	if pe, ok := err.(*PyError); !ok || pe.Name != "KeyboardInterrupt" {
		t.Fatalf("got %v", err)
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel2() }()
	err = in.Execute(ctx2, Cell{Code: "x = [i for i in range(10**9)]", Count: 2}, &recorder{})
	if pe, ok := err.(*PyError); !ok || pe.Name != "KeyboardInterrupt" {
		t.Fatalf("comprehension: got %v", err)
	}
}

func TestPanicBecomesTraceback(t *testing.T) {
	in := New(Options{})
	in.builtins["boom"] = NewBuiltin("boom", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var m map[string]int
		m["x"] = 1 // nil map write panics
		return None, nil
	})
	err := in.Execute(context.Background(), Cell{Code: "boom()", Count: 1}, &recorder{})
	pe, ok := err.(*PyError)
	if !ok || pe.Name != "SystemError" || len(pe.Traceback) == 0 {
		t.Fatalf("got %#v", err)
	}
	if err := in.Execute(context.Background(), Cell{Code: "1", Count: 2}, &recorder{}); err != nil {
		t.Fatalf("interpreter unusable after panic: %v", err)
	}
}

func TestHistoryAndRichResult(t *testing.T) {
	in := New(Options{})
	rec := &recorder{}
	in.Execute(context.Background(), Cell{Code: "import numpy as np\nnp.array([[1, 2], [3, 4]])", Count: 1}, rec)
	if len(rec.results) != 1 || rec.results[0]["text/html"] == nil {
		t.Fatalf("array result lacks text/html: %v", rec.results)
	}
	in.Execute(context.Background(), Cell{Code: "41 + 1", Count: 2}, &recorder{})
	got := runIn(in, "print(_, Out[2], In[2], _i)", 3)
	if got != "42 42 41 + 1 41 + 1\n" {
		t.Errorf("history: %q", got)
	}
}

func runIn(in *Interpreter, src string, n int) string {
	rec := &recorder{}
	if err := in.Execute(context.Background(), Cell{Code: src, Count: n}, rec); err != nil {
		return err.Error()
	}
	return rec.stdout.String()
}

func TestCompleteInspect(t *testing.T) {
	in := New(Options{})
	in.Execute(context.Background(), Cell{Code: "import numpy as np\nvalue_a = 1", Count: 1}, &recorder{})
	m, s, e := in.Complete("np.linalg.in", 12)
	if s != 10 || e != 12 || len(m) == 0 || m[0] != "inv" {
		t.Errorf("Complete np.linalg.in: %v %d %d", m, s, e)
	}
	m, s, _ = in.Complete("x = val", 7)
	if s != 4 || len(m) != 1 || m[0] != "value_a" {
		t.Errorf("Complete val: %v %d", m, s)
	}
	if d, ok := in.Inspect("np.linalg.inv(", 14, 0); !ok || !strings.Contains(d["text/plain"].(string), "inv") {
		t.Errorf("Inspect: %v %v", d, ok)
	}
	if _, ok := in.Inspect("nothing_here", 3, 0); ok {
		t.Errorf("Inspect of unknown name found something")
	}
}

// FuzzExecute checks that no cell panics or hangs the interpreter.
func FuzzExecute(f *testing.F) {
	for _, s := range []string{"x = [1, 2]\nx[5]", "def f(a, *b, **c): return a\nf(1, 2, k=3)", "'%s %d' % (1, 2)",
		"f'{1:>{2}}'", "import numpy as np\nnp.array([[1, 2], [3, 4]]) @ [1, 2]", "a, *b = 'xyz'", "{1: 2} | {3: 4}",
		"try:\n  1/0\nexcept Exception as e:\n  raise ValueError from e", "sorted([3, 1], key=lambda v: -v)",
		"del _i1\nprint(_i1 if '_i1' in globals() else In[1], dir())", "%reset -f\n_i1 = _i"} {
		f.Add(s)
	}
	// Python-valid cells such as f'{0:1000000000}' build gigabyte strings;
	// the fuzzer looks for crashes and hangs, not for the machine's memory
	// bandwidth, so the caps are lowered while it runs.
	defer func(s, q int) { maxStrLen, maxSeqLen = s, q }(maxStrLen, maxSeqLen)
	maxStrLen, maxSeqLen = 1<<22, 1<<18
	f.Fuzz(func(t *testing.T, src string) {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		in := New(Options{})
		err := in.Execute(ctx, Cell{Code: src, Count: 1}, &recorder{})
		if pe, ok := err.(*PyError); ok && pe.Name == "SystemError" {
			t.Fatalf("internal error on %q: %s", src, pe.Value)
		}
	})
}

func TestCompleteStaticImports(t *testing.T) {
	in := New(Options{})
	code := "import numpy as np\nnp.linalg.in"
	m, s, e := in.Complete(code, len([]rune(code)))
	if len(m) != 1 || m[0] != "inv" || s != len([]rune(code))-2 || e != len([]rune(code)) {
		t.Errorf("Complete %q: %v %d %d", code, m, s, e)
	}
	code = "from scipy import linalg as sla\nx = 1\nsla.ch"
	if m, _, _ := in.Complete(code, len(code)); len(m) == 0 || m[0] != "cho_factor" && m[0] != "cholesky" {
		t.Errorf("Complete %q: %v", code, m)
	}
	if m, s, _ := in.Complete("pri", 3); len(m) != 1 || m[0] != "print" || s != 0 {
		t.Errorf("Complete pri: %v", m)
	}
	if _, ok := in.global("np"); ok {
		t.Errorf("completion bound np in the session")
	}
	types := in.CompleteTypes("import numpy as np\nnp.lina", 26)
	if len(types) != 1 || types[0]["text"] != "linalg" || types[0]["type"] != "module" || types[0]["start"] != 22 || types[0]["end"] != 26 {
		t.Errorf("CompleteTypes: %v", types)
	}
	types = in.CompleteTypes("whil", 4)
	if len(types) != 1 || types[0]["type"] != "keyword" {
		t.Errorf("CompleteTypes whil: %v", types)
	}
}

func TestInspectDocs(t *testing.T) {
	in := New(Options{})
	code := "import numpy as np\nnp.linalg.inv"
	d, ok := in.Inspect(code, len(code), 0)
	if !ok {
		t.Fatalf("Inspect %q found nothing", code)
	}
	text := d["text/plain"].(string)
	for _, want := range []string{"np.linalg.inv(a)", "Inverse of a square matrix", "LinAlgError", "Parameters\n----------"} {
		if !strings.Contains(text, want) {
			t.Errorf("Inspect %q lacks %q:\n%s", code, want, text)
		}
	}
	code = "from scipy import linalg as sla\nsla.cholesky(A"
	d, ok = in.Inspect(code, len(code), 0)
	if !ok || !strings.Contains(d["text/plain"].(string), "upper factor U") {
		t.Errorf("Inspect scipy cholesky: %v", d)
	}
	code = "from numpy.linalg import slogdet\nslogdet"
	if d, ok = in.Inspect(code, len(code), 0); !ok || !strings.Contains(d["text/plain"].(string), "logabsdet") {
		t.Errorf("Inspect bare slogdet: %v", d)
	}
	in.Execute(context.Background(), Cell{Code: "import numpy as np\nA = np.eye(2)", Count: 1}, &recorder{})
	d, ok = in.Inspect("A", 1, 0)
	text, _ = d["text/plain"].(string)
	for _, want := range []string{"ndarray", "(2, 2)", "float64", "[[1. 0.]"} {
		if !ok || !strings.Contains(text, want) {
			t.Errorf("Inspect A lacks %q:\n%s", want, text)
		}
	}
	if got := runIn(in, "print(np.zeros.__doc__.splitlines()[0])", 2); !strings.Contains(got, "filled with zeros") {
		t.Errorf("np.zeros.__doc__: %q", got)
	}
}

// TestScopes checks name resolution through the caches of lookupIdent.
func TestScopes(t *testing.T) {
	cells := []struct{ src, want string }{
		{"def f():\n    print(x)\n    x = 1\ntry:\n    f()\nexcept UnboundLocalError as e:\n    print(e)", "cannot access local variable 'x' where it is not associated with a value\n"},
		{"x = 1\ndef g():\n    global x\n    x += 1\n    return x\nprint(g(), g(), x)", "2 3 3\n"},
		{"def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    inc()\n    return inc() + n\nprint(outer())", "4\n"},
		{"def h(n):\n    return [i * n for i in range(n)]\nprint(h(3), h(2))", "[0, 3, 6] [0, 2]\n"},
		{"y = 5\ndel y\ntry:\n    y\nexcept NameError as e:\n    print(e)\ny = 6\nprint(y)", "name 'y' is not defined\n6\n"},
		{"def k(a, b=2, *c, d, **e):\n    return (a, b, c, d, e)\nprint(k(1, d=4), k(1, 3, 5, d=6, z=7))", "(1, 2, (), 4, {}) (1, 3, (5,), 6, {'z': 7})\n"},
		{"len = 3\nprint(len)\ndel len\nprint(len('ab'))", "3\n2\n"},
		{"def r(n):\n    return 0 if n == 0 else 1 + r(n - 1)\nprint(r(50))", "50\n"},
	}
	for _, c := range cells {
		in := New(Options{})
		if got := runIn(in, c.src, 1); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.src, got, c.want)
		}
	}
	in := New(Options{})
	runIn(in, "z = 1\ndef f():\n    return z", 1)
	runIn(in, "%reset -f", 2)
	if got := runIn(in, "try:\n    z\nexcept NameError as e:\n    print(e)\nz = 2\nprint(z)", 3); got != "name 'z' is not defined\n2\n" {
		t.Errorf("after %%reset: %q", got)
	}
}
