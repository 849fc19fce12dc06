package syntax

import "testing"

// FuzzParse checks that no input makes the parser or IsComplete panic,
// and that every error carries a position.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"import numpy\nx = numpy.array([[52, 22], [43, 24]])\nprint('a\\n', x)",
		"for i in range(3):\n    if i: break\nelse:\n    pass",
		"f'{x!r:>{w}} {y=}'", "def f(a, *b, c=1, **d):\n    return lambda: a",
		"try:\n  x\nexcept E as e:\n  raise", "[x for x in y if x]", "%timeit x", "x?",
		"(((", "'''", "\\", "a[1:2, ::3]", "{**a}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, err := Parse("fuzz", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T", err)
			}
			if len(e.Msg) > 15 && e.Msg[:15] == "internal error:" {
				t.Fatalf("parser panicked on %q: %s", src, e.Msg)
			}
		}
		IsComplete(src)
	})
}
