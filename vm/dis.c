/* dis.c: the disassembler (dis.h), a first-class teaching feature as in
 * clox: students compare its output with `python3 -m dis` and see why
 * `counter += 1` is several instructions a thread switch can split. The
 * layout follows CPython 3.11's dis.py column by column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dis.h"
#include "error.h"
#include "number.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define DIS_OPNAME_WIDTH 20
#define DIS_OPARG_WIDTH 5

/* Item `index` of a names tuple, or "?" for a malformed argument. */
static Value dis_tuple_name(Thread *thread, struct Tuple *tuple, uint32_t index) {
    if (tuple != NULL && index < tuple->count && IS_STR(tuple->items[index])) return tuple->items[index];
    Str *unknown = str_from_c(thread, "?");
    return unknown != NULL ? OBJECT_VALUE(unknown) : EMPTY_VALUE;
}

/* The cell or free variable named by a DEREF-family argument. */
static Value dis_cell_name(Thread *thread, Code *code, uint32_t index) {
    if (index < (uint32_t)code->cell_count) return dis_tuple_name(thread, code->cell_names, index);
    return dis_tuple_name(thread, code->free_names, index - (uint32_t)code->cell_count);
}

static Value dis_constant_repr(Thread *thread, Code *code, uint32_t index) {
    if (code->constants == NULL || index >= code->constants->count) return dis_tuple_name(thread, NULL, 0);
    Str *text = NULL;
    if (!object_repr(thread, code->constants->items[index], &text)) return EMPTY_VALUE;
    return OBJECT_VALUE(text);
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

/* The short meanings that need no object: jump targets, operators,
 * MAKE_FUNCTION's bits and FORMAT_VALUE's conversion. */
static void dis_numeric_meaning(int opcode, uint32_t argument, char *buffer, size_t size) {
    static const char *const compare_names[] = {"<", "<=", "==", "!=", ">", ">="};
    static const char *const conversions[] = {"", "str", "repr", "ascii"};
    unsigned flags = opcode < OPCODE_COUNT ? opcode_flags[opcode] : 0;
    buffer[0] = '\0';
    if (flags & OPCODE_JUMP) snprintf(buffer, size, "to %u", argument * 2);
    else if (opcode == OP_COMPARE_OP && argument < 6) snprintf(buffer, size, "%s", compare_names[argument]);
    else if (opcode == OP_BINARY_OP) snprintf(buffer, size, "%s", operator_symbol((int)argument));
    else if (opcode == OP_MAKE_FUNCTION) dis_make_function_meaning(argument, buffer, size);
    else if (opcode == OP_FORMAT_VALUE)
        snprintf(buffer, size, "%s%s", conversions[argument & 3],
                 (argument & 4) ? ((argument & 3) ? ", with format" : "with format") : "");
}

Value dis_argument_text(Thread *thread, Code *code, uint32_t index) {
    uint32_t word = code->instructions[index];
    int opcode = INSTRUCTION_OPCODE(word);
    uint32_t argument = INSTRUCTION_ARGUMENT(word);
    unsigned flags = opcode < OPCODE_COUNT ? opcode_flags[opcode] : 0;
    if (flags & OPCODE_CONST) return dis_constant_repr(thread, code, argument);
    if (flags & OPCODE_NAME) return dis_tuple_name(thread, code->names, argument);
    if (flags & OPCODE_LOCAL) return dis_tuple_name(thread, code->local_names, argument);
    if (flags & OPCODE_CELL) return dis_cell_name(thread, code, argument);
    char buffer[64];
    dis_numeric_meaning(opcode, argument, buffer, sizeof buffer);
    Str *text = str_from_c(thread, buffer);
    return text != NULL ? OBJECT_VALUE(text) : EMPTY_VALUE;
}

/* Instructions something jumps to, or an exception handler starts at. */
bool *dis_jump_targets(Code *code) {
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

/* CPython's findlinestarts: an instruction starts a line when it has one
 * and it differs from the last line started (instructions without a line
 * do not interrupt a run). */
int dis_line_start(const Code *code, uint32_t index, int *last_line) {
    int line = code->positions != NULL ? code->positions[index].line : -1;
    if (line < 0 || line == *last_line) return -1;
    *last_line = line;
    return line;
}

static int dis_line_width(Code *code) {
    int max_line = 0;
    for (uint32_t i = 0; code->positions != NULL && i < code->instruction_count; i++) {
        if (code->positions[i].line > max_line) max_line = code->positions[i].line;
    }
    int width = 3;
    if (max_line >= 1000) width = snprintf(NULL, 0, "%d", max_line);
    return width;
}

/* One line: line number (or blanks), jump-target mark, offset, opcode
 * name, then the argument and its meaning, right-trimmed as CPython's. */
static bool dis_instruction(Thread *thread, Code *code, uint32_t i, bool starts_line, int line_width,
                            int offset_width, bool target, FILE *out) {
    if (starts_line) fprintf(out, "%*d", line_width, code->positions[i].line);
    else fprintf(out, "%*s", line_width, "");
    int opcode = INSTRUCTION_OPCODE(code->instructions[i]);
    const char *name = opcode < OPCODE_COUNT ? opcode_names[opcode] : "<unknown>";
    bool has_argument = opcode < OPCODE_COUNT && (opcode_flags[opcode] & OPCODE_HAS_ARG);
    fprintf(out, "     %s %*u ", target ? ">>" : "  ", offset_width, i * 2);
    if (!has_argument) {
        fprintf(out, "%s\n", name);
        return true;
    }
    Value meaning = dis_argument_text(thread, code, i);
    if (IS_EMPTY(meaning)) return false;
    fprintf(out, "%-*s %*u", DIS_OPNAME_WIDTH, name, DIS_OPARG_WIDTH, INSTRUCTION_ARGUMENT(code->instructions[i]));
    Str *text = AS_STR(meaning);
    if (text->length > 0) {
        fputs(" (", out);
        fwrite(text->chars, 1, text->length, out);
        fputc(')', out);
    }
    fputc('\n', out);
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
    if (targets == NULL) return error_no_memory(thread);
    int line_width = dis_line_width(code);
    uint32_t max_offset = code->instruction_count > 0 ? (code->instruction_count - 1) * 2 : 0;
    int offset_width = max_offset >= 10000 ? snprintf(NULL, 0, "%u", max_offset) : 4;
    int last_line = -1;
    bool ok = true;
    for (uint32_t i = 0; ok && i < code->instruction_count; i++) {
        bool starts_line = dis_line_start(code, i, &last_line) >= 0;
        if (starts_line && i > 0) fputc('\n', out);
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
