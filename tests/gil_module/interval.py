# gil.interval() is the switch interval, the same number as
# sys.getswitchinterval(), and follows sys.setswitchinterval().
import gil
import sys

print(gil.interval(), gil.interval() == sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(gil.interval())
