def f(x):
    return x[1] + 1/0
def g():
    d = {}
    return d['missing']
try:
    g()
except KeyError as e:
    try:
        f([1, 2])
    except ZeroDivisionError:
        pass
print('hi')
f([1, 2])
