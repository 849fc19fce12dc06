package eval

import (
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/memcap"
)

// TestMemoryBudget runs the runaway cells of issue 21 under a small budget
// set by %config: each is a MemoryError with CPython's empty message, and
// the interpreter keeps its variables.
func TestMemoryBudget(t *testing.T) {
	old := memcap.Budget()
	defer memcap.Set(old)
	in := New(Options{})
	if got := runIn(in, "keep = [1, 2, 3]\n%config Memory.limit = '200M'", 1); got != "" {
		t.Fatalf("%%config: %s", got)
	}
	if got := memcap.Budget(); got != 200<<20 {
		t.Fatalf("budget after %%config = %d", got)
	}
	for i, cell := range []string{
		"x = [[0]*10**6 for _ in range(10**6)]",
		"d = {i: str(i) for i in range(10**9)}",
		"s = ''\nwhile True:\n    s += 'x' * 10**6",
		"a = []\nwhile True:\n    a.append(list(range(1000)))",
	} {
		if got := runIn(in, cell, i+2); !strings.HasPrefix(got, "MemoryError") {
			t.Errorf("%q: got %q, want MemoryError", cell, got)
		}
		if got := runIn(in, "s = None\nprint(keep)", 10); got != "[1, 2, 3]\n" {
			t.Errorf("after %q: keep is %q", cell, got)
		}
	}
	for _, c := range []struct{ cell, want string }{
		{"%config Memory.limit = 2**30", ""},
		{"%config Memory.limit = 'lots'", "ValueError"},
		{"%config Memory.limit = 0", "ValueError"},
		{"%config Memory.limit = 1.5", "ValueError"},
	} {
		if got := runIn(in, c.cell, 20); !strings.HasPrefix(got, c.want) || c.want == "" && got != "" {
			t.Errorf("%q: got %q, want %q", c.cell, got, c.want)
		}
	}
	if got := memcap.Budget(); got != 1<<30 {
		t.Errorf("budget = %d, want 1 GiB", got)
	}
}
