package sci

import (
	"strings"
	"testing"
)

// TestSciPyRefusals checks the calls that cannot be compared with SciPy:
// scipy.linalg.test runs SciPy's test suite under pytest, get_blas_funcs
// and get_lapack_funcs hand out Fortran routines, find_best_blas_type
// names their type prefix, some results have a dtype golinalg lacks
// (uint64, object, float32), and some arguments NumPy takes golinalg does
// not (array tolerances, sequence seeds). Each raises NotImplementedError naming the
// function (and the dtype); the argument errors before it are compared
// with SciPy in testdata/oracle_scipy_cells_special.py.
func TestSciPyRefusals(t *testing.T) {
	for _, tc := range []struct{ call, msg string }{
		{"sla.test()", "scipy.linalg.test is not supported by golinalg: it runs SciPy's test suite under pytest"},
		{"sla.test('full', verbose=2)", "scipy.linalg.test is not supported by golinalg: it runs SciPy's test suite under pytest"},
		{"sla.get_blas_funcs('gemm')", "scipy.linalg.get_blas_funcs is not supported by golinalg: it has no Fortran BLAS or LAPACK routines"},
		{"sla.get_lapack_funcs(('getrf', 'getrs'), (np.eye(2),))", "scipy.linalg.get_lapack_funcs is not supported by golinalg: it has no Fortran BLAS or LAPACK routines"},
		{"sla.find_best_blas_type()", "scipy.linalg.find_best_blas_type is not supported by golinalg: it has no Fortran BLAS or LAPACK routines"},
		{"sla.find_best_blas_type((np.eye(2),), dtype=float)", "scipy.linalg.find_best_blas_type is not supported by golinalg: it has no Fortran BLAS or LAPACK routines"},
		{"sla.pascal(4)", "scipy.linalg.pascal: the result has dtype uint64 in SciPy, which golinalg does not support"},
		{"sla.pascal(35, 'lower')", "scipy.linalg.pascal: the result has dtype object in SciPy, which golinalg does not support"},
		{"sla.invhilbert(15, exact=True)", "scipy.linalg.invhilbert: the result has dtype object in SciPy, which golinalg does not support"},
		{"sla.invpascal(35)", "scipy.linalg.invpascal: the result has dtype object in SciPy, which golinalg does not support"},
		{"sla.invpascal(35, 'upper')", "scipy.linalg.invpascal: the result has dtype object in SciPy, which golinalg does not support"},
		{"sla.issymmetric(np.eye(2), atol=[1, 2])", "scipy.linalg.issymmetric(atol=<list>) is not supported by golinalg"},
		{"sla.clarkson_woodruff_transform(np.eye(2), 2, rng=[1, 2])", "scipy.linalg.clarkson_woodruff_transform(rng=<list>) is not supported by golinalg"},
		{"sla.hadamard(2, dtype='f4')", "scipy.linalg.hadamard(dtype='f4') is not supported by golinalg"},
	} {
		got := runCell("import numpy as np\nimport scipy.linalg as sla\n" + tc.call)
		if len(got.Error) != 2 || got.Error[0] != "NotImplementedError" || got.Error[1] != tc.msg {
			t.Errorf("%s: got %q, want NotImplementedError %q", tc.call, got.Error, tc.msg)
		}
	}
}

// TestSciPyTestAttr checks what scipy.linalg.test shows without being
// called: an attribute (hasattr), a callable object whose repr is
// SciPy's PytestTester's (but for the address), and help() with the
// docstring.
func TestSciPyTestAttr(t *testing.T) {
	got := runCell(`import scipy.linalg as sla
print(hasattr(sla, 'test'), callable(sla.test))
print(repr(sla.test))
help(sla.test)`)
	if got.Error != nil {
		t.Fatalf("error %q", got.Error)
	}
	want := "True True\n<scipy._lib._testutils.PytestTester object at 0x7f0000000000>\n"
	if !strings.HasPrefix(got.Stdout, want) || !strings.Contains(got.Stdout, "Run tests for module using pytest.") {
		t.Errorf("got %q, want it to start %q and hold the docstring", got.Stdout, want)
	}
}
