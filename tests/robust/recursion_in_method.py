class A:
    def __getattr__(self, name):
        return self.other
try:
    A().x
except RecursionError:
    print("caught recursion in __getattr__")
