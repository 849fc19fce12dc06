package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
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
		{"[1,\n 2]  # c", "[@1:1 int literal(1)@1:2 ,@1:3 int literal(2)@2:2 ]@2:3 newline@2:6"},
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

// cpythonErrors are errors CPython raises itself. Each want is what
// CPython 3.11's compile(src, "t", "exec") raises, "Class line:offset
// msg" (offset: the 1-based column, in code points but for the few
// errors CPython locates in bytes), and what Parse must report.
// TestParseErrorsOracle checks both against CPython at test time.
var cpythonErrors = []struct{ src, want string }{
	// Brackets and input that stops short.
	{"1+", "SyntaxError 1:3 invalid syntax"},
	{"x = (", "SyntaxError 1:5 '(' was never closed"},
	{"x = )", "SyntaxError 1:5 unmatched ')'"},
	{"(]", "SyntaxError 1:2 closing parenthesis ']' does not match opening parenthesis '('"},
	{"x = (1,\n 2", "SyntaxError 1:5 '(' was never closed"},
	{"print('hi'", "SyntaxError 1:6 '(' was never closed"},
	{"foo(1,\n  2\nx = 3", "SyntaxError 1:4 '(' was never closed"},
	{"x = [1 +\n]", "SyntaxError 2:1 invalid syntax"},
	{"a = [1, 2", "SyntaxError 1:5 '[' was never closed"},
	{"d = {'a': 1 'b': 2}", "SyntaxError 1:11 invalid syntax. Perhaps you forgot a comma?"},
	{"{1: 'a', 2 'b'}", "SyntaxError 1:10 ':' expected after dictionary key"},
	{"{1:}", "SyntaxError 1:3 expression expected after dictionary key and ':'"},
	{"np.array([1, 2, 3]", "SyntaxError 1:9 '(' was never closed"},
	{"x = [1, 2, 3]]", "SyntaxError 1:14 unmatched ']'"},
	{"[1 2 3", "SyntaxError 1:2 invalid syntax. Perhaps you forgot a comma?"},
	{"None{+ 1", "SyntaxError 1:5 '{' was never closed"},
	{strings.Repeat("(", 300), "SyntaxError 1:201 too many nested parentheses"},
	{strings.Repeat("[", 150) + strings.Repeat("(", 51), "SyntaxError 1:201 too many nested parentheses"},
	// Block headers.
	{"if x\n  y", "SyntaxError 1:5 expected ':'"},
	{"for x in range(10)\n  print(x)", "SyntaxError 1:19 expected ':'"},
	{"def f()\n  pass", "SyntaxError 1:8 expected ':'"},
	{"while True\n  pass", "SyntaxError 1:11 expected ':'"},
	{"if x:\n  a\nelse\n  b", "SyntaxError 3:5 expected ':'"},
	{"def f() x:\n pass", "SyntaxError 1:9 expected ':'"},
	{"try x:\n pass", "SyntaxError 1:5 expected ':'"},
	{"try:\n pass\nexcept\n pass", "SyntaxError 3:7 expected ':'"},
	{"if x y:\n pass", "SyntaxError 1:6 invalid syntax"},
	{"def f:\n pass", "SyntaxError 1:6 expected '('"},
	{"def f(:\n  pass", "SyntaxError 1:7 invalid syntax"},
	{"else:\n  pass", "SyntaxError 1:1 invalid syntax"},
	{"x = 1\nelse: pass", "SyntaxError 2:1 invalid syntax"},
	{"try:\n  x\ny", "SyntaxError 3:1 expected 'except' or 'finally' block"},
	{"for i in range(10) print(i)", "SyntaxError 1:20 invalid syntax"},
	{"deff():\n    pass", "SyntaxError 1:7 invalid syntax"},
	// '=' where '==' was meant.
	{"if x = 1:\n  y", "SyntaxError 1:4 invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"while x = 1: pass", "SyntaxError 1:7 invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"if x.y = 1:\n y", "SyntaxError 1:4 cannot assign to attribute here. Maybe you meant '==' instead of '='?"},
	{"if f(a) = 1: pass", "SyntaxError 1:4 cannot assign to function call here. Maybe you meant '==' instead of '='?"},
	{"if None = 1: pass", "SyntaxError 1:9 invalid syntax"},
	{"if x = y = 2:\n pass", "SyntaxError 1:6 invalid syntax"},
	{"(x = 1)", "SyntaxError 1:2 invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"[x = 1]", "SyntaxError 1:2 invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"x[a = 1]", "SyntaxError 1:3 invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"f(x.y = 1)", "SyntaxError 1:3 expression cannot contain assignment, perhaps you meant \"==\"?"},
	// Indentation.
	{"for i in x:\ny", "IndentationError 2:1 expected an indented block after 'for' statement on line 1"},
	{"if x:\npass", "IndentationError 2:1 expected an indented block after 'if' statement on line 1"},
	{"def f(x):\nreturn x", "IndentationError 2:1 expected an indented block after function definition on line 1"},
	{"for x in y:", "IndentationError 1:12 expected an indented block after 'for' statement on line 1"},
	{"def f():\n    for x in y:\nx", "IndentationError 3:0 expected an indented block after 'for' statement on line 2"},
	{"if x:\n  pass\nelif y:\nz", "IndentationError 4:1 expected an indented block after 'elif' statement on line 3"},
	{"x\n  y", "IndentationError 2:2 unexpected indent"},
	{"x = 1\n  y = 2", "IndentationError 2:2 unexpected indent"},
	{"  x = 1", "IndentationError 1:2 unexpected indent"},
	{"def f():\n  x\n    y", "IndentationError 3:4 unexpected indent"},
	{"if x:\n    a\n  b", "IndentationError 3:4 unindent does not match any outer indentation level"},
	{"if x:\n    a\n  é = 1", "IndentationError 3:8 unindent does not match any outer indentation level"},
	{"if x:\n  pass\n else:\n  pass", "IndentationError 3:7 unindent does not match any outer indentation level"},
	{"if x:\n\tpass\n        pass", "TabError 3:1 inconsistent use of tabs and spaces in indentation"},
	{nestedIfs(99), "IndentationError 101:1 too many levels of indentation"},
	// Expressions, calls, arguments.
	{"print 'a'", "SyntaxError 1:1 Missing parentheses in call to 'print'. Did you mean print(...)?"},
	{"print \"hello\" +", "SyntaxError 1:1 Missing parentheses in call to 'print'. Did you mean print(...)?"},
	{"[1 2]", "SyntaxError 1:2 invalid syntax. Perhaps you forgot a comma?"},
	{"f(a b)", "SyntaxError 1:3 invalid syntax. Perhaps you forgot a comma?"},
	{"print(a b)", "SyntaxError 1:7 invalid syntax. Perhaps you forgot a comma?"},
	{"x y", "SyntaxError 1:3 invalid syntax"},
	{"[x 'a']", "SyntaxError 1:4 invalid syntax"},
	{"x = = 1", "SyntaxError 1:5 invalid syntax"},
	{"x = 1 +", "SyntaxError 1:8 invalid syntax"},
	{"1 +  # comment", "SyntaxError 1:6 invalid syntax"},
	{"a.", "SyntaxError 1:3 invalid syntax"},
	{"x = 1 if y", "SyntaxError 1:5 expected 'else' after 'if' expression"},
	{"import numpy as", "SyntaxError 1:16 invalid syntax"},
	{"f(a=1, 2)", "SyntaxError 1:9 positional argument follows keyword argument"},
	{"f(a=1,\n 2)", "SyntaxError 2:3 positional argument follows keyword argument"},
	{"f(**a, b)", "SyntaxError 1:9 positional argument follows keyword argument unpacking"},
	{"f(**a, *b)", "SyntaxError 1:8 iterable argument unpacking follows keyword argument unpacking"},
	{"f(a=1, a=2)", "SyntaxError 1:8 keyword argument repeated: a"},
	{"f(é=1, é=2)", "SyntaxError 1:9 keyword argument repeated: é"},
	{"f(x for x in y, 1)", "SyntaxError 1:3 Generator expression must be parenthesized"},
	// Assignment and deletion targets.
	{"1 = x", "SyntaxError 1:1 cannot assign to literal here. Maybe you meant '==' instead of '='?"},
	{"f() = 1", "SyntaxError 1:1 cannot assign to function call here. Maybe you meant '==' instead of '='?"},
	{"f(), x = 1", "SyntaxError 1:6 invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"x, f() = 1", "SyntaxError 1:4 cannot assign to function call here. Maybe you meant '==' instead of '='?"},
	{"x = f() = 1", "SyntaxError 1:5 cannot assign to function call"},
	{"1 + 2 =", "SyntaxError 1:1 cannot assign to expression"},
	{"f() += 1", "SyntaxError 1:1 'function call' is an illegal expression for augmented assignment"},
	{"(a, b) += 1", "SyntaxError 1:1 'tuple' is an illegal expression for augmented assignment"},
	{"True = 1", "SyntaxError 1:1 cannot assign to True"},
	{"del 1", "SyntaxError 1:5 cannot delete literal"},
	{"del f()", "SyntaxError 1:5 cannot delete function call"},
	{"for 1 in x: pass", "SyntaxError 1:5 cannot assign to literal"},
	{"with a as 1: pass", "SyntaxError 1:11 cannot assign to literal"},
	// The compiler's errors, which any syntax error in the cell overrides.
	{"return 1", "SyntaxError 1:1 'return' outside function"},
	{"break", "SyntaxError 1:1 'break' outside loop"},
	{"continue", "SyntaxError 1:1 'continue' not properly in loop"},
	{"nonlocal x", "SyntaxError 1:1 nonlocal declaration not allowed at module level"},
	{"def f(a=1, b): pass", "SyntaxError 1:12 non-default argument follows default argument"},
	{"def f(a, a): pass", "SyntaxError 1:10 duplicate argument 'a' in function definition"},
	{"def f(x=): pass", "SyntaxError 1:8 expected default value expression"},
	{"def f(*): pass", "SyntaxError 1:7 named arguments must follow bare *"},
	{"def f(**a, b): pass", "SyntaxError 1:12 arguments cannot follow var-keyword argument"},
	{"*a", "SyntaxError 1:1 can't use starred expression here"},
	{"x = *a", "SyntaxError 1:5 can't use starred expression here"},
	{"*a = 1", "SyntaxError 1:1 starred assignment target must be in a list or tuple"},
	{"return 1\nx = (", "SyntaxError 2:5 '(' was never closed"},
	{"break\ndef f(a, a): pass", "SyntaxError 2:10 duplicate argument 'a' in function definition"},
	{"nonlocal x\ndef f(a, a): pass", "SyntaxError 2:10 duplicate argument 'a' in function definition"},
	// Literals and characters; a tokenizer error further on overrides a parser error.
	{"'abc", "SyntaxError 1:1 unterminated string literal (detected at line 1)"},
	{"'''abc", "SyntaxError 1:1 unterminated triple-quoted string literal (detected at line 1)"},
	{"x = 'abc\ny = 1", "SyntaxError 1:5 unterminated string literal (detected at line 1)"},
	{"[1 2]\n'abc", "SyntaxError 2:1 unterminated string literal (detected at line 2)"},
	{"1+\nx = 01", "SyntaxError 2:5 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"x = 01", "SyntaxError 1:5 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"é = 01", "SyntaxError 1:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"x = 1abc", "SyntaxError 1:5 invalid decimal literal"},
	{"x = 12abc", "SyntaxError 1:6 invalid decimal literal"},
	{"x = 1_", "SyntaxError 1:6 invalid decimal literal"},
	{"x = 1e", "SyntaxError 1:5 invalid decimal literal"},
	{"x = 0x", "SyntaxError 1:6 invalid hexadecimal literal"},
	{"x = 0b102", "SyntaxError 1:9 invalid digit '2' in binary literal"},
	{"x = 0o8", "SyntaxError 1:7 invalid digit '8' in octal literal"},
	{"x = 1jx", "SyntaxError 1:6 invalid imaginary literal"},
	{"1.x", "SyntaxError 1:2 invalid decimal literal"},
	{"x = $", "SyntaxError 1:5 invalid syntax"},
	{"1+\n$", "SyntaxError 1:3 invalid syntax"},
	{"x = €", "SyntaxError 1:5 invalid character '€' (U+20AC)"},
	{"é = 'a' + €", "SyntaxError 1:11 invalid character '€' (U+20AC)"},
	{"x = 1\\", "SyntaxError 1:7 unexpected EOF while parsing"},
	{"x = 5 \\ 3", "SyntaxError 1:8 unexpected character after line continuation character"},
	{"'\\xZZ'", "SyntaxError 1:7 (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
	{"'é\\N{foo}'", "SyntaxError 1:11 (unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: unknown Unicode character name"},
	{"b'\\xZZ'", "SyntaxError 1:8 (value error) invalid \\x escape at position 0"},
	{"b'é'", "SyntaxError 1:1 bytes can only contain ASCII literal characters"},
	{"u'a' b'b'", "SyntaxError 1:10 cannot mix bytes and nonbytes literals"},
	// f-strings.
	{"f'{}'", "SyntaxError 1:6 f-string: empty expression not allowed"},
	{"f'}'", "SyntaxError 1:5 f-string: single '}' is not allowed"},
	{"f'{x'", "SyntaxError 1:6 f-string: expecting '}'"},
	{"x = f'{x' + 1", "SyntaxError 1:11 f-string: expecting '}'"},
	{"f'''\n{}'''", "SyntaxError 2:6 f-string: empty expression not allowed"},
	{"é=f'{}'", "SyntaxError 1:8 f-string: empty expression not allowed"},
	{"f'{}'  # c", "SyntaxError 1:8 f-string: empty expression not allowed"},
	{"f'{ !r}'", "SyntaxError 1:9 f-string: expression required before '!'"},
	{"f'{x!z}'", "SyntaxError 1:9 f-string: invalid conversion character: expected 's', 'r', or 'a'"},
	{"f'{x!}'", "SyntaxError 1:8 f-string: invalid conversion character: expected 's', 'r', or 'a'"},
	{"f'{x)}'", "SyntaxError 1:8 f-string: unmatched ')'"},
	{"f'{(}'", "SyntaxError 1:7 f-string: closing parenthesis '}' does not match opening parenthesis '('"},
	{"f'{\"a}'", "SyntaxError 1:8 f-string: unterminated string"},
	{"f'{x:{y:{z}}}'", "SyntaxError 1:15 f-string: expressions nested too deeply"},
	{"f'{\\n}'", "SyntaxError 1:8 f-string expression part cannot include a backslash"},
	{"f'{#}'", "SyntaxError 1:7 f-string expression part cannot include '#'"},
	{"f'{x y}'", "SyntaxError 1:2 f-string: invalid syntax. Perhaps you forgot a comma?"},
	{"x = 1\ny = f'{x y}'", "SyntaxError 2:2 f-string: invalid syntax. Perhaps you forgot a comma?"},
	{"f'{*x}'", "SyntaxError 1:2 f-string: cannot use starred expression here"},
	{"f'{1abc}'", "SyntaxError 1:2 invalid decimal literal"},
	{"f'{}'\n'abc", "SyntaxError 2:1 unterminated string literal (detected at line 2)"},
	{"print(f'{x')", "SyntaxError 1:12 f-string: expecting '}'"},
}

// golinalgErrors are golinalg's own messages, for Python it does not run:
// CPython compiles every one of these sources, which
// TestParseErrorsOracle checks.
var golinalgErrors = []struct{ src, want string }{
	{"class A: pass", "SyntaxError 1:1 class definitions are not supported by golinalg"},
	{"def g():\n    yield 1", "SyntaxError 2:5 'yield' is not supported by golinalg"},
	{"lambda: (yield)", "SyntaxError 1:10 'yield' is not supported by golinalg"},
	{"async def f(): pass", "SyntaxError 1:1 'async' is not supported by golinalg"},
	{"@dec\ndef f(): pass", "SyntaxError 1:1 decorators are not supported by golinalg"},
	{"if (n := 10) > 5: pass", "SyntaxError 1:7 the walrus operator ':=' is not supported by golinalg"},
	{"f'{(x:=1)}'", "SyntaxError 1:6 the walrus operator ':=' is not supported by golinalg"},
	{"match x:\n    case 1: pass", "SyntaxError 1:1 'match' statements are not supported by golinalg"},
	{"try:\n  pass\nexcept* E:\n  pass", "SyntaxError 3:7 'except*' is not supported by golinalg"},
}

// validEdges are sources at the edge of what CPython accepts, which
// CPython compiles (TestParseErrorsOracle checks it) and Parse must parse.
// (CPython's limit on nesting falls by 3 levels for each Python frame
// active where compile is called: 2989 unary operators compile at a
// module's top level, 2986 in the oracle, fewer in a Jupyter kernel.)
var validEdges = []string{
	strings.Repeat("-", 1000) + "1",
	strings.Repeat("-", 2900) + "1",
	strings.Repeat("not ", 2900) + "x",
	strings.Repeat("1 if x else ", 2900) + "1",
	"def f():\n    return " + strings.Repeat("~", 2900) + "1",
	"if x: pass\n" + strings.Repeat("elif x: pass\n", 2900),
	"x" + strings.Repeat("**x", 1000),
	strings.Repeat("lambda: ", 1000) + "1",
	strings.Repeat("(", maxParens) + "1" + strings.Repeat(")", maxParens),
	strings.Repeat("[", maxParens) + strings.Repeat("]", maxParens),
	nestedIfs(maxIndent - 2),
	"if x:\n\tpass\n\tpass",
	"[1for x in y]",
	"x = 1if y else 2",
	"x = 0x1for x in y",
	"f'\\N{DEGREE SIGN} {x}'",
	"f'{x}\\{y}'",
	"f'a{{b}}c}}'",
	"f'{x:{{}}}'",
	"f'{a[\"b\"]} {x, y} { x = } {x!r:>{w}}'",
}

// tooDeep are sources nested deeper than CPython's compiler accepts: it
// raises RecursionError, with no position, and so does Parse (with the
// place it gave up at).
var tooDeep = []string{
	strings.Repeat("-", maxDepth) + "1",
	strings.Repeat("not ", maxDepth) + "x",
	"if x: pass\n" + strings.Repeat("elif x: pass\n", maxDepth),
}

// nestedIfs returns n+1 nested if statements, one indentation level each.
func nestedIfs(n int) string {
	var b strings.Builder
	for i := 0; i <= n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n+1) + "pass")
	return b.String()
}

// parseError renders Parse's error for src as "Kind line:col msg", or
// "ok".
func parseError(src string) string {
	_, err := Parse("t", src)
	if err == nil {
		return "ok"
	}
	e := err.(*Error)
	return fmt.Sprintf("%s %s %s", e.Kind, e.Pos, e.Msg)
}

func TestParseErrors(t *testing.T) {
	for _, tab := range [][]struct{ src, want string }{cpythonErrors, golinalgErrors} {
		for _, tc := range tab {
			if got := parseError(tc.src); got != tc.want {
				t.Errorf("%s:\ngot  %s\nwant %s", short(tc.src), got, tc.want)
			}
		}
	}
	for _, src := range validEdges {
		if got := parseError(src); got != "ok" {
			t.Errorf("%s: %s", short(src), got)
		}
	}
	for _, src := range tooDeep {
		_, err := Parse("t", src)
		if e, ok := err.(*Error); !ok || e.Kind != "RecursionError" || e.Msg != "maximum recursion depth exceeded during compilation" {
			t.Errorf("%s: %v, want RecursionError", short(src), err)
		}
	}
}

// short quotes src for a test message, eliding the middle of a long one.
func short(src string) string {
	if len(src) > 60 {
		return fmt.Sprintf("%q...%q (%d bytes)", src[:30], src[len(src)-20:], len(src))
	}
	return fmt.Sprintf("%q", src)
}

// oracleAnswer is what testdata/compile_oracle.py reports for a source.
type oracleAnswer struct {
	OK     bool   `json:"ok"`
	Class  string `json:"class"`
	Msg    string `json:"msg"`
	Lineno *int   `json:"lineno"`
	Offset *int   `json:"offset"`
}

func (a oracleAnswer) String() string {
	switch {
	case a.OK:
		return "ok"
	case a.Lineno == nil || a.Offset == nil:
		return a.Class + " " + a.Msg
	}
	return fmt.Sprintf("%s %d:%d %s", a.Class, *a.Lineno, *a.Offset, a.Msg)
}

// compileOracle compiles every source with CPython through
// testdata/compile_oracle.py, run once by $GOLINALG_PYTHON.
func compileOracle(t *testing.T, srcs []string) []oracleAnswer {
	t.Helper()
	py := pyoracle.Python(t, "the compile oracle needs CPython 3.11")
	return pyoracle.Answers[oracleAnswer](t, srcs, py, "testdata/compile_oracle.py")
}

// TestParseErrorsOracle compares Parse with CPython's compile: class,
// message, line and column of every error in cpythonErrors (and that the
// table says what CPython says), that CPython compiles golinalgErrors'
// and validEdges' sources, and that it refuses tooDeep's with
// RecursionError.
func TestParseErrorsOracle(t *testing.T) {
	var srcs []string
	for _, tc := range cpythonErrors {
		srcs = append(srcs, tc.src)
	}
	for _, tc := range golinalgErrors {
		srcs = append(srcs, tc.src)
	}
	srcs = append(srcs, validEdges...)
	srcs = append(srcs, tooDeep...)
	ans := compileOracle(t, srcs)
	for i, tc := range cpythonErrors {
		cp := ans[i].String()
		if got := parseError(tc.src); got != cp {
			t.Errorf("%s:\ngot     %s\nCPython %s", short(tc.src), got, cp)
		}
		if tc.want != cp {
			t.Errorf("%s: the table says %s, CPython %s", short(tc.src), tc.want, cp)
		}
	}
	ans = ans[len(cpythonErrors):]
	for i, tc := range golinalgErrors {
		if !ans[i].OK {
			t.Errorf("%s: CPython raises %s; not a golinalg-only error", short(tc.src), ans[i])
		}
	}
	ans = ans[len(golinalgErrors):]
	for i, src := range validEdges {
		if !ans[i].OK {
			t.Errorf("%s: CPython raises %s", short(src), ans[i])
		}
	}
	ans = ans[len(validEdges):]
	for i, src := range tooDeep {
		if a := ans[i]; a.Class != "RecursionError" || a.Msg != "maximum recursion depth exceeded during compilation" {
			t.Errorf("%s: CPython says %s, want RecursionError", short(src), a)
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
