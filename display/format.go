package display

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/linalg"
)

// elemFormat formats one element of an array as NumPy's per-dtype
// formatter classes do (IntegerFormat, FloatingFormat, ...).
type elemFormat func(v any) string

// floatFormat is numpy's FloatingFormat.
type floatFormat struct {
	floatmode string
	precision int // -1 for None
	suppress  bool
	sign      string
	expFormat bool
	padLeft   int
	padRight  int
	trim      byte
	expSize   int
	unique    bool
	minDigits int // -1 for None
}

func newFloatFormat(data []float64, o PrintOptions, sign string) *floatFormat {
	f := &floatFormat{floatmode: o.FloatMode, precision: o.Precision, suppress: o.Suppress, sign: sign}
	if o.FloatMode == "unique" {
		f.precision = -1
	}
	f.fill(data)
	return f
}

func (f *floatFormat) fill(data []float64) {
	finite := make([]float64, 0, len(data))
	for _, x := range data {
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			finite = append(finite, x)
		}
	}
	var maxV, minV float64
	haveNZ := false
	for _, x := range finite {
		if x == 0 {
			continue
		}
		ax := math.Abs(x)
		if !haveNZ {
			maxV, minV, haveNZ = ax, ax, true
			continue
		}
		maxV = math.Max(maxV, ax)
		minV = math.Min(minV, ax)
	}
	if haveNZ {
		if maxV >= 1e8 || (!f.suppress && (minV < 0.0001 || maxV/minV > 1000)) {
			f.expFormat = true
		}
	}
	plus := f.sign == "+"
	switch {
	case len(finite) == 0:
		f.padLeft, f.padRight, f.trim, f.expSize, f.unique, f.minDigits = 0, 0, trimDot, -1, true, -1
	case f.expFormat:
		trim, unique := byte(trimDot), true
		if f.floatmode == "fixed" {
			trim, unique = trimKeep, false
		}
		maxExp, maxFrac, maxInt := 0, 0, 0
		for _, x := range finite {
			s := scientific(x, f.precision, -1, unique, trim, plus, -1, -1)
			m, e, _ := strings.Cut(s, "e")
			maxExp = max(maxExp, len(e)-1)
			ip, fp, _ := strings.Cut(m, ".")
			maxFrac = max(maxFrac, len(fp))
			maxInt = max(maxInt, len(ip))
		}
		f.expSize = maxExp
		f.trim = trimKeep
		f.precision = maxFrac
		f.minDigits = maxFrac
		f.unique = unique
		f.padLeft = maxInt
		f.padRight = f.expSize + 2 + f.precision
	default:
		trim, unique := byte(trimDot), true
		if f.floatmode == "fixed" {
			trim, unique = trimKeep, false
		}
		maxFrac, maxInt := 0, 0
		for _, x := range finite {
			s := positional(x, f.precision, -1, unique, trim, plus, -1, -1)
			ip, fp, _ := strings.Cut(s, ".")
			maxFrac = max(maxFrac, len(fp))
			maxInt = max(maxInt, len(ip))
		}
		f.padLeft = maxInt
		f.padRight = maxFrac
		f.expSize = -1
		f.unique = unique
		if f.floatmode == "fixed" || f.floatmode == "maxprec_equal" {
			f.precision, f.minDigits = f.padRight, f.padRight
			f.trim = trimKeep
		} else {
			f.trim = trimDot
			f.minDigits = 0
		}
	}
	if f.sign == " " {
		anyNeg := false
		for _, x := range finite {
			if math.Signbit(x) {
				anyNeg = true
			}
		}
		if !anyNeg {
			f.padLeft++
		}
	}
	if len(finite) != len(data) {
		neginf := 0
		if f.sign != "-" {
			neginf = 1
		} else {
			for _, x := range data {
				if math.IsInf(x, -1) {
					neginf = 1
				}
			}
		}
		offset := f.padRight + 1
		f.padLeft = max(f.padLeft, 3-offset, 3+neginf-offset)
	}
}

func (f *floatFormat) format(x float64) string {
	plus := f.sign == "+"
	if math.IsNaN(x) || math.IsInf(x, 0) {
		var ret string
		switch {
		case math.IsNaN(x):
			ret = "nan"
			if plus {
				ret = "+nan"
			}
		case x < 0:
			ret = "-inf"
		default:
			ret = "inf"
			if plus {
				ret = "+inf"
			}
		}
		if w := f.padLeft + f.padRight + 1 - len(ret); w > 0 {
			ret = strings.Repeat(" ", w) + ret
		}
		return ret
	}
	if f.expFormat {
		return scientific(x, f.precision, f.minDigits, f.unique, f.trim, plus, f.padLeft, f.expSize)
	}
	return positional(x, f.precision, f.minDigits, f.unique, f.trim, plus, f.padLeft, f.padRight)
}

