# What big ints must do as CPython: 2**100, factorial(50), fib(500), mixed
# signs, modular pow, shifts, float comparisons, hashes, text, bytes.
print(2**100)
import math
print(math.factorial(50))
def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
print(fib(500))
print(-2**100, type(2**100) is int, 2**64 - 1, -(2**63), 2**63)
print(hash(2**100), hash(-2**100), hash(2**64), {2**64: 1}[2**64])
print((2**100) // 7, (2**100) % 7, -(2**100) // 7, -(2**100) % 7, (2**100) // -7, (2**100) % -7)
print(divmod(10**30, -(10**12+1)))
print(pow(3, 10**20, 10**9+7), pow(3, -1, 2**100))
print(1 << 100, -1 >> 100, (-2**100) >> 3, (2**100) >> 99)
print(-2**100 & 0xFFFF, (2**100) | -1, (2**100) ^ (2**99), ~(2**100))
print(2**53 + 1 == 2.0**53 + 1, 2**63 == 2.0**63, 2**64 > 1.8e19, 10**400 > 1e308, -10**400 < -1e308)
print(float(2**100), (2**100) / 3, 10**30 / 10**10, 1 / 2**2000)
print(int(1e300))
print(str(10**50), repr(-10**50), hex(2**100), oct(-2**70), bin(2**65))
print(f"{2**100:,}", f"{2**100:x}", f"{-2**100:>40}", f"{2**100:_b}", f"{2**100:e}")
print((2**100).bit_length(), (2**100-1).bit_count(), (2**100).to_bytes(13, 'big'), int.from_bytes(b'\xff' * 10, 'little', signed=True))
print(int("123456789012345678901234567890"), int("-0x" + "f" * 30, 16), int("z" * 20, 36))
print(round(2**100 + 50, -2), round(10**20 + 5, -1), abs(-2**100), sum([2**62, 2**62, 2**62]))
print(math.gcd(2**100, 6**50), math.isqrt(10**41), math.comb(100, 50), math.perm(30, 20), math.lcm(2**70, 3**40))
x = 2**63 - 1
x += 1
print(x, x - 1, x * x, -x, x // 1)
print(2**64 * 1.5, 12345678901234567891 / 3)
print((7).to_bytes(), (-129).to_bytes(2, 'little', signed=True))
