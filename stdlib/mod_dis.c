/* mod_dis.c: the `_dis` module, what stdlib/dis.py cannot see from Python.
 *
 * dis.py does the layout, in Python students can read; this file hands it
 * the raw facts of a code object, computed by the same helpers as
 * `baton --dis` (vm/dis.c), so both print the same thing:
 *   instructions(code)     one tuple per instruction: (offset, opname,
 *                          opcode, arg, argrepr, starts_line,
 *                          is_jump_target, is_check_point, positions)
 *   exception_table(code)  one tuple per entry: (start, end, target, depth,
 *                          lasti), offsets in bytes as CPython's
 *   compile(source, filename, mode)   source -> code ('exec', 'eval',
 *                          'single'), since Baton has no compile() builtin
 * and the opcode tables: opname, opmap, hasarg, hasconst, hasname,
 * haslocal, hasfree, hasjabs, hasjrel, hascompare, check_points, and
 * CodeType. */
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "code.h"
#include "compiler.h"
#include "dict.h"
#include "dis.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "list.h"
#include "modules.h"
#include "opcodes.h"
#include "str.h"
#include "tuple.h"

#define DIS_OPNAME_SLOTS 256 /* CPython's dis.opname has one entry per byte value */

/* The one code-object argument of instructions() and exception_table(). */
static bool dis_code_argument(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, Code **code) {
    ArgSpec spec = {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value argument;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &argument)) return false;
    if (!value_is_exact(argument, &type_code))
        return error_set(thread, &type_TypeError, "%s() argument must be code, not %s", name,
                         value_type_name(argument));
    *code = AS_CODE(argument);
    return true;
}

/* A source column or line, None when the compiler recorded none (-1). */
static Value dis_optional_int(int32_t number) { return number >= 0 ? INT_VALUE(number) : NONE_VALUE; }

/* (lineno, end_lineno, col_offset, end_col_offset), as CPython's Positions. */
static Tuple *dis_positions(Thread *thread, const Code *code, uint32_t index) {
    SourcePosition position = code_position(code, index);
    Value items[4] = {dis_optional_int(position.line), dis_optional_int(position.end_line),
                      dis_optional_int(position.column), dis_optional_int(position.end_column)};
    return tuple_from_array(thread, items, 4);
}

/* The tuple dis.py turns into an Instruction. */
static Tuple *dis_instruction_tuple(Thread *thread, Code *code, uint32_t index, int starts_line, bool target) {
    int opcode = INSTRUCTION_OPCODE(code->instructions[index]);
    unsigned flags = opcode < OPCODE_COUNT ? opcode_flags[opcode] : 0;
    Str *name = str_from_c(thread, opcode < OPCODE_COUNT ? opcode_names[opcode] : "<unknown>");
    Value meaning = dis_argument_text(thread, code, index);
    Tuple *positions = dis_positions(thread, code, index);
    if (name == NULL || IS_EMPTY(meaning) || positions == NULL) return NULL;
    bool has_argument = (flags & OPCODE_HAS_ARG) != 0;
    Value items[9] = {
        INT_VALUE((int64_t)index * 2),
        OBJECT_VALUE(name),
        INT_VALUE(opcode),
        has_argument ? INT_VALUE(INSTRUCTION_ARGUMENT(code->instructions[index])) : NONE_VALUE,
        meaning,
        starts_line >= 0 ? INT_VALUE(starts_line) : NONE_VALUE,
        BOOL_VALUE(target),
        BOOL_VALUE((flags & OPCODE_CHECK_POINT) != 0),
        OBJECT_VALUE(positions),
    };
    return tuple_from_array(thread, items, 9);
}

/* _dis.instructions(code): the list of instruction tuples. Nothing here
 * calls back into Python code (constants are built-in values, whose reprs
 * are native), so the fresh list needs no GC root. */
static bool dis_instructions(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Code *code;
    if (!dis_code_argument(thread, "instructions", argc, argv, kwnames, &code)) return false;
    bool *targets = dis_jump_targets(code);
    if (targets == NULL) return error_no_memory(thread);
    List *list = list_new(thread, code->instruction_count);
    bool ok = list != NULL;
    int last_line = -1;
    for (uint32_t i = 0; ok && i < code->instruction_count; i++) {
        int starts_line = dis_line_start(code, i, &last_line);
        Tuple *item = dis_instruction_tuple(thread, code, i, starts_line, targets[i]);
        ok = item != NULL && list_append(thread, list, OBJECT_VALUE(item));
    }
    free(targets);
    if (!ok) return false;
    *result = OBJECT_VALUE(list);
    return true;
}

/* _dis.exception_table(code): CPython's _ExceptionTableEntry fields, with
 * `end` exclusive, in bytes, so dis.py prints "start to end-2". */
