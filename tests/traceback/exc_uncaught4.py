def f():
    raise ValueError(1)
def g():
    try:
        f()
    except Exception as e:
        e.add_note("note here")
        raise ExceptionGroup("eg", [e, TypeError(2)])
try:
    g()
except Exception as e:
    raise RuntimeError("outer") from e
