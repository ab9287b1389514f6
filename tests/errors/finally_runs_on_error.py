def f():
    try:
        raise KeyError("k")
    finally:
        print("finally ran")
f()
