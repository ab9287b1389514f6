class MyError(Exception):
    pass
def inner():
    raise MyError('bad thing')
def outer():
    try:
        inner()
    except MyError as e:
        raise RuntimeError('wrapped') from e
try:
    outer()
except RuntimeError as r:
    r.add_note('a note')
    raise ValueError('during')
