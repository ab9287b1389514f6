print("%%d" % ())
print("%s%%" % 50)
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%d" % None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%f" % "1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a" % {"a": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("abc %" % ())
except ValueError as e:
    print(type(e).__name__, e)
