package linalg

// DType is the element type of an Array, one of NumPy's bool, int64,
// float64 and complex128. Its value indexes the descriptor table dtypes;
// the order of the constants means nothing to promotion, which the table
// decides by kind and item size.
type DType uint8

// The dtypes. A new dtype is a constant here, a row of dtypes, and its
// storage in storage.go: a slice in buffers, a case in buf, a row of
// storages (and a cast to it in each row's typed).
const (
	Bool DType = iota
	Int64
	Float64
	Complex128
)

// dtypeDesc describes a dtype by the facts NumPy gives about it: kind and
// item size decide promotion and casting; name and char are what NumPy
// prints. It holds no data, so promotion can be computed for dtypes that
// have no storage yet.
type dtypeDesc struct {
	name string // dtype.name: "float64"
	kind byte   // dtype.kind: 'b' bool, 'u' unsigned, 'i' signed, 'f' float, 'c' complex
	size int    // dtype.itemsize in bytes
	char byte   // dtype.char: '?', 'l', 'd', 'D'
}

// dtypes is the descriptor table, indexed by DType.
var dtypes = [...]dtypeDesc{
	Bool:       {name: "bool", kind: 'b', size: 1, char: '?'},
	Int64:      {name: "int64", kind: 'i', size: 8, char: 'l'},
	Float64:    {name: "float64", kind: 'f', size: 8, char: 'd'},
	Complex128: {name: "complex128", kind: 'c', size: 16, char: 'D'},
}

// String returns NumPy's name of the dtype: "bool", "int64", "float64" or
// "complex128".
func (d DType) String() string {
	if int(d) >= len(dtypes) {
		return "unknown"
	}
	return dtypes[d].name
}

// ItemSize is the number of bytes NumPy uses for one element of the dtype
// (dtype.itemsize).
func (d DType) ItemSize() int { return dtypes[d].size }

// Kind is NumPy's dtype.kind: 'b' for bool, 'i' for signed integers, 'f'
// for floats, 'c' for complex.
func (d DType) Kind() byte { return dtypes[d].kind }

// Char is NumPy's dtype.char on Linux x86-64: '?', 'l', 'd', 'D'.
func (d DType) Char() byte { return dtypes[d].char }

// IsInexact reports whether d is a floating or complex dtype
// (np.issubdtype(d, np.inexact)).
func (d DType) IsInexact() bool { k := d.Kind(); return k == 'f' || k == 'c' }

// kindRank orders the kinds as NumPy's promotion does: a dtype of a lower
// kind is lifted into the higher kind, never the reverse.
func kindRank(k byte) int {
	switch k {
	case 'b':
		return 0
	case 'u':
		return 1
	case 'i':
		return 2
	case 'f':
		return 3
	}
	return 4 // 'c'
}

// liftSize is the item size of the smallest dtype of kind k (of a higher
// rank than a's kind) that holds every value of a: bool fits anything;
// an integer of n bytes needs a float of 2n bytes (float64 at most, so
// int64 goes to float64 as in NumPy) and the complex of two such floats;
// a float of n bytes needs a complex of 2n. Complex dtypes start at 8 bytes.
func liftSize(a dtypeDesc, k byte) int {
	if a.kind == 'b' {
		return 1
	}
	f := a.size // a float's own size
	if a.kind == 'u' || a.kind == 'i' {
		f = min(2*a.size, 8)
	}
	if k == 'c' {
		return max(2*f, 8)
	}
	return f
}

// promoteDesc is np.promote_types on descriptors (NEP 50's rules for two
// array dtypes), as the kind and item size of the result: the same kind
// gives the larger size; otherwise the lower kind is lifted to the higher
// one (liftSize) and the larger size wins. A signed and an unsigned integer
// meet in a signed integer big enough for both, float64 past 64 bits.
func promoteDesc(a, b dtypeDesc) (kind byte, size int) {
	if a.kind == b.kind {
		return a.kind, max(a.size, b.size)
	}
	if kindRank(a.kind) > kindRank(b.kind) {
		a, b = b, a
	}
	if a.kind == 'u' && b.kind == 'i' {
		switch {
		case b.size > a.size:
			return 'i', b.size
		case a.size < 8:
			return 'i', 2 * a.size
		}
		return 'f', 8
	}
	return b.kind, max(liftSize(a, b.kind), b.size)
}

