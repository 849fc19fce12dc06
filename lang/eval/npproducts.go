package eval

// addNumpyProducts installs numpy's vector, matrix and tensor products and
// matrix helpers that live at the top of the numpy module (np.trace,
// np.outer, np.kron, ...) into m.
func (in *Interpreter) addNumpyProducts(m *Module) {
}
