/* opcodes.h: the instruction set, as one X-macro list.
 *
 * The list drives the opcode enum, the dispatch table in eval.c, the names
 * `dis` prints, and the compiler's stack-depth computation. Names and meanings
 * follow CPython 3.11 where they match, so Baton's `dis` reads side by side
 * with `python3 -m dis`.
 *
 * X(NAME, EFFECT, FLAGS)
 *   EFFECT: the net change of the value stack depth, as a C expression of
 *           `arg` (the instruction's argument) for the path that falls
 *           through; jumps note the taken path in the comment.
 *   FLAGS:  OPCODE_HAS_ARG (the argument means something), OPCODE_JUMP (the
 *           argument is an absolute instruction index), OPCODE_CHECK_POINT
 *           (the eval breaker is tested here: GIL drop requests, signals,
 *           pending collections), OPCODE_NAME (argument indexes co_names),
 *           OPCODE_CONST (indexes co_consts), OPCODE_LOCAL (indexes locals),
 *           OPCODE_CELL (indexes cells then free variables).
 *
 * Stack pictures are written bottom -> top. "EMPTY" is the VM's EMPTY value,
 * which the compiler pushes with PUSH_NULL. */
#ifndef BATON_OPCODES_H
#define BATON_OPCODES_H

enum {
    OPCODE_HAS_ARG = 1 << 0,
    OPCODE_JUMP = 1 << 1,
    OPCODE_CHECK_POINT = 1 << 2,
    OPCODE_NAME = 1 << 3,
    OPCODE_CONST = 1 << 4,
    OPCODE_LOCAL = 1 << 5,
    OPCODE_CELL = 1 << 6,
};

#define OPCODE_JUMPS (OPCODE_HAS_ARG | OPCODE_JUMP)

