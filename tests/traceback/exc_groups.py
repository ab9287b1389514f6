def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ExceptionGroup('x', 5))
t(lambda: ExceptionGroup('x'))
t(lambda: ExceptionGroup(1, []))
t(lambda: ExceptionGroup('x', []))
t(lambda: ExceptionGroup('x', [1]))
t(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
t(lambda: type(BaseExceptionGroup('x', [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
eg = ExceptionGroup('x', [ValueError(1), TypeError(2), ExceptionGroup('y', [ValueError(3)])])
print(str(eg), eg.message, eg.exceptions)
print(repr(eg.split(ValueError)))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(repr(eg.derive([KeyError()])))
print(eg.split(ValueError)[0].__suppress_context__, eg.subgroup(ExceptionGroup) is eg)
print(eg.split((TypeError, KeyError)))
print(eg.subgroup(KeyError))
t(lambda: eg.split(5))
print(isinstance(eg, ExceptionGroup), isinstance(eg, Exception))
try:
    raise eg
except ExceptionGroup as g:
    print('caught', len(g.exceptions))
