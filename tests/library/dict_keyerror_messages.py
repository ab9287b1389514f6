d = {"a": 1}
for k in ["b", 5, (1, 2), ""]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["q"]
except KeyError as e:
    print("del", e)
