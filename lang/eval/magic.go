package eval

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/golinalg/golinalg/internal/memcap"
	"github.com/golinalg/golinalg/lang/syntax"
)

// magic runs an IPython line magic, shell escape or help request.
func (fr *frame) magic(s *syntax.MagicStmt) error {
	text := strings.TrimSpace(s.Text)
	th := fr.th
	switch {
	case strings.HasPrefix(text, "!"):
		return NewError(NotImplementedError, "shell commands (!) are not supported by golinalg")
	case strings.HasPrefix(text, "?") || strings.HasSuffix(text, "?"):
		name := strings.Trim(text, "?")
		if name == "" {
			th.Print("golinalg: IPython-style help. Try numpy.linalg.inv?\n")
			return nil
		}
		v, err := fr.evalSource(name)
		if err != nil {
			// IPython looks the name up without running it: an unknown
			// name or attribute is "not found", not a traceback.
			if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(NameError) || e.Class.IsSubclass(AttributeError)) {
				th.Print("Object `" + name + "` not found.\n")
				return nil
			}
			return err
		}
		th.out.Payload(map[string]any{
			"source": "page", "start": 0,
			"data": map[string]any{"text/plain": inspectText(th, name, v, strings.Count(text, "?") > 1, nil)},
		})
		return nil
	}
	cell := strings.HasPrefix(text, "%%")
	body := strings.TrimLeft(text, "%")
	name, args, _ := strings.Cut(body, " ")
	if cell {
		first, rest, _ := strings.Cut(body, "\n")
		name, args, _ = strings.Cut(first, " ")
		args = strings.TrimSpace(args)
		switch name {
		case "time":
			return fr.timeCode(rest, true)
		case "timeit":
			return fr.timeit(args, rest)
		}
		return NewError(UsageError, "Cell magic `%%%%%s` not found.", name)
	}
	args = strings.TrimSpace(args)
	switch name {
	case "timeit":
		return fr.timeit(args, "")
	case "time":
		return fr.timeCode(args, false)
	case "who", "whos":
		names := userNames(th.in, strings.Fields(args))
		if len(names) == 0 {
			if args != "" {
				th.Print("No variables match your requested type.\n")
			} else {
				th.Print("Interactive namespace is empty.\n")
			}
			return nil
		}
		if name == "who" {
			// IPython prints each name with a tab and a space, and a
			// newline after every ninth.
			var b strings.Builder
			for i, n := range names {
				b.WriteString(n + "\t ")
				if i%9 == 8 {
					b.WriteString("\n")
				}
			}
			th.Print(b.String() + "\n")
			return nil
		}
		th.Print(whosTable(th.in, names))
		return nil
	case "reset":
		if !strings.Contains(args, "-f") {
			return NewError(NotImplementedError, "%%reset needs -f in golinalg (there is no confirmation prompt)")
		}
		th.in.resetNamespace()
		return nil
	case "config":
		return fr.config(args)
	case "matplotlib":
		// IPython without matplotlib raises the import's error.
		_, err := th.in.importModule("matplotlib")
		return err
	case "load_ext":
		return nil
	case "precision":
		return NewError(NotImplementedError, "%%precision is not supported by golinalg")
	}
	return NewError(UsageError, "Line magic function `%%%s` not found.", name)
}

// UsageError is IPython's error for bad magic use.
var UsageError = &ExcClass{name: "UsageError", base: Exception_, module: "IPython.core.error"}

