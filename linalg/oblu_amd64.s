//go:build !purego

#include "textflag.h"

// func obGemv4x4(m1 int, a0, a1, a2, a3, y *float64, x *[4]float64)
//
// dgemv_n's Haswell 4×4 kernel with α = -1 on m1 rows (a multiple of
// four): y -= fma(a2, x2, a0·x0) + fma(a3, x3, a1·x1), four rows a step.
TEXT ·obGemv4x4(SB), NOSPLIT, $0-56
	MOVQ m1+0(FP), CX
	MOVQ a0+8(FP), R8
	MOVQ a1+16(FP), R9
	MOVQ a2+24(FP), R10
	MOVQ a3+32(FP), R11
	MOVQ y+40(FP), DI
	MOVQ x+48(FP), SI
	VBROADCASTSD 0(SI), Y0
	VBROADCASTSD 8(SI), Y1
	VBROADCASTSD 16(SI), Y2
	VBROADCASTSD 24(SI), Y3
	XORQ AX, AX

loop:
	CMPQ AX, CX
	JGE  done
	VMULPD      (R8)(AX*8), Y0, Y4
	VFMADD231PD (R10)(AX*8), Y2, Y4
	VMULPD      (R9)(AX*8), Y1, Y5
	VFMADD231PD (R11)(AX*8), Y3, Y5
	VADDPD      Y5, Y4, Y4
	VMOVUPD     (DI)(AX*8), Y6
	VSUBPD      Y4, Y6, Y6
	VMOVUPD     Y6, (DI)(AX*8)
	ADDQ        $4, AX
	JMP         loop

done:
	VZEROUPPER
	RET
