class C:
    def __init__(self):
        return 5

try:
    C()
except TypeError as e:
    print(type(e).__name__, e)
