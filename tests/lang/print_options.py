print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print()
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep=" | ")
print("no newline", end="")
print(" then newline")
import sys
print("to stdout", file=sys.stdout)
