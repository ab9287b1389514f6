/* compiler.c: the compiler's core. compile_source runs the front end
 * (parse, symbol table, code generation); this file holds what the
 * statement and expression compilers build on: units (one per code object
 * under construction), instruction emission with labels and exception
 * handlers, constants and names, variable access (FAST / DEREF / GLOBAL /
 * NAME as the symbol table decides), and the assembler, which computes the
 * stack depth over every path, drops unreachable code, places jumps and
 * builds the exception table and the Code object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "compiler_internal.h"
#include "error.h"
#include "exception.h"
#include "gc.h"
#include "parser.h"
#include "str.h"
#include "tuple.h"

/* Grow a malloc'd array to hold one more item; false on exhausted memory. */
static bool compiler_grow(Compiler *c, void **items, int count, int *capacity, size_t size) {
    if (count < *capacity) return true;
    int new_capacity = *capacity < 16 ? 16 : *capacity * 2;
    void *grown = realloc(*items, (size_t)new_capacity * size);
    if (grown == NULL) {
        c->failed = true;
        return error_no_memory(c->thread);
    }
    *items = grown;
    *capacity = new_capacity;
    return true;
}

/* ---- Errors and positions ---- */

bool compiler_error_at(Compiler *c, Span span, const char *message) {
    if (c->failed) return false;
    c->failed = true;
    return symtable_syntax_error(c->thread, c->filename, c->source, c->length, span, message);
}

bool compiler_error(Compiler *c, const char *message) {
    SourcePosition p = c->unit->position;
    Span span = {p.line, p.column, p.end_line, p.end_column};
    return compiler_error_at(c, span, message);
}

bool compiler_enter_depth(Compiler *c) {
    if (c->failed) return false;
    if (c->depth >= COMPILER_MAX_DEPTH) {
        c->failed = true;
        return error_set(c->thread, &type_RecursionError, "maximum recursion depth exceeded during compilation");
    }
    c->depth++;
    return true;
}

void compiler_set_span(Compiler *c, Span span) {
    SourcePosition p = {span.line, span.end_line, span.column, span.end_column};
    c->unit->position = p;
}

void compiler_set_artificial(Compiler *c) { c->unit->position.line = -1; }

/* ---- Emission ---- */

bool compiler_emit(Compiler *c, int opcode, int argument) {
    Unit *u = c->unit;
    if (c->failed) return false;
    if (!compiler_grow(c, (void **)&u->code, u->count, &u->capacity, sizeof(Instruction))) return false;
    Instruction *instruction = &u->code[u->count++];
    instruction->opcode = opcode;
    instruction->argument = argument;
    instruction->position = u->position;
    instruction->handler = u->handler_depth > 0 ? u->handler_stack[u->handler_depth - 1] : -1;
    return true;
}

bool compiler_emit_jump(Compiler *c, int opcode, int label) { return compiler_emit(c, opcode, label); }

int compiler_new_label(Compiler *c) {
    Unit *u = c->unit;
    if (!compiler_grow(c, (void **)&u->labels, u->label_count, &u->label_capacity, sizeof(int))) return 0;
    u->labels[u->label_count] = -1;
    return u->label_count++;
}

void compiler_bind(Compiler *c, int label) {
    if (label >= 0 && label < c->unit->label_count) c->unit->labels[label] = c->unit->count;
}

bool compiler_push_handler(Compiler *c, int label, bool push_lasti, int adjust) {
    Unit *u = c->unit;
    if (u->handler_depth >= COMPILER_MAX_HANDLERS) return compiler_error(c, "too many statically nested blocks");
    if (!compiler_grow(c, (void **)&u->handlers, u->handler_count, &u->handler_capacity, sizeof(Handler)))
        return false;
    Handler *handler = &u->handlers[u->handler_count];
    handler->label = label;
    handler->push_lasti = push_lasti;
    handler->adjust = adjust;
    handler->depth = -1;
    if (!compiler_emit(c, PSEUDO_SETUP, u->handler_count)) return false;
    u->handler_stack[u->handler_depth++] = u->handler_count++;
    return true;
}

