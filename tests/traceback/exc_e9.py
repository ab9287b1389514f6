class Bad(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = Bad(1, 2)
print(e.args, e.b, repr(e), str(e))
raise Bad('msg', 3)
