package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"time"
	"unicode/utf8"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/syntax"
	"github.com/golinalg/golinalg/protocol"
)

// Version is golinalg's release version.
const Version = "0.1.0"

func (k *Kernel) kernelInfo() map[string]any {
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       protocol.Version,
		"implementation":         "golinalg",
		"implementation_version": Version,
		"language_info": map[string]any{
			"name":               "python",
			"version":            "3",
			"mimetype":           "text/x-python",
			"file_extension":     ".py",
			"pygments_lexer":     "ipython3",
			"codemirror_mode":    map[string]any{"name": "ipython", "version": 3},
			"nbconvert_exporter": "python",
		},
		"banner":   k.cfg.Banner,
		"debugger": false,
		"help_links": []map[string]string{
			{"text": "numpy.linalg", "url": "https://numpy.org/doc/stable/reference/routines.linalg.html"},
			{"text": "scipy.linalg", "url": "https://docs.scipy.org/doc/scipy/reference/linalg.html"},
			{"text": "NumPy", "url": "https://numpy.org/doc/stable/"},
		},
	}
}

type executeContent struct {
	Code            string         `json:"code"`
	Silent          bool           `json:"silent"`
	StoreHistory    *bool          `json:"store_history"`
	UserExpressions map[string]any `json:"user_expressions"`
	AllowStdin      bool           `json:"allow_stdin"`
	StopOnError     *bool          `json:"stop_on_error"`
}

func (k *Kernel) execute(r *request) {
	var c executeContent
	if err := json.Unmarshal(r.msg.Content, &c); err != nil {
		k.reply(r, "execute_reply", map[string]any{"status": "error", "ename": "ValueError", "evalue": "malformed execute_request: " + err.Error(), "traceback": []string{}, "execution_count": k.count})
		return
	}
	store := (c.StoreHistory == nil || *c.StoreHistory) && !c.Silent
	stopOnError := c.StopOnError == nil || *c.StopOnError

	ctx, cancel := context.WithCancel(context.Background())
	k.mu.Lock()
	if store {
		k.count++
	}
	r.count = k.count
	r.stdin = c.AllowStdin
	k.current = r
	k.cancelExec = cancel
	k.mu.Unlock()
	defer func() {
		cancel()
		k.mu.Lock()
		k.current, k.cancelExec = nil, nil
		k.mu.Unlock()
	}()

	if !c.Silent {
		k.publish(r, "execute_input", map[string]any{"code": c.Code, "execution_count": r.count})
	}
	var out eval.Output = &cellOutput{k: k, parent: r}
	if c.Silent {
		out = silentOutput{}
	}
	err := k.interp.Execute(ctx, eval.Cell{Code: c.Code, Count: r.count, NoHistory: !store}, out)
	if co, ok := out.(*cellOutput); ok {
		co.flush()
		if store && co.result != nil {
			if k.outputs == nil {
				k.outputs = map[int]any{}
			}
			k.outputs[r.count] = co.result
		}
	}
	if err != nil {
		var pe *eval.PyError
		if !errors.As(err, &pe) {
			pe = &eval.PyError{Name: "SystemError", Value: err.Error(), Traceback: []string{"SystemError: " + err.Error()}}
		}
		if stopOnError {
			// Stamp before any reply leaves, so that a request the client
			// sends on seeing the error is never taken for a queued one.
			k.abortBefore = time.Now()
		}
		content := map[string]any{"ename": pe.Name, "evalue": pe.Value, "traceback": nonNil(pe.Traceback)}
		switch {
		case c.Silent:
		case pe.Name == "UsageError":
			// IPython shows a magic's usage error as one stderr line, not
			// as a traceback (InteractiveShell.show_usage_error).
			content["traceback"] = []string{}
			k.publish(r, "stream", map[string]any{"name": "stderr", "text": "UsageError: " + pe.Value + "\n"})
		default:
			k.publish(r, "error", content)
		}
		content["status"] = "error"
		content["execution_count"] = r.count
		content["user_expressions"] = map[string]any{}
		content["payload"] = []any{}
		k.reply(r, "execute_reply", content)

		return
	}
	payload := []map[string]any{}
	if co, ok := out.(*cellOutput); ok && co.payload != nil {
		payload = co.payload
	}
	k.reply(r, "execute_reply", map[string]any{
		"status": "ok", "execution_count": r.count,
		"user_expressions": k.userExpressions(c.UserExpressions), "payload": payload,
	})
}

