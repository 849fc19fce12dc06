package sci

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// diagOutput records the order of outputs: "display" or "stdout".
type diagOutput struct {
	evaltest.Recorder
	order []string
}

func (d *diagOutput) Display(data, metadata map[string]any) {
	d.order = append(d.order, "display")
	d.Recorder.Display(data, metadata)
}

func (d *diagOutput) Stream(name, text string) {
	d.order = append(d.order, name)
	d.Recorder.Stream(name, text)
}

// TestLinAlgDiagnostic checks the card published before a LinAlgError:
// present for a singular inv and solve, absent when turned off, and the
// error's name and value the same either way.
func TestLinAlgDiagnostic(t *testing.T) {
	const setup = "import numpy as np\nimport scipy.linalg\nA = np.array([[1., 2.], [2., 4.]])\nb = np.array([1., 2.])\n"
	calls := []struct{ call, errValue string }{
		{"np.linalg.inv(A)", "Singular matrix"},
		{"np.linalg.solve(A, b)", "Singular matrix"},
		{"scipy.linalg.inv(A)", "A singular matrix detected: slice(s) [0] are singular."},
		{"np.linalg.cholesky(np.array([[1., 2.], [2., 1.]]))", "Matrix is not positive definite"},
	}
	for _, mode := range []struct {
		name string
		opts eval.Options
		pre  string
		card bool
	}{
		{"default", eval.Options{}, "", true},
		{"option off", eval.Options{NoDiagnostics: true}, "", false},
		{"%config off", eval.Options{}, "%config Diagnostics.enabled = False\n", false},
		{"%config on", eval.Options{NoDiagnostics: true}, "%config Diagnostics.enabled = True\n", true},
	} {
		for _, c := range calls {
			mode.opts.Modules = Modules()
			in := eval.New(mode.opts)
			out := &diagOutput{}
			err := in.Execute(context.Background(), eval.Cell{Code: mode.pre + setup + "print('before')\n" + c.call, Count: 1}, out)
			pe, ok := err.(*eval.PyError)
			if !ok || pe.Name != "LinAlgError" || pe.Value != c.errValue {
				t.Errorf("%s %s: error %v, want LinAlgError: %s", mode.name, c.call, err, c.errValue)
				continue
			}
			if out.Stdout.String() != "before\n" {
				t.Errorf("%s %s: stdout %q", mode.name, c.call, out.Stdout.String())
			}
			if !mode.card {
				if len(out.Displays) != 0 {
					t.Errorf("%s %s: card shown while off", mode.name, c.call)
				}
				continue
			}
			if len(out.Displays) != 1 || strings.Join(out.order, " ") != "stdout display" {
				t.Errorf("%s %s: outputs %v, want one display after stdout", mode.name, c.call, out.order)
				continue
			}
			d := out.Displays[0]
			text, _ := d["text/plain"].(string)
			html, _ := d["text/html"].(string)
			if !strings.Contains(text, "LinAlgError in ") || !strings.Contains(html, `class="golinalg-diagnostic"`) {
				t.Errorf("%s %s: card %v", mode.name, c.call, d)
			}
			if strings.Contains(c.call, "inv(") && !strings.Contains(text, "row 2 = 2 × row 1") {
				t.Errorf("%s %s: card lacks the dependency:\n%s", mode.name, c.call, text)
			}
		}
	}
}

// TestLinAlgDiagnosticNotOnOtherErrors checks that errors other than
// LinAlgError publish nothing.
func TestLinAlgDiagnosticNotOnOtherErrors(t *testing.T) {
	in := eval.New(eval.Options{Modules: Modules()})
	out := &diagOutput{}
	err := in.Execute(context.Background(), eval.Cell{Code: "import numpy as np\nnp.linalg.solve(np.eye(2), np.ones(3))", Count: 1}, out)
	if pe, ok := err.(*eval.PyError); !ok || pe.Name != "ValueError" || len(out.Displays) != 0 {
		t.Errorf("got %v and %d displays", err, len(out.Displays))
	}
}

// TestLinAlgDiagnosticOnlyWhenUncaught: a LinAlgError caught by the cell
// shows no card; one re-raised out of an except clause does.
func TestLinAlgDiagnosticOnlyWhenUncaught(t *testing.T) {
	const setup = "import numpy as np\nA = np.array([[1., 2.], [2., 4.]])\n"
	cases := []struct {
		code string
		card bool
	}{
		{"try:\n    np.linalg.inv(A)\nexcept np.linalg.LinAlgError as e:\n    print(e)", false},
		{"for i in range(3):\n    try:\n        np.linalg.solve(A, A)\n    except Exception:\n        pass", false},
		{"try:\n    np.linalg.inv(A)\nexcept np.linalg.LinAlgError:\n    raise", true},
		{"np.linalg.inv(A)", true},
	}
	for _, c := range cases {
		out := &diagOutput{}
		eval.New(eval.Options{Modules: Modules()}).Execute(context.Background(), eval.Cell{Code: setup + c.code, Count: 1}, out)
		if got := len(out.Displays) == 1; got != c.card || len(out.Displays) > 1 {
			t.Errorf("%q: %d cards, want card %v", c.code, len(out.Displays), c.card)
		}
	}
}

