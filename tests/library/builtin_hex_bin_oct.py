print(hex(255), hex(-255), hex(0), bin(5), bin(-5), bin(0), oct(8), oct(-8))
print(hex(2 ** 31), bin(1023))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
