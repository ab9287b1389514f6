def f():
    total = 0
    return totl
f()
