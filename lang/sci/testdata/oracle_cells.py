import numpy
value_a = numpy.array([[52, 22], [43, 24]])
print('Given Matrix: \n',value_a)
inv_a = numpy.linalg.inv(value_a)
print('Inverse Matrix: \n',inv_a)
# ---
import numpy
value_1 = numpy.array([[52, 32, 14], [24, 25, 36], [27, 28, 29]])
print('Given Matrix: \n',value_1)
inv_1 = numpy.linalg.inv(value_1)
print('\nInverse Matrix: \n',inv_1)
# ---
import numpy
matrx_1 = numpy.array([[1, 2], [2, 4]])
inv_1 = numpy.linalg.inv(matrx_1)
print(inv_1)
# ---
import numpy
from scipy import linalg
value_a = numpy.matrix([[27, 32,],[43, -25]])
print('Given Matrix: \n',value_a)
value_b = linalg.inv(value_a)
print('\nInverse Matrix: \n',value_b)
# ---
import numpy as np
A = np.array([[4, 7], [2, 6]])
A_inv = np.linalg.inv(A)
A_inv
# ---
import numpy as np
np.array([[1, 2], [3, 4]])
# ---
import numpy as np
np.matrix([[1, 2], [3, 4]])
# ---
1 + 2
# ---
x = 5
x
# ---
x = 5;
x;
# ---
None
# ---
print(1, 2, 3, sep=', ', end='!\n')
# ---
print('a\tb\\n', "it's", 'say "hi"')
# ---
print(repr('a\tb'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
# ---
0.1 + 0.2
# ---
[1.0, 1e16, 1e-5, 1.5e-7, 123456789.0, 1e22, 0.0001, -0.0, 2.5e300]
# ---
print(1/3, 2/3, 10/4, 1e100, float('inf'), -float('inf'), float('nan'))
# ---
2 ** 100
# ---
print(2 ** 64 - 1, -2 ** 63, 10 ** 30 // 7, (10 ** 30) % 7, -(2**70))
# ---
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** -1, 3 ** 0.5)
# ---
1 / 0
# ---
1 // 0
# ---
1 % 0
# ---
1.0 / 0
# ---
undefined_name
# ---
import pandas
# ---
'a' + 1
# ---
1 + 'a'
# ---
[1, 2, 3][5]
# ---
{'a': 1}['b']
# ---
x, y = 1, 2, 3
# ---
x, y = [1]
# ---
a, *b, c = range(6)
print(a, b, c)
# ---
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
# ---
def f(a, b):
    pass
f(1)
# ---
def f(a, b):
    pass
f(1, 2, 3)
# ---
def f(a, b=1):
    pass
f(1, 2, 3)
# ---
def f(a):
    pass
f(b=1)
# ---
def f(a):
    pass
f(1, a=1)
# ---
def f(a, b, c):
    pass
f()
# ---
def f():
    y
    y = 1
f()
# ---
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
# ---
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
[fib(i) for i in range(15)]
# ---
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
else:
    print('done')
# ---
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print('no break', n)
# ---
x = 7
if x < 5:
    print('small')
elif x < 10:
    print('medium')
else:
    print('large')
# ---
squares = {x: x * x for x in range(5)}
print(squares)
print({x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
print(sum(x for x in range(10) if x % 2))
# ---
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e)
else:
    print('no')
finally:
    print('finally')
# ---
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
# ---
try:
    raise ValueError('bad value')
except Exception as e:
    print(repr(e), e.args)
# ---
raise ValueError('boom')
# ---
try:
    {}['k']
except LookupError as e:
    raise RuntimeError('wrapped') from e
# ---
assert 1 == 2, 'one is not two'
# ---
assert False
# ---
def g():
    try:
        return 'try'
    finally:
        print('cleanup')
g()
# ---
f = lambda x, y=2: x * y
print(f(3), f(3, 4), (lambda: 'no args')())
# ---
name = 'World'
pi = 3.14159265
print(f'Hello {name}! pi={pi:.3f} {pi:10.2f}| {name!r} {name:>8}|{42:05d} {255:x} {255:#b} {1234567:,}')
# ---
x = 10
print(f'{x=} {x + 1 = } {x*2!r:>5}')
# ---
print(f"{'nested'} {[1, 2][0]} {{literal}} {3.0:g} {1e-7:g} {0.5:%} {12345.678:e}")
# ---
print('{} {} {}'.format(1, 'a', 2.5), '{1} {0}'.format('a', 'b'), '{x:.2f}'.format(x=3.14159))
# ---
print('%d %s %.2f %5.1f %-5d| %x %r' % (42, 'hi', 3.14159, 2.5, 7, 255, 'q'))
# ---
print(format(3.14159, '.2f'), format(42, '08b'), format('s', '^7'), format(1234.5, ',.1f'))
# ---
print(len([1, 2]), len('héllo'), len({1: 2}), len(range(10)))
# ---
print(abs(-3), abs(-2.5), abs(3+4j), round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
# ---
print(min(3, 1, 2), max([4, 9, 2]), min('abc'), max([1, 5], key=lambda v: -v), sum([1, 2, 3], 10))
# ---
print(sorted([3, 1, 2]), sorted('cba', reverse=True), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
# ---
print(list(reversed([1, 2, 3])), list(enumerate('ab', 1)), list(zip([1, 2], 'ab', [True, False])))
# ---
print(list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, '', 'a'])), any([0, 1]), all([]))
# ---
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance('a', str), type(1), type('a').__name__)
# ---
print(int('42'), int(3.9), int(-3.9), float('1.5'), complex(1, 2), bool(0), str(12), int('ff', 16), int('0b101', 0))
# ---
int('abc')
# ---
float('x1')
# ---
print(list('abc'), tuple([1, 2]), dict(a=1, b=2), set([1, 1, 2]), list(range(2, 10, 3)), dict([(1, 2)]))
# ---
print(hex(255), oct(8), bin(5), chr(65), ord('a'), divmod(7, 2), divmod(-7, 2), pow(2, 10), pow(2, 10, 1000))
# ---
s = '  Hello, World  '
print(s.strip(), s.lower(), s.upper(), s.replace('l', 'L'), s.split(','), s.strip().startswith('Hello'), s.find('o'))
# ---
print('-'.join(['a', 'b', 'c']), 'a,b,,c'.split(','), 'a b  c'.split(), 'x'.center(5, '*'), '42'.zfill(5), 'abc'.title())
# ---
print('abc'[1], 'abcdef'[1:4], 'abcdef'[::-1], 'abcdef'[-2:], [1, 2, 3, 4][::2], (1, 2, 3)[-1])
# ---
l = [1, 2, 3]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.remove(3)
print(l, l.pop(), l.pop(0), l.index(4), l.count(2), l)
# ---
l = [5, 2, 8, 1]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l[1:3] = ['a', 'b', 'c']
print(l)
del l[0]
print(l)
# ---
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get('z'), d.get('z', 0), 'a' in d)
print(d.pop('a'), d, d.setdefault('e', 5), d)
for k, v in d.items():
    print(k, v)
