package sci

import (
	"fmt"
	"strings"
	"testing"
)

// TestDecompNoInternalErrors calls the functions of scipyDecomp (and
// eigh's generalised and subset forms) on every pairing of odd inputs
// (scalars, empties, wrong shapes, NaN, complex, batches, None): each may
// raise SciPy's exception but never an internal error.
func TestDecompNoInternalErrors(t *testing.T) {
	inputs := []string{"5", "[]", "[[]]", "np.zeros((0, 0))", "np.zeros((0, 3))", "np.zeros((3, 0))", "[[1.]]", "[[1, 2], [3, 4]]", "np.ones((2, 3))", "np.ones((3, 2))", "np.ones((2, 2, 2))", "np.array([[np.nan, 1], [1, 2]])", "[[1j, 2], [2, 1]]", "np.zeros((1, 0, 2))", "[1, 2, 3]", "np.eye(4)", "np.eye(4, 3)", "True", "None"}
	calls := []string{
		"sla.polar(%s)", "sla.polar(%s, 'left')", "sla.rq(%s)", "sla.rq(%s, mode='economic')", "sla.rq(%s, mode='r', check_finite=False)",
		"sla.qr_multiply(%s, %s)", "sla.qr_multiply(%s, %s, mode='left')", "sla.qr_multiply(%s, %s, pivoting=True, conjugate=True, overwrite_c=True, mode='left')",
		"sla.ldl(%s)", "sla.ldl(%s, lower=False, hermitian=False, check_finite=False)",
		"sla.eig_banded(%s)", "sla.eig_banded(%s, lower=True, select='v', select_range=[-1, 1])", "sla.eigvals_banded(%s, select='i', select_range=[0, 0])",
		"sla.eigh_tridiagonal(%s, %s)", "sla.eigvalsh_tridiagonal(%s, %s, select='v', select_range=[0, 9])",
		"sla.cossin(%s, 1, 1)", "sla.cossin([%s, %s, %s, %s])", "sla.cossin(%s, 2, 1, separate=True, compute_u=False)",
		"sla.qr_update(%s, %s, %s, %s)", "sla.qr_insert(%s, %s, %s, 0)", "sla.qr_insert(%s, %s, %s, 1, 'col')", "sla.qr_delete(%s, %s, 0)", "sla.qr_delete(%s, %s, 0, 2, 'col')",
		"sla.eigh(%s, %s, type=2)", "sla.eigh(%s, subset_by_value=[0, 1])", "sla.eigh(%s, %s, type=3, subset_by_value=[-1, 9], check_finite=False)",
	}
	n := 0
	for _, call := range calls {
		k := strings.Count(call, "%s")
		for _, x := range inputs {
			for _, y := range inputs {
				args := []any{x, y, y, x}[:k]
				src := "import numpy as np\nimport scipy.linalg as sla\n" + fmt.Sprintf(call, args...)
				out := runCell(src)
				n++
				if strings.Contains(fmt.Sprint(out.Error), "SystemError") || strings.Contains(fmt.Sprint(out.Error), "internal error") {
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
