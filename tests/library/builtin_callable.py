class C:
    def __call__(self):
        return "called"
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(lambda: 0), callable(1), callable("s"))
print(C()())
for v in [5, "s", None]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