// userExpressions evaluates each expression after the cell, as IPython
// does, without touching the history; each result is a MIME bundle or an
// error description.
func (k *Kernel) userExpressions(exprs map[string]any) map[string]any {
	out := map[string]any{}
	ev, ok := k.interp.(ExprEvaluator)
	for name, v := range exprs {
		code, _ := v.(string)
		if !ok {
			out[name] = map[string]any{"status": "error", "ename": "NotImplementedError", "evalue": "user_expressions are not supported", "traceback": []string{}}
			continue
		}
		data, err := ev.EvalExpression(context.Background(), code)
		var pe *eval.PyError
		switch {
		case errors.As(err, &pe):
			out[name] = map[string]any{"status": "error", "ename": pe.Name, "evalue": pe.Value, "traceback": nonNil(pe.Traceback)}
		case err != nil:
			out[name] = map[string]any{"status": "error", "ename": "SystemError", "evalue": err.Error(), "traceback": []string{}}
		default:
			out[name] = map[string]any{"status": "ok", "data": data, "metadata": map[string]any{}}
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// silentOutput drops everything: a silent execute publishes nothing.
type silentOutput struct{}

func (silentOutput) Stream(string, string)                  {}
func (silentOutput) Display(map[string]any, map[string]any) {}
func (silentOutput) ClearOutput(bool)                       {}
func (silentOutput) Payload(map[string]any)                 {}
func (silentOutput) Result(map[string]any, map[string]any)  {}

func (k *Kernel) isComplete(r *request) {
	var c struct {
		Code string `json:"code"`
	}
	_ = json.Unmarshal(r.msg.Content, &c)
	status, indent := syntax.IsComplete(c.Code)
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	k.reply(r, "is_complete_reply", content)
}

type cursorContent struct {
	Code        string `json:"code"`
	CursorPos   *int   `json:"cursor_pos"`
	DetailLevel int    `json:"detail_level"`
}

func (c cursorContent) cursor() int {
	if c.CursorPos == nil {
		return utf8.RuneCountInString(c.Code)
	}
	return *c.CursorPos
}

func (k *Kernel) complete(r *request) {
	var c cursorContent
	_ = json.Unmarshal(r.msg.Content, &c)
	cur := c.cursor()
	matches, start, end := []string{}, cur, cur
	metadata := map[string]any{}
	if comp, ok := k.interp.(Completer); ok {
		m, s, e := comp.Complete(c.Code, cur)
		if m != nil {
			matches = m
		}
		start, end = s, e
	}
	if typed, ok := k.interp.(TypedCompleter); ok {
		if types := typed.CompleteTypes(c.Code, cur); len(types) > 0 {
			metadata["_jupyter_types_experimental"] = types
		}
	}
	k.reply(r, "complete_reply", map[string]any{
		"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end, "metadata": metadata,
	})
}

func (k *Kernel) inspect(r *request) {
	var c cursorContent
	_ = json.Unmarshal(r.msg.Content, &c)
	data, found := map[string]any{}, false
	if in, ok := k.interp.(Inspector); ok {
		if d, f := in.Inspect(c.Code, c.cursor(), c.DetailLevel); f {
			data, found = d, true
		}
	}
	k.reply(r, "inspect_reply", map[string]any{"status": "ok", "found": found, "data": data, "metadata": map[string]any{}})
}

type historyContent struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"`
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           int    `json:"stop"`
	N              int    `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// historyReply answers history_request from this session's inputs, which
// the interpreter keeps (see Historian). Each item is [session, line,
// input], session being 1 for the current one.
func (k *Kernel) historyReply(r *request) {
	var c historyContent
	_ = json.Unmarshal(r.msg.Content, &c)
	var all []historyEntry
	if h, ok := k.interp.(Historian); ok {
		for n := 1; n <= k.count; n++ {
			if code, ok := h.Input(n); ok {
				all = append(all, historyEntry{n, code, k.outputs[n]})
			}
		}
	}
	var sel []historyEntry
	switch c.HistAccessType {
	case "tail":
		sel = all
		if c.N > 0 && len(sel) > c.N {
			sel = sel[len(sel)-c.N:]
		}
	case "range":
		for _, h := range all {
			if h.count >= c.Start && (c.Stop <= 0 || h.count < c.Stop) {
				sel = append(sel, h)
			}
		}
	case "search":
		pat := c.Pattern
		if pat == "" {
			pat = "*"
		}
		seen := map[string]bool{}
		for i := len(all) - 1; i >= 0; i-- {
			h := all[i]
			if !globMatch(pat, h.input) {
				continue
			}
			if c.Unique && seen[h.input] {
				continue
			}
			seen[h.input] = true
			sel = append([]historyEntry{h}, sel...)
			if c.N > 0 && len(sel) >= c.N {
				break
			}
		}
	}
	items := make([]any, 0, len(sel))
	for _, h := range sel {
		if c.Output {
			items = append(items, []any{1, h.count, []any{h.input, h.output}})
		} else {
			items = append(items, []any{1, h.count, h.input})
		}
	}
	k.reply(r, "history_reply", map[string]any{"status": "ok", "history": items})
}

// globMatch matches a shell glob where * and ? also match newlines and
// slashes, as IPython's history search does.
func globMatch(pattern, s string) bool {
	if pattern == "" {
		return s == ""
	}
	switch pattern[0] {
	case '*':
		for i := 0; i <= len(s); i++ {
			if globMatch(pattern[1:], s[i:]) {
				return true
			}
		}
		return false
	case '?':
		_, size := utf8.DecodeRuneInString(s)
		return s != "" && globMatch(pattern[1:], s[size:])
	default:
		return s != "" && s[0] == pattern[0] && globMatch(pattern[1:], s[1:])
	}
}
