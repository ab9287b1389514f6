x = 2.5
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(x.real, x.imag, x.conjugate(), (-2.5).__abs__(), (7.9).__trunc__(), (2.5).__round__())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), round(-2.5))