# ---
s = {1, 2, 3}
t = {2, 3, 4}
print(s | t, s & t, s - t, s ^ t, 2 in s, s <= {1, 2, 3, 4})
# ---
t = (1, 2, 3)
t[0] = 5
# ---
print((1,), (), (1, 2), [(1,)], {'k': (1,)}, [[]], {1: [2, {3: 4}]})
# ---
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 'a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2), None is None, 1 is not None)
# ---
1 < 'a'
# ---
print(True + True, True * 3, 3 / 2, 3 // 2, -3 // 2, 2 ** 0.5, 10 ** -2, 0.1 * 3, 1e308 * 10)
# ---
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, not 0, not [], [] or 'default')
# ---
x = 5
x += 2
x *= 3
x -= 1
x //= 3
x **= 2
x %= 7
print(x)
# ---
big = 1
for i in range(1, 26):
    big *= i
print(big, big // 10**20, big % 1000, -big)
# ---
print(3 + 4j, (1 + 2j) * (3 - 1j), abs(1j), (1j) ** 2, complex(0, 0), 1j.real, (2+3j).imag, (1+2j).conjugate())
# ---
def outer():
    count = 0
    def inner():
        nonlocal count
        count += 1
        return count
    inner()
    inner()
    return inner()
outer()
# ---
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
total
# ---
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
[f(10) for f in make_adders()]
# ---
def f(*args, **kwargs):
    return args, kwargs
f(1, 2, *[3, 4], x=1, **{'y': 2})
# ---
nums = [3, 1, 4, 1, 5, 9, 2, 6]
evens = [n for n in nums if n % 2 == 0]
print(evens, max(nums), nums.index(9), sorted(set(nums)))
# ---
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(3)]
transposed
# ---
words = ['apple', 'banana', 'cherry']
{w: len(w) for w in words}
# ---
list(range(40))
# ---
{i: str(i) * 3 for i in range(12)}
# ---
x = [1, 2, 3]
x[10]
# ---
'abc'.foo
# ---
None + 1
# ---
len(5)
# ---
max([])
# ---
[1, 2, 3].index(7)
# ---
x = 1
x()
# ---
def r(n):
    return r(n + 1)
r(0)
# ---
print "hello"
# ---
if True
    print(1)
# ---
for i in range(3):
print(i)
# ---
x = 1
  y = 2
