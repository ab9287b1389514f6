ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba))
ba[0] = 65
print(ba, ba[0], ba[1:3])
print(ba.pop(), ba)
ba.insert(0, 122)
print(ba)
ba.remove(ord("b"))
print(ba)
del ba[0]
print(ba, bytes(ba), ba.decode())
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]))
try:
    bytearray(b"x")[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