// promoteWeakDesc is NEP 50's promotion of an array dtype a with a Python
// scalar of kind k ('b' bool, 'i' int, 'f' float, 'c' complex): the scalar
// is weak, so it keeps a's dtype unless its kind is higher, and then it
// takes the default dtype of its kind (int64, float64, complex128), except
// that a Python complex with a float array takes the complex of that float.
func promoteWeakDesc(a dtypeDesc, k byte) (kind byte, size int) {
	if kindRank(k) <= kindRank(a.kind) || k == 'i' && a.kind == 'u' {
		return a.kind, a.size
	}
	switch {
	case k == 'i':
		return 'i', 8
	case k == 'f':
		return 'f', 8
	case a.kind == 'f':
		return 'c', max(2*a.size, 8)
	}
	return 'c', 16
}

// canCastDesc is np.can_cast(a, b, casting) for casting "safe" (every value
// of a is a value of b: a promotes to b) and "same_kind" (safe, or b's kind
// is the same as a's or higher).
func canCastDesc(a, b dtypeDesc, sameKind bool) bool {
	if k, s := promoteDesc(a, b); k == b.kind && s == b.size {
		return true
	}
	return sameKind && kindRank(a.kind) <= kindRank(b.kind)
}

// lookupDType returns the dtype of the table with the given kind and size.
func lookupDType(kind byte, size int) (DType, bool) {
	for d, x := range dtypes {
		if x.kind == kind && x.size == size {
			return DType(d), true
		}
	}
	return 0, false
}

// mustLookup is lookupDType for results of promotion, which the table is
// closed under (TestPromoteClosed).
func mustLookup(kind byte, size int) DType {
	d, ok := lookupDType(kind, size)
	if !ok {
		panic("linalg: dtype table lacks kind " + string(kind) + " of the promoted size")
	}
	return d
}

// promoteTable and promoteWeakTable cache promoteDesc and promoteWeakDesc
// over the table, so Promote is an index.
var promoteTable, promoteWeakTable = buildPromoteTables()

func buildPromoteTables() (strong, weak [len(dtypes)][len(dtypes)]DType) {
	for a := range dtypes {
		for b := range dtypes {
			strong[a][b] = mustLookup(promoteDesc(dtypes[a], dtypes[b]))
			weak[a][b] = mustLookup(promoteWeakDesc(dtypes[a], dtypes[b].kind))
		}
	}
	return strong, weak
}

// Promote returns the dtype NumPy 2's promotion rules give to a binary
// operation on arrays of dtypes a and b (np.result_type, NEP 50).
func Promote(a, b DType) DType { return promoteTable[a][b] }

// PromoteWeak returns the dtype of a binary operation of an array of dtype
// a with a Python scalar whose default dtype is s (bool, int64, float64 or
// complex128, as DTypeOf gives): under NEP 50 the Python scalar is weak and
// only its kind counts, so an int64 array plus a Python int is int64 and a
// bool array plus a Python int is int64.
func PromoteWeak(a, s DType) DType { return promoteWeakTable[a][s] }

// Casting is a rule of np.can_cast.
type Casting uint8

// The casting rules.
const (
	CastSafe     Casting = iota // "safe": values are preserved
	CastSameKind                // "same_kind": safe, or within a kind or to a higher kind
)

// CanCast reports whether np.can_cast(from, to, casting) holds.
func CanCast(from, to DType, casting Casting) bool {
	return canCastDesc(dtypes[from], dtypes[to], casting == CastSameKind)
}

// DTypeOf returns the dtype NumPy infers for a Go scalar: bool, int or
// int64, float64, complex128. ok is false for any other type.
func DTypeOf(v any) (d DType, ok bool) {
	switch v.(type) {
	case bool:
		return Bool, true
	case int, int64:
		return Int64, true
	case float64:
		return Float64, true
	case complex128:
		return Complex128, true
	}
	return 0, false
}