// intFormat is numpy's IntegerFormat.
func intFormat(data []int64, sign string) func(int64) string {
	width := 0
	if len(data) > 0 {
		mx, mn := data[0], data[0]
		for _, v := range data {
			mx, mn = max(mx, v), min(mn, v)
		}
		maxLen := len(strconv.FormatInt(mx, 10))
		if sign == " " && mn < 0 {
			sign = "-"
		}
		if mx >= 0 && (sign == "+" || sign == " ") {
			maxLen++
		}
		width = max(maxLen, len(strconv.FormatInt(mn, 10)))
	}
	return func(v int64) string {
		s := strconv.FormatInt(v, 10)
		if v >= 0 {
			switch sign {
			case "+":
				s = "+" + s
			case " ":
				s = " " + s
			}
		}
		if len(s) < width {
			s = strings.Repeat(" ", width-len(s)) + s
		}
		return s
	}
}

// formatterFor builds the element formatter NumPy's _get_format_function
// picks for an array whose (possibly summarised) elements are data.
func formatterFor(d linalg.DType, data []any, zeroDim bool, o PrintOptions) elemFormat {
	switch d.Kind() {
	case 'b':
		t := " True"
		if zeroDim {
			t = "True"
		}
		return func(v any) string {
			if v.(bool) {
				return t
			}
			return "False"
		}
	case 'i':
		xs := make([]int64, len(data))
		for k, v := range data {
			xs[k] = v.(int64)
		}
		f := intFormat(xs, o.Sign)
		return func(v any) string { return f(v.(int64)) }
	case 'f':
		xs := make([]float64, len(data))
		for k, v := range data {
			xs[k] = v.(float64)
		}
		f := newFloatFormat(xs, o, o.Sign)
		return func(v any) string { return f.format(v.(float64)) }
	case 'c':
		re := make([]float64, len(data))
		im := make([]float64, len(data))
		for k, v := range data {
			c := v.(complex128)
			re[k], im[k] = real(c), imag(c)
		}
		fr := newFloatFormat(re, o, o.Sign)
		fi := newFloatFormat(im, o, "+")
		return func(v any) string {
			c := v.(complex128)
			r := fr.format(real(c))
			i := fi.format(imag(c))
			sp := len(strings.TrimRight(i, " "))
			return r + i[:sp] + "j" + i[sp:]
		}
	}
	return func(v any) string { return fmt.Sprint(v) }
}

// grid is the index set that _formatArray visits: for each axis, the
// indices kept (all of them, or the leading and trailing edge items).
type grid struct {
	a       *linalg.Array
	shape   []int
	strides []int // C-order strides of a, for flat indices
}

func newGrid(a *linalg.Array) *grid {
	shape := a.Shape()
	st := make([]int, len(shape))
	s := 1
	for k := len(shape) - 1; k >= 0; k-- {
		st[k] = s
		s *= shape[k]
	}
	return &grid{a: a, shape: shape, strides: st}
}

func (g *grid) at(index []int) any {
	flat := 0
	for k, i := range index {
		if i < 0 {
			i += g.shape[k]
		}
		flat += i * g.strides[k]
	}
	return g.a.At(flat)
}

// leadingTrailing returns, in C order, the elements that numpy's
// _leading_trailing keeps.
func (g *grid) leadingTrailing(edge int, summarise bool) []any {
	axes := make([][]int, len(g.shape))
	for k, n := range g.shape {
		if summarise && n > 2*edge {
			for i := 0; i < edge; i++ {
				axes[k] = append(axes[k], i)
			}
			for i := n - edge; i < n; i++ {
				axes[k] = append(axes[k], i)
			}
		} else {
			for i := 0; i < n; i++ {
				axes[k] = append(axes[k], i)
			}
		}
	}
	var out []any
	idx := make([]int, len(g.shape))
	var rec func(k int)
	rec = func(k int) {
		if k == len(g.shape) {
			out = append(out, g.at(idx))
			return
		}
		for _, i := range axes[k] {
			idx[k] = i
			rec(k + 1)
		}
	}
	rec(0)
	return out
}

// array2string is numpy's array2string for a non-empty array with the
// given separator and prefix; linewidth already has the suffix taken off.
func array2string(a *linalg.Array, o PrintOptions, linewidth int, separator, prefix string) string {
	g := newGrid(a)
	summary := ""
	if a.Size() > o.Threshold {
		summary = "..."
	}
	data := g.leadingTrailing(o.EdgeItems, summary != "")
	ff := formatterFor(a.DType(), data, a.Ndim() == 0, o)
	nextLinePrefix := " " + strings.Repeat(" ", len(prefix))
	return formatArray(g, ff, linewidth, nextLinePrefix, separator, o.EdgeItems, summary)
}

func extendLine(s, line, word string, lineWidth int, nextLinePrefix string) (string, string) {
	needsWrap := len(line)+len(word) > lineWidth
	if len(line) <= len(nextLinePrefix) {
		needsWrap = false
	}
	if needsWrap {
		s += strings.TrimRight(line, " \t\n") + "\n"
		line = nextLinePrefix
	}
	return s, line + word
}

