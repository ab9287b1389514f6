def f(x,): pass