void compiler_pop_handler(Compiler *c) {
    if (c->unit->handler_depth > 0) c->unit->handler_depth--;
}

/* ---- Constants ---- */

/* Constants are shared when they are the same value of the same type, as
 * CPython's constant cache: 1 and True and 1.0 stay distinct, and so do
 * 0.0 and -0.0. */
static bool compiler_same_constant(Value a, Value b) {
    if (a.tag != b.tag) return false;
    switch (a.tag) {
    case VALUE_FLOAT: return memcmp(&a.as.number, &b.as.number, sizeof(double)) == 0;
    case VALUE_OBJECT: break;
    default: return value_is(a, b);
    }
    Object *x = AS_OBJECT(a), *y = AS_OBJECT(b);
    if (x == y) return true;
    if (x->type != y->type) return false;
    if (x->type == &type_str) return str_equal((Str *)x, (Str *)y);
    if (x->type == &type_bytes) {
        Bytes *p = (Bytes *)x, *q = (Bytes *)y;
        return p->length == q->length && memcmp(p->data, q->data, p->length) == 0;
    }
    if (x->type == &type_tuple) {
        Tuple *p = (Tuple *)x, *q = (Tuple *)y;
        if (p->count != q->count) return false;
        for (size_t i = 0; i < p->count; i++) {
            if (!compiler_same_constant(p->items[i], q->items[i])) return false;
        }
        return true;
    }
    return false;
}

int compiler_add_constant(Compiler *c, Value value) {
    Unit *u = c->unit;
    for (int i = 0; i < u->constant_count; i++) {
        if (compiler_same_constant(u->constants[i], value)) return i;
    }
    if (!compiler_grow(c, (void **)&u->constants, u->constant_count, &u->constant_capacity, sizeof(Value)))
        return -1;
    u->constants[u->constant_count] = value;
    return u->constant_count++;
}

bool compiler_load_constant(Compiler *c, Value value) {
    int index = compiler_add_constant(c, value);
    return index >= 0 && compiler_emit(c, OP_LOAD_CONST, index);
}

bool compiler_load_none(Compiler *c) { return compiler_load_constant(c, NONE_VALUE); }

Value compiler_str_constant(Compiler *c, const char *chars) {
    Str *str = str_intern(c->thread, chars, strlen(chars));
    if (str == NULL) {
        c->failed = true;
        return EMPTY_VALUE;
    }
    return OBJECT_VALUE(str);
}

/* ---- Names ---- */

const char *compiler_mangle(Compiler *c, const char *name) {
    return symtable_mangle(c->arena, c->unit->scope->private_name, name);
}

int compiler_add_name(Compiler *c, const char *name) {
    Unit *u = c->unit;
    for (int i = 0; i < u->name_count; i++) {
        if (strcmp(AS_STR(u->names[i])->chars, name) == 0) return i;
    }
    Value str = compiler_str_constant(c, name);
    if (c->failed) return -1;
    if (!compiler_grow(c, (void **)&u->names, u->name_count, &u->name_capacity, sizeof(Value))) return -1;
    u->names[u->name_count] = str;
    return u->name_count++;
}

bool compiler_emit_name(Compiler *c, int opcode, const char *name) {
    int index = compiler_add_name(c, name);
    return index >= 0 && compiler_emit(c, opcode, index);
}

static int compiler_find(const char **names, int count, const char *name) {
    for (int i = 0; i < count; i++) {
        if (strcmp(names[i], name) == 0) return i;
    }
    return -1;
}

static int compiler_varname(Compiler *c, const char *name) {
    Unit *u = c->unit;
    int index = compiler_find(u->varnames, u->varname_count, name);
    if (index >= 0) return index;
    if (!compiler_grow(c, (void **)&u->varnames, u->varname_count, &u->varname_capacity, sizeof(char *))) return -1;
    u->varnames[u->varname_count] = name;
    return u->varname_count++;
}

