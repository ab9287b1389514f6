def f(a: int, b: "str" = "x") -> list:
    return [a, b]

print(f(1), f.__annotations__)
class P:
    x: int = 3
    y: str
print(P.x, P.__annotations__)
count: int = 0
print(count)
