cases = [lambda: exec_unpack(2, [1]), lambda: exec_unpack(2, [1, 2, 3]), lambda: exec_unpack(2, 5), lambda: exec_star([])]
def exec_unpack(n, v):
    a, b = v
def exec_star(v):
    a, *b, c = v
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
