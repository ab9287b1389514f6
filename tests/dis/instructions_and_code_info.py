# get_instructions, Instruction, Positions, Bytecode, show_code, code_info
# and the code objects' co_* attributes. Checked against CPython 3.11 on the
# same functions: the Instruction and Positions reprs (namedtuple style),
# argval for constants, names, locals, free variables, jumps (the target
# offset) and comparisons, first_line shifting starts_line, the
# show_code/code_info text (field names, widths, "%4d: " tables, flag
# names), pretty_flags, and the code repr's shape. Opcode numbers, offsets
# and stack sizes are Baton's own.
import dis
from _capture import scrub
try:
    import _dis  # Baton's primitives; absent when hand-checking on CPython
except ImportError:
    _dis = None


def sample(a, b=1, *rest, key, **options):
    total = a
    def inner():
        return total
    if a < b:
        total = "small"
    return inner


by_name = {}
for instruction in dis.get_instructions(sample):
    by_name.setdefault(instruction.opname, instruction)

first = by_name["LOAD_FAST"]
print(first)
print(first.opname, first.argval, first.argrepr, first.starts_line, first.positions.lineno)
print(by_name["LOAD_FAST"].argval, by_name["STORE_DEREF"].argval)
print(by_name["COMPARE_OP"].argval, by_name["COMPARE_OP"].argrepr)
jump = [i for i in dis.get_instructions(sample) if i.opcode in dis.hasjabs + dis.hasjrel][0]
print(jump.argval == jump.arg * 2, jump.argrepr == "to %d" % jump.argval)
small = [i for i in dis.get_instructions(sample) if i.argval == "small"][0]
print(small.opname, small.argval, repr(small.argrepr))
print(by_name["MAKE_FUNCTION"].argrepr)
print(by_name["RETURN_VALUE"].arg, by_name["RETURN_VALUE"].argval, repr(by_name["RETURN_VALUE"].argrepr))
print(by_name["RESUME"].is_check_point, by_name["LOAD_FAST"].is_check_point)

# Instructions are tuples with named fields, as CPython's namedtuples.
print(len(first), first[0], first == tuple(first), first._fields[-1])
print(first._replace(argrepr="!").argrepr, sorted(first._asdict())[:3])
print(dis.Positions(1, 2, 3, 4), dis.Positions().lineno)

# is_check_point agrees with the VM's own flag on every instruction.
for item in _dis.instructions(sample.__code__) if _dis else ():
    assert (item[2] in dis.check_points) == item[7], item

# first_line shifts the line numbers, as if the code started there.
print([i.starts_line for i in dis.get_instructions(sample, first_line=100) if i.starts_line])
print(list(dis.findlinestarts(sample.__code__)))

code = sample.__code__
print(code.co_name, code.co_qualname, code.co_filename.split("/")[-1], code.co_firstlineno)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_cellvars, code.co_freevars)
print(code.co_names, code.co_flags, dis.pretty_flags(code.co_flags))
inner = code.co_consts[1]
print(inner.co_qualname, inner.co_freevars, inner.co_consts, inner.co_flags)
print(scrub(repr(inner)))
print(type(code).__name__, isinstance(code.co_stacksize, int))
try:
    code.co_name = "other"
except AttributeError as error:
    print("AttributeError")

print(scrub(dis.code_info(sample)).replace(code.co_filename, "FILE"))
print("--")
dis.show_code("x = y + 1")
print("--")
bytecode = dis.Bytecode(sample.__code__.co_consts[1])
print([i.opname for i in bytecode])
print(bytecode.info().splitlines()[-2:])
print(bytecode.dis(), end="")
print(scrub(repr(dis.Bytecode("pass"))))
print(dis.pretty_flags(0), dis.pretty_flags(1 << 5), dis.pretty_flags(1 << 20 | 2))
