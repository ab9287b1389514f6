def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
def r1(): raise 5
def r2(): raise ValueError from 5
def r3(): raise ValueError from KeyError
class W:
    pass
def r4(): raise ValueError('x') from None
t(r1); t(r2); t(r3); t(r4)
e = ValueError('loop')
try:
    try:
        raise e
    except ValueError:
        raise e
except ValueError as x:
    print(x.__context__)
