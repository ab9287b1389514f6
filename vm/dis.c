/* dis.c: the disassembler (dis.h), a first-class teaching feature as in
 * clox: students compare its output with `python3 -m dis` and see why
 * `counter += 1` is several instructions a thread switch can split. The
 * layout follows CPython 3.11's dis.py column by column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dis.h"
#include "number.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define DIS_OPNAME_WIDTH 20
#define DIS_OPARG_WIDTH 5

static const char *const dis_compare_names[] = {"<", "<=", "==", "!=", ">", ">="};

static const char *dis_tuple_name(struct Tuple *tuple, uint32_t index) {
    if (tuple == NULL || index >= tuple->count || !IS_OBJECT(tuple->items[index])) return "?";
    return AS_STR(tuple->items[index])->chars;
}

/* The cell or free variable named by a DEREF-family argument. */
static const char *dis_cell_name(Code *code, uint32_t index) {
    if (index < (uint32_t)code->cell_count) return dis_tuple_name(code->cell_names, index);
    return dis_tuple_name(code->free_names, index - (uint32_t)code->cell_count);
}

static bool dis_constant_repr(Thread *thread, Code *code, uint32_t index, char *buffer, size_t size) {
    if (code->constants == NULL || index >= code->constants->count) {
        snprintf(buffer, size, "?");
        return true;
    }
    Str *text = NULL;
    if (!object_repr(thread, code->constants->items[index], &text)) return false;
    snprintf(buffer, size, "%s", text->chars);
    return true;
}

static void dis_make_function_meaning(uint32_t argument, char *buffer, size_t size) {
    static const char *const names[] = {"defaults", "kwdefaults", "annotations", "closure"};
    buffer[0] = '\0';
    for (int bit = 0; bit < 4; bit++) {
        if (!(argument & (1u << bit))) continue;
        if (buffer[0] != '\0') strncat(buffer, ", ", size - strlen(buffer) - 1);
        strncat(buffer, names[bit], size - strlen(buffer) - 1);
    }
}

bool dis_argument_meaning(Thread *thread, Code *code, uint32_t index, char *buffer, size_t size) {
    uint32_t word = code->instructions[index];
    int opcode = INSTRUCTION_OPCODE(word);
    uint32_t argument = INSTRUCTION_ARGUMENT(word);
    unsigned flags = opcode < OPCODE_COUNT ? opcode_flags[opcode] : 0;
    buffer[0] = '\0';
    if (flags & OPCODE_CONST) return dis_constant_repr(thread, code, argument, buffer, size);
    if (flags & OPCODE_NAME) snprintf(buffer, size, "%s", dis_tuple_name(code->names, argument));
    else if (flags & OPCODE_LOCAL) snprintf(buffer, size, "%s", dis_tuple_name(code->local_names, argument));
    else if (flags & OPCODE_CELL) snprintf(buffer, size, "%s", dis_cell_name(code, argument));
    else if (flags & OPCODE_JUMP) snprintf(buffer, size, "to %u", argument * 2);
    else if (opcode == OP_COMPARE_OP && argument < 6) snprintf(buffer, size, "%s", dis_compare_names[argument]);
    else if (opcode == OP_BINARY_OP) snprintf(buffer, size, "%s", operator_symbol((int)argument));
    else if (opcode == OP_MAKE_FUNCTION) dis_make_function_meaning(argument, buffer, size);
    else if (opcode == OP_FORMAT_VALUE) {
        static const char *const conversions[] = {"", "str", "repr", "ascii"};
        snprintf(buffer, size, "%s%s", conversions[argument & 3],
                 (argument & 4) ? ((argument & 3) ? ", with format" : "with format") : "");
    }
    return true;
}

/* Instructions something jumps to, or an exception handler starts at. */
static bool *dis_jump_targets(Code *code) {
    bool *targets = calloc((size_t)code->instruction_count + 1, sizeof(bool));
    if (targets == NULL) return NULL;
    for (uint32_t i = 0; i < code->instruction_count; i++) {
        int opcode = INSTRUCTION_OPCODE(code->instructions[i]);
        uint32_t argument = INSTRUCTION_ARGUMENT(code->instructions[i]);
        if (opcode < OPCODE_COUNT && (opcode_flags[opcode] & OPCODE_JUMP) && argument < code->instruction_count)
            targets[argument] = true;
    }
    for (uint32_t i = 0; i < code->exception_table_count; i++) {
        uint32_t target = code->exception_table[i].target;
        if (target < code->instruction_count) targets[target] = true;
    }
    return targets;
}

