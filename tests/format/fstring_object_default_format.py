class P:
    def __str__(self):
        return "P!"

print(f"{P()}")
print(f"[{P()!s:>5}]")
try:
    print(f"{P():>5}")
except TypeError as e:
    print(type(e).__name__, e)
