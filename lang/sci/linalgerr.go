package sci

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/golinalg/golinalg/display"
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// linalgClass is the Python exception class of each linalg.Kind.
var linalgClass = map[linalg.Kind]*eval.ExcClass{
	linalg.LinAlgError:         eval.LinAlgError,
	linalg.ValueError:          eval.ValueError,
	linalg.TypeError:           eval.TypeError,
	linalg.IndexError:          eval.IndexError,
	linalg.AxisError:           eval.AxisError,
	linalg.MemoryError:         eval.MemoryError,
	linalg.ZeroDivisionError:   eval.ZeroDivisionError,
	linalg.OverflowError:       eval.OverflowError,
	linalg.NotImplementedError: eval.NotImplementedError,
}

// pyErr is the one mapping from an error of package linalg to the Python
// exception NumPy or SciPy raises:
//
//   - a *linalg.Error becomes an exception of the class its Kind names,
//     with its message unchanged;
//   - a computation stopped by the thread's context raises what stopped it
//     (KeyboardInterrupt, or the time limit's error), as between statements;
//   - an *Exception passes through; anything else is a RuntimeError.
//
// fn is the function's usual name ("np.linalg.svd", "scipy.linalg.expm")
// and a its matrix argument. Given both, a LinAlgError carries the card of
// display.DiagnoseSubject, made and published only if the exception
// escapes the cell, just before the error (see Interpreter's Diagnostics
// option); an exception that is caught shows nothing. The card names the
// function and the matrix as the call wrote them (numpy.linalg.inv, M),
// read from its call site. Every binding of a function that can raise
// LinAlgError passes them; others pass "" and nil. th may be nil where no
// thread is at hand.
func pyErr(th *eval.Thread, fn string, a *linalg.Array, err error) error {
	return pyErrFor(th, fn, nil, a, err)
}

// pyErrFor is pyErr for a call of f, whose first parameter is the matrix
// a; f nil means a parameter named a.
func pyErrFor(th *eval.Thread, fn string, f *Func, a *linalg.Array, err error) error {
	param := "a"
	if f != nil {
		if s := f.signature(); len(s.params) > 0 && s.params[0].star == 0 {
			param = s.params[0].name
		}
	}
	return pyErrParam(th, fn, param, 0, false, a, err)
}

// pyErrParam is pyErr for a call whose parameter param, the pos-th, holds
// the matrix a. A guessed matrix (the first matrix among the arguments,
// not the one the function names) gets display.DiagnoseGeneric's card,
// which claims nothing about it; so does a matrix whose error
// DiagnoseSubject has no analysis of (or finds to be about another
// argument), so that every LinAlgError that escapes a cell has its card.
func pyErrParam(th *eval.Thread, fn, param string, pos int, guessed bool, a *linalg.Array, err error) error {
	if err == nil {
		return nil
	}
	if th != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		if e := th.Poll(); e != nil {
			return e
		}
	}
	le, ok := err.(*linalg.Error)
	if !ok {
		if _, isExc := err.(*eval.Exception); isExc {
			return err
		}
		return eval.NewError(eval.RuntimeError, "%v", err)
	}
	cls := linalgClass[le.Kind]
	if cls == nil {
		cls = eval.RuntimeError
	}
	exc := eval.NewError(cls, "%s", le.Msg)
	if le.Kind == linalg.LinAlgError && a != nil && fn != "" && th != nil {
		opts := libOf(th).printOpts
		site, ok := th.CallSite()
		exc.SetDiagnosis(func() (display.Bundle, bool) {
			s := display.Subject{Func: fn, Qual: fn, Matrix: param}
			if ok {
				s.Func, s.Matrix = siteNames(site, param, pos)
			}
			if !guessed {
				if b, ok := display.DiagnoseSubject(s, a, le, opts); ok {
					return b, ok
				}
			}
			return display.DiagnoseGeneric(s, a, le, opts)
		})
	}
	return exc
}

// maxMatrixText is the longest argument text the card names a matrix by;
// a longer one (a literal spelled out in the call) is named by NumPy's
// parameter.
const maxMatrixText = 40

// siteNames returns the function and its matrix argument (parameter
// param, the pos-th, given by position or by name) as the call at site wrote them; the
// matrix is param when the call gives it otherwise (through *args), or as
// text longer than maxMatrixText. Text over several lines is joined into
// one.
func siteNames(site eval.CallSite, param string, pos int) (fn, matrix string) {
	oneLine := func(s string) string {
		if strings.ContainsRune(s, '\n') {
			return strings.Join(strings.Fields(s), " ")
		}
		return s
	}
	fn, matrix = oneLine(site.Callee()), param
	for i, arg := range site.Args() {
		if arg.Star == 0 && (i == pos && arg.Name == "" || arg.Name == param) {
			if t := oneLine(arg.Text); t != "" && utf8.RuneCountInString(t) <= maxMatrixText {
				matrix = t
			}
			break
		}
		if arg.Star != 0 {
			break
		}
	}
	return fn, matrix
}
