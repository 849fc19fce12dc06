package sci

import (
	"strings"
	"testing"
)

// TestGeneratorMethods checks the Generator's method table as TestTables
// checks the modules'.
func TestGeneratorMethods(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range generatorMethods {
		if _, err := parseSignature(m.Sig); err != nil {
			t.Errorf("Generator: %v", err)
			continue
		}
		if seen[m.Name()] {
			t.Errorf("Generator.%s: listed twice", m.Name())
		}
		seen[m.Name()] = true
		if m.Doc == "" || m.Body == nil || m.Func.Body != nil {
			t.Errorf("Generator.%s: no docstring or no body, or a Func body", m.Name())
		}
	}
}

// TestRandomNotSupported checks that the arguments golinalg does not
// implement are refused, not ignored, and that the docstrings reach
// __doc__ for functions and bound methods.
func TestRandomNotSupported(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"np.random.seed([1, 2])", "NotImplementedError: np.random.seed(seed=<list>) is not supported by golinalg"},
		{"np.random.default_rng([1, 2])", "NotImplementedError: np.random.default_rng(seed=<list>) is not supported by golinalg"},
		{"np.random.randint(5, dtype='int32')", "NotImplementedError: np.random.randint(dtype='int32') is not supported by golinalg"},
		{"np.random.randint(5, dtype=bool)", "NotImplementedError: np.random.randint(dtype=<class 'bool'>) is not supported by golinalg"},
		{"g.random(out=np.zeros(2))", "NotImplementedError: Generator.random(out=...) is not supported by golinalg"},
		{"g.standard_normal(dtype='float32')", "NotImplementedError: Generator.standard_normal(dtype='float32') is not supported by golinalg"},
		{"g.integers(5, dtype='uint8')", "NotImplementedError: Generator.integers(dtype='uint8') is not supported by golinalg"},
		{"g.choice", "AttributeError: 'numpy.random._generator.Generator' object has no attribute 'choice'"},
	} {
		got := runCell("import numpy as np\ng = np.random.default_rng(0)\n" + tc.src)
		if errs := strings.Join(got.Error, ": "); errs != tc.want {
			t.Errorf("%s: got %q, want %q", tc.src, errs, tc.want)
		}
	}
	got := runCell("import numpy as np\nprint(np.random.normal.__doc__.split('\\n')[0])\nprint(np.random.default_rng(0).integers.__doc__.split('\\n')[0])")
	if want := "Draws from the normal (Gaussian) distribution with mean loc and standard deviation scale, from the global RandomState. loc and scale may be arrays, broadcast against each other and size.\nRandom integers drawn uniformly from [low, high), or [low, high] with endpoint=True; from [0, low) when high is None.\n"; got.Stdout != want {
		t.Errorf("__doc__: got %q %q, want %q", got.Stdout, got.Error, want)
	}
}
