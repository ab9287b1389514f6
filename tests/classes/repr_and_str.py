class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
class C(A):
    def __str__(self):
        return "C-str"

print(A(), str(A()), repr(A()), [A()])
print(str(B()), repr(B()).startswith("<__main__.B object at "), [C()], C())
print(f"{A()} {C()!r}")
