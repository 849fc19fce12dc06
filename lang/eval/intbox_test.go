package eval

import (
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestBoxInt checks boxInt around the bounds of smallInts and of the
// runtime's own table of [0, 256).
func TestBoxInt(t *testing.T) {
	for _, i := range []int64{-1 << 63, -6, -5, -4, -1, 0, 1, 255, 256, 257, 1022, 1023, 1024, 1025, 1<<63 - 1} {
		v := (*Thread)(nil).boxInt(i)
		if n, ok := v.(Int); !ok || int64(n) != i {
			t.Errorf("boxInt(%d) = %#v", i, v)
		}
	}
}

// intArithCells are comprehensions and generator expressions over ranges
// whose bodies intArith accepts (and a few it does not), with results
// inside int64, past it part way through, and at its edges. over makes
// the iterable from a range expression.
func intArithCells(over func(r string) string) []string {
	bodies := []string{
		"i", "i * 2", "2*i + 1", "i * i - 3 * i", "(i + 1) * (i - 1)",
		"i * 4611686018427387904", "i - 9223372036854775807 - 2", "i + 9223372036854775807",
		"i * 3037000500", "-i * 2", "i * 2 if i else 0", "i // 2",
	}
	ranges := []string{
		"range(-6, 6)", "range(1020, 1030)", "range(10, -10, -3)", "range(0)",
		"range(3037000495, 3037000505)", "range(9223372036854775800, 9223372036854775807)",
	}
	var cells []string
	for _, b := range bodies {
		for _, r := range ranges {
			it := over(r)
			cells = append(cells,
				"print(["+b+" for i in "+it+"])",
				"print(sorted({"+b+" for i in "+it+"}))",
				"print(list("+b+" for i in "+it+"))",
				"print(sum("+b+" for i in "+it+"))",
			)
		}
	}
	return cells
}

// TestIntArithComprehensions runs intArithCells here over ranges, which
// may take the unboxed path, and over lists of the same ints, which take
// the ordinary one, and, with GOLINALG_PYTHON set, in CPython: all three
// must print the same.
func TestIntArithComprehensions(t *testing.T) {
	cells := intArithCells(func(r string) string { return r })
	lists := intArithCells(func(r string) string { return "list(" + r + ")" })
	in := New(Options{})
	var got strings.Builder
	for i, c := range cells {
		out := runIn(in, c, 2*i+1)
		if generic := runIn(in, lists[i], 2*i+2); out != generic {
			t.Errorf("%s: %q, over a list %q", c, out, generic)
		}
		got.WriteString(out)
	}
	py := pyoracle.Python(t, "no comparison with CPython")
	want := pyoracle.Run(t, nil, py, "-c", strings.Join(cells, "\n"))
	if got.String() != string(want) {
		gl, wl := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s\ngot  %s\nwant %s", cells[i], gl[i], wl[i])
			}
		}
		t.Fatalf("%d lines, CPython %d", len(gl), len(wl))
	}
}
