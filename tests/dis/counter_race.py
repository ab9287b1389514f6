# dis.dis of the `counter += 1` function from the threading lessons: it reads
# the global (LOAD_GLOBAL), adds (BINARY_OP +=) and stores it back
# (STORE_GLOBAL), three instructions a thread switch can split. Layout
# checked against python3 -m dis on the same function: line column of width
# 3, offsets right-aligned in 4, opnames padded to 20, arguments in 5, the
# meaning in parentheses, a blank line before each new source line; CPython
# differs only in the offsets (its inline caches). The check-point marks are
# Baton's: RESUME, CALL and the loop's JUMP_BACKWARD.
import dis

counter = 0


def increment():
    global counter
    counter += 1


def increment_many(n):
    global counter
    for _ in range(n):
        counter += 1


dis.dis(increment)
print()
dis.dis(increment_many, show_check_points=True)
print()

names = [instruction.opname for instruction in dis.get_instructions(increment)]
start = names.index("LOAD_GLOBAL")
print(names[start:start + 4])
assert names[start:start + 4] == ["LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL"]
for instruction in dis.get_instructions(increment_many):
    if instruction.is_check_point:
        print(instruction.offset, instruction.opname)
