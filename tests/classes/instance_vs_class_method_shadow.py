class C:
    def greet(self):
        return "method"
c = C()
print(c.greet())
c.greet = "attribute"
print(c.greet, C.greet(c))
del c.greet
print(c.greet())