# ---
print(')
# ---
[1 2 3]
# ---
f(a=1, 2)
# ---
1 = x
# ---
return 5
# ---
break
# ---
import math
print(math.sqrt(16), math.pi, math.floor(2.7), math.ceil(2.1), math.log(math.e), math.log10(1000), math.exp(0), math.factorial(10))
# ---
import math
math.sqrt(-1)
# ---
import math
print(math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.gcd(12, 18), math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
# ---
import numpy as np
A = np.array([[1, 2], [3, 4]])
print(A.shape, A.ndim, A.size, A.dtype, A.T)
print(A * 2, A + A, A @ A, A - 1, A / 2, -A, A ** 2, 2 * A, 1 / A)
# ---
import numpy as np
A = np.array([[1., 2.], [3., 4.]])
A @ np.linalg.inv(A)
# ---
import numpy as np
A = np.array([[4, 7], [2, 6]])
np.allclose(A @ np.linalg.inv(A), np.eye(2))
# ---
import numpy as np
A = np.array([[3, 1], [1, 2]])
b = np.array([9, 8])
x = np.linalg.solve(A, b)
print(x, np.allclose(A @ x, b))
# ---
import numpy as np
np.linalg.det(np.array([[1, 2], [3, 4]]))
# ---
import numpy as np
print(np.linalg.det(np.array([[1, 2], [3, 4]])))
# ---
import numpy as np
A = np.array([[1, 2, 3], [4, 5, 6]])
np.linalg.inv(A)
# ---
import numpy as np
np.array([[1, 2], [3]])
# ---
import numpy as np
A = np.arange(12).reshape(3, 4)
print(A)
print(A[0], A[1, 2], A[:, 1], A[1:, ::2], A[-1, -1], A.sum(), A.sum(axis=0), A.mean(), A.max())
# ---
import numpy as np
A = np.zeros((2, 3))
A[0, 1] = 5
A[:, 2] = [7, 8]
A
# ---
import numpy as np
print(np.eye(3), np.ones(3), np.zeros((2, 2), dtype=int), np.identity(2))
# ---
import numpy as np
A = np.array([[1, 2], [3, 4]])
print(A == A.T, (A > 2).any(), A[A > 2])
# ---
import numpy as np
A = np.array([[1, 2], [3, 4]])
if A:
    print('yes')
# ---
import numpy as np
x = np.array([1.5, 2.5, 3.5])
for v in x:
    print(v)
print(len(x), list(x), x.tolist(), float(x[0]), x[0])
# ---
import numpy as np
a = np.float64(2.5)
print(a, repr(a), a * 2, a + 1, type(a).__name__ if False else 'skip', f'{a:.3f}', round(a))
# ---
import numpy as np
A = np.array([[1, 2], [3, 4]], dtype=float)
A
# ---
import numpy as np
np.array([1, 2]) + np.array([1, 2, 3])
# ---
import numpy as np
np.array([[1, 2], [3, 4]]) @ np.array([[1, 2, 3]])
# ---
import numpy as np
A = np.array([[2., 0.], [0., 3.]])
w, v = np.linalg.eig(A)
print(w)
print(v)
# ---
import numpy as np
B = np.array([[1, 2], [2, 4]])
try:
    B_inv = np.linalg.inv(B)
    print('Inverse of B:\n', B_inv)
except np.linalg.LinAlgError as e:
    print(f'Error inverting matrix B: {e}')
# ---
import numpy as np
C_stack = np.array([[[1, 2], [3, 4]], [[2, 0], [0, 2]]])
print('Matrix C_stack (shape 2,2,2):\n', C_stack)
C_stack_inv = np.linalg.inv(C_stack)
print('Inverse of C_stack:\n', C_stack_inv)
print(C_stack[0] @ C_stack_inv[0])
# ---
import numpy as np
A = np.array([[4, 7], [2, 6]])
identity_matrix = np.eye(A.shape[0])
print(f"Is A @ A_inv close to identity? {np.allclose(A @ np.linalg.inv(A), identity_matrix)}")
# ---
import numpy
from numpy.linalg import inv, LinAlgError
try:
    inv(numpy.array([[0, 0], [0, 0]]))
except LinAlgError as err:
    print('LinAlgError:', err)
# ---
import scipy.linalg as sla
import numpy as np
sla.inv(np.array([[2., 1.], [1., 3.]]))
# ---
from numpy import linalg
import numpy as np
linalg.inv(np.array([[1, 0], [0, 2]]))
# ---
e = ValueError('x')
e.add_note('a note')
raise e
# ---
try:
    int('z')
except ValueError as e:
    print('error:', e)
# ---
def check(x):
    if x < 0:
        raise ValueError(f'negative: {x}')
    return x
try:
    check(-1)
except ValueError as e:
    print(e)
print(check(2))
# ---
x = 10
def show():
    print(x)
show()
# ---
print(str(1.0), str(10**20 * 1.0), repr(1.1), str(True), str(None), str([1, 'a']), str({'a': None}))
# ---
print('%s' % 5, '%05.2f' % 3.14159, '%+d' % 5, '%%', '%(a)s-%(b)s' % {'a': 1, 'b': 2})
# ---
print(*[1, 2, 3])
print(*'abc', sep='-')
# ---
i = 0
while True:
    i += 1
    if i > 3:
        break
print(i)
# ---
result = []
for i, ch in enumerate('hey'):
    result.append(f'{i}:{ch}')
' '.join(result)
# ---
a = b = [1]
a.append(2)
print(a, b, a is b)
# ---
x = [[0] * 3] * 2
x[0][0] = 1
x
# ---
print(bool([]), bool([0]), bool(''), bool(' '), bool(0.0), bool(None), bool({}), bool(range(0)))
# ---
print(10 ** 20, 10.0 ** 20, 1e20, 12345678901234567890, float(12345678901234567890))
# ---
print(0.1 + 0.7, 1.1 * 3, 1 / 7, 100 / 3, 2 / 3 * 3, 1e-10, 123e-20, 5e-324)
# ---
x = 3
y = 4.5
z = x * y
print(type(z).__name__, z, int(z), x / y)
# ---
del undefined_var
# ---
x = [1, 2, 3]
del x[1]
print(x)
del x
x
# ---
def f():
    """Docstring here."""
    return 1
print(f.__doc__, f.__name__)
# ---
try:
    raise KeyError('missing')
except KeyError as e:
    print(e, repr(e))
# ---
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('second')
except ValueError as e:
    print(e, type(e.__context__).__name__)
# ---
def gen_squares(n):
    return [i ** 2 for i in range(n)]
print(gen_squares(5), sum(gen_squares(5)))
# ---
matrix = [[1, 2], [3, 4]]
for row in matrix:
    print(' '.join(str(v) for v in row))
# ---
text = "the quick brown fox"
counts = {}
for ch in text:
    if ch != ' ':
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
# ---
x = 5
print(x if x > 3 else 'small', 'yes' if [] else 'no')
# ---
import time
t = time.time()
print(type(t).__name__, t > 0)
# ---
import sys
print('to stdout', file=sys.stdout)
# ---
f'{3.14159:.2f}'
# ---
'%.3e' % 12345.6789
# ---
[1, 2] * 3 + [0]
# ---
'ab' * 3
# ---
2 * (3,)
# ---
[1, 2] + (3,)
# ---
'a' * 'b'
# ---
{1: 'a', 2: 'b'}[3]
# ---
x = {}
x[[1]] = 2
# ---
next(iter([]))
# ---
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
# ---
print(list(zip(*[(1, 'a'), (2, 'b')])))
# ---
import math
print(round(math.pi, 4), round(1.005, 2), round(0.125, 2), round(-1.5), round(7.0), round(1e20))
# ---
x = 0.1 + 0.2
print(x == 0.3, abs(x - 0.3) < 1e-9, x)
# ---
a = [3, 1, 2]
b = sorted(a)
print(a, b, a.sort(), a)
# ---
print(sum([0.1, 0.2, 0.3]), sum(range(101)), sum([[1], [2]], []))
# ---
print(int(True), float(False), 7 // 2.0, 7 % 2.5, -0.0, 0.0 == -0.0)
# ---
print(str(-0.0), 1e16, 1.0e15, 9999999999999998.0, 0.00001, 0.0001)
# ---
import numpy as np
print(np.pi, np.e)
np.sqrt(np.array([1, 4, 9]))
# ---
import numpy as np
np.array([1, 2, 3]).dtype
# ---
import numpy as np
np.array([True, False])
# ---
import numpy as np
np.array([1 + 2j, 3])
# ---
import numpy as np
np.array([[1.5, 2.25], [3.125, 4]]).T
# ---
import numpy as np
A = np.array([[1, 2], [3, 4]])
A.shape
# ---
import numpy as np
np.linalg.inv([[1, 2], [3, 4]])
# ---
import numpy as np
np.linalg.inv(np.array([[1, 2], [3, 4]]))[0, 0]
# ---
import numpy as np
m = np.matrix([[1, 2], [3, 4]])
print(m * m)
print(m.T)
m.I if False else m[0]
# ---
import numpy as np
A = np.array([[1, 1], [1, 2], [1, 3.]])
b = np.array([1, 2, 2.])
x, res, rank, s = np.linalg.lstsq(A, b, rcond=None)
print(x, res, rank, s)
print(repr(rank), str(rank), rank + 1)
np.linalg.lstsq(A, b)[2]
# ---
import numpy as np
A = np.array([[1, 1], [1, 2], [1, 3.]])
for v in np.linalg.lstsq(A, np.array([[1, 0], [2, 1], [2, 5.]])):
    print(repr(v))
# ---
import numpy as np
A = np.array([[1, 2], [2, 4.]])
np.linalg.lstsq(A, [1, 2])
# ---
import numpy as np
np.linalg.lstsq(np.ones((3, 2)), np.ones(4))
# ---
import numpy as np
np.linalg.lstsq(np.ones(3), np.ones(3))
# ---
import numpy as np
np.column_stack(([1, 2, 3], [4, 5, 6]))
# ---
import numpy as np
np.column_stack((np.array([[1], [2]]), [3, 4], np.array([5., 6])))
# ---
import numpy as np
print(np.hstack(([1, 2], [3])), np.vstack(([1, 2], [3, 4])), np.hstack((np.ones((2, 1)), np.zeros((2, 2)))))
# ---
import numpy as np
a = np.array([[3, 1, 2], [9, 7, 8]])
print(np.sort(a))
print(np.sort(a, axis=0))
print(np.sort(a, axis=None))
np.sort([2.5, np.nan, -1, 0])
# ---
import numpy as np
a = np.array([3, 1, 2])
r = a.sort()
print(r, a)
b = np.array([[3., 1], [0, 2]])
b.sort(axis=0)
b
# ---
import numpy as np
a = np.array([[3, 1, 2], [0, 7, 4]])
print(np.argsort(a), np.argsort(a, axis=0), np.argsort(a, axis=None), a.argsort())
np.argsort([1 + 2j, 1 - 1j, 0, True])
# ---
import numpy as np
np.sort([1, 2], axis=2)
# ---
import numpy as np
np.sort(np.float64(3))
# ---
import numpy as np
np.sort(np.matrix([[3, 1], [0, 2]]))
# ---
import numpy as np
print(np.sort([True, False, True]), np.sort([complex(np.nan, 0), 1 + 1j, 1 - 1j, -2 + 0j]), np.argsort(3))
np.sort(np.matrix([[3, 1], [0, 2]]), axis=None)
# ---
import numpy as np
a = np.array(3.)
a.sort()
# ---
import numpy as np
a = np.array([[5, 1], [2, 9]])
a[:, 0].sort()
print(a)
np.sort(a, kind='stable', axis=-2)
# ---
import numpy as np
np.array([3, 1]).sort(axis=None)
# ---
import numpy as np
A = np.array([[1, 2, 3], [4, 5, 6]])
for v in np.linalg.lstsq(A, [1, 2]):
    print(repr(v))
for v in np.linalg.lstsq(np.array([[1, 0], [0, 1e-10], [0, 0]]), [1, 1, 1], rcond=1e-5):
    print(repr(v))
# ---
import numpy as np
np.linalg.lstsq(np.eye(2), np.ones((2, 2, 2)))
# ---
import numpy as np
np.random.seed(0)
print(np.random.rand(2, 3))
print(np.random.randn(3, 2))
print(np.random.rand())
# ---
import numpy as np
np.random.seed(42)
print(np.random.randint(0, 10, size=(3, 4)))
print(np.random.randint(5, size=6))
print(np.random.randint(-3, 2**40, 4))
print(np.random.random((2, 2)))
# ---
import numpy as np
np.random.seed(123)
print(np.random.uniform(-1, 1, 5))
print(np.random.normal(2.0, 0.5, size=(2, 3)))
print(np.random.randn(3))
print(repr(np.random.normal()))
# ---
import numpy as np
rng = np.random.default_rng(42)
print(rng.random((2, 3)))
print(rng.integers(0, 10, size=(2, 5)))
print(rng.integers(-7, 2**40, 3))
print(repr(rng.integers(5)))
print(rng.integers(1, 6, 4, endpoint=True))
print(repr(rng.random()))
# ---
import numpy as np
np.random.seed(7)
print(repr(np.random.randint(100)))
print(np.random.randint(3, 9, (2, 2)))
np.random.randint(5, 5)
# ---
import numpy as np
np.random.seed(-1)
# ---
# Sizes known in advance are refused before anything is allocated.
cases = [
    lambda: list(range(10**12)),
    lambda: tuple(range(10**12)),
    lambda: [*range(10**12)],
    lambda: sorted(range(10**12)),
    lambda: 'a' * 10**12,
    lambda: 10**12 * 'a',
    lambda: 'ab' * 2**62,
    lambda: 'a' * 2**63,
    lambda: b'a' * 10**12,
    lambda: b'ab' * 2**62,
    lambda: [0] * 10**12,
    lambda: [0, 0] * 2**62,
    lambda: (0,) * 10**12,
    lambda: [1].extend(range(10**12)),
    lambda: 'a'.ljust(10**12),
    lambda: 'a'.zfill(10**12),
    lambda: f'{1:100000000000000000000}',
    lambda: f'{1.5:.100000000000}',
    lambda: '%.10000000000f' % 1.5,
    lambda: '{:>10000000000000}'.format(1),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, 'ok')
    except Exception as e:
        print(i, type(e).__name__, repr(str(e)))
# ---
x = [0]
x *= 10**12
# ---
s = 'ab'
s *= 10**12
# ---
[[0] * 10] * 3
# ---
len('-' * 10**6), len([None] * 10**6), b'ab' * 3, b'x' + b'y'
# ---
# Frames of returned calls are reused; closures and caught exceptions keep theirs.
def make(n):
    def g():
        return n
    return g
fs = [make(i) for i in range(5)]
def h(a, b):
    return a * b
print([h(i, i + 1) for i in range(300, 303)])
print([f() for f in fs])
def k(x):
    try:
        1 / x
    except ZeroDivisionError as e:
        return e
errs = [k(0) for _ in range(3)]
print([str(e) for e in errs], [h(2, 3) for _ in range(2)])
def outer():
    y = 10
    return [lambda: y + i for i in range(3)]
print([f() for f in outer()])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), sum(i * 1000 for i in range(1000)), [i - 500 for i in range(498, 503)])
# ---
# Generator expressions are lazy.
g = (x * x for x in range(10))
print(type(g).__name__, next(g), next(g), list(g), list(g), next(g, 'end'))
print(sum(x * x for x in range(10**6)), any(x > 5 for x in range(10**12)), all(x < 5 for x in range(10**12)))
seen = []
def note(x):
    seen.append(x)
    return x
g = (note(x) for x in range(5))
print(seen, next(g), seen, iter(g) is g)
print(list((x, y) for x in range(3) if x for y in 'ab'), max(x % 7 for x in range(100)), ' '.join(str(i) for i in range(4)))
def f(n):
    return (i + n for i in range(3))
print(list(f(10)), sorted(x % 3 for x in range(6)), tuple(c.upper() for c in 'abc'), dict((k, k * 2) for k in 'ab'))
# ---
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('raised', e)
print(list(g))
next(g)
# ---
(x for x in 5)
# ---
g = (x for x in [])
next(g)
# ---
import numpy as np
A = np.array([[1 / 3, 1e-9, -2.5], [2, 3, 1e5]])
with np.printoptions(precision=3, suppress=True) as opts:
    print(A)
    print(opts['precision'], opts['suppress'])
print(A)
with np.printoptions(4, sign='+'), np.printoptions(linewidth=20):
    print(A[0])
print(A[0])
np.get_printoptions()
# ---
import numpy as np
np.set_printoptions(precision=2, threshold=5, edgeitems=1, linewidth=40, suppress=True, floatmode='fixed', sign=' ')
o = np.get_printoptions()
print(o['precision'], o['threshold'], o['edgeitems'], o['linewidth'], o['suppress'], o['floatmode'], o['sign'])
print(np.arange(10) / 3)
np.set_printoptions(precision=None)
print(np.get_printoptions()['precision'])
np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False, floatmode='maxprec', sign='-')
print(np.arange(4) / 3)
# ---
import numpy as np
A = np.array([1.0, 2.0])
try:
    with np.printoptions(precision=1):
        print(A / 3)
        1 / 0
except ZeroDivisionError as e:
    print('caught', e)
print(A / 3)
with np.printoptions(precision=1):
    1 / 0
# ---
import numpy as np
with np.errstate(divide='ignore', invalid='ignore') as st:
    print(st, np.array([1.0, 0.0, -1.0]) / 0)
    print(np.geterr())
print(np.geterr())
with np.errstate(all='ignore'):
    print(np.geterr())
old = np.seterr(divide='ignore')
print(old, np.geterr())
np.seterr(**old)
print(np.geterr())
# ---
with 1:
    pass
# ---
x = None
with x as y, z:
    pass
# ---
import numpy as np
def f():
    for i in range(3):
        with np.printoptions(precision=i):
            if i == 1:
                return np.get_printoptions()['precision']
print(f(), np.get_printoptions()['precision'])
# ---
s = 'a.b.c'
print(s.partition('.'), s.rpartition('.'), s.rpartition('x'), s.partition('x'), 'Straße ABC'.casefold())
print(s.upper(), s.split('.'), '-'.join(s.split('.')), '  x '.strip(), s.replace('.', '/'), s.startswith(('a', 'z')), '{:>5}|{!r}'.format(1, 'q'))
import time, math, sys
print(type(time.time()).__name__, type(time.perf_counter()).__name__, math.isclose(math.pi, 3.14159, rel_tol=1e-5), sys.maxsize)
s.rpartition('')
# ---
int('00', 1)
# ---
int('z', 37)
# ---
int('ff', 16) + int('0x1f', 0) + int('z', 36)
# ---
import numpy as np
A = np.zeros((0, 7))
print(A[:, 1] + 1, (A[:, 1] % 3).shape, A[:, 1:3].sum(axis=0))
# ---
import numpy as np
np.random.seed(0)
np.random.rand(2**40, 4)
# ---
import numpy as np
np.random.seed(0)
np.random.randint(0, 5, size=(2**40, 4))
# ---
import numpy as np
rng = np.random.default_rng(2024)
print(rng.standard_normal((2, 3)))
print(repr(rng.standard_normal()), repr(rng.normal()), repr(rng.normal(10, 0.25)))
print(rng.normal(-1.0, 3.0, size=4))
print(rng.normal(loc=5, scale=2, size=(2, 2)))
print(rng.standard_normal(size=(3, 0)).shape, rng.standard_normal(0))
print(rng.random(2), rng.integers(0, 100, 3), rng.standard_normal(2, dtype=np.float64))
x = rng.standard_normal(20000)
print(x[np.abs(x) > 3.6541528853610088], x[-3:], x.shape)
# ---
import numpy as np
rng = np.random.default_rng(7)
print(rng.normal(0, 0, 3))
rng.normal(0.0, -0.0)
# ---
import numpy as np
np.random.default_rng(7).normal(1.0, -2.5, size=3)
# ---
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs], [(lambda j=i: j)() for i in range(3)]
print(make())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
# ---
def f():
    print(x)
    x = 1
