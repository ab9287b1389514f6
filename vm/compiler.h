/* compiler.h: source -> code object. compile_source runs the whole front
 * end: parse (parser.c), resolve scopes (symtable.c), emit bytecode
 * (compiler.c). */
#ifndef BATON_COMPILER_H
#define BATON_COMPILER_H

#include "code.h"

typedef enum CompileMode {
    COMPILE_FILE,        /* a module */
    COMPILE_INTERACTIVE, /* a REPL entry: expression statements echo with PRINT_EXPR */
    COMPILE_EVAL,        /* one expression, returning its value */
} CompileMode;

/* Compile `source`; NULL with SyntaxError (or IndentationError, TabError)
 * set on the thread on failure. If `incomplete` is not NULL it is set when
 * the failure is only that the input ended too early (the REPL then reads
 * a continuation line). */
Code *compile_source(Thread *thread, const char *source, size_t length, const char *filename, CompileMode mode,
                     bool *incomplete);

/* The same for source given as a string (-c, the REPL): SyntaxError columns
 * count characters there, where a file's count bytes, as CPython's. */
Code *compile_string(Thread *thread, const char *source, size_t length, const char *filename, CompileMode mode,
                     bool *incomplete);

#endif
