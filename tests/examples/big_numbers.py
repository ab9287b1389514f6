# Python's ints have no size limit: factorials, Fibonacci numbers, powers
# and exact fractions far beyond 64 bits, all computed exactly.


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(int(digit) for digit in str(n))


def isqrt(n):
    """Integer square root by Newton's method, exact for any size."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def wrap(text, width=64, indent="    "):
    return "\n".join(indent + text[i:i + width] for i in range(0, len(text), width))


def main():
    f100 = factorial(100)
    print(f"100! has {len(str(f100))} digits, digit sum {digit_sum(f100)}:")
    print(wrap(str(f100)))
    trailing = len(str(f100)) - len(str(f100).rstrip("0"))
    print(f"it ends in {trailing} zeros")

    f500 = fibonacci(500)
    print(f"\nFibonacci(500) has {len(str(f500))} digits:")
    print(wrap(str(f500)))
    print("ratio of consecutive terms:", fibonacci(501) / f500)

    power = 2 ** 1000
    print(f"\n2**1000: {len(str(power))} digits, digit sum {digit_sum(power)}, bit length {power.bit_length()}")
    print("2**1000 % 1_000_007 =", power % 1_000_007, "=", pow(2, 1000, 1_000_007))

    root = isqrt(2 * 10 ** 100)
    print(f"\nsqrt(2) to 50 places: {str(root)[0]}.{str(root)[1:]}")
    print("check:", root * root <= 2 * 10 ** 100 < (root + 1) ** 2)

    big = factorial(30)
    quotient, remainder = divmod(big, 10 ** 9 + 7)
    print("\n30! =", big, "=", quotient, "* (10**9 + 7) +", remainder)
    print("negative floor division:", -big // 10 ** 20, -big % 10 ** 20)
    print("hex:", hex(big), "bits set:", bin(big).count("1"))
    print("as bytes:", big.to_bytes(14, "big").hex())
    print("mixed with floats:", big / 3, float(big) == big)


if __name__ == "__main__":
    main()
