import sys
print("to stdout", file=sys.stdout)
print("to none", file=None)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
s = Sink()
print("a", "b", file=s, sep="+")
print(s.parts)