/* The LOAD_DEREF-family index of `name`: cells first, then free variables. */
static int compiler_cell_index(Compiler *c, const char *name, bool prefer_cell) {
    Unit *u = c->unit;
    int index = compiler_find(u->cellvars, u->cellvar_count, name);
    if (index >= 0 && prefer_cell) return index;
    int free_index = compiler_find(u->freevars, u->freevar_count, name);
    if (free_index >= 0) return u->cellvar_count + free_index;
    return index;
}

static bool compiler_is_function_unit(const Unit *u) {
    return u->scope->kind == SCOPE_FUNCTION || u->scope->kind == SCOPE_LAMBDA ||
           u->scope->kind == SCOPE_COMPREHENSION;
}

bool compiler_nameop(Compiler *c, const char *name, ExprContext context) {
    Unit *u = c->unit;
    const char *mangled = compiler_mangle(c, name);
    SymbolScope scope = symtable_scope_of(u->scope, mangled);
    bool function = compiler_is_function_unit(u);
    int index;
    switch (scope) {
    case SYMBOL_FREE:
    case SYMBOL_CELL:
        index = compiler_cell_index(c, mangled, scope == SYMBOL_CELL);
        if (index < 0) break;
        if (context == CONTEXT_LOAD)
            return compiler_emit(c, u->scope->kind == SCOPE_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, index);
        return compiler_emit(c, context == CONTEXT_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, index);
    case SYMBOL_LOCAL:
        if (!function) break;
        index = compiler_varname(c, mangled);
        if (index < 0) return false;
        return compiler_emit(c, context == CONTEXT_LOAD    ? OP_LOAD_FAST
                                : context == CONTEXT_STORE ? OP_STORE_FAST
                                                           : OP_DELETE_FAST,
                             index);
    case SYMBOL_GLOBAL_IMPLICIT:
        if (!function) break;
        /* fall through */
    case SYMBOL_GLOBAL_EXPLICIT:
        return compiler_emit_name(c, context == CONTEXT_LOAD    ? OP_LOAD_GLOBAL
                                     : context == CONTEXT_STORE ? OP_STORE_GLOBAL
                                                                : OP_DELETE_GLOBAL,
                                  mangled);
    default: break;
    }
    return compiler_emit_name(c, context == CONTEXT_LOAD    ? OP_LOAD_NAME
                                 : context == CONTEXT_STORE ? OP_STORE_NAME
                                                            : OP_DELETE_NAME,
                              mangled);
}

bool compiler_make_closure(Compiler *c, Code *code, int flags) {
    if (code->free_count > 0) {
        for (int i = 0; i < code->free_count; i++) {
            const char *name = AS_STR(code->free_names->items[i])->chars;
            bool is_cell = (c->unit->scope->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0) ||
                           symtable_scope_of(c->unit->scope, name) == SYMBOL_CELL;
            int index = compiler_cell_index(c, name, is_cell);
            if (index < 0) {
                c->failed = true;
                return error_set(c->thread, &type_SystemError, "compiler: no closure cell for '%s'", name);
            }
            if (!compiler_emit(c, OP_LOAD_CLOSURE, index)) return false;
        }
        flags |= 8;
        if (!compiler_emit(c, OP_BUILD_TUPLE, code->free_count)) return false;
    }
    return compiler_load_constant(c, OBJECT_VALUE(code)) && compiler_emit(c, OP_MAKE_FUNCTION, flags);
}

/* ---- Frame blocks ---- */

bool compiler_push_block(Compiler *c, BlockKind kind, int block, int exit, const void *datum) {
    Unit *u = c->unit;
    if (u->block_count >= COMPILER_MAX_BLOCKS) return compiler_error(c, "too many statically nested blocks");
    FrameBlock *frame_block = &u->blocks[u->block_count++];
    frame_block->kind = kind;
    frame_block->block = block;
    frame_block->exit = exit;
    frame_block->datum = datum;
    return true;
}

void compiler_pop_block(Compiler *c) {
    if (c->unit->block_count > 0) c->unit->block_count--;
}

/* ---- Units ---- */

static int compare_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Names of `scope` living in `wanted` (or carrying `flag`), sorted as
 * CPython orders co_cellvars and co_freevars. */
