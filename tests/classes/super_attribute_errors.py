class A:
    pass
class B(A):
    def m(self):
        return super().missing()
try:
    B().m()
except AttributeError as e:
    print(type(e).__name__, e)
