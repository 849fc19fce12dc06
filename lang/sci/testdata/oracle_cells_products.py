import numpy as np
A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
np.trace(A)
# ---
import numpy as np
np.trace(np.array([[1.5, 2.0], [3.0, 4.25]]))
# ---
import numpy as np
np.trace(np.array([[1+2j, 3], [4, 5j]]))
# ---
import numpy as np
np.trace(np.array([[True, False], [True, True]]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
t = np.arange(24).reshape(2, 3, 4)
show(lambda: np.trace(a))
show(lambda: np.trace(a, 1))
show(lambda: np.trace(a, offset=-1))
show(lambda: np.trace(a, offset=5))
show(lambda: np.trace(a, offset=-5))
show(lambda: np.trace(t))
show(lambda: np.trace(t, 1, 1, 2))
show(lambda: np.trace(t, axis1=2, axis2=0))
show(lambda: np.trace(t, offset=-1, axis1=0, axis2=2))
show(lambda: np.trace(t, axis1=-1, axis2=-2))
show(lambda: np.trace(np.zeros((0, 0))))
show(lambda: np.trace(np.zeros((0, 0), dtype=bool)))
show(lambda: np.trace(np.zeros((2, 0, 3))))
show(lambda: np.trace(np.matrix([[1, 2], [3, 4]])))
show(lambda: np.trace([[1, 2], [3, 4]]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
f = np.array([[1.5, 2.0], [3.0, 4.75]])
show(lambda: np.trace(np.eye(3), dtype=int))
show(lambda: np.trace(f, dtype=int))
show(lambda: np.trace(f, dtype=bool))
show(lambda: np.trace(a, dtype=complex))
show(lambda: np.trace(a, dtype=np.float64))
show(lambda: np.trace(a, dtype=None))
show(lambda: np.trace(np.array([[True, True], [False, True]]), dtype=bool))
show(lambda: np.trace(np.array([[1+2j, 3], [4, 5j]]), dtype=float))
show(lambda: np.trace(a, out=None))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
show(lambda: np.trace([1, 2]))
show(lambda: np.trace(5))
show(lambda: np.trace([1, 2], axis1=5))
show(lambda: np.trace(a, axis1=0, axis2=0))
show(lambda: np.trace(a, axis1=1, axis2=-1))
show(lambda: np.trace(a, axis1=2))
show(lambda: np.trace(a, axis2=-3))
show(lambda: np.trace(a, axis1=5, axis2=5))
show(lambda: np.trace(a, 1.5))
# ---
import numpy as np
np.trace(np.arange(6).reshape(2, 3), axis1=0, axis2=0)
# ---
import numpy as np
np.outer([1, 2, 3], [4, 5])
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
show(lambda: np.outer(5, [1, 2]))
show(lambda: np.outer([], [1, 2]))
show(lambda: np.outer([True, False], [True, True]))
show(lambda: np.outer(a, [1j, 2]))
show(lambda: np.outer([0.5, 1.5], [2, 4]))
show(lambda: np.outer(np.matrix([[1, 2], [3, 4]]), [1, -1]))
show(lambda: np.outer(a=[1, 2], b=[3]))
show(lambda: np.outer([1, 2], [3], out=None))
# ---
import numpy as np
np.kron(np.eye(2), np.array([[1, 2], [3, 4]]))
# ---
import numpy as np
m = np.matrix([[1, 2], [3, 4]])
show(lambda: np.kron(2, 3))
show(lambda: np.kron(2.5, 2))
show(lambda: np.kron([1, 2], 3))
show(lambda: np.kron(3, [[1, 2]]))
show(lambda: np.kron([1, 10], [1, 2, 3]))
show(lambda: np.kron([1, 2], [[1, 2], [3, 4]]))
show(lambda: np.kron([[1, 2], [3, 4]], [1, 2]))
show(lambda: np.kron(np.ones((2, 1, 2)), [[1, 2]]))
show(lambda: np.kron(np.arange(8).reshape(2, 2, 2), np.array([[1, -1], [1j, 0]])))
show(lambda: np.kron([True, False], [True, True]))
show(lambda: np.kron([True, False], [2, 3]))
show(lambda: np.kron([], [1, 2]))
show(lambda: np.kron(np.zeros((0, 2)), np.ones((2, 2))))
show(lambda: np.kron(m, m))
show(lambda: np.kron(m, 2))
show(lambda: np.kron(2, m))
show(lambda: np.kron(m, [1, 2]))
show(lambda: np.kron(m, np.ones((2, 2, 2))))
# ---
import numpy as np
np.cross([1, 0, 0], [0, 1, 0])
# ---
import numpy as np
x = np.array([[1, 2, 3], [4, 5, 6]])
y = np.array([[7, 8, 9], [1, 0, -1]])
print(np.cross(x, y))
print(np.cross(x, [1, 1, 1]))
print(np.cross([1.5, 2, 3], [4, 5j, 6]))
print(np.cross(x.T, y.T, axis=0))
print(np.cross(x, y.T, axisb=0))
print(np.cross(x, y, axisc=0))
print(np.cross(np.zeros((0, 3)), [1, 2, 3]))
np.cross(x.T, y, axisa=0, axisc=-2)
# ---
import numpy as np
show(lambda: np.cross([1, 2], [3, 4]))
show(lambda: np.cross([1, 2, 3], [4, 5]))
show(lambda: np.cross([1, 2], [4, 5, 6]))
show(lambda: np.cross([[1, 2], [3, 4], [5, 6]], [[1, 2], [3, 5], [5, 6]], axis=0))
show(lambda: np.cross([[1, 2], [3, 4], [5, 6]], [[1, 2], [3, 5], [5, 6]], axisa=0, axisb=0))
show(lambda: np.cross([[1, 2], [3, 4]], [5, 7]))
show(lambda: np.cross([1, 2], [4, 5], axisc=5))
show(lambda: np.cross([1, 2], [4, 5, 6], axisc=-1))
show(lambda: np.cross(np.matrix([[1, 2, 3]]), np.matrix([[0, 1, 0]])))
# ---
import numpy as np
show(lambda: np.cross([1, 2, 3, 4], [1, 2, 3]))
show(lambda: np.cross([], []))
show(lambda: np.cross(1, [1, 2, 3]))
show(lambda: np.cross([1, 2, 3], [4, 5, 6], axisa=1))
show(lambda: np.cross([[1, 2, 3]], [4, 5, 6], axisb=-2))
show(lambda: np.cross([1, 2, 3], [4, 5, 6], axisc=5))
show(lambda: np.cross([[1, 2, 3]], [[4, 5, 6]], axisc=2))
show(lambda: np.cross([1, 2, 3], [4, 5, 6], axis=1))
show(lambda: np.cross([[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [1, 1, 1], [2, 2, 2]]))
show(lambda: np.cross(np.arange(6).reshape(3, 2), np.arange(6).reshape(3, 2), axisa=0))
show(lambda: np.cross([True, False, True], [True, True, False]))
show(lambda: np.cross([True, False], [True, True]))
show(lambda: np.cross([True, False, True], [True, True]))
show(lambda: np.cross([True, False], [True, True, True]))
# ---
import numpy as np
np.cross([1, 2, 3, 4], [1, 2, 3])
# ---
import numpy as np
np.vdot([1, 2], [3, 4])
# ---
import numpy as np
np.vdot(np.array([1+2j, 3-1j]), np.array([2j, 1]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
show(lambda: np.vdot([1j, 2], [3, 4j]))
show(lambda: np.vdot([3, 4j], [1j, 2]))
show(lambda: np.vdot([True, False], [True, True]))
show(lambda: np.vdot([False, False], [True, True]))
show(lambda: np.vdot(a, a))
show(lambda: np.vdot(a, a.T))
show(lambda: np.vdot(2, 3))
show(lambda: np.vdot([], []))
show(lambda: np.vdot([0.5, 1.5], [2, 4]))
show(lambda: np.vdot(np.array([[1j, 2], [3, 4]]), np.array([[1, 1j], [1, 1]])))
show(lambda: np.vdot([1, 2], [3, 4, 5]))
show(lambda: np.vdot([1, 2, 3], [1, 2]))
show(lambda: np.vdot(5, [1, 2]))
# ---
import numpy as np
np.vdot([1, 2], [3, 4, 5])
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
np.inner(a, a)
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
m = np.matrix([[1, 2], [3, 4]])
show(lambda: np.inner([1, 2], [3, 4]))
show(lambda: np.inner([1j, 2], [1j, 2]))
show(lambda: np.inner([True], [True]))
show(lambda: np.inner([True, False], [False, True]))
show(lambda: np.inner([], []))
show(lambda: np.inner(2, a))
show(lambda: np.inner(a, 2.5))
show(lambda: np.inner(a, [1, 0, -1]))
show(lambda: np.inner(np.arange(24).reshape(2, 3, 4), np.arange(8).reshape(2, 4)))
show(lambda: np.inner(np.array([1j, 2]), np.array([[1, 1j], [1, 1]])))
show(lambda: np.inner(np.zeros((2, 0)), np.zeros((3, 0))))
show(lambda: np.inner(m, m))
show(lambda: np.inner(m, [1, 2]))
show(lambda: np.inner([1, 2], m))
show(lambda: np.inner(m, 2))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
show(lambda: np.inner(a, [1, 2]))
show(lambda: np.inner(a, np.ones((2, 2))))
show(lambda: np.inner(np.ones((2, 2)), a))
show(lambda: np.inner(np.ones((4,)), a))
show(lambda: np.inner(np.ones(5), np.ones((2, 3, 4))))
show(lambda: np.inner(np.ones((6, 7, 5)), np.ones((2, 3, 4, 4))))
# ---
import numpy as np
np.inner(np.ones((2, 3)), [1, 2])
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
np.tensordot(a, b, 1)
# ---
import numpy as np
a = np.arange(60.).reshape(3, 4, 5)
b = np.arange(24.).reshape(4, 3, 2)
np.tensordot(a, b, axes=([1, 0], [0, 1]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
show(lambda: np.tensordot(a, a))
show(lambda: np.tensordot(a, b, axes=([1], [0])))
show(lambda: np.tensordot(a, b, axes=(1, 0)))
show(lambda: np.tensordot(a, b, axes=[[1], [0]]))
show(lambda: np.tensordot(a, b, axes=(-1, -2)))
show(lambda: np.tensordot(a, b, axes=0).shape)
show(lambda: np.tensordot(a, b, axes=-1).shape)
show(lambda: np.tensordot(a, b, axes=([], [])).shape)
show(lambda: np.tensordot([1, 2], [3, 4], axes=([0], [0])))
show(lambda: np.tensordot([1, 2], [3, 4], axes=1))
show(lambda: np.tensordot(2, 3, 0))
show(lambda: np.tensordot(np.arange(24).reshape(2, 3, 4), np.arange(12).reshape(4, 3), axes=([1, 2], [1, 0])))
show(lambda: np.tensordot([1j, 2], [[1, 1j], [2, 0]], 1))
show(lambda: np.tensordot([True, False], [[True], [True]], 1))
show(lambda: np.tensordot(np.zeros((2, 0)), np.zeros((0, 3)), 1))
show(lambda: np.tensordot(np.matrix([[1, 2], [3, 4]]), np.matrix([[1, 2], [3, 4]]), 1))
show(lambda: np.tensordot(a, b, axes=True))
show(lambda: np.tensordot(a, b, axes=np.array([1, 0])))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
show(lambda: np.tensordot(a, b))
show(lambda: np.tensordot(a, b, axes=3))
show(lambda: np.tensordot(a, b, axes=(1, 1)))
show(lambda: np.tensordot(a, b, axes=(5, 0)))
show(lambda: np.tensordot(a, b, axes=(1, 5)))
show(lambda: np.tensordot(a, b, axes=([1, 1], [0, 0])))
show(lambda: np.tensordot(a, b, axes=(1, 2, 3)))
show(lambda: np.tensordot(a, b, axes=([1],)))
show(lambda: np.tensordot(a, b, axes=[]))
show(lambda: np.tensordot(a, b, axes=1.5))
show(lambda: np.tensordot(a, b, axes=None))
show(lambda: np.tensordot(a, a, axes=([0, 1], [1])))
show(lambda: np.tensordot(a, a, axes=([0, 1], [1, -1])))
show(lambda: np.tensordot(a, a, axes=([1, -1], [1, 0])))
show(lambda: np.tensordot(a, a, axes=([0.5], [1])))
show(lambda: np.tensordot(a, a, axes='ab'))
# ---
import numpy as np
np.tensordot(np.ones((2, 3)), np.ones((3, 4)))
# ---
import numpy as np
A = np.arange(1, 10).reshape(3, 3)
print(np.triu(A))
print(np.tril(A))
print(np.triu(A, 1))
print(np.tril(A, -1))
np.triu(A, k=-1)
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
show(lambda: np.triu(a))
show(lambda: np.tril(a, k=10))
show(lambda: np.triu(a, k=-10))
show(lambda: np.tril(a, 1))
show(lambda: np.triu(np.arange(24).reshape(2, 3, 4)))
show(lambda: np.tril(np.arange(24).reshape(2, 3, 4), -1))
show(lambda: np.tril([True, True]))
show(lambda: np.triu([1, 2, 3]))
show(lambda: np.triu([1.5, 2.5], 1))
show(lambda: np.tril([[1j, 2], [3, 4]], -5))
show(lambda: np.tril([[1j, 2], [3, 4]]))
show(lambda: np.tril(np.zeros((0, 3))))
show(lambda: np.triu(np.zeros((2, 0))))
show(lambda: np.triu([]))
show(lambda: np.triu(np.matrix([[1, 2], [3, 4]])))
show(lambda: np.tril(m=[[1, 2], [3, 4]], k=0))
show(lambda: np.tril(5))
show(lambda: np.triu(np.float64(2.5)))
# ---
import numpy as np
np.tril(5)
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
np.einsum('ij,jk->ik', a, b)
# ---
import numpy as np
S = np.arange(9).reshape(3, 3)
print(np.einsum('ii', S))
print(np.einsum('ii->i', S))
print(np.einsum('ij->ji', S))
print(np.einsum('ij->', S))
print(np.einsum('ij->j', S))
print(np.einsum('ij->i', S))
np.einsum('ii', S)
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
show(lambda: np.einsum('ij,jk', a, b))
show(lambda: np.einsum('ij', a))
show(lambda: np.einsum('ji', a))
show(lambda: np.einsum('ij->ij', a))
show(lambda: np.einsum('i,j', [1, 2], [3, 4]))
show(lambda: np.einsum('i,j->ji', [1, 2], [3, 4, 5]))
show(lambda: np.einsum('i,i', [1, 2], [3, 4]))
show(lambda: np.einsum('i,i->', [1, 2], [3, 4]))
show(lambda: np.einsum('i,i->i', [1, 2], [3, 4]))
show(lambda: np.einsum('ij,ij', a, a))
show(lambda: np.einsum('ij,ij->ij', a, a))
show(lambda: np.einsum('ij,kj->ik', a, a))
show(lambda: np.einsum('ij,j', a, [1, 0, -1]))
show(lambda: np.einsum('ij,i->j', a, [1, -1]))
show(lambda: np.einsum('Bi,iA', a, b))
show(lambda: np.einsum('iJ,Jk', a, b))
show(lambda: np.einsum('ij,jk,kl->il', a, b, np.ones((4, 2))))
show(lambda: np.einsum('ij,jk,kl', a, b, np.arange(8).reshape(4, 2)))
show(lambda: np.einsum('ij,jk,ki->', a, b, np.arange(8).reshape(4, 2)))
show(lambda: np.einsum('i,j,k->ijk', [1, 2], [1, 10], [1, 100, 1000]))
show(lambda: np.einsum('ij ,jk->ik', a, b))
show(lambda: np.einsum(' i j -> j i ', a))
# ---
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = np.arange(40).reshape(2, 4, 5)
show(lambda: np.einsum('bij,bjk->bik', x, y))
show(lambda: np.einsum('bij,bjk', x, y))
show(lambda: np.einsum('bij,bjk->b', x, y))
show(lambda: np.einsum('bij,bjk->kib', x, y))
show(lambda: np.einsum('ijk->kji', x))
show(lambda: np.einsum('ijk->j', x))
show(lambda: np.einsum('iij->ij', np.arange(8).reshape(2, 2, 2)))
show(lambda: np.einsum('iii', np.arange(8).reshape(2, 2, 2)))
show(lambda: np.einsum('iji->j', np.arange(12).reshape(2, 3, 2)))
show(lambda: np.einsum('ii,ij->j', np.arange(4).reshape(2, 2), np.arange(6).reshape(2, 3)))
show(lambda: np.einsum('ij,ij,ij->', x[0], x[1], x[0]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
x = np.arange(24).reshape(2, 3, 4)
show(lambda: np.einsum('...ij,...jk', np.ones((2, 2, 3)), np.ones((3, 2))))
show(lambda: np.einsum('...ij,...jk->...ik', x, np.arange(8).reshape(4, 2)))
show(lambda: np.einsum('i...->...', a))
show(lambda: np.einsum('...', a))
show(lambda: np.einsum('i...', a))
show(lambda: np.einsum('ij...', a))
show(lambda: np.einsum('...ii->...i', np.arange(18).reshape(2, 3, 3)))
show(lambda: np.einsum('...ii', np.arange(18).reshape(2, 3, 3)))
show(lambda: np.einsum('...,...', 5, [1, 2]))
show(lambda: np.einsum('i...,i...', a, a))
show(lambda: np.einsum('...i,...i->...', np.ones((2, 1, 3)), np.ones((4, 3))))
show(lambda: np.einsum('...i,i...->...', x, np.arange(12).reshape(4, 3)))
show(lambda: np.einsum('ij...,jk...->ik...', np.ones((2, 3, 5)), np.ones((3, 4, 5))).shape)
# ---
import numpy as np
bb = np.array([[True, False], [True, True]])
c = np.array([[1+2j, 3], [4, -1j]])
show(lambda: np.einsum('ii', bb))
show(lambda: np.einsum('ij->', bb))
show(lambda: np.einsum('ij->', ~bb & bb))
show(lambda: np.einsum('ij,jk', bb, bb))
show(lambda: np.einsum('ij,jk', bb, [[1, 2], [3, 4]]))
show(lambda: np.einsum('ij,k->k', bb, [1, 2]))
show(lambda: np.einsum('i', bb[0]))
show(lambda: np.einsum('i->', [1j, 2]))
show(lambda: np.einsum('ij,jk', c, c))
show(lambda: np.einsum('ii', c))
show(lambda: np.einsum('ij->ji', c))
show(lambda: np.einsum('ij,jk', np.array([[0.5, 1.5], [2, 4]]), c))
show(lambda: np.einsum('i,i', [0.5, 0.25], [2, 4]))
show(lambda: np.einsum('ij,j', [[1, 2], [3, 4]], [0.5, 1.0]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
show(lambda: np.einsum('', 5))
show(lambda: np.einsum('->', 5))
show(lambda: np.einsum(',', 5, 6))
show(lambda: np.einsum('i,', [1, 2], 6))
show(lambda: np.einsum('ii->', np.zeros((0, 0))))
show(lambda: np.einsum('ij,jk', np.zeros((2, 0)), np.zeros((0, 3))))
show(lambda: np.einsum('ij,jk->ik', np.zeros((0, 2)), np.ones((2, 3))))
show(lambda: np.einsum('i,i', [1], [1, 2, 3]))
show(lambda: np.einsum('ij,j', a, [1]))
show(lambda: np.einsum('ij,jk->ik', np.ones((2, 3)), np.ones((1, 4))))
show(lambda: np.einsum('ij', np.matrix([[1, 2], [3, 4]])))
show(lambda: np.einsum('ij,jk', np.matrix([[1, 2], [3, 4]]), [[1], [1]]))
show(lambda: np.einsum('ij,jk', a, a.T, optimize=True))
show(lambda: np.einsum('ij,jk', a, a.T, optimize='greedy'))
show(lambda: np.einsum('ij', a, order='C'))
show(lambda: np.einsum('ij,jk', a, a.T, out=None, dtype=None, casting='safe'))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
show(lambda: np.einsum(a, [0, 1], b, [1, 2]))
show(lambda: np.einsum(a, [0, 1], b, [1, 2], [2, 0]))
show(lambda: np.einsum(a, [0, 1], b, [1, 2], [2]))
show(lambda: np.einsum(a, [0, Ellipsis]))
show(lambda: np.einsum(a, [26, 27]))
show(lambda: np.einsum(a, (0, 1)))
show(lambda: np.einsum(a, [Ellipsis, 1], [1]))
show(lambda: np.einsum(a, [0, 52]))
show(lambda: np.einsum(a, [0, -1]))
show(lambda: np.einsum(a, [0, 1.5]))
show(lambda: np.einsum(a, [0, 'a']))
show(lambda: np.einsum(a, [0, 1], b))
show(lambda: np.einsum(a, [0, 1], [1, 1]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
show(lambda: np.einsum('ij,jk', a))
show(lambda: np.einsum('ij', a, b))
show(lambda: np.einsum('ij,jk', a, a))
show(lambda: np.einsum('ijk', a))
show(lambda: np.einsum('i', a))
show(lambda: np.einsum('ij->k', a))
show(lambda: np.einsum('ij->ii', a))
show(lambda: np.einsum('ij->ijj', a))
show(lambda: np.einsum('i,i', [1, 2], [1, 2, 3]))
show(lambda: np.einsum('i2', a))
show(lambda: np.einsum('ij->i->j', a))
show(lambda: np.einsum('ij-', a))
show(lambda: np.einsum('ij->i.', a))
show(lambda: np.einsum('..i', a))
show(lambda: np.einsum('i.j', a))
show(lambda: np.einsum('...i...', a))
show(lambda: np.einsum('ij->...', a))
show(lambda: np.einsum('...i->i', a))
show(lambda: np.einsum('ii', a))
show(lambda: np.einsum('i,i', 5, [1, 2]))
show(lambda: np.einsum(a))
show(lambda: np.einsum())
show(lambda: np.einsum('ij'))
show(lambda: np.einsum(5, a))
show(lambda: np.einsum('ij', a, foo=1))
show(lambda: np.einsum('ij', a, order='X'))
show(lambda: np.einsum('ijk,jl->ikl', np.ones((2, 3, 4)), np.ones((2, 5))))
show(lambda: np.einsum('ij,jk,kl->il', a, b, np.ones((3, 2))))
show(lambda: np.einsum('...ij,...jk', np.ones((2, 2, 3)), np.ones((4, 3, 2))))
show(lambda: np.einsum('ijj->i', np.ones((2, 3, 4))))
show(lambda: np.einsum('ij,jk', [[1, 2], [3]], a))
# ---
import numpy as np
np.einsum('ij,jk', np.ones((2, 3)), np.ones((2, 3)))
# ---
import numpy as np
np.einsum('ij->k', np.ones((2, 3)))
# ---
import numpy as np
a=np.array([-1.,2]); b=np.array([0.,1])
print(repr(np.einsum('i,j', a, b)), repr(np.einsum('i,i->i', a, b)), repr(np.einsum('i->i', np.array([-0.]))), repr(np.einsum('ij->', np.array([[-0.]]))))
print(repr(np.einsum('i,j', -np.ones(100), np.zeros(100))[0,:3]), repr(np.einsum('ii->i', np.array([[-0.]]))), repr(np.einsum('i,j', a*1j, b)))
print(repr(np.outer([-1.],[0.])), repr(np.kron([-1.],[0.])), repr(np.trace(np.array([[-0.]]))), repr(np.vdot([-1.],[0.])), repr(np.cross([-1.,0,0],[0.,0,0])))
print(repr(np.triu(np.array([[-0., -0.], [-0., -0.]]))), repr(np.einsum('ij,jk', np.array([[-1.]]), np.array([[0.]]))))
# ---
import numpy as np
x = np.ones((100, 100))
print(np.einsum('ab,cd,ac,bd->', x, x, x, x))
print(np.einsum('i,j,k,l->', *[np.arange(50.)] * 4))
print(np.einsum('ij,jk,kl,lm->im', *[np.eye(30)] * 4).trace())
# ---
import numpy as np
np.einsum('ab,cd->abcd', np.ones((3000, 3000)), np.ones((3000, 3000)))
# ---
import numpy as np
big = np.ones(10**7)
show(lambda: np.outer(big, big))
show(lambda: np.kron(big, big))
show(lambda: np.inner(big[:, None], big[:, None]))
show(lambda: np.tensordot(big, big, 0))
show(lambda: np.cross(np.ones((10**7, 1, 3)), np.ones((10**7, 3))))
show(lambda: np.triu(big))
show(lambda: np.linalg.outer(big, big))
# ---
import numpy as np
show(lambda: np.einsum('iai->ai', np.arange(18).reshape(3, 3, 2)))
show(lambda: np.einsum('ikk', np.arange(18).reshape(3, 3, 2)))
show(lambda: np.einsum('ikk', np.arange(18).reshape(2, 3, 3)))
show(lambda: np.einsum('iai->ia', np.arange(12).reshape(2, 3, 2)))
# ---
import numpy as np
for c in ['no', 'equiv', 'safe', 'same_kind', 'unsafe', 'bad', 5]:
    for ops in [(np.arange(2), np.ones(2)), (np.ones(2), np.arange(2)), (np.ones(2), np.ones(2)), (np.array([True, False]), np.arange(2))]:
        show(lambda: np.einsum('i,i', *ops, casting=c))
# ---
import numpy as np
a = np.arange(4).reshape(2, 2)
show(lambda: np.einsum('ij,jk', a, a, dtype=float))
show(lambda: np.einsum('ij,jk', a * 1., a, dtype=int))
show(lambda: np.einsum('ij,jk', a * 1., a, dtype=int, casting='unsafe'))
show(lambda: np.einsum('ij', a, dtype=float))
show(lambda: np.einsum('ji', a * 1.5, dtype=int))
show(lambda: np.einsum('ii->i', a, dtype=float))
show(lambda: np.einsum('ij->', a, dtype=float))
show(lambda: np.einsum('ij->', a * 1.5, dtype=int))
show(lambda: np.einsum('ij->', a * 1.5, dtype=bool, casting='unsafe'))
show(lambda: np.einsum('ij->', a * 1.5, dtype=int, casting='unsafe'))
show(lambda: np.einsum('ij,jk', a * 1., a, dtype=int, casting='no'))
show(lambda: np.einsum('ij,jk', a, a, dtype=complex, casting='no'))
show(lambda: np.einsum('ij,jk', a, a, dtype=complex, casting='same_kind'))
show(lambda: np.einsum('ij,jk', a, a, dtype=None))
show(lambda: np.einsum('i,i', [True, True], [True, False], dtype=int))
# ---
import numpy as np
show(lambda: np.vdot([1]))
show(lambda: np.vdot([1], [2], [3]))
show(lambda: np.inner([1]))
show(lambda: np.inner(a=[1], b=[2]))
show(lambda: np.inner([1], b=[2]))
show(lambda: np.vdot(b=[1], a=[2]))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
show(lambda: np.tensordot(a, b, axes=np.int64(1)))
show(lambda: np.tensordot(a, b, axes=(np.array([1]), np.array([0]))))
show(lambda: np.tensordot(a, b, axes=((1,), [0])))
show(lambda: np.tensordot(a, b, axes=(range(1, 2), range(1))))
show(lambda: np.cross([[1, 2, 3]], [[4, 5, 6]], axis=np.int64(1)))
show(lambda: np.trace(a, np.int64(1)))
show(lambda: np.trace(a, True))
show(lambda: np.triu(a, np.int64(1)))
show(lambda: np.einsum(b'ij', a))
show(lambda: np.einsum(a, np.array([0, 1])))
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
show(lambda: np.tensordot(a, a.T, 10**15))
show(lambda: np.tensordot(a, a.T, -10**15).shape)
show(lambda: np.tensordot(a, a.T, 3))
show(lambda: np.trace(a, 10**15))
show(lambda: np.trace(a, -10**15))
show(lambda: np.triu(a, 10**15))
show(lambda: np.tril(a, -10**15))
