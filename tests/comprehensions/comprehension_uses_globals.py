N = 4
def f():
    return [i for i in range(N)]
print(f())
