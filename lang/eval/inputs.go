package eval

// inputLog keeps the code of the cells run with history, for In, the _in
// variables and Input. A cell costs its text, one boxed str and a slot of
// cells; In[n] and _in hold the same Value as the log, so they add no
// copy of their own.
type inputLog struct {
	// cells[n] is the code of cell n as a str, or nil when cell n did not
	// run with history. A count run a second time gets a new Value;
	// Values handed out before keep the earlier code.
	cells []Value
	n     int // one more than the highest count recorded
}

// add records code as cell n and returns it as a str Value.
func (l *inputLog) add(n int, code string) Value {
	for len(l.cells) <= n {
		l.cells = append(l.cells, nil)
	}
	v := Value(String(code))
	l.cells[n] = v
	l.n = max(l.n, n+1)
	return v
}

// has reports whether cell n ran with history.
func (l *inputLog) has(n int) bool {
	return n >= 0 && n < len(l.cells) && l.cells[n] != nil
}

// value returns the code of cell n as a str Value, or nil when cell n did
// not run with history.
func (l *inputLog) value(n int) Value {
	if !l.has(n) {
		return nil
	}
	return l.cells[n]
}