static int dis_line_width(Code *code) {
    int max_line = 0;
    for (uint32_t i = 0; i < code->instruction_count; i++) {
        if (code->positions[i].line > max_line) max_line = code->positions[i].line;
    }
    int width = 3;
    if (max_line >= 1000) width = snprintf(NULL, 0, "%d", max_line);
    return width;
}

static bool dis_instruction(Thread *thread, Code *code, uint32_t i, bool starts_line, int line_width,
                            int offset_width, bool target, FILE *out) {
    char line[512];
    size_t used = 0;
    if (starts_line) used += (size_t)snprintf(line, sizeof line, "%*d", line_width, code->positions[i].line);
    else used += (size_t)snprintf(line, sizeof line, "%*s", line_width, "");
    int opcode = INSTRUCTION_OPCODE(code->instructions[i]);
    const char *name = opcode < OPCODE_COUNT ? opcode_names[opcode] : "<unknown>";
    used += (size_t)snprintf(line + used, sizeof line - used, "     %s %*u %-*s", target ? ">>" : "  ", offset_width,
                             i * 2, DIS_OPNAME_WIDTH, name);
    if (opcode < OPCODE_COUNT && (opcode_flags[opcode] & OPCODE_HAS_ARG)) {
        char meaning[256];
        if (!dis_argument_meaning(thread, code, i, meaning, sizeof meaning)) return false;
        used += (size_t)snprintf(line + used, sizeof line - used, " %*u", DIS_OPARG_WIDTH,
                                 INSTRUCTION_ARGUMENT(code->instructions[i]));
        if (meaning[0] != '\0' && used < sizeof line)
            used += (size_t)snprintf(line + used, sizeof line - used, " (%s)", meaning);
    }
    if (used >= sizeof line) used = sizeof line - 1;
    while (used > 0 && line[used - 1] == ' ') line[--used] = '\0';
    fprintf(out, "%s\n", line);
    return true;
}

static void dis_exception_table(Code *code, FILE *out) {
    if (code->exception_table_count == 0) return;
    fprintf(out, "ExceptionTable:\n");
    for (uint32_t i = 0; i < code->exception_table_count; i++) {
        ExceptionTableEntry *entry = &code->exception_table[i];
        fprintf(out, "  %u to %u -> %u [%u]%s\n", entry->start * 2, entry->end * 2 - 2, entry->target * 2,
                entry->depth, entry->push_last_index ? " lasti" : "");
    }
}

bool dis_code_only(Thread *thread, Code *code, FILE *out) {
    bool *targets = dis_jump_targets(code);
    if (targets == NULL) return false;
    int line_width = dis_line_width(code);
    uint32_t max_offset = code->instruction_count > 0 ? (code->instruction_count - 1) * 2 : 0;
    int offset_width = max_offset >= 10000 ? snprintf(NULL, 0, "%u", max_offset) : 4;
    int last_line = -1;
    bool ok = true;
    for (uint32_t i = 0; ok && i < code->instruction_count; i++) {
        int line = code->positions[i].line;
        bool starts_line = line >= 0 && line != last_line;
        if (starts_line) {
            if (i > 0) fputc('\n', out);
            last_line = line;
        }
        ok = dis_instruction(thread, code, i, starts_line, line_width, offset_width, targets[i], out);
    }
    free(targets);
    if (ok) dis_exception_table(code, out);
    return ok;
}

bool dis_code(Thread *thread, Code *code, FILE *out) {
    if (!dis_code_only(thread, code, out)) return false;
    for (size_t i = 0; code->constants != NULL && i < code->constants->count; i++) {
        Value constant = code->constants->items[i];
        if (!value_is_exact(constant, &type_code)) continue;
        Str *text = NULL;
        if (!object_repr(thread, constant, &text)) return false;
        fprintf(out, "\nDisassembly of %s:\n", text->chars);
        if (!dis_code(thread, AS_CODE(constant), out)) return false;
    }
    return true;
}