func extendLinePretty(s, line, word string, lineWidth int, nextLinePrefix string) (string, string) {
	words := strings.Split(word, "\n")
	if len(words) == 1 {
		return extendLine(s, line, word, lineWidth, nextLinePrefix)
	}
	maxLen := 0
	for _, w := range words {
		maxLen = max(maxLen, len(w))
	}
	var indent string
	if len(line)+maxLen > lineWidth && len(line) > len(nextLinePrefix) {
		s += strings.TrimRight(line, " \t\n") + "\n"
		line = nextLinePrefix + words[0]
		indent = nextLinePrefix
	} else {
		indent = strings.Repeat(" ", len(line))
		line += words[0]
	}
	for _, w := range words[1:] {
		s += strings.TrimRight(line, " \t\n") + "\n"
		line = indent + w
	}
	line += strings.Repeat(" ", maxLen-len(words[len(words)-1]))
	return s, line
}

// formatArray is numpy's _formatArray (legacy=False).
func formatArray(g *grid, ff elemFormat, lineWidth int, nextLinePrefix, separator string, edgeItems int, summaryInsert string) string {
	ndim := len(g.shape)
	sepTrim := strings.TrimRight(separator, " \t\n")
	var recurse func(index []int, hangingIndent string, currWidth int) string
	recurse = func(index []int, hangingIndent string, currWidth int) string {
		axis := len(index)
		axesLeft := ndim - axis
		if axesLeft == 0 {
			return ff(g.at(index))
		}
		nextHanging := hangingIndent + " "
		nextWidth := currWidth - 1
		aLen := g.shape[axis]
		showSummary := summaryInsert != "" && 2*edgeItems < aLen
		leading, trailing := 0, aLen
		if showSummary {
			leading, trailing = edgeItems, edgeItems
		}
		sub := func(i int) []int {
			return append(append(make([]int, 0, ndim), index...), i)
		}
		s := ""
		if axesLeft == 1 {
			elemWidth := currWidth - max(len(sepTrim), 1)
			line := hangingIndent
			for i := 0; i < leading; i++ {
				word := recurse(sub(i), nextHanging, nextWidth)
				s, line = extendLinePretty(s, line, word, elemWidth, hangingIndent)
				line += separator
			}
			if showSummary {
				s, line = extendLine(s, line, summaryInsert, elemWidth, hangingIndent)
				line += separator
			}
			for i := trailing; i > 1; i-- {
				word := recurse(sub(-i), nextHanging, nextWidth)
				s, line = extendLinePretty(s, line, word, elemWidth, hangingIndent)
				line += separator
			}
			word := recurse(sub(-1), nextHanging, nextWidth)
			s, line = extendLinePretty(s, line, word, elemWidth, hangingIndent)
			s += line
		} else {
			lineSep := sepTrim + strings.Repeat("\n", axesLeft-1)
			for i := 0; i < leading; i++ {
				s += hangingIndent + recurse(sub(i), nextHanging, nextWidth) + lineSep
			}
			if showSummary {
				s += hangingIndent + summaryInsert + lineSep
			}
			for i := trailing; i > 1; i-- {
				s += hangingIndent + recurse(sub(-i), nextHanging, nextWidth) + lineSep
			}
			s += hangingIndent + recurse(sub(-1), nextHanging, nextWidth)
		}
		return "[" + s[len(hangingIndent):] + "]"
	}
	return recurse(nil, nextLinePrefix, lineWidth)
}

// Str returns str(a), the text print(a) shows: for a 0-d array the str of
// its scalar, otherwise numpy.array2string with separator " ".
func Str(a *linalg.Array, o PrintOptions) string {
	o = o.normalized()
	if a.Ndim() == 0 {
		return ScalarStr(a.At(0), a.DType(), o)
	}
	if a.Size() == 0 {
		return "[]"
	}
	return array2string(a, o, o.Linewidth, " ", "")
}

// Repr returns repr(a): "array(" or "matrix(" and the elements as
// array2string lays them out with separator ", ", then the shape= and
// dtype= extras NumPy adds when the text does not imply them (empty arrays
// other than shape (0,), arrays summarised past the threshold, and dtypes
// other than int64, float64, complex128 and bool).
func Repr(a *linalg.Array, o PrintOptions) string {
	o = o.normalized()
	prefix := "array("
	if a.IsMatrix() {
		prefix = "matrix("
	}
	lst := "[]"
	if a.Size() > 0 {
		lst = array2string(a, o, o.Linewidth-1, ", ", prefix)
	}
	var extras []string
	shape := a.Shape()
	if (a.Size() == 0 && !(len(shape) == 1 && shape[0] == 0)) || a.Size() > o.Threshold {
		extras = append(extras, "shape="+linalg.FormatShape(shape))
	}
	if a.Size() == 0 {
		extras = append(extras, "dtype="+a.DType().String())
	}
	if len(extras) == 0 {
		return prefix + lst + ")"
	}
	arrStr := prefix + lst + ","
	extraStr := strings.Join(extras, ", ") + ")"
	lastLineLen := len(arrStr) - (strings.LastIndexByte(arrStr, '\n') + 1)
	spacer := " "
	if lastLineLen+len(extraStr)+1 > o.Linewidth {
		spacer = "\n" + strings.Repeat(" ", len(prefix))
	}
	return arrStr + spacer + extraStr
}
