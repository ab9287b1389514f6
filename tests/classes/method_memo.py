# LOAD_METHOD remembers, per call site, which function a name is on a
# class; whatever changes the answer must be seen at the same call site.
class Base:
    def speak(self):
        return "base"


class Child(Base):
    pass


def call_speak(obj):
    return obj.speak()  # one call site, run many times below


child = Child()
print([call_speak(child) for _ in range(3)])

# The instance's own attribute hides the method.
child.speak = lambda: "instance"
print(call_speak(child))
del child.speak
print(call_speak(child))
child.__dict__["speak"] = lambda: "through __dict__"
print(call_speak(child))
del child.__dict__["speak"]

# A new method on the class, then on the base class.
Child.speak = lambda self: "child"
print(call_speak(child))
del Child.speak
print(call_speak(child))
Base.speak = lambda self: "new base"
print(call_speak(child))

# Another type at the same call site, built-in or not.
print(call_speak.__code__.co_name, [call_speak(o) for o in (Base(), child)])


class Loud(Base):
    def __getattribute__(self, name):
        if name == "speak":
            return lambda: "intercepted"
        return object.__getattribute__(self, name)


print(call_speak(Loud()))


def append_to(seq, item):
    seq.append(item)
    return seq


print(append_to([1], 2), append_to([3], 4))


class Tracked(list):
    pass


tracked = Tracked()
append_to(tracked, 1)
tracked.append = lambda item: print("own append", item)
append_to(tracked, 2)
print(list(tracked))


# Methods that need no self: static and class methods.
class Tools:
    @staticmethod
    def speak():
        return "static"


print(call_speak(Tools()))
Tools.speak = classmethod(lambda cls: "class " + cls.__name__)
print(call_speak(Tools()))


# Many instances built by one __init__, attributes in one order, then one
# in another order (the store memo must not mix them up).
class Point:
    def __init__(self, x, y, swap=False):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y


points = [Point(i, -i) for i in range(5)] + [Point(7, 8, swap=True), Point(9, 10)]
print([(p.x, p.y) for p in points], [list(vars(p)) for p in points[-2:]])