f()
# ---
def outer():
    def inner():
        return y
    r = inner
    y = 2
    return r()
print(outer())
def outer2():
    def inner():
        return z
    return inner()
    z = 1
outer2()
# ---
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), [fact(k) for k in range(6)])
def deep(n):
    return deep(n + 1)
deep(0)
# ---
def g(a, b=1, *, c=2):
    return a + b + c
print(g(1), g(1, 2), g(1, c=5), g(a=3), g(c=4, a=1, b=0))
print([g(i, c=i) for i in range(4)])
def h(a, b):
    return a - b
print(h(b=1, a=5), h(5, b=1))
def call(fn):
    return fn(2, b=3)
print(call(h), call(lambda a, b, c=10: a + b + c), call(lambda *a, **k: (a, k)))
# ---
def g(a, b=1, *, c=2):
    return a + b + c
g(1, c=3, d=4)
# ---
def g(a, b=1, *, c=2):
    return a + b + c
g(1, 2, a=3)
# ---
def g(a, *, c):
    return a + c
g(1)
# ---
def g(a, b):
    return a
for i in range(3):
    r = g(i, 1) if i < 2 else g(i)
# ---
def k(a, b=[]):
    b.append(a)
    return b
print(k(1), k(2), k(3, []), k(4))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(step=5), c(5))
# ---
total = 0
def add(v):
    global total
    total += v
