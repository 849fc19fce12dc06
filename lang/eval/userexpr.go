package eval

import (
	"context"
	"strings"
)

// EvalExpression evaluates one expression for an execute_request's
// user_expressions, after the cell, and returns its MIME bundle. Unlike
// Execute it records no input or output history and leaves _, __ and Out
// alone, as IPython does. Output the expression prints is discarded.
func (in *Interpreter) EvalExpression(ctx context.Context, expr string) (data map[string]any, err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	th := &Thread{in: in, ctx: ctx, out: discard{}}
	info := &codeInfo{count: -1, lines: strings.Split(expr, "\n")}
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, in.toPyError(NewError(SystemError, "internal error: %v", r))
		}
	}()
	fr := &frame{th: th, info: info}
	v, e := fr.evalSource(strings.TrimSpace(expr))
	if e != nil {
		exc := asException(e)
		return nil, in.toPyError(exc)
	}
	return in.mimeBundle(v), nil
}
