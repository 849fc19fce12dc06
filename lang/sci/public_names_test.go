package sci

import (
	"encoding/json"
	"os"
	"os/exec"
	"slices"
	"testing"
)

// TestPublicNames checks public_names.go against the installed NumPy and
// SciPy: regenerate it (testdata/gen_public_names.py) when the pins change.
func TestPublicNames(t *testing.T) {
	py := os.Getenv("GOLINALG_PYTHON")
	if py == "" {
		t.Skip("GOLINALG_PYTHON not set: the check needs NumPy and SciPy")
	}
	out, err := exec.Command(py, "-c", `import json, importlib
mods = ["numpy", "numpy.linalg", "numpy.random", "scipy.linalg"]
print(json.dumps({m: sorted(n for n in dir(importlib.import_module(m)) if not n.startswith("_")) for m in mods}))`).Output()
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for m, names := range want {
		if !slices.Equal(publicNames[m], names) {
			t.Errorf("%s: public_names.go is stale; run testdata/gen_public_names.py", m)
		}
	}
}

// TestNotYet: a NumPy name golinalg lacks is NotImplementedError naming
// it; a name NumPy lacks is AttributeError, as in NumPy.
func TestNotYet(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"import numpy as np\nnp.float32", "NotImplementedError: numpy.float32 is not supported by golinalg yet"},
		{"import numpy as np\nnp.linalg.matrix_exp", "AttributeError: module 'numpy.linalg' has no attribute 'matrix_exp'"},
		{"import scipy.linalg\nscipy.linalg.get_lapack_funcs", "NotImplementedError: scipy.linalg.get_lapack_funcs is not supported by golinalg yet"},
		{"import numpy as np\nnp.inv", "AttributeError: module 'numpy' has no attribute 'inv'"},
	} {
		got := runCell(tc.code)
		if len(got.Error) != 2 || got.Error[0]+": "+got.Error[1] != tc.want {
			t.Errorf("%q: got %v, want %s", tc.code, got.Error, tc.want)
		}
	}
}
