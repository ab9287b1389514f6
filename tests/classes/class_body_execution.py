print("before")
class C:
    print("in body")
    x = 1
    y = x + 1
    def m(self):
        return C.y
print("after", C.y, C().m())
