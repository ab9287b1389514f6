# A function reading globals must see every change: rebinding, deleting,
# shadowing a builtin and unshadowing it again.
def show():
    return value, len("abc")

value = 1
print(show())
value = 2
print(show())
def len(x):
    return "shadowed"
print(show())
del len
print(show())
del value
try:
    show()
except NameError as error:
    print("NameError:", error)
globals()["value"] = "via globals()"
print(show())
import builtins
builtins.len = lambda x: "patched builtin"
print(show())