// TestLinAlgDiagnosticEveryFunction checks that a LinAlgError escaping a
// cell carries the card whichever function raised it, not only inv, solve
// and cholesky. The inputs are ones NumPy and SciPy reject with
// LinAlgError (the oracle cells compare the messages with theirs); the
// title is the card's own words.
func TestLinAlgDiagnosticEveryFunction(t *testing.T) {
	const setup = "import numpy as np\nimport scipy.linalg\nN = np.array([[1., np.nan], [3., 4.]])\nv = np.array([1., 2.])\n"
	calls := []struct{ call, title string }{
		{"np.linalg.svd(N)", "LinAlgError in np.linalg.svd: N contains nan or inf"},
		{"np.linalg.svd(N, compute_uv=False)", "LinAlgError in np.linalg.svd: N contains nan or inf"},
		{"np.linalg.svd(v)", "LinAlgError in np.linalg.svd: np.linalg.svd needs matrices, got a 1-d array"},
		{"np.linalg.pinv(N)", "LinAlgError in np.linalg.pinv: N contains nan or inf"},
		{"np.linalg.pinv(v)", "LinAlgError in np.linalg.pinv: np.linalg.pinv needs matrices, got a 1-d array"},
		{"np.linalg.matrix_rank(N)", "LinAlgError in np.linalg.matrix_rank: N contains nan or inf"},
		{"np.linalg.svdvals(N)", "LinAlgError in np.linalg.svdvals: N contains nan or inf"},
		{"np.linalg.cond(N)", "LinAlgError in np.linalg.cond: N contains nan or inf"},
		{"np.linalg.norm(N, 2)", "LinAlgError in np.linalg.norm: N contains nan or inf"},
		{"np.linalg.lstsq(N, v)", "LinAlgError in np.linalg.lstsq: N contains nan or inf"},
		{"scipy.linalg.expm(v)", "LinAlgError in scipy.linalg.expm: scipy.linalg.expm needs matrices, got a 1-d array"},
		{"scipy.linalg.expm(np.ones((2, 3)))", "LinAlgError in scipy.linalg.expm: np.ones((2, 3)) is not square: 2×3"},
		{"scipy.linalg.solve_triangular([[1., 0.], [1., 0.]], v, lower=True)", "LinAlgError in scipy.linalg.solve_triangular: [[1., 0.], [1., 0.]] is singular"},
	}
	for _, c := range calls {
		out := &diagOutput{}
		err := eval.New(eval.Options{Modules: Modules()}).Execute(context.Background(), eval.Cell{Code: setup + c.call, Count: 1}, out)
		if pe, ok := err.(*eval.PyError); !ok || pe.Name != "LinAlgError" {
			t.Errorf("%s: error %v, want a LinAlgError", c.call, err)
			continue
		}
		if len(out.Displays) != 1 {
			t.Errorf("%s: %d cards, want 1", c.call, len(out.Displays))
			continue
		}
		text, _ := out.Displays[0]["text/plain"].(string)
		if first, _, _ := strings.Cut(text, "\n"); first != c.title {
			t.Errorf("%s: card title %q, want %q", c.call, first, c.title)
		}
	}
}

// TestLinAlgDiagnosticSciPyCells runs every cell of the SciPy oracle
// (testdata/oracle_scipy_cells*.py) that raises LinAlgError here, and
// checks that each shows exactly one diagnostic card: every scipy.linalg
// function's LinAlgError gets one, as inv's and solve's do.
func TestLinAlgDiagnosticSciPyCells(t *testing.T) {
	files, _ := filepath.Glob("testdata/oracle_scipy_cells*.py")
	cells := pyoracle.Cells(t, files...)
	raised := map[string]int{}
	for i, c := range cells {
		out := &diagOutput{}
		err := eval.New(eval.Options{Modules: Modules()}).Execute(context.Background(), eval.Cell{Code: c, Count: 1}, out)
		pe, ok := err.(*eval.PyError)
		if !ok || pe.Name != "LinAlgError" {
			continue
		}
		raised[pe.Value]++
		if len(out.Displays) != 1 {
			t.Errorf("cell %d raises LinAlgError: %s, with %d cards, want 1:\n%s", i, pe.Value, len(out.Displays), c)
			continue
		}
		text, _ := out.Displays[0]["text/plain"].(string)
		if !strings.HasPrefix(text, "LinAlgError in ") {
			t.Errorf("cell %d: card %q", i, text)
		}
	}
	n := 0
	for _, k := range raised {
		n += k
	}
	if n < 20 {
		t.Errorf("only %d SciPy cells raise LinAlgError; the test needs them", n)
	}
	t.Logf("%d cells raise LinAlgError (%d messages), each with its card", n, len(raised))
}
