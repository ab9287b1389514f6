def level(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise ValueError("v")
            return "ok"
        except KeyError as e:
            return "inner caught " + repr(e)
    except ValueError as e:
        return "outer caught " + repr(e)
print(level(0), level(1), level(2))
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer except")
