package eval

import (
	"context"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// siteText renders the running builtin's call site as
// "callee | arg | name=arg | *arg", or "no site".
func siteText(th *Thread) String {
	site, ok := th.CallSite()
	if !ok {
		return "no site"
	}
	parts := []string{site.Callee()}
	for _, a := range site.Args() {
		t := strings.Repeat("*", a.Star) + a.Text
		if a.Name != "" {
			t = a.Name + "=" + t
		}
		parts = append(parts, t)
	}
	return String(strings.Join(parts, " | "))
}

// probeModules gives cells a module probe: probe.site(...) returns its
// own call site; probe.after(f) calls f and then returns its own call
// site, which must survive the calls f makes.
func probeModules() map[string]ModuleLoader {
	return map[string]ModuleLoader{"probe": func(th *Thread) (*Module, error) {
		return NewModule("probe", "", map[string]Value{
			"site": NewBuiltin("site", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
				return siteText(th), nil
			}),
			"after": NewBuiltin("after", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
				inner, err := Call(th, args[0], nil, nil)
				if err != nil {
					return nil, err
				}
				return Tuple{siteText(th), inner}, nil
			}),
		}), nil
	}}
}

// TestCallSite checks the texts a builtin learns of the call expression
// that called it: the callee and each argument as the cell wrote them,
// read from the right source (a def's cell, a magic's statement, an
// indented cell), and no site when another builtin is the caller.
func TestCallSite(t *testing.T) {
	const setup = "import probe\nfrom probe import site\nimport probe as p\nM = A = B = matrx_1 = α = β = 1\nx = [1, 2, 3]\n"
	for _, tc := range []struct{ src, want string }{
		{"r = probe.site(M)", "probe.site | M"},
		{"r = p.site(matrx_1)", "p.site | matrx_1"},
		{"r = site(A + B)", "site | A + B"},
		{"r = site(x[:2], k=x[1:2:1], j = ( A ))", "site | x[:2] | k=x[1:2:1] | j=A"},
		{"r = site(*x, **{'a': 1})", "site | *x | **{'a': 1}"},
		{"r = site(α + β, 'é', β)", "site | α + β | 'é' | β"},
		{"r = site(A,\n     x[0] +\n     B)", "site | A | x[0] +\n     B"},
		{"  r = site(M)\n  r = site(B)", "site | B"},
		{"if M:\n    r = site(M)", "site | M"},
		{"def f(X):\n    return site(X * 2)\nr = f(3)", "site | X * 2"},
		{"r = (lambda Q: site(Q))(1)", "site | Q"},
		{"r = [site(v) for v in x][0]", "site | v"},
		{"r = site(site(A))", "site | site(A)"},
		{"r = ' / '.join(probe.after(lambda: site(B)))", "probe.after | lambda: site(B) / site | B"},
		{"r = list(map(site, x))[0]", "no site"},
		{"%time r = site(M)", "site | M"},
		{"%timeit -n 1 -r 1 site(A)\nr = site(B)", "site | B"},
		{"%timeit -n 1 -r 1 r = site(A)", "site | A"},
	} {
		in := New(Options{Modules: probeModules()})
		rec := &evaltest.Recorder{}
		for i, src := range []string{setup, tc.src, "print(r)"} {
			if err := in.Execute(context.Background(), Cell{Code: src, Count: i + 1}, rec); err != nil {
				t.Errorf("%q: %v", src, err)
			}
		}
		out := rec.Stdout.String()
		if i := strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n"); strings.HasPrefix(tc.src, "%") && i >= 0 {
			out = out[i+1:] // after the magic's timing line
		}
		if got := strings.TrimSuffix(out, "\n"); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestCallSiteInMagic checks that a call in a %timeit statement reads its
// texts from the statement, not from the cell's line.
func TestCallSiteInMagic(t *testing.T) {
	in := New(Options{Modules: probeModules()})
	src := "from probe import after, site\nout = []\nM = 1\n%timeit -n 1 -r 1 out.append(site(M))\nout[0]"
	rec := &evaltest.Recorder{}
	if err := in.Execute(context.Background(), Cell{Code: src, Count: 1}, rec); err != nil {
		t.Fatal(err)
	}
	if got := rec.Results[0]["text/plain"]; got != "'site | M'" {
		t.Errorf("got %v", got)
	}
}
