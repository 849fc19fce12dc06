package linalg

import (
	"fmt"
	"strings"
)

// shapeNoSpace formats a shape as NumPy's broadcasting error does: "(2,3)",
// "(4,)".
func shapeNoSpace(shape []int) string {
	if len(shape) == 1 {
		return fmt.Sprintf("(%d,)", shape[0])
	}
	parts := make([]string, len(shape))
	for k, d := range shape {
		parts[k] = fmt.Sprint(d)
	}
	return "(" + strings.Join(parts, ",") + ")"
}

// BroadcastShapes returns the shape that NumPy's broadcasting rules give to
// arrays of the given shapes: shapes are aligned on their last axis and
// each axis takes the one length other than 1 among them. It is a
// ValueError "operands could not be broadcast together with shapes (2,3)
// (4,) " when two lengths differ and neither is 1.
func BroadcastShapes(shapes ...[]int) ([]int, error) {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	out := make([]int, nd)
	for k := range out {
		out[k] = 1
	}
	for _, s := range shapes {
		off := nd - len(s)
		for k, d := range s {
			switch {
			case d == out[off+k] || d == 1:
			case out[off+k] == 1:
				out[off+k] = d
			default:
				var sb strings.Builder
				for _, t := range shapes {
					sb.WriteString(shapeNoSpace(t) + " ")
				}
				return nil, valueErr("operands could not be broadcast together with shapes %s", sb.String())
			}
		}
	}
	return out, nil
}

// BroadcastTo returns a read-only-in-spirit view of a with the given shape
// (np.broadcast_to): axes of length 1, and missing leading axes, repeat
// with stride 0. It is a ValueError when a cannot be broadcast to shape.
func (a *Array) BroadcastTo(shape []int) (*Array, error) {
	if len(shape) < len(a.shape) {
		return nil, valueErr("input operand has more dimensions than allowed by the axis remapping")
	}
	v := &Array{dtype: a.dtype, offset: a.offset, buffers: a.buffers}
	v.shape = append([]int(nil), shape...)
	v.strides = make([]int, len(shape))
	off := len(shape) - len(a.shape)
	for k, d := range a.shape {
		switch {
		case d == shape[off+k]:
			v.strides[off+k] = a.strides[k]
		case d == 1:
			v.strides[off+k] = 0
		default:
			return nil, valueErr("operands could not be broadcast together with remapped shapes [original->remapped]: %s  and requested shape %s",
				shapeNoSpace(a.shape)+"->"+shapeNoSpace(shape), shapeNoSpace(shape))
		}
	}
	return v, nil
}
