package syntax

import (
	"strings"
)

// IsComplete reports whether src is a complete cell, as a console decides
// whether to run it or to ask for another line. status is "complete",
// "incomplete" (indent is then the indentation for the next line) or
// "invalid". It follows IPython: a block stays incomplete until a blank
// line ends it, and an open bracket or string asks for more.
func IsComplete(src string) (status, indent string) {
	defer func() {
		if recover() != nil {
			status, indent = "invalid", ""
		}
	}()
	if strings.TrimSpace(src) == "" {
		return "complete", ""
	}
	src = Dedent(src)
	first := strings.TrimSpace(src)
	if strings.HasPrefix(first, "%%") {
		return "complete", ""
	}
	f, err := Parse("<cell>", src)
	if err != nil {
		e, ok := err.(*Error)
		if !ok || !e.Incomplete {
			return "invalid", ""
		}
		if e.Kind == "IndentationError" {
			n := indentWidth(lastNonBlankLine(src)) + 4
			return "incomplete", strings.Repeat(" ", n)
		}
		line := lineAt(src, int(e.Pos.Line))
		return "incomplete", strings.Repeat(" ", indentWidth(line))
	}
	if strings.HasSuffix(src, "\n") || len(f.Stmts) == 0 {
		return "complete", ""
	}
	// A cell that ends inside a compound statement's body may go on: IPython
	// asks for more until a blank line closes the block. A line indented
	// only because it continues a bracket does not count.
	switch f.Stmts[len(f.Stmts)-1].(type) {
	case *IfStmt, *ForStmt, *WhileStmt, *DefStmt, *TryStmt, *WithStmt:
		last := lastLine(src)
		if n := indentWidth(last); n > 0 && strings.TrimSpace(last) != "" {
			return "incomplete", strings.Repeat(" ", n)
		}
	}
	return "complete", ""
}

// Dedent removes the indentation of the first non-blank line from every
// line of src, as IPython does before running a cell pasted with a
// leading indent. Lines indented less keep what they have.
func Dedent(src string) string {
	lines := strings.Split(src, "\n")
	var prefix string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		prefix = l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		break
	}
	if prefix == "" {
		return src
	}
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, prefix)
	}
	return strings.Join(lines, "\n")
}

func indentWidth(line string) int {
	n := 0
	for _, r := range line {
		switch r {
		case ' ':
			n++
		case '\t':
			n = (n/8 + 1) * 8
		default:
			return n
		}
	}
	return n
}

func lastLine(src string) string {
	if i := strings.LastIndexByte(src, '\n'); i >= 0 {
		return src[i+1:]
	}
	return src
}

func lastNonBlankLine(src string) string {
	lines := strings.Split(src, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return lines[i]
		}
	}
	return ""
}

func lineAt(src string, n int) string {
	lines := strings.Split(src, "\n")
	if n >= 1 && n <= len(lines) {
		return lines[n-1]
	}
	return ""
}
