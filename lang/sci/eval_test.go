package sci

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
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
	in := eval.New(eval.Options{Modules: Modules()})
	err := in.Execute(context.Background(), eval.Cell{Code: "def f(n):\n    return 1/n\nf(0)", Count: 4}, &evaltest.Recorder{})
	pe := err.(*eval.PyError)
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
	err = in.Execute(context.Background(), eval.Cell{Code: "1+", Count: 5}, &evaltest.Recorder{})
	pe = err.(*eval.PyError)
	if pe.Name != "SyntaxError" || !strings.Contains(pe.Traceback[0], "      ^\n") {
		t.Errorf("syntax error traceback %q", pe.Traceback)
	}
}

func TestInterrupt(t *testing.T) {
	in := eval.New(eval.Options{Modules: Modules()})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	err := in.Execute(ctx, eval.Cell{Code: "while True:\n    pass", Count: 1}, &evaltest.Recorder{})
	if pe, ok := err.(*eval.PyError); !ok || pe.Name != "KeyboardInterrupt" {
		t.Fatalf("got %v", err)
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel2() }()
	err = in.Execute(ctx2, eval.Cell{Code: "x = [i for i in range(10**9)]", Count: 2}, &evaltest.Recorder{})
	if pe, ok := err.(*eval.PyError); !ok || pe.Name != "KeyboardInterrupt" {
		t.Fatalf("comprehension: got %v", err)
	}
}

func TestHistoryAndRichResult(t *testing.T) {
	in := eval.New(eval.Options{Modules: Modules()})
	rec := &evaltest.Recorder{}
	in.Execute(context.Background(), eval.Cell{Code: "import numpy as np\nnp.array([[1, 2], [3, 4]])", Count: 1}, rec)
	if len(rec.Results) != 1 || rec.Results[0]["text/html"] == nil {
		t.Fatalf("array result lacks text/html: %v", rec.Results)
	}
	in.Execute(context.Background(), eval.Cell{Code: "41 + 1", Count: 2}, &evaltest.Recorder{})
	got := runIn(in, "print(_, Out[2], In[2], _i)", 3)
	if got != "42 42 41 + 1 41 + 1\n" {
		t.Errorf("history: %q", got)
	}
}

func runIn(in *eval.Interpreter, src string, n int) string {
	rec := &evaltest.Recorder{}
	if err := in.Execute(context.Background(), eval.Cell{Code: src, Count: n}, rec); err != nil {
		return err.Error()
	}
	return rec.Stdout.String()
}

func TestCompleteInspect(t *testing.T) {
	in := eval.New(eval.Options{Modules: Modules()})
	in.Execute(context.Background(), eval.Cell{Code: "import numpy as np\nvalue_a = 1", Count: 1}, &evaltest.Recorder{})
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

func TestCompleteStaticImports(t *testing.T) {
	in := eval.New(eval.Options{Modules: Modules()})
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
	if rec := (&evaltest.Recorder{}); in.Execute(context.Background(), eval.Cell{Code: "print('np' in globals())", Count: 1}, rec) != nil || rec.Stdout.String() != "False\n" {
		t.Errorf("completion bound np in the session: %q", rec.Stdout.String())
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
	in := eval.New(eval.Options{Modules: Modules()})
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
	in.Execute(context.Background(), eval.Cell{Code: "import numpy as np\nA = np.eye(2)", Count: 1}, &evaltest.Recorder{})
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
		in := eval.New(eval.Options{Modules: Modules()})
		if got := runIn(in, c.src, 1); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.src, got, c.want)
		}
	}
	in := eval.New(eval.Options{Modules: Modules()})
	runIn(in, "z = 1\ndef f():\n    return z", 1)
	runIn(in, "%reset -f", 2)
	if got := runIn(in, "try:\n    z\nexcept NameError as e:\n    print(e)\nz = 2\nprint(z)", 3); got != "name 'z' is not defined\n2\n" {
		t.Errorf("after %%reset: %q", got)
	}
}
