recs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(recs), max(recs), min(recs), (1, 2) < (1, 2, 0), (2,) > (1, 99))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
