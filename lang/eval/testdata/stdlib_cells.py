from fractions import Fraction
Fraction(3, 4)
# ---
from fractions import Fraction
print(Fraction(6, -8), Fraction('3/4'), Fraction(' -1.25e2 '), Fraction('7'), Fraction(0.1), Fraction(Fraction(1, 3), Fraction(2, 5)))
# ---
from fractions import Fraction
a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, b % a, a ** 2, a ** -2, -a, +a, abs(-a))
# ---
from fractions import Fraction
a = Fraction(2, 3)
print(a + 1, 1 + a, a * 3, 3 * a, 2 - a, a / 2, 2 / a, 7 // a, 7 % a, 2 ** a, a ** Fraction(2), 4 ** Fraction(1, 2))
# ---
from fractions import Fraction
a = Fraction(1, 3)
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a ** 0.5, a + 1j)
# ---
from fractions import Fraction
a = Fraction(1, 2)
print(a == 0.5, a == Fraction(2, 4), Fraction(2) == 2, a < 1, a > 0.4, 0.6 > a, a <= Fraction(1, 2), a != 1, Fraction(1, 3) == 1/3)
# ---
from fractions import Fraction
print(hash(Fraction(2)) == hash(2), hash(Fraction(1, 2)) == hash(0.5), {Fraction(1, 2): 'half'}[0.5], {2: 'two'}[Fraction(4, 2)])
# ---
from fractions import Fraction
f = Fraction(22, 7)
print(f.numerator, f.denominator, int(f), float(f), round(f), round(f, 2), round(Fraction(5, 2)), round(Fraction(-7, 2)), int(-f))
# ---
import math
from fractions import Fraction
f = Fraction(-7, 2)
print(math.floor(f), math.ceil(f), math.trunc(f), math.floor(Fraction(7, 2)), math.sqrt(Fraction(9, 4)))
# ---
from fractions import Fraction
print(Fraction('3.141592653589793').limit_denominator(10), Fraction('3.141592653589793').limit_denominator(100), Fraction(4321, 8765).limit_denominator(10000), Fraction(0.1).limit_denominator())
# ---
from fractions import Fraction
print(str(Fraction(3, 4)), repr(Fraction(3, 4)), str(Fraction(4, 2)), f"{Fraction(1, 3)}", Fraction(5, 10).as_integer_ratio())
# ---
from fractions import Fraction
Fraction(1, 0)
# ---
from fractions import Fraction
Fraction(3, 4) / 0
# ---
from fractions import Fraction
Fraction('1/x')
# ---
from fractions import Fraction
Fraction(1.5, 2)
# ---
from fractions import Fraction
Fraction(float('inf'))
# ---
from fractions import Fraction
Fraction(0) ** -1
# ---
from fractions import Fraction
Fraction(1, 2) & 1
# ---
from fractions import Fraction
# row reduction by hand, exactly
A = [[Fraction(2), Fraction(1), Fraction(-1), Fraction(8)],
     [Fraction(-3), Fraction(-1), Fraction(2), Fraction(-11)],
     [Fraction(-2), Fraction(1), Fraction(2), Fraction(-3)]]
n = 3
for i in range(n):
    p = A[i][i]
    A[i] = [x / p for x in A[i]]
    for j in range(n):
        if j != i:
            m = A[j][i]
            A[j] = [a - m * b for a, b in zip(A[j], A[i])]
for row in A:
    print(' '.join(str(x) for x in row))
