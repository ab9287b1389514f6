def register(cls):
    cls.registered = True
    return cls

def add_method(cls):
    cls.hello = lambda self: f"hello from {type(self).__name__}"
    return cls

@register
@add_method
class Thing:
    pass

print(Thing.registered, Thing().hello())
