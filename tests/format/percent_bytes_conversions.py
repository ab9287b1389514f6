# bytes % args: %s/%b take bytes-like objects, %r/%a give ascii(), %c a byte.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class B:
    def __bytes__(self):
        return b"<B>"

show("s", lambda: b"[%s|%b|%s]" % (b"x", bytearray(b"y"), B()))
show("width", lambda: b"[%-5s|%5s|%.2s|%5.1b]" % (b"ab", b"cd", b"xyz", b"xyz"))
show("r a", lambda: b"%r %a" % ("\xe9", [1, "x"]))
show("c", lambda: b"%c%c%3c" % (65, b"B", 67))
show("numbers", lambda: b"%d %i %05d %x %X %o %#x %+d" % (1, 2, -3, 255, 255, 8, 255, 4))
show("floats", lambda: b"%.2f %e %g %G %%" % (3.14159, 1500.0, 0.00001, 1e20))
show("mapping", lambda: b"%(name)s=%(n)d" % {b"name": b"k", b"n": 3})
show("bytearray template", lambda: bytearray(b"<%s>") % b"x")
show("dict positional", lambda: b"%s" % {b"a": b"b"} if False else b"%d" % 7)
print("errors")
show("str arg", lambda: b"%s" % "x")
show("int arg", lambda: b"%b" % 5)
show("c range", lambda: b"%c" % 256)
show("c long", lambda: b"%c" % b"ab")
show("c str", lambda: b"%c" % "a")
show("extra", lambda: b"%d" % (1, 2))
show("missing", lambda: b"%d %d" % (1,))
show("str key", lambda: b"%(a)s" % {"a": b"x"})
show("no mapping", lambda: b"%(a)s" % (b"x",))
show("bad code", lambda: b"%z" % 1)
show("incomplete", lambda: b"abc %" % ())
