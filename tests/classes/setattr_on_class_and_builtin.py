class C:
    pass
C.new_attr = 5
print(C().new_attr)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
