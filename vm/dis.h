/* dis.h: the disassembler. Prints a code object, then every code object in
 * its constants, in CPython 3.11's `dis` layout (line column, jump-target
 * marks, offset = instruction index * 2, opcode name, argument and its
 * meaning in parentheses, then the exception table). Used by `baton --dis`
 * and the `dis` module. */
#ifndef BATON_DIS_H
#define BATON_DIS_H

#include <stdio.h>

#include "code.h"

/* Disassemble `code` and its nested code objects to `out`. False with an
 * exception set if a constant's repr failed. */
bool dis_code(Thread *thread, Code *code, FILE *out);

/* Disassemble `code` alone (no nested code objects). */
bool dis_code_only(Thread *thread, Code *code, FILE *out);

/* The meaning `dis` shows for instruction `index` of `code` ("x", "to 12",
 * "+", "<"...), written into `buffer`; empty when there is none. */
bool dis_argument_meaning(Thread *thread, Code *code, uint32_t index, char *buffer, size_t size);

#endif