# ---
from fractions import Fraction
print(sum([Fraction(1, n) for n in range(1, 11)]), max(Fraction(1, 3), Fraction(2, 7)), sorted([Fraction(1, 2), 0.25, 1, Fraction(1, 3)]))
# ---
from fractions import Fraction
[Fraction(1, 2), Fraction(1, 3)]
# ---
from fractions import Fraction
print(isinstance(Fraction(1), Fraction), type(Fraction(1)), Fraction.from_float(0.25), bool(Fraction(0)), Fraction(1, 2) in [0.5])
# ---
import itertools
print(list(itertools.islice(itertools.count(10, 3), 4)), list(itertools.islice(itertools.cycle('AB'), 5)), list(itertools.repeat('x', 3)))
# ---
import itertools
c = itertools.count(5)
next(c), next(c)
c
# ---
import itertools
itertools.repeat(1, 3)
# ---
from itertools import accumulate, chain
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)) if False else None, list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)))
# ---
from itertools import chain
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
# ---
from itertools import combinations, combinations_with_replacement, permutations, product
print(list(combinations('ABCD', 2)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('ABCD', 2)))
print(list(product('ab', [0, 1])))
print(list(product([0, 1], repeat=3)))
# ---
from itertools import combinations, permutations, product
print(list(combinations(range(3), 5)), list(combinations([], 0)), list(permutations([], 0)), list(product()), list(product([], [1])))
# ---
from itertools import combinations
combinations([1, 2], -1)
# ---
from itertools import islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
# ---
from itertools import islice
islice([1, 2], -1)
# ---
from itertools import starmap, zip_longest, takewhile, dropwhile, compress, pairwise, filterfalse
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(pairwise('ABCD')), list(filterfalse(lambda x: x % 2, range(10))))
# ---
from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
# ---
from itertools import groupby
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
# ---
from itertools import tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
# ---
import itertools
sorted(n for n in dir(itertools) if not n.startswith('_') and n in ['count', 'chain', 'groupby', 'pairwise', 'product'])
# ---
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + [b], [1, 2], []))
# ---
from functools import reduce
reduce(lambda a, b: a + b, [])
# ---
from functools import partial
int2 = partial(int, base=2)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(int2('1010'), add3(10), int2.args, int2.keywords, partial(add3, 5)())
# ---
from functools import lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = lru_cache(maxsize=None)(fib)
print(fib(80))
fib.cache_info()
# ---
from functools import lru_cache, cache
calls = []
def sq(x):
    calls.append(x)
    return x * x
sq = lru_cache(maxsize=2)(sq)
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
f = cache(lambda x: x + 1)
print(f(1), f(1), f.cache_info())
# ---
from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a)))
# ---
import statistics
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data), statistics.median(data), statistics.stdev(data), statistics.variance(data), statistics.pstdev(data), statistics.pvariance(data))
# ---
import statistics
print(statistics.mean([1, 2, 3, 4, 4]), statistics.mean([1, 2, 3]), statistics.median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
# ---
import statistics
from fractions import Fraction
print(statistics.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]), statistics.variance([Fraction(1, 2), Fraction(1, 4), Fraction(3, 4)]))
# ---
import statistics
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), statistics.multimode('aabbbbccddddeeffffgg'), statistics.multimode([]))
# ---
import statistics
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1, 2, 3, 4]), statistics.variance([1, 2, 3, 4], 2.5), statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
# ---
import statistics
data = [0.1] * 10 + [1e16, 1.0, -1e16]
print(statistics.mean(data), statistics.variance([0.1, 0.2, 0.3]), statistics.stdev([10**20, 10**20 + 2]))
# ---
import statistics
statistics.mean([])
# ---
import statistics
statistics.variance([1])
# ---
import statistics
statistics.median([])
# ---
import statistics
try:
    statistics.mode([])
except ValueError as e:
    print(type(e).__name__, e)