static const char **compiler_names_by_scope(Compiler *c, Scope *scope, SymbolScope wanted, int flag, int *count) {
    const char **names = arena_allocate(c->arena, sizeof(char *) * (size_t)(scope->symbol_count + 1));
    int n = 0;
    for (int i = 0; i < scope->symbol_count; i++) {
        Symbol *symbol = &scope->symbols[i];
        if (symbol->scope == wanted || (symbol->flags & flag)) names[n++] = symbol->name;
    }
    qsort(names, (size_t)n, sizeof(char *), compare_names);
    *count = n;
    return names;
}

/* CPython's qualified names: nested in a function gives f.<locals>.g, in a
 * class C.m, at module level (or declared global) just the name. */
static const char *compiler_qualname(Compiler *c, Unit *u) {
    Unit *parent = u->parent;
    if (parent == NULL || parent->scope->kind == SCOPE_MODULE) return u->name;
    if (u->scope->kind == SCOPE_FUNCTION || u->scope->kind == SCOPE_CLASS) {
        const char *mangled = symtable_mangle(c->arena, parent->scope->private_name, u->name);
        if (symtable_scope_of(parent->scope, mangled) == SYMBOL_GLOBAL_EXPLICIT) return u->name;
    }
    bool in_function = parent->scope->kind == SCOPE_FUNCTION || parent->scope->kind == SCOPE_LAMBDA;
    size_t length = strlen(parent->qualname) + strlen(u->name) + 12;
    char *qualname = arena_allocate(c->arena, length);
    snprintf(qualname, length, "%s%s.%s", parent->qualname, in_function ? ".<locals>" : "", u->name);
    return qualname;
}

static uint32_t compiler_code_flags(Scope *scope) {
    uint32_t flags = 0;
    if (scope->kind == SCOPE_FUNCTION || scope->kind == SCOPE_LAMBDA || scope->kind == SCOPE_COMPREHENSION) {
        flags |= CODE_OPTIMIZED | CODE_NEWLOCALS;
        if (scope->is_generator && scope->is_coroutine) flags |= CODE_ASYNC_GENERATOR;
        else if (scope->is_generator) flags |= CODE_GENERATOR;
        else if (scope->is_coroutine) flags |= CODE_COROUTINE;
    }
    if (scope->is_nested) flags |= CODE_NESTED;
    return flags;
}

bool compiler_enter_unit(Compiler *c, Scope *scope, const char *name, int first_line) {
    if (scope == NULL) {
        c->failed = true;
        return error_set(c->thread, &type_SystemError, "compiler: no scope for '%s'", name);
    }
    Unit *u = calloc(1, sizeof(Unit));
    if (u == NULL) {
        c->failed = true;
        return error_no_memory(c->thread);
    }
    u->parent = c->unit;
    u->scope = scope;
    u->name = name;
    u->first_line = first_line;
    u->flags = compiler_code_flags(scope);
    c->unit = u;
    u->qualname = compiler_qualname(c, u);
    for (int i = 0; i < scope->parameter_count; i++) compiler_varname(c, scope->parameters[i]);
    if (scope->kind == SCOPE_CLASS && scope->needs_class_closure) {
        u->cellvars = arena_allocate(c->arena, sizeof(char *));
        u->cellvars[0] = "__class__";
        u->cellvar_count = 1;
    } else {
        u->cellvars = compiler_names_by_scope(c, scope, SYMBOL_CELL, 0, &u->cellvar_count);
    }
    u->freevars = compiler_names_by_scope(c, scope, SYMBOL_FREE, DEF_FREE_CLASS, &u->freevar_count);
    SourcePosition start = {first_line, first_line, -1, -1};
    if (scope->kind == SCOPE_MODULE) start.line = start.end_line = 0;
    u->position = start;
    if (u->flags & (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR)) {
        if (!compiler_emit(c, OP_RETURN_GENERATOR, 0)) return false;
    }
    if (!compiler_emit(c, OP_RESUME, 0)) return false;
    u->position.line = u->position.end_line = first_line;
    return true;
}

static void compiler_free_unit(Unit *u) {
    free(u->code);
    free(u->labels);
    free(u->handlers);
    free(u->constants);
    free(u->names);
    free(u->varnames);
    free(u);
}

