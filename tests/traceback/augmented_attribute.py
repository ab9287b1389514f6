class A:
    pass
a = A()
try:
    a.missing += 1
except AttributeError as e:
    print(e)
a.count += 1