for i in range(5):
    add(i)
print(total)
def w(n):
    s = 0
    while n:
        s, n = s + n, n - 1
    return s
print(w(100), [w(j) for j in range(5)])
# ---
print([i * 2 for i in range(10, 0, -3)], [i for i in range(20) if i % 3 if i % 2], {i % 4 for i in range(10)})
print([j for j in range(5, 5)], [x + y for x in range(3) for y in range(2)], [i for i in range(-5, 5, 2)])
def f(n):
    m = 10
    return [i * m for i in range(n)], sum(i for i in range(n))
print(f(4))
print([1 / (i - 3) for i in range(5)])
# ---
def f(x):
    return [y for y in range(3) if y / x]
f(0)
# ---
x = 5
print([x for x in range(3)], x)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
# ---
r = range(2**70, 2**70 + 3)
print(r, len(r), list(r), r[0], r[-1], r[1:], r[::-1], 2**70 + 1 in r, 2**70 + 3 in r, 5 in r)
print(list(reversed(r)), r.start, r.stop, r.step, r.index(2**70 + 2), r.count(2**70), bool(r), bool(range(2**70, 2**70)))
R = range(-2**63, 2**63)
print(R, R[0], R[-1], R[2**63], R[::2**62], list(R[::2**62]), 0 in R, 2**63 in R, -2**63 in R)
print(range(0, 2**64, 2**62)[1:3], len(range(0, 2**64, 2**62)), range(2**70, 0, -2**68), list(range(2**70, 0, -2**68)))
print(range(2**70, 2**70 + 3) == range(2**70, 2**70 + 3, 5), range(2**70, 2**70 + 1) == range(2**70, 2**70 + 1, 5), hash(range(2**70, 2**70 + 1)) == hash(range(2**70, 2**70 + 1, 5)))
print([i - 2**70 for i in range(2**70, 2**70 + 5, 2)], sum(range(2**64, 2**64 + 4)), range(9223372036854775806, 9223372036854775807, 10), list(range(9223372036854775806, 9223372036854775807, 10)))
print(list(range(2**63 - 3, 2**63 + 2)), range(5)[1:2], range(3) == range(0, 3, 1))
for i in range(2**100, 2**100 + 2):
    print(i)
