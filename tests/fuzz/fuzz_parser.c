/* fuzz_parser.c: libFuzzer harness for the lexer and parser (parser.h).
 *
 * Feeds arbitrary bytes to parse_source in every mode and checks that it
 * either builds a tree or reports a SyntaxError with a message and a line,
 * never crashing, hanging or leaking. Build by hand (not part of CMake):
 *   clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -Ivm \
 *       vm/ast.c vm/lexer.c vm/parser.c vm/parser_expr.c vm/parser_stmt.c \
 *       vm/parser_literal.c tests/fuzz/fuzz_parser.c -o fuzz_parser
 *   ./fuzz_parser -max_len=4096 corpus/ */
#include <stdint.h>
#include <stdlib.h>

#include "parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const ParseMode modes[] = {PARSE_FILE, PARSE_INTERACTIVE, PARSE_EVAL};
    for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
        Arena arena;
        arena_init(&arena);
        ParseError error;
        ModuleNode *module = parse_source(&arena, (const char *)data, size, modes[m], &error);
        if (module == NULL && (error.type == NULL || error.message[0] == '\0' || error.line < 0)) abort();
        arena_free(&arena);
    }
    return 0;
}