static bool dis_exception_table(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Code *code;
    if (!dis_code_argument(thread, "exception_table", argc, argv, kwnames, &code)) return false;
    List *list = list_new(thread, code->exception_table_count);
    if (list == NULL) return false;
    for (uint32_t i = 0; i < code->exception_table_count; i++) {
        const ExceptionTableEntry *entry = &code->exception_table[i];
        Value items[5] = {INT_VALUE((int64_t)entry->start * 2), INT_VALUE((int64_t)entry->end * 2),
                          INT_VALUE((int64_t)entry->target * 2), INT_VALUE(entry->depth),
                          BOOL_VALUE(entry->push_last_index)};
        Tuple *item = tuple_from_array(thread, items, 5);
        if (item == NULL || !list_append(thread, list, OBJECT_VALUE(item))) return false;
    }
    *result = OBJECT_VALUE(list);
    return true;
}

/* _dis.compile(source, filename, mode): compile() for dis.dis("source"),
 * with compile()'s messages for a bad mode. */
static bool dis_compile(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"source", "filename", "mode", NULL};
    static const ArgSpec spec = {"compile", ARGS_CLINIC, 3, 3, params, 0, 0, NULL};
    Value args[3];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    for (int i = 0; i < 3; i++)
        if (!IS_STR(args[i]))
            return error_set(thread, &type_TypeError, "compile() argument %d must be str, not %s", i + 1,
                             value_type_name(args[i]));
    const char *mode = AS_STR(args[2])->chars;
    CompileMode compile_mode;
    if (strcmp(mode, "exec") == 0) compile_mode = COMPILE_FILE;
    else if (strcmp(mode, "eval") == 0) compile_mode = COMPILE_EVAL;
    else if (strcmp(mode, "single") == 0) compile_mode = COMPILE_INTERACTIVE;
    else return error_set(thread, &type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    Str *source = AS_STR(args[0]);
    if (memchr(source->chars, '\0', source->length) != NULL)
        return error_set(thread, &type_SyntaxError, "source code string cannot contain null bytes");
    Code *code = compile_string(thread, source->chars, source->length, AS_STR(args[1])->chars, compile_mode, NULL);
    if (code == NULL) return false;
    *result = OBJECT_VALUE(code);
    return true;
}

/* ---- The opcode tables ---- */

/* dis.opname: 256 names, "<N>" for the byte values no opcode uses. */
static bool dis_add_opnames(Thread *thread, Module *module) {
    List *names = list_new(thread, DIS_OPNAME_SLOTS);
    Dict *map = dict_new(thread);
    if (names == NULL || map == NULL) return false;
    for (int opcode = 0; opcode < DIS_OPNAME_SLOTS; opcode++) {
        Str *name = opcode < OPCODE_COUNT ? str_from_c(thread, opcode_names[opcode]) : str_printf(thread, "<%d>", opcode);
        if (name == NULL || !list_append(thread, names, OBJECT_VALUE(name))) return false;
        if (opcode < OPCODE_COUNT && !dict_set(thread, map, OBJECT_VALUE(name), INT_VALUE(opcode))) return false;
    }
    return dict_set_c(thread, module->dict, "opname", OBJECT_VALUE(names)) &&
           dict_set_c(thread, module->dict, "opmap", OBJECT_VALUE(map));
}

/* The opcodes whose flags include `flag` (CPython's hasconst, hasname...);
 * OP_COMPARE_OP alone for hascompare (flag 0). */
static bool dis_add_opcode_list(Thread *thread, Module *module, const char *name, unsigned flag) {
    List *list = list_new(thread, 0);
    if (list == NULL) return false;
    for (int opcode = 0; opcode < OPCODE_COUNT; opcode++) {
        bool wanted = flag != 0 ? (opcode_flags[opcode] & flag) != 0 : opcode == OP_COMPARE_OP;
        if (wanted && !list_append(thread, list, INT_VALUE(opcode))) return false;
    }
    return dict_set_c(thread, module->dict, name, OBJECT_VALUE(list));
}

static bool dis_add_opcode_lists(Thread *thread, Module *module) {
    static const struct {
        const char *name; /* the list's name in the module */
        unsigned flag;    /* the opcode flag that puts an opcode in it */
    } lists[] = {
        {"hasarg", OPCODE_HAS_ARG},          {"hasconst", OPCODE_CONST},  {"hasname", OPCODE_NAME},
        {"haslocal", OPCODE_LOCAL},          {"hasfree", OPCODE_CELL},    {"hasjabs", OPCODE_JUMP},
        {"check_points", OPCODE_CHECK_POINT}, {"hascompare", 0},
    };
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
        if (!dis_add_opcode_list(thread, module, lists[i].name, lists[i].flag)) return false;
    /* Baton's jumps all name an absolute instruction: none is relative. */
    List *relative = list_new(thread, 0);
    return relative != NULL && dict_set_c(thread, module->dict, "hasjrel", OBJECT_VALUE(relative));
}

static const MethodDef dis_functions[] = {
    {"instructions", dis_instructions},
    {"exception_table", dis_exception_table},
    {"compile", dis_compile},
    {NULL, NULL},
};

bool dis_module_init(Thread *thread, Module *module) {
    return dis_add_opnames(thread, module) && dis_add_opcode_lists(thread, module) &&
           dict_set_c(thread, module->dict, "CodeType", OBJECT_VALUE(&type_code)) &&
           dict_add_natives(thread, module->dict, dis_functions, OBJECT_VALUE(module->name));
}