# ---
len(range(2**64))
# ---
range(2**70, 2**70 + 3)[3]
# ---
r = range(-2**70, 2**70, 3)
print(r[-1], r[2**69], r[-2**69], r[10:2**80:2**60], r[::-2**68], r[2**80:], len(r[2**69:2**69 + 5]))
r.index(2**70)
# ---
range(2**70, 2**71)
# ---
range(2**70, 1.5)
# ---
x = 1
g = globals()
print(g['x'], 'x' in g, 'nope' in g, g is globals(), type(g).__name__, g.get('y', 'none'))
globals()['y'] = 5
print(y, g['y'])
x = 7
print(g['x'], globals()['x'])
del g['y']
print('y' in globals(), g.get('y'))
g.update(z=3)
print(z)
print(locals() is globals(), locals()['x'])
def f(a, b=2, *args, **kw):
    c = a + b
    d = [i for i in range(2)]
    return locals()
print(f(1), f(1, 3, 4, k=5))
def outer():
    v = 10
    w = 20
    def inner(p):
        q = p + v
        return locals()
    return inner(1)
print(outer())
def snap():
    t = 1
    l = locals()
    t = 2
    l['t'] = 99
    return l, t, locals()
print(snap())
def un():
    if False:
        u = 1
    print(locals())
    u = 3
    print(locals())
un()
def usesglobal():
    global x
    x = 42
    return locals()
print(usesglobal(), x, globals()['x'])
for k in ['p', 'q']:
    globals()[k] = k * 2
print(p, q)
def readg():
    return globals()['q'], 'readg' in globals()
print(readg())
# ---
setattr(1, 'x', 2)
# ---
setattr(1, 3, 2)
# ---
setattr(1, 'x')
# ---
print(setattr.__name__, globals.__name__, locals.__name__)
del globals()['nothere']
# ---
globals()[[1]] = 2
# ---
def f():
    v = 1
    def g():
        return v
    return sorted(locals()), g()
print(f())
# ---
g = (i * i for i in range(10, 0, -3) if i % 2 == 0)
print(next(g), list(g), list(g), sum(i for i in range(0)), any(i > 5 for i in range(10**12)))
h = (j for j in range(3))
print(next(h), next(h), next(h), next(h, 'done'), max(k % 7 for k in range(100)))
def f(n):
    base = 100
    return sum(base + i for i in range(n)), list(x for x in range(n) if x != 1)
print(f(4))
# ---
g = (1 / (i - 2) for i in range(5))
print(next(g), next(g))
next(g)
# ---
def f(a, b, c):
    return a + b + c, a * b - c, a - b * c, (a * b) * (b * c)
