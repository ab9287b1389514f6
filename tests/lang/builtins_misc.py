print(ord("A"), chr(66), hex(255), oct(8), bin(5), abs(-3.5), round(3.14159, 2))
print(int("42"), int("ff", 16), int("0b101", 0), str(12), repr([1, "a"]), bool([]))
print(type(1), type("x"), type([]), type(None), type(print), type(len) is type(print))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int))
print(callable(len), callable(1), hash("a") == hash("a"), hash(5), hash(-1), hash(True))
class C:
    pass
c = C()
setattr(c, "v", 3)
print(getattr(c, "v"), getattr(c, "w", "default"), hasattr(c, "v"))
delattr(c, "v")
print(hasattr(c, "v"), format(3.14159, ".3f"), format(42, "05d"))
