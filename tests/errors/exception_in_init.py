class C:
    def __init__(self):
        raise TypeError("bad init")
C()
