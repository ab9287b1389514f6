s = "Python"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "J"
except TypeError as e:
    print(type(e).__name__, e)
