package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// tokens scans src and renders each token as kind or kind(text).
func tokens(src string) (out []string, err error) {
	defer recoverError("t", &err)
	s := newScanner("t", src)
	for {
		t := s.next()
		switch t.tok {
		case EOF:
			return out, nil
		case IDENT, INT, FLOAT, IMAG, MAGIC:
			out = append(out, fmt.Sprintf("%s(%s)@%s", t.tok, t.raw, t.pos))
		case STRING, BYTES, FSTRING:
			out = append(out, fmt.Sprintf("%s(%q)@%s", t.tok, t.str, t.pos))
		default:
			out = append(out, fmt.Sprintf("%s@%s", t.tok, t.pos))
		}
	}
}

func TestScanner(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"x = 1", "identifier(x)@1:1 =@1:3 int literal(1)@1:5 newline@1:6"},
		{"a.b(1.5e3, 2j)", "identifier(a)@1:1 .@1:2 identifier(b)@1:3 (@1:4 float literal(1.5e3)@1:5 ,@1:10 imaginary literal(2j)@1:12 )@1:14 newline@1:15"},
		{"'a\\tb' r'\\n' b'x'", `string literal("a\tb")@1:1 string literal("\\n")@1:8 bytes literal("x")@1:14 newline@1:18`},
		{"if x:\n    y\nz", "if@1:1 identifier(x)@1:4 :@1:5 newline@1:6 indent@2:1 identifier(y)@2:5 newline@2:6 outdent@3:1 identifier(z)@3:1 newline@3:2"},
		{"[1,\n 2]  # c", "[@1:1 int literal(1)@1:2 ,@1:3 int literal(2)@2:2 ]@2:3 newline@2:9"},
		{"x **= 0x1F // 2", "identifier(x)@1:1 **=@1:3 int literal(0x1F)@1:7 //@1:12 int literal(2)@1:15 newline@1:16"},
		{"%timeit x + 1", "magic(%timeit x + 1)@1:1 newline@1:14"},
		{"np.linalg.inv?", "magic(np.linalg.inv?)@1:1 newline@1:15"},
		{"\"\"\"a\nb\"\"\"", `string literal("a\nb")@1:1 newline@2:5`},
		{"f'{x!r:>4}'", `f-string("{x!r:>4}")@1:1 newline@1:12`},
		{"1_000 .5 1.", "int literal(1_000)@1:1 float literal(.5)@1:7 float literal(1.)@1:10 newline@1:12"},
		{"x = \\\n 1", "identifier(x)@1:1 =@1:3 int literal(1)@2:2 newline@2:3"},
	} {
		got, err := tokens(tc.src)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.src, s, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		src, want string // want: "Kind line:col msg"
	}{
		{"1+", "SyntaxError 1:3 invalid syntax"},
		{"x = (", "SyntaxError 1:5 '(' was never closed"},
		{"x = )", "SyntaxError 1:5 unmatched ')'"},
		{"(]", "SyntaxError 1:2 closing parenthesis ']' does not match opening parenthesis '('"},
		{"if x\n  y", "SyntaxError 1:5 expected ':'"},
		{"if x = 1:\n  y", "SyntaxError 1:6 invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
		{"for i in x:\ny", "IndentationError 2:1 expected an indented block after 'for' statement on line 1"},
		{"x\n  y", "IndentationError 2:3 unexpected indent"},
		{"if x:\n    a\n  b", "IndentationError 3:3 unindent does not match any outer indentation level"},
		{"print 'a'", "SyntaxError 1:1 Missing parentheses in call to 'print'. Did you mean print(...)?"},
		{"[1 2]", "SyntaxError 1:2 invalid syntax. Perhaps you forgot a comma?"},
		{"f(a=1, 2)", "SyntaxError 1:8 positional argument follows keyword argument"},
		{"f(a=1, a=2)", "SyntaxError 1:8 keyword argument repeated: a"},
		{"1 = x", "SyntaxError 1:1 cannot assign to literal here. Maybe you meant '==' instead of '='?"},
		{"f() = 1", "SyntaxError 1:1 cannot assign to function call here. Maybe you meant '==' instead of '='?"},
		{"f() += 1", "SyntaxError 1:1 'function call' is an illegal expression for augmented assignment"},
		{"del 1", "SyntaxError 1:5 cannot delete literal"},
		{"return 1", "SyntaxError 1:1 'return' outside function"},
		{"break", "SyntaxError 1:1 'break' outside loop"},
		{"continue", "SyntaxError 1:1 'continue' not properly in loop"},
		{"def f(a=1, b): pass", "SyntaxError 1:12 non-default argument follows default argument"},
		{"def f(a, a): pass", "SyntaxError 1:10 duplicate argument 'a' in function definition"},
		{"'abc", "SyntaxError 1:1 unterminated string literal (detected at line 1)"},
		{"'''abc", "SyntaxError 1:1 unterminated triple-quoted string literal (detected at line 1)"},
		{"x = 01", "SyntaxError 1:5 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
		{"x = 1abc", "SyntaxError 1:5 invalid decimal literal"},
		{"x = $", "SyntaxError 1:5 invalid syntax"},
		{"x = €", "SyntaxError 1:5 invalid character '€' (U+20AC)"},
		{"f'{}'", "SyntaxError 1:1 f-string: empty expression not allowed"},
		{"f'}'", "SyntaxError 1:1 f-string: single '}' is not allowed"},
		{"f'{x'", "SyntaxError 1:1 f-string: expecting '}'"},
		{"class A: pass", "SyntaxError 1:1 class definitions are not supported by golinalg"},
		{"def g():\n    yield 1", "SyntaxError 2:5 'yield' is not supported by golinalg"},
		{"async def f(): pass", "SyntaxError 1:1 'async' is not supported by golinalg"},
		{"@dec\ndef f(): pass", "SyntaxError 1:1 decorators are not supported by golinalg"},
		{"if (n := 10) > 5: pass", "SyntaxError 1:7 the walrus operator ':=' is not supported by golinalg"},
		{"match x:\n    case 1: pass", "SyntaxError 1:1 'match' statements are not supported by golinalg"},
		{"try:\n  x\ny", "SyntaxError 3:1 expected 'except' or 'finally' block"},
		{"lambda: (yield)", "SyntaxError 1:10 'yield' is not supported by golinalg"},
		{strings.Repeat("(", 300), "SyntaxError 1:201 too many nested parentheses"},
		{strings.Repeat("-", 1000) + "1", "SyntaxError 1:400 too many nested parentheses"},
	} {
		_, err := Parse("t", tc.src)
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.src, tc.want)
			continue
		}
		e := err.(*Error)
		got := fmt.Sprintf("%s %s %s", e.Kind, e.Pos, e.Msg)
		if got != tc.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// TestParseSpans checks that nodes report where they start and end.
func TestParseSpans(t *testing.T) {
	f, err := Parse("t", "x = foo(1, b=[2, 3])\nfor i in range(3):\n    print(i)\n")
	if err != nil {
		t.Fatal(err)
	}
	var spans []string
	for _, s := range f.Stmts {
		a, b := s.Span()
		spans = append(spans, a.String()+"-"+b.String())
	}
	if got, want := strings.Join(spans, " "), "1:1-1:21 2:1-3:13"; got != want {
		t.Errorf("statement spans %s, want %s", got, want)
	}
	call := f.Stmts[0].(*AssignStmt).Value.(*CallExpr)
	if a, b := call.Span(); a.String() != "1:5" || b.String() != "1:21" {
		t.Errorf("call span %s-%s", a, b)
	}
	list := call.Args[1].Value.(*ListExpr)
	if a, b := list.Span(); a.String() != "1:14" || b.String() != "1:20" {
		t.Errorf("list span %s-%s", a, b)
	}
	if call.Args[1].Name != "b" || call.Args[1].NamePos.String() != "1:12" {
		t.Errorf("keyword %q at %s", call.Args[1].Name, call.Args[1].NamePos)
	}
}

func TestParseValid(t *testing.T) {
	for _, src := range []string{
		"value_a = numpy.matrix([[27, 32,],[43, -25]])",
		"a, *b = c",
		"x[1:2, ::3, ...] = y",
		"f(*a, **k)",
		"sum(x for x in y if x)",
		"{**a, 'b': 1}",
		"lambda *a, k=1, **kw: 0",
		"def f(a, /, b, *, c): pass",
		"try:\n  pass\nexcept (A, B) as e:\n  raise C from e\nelse:\n  pass\nfinally:\n  pass",
		"x: int = 5",
		"from numpy.linalg import (inv,\n  det,)",
		"import scipy.linalg as sla",
		"global a, b",
		"assert x, 'msg'",
		"f'{x=} {y!r:>{w}} {z:.3f}'",
		"if a: b\nelif c: d\nelse: e",
		"while 1:\n  break\nelse:\n  pass",
		"x = [i\n  for i in y]",
		"%%timeit\nx = 1\ny = 2",
		"a if b else c if d else e",
		"not a in b is not c",
		"x = 1; y = 2;",
		"",
		"# only a comment\n\n",
	} {
		if _, err := Parse("t", src); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestTrailingSemi(t *testing.T) {
	for src, want := range map[string]bool{"x": false, "x;": true, "x; # c": true, "x = 1;": false, "x;\ny": false} {
		f, err := Parse("t", src)
		if err != nil {
			t.Fatal(err)
		}
		if f.TrailingSemi != want {
			t.Errorf("%q: TrailingSemi %v, want %v", src, f.TrailingSemi, want)
		}
	}
}

func TestIsComplete(t *testing.T) {
	for _, tc := range []struct{ src, status, indent string }{
		{"for i in range(3):", "incomplete", "    "},
		{"x = (", "incomplete", ""},
		{"1+", "invalid", ""},
		{"x = 1", "complete", ""},
		{"for i in range(3):\n    print(i)", "incomplete", "    "},
		{"for i in range(3):\n    print(i)\n", "complete", ""},
		{"def f():\n    if x:\n        y", "incomplete", "        "},
		{"x = [1,\n", "incomplete", ""},
		{"x = [1,\n 2]", "complete", ""},
		{"for i in range(3):\n    x = [1,\n         2]", "incomplete", "         "},
		{`"""abc`, "incomplete", ""},
		{"if x:\n    pass\nelse:", "incomplete", "    "},
		{"%timeit x", "complete", ""},
		{"x?", "complete", ""},
		{"", "complete", ""},
		{"a = \\", "incomplete", ""},
		{"  x=1", "complete", ""},
		{"if True:\n  x = (1,", "incomplete", "  "},
		{"x = )", "invalid", ""},
	} {
		st, ind := IsComplete(tc.src)
		if st != tc.status || ind != tc.indent {
			t.Errorf("IsComplete(%q) = %s %q, want %s %q", tc.src, st, ind, tc.status, tc.indent)
		}
	}
}

func TestFString(t *testing.T) {
	f, err := Parse("t", "f'a{x!r:>{w}}b{y=}{{'")
	if err != nil {
		t.Fatal(err)
	}
	fs := f.Stmts[0].(*ExprStmt).X.(*FString)
	var kinds []string
	for _, p := range fs.Parts {
		if p.X == nil {
			kinds = append(kinds, "lit:"+p.Lit)
			continue
		}
		a, _ := p.X.Span()
		kinds = append(kinds, fmt.Sprintf("field@%s conv=%c spec=%v debug=%q", a, p.Conv, p.Spec != nil, p.Debug))
	}
	want := "lit:a|field@1:5 conv=r spec=true debug=\"\"|lit:b|field@1:16 conv=\x00 spec=false debug=\"y=\"|lit:{"
	if got := strings.Join(kinds, "|"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
