a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b, 1 <= a <= 1 < 2)
print(a is a, a is not b, None is None, [] == [], [] is [])
print("abc" < "abd", "a" < "B", (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
def f(x):
    print("eval", x)
    return x
print(f(1) < f(2) < f(0) < f(5))
