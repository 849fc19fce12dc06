package sci

import (
	"github.com/golinalg/golinalg/lang/eval"
)

// numpyMod is the module numpy. Functions NumPy implements in C
// (numpy._core.multiarray, the ufuncs) get NumPy's C argument messages;
// those NumPy writes in Python (numpy/_core/numeric.py,
// numpy/lib/*.py) set Py.
var numpyMod = &Module{
	Name:  "numpy",
	Doc:   "NumPy (golinalg subset): n-dimensional arrays and linear algebra.",
	Funcs: []*Func{
		// Array creation, conversion and comparison (bodies in
		// npmodule.go, numpy.go, npcontext.go).

		// (end of creation section)

		// Shape manipulation, indexing, sorting, statistics (bodies in
		// npmanip.go).

		// (end of manipulation section)

		// Products: dot, matmul, outer, kron, tensordot, einsum, ...
		// (bodies in npproducts.go).

		// (end of products section)
	},
	Attrs: func(in *lib, th *eval.Thread, m *eval.Module) error {
		return nil
	},
}
