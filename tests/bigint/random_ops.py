# Every operator on random big ints of mixed signs and sizes (up to 4000
# bits, far beyond Karatsuba's cutoff), folded into one checksum. The
# seeded generator is CPython's, so the operands are the same on both.
import random

random.seed(12345)
checksum = 0


def mix(value):
    global checksum
    checksum = (checksum * 1000003 + hash(value)) % (2**61 - 1)


for i in range(300):
    a = random.getrandbits(random.randrange(1, 4000)) * random.choice([1, -1])
    b = random.getrandbits(random.randrange(1, 3000)) * random.choice([1, -1]) or 1
    for value in (a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, a >> 37, a << 45, a < b, a == b,
                  pow(a, 3), pow(a, 65537, abs(b) or 1), int(str(a)) == a, int(hex(b), 16) == b):
        mix(value)
    if abs(a) < 2**1000:
        mix(a / b)
    mix(int.from_bytes(a.to_bytes((a.bit_length() + 8) // 8, 'little', signed=True), 'little', signed=True))
print(checksum)

big = random.getrandbits(100000)
other = random.getrandbits(70000)
print(hash(big * other), (big * other) // other == big, hash(big * big % (other + 1)))
print(big ** 3 // big ** 2 == big, hash(big ** 2 - (big - 1) * (big + 1)))
print(random.getrandbits(200), random.randrange(10**6))
random.seed(2**200 + 12345)
print(random.random())
random.seed(-2**100)
print(random.random())