#define OPCODES(X)                                                                                       \
    /* --- Stack manipulation --- */                                                                     \
    X(NOP, 0, 0) /* nothing */                                                  \
    X(POP_TOP, -1, 0) /* x -> */                                                     \
    X(PUSH_NULL, 1, 0) /* -> EMPTY */                                                 \
    X(COPY, 1, OPCODE_HAS_ARG) /* x_arg..x_1 -> x_arg..x_1 x_arg (arg >= 1) */                \
    X(SWAP, 0, OPCODE_HAS_ARG) /* swap top and the arg-th item (arg >= 2) */                  \
    /* --- Constants and variables --- */                                                                \
    X(LOAD_CONST, 1, OPCODE_HAS_ARG | OPCODE_CONST) /* -> co_consts[arg] */                                        \
    X(LOAD_FAST, 1, OPCODE_HAS_ARG | OPCODE_LOCAL) /* -> local; UnboundLocalError if unbound */                  \
    X(STORE_FAST, -1, OPCODE_HAS_ARG | OPCODE_LOCAL) /* x -> ; local = x */                                         \
    X(DELETE_FAST, 0, OPCODE_HAS_ARG | OPCODE_LOCAL) /* unbind; UnboundLocalError if unbound */                     \
    X(LOAD_DEREF, 1, OPCODE_HAS_ARG | OPCODE_CELL) /* -> cell contents; NameError (free) / UnboundLocalError (cell) */ \
    X(STORE_DEREF, -1, OPCODE_HAS_ARG | OPCODE_CELL) /* x -> ; cell contents = x */                                 \
    X(DELETE_DEREF, 0, OPCODE_HAS_ARG | OPCODE_CELL) /* empty the cell */                                           \
    X(LOAD_CLOSURE, 1, OPCODE_HAS_ARG | OPCODE_CELL) /* -> the cell object itself (to build a closure tuple) */     \
    X(LOAD_CLASSDEREF, 1, OPCODE_HAS_ARG | OPCODE_CELL) /* class body: -> locals[name] if present, else cell contents */ \
    X(LOAD_GLOBAL, 1, OPCODE_HAS_ARG | OPCODE_NAME) /* -> globals[name] or builtins[name]; NameError */            \
    X(STORE_GLOBAL, -1, OPCODE_HAS_ARG | OPCODE_NAME) /* x -> ; globals[name] = x */                                 \
    X(DELETE_GLOBAL, 0, OPCODE_HAS_ARG | OPCODE_NAME) /* del globals[name]; NameError */                             \
    X(LOAD_NAME, 1, OPCODE_HAS_ARG | OPCODE_NAME) /* -> locals, globals or builtins [name]; NameError */         \
    X(STORE_NAME, -1, OPCODE_HAS_ARG | OPCODE_NAME) /* x -> ; locals[name] = x */                                  \
    X(DELETE_NAME, 0, OPCODE_HAS_ARG | OPCODE_NAME) /* del locals[name]; NameError */                              \
    /* --- Attributes and items --- */                                                                   \
    X(LOAD_ATTR, 0, OPCODE_HAS_ARG | OPCODE_NAME) /* obj -> obj.name */                                          \
    X(STORE_ATTR, -2, OPCODE_HAS_ARG | OPCODE_NAME) /* value obj -> ; obj.name = value */                          \
    X(DELETE_ATTR, -1, OPCODE_HAS_ARG | OPCODE_NAME) /* obj -> ; del obj.name */                                    \
    X(LOAD_METHOD, 1, OPCODE_HAS_ARG | OPCODE_NAME) /* obj -> method obj   or   attribute EMPTY */                 \
    X(BINARY_SUBSCR, -1, 0) /* container key -> container[key] */                          \
    X(STORE_SUBSCR, -3, 0) /* value container key -> ; container[key] = value */          \
    X(DELETE_SUBSCR, -2, 0) /* container key -> ; del container[key] */                    \
    X(BUILD_SLICE, 1 - (int)(arg), OPCODE_HAS_ARG) /* start stop [step] -> slice (arg is 2 or 3) */               \
    /* --- Operators --- */                                                                              \
    X(UNARY_POSITIVE, 0, 0) /* x -> +x */                                                  \
    X(UNARY_NEGATIVE, 0, 0) /* x -> -x */                                                  \
    X(UNARY_NOT, 0, 0) /* x -> not x */                                               \
    X(UNARY_INVERT, 0, 0) /* x -> ~x */                                                  \
    X(BINARY_OP, -1, OPCODE_HAS_ARG) /* a b -> a OP b; arg: BinaryOperator (number.h) */           \
    X(COMPARE_OP, -1, OPCODE_HAS_ARG) /* a b -> a OP b; arg: CompareOperator (ops.h) */             \
    X(IS_OP, -1, OPCODE_HAS_ARG) /* a b -> a is b (arg 1: is not) */                            \
    X(CONTAINS_OP, -1, OPCODE_HAS_ARG) /* a b -> a in b (arg 1: not in) */                            \
    /* --- Building values --- */                                                                        \
    X(BUILD_TUPLE, 1 - (int)(arg), OPCODE_HAS_ARG) /* x1..xn -> (x1, ..., xn) */                                  \
    X(BUILD_LIST, 1 - (int)(arg), OPCODE_HAS_ARG) /* x1..xn -> [x1, ..., xn] */                                  \
    X(BUILD_SET, 1 - (int)(arg), OPCODE_HAS_ARG) /* x1..xn -> {x1, ..., xn} */                                  \
    X(BUILD_MAP, 1 - 2 * (int)(arg), OPCODE_HAS_ARG) /* k1 v1 .. kn vn -> {k1: v1, ...} */                          \
    X(BUILD_STRING, 1 - (int)(arg), OPCODE_HAS_ARG) /* s1..sn -> s1 + ... + sn (f-strings) */                      \
    X(LIST_APPEND, -1, OPCODE_HAS_ARG) /* list x1..x(arg-1) v -> list ...; list.append(v); list is arg-th from top after pop */ \
    X(SET_ADD, -1, OPCODE_HAS_ARG) /* like LIST_APPEND for a set */                               \
    X(MAP_ADD, -2, OPCODE_HAS_ARG) /* dict ... k v -> dict ...; dict[k] = v; dict is arg-th from top after popping k v */ \
    X(LIST_EXTEND, -1, OPCODE_HAS_ARG) /* list ... iterable -> list ...; list.extend(iterable) */     \
    X(SET_UPDATE, -1, OPCODE_HAS_ARG) /* set ... iterable -> set ...; set.update(iterable) */        \
    X(DICT_UPDATE, -1, OPCODE_HAS_ARG) /* dict ... mapping -> dict ...; dict.update(mapping) */       \
    X(DICT_MERGE, -1, OPCODE_HAS_ARG) /* like DICT_UPDATE for **kwargs in calls: duplicate keys raise TypeError "f() got multiple values for keyword argument 'x'"; the callable is 2 below the dict */ \
    X(LIST_TO_TUPLE, 0, 0) /* list -> tuple(list) */                                      \
    X(FORMAT_VALUE, 0 - (((int)(arg) & 4) ? 1 : 0), OPCODE_HAS_ARG) /* value [spec] -> formatted str; arg&3: 0 none, 1 str, 2 repr, 3 ascii; arg&4: a spec is on top */ \
    X(UNPACK_SEQUENCE, (int)(arg) - 1, OPCODE_HAS_ARG) /* seq -> x_n .. x_1 (x_1 on top); ValueError on wrong length */ \
    X(UNPACK_EX, ((int)(arg) & 0xFF) + ((int)(arg) >> 8), OPCODE_HAS_ARG) /* seq -> after.. starred_list before..; arg = before | after << 8 */ \
    /* --- Control flow --- */                                                                           \
    X(JUMP_FORWARD, 0, OPCODE_JUMPS) /* goto arg */                                                 \
    X(JUMP_BACKWARD, 0, OPCODE_JUMPS | OPCODE_CHECK_POINT) /* goto arg (a loop's back edge: a check point) */             \
    X(POP_JUMP_IF_FALSE, -1, OPCODE_JUMPS) /* x -> ; if not x: goto arg */                                \
    X(POP_JUMP_IF_TRUE, -1, OPCODE_JUMPS) /* x -> ; if x: goto arg */                                    \
    X(POP_JUMP_IF_NONE, -1, OPCODE_JUMPS) /* x -> ; if x is None: goto arg */                            \
    X(POP_JUMP_IF_NOT_NONE, -1, OPCODE_JUMPS) /* x -> ; if x is not None: goto arg */                        \
    X(POP_JUMP_BACKWARD_IF_FALSE, -1, OPCODE_JUMPS | OPCODE_CHECK_POINT) /* the same jumping back (a while loop's test at its end): a check point */ \
    X(POP_JUMP_BACKWARD_IF_TRUE, -1, OPCODE_JUMPS | OPCODE_CHECK_POINT) /* x -> ; if x: goto arg, backward */ \
    X(POP_JUMP_BACKWARD_IF_NONE, -1, OPCODE_JUMPS | OPCODE_CHECK_POINT) /* x -> ; if x is None: goto arg, backward */ \
    X(POP_JUMP_BACKWARD_IF_NOT_NONE, -1, OPCODE_JUMPS | OPCODE_CHECK_POINT) /* x -> ; if x is not None: goto arg, backward */ \
    X(JUMP_IF_FALSE_OR_POP, -1, OPCODE_JUMPS) /* x -> ; if not x: keep x and goto arg (`and`) */             \
    X(JUMP_IF_TRUE_OR_POP, -1, OPCODE_JUMPS) /* x -> ; if x: keep x and goto arg (`or`) */                  \
    X(GET_ITER, 0, 0) /* iterable -> iter(iterable) */                               \
    X(FOR_ITER, 1, OPCODE_JUMPS) /* it -> it next(it); exhausted: pop it and goto arg (effect -1) */ \
    X(RETURN_VALUE, -1, 0) /* x -> ; return x to the caller */                            \
    /* --- Functions, calls, classes --- */                                                              \
    X(RESUME, 0, OPCODE_HAS_ARG | OPCODE_CHECK_POINT) /* function entry: a check point (arg 0: start, 1: after yield) */ \
    X(MAKE_FUNCTION, -(((int)(arg) & 1) != 0) - (((int)(arg) & 2) != 0) - (((int)(arg) & 4) != 0) - (((int)(arg) & 8) != 0), OPCODE_HAS_ARG) \
                                          /* [defaults tuple] [kwdefaults dict] [annotations dict] [closure tuple] code -> function; arg bits 1,2,4,8 say which are there */ \
    X(KW_NAMES, 0, OPCODE_HAS_ARG | OPCODE_CONST) /* the next CALL's last len(co_consts[arg]) arguments are keywords named by that tuple */ \
    X(CALL, -1 - (int)(arg), OPCODE_HAS_ARG | OPCODE_CHECK_POINT) /* callable self_or_EMPTY a1..an -> result; if self is not EMPTY it is the first argument */ \
    X(CALL_FUNCTION_EX, -2 - ((int)(arg) & 1), OPCODE_HAS_ARG | OPCODE_CHECK_POINT) /* callable EMPTY args_tuple [kwargs_dict] -> result (arg&1: kwargs present) */ \
    X(LOAD_BUILD_CLASS, 1, 0) /* -> builtins.__build_class__ */                              \
    X(IMPORT_NAME, -1, OPCODE_HAS_ARG | OPCODE_NAME) /* level fromlist -> module (import name) */                   \
    X(IMPORT_FROM, 1, OPCODE_HAS_ARG | OPCODE_NAME) /* module -> module module.name; ImportError "cannot import name" */ \
    X(SETUP_ANNOTATIONS, 0, 0) /* create __annotations__ in locals if absent */               \
    X(PRINT_EXPR, -1, 0) /* x -> ; interactive echo: sys.displayhook(x) */              \
    /* --- Exceptions --- */                                                                             \
    X(RAISE_VARARGS, -(int)(arg), OPCODE_HAS_ARG) /* arg 0: re-raise the handled exception; 1: exc -> raise exc; 2: exc cause -> raise exc from cause */ \
    X(PUSH_EXC_INFO, 1, 0) /* exc -> previous_handled exc; handled = exc */               \
    X(POP_EXCEPT, -1, 0) /* previous_handled -> ; handled = previous_handled */         \
    X(RERAISE, -1, OPCODE_HAS_ARG) /* exc -> ; raise exc again, traceback kept; arg n > 0: the item n below exc (an instruction index pushed by the exception table) becomes the frame's current instruction first */ \
    X(CHECK_EXC_MATCH, 0, 0) /* exc type -> exc bool(isinstance(exc, type)); TypeError for a non-class */ \
    X(LOAD_ASSERTION_ERROR, 1, 0) /* -> AssertionError */                                        \
    X(BEFORE_WITH, 1, 0) /* manager -> bound_exit manager.__enter__() */                \
    X(WITH_EXCEPT_START, 1, 0) /* exit lasti prev exc -> exit lasti prev exc exit(type, exc, tb) */ \
    /* --- Generators and coroutines --- */                                                              \
    X(RETURN_GENERATOR, 0, 0) /* first instruction of a generator/coroutine body: make the generator object and return it */ \
    X(YIELD_VALUE, 0, 0) /* x -> sent: suspend, giving x to the caller; resume with the sent value */ \
    X(GET_YIELD_FROM_ITER, 0, 0) /* iterable -> iterator (a coroutine stays as is) */           \
    X(SEND, 0, OPCODE_JUMPS) /* receiver value -> receiver result; receiver done: pop both, push its return value and goto arg (effect -1) */ \
    X(GET_AWAITABLE, 0, OPCODE_HAS_ARG) /* x -> awaitable iterator of x (arg: 0 await, 1 aenter, 2 aexit, for messages) */ \
    X(BEFORE_ASYNC_WITH, 1, 0) /* manager -> bound_aexit awaitable(manager.__aenter__()) */   \
    X(GET_AITER, 0, 0) /* x -> x.__aiter__() */                                       \
    X(GET_ANEXT, 1, 0) /* aiter -> aiter awaitable(aiter.__anext__()) */              \
    X(END_ASYNC_FOR, -2, 0) /* aiter exc -> ; if exc is StopAsyncIteration end the loop, else re-raise */ \
    X(ASYNC_GEN_WRAP, 0, 0) /* x -> x wrapped so an async generator's yield is told from an await */

typedef enum Opcode {
#define OPCODE_ENUM(name, effect, flags) OP_##name,
    OPCODES(OPCODE_ENUM)
#undef OPCODE_ENUM
        OPCODE_COUNT
} Opcode;


/* Name, flags and stack effect of an opcode (opcodes.c). */
extern const char *const opcode_names[OPCODE_COUNT];
extern const unsigned char opcode_flags[OPCODE_COUNT];
int opcode_stack_effect(int opcode, unsigned arg);

#endif
