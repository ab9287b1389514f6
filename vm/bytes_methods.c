/* bytes_methods.c: the methods bytes and bytearray share with str (case
 * changes, predicates, split and partition, padding, affixes, %-formatting)
 * and bytes' own translate / maketrans.
 *
 * Each method here only checks its arguments with CPython's messages and
 * hands the receiver, as a Text (str_internal.h), to the same algorithm
 * str's method uses: one loop for both, with bytes read byte by byte under
 * ASCII rules. Results take the receiver's kind (bytes or bytearray). The
 * core protocol and bytearray's mutators are in bytes.c. */
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "exception.h"
#include "number.h"
#include "ops.h"
#include "str_internal.h"
#include "tuple.h"

/* "bytes" or "bytearray", for messages naming the receiver's type. */
static const char *bytes_kind(Value self) {
    return value_is_instance(self, &type_bytearray) ? "bytearray" : "bytes";
}

/* No keywords and between min and max arguments after self; the message
 * names the method as CPython's clinic does: "bytes.title() takes no
 * arguments (1 given)" when `qualified`, "center expected at least..."
 * otherwise. */
static bool bytes_check(Thread *thread, const char *name, bool qualified, int argc, Value *argv, Tuple *kwnames,
                        int min, int max) {
    char full[64];
    snprintf(full, sizeof full, qualified ? "%s.%s" : "%.0s%s", bytes_kind(argv[0]), name);
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "%s.%s() takes no keyword arguments", bytes_kind(argv[0]), name);
    return error_check_argc(thread, full, argc - 1, min, max);
}

/* ---- case changes and predicates --------------------------------------- */

static bool bytes_case_method(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames,
                              CaseMethod method, Value *result) {
    if (!bytes_check(thread, name, true, argc, argv, kwnames, 0, 0)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_change_case(thread, &text, method, result);
}

#define BYTES_CASE_METHOD(name, method)                                                              \
    static bool bytes_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return bytes_case_method(thread, #name, argc, argv, kwnames, method, result);                \
    }
BYTES_CASE_METHOD(upper, METHOD_UPPER)
BYTES_CASE_METHOD(lower, METHOD_LOWER)
BYTES_CASE_METHOD(swapcase, METHOD_SWAPCASE)
BYTES_CASE_METHOD(title, METHOD_TITLE)
BYTES_CASE_METHOD(capitalize, METHOD_CAPITALIZE)
#undef BYTES_CASE_METHOD

static bool bytes_predicate(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, Predicate which,
                            Value *result) {
    if (!bytes_check(thread, name, true, argc, argv, kwnames, 0, 0)) return false;
    Text text;
    text_of(argv[0], &text);
    *result = BOOL_VALUE(text_predicate(&text, which));
    return true;
}

#define BYTES_PREDICATE(name, which)                                                                 \
    static bool bytes_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return bytes_predicate(thread, #name, argc, argv, kwnames, which, result);                   \
    }
BYTES_PREDICATE(isdigit, PREDICATE_DIGIT)
BYTES_PREDICATE(isalpha, PREDICATE_ALPHA)
BYTES_PREDICATE(isalnum, PREDICATE_ALNUM)
BYTES_PREDICATE(isspace, PREDICATE_SPACE)
BYTES_PREDICATE(isupper, PREDICATE_UPPER)
BYTES_PREDICATE(islower, PREDICATE_LOWER)
BYTES_PREDICATE(istitle, PREDICATE_TITLE)
BYTES_PREDICATE(isascii, PREDICATE_ASCII)
#undef BYTES_PREDICATE

/* ---- split, splitlines, partition -------------------------------------- */

static bool bytes_split_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames,
                               bool from_right, Value *result) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value args[2];
    if (!native_bind_args(thread, name, argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    int64_t maxsplit = -1;
    if (!IS_EMPTY(args[1]) && !value_as_index(thread, args[1], &maxsplit)) return false;
    Text text;
    text_of(argv[0], &text);
    if (IS_EMPTY(args[0]) || IS_NONE(args[0])) return text_split(thread, &text, NULL, 0, maxsplit, from_right, result);
    const unsigned char *sep;
    size_t sep_length;
    if (!bytes_argument(thread, args[0], &sep, &sep_length)) return false;
    return text_split(thread, &text, (const char *)sep, sep_length, maxsplit, from_right, result);
}

static bool bytes_split(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_split_common(thread, "split", argc, argv, kwnames, false, result);
}

static bool bytes_rsplit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_split_common(thread, "rsplit", argc, argv, kwnames, true, result);
}

