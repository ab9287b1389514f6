def f(a, b:
