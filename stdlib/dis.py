"""Disassembler of Baton's bytecode.

dis.dis(x) prints the instructions the interpreter runs for x: a function,
a method, a class (each of its methods), a module, a code object, or a
string of source code. The layout is CPython 3.11's, column by column:
the source line (where one starts), ">>" for a jump target, the offset,
the operation, its argument and, in parentheses, what the argument means.

    >>> def increment():
    ...     global counter
    ...     counter += 1
    ...
    >>> dis.dis(increment)
      1           0 RESUME                   0

      3           2 LOAD_GLOBAL              0 (counter)
                  4 LOAD_CONST               1 (1)
                  6 BINARY_OP               13 (+=)
                  8 STORE_GLOBAL             0 (counter)
                 10 LOAD_CONST               0 (None)
                 12 RETURN_VALUE

`counter += 1` is three steps: read the global, add, store it back. A
thread switch between the LOAD_GLOBAL and the STORE_GLOBAL loses the other
thread's update. That is the race the threading lessons show.

Baton's bytecode is close to CPython's but not the same, so the numbers
differ from `python3 -m dis`:
  - every instruction is one word: offsets go 0, 2, 4... with no CACHE
    entries, no EXTENDED_ARG and no PRECALL;
  - a jump's argument is the index of the instruction it goes to (offset
    = 2 * index), forward or backward; "(to 12)" gives the offset;
  - LOAD_GLOBAL takes a plain index into co_names: a call pushes the
    callable and a PUSH_NULL, then CALL.

Check points. A thread can lose the GIL (or see Ctrl-C) only where the
interpreter checks its "eval breaker": at RESUME (entering a function),
JUMP_BACKWARD (each turn of a loop) and the CALL instructions, as in
CPython 3.10 and later. dis.dis(x, show_check_points=True) marks those
lines with a trailing "<- check point"; Instruction.is_check_point and the
list dis.check_points say the same. Under `baton --switch-check=every`
every instruction is a check point, which is how the counter race shows.

The module is written on top of _dis (stdlib/mod_dis.c), which reads code
objects for it: their instructions as tuples, their exception tables,
and the opcode tables."""

import sys
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "get_instructions", "Instruction", "Positions",
           "Bytecode", "show_code", "pretty_flags", "opname", "opmap",
           "cmp_op", "hasarg", "hasconst", "hasname", "haslocal", "hasfree",
           "hasjabs", "hasjrel", "hascompare", "check_points",
           "COMPILER_FLAG_NAMES"]

# ---- The opcode tables (from the VM's own list, vm/opcodes.h) ----

opname = _dis.opname            # opname[opcode] -> "LOAD_CONST"
opmap = _dis.opmap              # opmap["LOAD_CONST"] -> opcode
hasarg = _dis.hasarg            # opcodes whose argument means something
hasconst = _dis.hasconst        # argument: an index into co_consts
hasname = _dis.hasname          # argument: an index into co_names
haslocal = _dis.haslocal        # argument: an index into co_varnames
hasfree = _dis.hasfree          # argument: an index into co_cellvars + co_freevars
hasjabs = _dis.hasjabs          # argument: the instruction a jump goes to
hasjrel = _dis.hasjrel          # relative jumps: Baton has none
hascompare = _dis.hascompare    # argument: an index into cmp_op
check_points = _dis.check_points  # where a thread switch can happen

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# What MAKE_FUNCTION's argument bits say it takes from the stack.
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

# FORMAT_VALUE's argument & 3: the conversion applied before formatting.
FORMAT_VALUE_CONVERTERS = (None, str, repr, ascii)

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20       # the opname column, as CPython's
_OPARG_WIDTH = 5         # the argument column, right-aligned
_CHECK_POINT_WIDTH = 54  # lines are padded to this width before the mark
_CHECK_POINT_MARK = "  <- check point"

# The kinds of object dis() disassembles one by one inside a class or module.
def _function():
    pass

class _Class:
    def _method(self):
        pass

FunctionType = type(_function)
MethodType = type(_Class()._method)
CodeType = _dis.CodeType
_have_code = (MethodType, FunctionType, CodeType, classmethod, staticmethod, type)

del _function, _Class


# ---- Instructions ----

class _Record(tuple):
    """A tuple whose items also have names, as collections.namedtuple's."""

    _fields = ()

    def __repr__(self):
        parts = []
        for name, value in zip(self._fields, self):
            parts.append(name + "=" + repr(value))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = []
        for name, value in zip(self._fields, self):
            values.append(changes.pop(name, value))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)


def _field(index, doc):
    """A read-only attribute for item `index` of a _Record."""
    return property(lambda self: self[index], doc=doc)


class Positions(_Record):
    """Where an instruction's source is: lines and 0-based columns."""

    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = _field(0, "First line of the instruction's source")
    end_lineno = _field(1, "Last line of the instruction's source")
    col_offset = _field(2, "Start column (bytes) on the first line")
    end_col_offset = _field(3, "End column (bytes) on the last line")


class Instruction(_Record):
    """Details for one bytecode operation, as CPython's dis.Instruction.

    opname, opcode: the operation; arg: its numeric argument or None;
    argval: what the argument stands for (a constant, a name, a jump's
    target offset); argrepr: argval as dis prints it; offset: where the
    instruction is (2 * its index); starts_line: the source line it starts,
    or None; is_jump_target: whether a jump or exception handler goes
    there; positions: its Positions. Baton adds is_check_point."""

    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
               'starts_line', 'is_jump_target', 'positions')

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset, starts_line,
                is_jump_target, positions=None):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr, offset,
                                   starts_line, is_jump_target, positions))

    opname = _field(0, "Human readable name for operation")
    opcode = _field(1, "Numeric code for operation")
    arg = _field(2, "Numeric argument to operation (if any), otherwise None")
    argval = _field(3, "Resolved arg value (if known), otherwise same as arg")
    argrepr = _field(4, "Human readable description of operation argument")
    offset = _field(5, "Start index of operation within bytecode sequence")
    starts_line = _field(6, "Line started by this opcode (if any), otherwise None")
    is_jump_target = _field(7, "True if other code jumps to here, otherwise False")
    positions = _field(8, "dis.Positions object holding the span of source code covered by this instruction")

    @property
    def is_check_point(self):
        """True where a thread switch can happen (Baton only)."""
        return self.opcode in check_points

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of dis output: line number (blank unless this
        instruction starts a line), the current-instruction arrow, the
        jump-target mark, offset, opname, argument and its meaning."""
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _argval(co, op, arg):
    """What argument `arg` of opcode `op` stands for in code object `co`."""
    if arg is None:
        return None
    if op in hasconst:
        return co.co_consts[arg]
    if op in hasname:
        return co.co_names[arg]
    if op in haslocal:
        return co.co_varnames[arg]
    if op in hasfree:
        return (co.co_cellvars + co.co_freevars)[arg]
    if op in hasjabs:
        return arg * 2
    if op in hascompare:
        return cmp_op[arg]
    if op == opmap['FORMAT_VALUE']:
        return (FORMAT_VALUE_CONVERTERS[arg & 3], bool(arg & 4))
    return arg


def _get_instructions(co, line_offset=0):
    """The Instructions of code object `co`, built from _dis's tuples."""
    for item in _dis.instructions(co):
        offset, name, op, arg, argrepr, starts_line, is_target, _, positions = item
        if starts_line is not None:
            starts_line += line_offset
        yield Instruction(name, op, arg, _argval(co, op, arg), argrepr, offset,
                          starts_line, is_target, Positions(*positions))


def findlinestarts(code):
    """Yield (offset, line) for each instruction that starts a source line."""
    for instruction in _get_instructions(code):
        if instruction.starts_line is not None:
            yield instruction.offset, instruction.starts_line


# ---- Finding the code object ----

def _try_compile(source, name):
    """Compile an expression if it is one, else statements, as CPython."""
    try:
        return _dis.compile(source, name, 'eval')
    except SyntaxError:
        pass
    return _dis.compile(source, name, 'exec')


def _unwrap(x):
    """The code object inside a method, function, generator or coroutine;
    anything else as it is."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attribute in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    """The code object behind a method, function, generator, coroutine,
    code object or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the Instructions of x (function, method, code
    object, source string...). With first_line, line numbers are shifted
    so the code starts there. show_caches and adaptive are accepted for
    CPython's sake: Baton has no inline caches."""
    co = _get_code_object(x)
    line_offset = 0
    if first_line is not None:
        line_offset = first_line - co.co_firstlineno
    return _get_instructions(co, line_offset)


# ---- Printing ----

def _print_exception_table(co, file):
    entries = _dis.exception_table(co)
    if not entries:
        return
    print("ExceptionTable:", file=file)
    for start, end, target, depth, lasti in entries:
        mark = " lasti" if lasti else ""
        print(f"  {start} to {end - 2} -> {target} [{depth}]{mark}", file=file)


def _column_widths(instructions):
    """The line-number and offset column widths CPython would use: 3 and 4
    unless the numbers need more; no line column if no line is known."""
    lines = [i.starts_line for i in instructions if i.starts_line is not None]
    lineno_width = 0
    if lines:
        lineno_width = max(3, len(str(max(lines))))
    offset_width = 4
    if instructions:
        offset_width = max(4, len(str(instructions[-1].offset)))
    return lineno_width, offset_width


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_check_points=False):
    """Disassemble one code object (not the code objects it contains).
    The instruction at offset lasti is marked with -->."""
    _print_code(co, lasti, file, 0, show_check_points)


def _print_code(co, lasti, file, line_offset, show_check_points):
    """The lines of one code object: a blank line before each new source
    line, then its exception table."""
    instructions = list(_get_instructions(co, line_offset))
    lineno_width, offset_width = _column_widths(instructions)
    for instruction in instructions:
        if lineno_width and instruction.starts_line is not None and instruction.offset > 0:
            print(file=file)
        line = instruction._disassemble(lineno_width, instruction.offset == lasti, offset_width)
        if show_check_points and instruction.is_check_point:
            line = line.ljust(_CHECK_POINT_WIDTH) + _CHECK_POINT_MARK
        print(line, file=file)
    _print_exception_table(co, file)

disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_check_points=False):
    """A code object, then each code object among its constants (the
    functions, classes and comprehensions defined in it), depth levels
    down (None: all the way)."""
    disassemble(co, file=file, show_check_points=show_check_points)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, CodeType):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth,
                                       show_check_points=show_check_points)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_check_points=False):
    """Disassemble x: a function, method, class (each of its methods), module
    (each of its functions and classes), code object or source string.
    Without x, disassemble the last traceback. depth limits how far nested
    code objects are followed; show_check_points marks the instructions
    where a thread switch can happen."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if isinstance(x, CodeType):
        _disassemble_recursive(x, file=file, depth=depth, show_check_points=show_check_points)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth,
                               show_check_points=show_check_points)
    elif hasattr(x, '__dict__'):
        _disassemble_members(x, file, depth, show_check_points)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _disassemble_members(x, file, depth, show_check_points):
    """A class or module: each function, method or class in it, by name."""
    for name, member in sorted(x.__dict__.items()):
        if isinstance(member, _have_code):
            print("Disassembly of %s:" % name, file=file)
            try:
                dis(member, file=file, depth=depth, show_check_points=show_check_points)
            except TypeError as msg:
                print("Sorry:", msg, file=file)
            print(file=file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code where traceback tb (by default the last one)
    stopped, marking the instruction with -->."""
    if tb is None:
        if not hasattr(sys, 'last_traceback'):
            raise RuntimeError("no last traceback to disassemble")
        tb = sys.last_traceback
        while tb.tb_next:
            tb = tb.tb_next
    if tb.tb_frame is None:
        raise RuntimeError("Baton's tracebacks do not keep their frames yet")
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


# ---- Code information ----

def pretty_flags(flags):
    """co_flags as names: "OPTIMIZED, NEWLOCALS"."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    _format_table(lines, "Constants:", co.co_consts, "%4d: %r")
    _format_table(lines, "Names:", co.co_names, "%4d: %s")
    _format_table(lines, "Variable names:", co.co_varnames, "%4d: %s")
    _format_table(lines, "Free variables:", co.co_freevars, "%4d: %s")
    _format_table(lines, "Cell variables:", co.co_cellvars, "%4d: %s")
    return "\n".join(lines)


def _format_table(lines, title, items, form):
    """A numbered list under its title, when there is anything in it."""
    if items:
        lines.append(title)
        for index, item in enumerate(items):
            lines.append(form % (index, item))


def code_info(x):
    """Details of the code object behind x, as a string."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print the details of the code object behind co."""
    print(code_info(co), file=file)


# ---- Bytecode ----

class _StringWriter:
    """Collects what print() writes, so Bytecode.dis() can return it."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


class Bytecode:
    """The bytecode of x as an iterable of Instructions, with dis() and
    info() returning the disassembly and code details as strings."""

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _get_instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        output = _StringWriter()
        offset = -1 if self.current_offset is None else self.current_offset
        _print_code(self.codeobj, offset, output, self._line_offset, False)
        return output.getvalue()
