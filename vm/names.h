/* names.h: interned strings the VM looks up often (dunder methods and the
 * like), created once at start-up so hot paths compare pointers, not text.
 * Use them as thread->runtime->names.init ("__init__"). Add a name by adding
 * one line to COMMON_NAMES. Fields that would be C keywords get a dunder_
 * prefix (names.dunder_int is "__int__"). */
#ifndef BATON_NAMES_H
#define BATON_NAMES_H

struct Str;

#define COMMON_NAMES(X)                  \
    X(abs, "__abs__")                    \
    X(add, "__add__")                    \
    X(aenter, "__aenter__")              \
    X(aexit, "__aexit__")                \
    X(aiter, "__aiter__")                \
    X(anext, "__anext__")                \
    X(and, "__and__")                    \
    X(annotations, "__annotations__")    \
    X(await, "__await__")                \
    X(dunder_bool, "__bool__")              \
    X(build_class, "__build_class__")    \
    X(builtins, "__builtins__")          \
    X(call, "__call__")                  \
    X(cause, "__cause__")                \
    X(class, "__class__")                \
    X(classcell, "__classcell__")        \
    X(contains, "__contains__")          \
    X(context, "__context__")            \
    X(del, "__del__")                    \
    X(delattr, "__delattr__")            \
    X(delete, "__delete__")              \
    X(delitem, "__delitem__")            \
    X(dict, "__dict__")                  \
    X(doc, "__doc__")                    \
    X(enter, "__enter__")                \
    X(eq, "__eq__")                      \
    X(exit, "__exit__")                  \
    X(file, "__file__")                  \
    X(dunder_float, "__float__")              \
    X(floordiv, "__floordiv__")          \
    X(format, "__format__")              \
    X(ge, "__ge__")                      \
    X(get, "__get__")                    \
    X(getattr, "__getattr__")            \
    X(getattribute, "__getattribute__")  \
    X(getitem, "__getitem__")            \
    X(gt, "__gt__")                      \
    X(hash, "__hash__")                  \
    X(iadd, "__iadd__")                  \
    X(iand, "__iand__")                  \
    X(ifloordiv, "__ifloordiv__")        \
    X(ilshift, "__ilshift__")            \
    X(imatmul, "__imatmul__")            \
    X(imod, "__imod__")                  \
    X(imul, "__imul__")                  \
    X(index, "__index__")                \
    X(init, "__init__")                  \
    X(init_subclass, "__init_subclass__") \
    X(dunder_int, "__int__")              \
    X(invert, "__invert__")              \
    X(ior, "__ior__")                    \
    X(ipow, "__ipow__")                  \
    X(irshift, "__irshift__")            \
    X(isub, "__isub__")                  \
    X(iter, "__iter__")                  \
    X(itruediv, "__itruediv__")          \
    X(ixor, "__ixor__")                  \
    X(le, "__le__")                      \
    X(len, "__len__")                    \
    X(lshift, "__lshift__")              \
    X(lt, "__lt__")                      \
    X(main, "__main__")                  \
    X(matmul, "__matmul__")              \
    X(missing, "__missing__")            \
    X(mod, "__mod__")                    \
    X(module, "__module__")              \
    X(mro, "__mro__")                    \
    X(mul, "__mul__")                    \
    X(name, "__name__")                  \
    X(ne, "__ne__")                      \
    X(neg, "__neg__")                    \
    X(new, "__new__")                    \
    X(next, "__next__")                  \
    X(or, "__or__")                      \
    X(pos, "__pos__")                    \
    X(pow, "__pow__")                    \
    X(qualname, "__qualname__")          \
    X(radd, "__radd__")                  \
    X(rand, "__rand__")                  \
    X(repr, "__repr__")                  \
    X(reversed, "__reversed__")          \
    X(rfloordiv, "__rfloordiv__")        \
    X(rlshift, "__rlshift__")            \
    X(rmatmul, "__rmatmul__")            \
    X(rmod, "__rmod__")                  \
    X(rmul, "__rmul__")                  \
    X(ror, "__ror__")                    \
    X(round, "__round__")                \
    X(rpow, "__rpow__")                  \
    X(rrshift, "__rrshift__")            \
    X(rshift, "__rshift__")              \
    X(rsub, "__rsub__")                  \
    X(rtruediv, "__rtruediv__")          \
    X(rxor, "__rxor__")                  \
    X(self, "__self__")                  \
    X(set, "__set__")                    \
    X(set_name, "__set_name__")          \
    X(setattr, "__setattr__")            \
    X(setitem, "__setitem__")            \
    X(slots, "__slots__")                \
    X(str, "__str__")                    \
    X(sub, "__sub__")                    \
    X(traceback, "__traceback__")        \
    X(truediv, "__truediv__")            \
    X(xor, "__xor__")                    \
    X(args, "args")                      \
    X(close, "close")                    \
    X(end, "end")                        \
    X(file_keyword, "file")              \
    X(flush, "flush")                    \
    X(key, "key")                        \
    X(reverse, "reverse")                \
    X(send, "send")                      \
    X(sep, "sep")                        \
    X(throw, "throw")                    \
    X(write, "write")

typedef struct Names {
#define NAMES_FIELD(field, text) struct Str *field;
    COMMON_NAMES(NAMES_FIELD)
#undef NAMES_FIELD
} Names;

#endif
