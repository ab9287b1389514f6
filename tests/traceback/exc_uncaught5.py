x = [1, 2, 3]
y = {'a': 1}
def h(obj):
    return obj.missing_attribute
try:
    h(5)
except AttributeError:
    pass
z = (1 +
     2 +
     None)