# ---
import statistics
statistics.mean(['a', 'b'])
# ---
from decimal import Decimal
print(Decimal('1.1') + Decimal('2.2'), Decimal(10) / Decimal(4), Decimal(1) / Decimal(3), Decimal('1.50') * 2, Decimal('7') - Decimal('0.25'))
# ---
from decimal import Decimal
Decimal('3.14')
# ---
from decimal import Decimal
print(Decimal(0.1), Decimal('1e3'), Decimal('1E+3') + 0, Decimal('0.000001'), Decimal('0.0000001'), Decimal('-0'), Decimal(2) ** 10, Decimal(2) ** -2)
# ---
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
d = Decimal('2.675')
print(d.quantize(Decimal('0.01')), d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), d.quantize(Decimal('1'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('.01')), round(Decimal('2.5')), round(Decimal('2.675'), 2))
# ---
from decimal import Decimal, getcontext
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('123456789') + 0)
getcontext().prec
# ---
from decimal import Decimal
print(Decimal(2).sqrt(), Decimal('0.25').sqrt(), Decimal(100).sqrt(), Decimal('1.44').sqrt())
# ---
from decimal import Decimal
print(Decimal('1.5') == 1.5, Decimal(2) == 2, Decimal('0.1') == 0.1, Decimal('1.2') < 2, Decimal('-7') // 2, Decimal('-7') % 2, float(Decimal('0.1')), int(Decimal('-3.9')))
# ---
from decimal import Decimal
Decimal(1) / 0
# ---
from decimal import Decimal
Decimal('abc')
# ---
from decimal import Decimal
Decimal('1.1') + 1.1
# ---
from collections import Counter
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], len(c), sorted(c.elements())[:6], c.total())
c
# ---
from collections import Counter
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b, -b, a == Counter(b=1, a=3), a == Counter(a=3, b=1, c=0))
# ---
from collections import Counter
c = Counter(['x', 'y', 'x'])
c.update('xz')
c.subtract(['y', 'y'])
print(c, dict(c), isinstance(c, dict), list(c.items()))
Counter()
# ---
from collections import defaultdict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['zz'], 'q' in d, d.get('q'), dict(d))
d
# ---
from collections import defaultdict
d = defaultdict(int)
for w in 'the cat the hat'.split():
    d[w] += 1
