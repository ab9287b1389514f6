# sys.setswitchinterval / getswitchinterval.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for value in [0, -1, "x"]:
    try:
        sys.setswitchinterval(value)
    except (ValueError, TypeError) as error:
        print(type(error).__name__ + ":", error)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
