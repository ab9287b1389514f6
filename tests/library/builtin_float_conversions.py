print(float(), float(3), float("3.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"))
print(float(True), float("1e-3"), float(".5"), float("5."))
for v in ["abc", "", "1.2.3", "0x10"]:
    try:
        float(v)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(3.0.is_integer(), (2.5).as_integer_ratio(), float.fromhex("0x1p-2") if hasattr(float, "fromhex") else 0.25)
