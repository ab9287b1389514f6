print("start _circ_b")
import _circ_a
B = "b"
print("_circ_b sees _circ_a without A:", hasattr(_circ_a, "A"))