void compiler_abandon_unit(Compiler *c) {
    Unit *u = c->unit;
    if (u == NULL) return;
    c->unit = u->parent;
    compiler_free_unit(u);
}

/* ---- The assembler ---- */

typedef struct Assembly {
    int *depth;       /* stack depth on entry to each instruction, -1: unreachable */
    int *placed;      /* final index of each kept instruction, -1: dropped */
    int *next_placed; /* the final index of the first kept instruction at or after each one */
    int *work;        /* the worklist of instruction indexes */
    int work_count;
    int max_depth;
} Assembly;

static bool is_terminator(int opcode) {
    return opcode == PSEUDO_JUMP || opcode == OP_JUMP_FORWARD || opcode == OP_JUMP_BACKWARD ||
           opcode == OP_RETURN_VALUE || opcode == OP_RAISE_VARARGS || opcode == OP_RERAISE;
}

/* A conditional jump that goes back is a loop's back edge: as CPython 3.11,
 * it gets its own opcode, which is a check point (GIL hand-off, signals,
 * collections), so `while i < n: i += 1` cannot starve other threads. */
static int backward_form(int opcode) {
    switch (opcode) {
    case OP_POP_JUMP_IF_FALSE: return OP_POP_JUMP_BACKWARD_IF_FALSE;
    case OP_POP_JUMP_IF_TRUE: return OP_POP_JUMP_BACKWARD_IF_TRUE;
    case OP_POP_JUMP_IF_NONE: return OP_POP_JUMP_BACKWARD_IF_NONE;
    case OP_POP_JUMP_IF_NOT_NONE: return OP_POP_JUMP_BACKWARD_IF_NOT_NONE;
    default: return opcode;
    }
}

static bool is_jump(int opcode) {
    return opcode == PSEUDO_JUMP || (opcode < OPCODE_COUNT && (opcode_flags[opcode] & OPCODE_JUMP));
}

/* The stack effect of taking a jump (the fall-through one is in opcodes.h). */
static int jump_effect(int opcode) {
    switch (opcode) {
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_FOR_ITER:
    case OP_SEND: return -1;
    default: return 0;
    }
}

static int label_target(Unit *u, int label) { return (label >= 0 && label < u->label_count) ? u->labels[label] : -1; }

static bool assembly_reach(Compiler *c, Assembly *a, int index, int depth) {
    Unit *u = c->unit;
    if (index < 0 || index >= u->count) return true;
    if (a->depth[index] >= 0) return true;
    if (depth < 0) {
        c->failed = true;
        return error_set(c->thread, &type_SystemError, "compiler: negative stack depth in %s", u->name);
    }
    a->depth[index] = depth;
    a->work[a->work_count++] = index;
    return true;
}

/* Walk every path from the start and from each handler, recording the
 * depth on entry to each instruction and the deepest the stack gets. */
static bool assembly_stack_depth(Compiler *c, Assembly *a) {
    Unit *u = c->unit;
    if (!assembly_reach(c, a, 0, 0)) return false;
    while (a->work_count > 0) {
        int index = a->work[--a->work_count];
        int depth = a->depth[index];
        Instruction *instruction = &u->code[index];
        int opcode = instruction->opcode;
        if (opcode == PSEUDO_SETUP) {
            Handler *handler = &u->handlers[instruction->argument];
            handler->depth = depth + handler->adjust;
            int entry = handler->depth + (handler->push_lasti ? 1 : 0) + 1;
            if (entry > a->max_depth) a->max_depth = entry;
            if (!assembly_reach(c, a, label_target(u, handler->label), entry)) return false;
            if (!assembly_reach(c, a, index + 1, depth)) return false;
            continue;
        }
        int after = depth;
        if (opcode < OPCODE_COUNT) after += opcode_stack_effect(opcode, (unsigned)instruction->argument);
        if (after > a->max_depth) a->max_depth = after;
        if (is_jump(opcode)) {
            int taken = depth + jump_effect(opcode);
            if (!assembly_reach(c, a, label_target(u, instruction->argument), taken)) return false;
        }
        if (!is_terminator(opcode) && !assembly_reach(c, a, index + 1, after)) return false;
    }
    return true;
}

