class A:
    def __init__(self):
        self.a = "set by A"
class B(A):
    pass
class C(B):
    def __init__(self):
        super().__init__()
        self.c = "set by C"
c = C()
print(c.a, c.c)
