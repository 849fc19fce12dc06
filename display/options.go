// Package display renders linalg arrays and NumPy scalars as the MIME
// bundles Jupyter shows: text/plain byte for byte as NumPy 2.x prints it,
// text/html tables and text/latex matrices.
//
// Every function is a pure function of its arguments; print options travel
// as a PrintOptions value, never as global state.
package display

// PrintOptions are NumPy's print options (np.set_printoptions).
//
// Precision is the number of fractional digits of floats; Threshold the
// array size past which arrays are summarised with "..."; EdgeItems the
// number of items kept at each edge when summarising; Linewidth the column
// at which lines wrap; Suppress prints small floats in positional notation;
// FloatMode is "fixed", "unique", "maxprec" or "maxprec_equal"; Sign is "-",
// "+" or " ".
type PrintOptions struct {
	Precision, Threshold, EdgeItems, Linewidth int
	Suppress                                   bool
	FloatMode, Sign                            string
}

// DefaultPrintOptions returns NumPy's defaults: precision 8, threshold 1000,
// edgeitems 3, linewidth 75, suppress False, floatmode "maxprec", sign "-".
func DefaultPrintOptions() PrintOptions {
	return PrintOptions{Precision: 8, Threshold: 1000, EdgeItems: 3, Linewidth: 75, FloatMode: "maxprec", Sign: "-"}
}

func (o PrintOptions) normalized() PrintOptions {
	if o.FloatMode == "" {
		o.FloatMode = "maxprec"
	}
	if o.Sign == "" {
		o.Sign = "-"
	}
	return o
}
