# bytearray's in-place methods: insert, remove, reverse, del, +=.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray(b"ace")
b.insert(1, ord("b"))
b.insert(-1, ord("d"))
b.insert(100, ord("f"))
b.insert(-100, ord("_"))
print(b)
b.remove(ord("_"))
print(b, b.copy(), b.copy() is b)
b.reverse()
print(b)
del b[0]
del b[-1]
print(b)
b = bytearray(b"abcdefgh")
del b[1:3]
print(b)
del b[::2]
print(b)
b = bytearray(b"abcdefgh")
del b[::-3]
print(b)
alias = b
b += b"XY"
b += bytearray(b"Z")
print(alias, alias is b)
b.clear()
print(b, len(b))
show("insert args", lambda: bytearray(b"ab").insert(1))
show("insert index", lambda: bytearray(b"ab").insert("x", 1))
show("insert range", lambda: bytearray(b"ab").insert(1, 300))
show("remove missing", lambda: bytearray(b"ab").remove(120))
show("remove bytes", lambda: bytearray(b"ab").remove(b"a"))
show("reverse args", lambda: bytearray(b"ab").reverse(1))
show("clear args", lambda: bytearray(b"ab").clear(1))
show("extend int", lambda: bytearray(b"ab").extend(5))
def delete(i):
    x = bytearray(b"ab")
    del x[i]
    return x
show("del out", lambda: delete(5))
show("del str", lambda: delete("a"))
def iadd(other):
    x = bytearray(b"ab")
    x += other
    return x
show("iadd str", lambda: iadd("x"))
show("iadd int", lambda: iadd(5))
