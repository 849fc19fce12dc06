package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// historyCells is a session whose cells read and change In, _i, _ii, _iii
// and the _in variables, some run without history (store_history false),
// with a %reset in the middle.
var historyCells = []struct {
	code  string
	store bool
}{
	{"a = 1", true},
	{"b = 2", false},
	{"print(In[1:], repr(_i), repr(_ii), repr(_iii), _i1, _i2)", true},
	{"print([k for k in globals() if k.startswith('_i') and k != '_ih'])", true},
	{"del _i1\nprint('_i1' in globals(), _i3 == In[3])", true},
	{"_i2 = 'mine'\nc = 3", true},
	{"print(_i2, [k for k in globals() if k[:2] == '_i' and k != '_ih' or k in 'abc'])", true},
	{"try:\n    _i99\nexcept NameError as e:\n    print(e)", true},
	{"globals()['_i3'] = 'set'\nprint(_i3, globals().get('_i4'), globals().get('_i1', 'gone'))", true},
	{"print(sorted(k for k in globals() if k in {'_i1', '_i2', '_i3', '_i5', '_i9', '_i10'}))", true},
	{"def f():\n    return _i4\nprint(f() == In[4], len([k for k in dir() if k[:2] == '_i' and k != '_ih']))", true},
	{"%reset -f", true},
	{"print([k for k in globals() if k.startswith('_i') and k != '_ih'], len(In), In[12][:5])", true},
	{"d = 4", false},
	{"print(_i, _ii, _i13[:5], 'x')", true},
	{"try:\n    print(_i5)\nexcept NameError as e:\n    print(e)", true},
}

// TestInputVariablesOracle runs historyCells in IPython's InteractiveShell
// and here, and compares what they print: which _in exist, in which order
// globals() lists them, and what del, assignment and %reset do to them.
func TestInputVariablesOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs IPython")
	cells := make([][2]any, len(historyCells))
	for i, c := range historyCells {
		cells[i] = [2]any{c.code, c.store}
	}
	in, _ := json.Marshal(cells)
	want := pyoracle.Run(t, in, py, "-c", `import json, sys
from IPython.core.interactiveshell import InteractiveShell
sh = InteractiveShell.instance()
for code, store in json.load(sys.stdin):
    print("-- %d" % sh.execution_count, flush=True)
    sh.run_cell(code, store_history=store)
    sys.stdout.flush()`)

	interp := New(Options{})
	var got strings.Builder
	next := 1 // IPython's execution_count: the count of the next stored cell
	for _, c := range historyCells {
		fmt.Fprintf(&got, "-- %d\n", next)
		rec := &evaltest.Recorder{}
		cell := Cell{Code: c.code, Count: next}
		if c.store {
			next++
		} else {
			cell.Count, cell.NoHistory = next-1, true // as the kernel runs it
		}
		if err := interp.Execute(context.Background(), cell, rec); err != nil {
			t.Fatalf("%q: %v", c.code, err)
		}
		got.WriteString(rec.Stdout.String())
	}
	if got.String() != string(want) {
		t.Errorf("golinalg printed\n%s\nIPython printed\n%s", got.String(), want)
	}
	// Count 3 is the fourth cell: the second ran without history.
	if code, ok := interp.Input(3); !ok || code != historyCells[3].code {
		t.Errorf("Input(3) = %q, %v", code, ok)
	}
	if code, ok := interp.Input(1); !ok || code != "a = 1" {
		t.Errorf("Input(1) = %q, %v; the history outlives %%reset", code, ok)
	}
	if _, ok := interp.Input(next); ok {
		t.Errorf("Input(%d) found a cell not run yet", next)
	}
}