static bool bytes_splitlines(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"keepends", NULL};
    Value keepends_value;
    if (!native_bind_args(thread, "splitlines", argc - 1, argv + 1, kwnames, names, 0, &keepends_value)) return false;
    bool keepends = false;
    if (!IS_EMPTY(keepends_value) && !object_truthy(thread, keepends_value, &keepends)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_splitlines(thread, &text, keepends, result);
}

/* partition / rpartition: bytes keep the separator object as given, a
 * bytearray returns a bytearray copy of it. */
static bool bytes_partition_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames,
                                   bool from_right, Value *result) {
    if (!bytes_check(thread, name, true, argc, argv, kwnames, 1, 1)) return false;
    const unsigned char *sep;
    size_t sep_length;
    if (!bytes_argument(thread, argv[1], &sep, &sep_length)) return false;
    Value sep_value = argv[1];
    if (value_is_instance(argv[0], &type_bytearray) && !bytes_make_like(thread, argv[0], sep, sep_length, &sep_value))
        return false;
    Text text;
    text_of(argv[0], &text);
    return text_partition(thread, &text, sep_value, (const char *)sep, sep_length, from_right, result);
}

static bool bytes_partition(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_partition_common(thread, "partition", argc, argv, kwnames, false, result);
}

static bool bytes_rpartition(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_partition_common(thread, "rpartition", argc, argv, kwnames, true, result);
}

/* ---- padding, affixes -------------------------------------------------- */

static bool bytes_pad_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, char how,
                             Value *result) {
    if (!bytes_check(thread, name, false, argc, argv, kwnames, 1, 2)) return false;
    int64_t width;
    if (!value_as_index(thread, argv[1], &width)) return false;
    const unsigned char *fill = (const unsigned char *)" ";
    size_t fill_length = 1;
    if (argc == 3 && (!bytes_view(argv[2], &fill, &fill_length) || fill_length != 1))
        return error_set(thread, &type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                         value_type_name(argv[2]));
    Text text;
    text_of(argv[0], &text);
    return text_pad(thread, &text, width, (const char *)fill, 1, how, result);
}

static bool bytes_center(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_pad_common(thread, "center", argc, argv, kwnames, '^', result);
}

static bool bytes_ljust(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_pad_common(thread, "ljust", argc, argv, kwnames, '<', result);
}

static bool bytes_rjust(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_pad_common(thread, "rjust", argc, argv, kwnames, '>', result);
}

static bool bytes_zfill(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_check(thread, "zfill", true, argc, argv, kwnames, 1, 1)) return false;
    int64_t width;
    if (!value_as_index(thread, argv[1], &width)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_zfill(thread, &text, width, result);
}

static bool bytes_expandtabs(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"tabsize", NULL};
    Value tabsize_value;
    if (!native_bind_args(thread, "expandtabs", argc - 1, argv + 1, kwnames, names, 0, &tabsize_value)) return false;
    int64_t tabsize = 8;
    if (!IS_EMPTY(tabsize_value) && !value_as_index(thread, tabsize_value, &tabsize)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_expandtabs(thread, &text, tabsize, result);
}