/* Number the kept instructions; a jump to the very next instruction is
 * dropped (repeating until none is left), as CPython's optimizer does. */
static void assembly_place(Unit *u, Assembly *a) {
    bool changed = true;
    bool *dropped = calloc((size_t)u->count + 1, sizeof(bool));
    while (changed) {
        changed = false;
        int placed = 0;
        for (int i = 0; i < u->count; i++) {
            bool keep = a->depth[i] >= 0 && u->code[i].opcode < OPCODE_COUNT + 1 && !(dropped && dropped[i]);
            if (u->code[i].opcode == PSEUDO_JUMP && a->depth[i] >= 0 && !(dropped && dropped[i])) keep = true;
            a->placed[i] = keep ? placed++ : -1;
        }
        int next = placed;
        for (int i = u->count; i >= 0; i--) {
            if (i < u->count && a->placed[i] >= 0) next = a->placed[i];
            a->next_placed[i] = next;
        }
        for (int i = 0; i < u->count && dropped != NULL; i++) {
            int opcode = u->code[i].opcode;
            if (a->placed[i] < 0 || (opcode != PSEUDO_JUMP && opcode != OP_JUMP_FORWARD)) continue;
            int target = label_target(u, u->code[i].argument);
            if (target >= 0 && a->next_placed[target] == a->placed[i] + 1) {
                dropped[i] = true;
                changed = true;
            }
        }
    }
    free(dropped);
}

static Tuple *tuple_of_names(Compiler *c, const char **names, int count) {
    Tuple *tuple = tuple_new(c->thread, (size_t)count);
    if (tuple == NULL) return NULL;
    for (int i = 0; i < count; i++) {
        Value name = compiler_str_constant(c, names[i]);
        if (c->failed) return NULL;
        tuple->items[i] = name;
    }
    return tuple;
}

static bool assembly_exception_table(Compiler *c, Assembly *a, Code *code) {
    Unit *u = c->unit;
    ExceptionTableEntry *entries = NULL;
    int count = 0, capacity = 0;
    for (int i = 0; i < u->count; i++) {
        if (a->placed[i] < 0 || u->code[i].handler < 0) continue;
        Handler *handler = &u->handlers[u->code[i].handler];
        if (handler->depth < 0) continue;
        uint32_t target = (uint32_t)a->next_placed[label_target(u, handler->label)];
        uint32_t at = (uint32_t)a->placed[i];
        ExceptionTableEntry *last = count > 0 ? &entries[count - 1] : NULL;
        if (last != NULL && last->end == at && last->target == target && last->depth == (uint32_t)handler->depth &&
            last->push_last_index == handler->push_lasti) {
            last->end = at + 1;
            continue;
        }
        if (!compiler_grow(c, (void **)&entries, count, &capacity, sizeof(ExceptionTableEntry))) {
            free(entries);
            return false;
        }
        ExceptionTableEntry entry = {at, at + 1, target, (uint32_t)handler->depth, handler->push_lasti};
        entries[count++] = entry;
    }
    code->exception_table = entries;
    code->exception_table_count = (uint32_t)count;
    return true;
}

/* Write the placed instructions and their positions into `code`. */
static bool assembly_emit(Compiler *c, Assembly *a, Code *code, int placed_count) {
    Unit *u = c->unit;
    code->instructions = malloc(sizeof(uint32_t) * (size_t)(placed_count + 1));
    code->positions = malloc(sizeof(SourcePosition) * (size_t)(placed_count + 1));
    code->line_inherited = calloc((size_t)placed_count + 1, sizeof(bool));
    if (code->instructions == NULL || code->positions == NULL || code->line_inherited == NULL) {
        c->failed = true;
        return error_no_memory(c->thread);
    }
    SourcePosition previous = {u->first_line, u->first_line, -1, -1};
    for (int i = 0; i < u->count; i++) {
        int at = a->placed[i];
        if (at < 0) continue;
        Instruction *instruction = &u->code[i];
        int opcode = instruction->opcode;
        int argument = instruction->argument;
        if (is_jump(opcode)) {
            argument = a->next_placed[label_target(u, argument)];
            if (opcode == PSEUDO_JUMP) opcode = argument > at ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD;
            if (argument <= at) opcode = backward_form(opcode);
        }
        if (argument < 0 || argument > MAX_INSTRUCTION_ARGUMENT) {
            c->failed = true;
            return error_set(c->thread, &type_SystemError, "compiler: instruction argument out of range");
        }
        code->instructions[at] = MAKE_INSTRUCTION(opcode, argument);
        SourcePosition position = instruction->position;
        code->line_inherited[at] = position.line < 0;
        if (position.line < 0) position = previous;
        code->positions[at] = position;
        previous = position;
    }
    code->instruction_count = (uint32_t)placed_count;
    return true;
}

