package eval

// addNumpyManip installs numpy's array-manipulation and elementwise
// helpers that live at the top of the numpy module (np.where, np.cumsum,
// np.unique, ...) into m.
func (in *Interpreter) addNumpyManip(m *Module) {
}
