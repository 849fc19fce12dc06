package eval

import (
	"strings"
	"testing"

	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// TestGrowthCap checks that containers of unknown final length give
// MemoryError when they outgrow the caps, which are lowered here so that
// the test allocates little. CPython would run out of memory on these
// (nondeterministically), so they are not oracle cells.
func TestGrowthCap(t *testing.T) {
	seq, str := maxSeqLen, maxStrLen
	maxSeqLen, maxStrLen = 1<<17, 1<<20
	defer func() { maxSeqLen, maxStrLen = seq, str }()
	for _, src := range []string{
		"[x for x in range(10**12)]",
		"{x for x in range(10**12)}",
		"{x: 1 for x in range(10**12)}",
		"list(x for x in range(10**12))",
		"list(map(abs, range(10**12)))",
		"list(enumerate(range(10**12)))",
		"list(zip(range(10**12), range(10**12)))",
		"set(range(10**12))",
		"x = []\nwhile True:\n    x.append(1)",
		"d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1",
		"s = 'a'\nwhile True:\n    s = s + s",
		"x = [0]\nwhile True:\n    x = x + x",
		"x = [0]\nwhile True:\n    x += x",
		"'a'.center(2**21)",
		"f'{1:{2**21}}'",
	} {
		got := runCell(src)
		if strings.Join(got.Error, ": ") != "MemoryError: " {
			t.Errorf("%q: got %q, want MemoryError", src, got.Error)
		}
	}
	// Just below the caps all is well.
	got := runCell("len([x for x in range(2**17 - 5)]), len('a' * 2**20), len('a'.ljust(2**20))")
	if got.Result == nil || *got.Result != "(131067, 1048576, 1048576)" {
		t.Errorf("below the caps: got %v %q", evaltest.Show(got.Result), got.Error)
	}
}
