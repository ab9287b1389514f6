# math: values of the float and integer functions, to the last bit.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
xs = [0.0, -0.0, 0.5, 1, 2, 3.7, -2.5, 10, 1e-300, 1e15, 123456789, 0.1]
for name in ['sqrt','exp','log','log2','log10','sin','cos','tan','atan','sinh','cosh','tanh','asinh','fabs','floor','ceil','trunc','degrees','radians','isfinite','isinf','isnan', 'expm1', 'log1p', 'cbrt', 'exp2', 'erf', 'erfc', 'frexp', 'modf']:
    row = []
    for x in xs:
        try:
            row.append(getattr(math, name)(x))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, row)
for a, b in [(2, 10), (2.5, 3), (-8, 1/3), (0, 0), (1, float('nan')), (float('inf'), -1), (3, 4), (-1, 2)]:
    for f in [math.pow, math.atan2, math.copysign, math.fmod, math.hypot, math.remainder]:
        try:
            print(f.__name__, a, b, f(a, b))
        except (ValueError, OverflowError) as e:
            print(f.__name__, a, b, type(e).__name__, e)
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2.718281828))
print(math.hypot(), math.hypot(3), math.hypot(3, 4, 5), math.hypot(1e-310, 1e-310), math.hypot(1e308, 1e308), math.hypot(*range(10)))
print(math.hypot(1.1, 2.2, 3.3, 4.4), math.hypot(0.1, 0.2), math.hypot(float('inf'), float('nan')))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([float('inf'), 1]), math.fsum([float('nan'), 1]))
print(math.factorial(0), math.factorial(10), math.factorial(20), math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 9), math.lcm(), math.lcm(4, 6), math.lcm(4, 0), math.lcm(-4, 6, 10))
print(math.comb(10, 3), math.comb(60, 30), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(5, None), math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(2**62))
print(math.prod([]), math.prod(range(1, 10)), math.prod([1.5, 2]), math.prod([[1]], start=3) if False else 0, math.prod(['ab'], start=3))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(float('inf'), float('inf')))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(True), type(math.floor(2.0)), math.ldexp(3, 4), math.frexp(0.0))
class F:
    def __float__(self): return 2.5
    def __floor__(self): return 'floor!'
class I:
    def __index__(self): return 7
print(math.sqrt(F()), math.floor(F()), math.ceil(F()), math.sqrt(I()), math.factorial(I()))
