/* code.h: code objects, the compiler's output and the VM's input.
 *
 * A code object holds one function's (or module's, or class body's)
 * instructions, constants, names and layout. An instruction is one 32-bit
 * word: the opcode in the low 8 bits, the argument in the high 24 (so no
 * EXTENDED_ARG is ever needed). A frame's slots are laid out as
 *   [ locals (arguments first) | cells | free variables | value stack ]
 * with local_count, cell_count and free_count giving the sizes.
 * Exceptions are found through an exception table, as in CPython 3.11: no
 * block stack at run time. */
#ifndef BATON_CODE_H
#define BATON_CODE_H

#include "runtime.h"

struct Str;
struct Tuple;

#define INSTRUCTION_OPCODE(word) ((uint8_t)((word) & 0xFF))
#define INSTRUCTION_ARGUMENT(word) ((uint32_t)(word) >> 8)
#define MAKE_INSTRUCTION(opcode, argument) ((uint32_t)(opcode) | ((uint32_t)(argument) << 8))
#define MAX_INSTRUCTION_ARGUMENT 0xFFFFFF

/* Code.flags, CPython's values. */
enum {
    CODE_OPTIMIZED = 0x1,    /* locals are fast slots (functions) */
    CODE_NEWLOCALS = 0x2,
    CODE_VARARGS = 0x4,      /* has *args */
    CODE_VARKEYWORDS = 0x8,  /* has **kwargs */
    CODE_NESTED = 0x10,
    CODE_GENERATOR = 0x20,
    CODE_COROUTINE = 0x80,
    CODE_ASYNC_GENERATOR = 0x200,
};

/* An exception-table entry: an exception raised by an instruction in
 * [start, end) jumps to `target` after popping the value stack down to
 * `depth` items; if `push_last_index`, the index of the raising instruction
 * is pushed first (as an int), then the exception. The innermost entry
 * covering an instruction comes first in the table. */
typedef struct ExceptionTableEntry {
    uint32_t start, end, target;
    uint32_t depth;
    bool push_last_index;
} ExceptionTableEntry;

/* Where an instruction came from, for tracebacks and carets. Columns are
 * 0-based byte offsets in the line, as CPython's co_positions. */
typedef struct SourcePosition {
    int32_t line, end_line;
    int32_t column, end_column;
} SourcePosition;

/* A LOAD_GLOBAL's memo of where a name was found: valid while the globals
 * (and, for a name found in builtins, the builtins) dict has the recorded
 * version. Dict.version changes on every change to the dict. */
typedef struct GlobalCacheEntry {
    struct Dict *globals;     /* NULL: empty entry */
    uint64_t globals_version;
    struct Dict *builtins;    /* NULL when the name was found in globals */
    uint64_t builtins_version;
    Value value;
} GlobalCacheEntry;

/* LOAD_ATTR's, STORE_ATTR's and LOAD_METHOD's memo for one name of
 * co_names, on objects of `type`. Valid while the lookup epoch and the
 * class dict's version are unchanged (the code's trace keeps `type` alive,
 * so no other class can take its address meanwhile).
 *   LOAD, STORE: the attribute plan for the name is the plain one (the
 *     instance dict, no data descriptor; class_attribute.c), and the name
 *     sits at entry number `entry` of the instance dict: the same for every
 *     instance that got its attributes in the same order, as __init__ gives
 *     them. The dict entry's key is checked on every use.
 *   METHOD: the name is the plain function `method` of the class, to be
 *     called with the object as self, unless the object's own dict has the
 *     name (checked on every use; `entry` is 1 when the type's objects keep
 *     a plain instance dict, 0 when they have none). The class holds
 *     `method` while the entry is valid. */
typedef struct AttributeCacheEntry {
    struct Type *type;       /* NULL: empty entry */
    uint64_t epoch;          /* class_lookup_epoch then */
    uint64_t dict_version;   /* type->dict->version then */
    uint32_t entry;          /* the name's entry number in the instance dict */
    uint32_t operations;     /* ATTRIBUTE_CACHE_LOAD / _STORE / _METHOD: what the plan allows */
    Value method;            /* METHOD: the class's function */
} AttributeCacheEntry;

enum { ATTRIBUTE_CACHE_LOAD = 1, ATTRIBUTE_CACHE_STORE = 2, ATTRIBUTE_CACHE_METHOD = 4 };

typedef struct Code {
    Object header;
    uint32_t *instructions;
    uint32_t instruction_count;
    SourcePosition *positions;  /* one per instruction */
    bool *line_inherited;       /* per instruction: it has no line of its own and shows the one
                                   before (an implicit return, a loop's jump back); --trace
                                   starts no line there. NULL: none is */
    ExceptionTableEntry *exception_table;
    uint32_t exception_table_count;
    struct Tuple *constants;    /* co_consts */
    struct Tuple *names;        /* co_names: globals, attributes, imports */
    struct Tuple *local_names;  /* co_varnames: arguments first */
    struct Tuple *cell_names;   /* co_cellvars */
    struct Tuple *free_names;   /* co_freevars */
    int32_t *cell_argument;     /* per cell: the argument slot it starts from, or -1 */
    int argument_count;         /* positional parameters, positional-only included */
    int positional_only_count;
    int keyword_only_count;
    int local_count, cell_count, free_count;
    int stack_size;             /* the deepest the value stack gets */
    uint32_t frame_bytes;       /* what a frame for this code takes on the frame stack (code_set_layout) */
    bool plain_parameters;      /* positional parameters only, no cells: a call that passes exactly
                                   argument_count positional arguments just copies them in */
    uint32_t flags;             /* CODE_* */
    int first_line;
    struct Str *name;           /* co_name */
    struct Str *qualname;       /* co_qualname */
    struct Str *filename;
    GlobalCacheEntry *global_cache; /* one entry per name (co_names), made on first LOAD_GLOBAL */
    AttributeCacheEntry *attribute_cache; /* one entry per name, made on first plain attribute access */
} Code;

#define AS_CODE(v) ((Code *)AS_OBJECT(v))

Code *code_new(Thread *thread);
/* Work out frame_bytes and plain_parameters once the counts are set. */
void code_set_layout(Code *code);
/* The code's LOAD_GLOBAL memo, made on first use; NULL on MemoryError. */
GlobalCacheEntry *code_global_cache(Thread *thread, Code *code);

/* The source position of instruction `index`. */
SourcePosition code_position(const Code *code, uint32_t index);

void code_init_type(Thread *thread);

#endif