static bool assembly_tables(Compiler *c, Code *code) {
    Unit *u = c->unit;
    code->constants = tuple_from_array(c->thread, u->constants, (size_t)u->constant_count);
    code->names = tuple_from_array(c->thread, u->names, (size_t)u->name_count);
    code->local_names = tuple_of_names(c, u->varnames, u->varname_count);
    code->cell_names = tuple_of_names(c, u->cellvars, u->cellvar_count);
    code->free_names = tuple_of_names(c, u->freevars, u->freevar_count);
    if (code->constants == NULL || code->names == NULL || code->local_names == NULL || code->cell_names == NULL ||
        code->free_names == NULL) {
        c->failed = true;
        return false;
    }
    code->cell_argument = malloc(sizeof(int32_t) * (size_t)(u->cellvar_count + 1));
    if (code->cell_argument == NULL) {
        c->failed = true;
        return error_no_memory(c->thread);
    }
    int parameters = u->argument_count + u->keyword_only_count + ((u->flags & CODE_VARARGS) ? 1 : 0) +
                     ((u->flags & CODE_VARKEYWORDS) ? 1 : 0);
    for (int i = 0; i < u->cellvar_count; i++) {
        int index = compiler_find(u->varnames, parameters < u->varname_count ? parameters : u->varname_count,
                                  u->cellvars[i]);
        code->cell_argument[i] = index;
    }
    code->local_count = u->varname_count;
    code->cell_count = u->cellvar_count;
    code->free_count = u->freevar_count;
    code->argument_count = u->argument_count;
    code->positional_only_count = u->positional_only_count;
    code->keyword_only_count = u->keyword_only_count;
    code->flags = u->flags;
    code->first_line = u->first_line;
    code->name = str_intern_c(c->thread, u->name);
    code->qualname = str_from_c(c->thread, u->qualname);
    code->filename = str_from_c(c->thread, c->filename);
    if (code->name == NULL || code->qualname == NULL || code->filename == NULL) {
        c->failed = true;
        return false;
    }
    return true;
}

static Code *compiler_assemble(Compiler *c) {
    Unit *u = c->unit;
    size_t n = (size_t)u->count + 1;
    Assembly a = {calloc(n, sizeof(int)), calloc(n, sizeof(int)), calloc(n, sizeof(int)), calloc(n, sizeof(int)),
                  0, 0};
    Code *code = NULL;
    if (a.depth == NULL || a.placed == NULL || a.next_placed == NULL || a.work == NULL) {
        c->failed = true;
        error_no_memory(c->thread);
        goto done;
    }
    for (int i = 0; i < u->count; i++) a.depth[i] = -1;
    if (!assembly_stack_depth(c, &a)) goto done;
    assembly_place(u, &a);
    code = code_new(c->thread);
    if (code == NULL) {
        c->failed = true;
        goto done;
    }
    code->stack_size = a.max_depth;
    if (!assembly_emit(c, &a, code, a.next_placed[0] >= 0 ? a.next_placed[u->count] : 0) ||
        !assembly_exception_table(c, &a, code) || !assembly_tables(c, code))
        code = NULL;
    else
        code_set_layout(code);
done:
    free(a.depth);
    free(a.placed);
    free(a.next_placed);
    free(a.work);
    return code;
}

