package sci

import "github.com/golinalg/golinalg/lang/eval"

// The result classes of numpy.linalg (numpy/linalg/_linalg.py).
var (
	eigResult     = eval.NewNamedTupleClass("EigResult", "numpy.linalg._linalg", "eigenvalues", "eigenvectors")
	eighResult    = eval.NewNamedTupleClass("EighResult", "numpy.linalg._linalg", "eigenvalues", "eigenvectors")
	qrResult      = eval.NewNamedTupleClass("QRResult", "numpy.linalg._linalg", "Q", "R")
	slogdetResult = eval.NewNamedTupleClass("SlogdetResult", "numpy.linalg._linalg", "sign", "logabsdet")
	svdResult     = eval.NewNamedTupleClass("SVDResult", "numpy.linalg._linalg", "U", "S", "Vh")
)
