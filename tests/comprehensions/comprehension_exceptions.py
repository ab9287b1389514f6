try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print({k: k for k in [[1]]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({x for x in [{}]})
except TypeError as e:
    print(type(e).__name__, e)
