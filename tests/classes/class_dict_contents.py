class C:
    a = 1
    def m(self):
        pass
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(C.__dict__["a"], type(C.__dict__).__name__)
