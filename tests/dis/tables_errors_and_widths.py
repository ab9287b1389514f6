# The opcode tables, the errors dis raises, and the column widths for big
# line numbers and offsets. Checked against CPython 3.11's dis: opname has
# 256 entries, "<N>" for unused byte values; the TypeError, RuntimeError and
# SyntaxError messages are CPython's word for word; a line number of 1000 or
# more widens the line column to its digits, an offset of 10000 or more the
# offset column, and every line keeps the other columns aligned.
import dis
from _capture import Capture

print(len(dis.opname), dis.opname[255])
for name, opcode in dis.opmap.items():
    assert dis.opname[opcode] == name, name
for table in (dis.hasconst, dis.hasname, dis.haslocal, dis.hasfree, dis.hasjabs):
    assert all(opcode in dis.hasarg for opcode in table)
print(dis.hasjrel, dis.cmp_op)
print(sorted(dis.opname[opcode] for opcode in dis.check_points))
print([dis.opname[opcode] for opcode in dis.hascompare])
print("LOAD_GLOBAL" in dis.opmap, "STORE_GLOBAL" in dis.opmap, "BINARY_OP" in dis.opmap)

for bad in (3, 2.5, [].append, None, b"raw"):
    try:
        dis.get_instructions(bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    dis.dis(42)
except TypeError as error:
    print("TypeError:", error)
try:
    dis.dis()
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    dis.dis("1 +")
except SyntaxError as error:
    print("SyntaxError:", error)


def lines_of(source, **options):
    capture = Capture()
    dis.dis(source, file=capture, **options)
    return capture.text().splitlines()


# Line 1201: the line column is 4 wide.
far = lines_of("\n" * 1200 + "x = 1")
print(*far, sep="\n")
# Thousands of instructions: offsets reach 10000, the offset column is 5 wide.
long = lines_of("y = 0\n" + "y = y\n" * 2600)
print(len(long))
print(*long[:4], sep="\n")
print(*long[-4:], sep="\n")
