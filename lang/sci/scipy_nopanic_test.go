package sci

import (
	"fmt"
	"strings"
	"testing"
)

// TestSciPyNoInternalErrors calls every function of scipy.linalg with its
// required arguments drawn from odd inputs (empty, 0-d, 1-d, non-square,
// stacked, NaN, complex, bool, None, strings) and checks that each call
// returns or raises a Python exception: never an internal error, which is
// how a recovered panic surfaces. (It found a panic in lstsq with a 0-d b
// and a hang in logm on NaN.)
func TestSciPyNoInternalErrors(t *testing.T) {
	inputs := []string{"5", "0", "-1", "1.5", "'a'", "[]", "[[]]", "np.zeros((0, 0))", "np.zeros((3, 0))", "[[1.]]", "[[1, 2], [3, 4]]",
		"np.ones((2, 3))", "np.ones((2, 2, 2))", "np.array([[np.nan, 1], [1, 2]])", "[[1j, 2], [2, 1]]", "[1, 2, 3]", "np.eye(4)", "True", "None", "(1, 1)"}
	n := 0
	for _, f := range scipyLinalg.Funcs {
		s := f.signature()
		k := 0
		for _, p := range s.params {
			if p.def == nil && p.star == 0 && !p.kwOnly {
				k++
			}
		}
		k = max(k, 1)
		for i, x := range inputs {
			for j, y := range inputs {
				if k > 1 && (i+j)%3 != 0 {
					continue // a third of the pairs keeps the test quick
				}
				args := []string{x, y, x, y, x, y}[:k]
				src := "import numpy as np\nimport scipy.linalg as sla\nsla." + s.name + "(" + strings.Join(args, ", ") + ")"
				out := runCell(src)
				n++
				if e := fmt.Sprint(out.Error); strings.Contains(e, "SystemError") || strings.Contains(e, "internal error") {
					t.Errorf("%s: %v", src, out.Error)
				}
				if k < 2 {
					break
				}
			}
		}
	}
	t.Logf("%d calls", n)
}