static bool bytes_remove_affix(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool suffix,
                               Value *result) {
    if (!bytes_check(thread, name, true, argc, argv, kwnames, 1, 1)) return false;
    const unsigned char *affix;
    size_t affix_length;
    if (!bytes_argument(thread, argv[1], &affix, &affix_length)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_remove_affix(thread, &text, (const char *)affix, affix_length, suffix, result);
}

static bool bytes_removeprefix(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_remove_affix(thread, "removeprefix", argc, argv, kwnames, false, result);
}

static bool bytes_removesuffix(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_remove_affix(thread, "removesuffix", argc, argv, kwnames, true, result);
}

/* ---- %-formatting ------------------------------------------------------ */

/* bytes % args: str's printf engine over a bytes template. */
static bool bytes_mod(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_check(thread, "__mod__", false, argc, argv, kwnames, 1, 1)) return false;
    Text text;
    text_of(argv[0], &text);
    StringBuilder out;
    builder_init(&out);
    if (!text_format_percent(thread, &text, argv[1], &out)) {
        builder_free(&out);
        return false;
    }
    return text_finish(thread, &text, &out, result);
}

/* ---- translate, maketrans ---------------------------------------------- */

/* translate(table, /, delete=b''): table is None or 256 bytes; the bytes
 * in `delete` are dropped first. */
static bool bytes_translate(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"", "delete", NULL};
    Value args[2];
    if (argc < 2 && (kwnames == NULL || kwnames->count == 0))
        return error_set(thread, &type_TypeError, "translate() takes at least 1 positional argument (0 given)");
    if (!native_bind_args(thread, "translate", argc - 1, argv + 1, kwnames, names, 1, args)) return false;
    const unsigned char *table = NULL, *delete = NULL;
    size_t table_length = 0, delete_length = 0;
    if (!IS_NONE(args[0])) {
        if (!bytes_argument(thread, args[0], &table, &table_length)) return false;
        if (table_length != 256)
            return error_set(thread, &type_ValueError, "translation table must be 256 characters long");
    }
    if (!IS_EMPTY(args[1]) && !bytes_argument(thread, args[1], &delete, &delete_length)) return false;
    Text text;
    text_of(argv[0], &text);
    StringBuilder out;
    builder_init(&out);
    for (size_t i = 0; i < text.length; i++) {
        unsigned char c = (unsigned char)text.chars[i];
        if (delete != NULL && memchr(delete, c, delete_length) != NULL) continue;
        builder_append_char(&out, (char)(table != NULL ? table[c] : c));
    }
    return text_finish(thread, &text, &out, result);
}

/* bytes.maketrans(from, to): a static method making the 256-byte table
 * that maps each byte of `from` to the byte of `to` at the same place. */
static bool bytes_maketrans(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "maketrans", kwnames) || !error_check_argc(thread, "maketrans", argc, 2, 2))
        return false;
    const unsigned char *from, *to;
    size_t from_length, to_length;
    if (!bytes_argument(thread, argv[0], &from, &from_length) || !bytes_argument(thread, argv[1], &to, &to_length))
        return false;
    if (from_length != to_length)
        return error_set(thread, &type_ValueError, "maketrans arguments must have same length");
    unsigned char table[256];
    for (int i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < from_length; i++) table[from[i]] = to[i];
    Bytes *bytes = bytes_new(thread, table, sizeof table);
    if (bytes == NULL) return false;
    *result = OBJECT_VALUE(bytes);
    return true;
}

const MethodDef bytes_text_methods[] = {
    {"upper", bytes_upper},           {"lower", bytes_lower},           {"swapcase", bytes_swapcase},
    {"title", bytes_title},           {"capitalize", bytes_capitalize}, {"isdigit", bytes_isdigit},
    {"isalpha", bytes_isalpha},       {"isalnum", bytes_isalnum},       {"isspace", bytes_isspace},
    {"isupper", bytes_isupper},       {"islower", bytes_islower},       {"istitle", bytes_istitle},
    {"isascii", bytes_isascii},       {"split", bytes_split},           {"rsplit", bytes_rsplit},
    {"splitlines", bytes_splitlines}, {"partition", bytes_partition},   {"rpartition", bytes_rpartition},
    {"center", bytes_center},         {"ljust", bytes_ljust},           {"rjust", bytes_rjust},
    {"zfill", bytes_zfill},           {"expandtabs", bytes_expandtabs}, {"removeprefix", bytes_removeprefix},
    {"removesuffix", bytes_removesuffix}, {"__mod__", bytes_mod},       {"translate", bytes_translate},
    {"maketrans", bytes_maketrans},   {NULL, NULL},
};
