# Big int literals in every base, and constant tuples and sets of big ints
# (folded by the compiler into one constant, as CPython's optimizer does).
x = 123456789012345678901234567890
y = 0xffffffffffffffffffffffff
z = -9223372036854775809
w = 0b1_0000000000_0000000000_0000000000_0000000000_0000000000_0000000000_0000
print(x, y, z, w, 0o7777777777777777777777777, 2**64, 1 << 100, 10**30 * 10**30)
print((2**64, -2**70, 3) == (18446744073709551616, -1180591620717411303424, 3))
print({2**64, 2**65, 3, 2**100, 2**64 + 0})
print(sorted({10**20: "a", 10**19: "b", -10**25: "c"}.items()))
