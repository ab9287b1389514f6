print("a b  c".split())
print("a,b,,c".split(","))
print("a,b,c".split(",", 1))
print("  lead and trail  ".split())
print("".split(), "".split(","))
print("a::b::c".split("::"))
print("a b c".rsplit(" ", 1))
print("x\ny\r\nz".splitlines())
print("x\ny\n".splitlines(True))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
