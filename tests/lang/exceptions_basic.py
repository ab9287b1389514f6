def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in [2, 0]:
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", e, type(e).__name__, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    [][1]
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
