class C:
    def __init__(self, a):
        self.a = a
C(1, 2)
