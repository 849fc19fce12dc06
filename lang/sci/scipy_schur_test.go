package sci

import (
	"strings"
	"testing"
)

// TestSchurBoolNotSupported: SciPy computes schur, hessenberg and
// matrix_balance of a boolean matrix in float32, a dtype golinalg lacks, so
// golinalg refuses by name rather than answer in float64 (the oracle cannot
// compare a NotImplementedError).
func TestSchurBoolNotSupported(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"import numpy as np, scipy.linalg as sla\nsla.schur(np.eye(3, dtype=bool))", "scipy.linalg.schur(a of dtype bool"},
		{"import numpy as np, scipy.linalg as sla\nsla.schur(np.eye(3, dtype=bool), 'complex')", "scipy.linalg.schur(a of dtype bool"},
		{"import numpy as np, scipy.linalg as sla\nsla.hessenberg(np.eye(3, dtype=bool))", "scipy.linalg.hessenberg(a of dtype bool"},
		{"import numpy as np, scipy.linalg as sla\nsla.hessenberg(np.zeros((0, 0), bool))", "scipy.linalg.hessenberg(a of dtype bool"},
		{"import numpy as np, scipy.linalg as sla\nsla.matrix_balance(np.eye(3, dtype=bool))", "scipy.linalg.matrix_balance(A of dtype bool"},
	} {
		out := runCell(tc.src)
		if len(out.Error) != 2 || out.Error[0] != "NotImplementedError" || !strings.HasPrefix(out.Error[1], tc.want) {
			t.Errorf("%s: error %q, want NotImplementedError %q...", tc.src, out.Error, tc.want)
		}
	}
	// hessenberg returns a boolean matrix of order 2 or less as it is, as
	// SciPy does.
	out := runCell("import numpy as np, scipy.linalg as sla\nsla.hessenberg(np.array([[True, False], [True, True]]))")
	if len(out.Error) != 0 || out.Result == nil || !strings.Contains(*out.Result, "True") {
		t.Errorf("hessenberg of a 2x2 bool: %+v", out)
	}
}