print(f(1, 2, 3), f(2**62, 2**62, 1), f(-2**63, 1, -1), f(True, 2, 3.5), f(2**40, 2**40, 2**40))
print(f(3, 2**63 - 1, 0), f([1], 2, [3]) if False else 0, f(1 + 2j, 2, 3))
x = 9223372036854775807
print(x + 1 - 1, x * 2 // 2, -x - 1 - 1, [i * i * i for i in range(2**20, 2**20 + 2)])
# ---
def f(a, b, c):
    return a + b + c
f(1, 'x', 2)
# ---
def inv(v):
    return 1 / v
def chain(v):
    return inv(v) + inv(v - 1)
print([chain(k) for k in range(2, 5)])
chain(1)
# ---
print(range(3)[-2**70:2**70], range(10)[2**70:], range(5)[::2**70])
range(3)[2**70]
# ---
import numpy as np
for fmt, arg in [('%d', 0j), ('%i', 1j), ('%u', 2j), ('%x', 0j), ('%f', 1j), ('%c', 1.5), ('%c', 'ab'),
                 ('%c', 1114112), ('%c', -1), ('%c', True), ('%c', 65), ('%c', 'é'), ('%c', 2**70),
                 ('%c', np.int64(66)), ('%d', np.float64(2.5)), ('%s', 1j), ('%r', 1j)]:
    try:
        print(fmt, repr(fmt % arg))
    except Exception as e:
        print(fmt, type(e).__name__, e)
# ---
import numpy as np
np.random.seed(0)
print(np.random.normal([0, 10, 100], 1))
print(np.random.normal(0, [1, 2, 3]))
print(np.random.normal([[0], [5]], [1, 2, 3]))
print(np.random.normal([0, 10], 1, size=(3, 2)))
print(np.random.normal(0, [[1], [2]], size=(2, 3)))
print(np.random.uniform([0, 1], 2), np.random.uniform(0, [1, 2], size=(2, 2)))
print(repr(np.random.normal(np.array(1.0), 1)), repr(np.random.normal(np.float64(1), 1)))
print(np.random.normal([], 1), np.random.normal(0, 1, size=()), np.random.normal([0, 1], [1, np.nan]))
rng = np.random.default_rng(0)
print(rng.normal([0, 10], 1), rng.normal(np.zeros((2, 1)), [1, 2, 3]))
for f in [lambda: np.random.normal([0, 1, 2], 1, size=(2,)), lambda: np.random.normal([0, 1, 2], [1, 2]),
          lambda: np.random.normal(0, [1, -2]), lambda: np.random.normal([1j], 1), lambda: np.random.normal(0, -0.0),
          lambda: np.random.normal(0, [[1], [2]], size=(3,)), lambda: np.random.normal(0, [1, 2], size=(2, 3)),
          lambda: rng.normal(0, [-1, 1]), lambda: np.random.normal(np.zeros((2, 3)), np.ones((3, 2)))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
type(1), type(1.5), type('a'), type([]), type(None), ValueError, np.linalg.LinAlgError, int, np.ndarray
# ---
import numpy as np
[type(np.float64(1)), type(np.array([1])), type(np.int64(2)), type(np.True_)]
# ---
import numpy as np
print(type(np.array([1])).__name__, type(np.float64(1)).__name__, int.__name__, type(1), type(np.float64(1)))
np.True_, np.False_, np.True_ & True, not np.False_, np.True_ == True, np.True_ + 1
# ---
import numpy as np
A = np.array([[4, -2], [1, 1]])
print(A.item(0), A.item(-1), A.item(1, 0), A.item((1, 1)), np.array([[2.5]]).item())
print(A.round(1), np.array([1.26, 2.5]).round(1), np.array([1.26]).round(decimals=1), (A @ np.linalg.inv(A)).round(10))
for f in [lambda: A.item(10), lambda: A.item(1, 5), lambda: A.item(1, 2, 3), lambda: A.item(1.5), lambda: A.item(-5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
A = np.array([[4, -2], [1, 1]])
print(A.repeat(2), A.repeat(2, axis=0), A.repeat([1, 2], axis=1), np.array([[1, 2, 3]]).repeat(2, axis=0))
print(np.repeat(3, 2), np.repeat([1, 2], [2]), np.repeat([1.5, 2], [0, 3]), np.repeat([], 2), np.repeat([1, 2], 2.5))
print(np.repeat([1, 2], [1.0, 2.0]), np.array([1, 2]).repeat(2, 0), np.repeat(A, [1, 2], axis=-1), np.repeat([True, False], 2))
for f in [lambda: np.repeat([1, 2], [1, 2, 3]), lambda: np.repeat([1, 2], -1), lambda: np.repeat([[1, 2]], 2, axis=2),
          lambda: np.repeat([1, 2], "a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
print(type(np.int64(1)).__name__, np.int64.__name__, np.float64.__name__, type(np.float64(2)).__name__)
A = np.arange(24).reshape(2, 3, 4)
print(A.trace(), A.trace(1), A.trace(offset=-1, axis1=1, axis2=2), A.diagonal(), A.diagonal(1, 1, 2))
print(np.eye(3).trace(dtype=int), np.arange(9).reshape(3, 3).diagonal(offset=-1), np.diagonal(A, 0, 2, 0))
print(np.diagonal(np.arange(6).reshape(2, 3), 5), np.arange(6).reshape(2, 3).diagonal(-1), np.diagonal(np.eye(2), axis1=-1, axis2=0))
for f in [lambda: np.diagonal(np.eye(2), 0, 0, 5), lambda: np.diagonal(np.eye(2), 0, 1, 1), lambda: np.diagonal(np.arange(3)),
          lambda: np.diagonal(np.eye(2), 0.5), lambda: np.arange(3).trace()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
A = np.array([[4, -2], [1, 1]])
print(A.cumsum(), A.cumsum(axis=0), A.cumsum(1), A.cumprod(), A.cumsum(dtype=float))
print(A.clip(0, 2), A.clip(max=1), A.clip(), A.nonzero(), np.array([0.5, 0, 2]).nonzero())
# ---
import numpy as np
A = np.array([[4, -2], [1, 1]])
print(repr(np.median(A)), np.median([3, 1, 2]), np.median([3, 1, 2, 4]), np.median([[1, 2], [3, 4]], axis=0))
print(np.median([[1, 2], [3, 4]], axis=1), np.median([1, np.nan]), np.median([True, False]), repr(np.median([1+2j, 3])))
print(np.median([[1, 2], [3, 4]], axis=(0, 1)), np.median([1, 2, 3], keepdims=True), np.median(np.arange(24).reshape(2, 3, 4), axis=(0, 2)))
print(np.median(np.arange(24.).reshape(2, 3, 4), axis=-1, keepdims=True), np.median([[np.nan, 1], [2, 3]], axis=1), np.median(np.zeros((2, 0)), axis=0))
for f in [lambda: np.median(A, axis=2), lambda: np.median(A, axis=(0, 0))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
A = np.arange(6.).reshape(2, 3)
A.flat[2] = 9
print(A, A.T.flat[1], len(A.flat), A.flat[[0, 2]], A.flat[1:3], list(np.eye(2).flat))
print(np.array(range(5)) ** 2, np.array(range(10, 0, -3)), np.array(range(0)), np.asarray(range(3), dtype=float))
# ---
import numpy as np
# Issue 18: singular exactly when NumPy says singular.
# not on OpenBLAS Sandybridge kernels: NumPy and SciPy find M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]] nonsingular (inv gives ±4.5e15 entries, det 6.66e-16)
M = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(np.linalg.det(M), repr(np.linalg.det(M)), np.linalg.slogdet(M))
try:
    np.linalg.solve(M, [1, 2, 3])
except np.linalg.LinAlgError as e:
    print(type(e).__name__, e)
np.linalg.inv(M)
# ---
import numpy as np
N = np.array([[1., np.nan], [3., 4.]])
for f in (np.linalg.svd, np.linalg.pinv, np.linalg.matrix_rank, np.linalg.svdvals, np.linalg.cond):
    try:
        f(N)
    except np.linalg.LinAlgError as e:
        print(f.__name__, type(e).__name__, e)
for call in (lambda: np.linalg.svd(N, compute_uv=False), lambda: np.linalg.svd(N, full_matrices=False),
             lambda: np.linalg.norm(N, 2),
             lambda: np.linalg.svd(np.array([[[1., 2.], [3., np.nan]]]))):
    try:
        call()
    except np.linalg.LinAlgError as e:
        print(type(e).__name__, e)
print(np.linalg.lstsq(np.eye(2), [np.nan, 1.])[0])
# ---
import numpy as np
np.linalg.svd(np.array([[1., np.nan], [3., 4.]]))
# ---
import numpy as np
np.linalg.pinv(np.array([1., 2.]))
# ---
import numpy as np
np.linalg.matrix_rank(np.array([[np.nan, 2.], [3., 4.]]))
