/* dis.h: the disassembler. Prints a code object, then every code object in
 * its constants, in CPython 3.11's `dis` layout (line column, jump-target
 * marks, offset = instruction index * 2, opcode name, argument and its
 * meaning in parentheses, then the exception table). Used by `baton --dis`;
 * the `dis` module (stdlib/dis.py over stdlib/mod_dis.c) shares its
 * argument meanings, jump targets and line starts. */
#ifndef BATON_DIS_H
#define BATON_DIS_H

#include <stdio.h>

#include "code.h"

/* Disassemble `code` and its nested code objects to `out`. False with an
 * exception set if a constant's repr failed. */
bool dis_code(Thread *thread, Code *code, FILE *out);

/* Disassemble `code` alone (no nested code objects). */
bool dis_code_only(Thread *thread, Code *code, FILE *out);

/* The meaning `dis` shows in parentheses for instruction `index` of `code`
 * (argrepr: "x", "'text'", "to 12", "+", "<"...) as a str Value, empty ""
 * when there is none; EMPTY with an exception set if a constant's repr
 * failed. */
Value dis_argument_text(Thread *thread, Code *code, uint32_t index);

/* Which instructions are jump or exception-handler targets: a calloc'd
 * array of instruction_count booleans the caller frees; NULL if memory ran
 * out (no exception set). */
bool *dis_jump_targets(Code *code);

/* The line instruction `index` starts, or -1 when it starts none: walk the
 * instructions in order with `*last_line` starting at -1. */
int dis_line_start(const Code *code, uint32_t index, int *last_line);

#endif