func userNames(in *Interpreter, types []string) []string {
	var names []string
	for k, v := range in.Globals() {
		if strings.HasPrefix(k, "_") || k == "In" || k == "Out" {
			continue
		}
		if len(types) > 0 && !slices.Contains(types, typeName(v)) {
			continue
		}
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// typeName is type(v).__name__, the name %who and %whos show.
func typeName(v Value) string {
	t := v.Type()
	return t[strings.LastIndexByte(t, '.')+1:]
}

// whosTable is IPython's %whos (IPython/core/magics/namespace.py): columns
// as wide as their longest entry plus 3; len() for dicts, lists and
// tuples; a library value's own summary (an ndarray's shape, size, dtype
// and bytes); else str(), its newlines escaped and its middle cut past 49
// characters.
func whosTable(in *Interpreter, names []string) string {
	const colsep = 3
	types := make([]string, len(names))
	varW, typeW := len("Variable"), len("Type")
	for i, n := range names {
		v, _ := in.global(n)
		types[i] = typeName(v)
		varW, typeW = max(varW, len(n)), max(typeW, len(types[i]))
	}
	varW += colsep
	typeW += colsep
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s%-*s Data/Info\n%s\n", varW, "Variable", typeW, "Type", strings.Repeat("-", varW+typeW+len("Data/Info")+1))
	for i, n := range names {
		v, _ := in.global(n)
		fmt.Fprintf(&b, "%-*s%-*s ", varW, n, typeW, types[i])
		switch t := types[i]; {
		case t == "dict" || t == "list" || t == "tuple":
			if l, ok := v.(interface{ Len() int }); ok {
				fmt.Fprintf(&b, "n=%d\n", l.Len())
				continue
			}
		}
		if d, ok := v.(Describer); ok {
			if w := d.Whos(); w != "" {
				b.WriteString(w + "\n")
				continue
			}
		}
		s := strings.ReplaceAll(Str(v), "\n", "\\n")
		if r := []rune(s); len(r) >= 50 {
			s = string(r[:25]) + "<...>" + string(r[len(r)-25:])
		}
		b.WriteString(s + "\n")
	}
	return b.String()
}

// evalSource evaluates an expression given as text in fr.
func (fr *frame) evalSource(src string) (Value, error) {
	x, err := syntax.ParseExpr(fr.info.label(), src)
	if err != nil {
		se, _ := err.(*syntax.Error)
		if se != nil {
			return nil, NewError(SyntaxError, "%s", se.Msg)
		}
		return nil, NewError(SyntaxError, "%v", err)
	}
	defer fr.readSource(src)()
	return fr.eval(x)
}

func (fr *frame) runSource(src string) error {
	stmts, err := fr.parseSource(src)
	if err != nil {
		return err
	}
	defer fr.readSource(syntax.Dedent(src))()
	_, err = fr.execBlock(stmts)
	return err
}

// parseSource parses a magic's statement text, reporting a syntax error
// as Python's SyntaxError.
func (fr *frame) parseSource(src string) ([]syntax.Stmt, error) {
	f, err := syntax.Parse(fr.info.label(), syntax.Dedent(src))
	if err != nil {
		se, _ := err.(*syntax.Error)
		if se != nil {
			return nil, NewError(SyntaxError, "%s", se.Msg)
		}
		return nil, NewError(SyntaxError, "%v", err)
	}
	return f.Stmts, nil
}

// timeit implements %timeit [-n N] [-r R] stmt, printing IPython's line:
// "1.23 μs ± 4.56 ns per loop (mean ± std. dev. of 7 runs, 1,000,000 loops each)".
func (fr *frame) timeit(args, cellBody string) error {
	fields := strings.Fields(args)
	n, r := 0, 7
	quiet := false
	i := 0
	for i < len(fields) && strings.HasPrefix(fields[i], "-") && len(fields[i]) > 1 {
		opt := fields[i][:2]
		if len(fields[i]) > 2 && (opt == "-n" || opt == "-r" || opt == "-p") {
			// getopt's joined form: -n10
			fields = slices.Insert(fields, i+1, fields[i][2:])
			fields[i] = opt
		}
		switch fields[i] {
		case "-n", "-r":
			if i+1 >= len(fields) {
				return NewError(UsageError, "option %s requires argument (allowed: \"n:r:tcp:qov:\")", fields[i])
			}
			v, err := strconv.Atoi(fields[i+1])
			if err != nil {
				return NewError(ValueError, "invalid literal for int() with base 10: %s", StrRepr(fields[i+1]))
			}
			if fields[i] == "-n" {
				n = v
			} else {
				r = v
			}
			i += 2
		case "-q":
			quiet = true
			i++
		case "-t", "-c":
			// The timer: golinalg's is the monotonic wall clock either way.
			i++
		case "-o", "-p", "-v":
			return NewError(NotImplementedError, "%%timeit %s is not supported by golinalg", fields[i])
		default:
			return NewError(UsageError, "option %s not recognized (allowed: \"n:r:tcp:qov:\")", fields[i])
		}
	}
	code := strings.Join(fields[i:], " ")
	if cellBody != "" {
		if code != "" {
			if err := fr.runSource(code); err != nil {
				return err
			}
		}
		code = cellBody
	}
	// Like IPython, which compiles the statement once into a timing
	// function, the statement is parsed once and only run in the loop.
	stmts, err := fr.parseSource(code)
	if err != nil {
		return err
	}
	defer fr.readSource(syntax.Dedent(code))()
	run := func(k int) (time.Duration, error) {
		start := time.Now()
		for j := 0; j < k; j++ {
			if _, err := fr.execBlock(stmts); err != nil {
				return 0, err
			}
			if err := fr.th.Poll(); err != nil {
				return 0, err
			}
		}
		return time.Since(start), nil
	}
	if n == 0 {
		n = 1
		for {
			d, err := run(n)
			if err != nil {
				return err
			}
			if d >= 200*time.Millisecond || n >= 1e9 {
				break
			}
			n *= 10
		}
	}
	var per []float64
	for k := 0; k < r; k++ {
		d, err := run(n)
		if err != nil {
			return err
		}
		per = append(per, d.Seconds()/float64(n))
	}
	mean, sd := 0.0, 0.0
	for _, p := range per {
		mean += p
	}
	mean /= float64(len(per))
	for _, p := range per {
		sd += (p - mean) * (p - mean)
	}
	sd = math.Sqrt(sd / float64(len(per)))
	if quiet {
		return nil
	}
	best, worst := slices.Min(per), slices.Max(per)
	if worst > 4*best && best > 0 && worst > 1e-6 {
		fr.th.Print(fmt.Sprintf("The slowest run took %.2f times longer than the fastest. This could mean that an intermediate result is being cached.\n", worst/best))
	}
	fr.th.Print(timeitLine(mean, sd, r, n) + "\n")
	return nil
}

// timeitLine is str(IPython's TimeitResult): mean and standard deviation
// per loop, each with its own unit, of runs runs of loops loops.
func timeitLine(mean, sd float64, runs, loops int) string {
	rs, ls := "s", "s"
	if runs == 1 {
		rs = ""
	}
	if loops == 1 {
		ls = ""
	}
	return fmt.Sprintf("%s ± %s per loop (mean ± std. dev. of %d run%s, %s loop%s each)",
		formatTime(mean), formatTime(sd), runs, rs, groupThousands(loops), ls)
}

func groupThousands(n int) string {
	s, _ := Format(nil, Int(n), ",")
	return s
}

// formatTime is IPython's _format_time with precision 3: "%.3g" in the
// largest unit of s, ms, μs, ns that keeps the value at or above 1, and
// "1min 5s"-style text from a minute up.
func formatTime(t float64) string {
	if t >= 60 {
		var parts []string
		left := t
		for _, p := range []struct {
			suffix string
			length float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}} {
			v := math.Trunc(left / p.length)
			if v > 0 {
				left = math.Mod(left, p.length)
				parts = append(parts, strconv.FormatFloat(v, 'f', 0, 64)+p.suffix)
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(parts, " ")
	}
	units := []string{"s", "ms", "μs", "ns"}
	scale := []float64{1, 1e3, 1e6, 1e9}
	order := 3
	if t > 0 {
		// Python: min(-int(math.floor(math.log10(t)) // 3), 3)
		order = min(-int(math.Floor(math.Floor(math.Log10(t))/3)), 3)
	}
	s, _ := Format(nil, Float(t*scale[order]), ".3g")
	return s + " " + units[order]
}

// timeCode implements %time stmt.
func (fr *frame) timeCode(code string, cell bool) error {
	start := time.Now()
	u0, s0 := cpuTimes()
	var err error
	var result Value
	if x, perr := syntax.ParseExpr(fr.info.label(), code); perr == nil && !cell {
		restore := fr.readSource(code)
		result, err = fr.eval(x)
		restore()
	} else {
		err = fr.runSource(code)
	}
	u1, s1 := cpuTimes()
	wall := time.Since(start).Seconds()
	user, sys := max(u1-u0, 0), max(s1-s0, 0)
	fr.th.Print(fmt.Sprintf("CPU times: user %s, sys: %s, total: %s\nWall time: %s\n", formatTime(user), formatTime(sys), formatTime(user+sys), formatTime(wall)))
	if err != nil {
		return err
	}
	if result != nil && result != None {
		fr.th.out.Display(fr.th.in.mimeBundle(result), map[string]any{})
	}
	return nil
}

// inspectText is the text of "obj?" (detail false) or "obj??" for v,
// reached in the code as name. local holds names bound by the imports of
// the code being inspected (see staticImports); it may be nil.
func inspectText(th *Thread, name string, v Value, detail bool, local map[string]Value) string {
	var b strings.Builder
	field := func(label, text string) {
		if strings.Contains(text, "\n") {
			fmt.Fprintf(&b, "%s%s:%s\n%s\n", cRed, label, cReset, text)
			return
		}
		fmt.Fprintf(&b, "%s%-13s%s%s\n", cRed, label+":", cReset, text)
	}
	typ := v.Type()
	switch v.(type) {
	case *Builtin:
		typ = "builtin_function_or_method"
	case *Function:
		typ = "function"
	}
	var fields [][2]string
	if d, ok := v.(Describer); ok {
		typ, fields = d.Inspect()
	}
	c, callable := v.(Callable)
	if !callable {
		field("Type", typ)
		s := Str(v)
		if !detail && len(s) > 1000 {
			s = s[:1000] + "..."
		}
		field("String form", s)
		if _, ok := v.(Describer); ok {
			for _, f := range fields {
				field(f[0], f[1])
			}
		} else if l, ok := v.(interface{ Len() int }); ok {
			field("Length", fmt.Sprint(l.Len()))
		}
		if m, ok := v.(*Module); ok && m.doc != "" {
			field("Docstring", m.doc)
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	qual := th.in.qualifiedName(th, name, v, local)
	bi, _ := v.(*Builtin)
	haveDoc := bi != nil && bi.sig != ""
	switch {
	case haveDoc:
		sig := bi.sig
		if i := strings.IndexByte(sig, '('); i >= 0 {
			sig = name + sig[i:]
		}
		field("Signature", sig)
	default:
		field("Signature", name+signatureOf(v))
	}
	if haveDoc {
		field("Docstring", strings.TrimSuffix(bi.doc, "\n"))
	} else if d, err := getAttr(th, v, "__doc__"); err == nil && d != nil && d != None && Str(d) != "" {
		field("Docstring", Str(d))
	} else {
		field("Docstring", "<no docstring>")
	}
	if qual != "" {
		mod := qual[:strings.LastIndexByte(qual, '.')]
		field("File", mod+" (built into golinalg)")
	}
	field("Type", typ)
	_ = c
	return strings.TrimSuffix(b.String(), "\n")
}

// signatureOf is the parameter list of a Python function, or "(...)" for
// a Go builtin we hold no documentation for.
func signatureOf(v Value) string {
	f, ok := v.(*Function)
	if !ok {
		return "(...)"
	}
	var parts []string
	for i, p := range f.code.params {
		s := strings.Repeat("*", p.Star) + p.Name
		if i < len(f.defaults) && f.defaults[i] != nil {
			s += "=" + Repr(f.defaults[i])
		}
		parts = append(parts, s)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// config implements %config. Two settings do something:
// "Diagnostics.enabled = <expr>" switches the LinAlgError diagnostic card
// on or off, and "Memory.limit = <expr>" sets the memory budget
// (internal/memcap) to a number of bytes or a size such as '2G'. Other
// settings are accepted and ignored, as they concern IPython itself.
func (fr *frame) config(args string) error {
	name, value, ok := strings.Cut(args, "=")
	name = strings.TrimSpace(name)
	if !ok || name != "Diagnostics.enabled" && name != "Memory.limit" {
		return nil
	}
	v, err := fr.evalSource(strings.TrimSpace(value))
	if err != nil {
		return err
	}
	if name == "Memory.limit" {
		return setMemoryLimit(v)
	}
	fr.th.in.opts.NoDiagnostics = !v.Truth()
	return nil
}

// setMemoryLimit sets the memory budget to v: a positive int of bytes or
// a str that memcap.ParseSize reads ('300M', '2G').
func setMemoryLimit(v Value) error {
	var n int64
	switch v := v.(type) {
	case String:
		m, err := memcap.ParseSize(string(v))
		if err != nil {
			return NewError(ValueError, "Memory.limit: %s, such as '2G', not %s", err, Repr(v))
		}
		n = m
	case Int:
		if v <= 0 {
			return NewError(ValueError, "Memory.limit: %s, such as '2G', not %s", memcap.ErrSize, Repr(v))
		}
		n = int64(v)
	default:
		return NewError(ValueError, "Memory.limit: %s, such as '2G', not %s", memcap.ErrSize, Repr(v))
	}
	memcap.Set(n)
	return nil
}

// qualifiedName is the dotted path of the library function v reached as
// name ("np.linalg.inv" gives "numpy.linalg.inv"), or "" when v is not a
// module's function.
func (in *Interpreter) qualifiedName(th *Thread, name string, v Value, local map[string]Value) string {
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		if m, ok := in.resolveDotted(th, name[:dot], local); ok {
			if m, ok := m.(*Module); ok {
				return m.name + "." + name[dot+1:]
			}
		}
	}
	if b, ok := v.(*Builtin); ok && b.recv == nil && b.module != "" {
		return b.module + "." + b.name
	}
	return ""
}
