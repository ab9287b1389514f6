print("start _circ_a")
import _circ_b
A = "a"
print("end _circ_a, _circ_b.B =", _circ_b.B)