Code *compiler_leave_unit(Compiler *c) {
    Code *code = c->failed ? NULL : compiler_assemble(c);
    compiler_abandon_unit(c);
    return code;
}

/* ---- compile_source ---- */

static Type *compiler_parse_error_type(const char *name) {
    if (name != NULL && strcmp(name, "IndentationError") == 0) return &type_IndentationError;
    if (name != NULL && strcmp(name, "TabError") == 0) return &type_TabError;
    return &type_SyntaxError;
}

/* Raise the parser's error with the offending source line as its text. */
static void compiler_raise_parse_error(Thread *thread, ParseError *error, const char *source, size_t length,
                                       const char *filename) {
    const char *at = source;
    const char *end = source + length;
    for (int line = 1; line < error->line && at < end; at++) {
        if (*at == '\n') line++;
    }
    const char *stop = at;
    while (stop < end && *stop != '\n') stop++;
    size_t line_length = (size_t)(stop - at);
    char *text = malloc(line_length + 2);
    if (text == NULL) {
        error_no_memory(thread);
        return;
    }
    memcpy(text, at, line_length);
    text[line_length] = '\n';
    text[line_length + 1] = '\0';
    error_set_syntax(thread, compiler_parse_error_type(error->type), error->message, filename, error->line,
                     error->column, error->end_line, error->end_column, text);
    free(text);
}

static Code *compiler_module(Compiler *c, Scope *top, ModuleNode *module) {
    if (!compiler_enter_unit(c, top, "<module>", 1)) return NULL;
    if (c->mode == COMPILE_EVAL) {
        if (!compile_expr(c, module->expression) || !compiler_emit(c, OP_RETURN_VALUE, 0)) {
            compiler_abandon_unit(c);
            return NULL;
        }
        return compiler_leave_unit(c);
    }
    bool ok = compile_body(c, &module->body, c->mode == COMPILE_FILE);
    if (ok) {
        compiler_set_artificial(c);
        ok = compiler_load_none(c) && compiler_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        while (c->unit != NULL) compiler_abandon_unit(c);
        return NULL;
    }
    return compiler_leave_unit(c);
}

/* The front end for both kinds of source: CPython reports SyntaxError
 * columns of a file in bytes and of a string (-c, the REPL) in characters,
 * so the parser is told which it reads. */
static Code *compile_text(Thread *thread, const char *source, size_t length, const char *filename, CompileMode mode,
                          bool *incomplete, bool from_string) {
    if (incomplete != NULL) *incomplete = false;
    Arena arena;
    arena_init(&arena);
    ParseError parse_error;
    memset(&parse_error, 0, sizeof parse_error);
    ParseMode parse_mode = mode == COMPILE_EVAL ? PARSE_EVAL : mode == COMPILE_INTERACTIVE ? PARSE_INTERACTIVE
                                                                                          : PARSE_FILE;
    ModuleNode *module = from_string ? parse_string(&arena, source, length, parse_mode, &parse_error)
                                     : parse_source(&arena, source, length, parse_mode, &parse_error);
    Code *code = NULL;
    if (module == NULL) {
        if (incomplete != NULL) *incomplete = parse_error.incomplete;
        compiler_raise_parse_error(thread, &parse_error, source, length, filename);
    } else {
        Scope *top = symtable_build(thread, &arena, module, mode == COMPILE_EVAL, filename, source, length);
        if (top != NULL) {
            Compiler compiler = {thread, &arena, filename, source, length, mode, NULL, 0, false};
            code = compiler_module(&compiler, top, module);
            while (compiler.unit != NULL) compiler_abandon_unit(&compiler);
        }
    }
    arena_free(&arena);
    return code;
}

Code *compile_source(Thread *thread, const char *source, size_t length, const char *filename, CompileMode mode,
                     bool *incomplete) {
    return compile_text(thread, source, length, filename, mode, incomplete, false);
}

Code *compile_string(Thread *thread, const char *source, size_t length, const char *filename, CompileMode mode,
                     bool *incomplete) {
    return compile_text(thread, source, length, filename, mode, incomplete, true);
}
