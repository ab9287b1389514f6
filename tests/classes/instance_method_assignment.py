class C:
    def m(self):
        return "class m"

c = C()
c.m = lambda: "instance m"
print(c.m(), C().m())
def extra(self):
    return "extra " + type(self).__name__
C.extra = extra
print(c.extra())
