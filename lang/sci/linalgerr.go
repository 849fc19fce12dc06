package sci

import (
	"context"
	"errors"
	"github.com/golinalg/golinalg/lang/eval"

	"github.com/golinalg/golinalg/display"
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
// fn is the function as the user wrote it ("np.linalg.svd",
// "scipy.linalg.expm") and a its matrix argument. Given both, a LinAlgError
// carries the card of display.Diagnose, made and published only if the
// exception escapes the cell, just before the error (see Interpreter's
// Diagnostics option); an exception that is caught shows nothing. Every
// binding of a function that can raise LinAlgError passes them; others
// pass "" and nil. th may be nil where no thread is at hand.
func pyErr(th *eval.Thread, fn string, a *linalg.Array, err error) error {
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
		exc.SetDiagnosis(func() (display.Bundle, bool) { return display.Diagnose(fn, a, le, opts) })
	}
	return exc
}