print(sorted(d.items()), d.default_factory)
# ---
from collections import defaultdict
d = defaultdict(None)
d['x']
# ---
from collections import OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od
# ---
from collections import OrderedDict
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict())
# ---
from collections import deque
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.pop(), q.popleft(), q, len(q), q[0], q[-1], 2 in q)
q.rotate(1)
print(q)
q.rotate(-2)
print(q)
q.extend([7, 8])
q.extendleft([9])
q
# ---
from collections import deque
q = deque(range(10), maxlen=3)
q.append(10)
print(q, q.maxlen, list(q))
q
# ---
from collections import deque
deque().pop()
# ---
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
p
# ---
from collections import namedtuple
P = namedtuple('P', ['a', 'b', 'c'], defaults=[0, 9])
print(P(1), P(1, 2), P._field_defaults)
# ---
from collections import namedtuple
namedtuple('P', 'a a')
# ---
from collections import namedtuple
namedtuple('P', 'a _b')
# ---
import random
random.seed(42)
print(random.random(), random.random(), random.randint(1, 10), random.randrange(100), random.randrange(0, 100, 7))
# ---
import random
random.seed(12345)
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice('abcdefg'), random.sample(range(100), 5), random.sample(range(10**6), 3), random.uniform(1, 2))
# ---
import random
random.seed('hello')
print(random.random(), random.getrandbits(70), random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
# ---
import random
random.seed(2.5)
print(random.random())
random.seed(-7)
print(random.random(), [random.randint(-3, 3) for _ in range(8)])
# ---
import random
random.seed(1)
print([round(random.gauss(0, 1), 10) for _ in range(4)], round(random.normalvariate(5, 2), 10), round(random.expovariate(2), 10), round(random.triangular(0, 10, 3), 10))
# ---
import random
r = random.Random(7)
random.seed(7)
print(r.random() == random.random(), r.randint(1, 6))
# ---
import random
random.choice([])
# ---
import random
random.randrange(5, 5)
# ---
import random
random.sample([1, 2, 3], 4)
# ---
from fractions import Fraction
print(Fraction('.5'), Fraction('1_000/3'), Fraction('-2.5E-3'), Fraction(True), Fraction(numerator=3, denominator=6))
# ---
from fractions import Fraction
print(type(Fraction(1, 2)).__name__, Fraction, Fraction(1, 3) < float('nan'), Fraction(1, 3) < float('inf'), Fraction(7, 3) == 7/3)
# ---
from fractions import Fraction
f"{Fraction(1, 3):.3f}"
# ---
from fractions import Fraction
Fraction([1])
# ---
from fractions import Fraction
Fraction('1.5', 2)
# ---
from fractions import Fraction
print(divmod(Fraction(7, 2), 2), divmod(7, Fraction(3, 2)), Fraction(-7, 2) // 1, Fraction(-7, 2) % 1, Fraction(5, 3) % Fraction(1, 2))
# ---
from fractions import Fraction
Fraction(1, 2) // 0
# ---
from fractions import Fraction
Fraction(1, 2) % 0
# ---
from fractions import Fraction
print(9 ** Fraction(1, 2), Fraction(-8) ** Fraction(2), Fraction(-2, 3) ** -3, 2.0 ** Fraction(3), Fraction(9, 4) ** 0.5)
# ---
from fractions import Fraction
Fraction(1, 3).limit_denominator(0)
# ---
from collections import Counter
Counter('the quick brown fox jumps over the lazy dog and then some more words to wrap the line')
# ---
from collections import Counter
c = Counter({'a': 2, 'b': 5})
print(c, repr(c), str(c), type(c), Counter, c.most_common(), c.most_common(1))
del c['zz']
del c['a']
c
# ---
from collections import defaultdict
d = defaultdict(lambda: 'n/a', {'x': 1})
print(d['y'], sorted(d.items()))
# ---
from collections import defaultdict
defaultdict(1)
# ---
from collections import deque
q = deque('abc')
print(q.index('b'), q.count('c'), q == deque('abc'), q == ['a', 'b', 'c'], q + deque('d'), q * 2, list(reversed(q)))
q.remove('b')
q.insert(1, 'z')
q.reverse()
print(q, q.copy(), deque([1, 2], 5))
# ---
from collections import deque
deque([1]).remove(5)
# ---
from collections import deque
deque([1])[3]
# ---
from collections import namedtuple
Point = namedtuple('Point', 'x, y')
Point
# ---
from collections import namedtuple
Point = namedtuple('Point', 'x y')
Point(1)
# ---
from collections import namedtuple
namedtuple('P', 'def x')
# ---
from collections import namedtuple
P = namedtuple('P', 'a def a', rename=True)
P._fields
# ---
import operator
from functools import reduce
from itertools import accumulate
print(reduce(operator.mul, range(1, 7)), list(accumulate([1, 2, 3, 4], operator.mul)), operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)))
# ---
import operator
print(operator.add(1, 2), operator.neg(3), operator.truediv(1, 4), operator.lt(1, 2), operator.contains([1], 1), operator.not_(0), operator.pow(2, 10))
# ---
import operator
operator.add(1)
# ---
from decimal import Decimal
print(Decimal('1.30') + Decimal('1.20'), Decimal('100') * Decimal('1.5'), Decimal('12.50') / 5, Decimal('1e10') / 3, Decimal(5) / Decimal('0.5'), Decimal('0.1') * 3 - Decimal('0.3'))
# ---
from decimal import Decimal
print(Decimal('123.456e5'), Decimal('-0.00012'), Decimal('1.23E-10'), Decimal(1234567), Decimal('5E+1'), -Decimal('0'), abs(Decimal('-1.5')), Decimal(-1) * 0)
# ---
from decimal import Decimal
sorted([Decimal('1.5'), Decimal('0.5'), Decimal('1')])
# ---
from decimal import Decimal
d = Decimal('0.1')
print(sum([d] * 10), sum([d] * 10) == 1, hash(Decimal(2)) == hash(2), {Decimal('0.5'): 1}.get(0.5), d.as_integer_ratio(), Decimal(7).adjusted(), Decimal('120.00').normalize())
# ---
from decimal import Decimal, getcontext, ROUND_HALF_UP
ctx = getcontext()
ctx.rounding = ROUND_HALF_UP
ctx.prec = 3
print(Decimal(2) / 3, Decimal('1.005') + 0, Decimal('2.5') * 1, ctx.prec, ctx.rounding)
# ---
from decimal import Decimal
Decimal(0) / 0
# ---
from decimal import Decimal
Decimal('1.23456789').quantize(Decimal('1e-30'))
# ---
import statistics
print(statistics.median([3, 1, 2]), statistics.median([1.5, 2.5]), statistics.median_low(['b', 'a', 'c', 'd']), statistics.mean([True, False, True, True]), statistics.mean(range(1, 101)))
# ---
import statistics
from decimal import Decimal
print(statistics.mean([Decimal('0.5'), Decimal('0.75'), Decimal('0.625'), Decimal('0.375')]), statistics.variance([Decimal('1.5'), Decimal('2.5'), Decimal('3.5')]))
# ---
import statistics
print(statistics.mean([1, 2.5]), statistics.mean([1, float('inf')]), statistics.pvariance([1.0, 2.0, 4.0], mu=2), statistics.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
# ---
import statistics
statistics.stdev([2.0])
# ---
import statistics
statistics.fmean([])
# ---
import statistics
issubclass(statistics.StatisticsError, ValueError)
# ---
import itertools
print(list(itertools.islice(itertools.count(1.5, 0.5), 3)), list(itertools.islice(itertools.count(), 0)), next(itertools.repeat(9)), list(zip(itertools.count(), 'ab')))
# ---
import itertools
itertools.count(0.5, 0.25)
# ---
import itertools
list(itertools.product('ab', repeat=-1))
# ---
import itertools
it = itertools.chain([1], [2])
print(next(it), list(it), list(it))
# ---
import itertools
print(list(itertools.permutations('abc', 4)), list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement('a', 0)))
# ---
import random
random.seed(0)
print([random.randint(1, 6) for _ in range(20)], random.random())
# ---
import random
random.seed(2**100 + 17)
print(random.random(), random.getrandbits(32), random.getrandbits(0), random.randrange(10, 0, -3), random.randrange(-5, 5))
# ---
import random
random.seed(b'bytes seed')
print(random.random())
random.seed(True)
print(random.random())
# ---
import random
random.seed(99)
print(random.sample('abcdefghij', 10), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
# ---
import random
random.seed([1])
# ---
import random
random.randrange(0, 10, 0)
# ---
from decimal import Decimal
d = Decimal('2.675')
print(f'{d:.2f}|{d:8.1f}|{-d:+.0f}|{d:f}|{Decimal("1e3"):f}|{d}|{d:>10}|{d:010.3f}|{Decimal("-0.0001"):.2f}')
# ---
from fractions import Fraction
from decimal import Decimal
print(sorted([(Fraction(1, 2), 'a'), (Fraction(1, 3), 'b'), (0.4, 'c')]), (Fraction(1, 2), 1) < (0.5, 2), [Decimal('0.5')] < [Fraction(2, 3)], (1, Fraction(1, 2)) > (1, float('-inf')))
# ---
from fractions import Fraction
(Fraction(1, 2),) < ('a',)
# ---
# hash() of numbers as CPython: modulo 2**61 - 1, -1 never a hash
[hash(v) for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -2**61, 2**63 - 1, -2**63, 2**100, -3**70, True, False]]
# ---
[hash(v) for v in [1.5, -2.5, 0.1, 1e300, -1e-300, 5e-324, float('inf'), float('-inf'), 1.0, -0.0, 2.0**70, 1+2j, -1j, 0.5-0.25j]]
# ---
[hash(v) for v in [(), (1,), (1, 2), (1, (2, 3.5)), ((),), (1, -1, 0.5j), '', ('',), frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset([(1, 2), 0.5])]]
# ---
from fractions import Fraction
from decimal import Decimal
[hash(v) for v in [Fraction(1, 3), Fraction(-7, 2), Fraction(10, 5), Fraction(1, 2**61 - 1), Fraction(3, 2) ** 40, Decimal('1.5'), Decimal(3)]]
# ---
from fractions import Fraction
d = {1: 'int', 2.5: 'float', (1, 2): 'tuple'}
d[True], d[Fraction(5, 2)], d[(1.0, 2.0)], hash(1) == hash(1.0) == hash(Fraction(1)) == hash(True)
