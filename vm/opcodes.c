/* opcodes.c: the tables generated from the OPCODES X-macro list (opcodes.h):
 * each opcode's name (for dis), its flags, and its stack effect (for the
 * compiler's stack-depth computation). The VM reads the same list to build
 * its dispatch table, so the three never disagree. */
#include "opcodes.h"

const char *const opcode_names[OPCODE_COUNT] = {
#define OPCODE_NAME_ENTRY(name, effect, flags) #name,
    OPCODES(OPCODE_NAME_ENTRY)
#undef OPCODE_NAME_ENTRY
};

const unsigned char opcode_flags[OPCODE_COUNT] = {
#define OPCODE_FLAGS_ENTRY(name, effect, flags) (unsigned char)(flags),
    OPCODES(OPCODE_FLAGS_ENTRY)
#undef OPCODE_FLAGS_ENTRY
};

/* The net stack change of the fall-through path; the effect expressions in
 * opcodes.h are written in terms of `arg`. Unknown opcodes count as 0. */
int opcode_stack_effect(int opcode, unsigned arg) {
    (void)arg;
    switch (opcode) {
#define OPCODE_EFFECT_CASE(name, effect, flags) \
    case OP_##name: return (effect);
        OPCODES(OPCODE_EFFECT_CASE)
#undef OPCODE_EFFECT_CASE
    default: break;
    }
    return 0;
}
