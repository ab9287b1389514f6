class A:
    def __init__(self):
        self.items = {'x': [1, 2]}
    def get(self, key):
        return self.items[key][5]
def call(a):
    value = a.get('x') * 2
    return value
call(A())
