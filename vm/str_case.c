/* str_case.c: character classes and case mapping, and the str methods
 * built on them (upper, lower, title, isdigit, isspace...).
 *
 * Baton carries no Unicode database. Coverage: ASCII, Latin-1, Latin
 * Extended-A, Greek, Cyrillic and fullwidth Latin letters map and classify
 * exactly as CPython (with the full mappings ß -> SS, İ -> i̇, ŉ -> ʼN);
 * CJK ideographs, kana, Hangul, Hebrew and Arabic letters are alphabetic
 * and uncased; the decimal digits of every script are decimal (the table
 * that int() and float() also read). Not covered: the final-sigma rule of
 * lower().
 * The case changes and predicates work on a Text, so bytes' upper, title,
 * isalpha... are these same loops under ASCII rules. */
#include <string.h>

#include "error.h"
#include "exception.h"
#include "str_internal.h"
#include "tuple.h"

/* The simple uppercase of a code point (itself when it has none). */
static uint32_t unicode_upper(uint32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if (c < 0x80) return c;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
    if (c == 0xFF) return 0x178;
    if (c == 0xB5) return 0x39C;
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x131) return 'I';
        if (c == 0x17F) return 'S';
        bool odd_lower = (c <= 0x137) || (c >= 0x14A && c <= 0x177);
        bool even_lower = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (odd_lower && (c & 1)) return c - 1;
        if (even_lower && !(c & 1)) return c - 1;
        return c;
    }
    if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
    if (c == 0x3C2) return 0x3A3;
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return c - 37;
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return c - 63;
    if (c >= 0x430 && c <= 0x44F) return c - 32;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    if (((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF)) && (c & 1)) return c - 1;
    if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
    return c;
}

/* The simple lowercase of a code point (itself when it has none). */
static uint32_t unicode_lower(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0x80) return c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c == 0x178) return 0xFF;
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x130) return 'i';
        bool even_upper = (c <= 0x137) || (c >= 0x14A && c <= 0x177);
        bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (even_upper && !(c & 1)) return c + 1;
        if (odd_upper && (c & 1)) return c + 1;
        return c;
    }
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if (((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF)) && !(c & 1)) return c + 1;
    if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
    return c;
}

bool unicode_is_upper(uint32_t c) { return unicode_lower(c) != c; }
bool unicode_is_lower(uint32_t c) {
    return unicode_upper(c) != c || c == 0xDF || c == 0x149 || c == 0xAA || c == 0xBA || c == 0x138;
}
static bool unicode_is_cased(uint32_t c) { return unicode_is_upper(c) || unicode_is_lower(c); }

bool unicode_is_alpha(uint32_t c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (c < 0x100) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    if (c <= 0x24F || (c >= 0x250 && c <= 0x2AF)) return true;
    if (c >= 0x370 && c <= 0x3FF) return unicode_is_cased(c) || (c >= 0x3D0 && c <= 0x3FF);
    if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
    if ((c >= 0x5D0 && c <= 0x5EA) || (c >= 0x620 && c <= 0x64A)) return true;
    if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA)) return true;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3400 && c <= 0x4DBF)) return true;
    return unicode_is_cased(c);
}

bool unicode_is_space(uint32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* The zero of every run of ten decimal digits (Unicode category Nd, as of
 * Unicode 14.0, Python 3.11's): each run holds the digits 0..9 in order. */
static const uint32_t decimal_zeros[] = {
    0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,   0xBE6,   0xC66,
    0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,  0x1090,  0x17E0,  0x1810,  0x1946,
    0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,
    0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

/* The value of a decimal digit of any script, or -1: a binary search for
 * the last run starting at or below c. */
int unicode_decimal_value(uint32_t c) {
    size_t low = 0, high = sizeof decimal_zeros / sizeof decimal_zeros[0];
    while (high - low > 1) {
        size_t middle = (low + high) / 2;
        if (decimal_zeros[middle] <= c) low = middle;
        else high = middle;
    }
    uint32_t zero = decimal_zeros[low];
    return c >= zero && c <= zero + 9 ? (int)(c - zero) : -1;
}


bool unicode_is_decimal(uint32_t c) { return unicode_decimal_value(c) >= 0; }

bool unicode_is_digit(uint32_t c) {
    return unicode_is_decimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}

bool unicode_is_numeric(uint32_t c) {
    static const uint32_t han[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                   0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x96F6, 0x5104};
    if (unicode_is_digit(c) || (c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2189)) return true;
    for (size_t i = 0; i < sizeof han / sizeof han[0]; i++) {
        if (c == han[i]) return true;
    }
    return false;
}

/* ---- case conversion --------------------------------------------------- */

typedef enum CaseMode { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_TITLE } CaseMode;

/* Append the full mapping of `c`: the simple one, or a special string. */
static void str_append_case(StringBuilder *out, uint32_t c, CaseMode mode) {
    if (mode == CASE_UPPER || mode == CASE_TITLE) {
        if (c == 0xDF) builder_append_c(out, mode == CASE_UPPER ? "SS" : "Ss");
        else if (c == 0x149) builder_append_c(out, "\xCA\xBCN");
        else builder_append_code_point(out, unicode_upper(c));
        return;
    }
    if (c == 0x130) {
        builder_append_c(out, "i\xCC\x87");
        return;
    }
    if (mode == CASE_FOLD) {
        if (c == 0xDF) {
            builder_append_c(out, "ss");
            return;
        }
        if (c == 0x17F) c = 's';
        else if (c == 0xB5) c = 0x3BC;
        else if (c == 0x3C2) c = 0x3C3;
    }
    builder_append_code_point(out, unicode_lower(c));
}

/* Case classes under a text's rules: bytes know only ASCII letters. */
static bool text_is_upper(const Text *text, uint32_t c) {
    return text->bytes ? c >= 'A' && c <= 'Z' : unicode_is_upper(c);
}
static bool text_is_lower(const Text *text, uint32_t c) {
    return text->bytes ? c >= 'a' && c <= 'z' : unicode_is_lower(c);
}
static bool text_is_cased(const Text *text, uint32_t c) { return text_is_upper(text, c) || text_is_lower(text, c); }

/* Every case-changing method in one loop: `previous_cased` drives title(),
 * the position drives capitalize(). A byte beyond ASCII stays as it is. */
bool text_change_case(Thread *thread, const Text *text, CaseMethod method, Value *result) {
    StringBuilder out;
    builder_init(&out);
    bool previous_cased = false;
    for (size_t i = 0; i < text->length;) {
        int length;
        uint32_t c = text_char(text, i, &length);
        CaseMode mode;
        switch (method) {
        case METHOD_UPPER: mode = CASE_UPPER; break;
        case METHOD_LOWER: mode = CASE_LOWER; break;
        case METHOD_CASEFOLD: mode = CASE_FOLD; break;
        case METHOD_SWAPCASE: mode = text_is_upper(text, c) ? CASE_LOWER : CASE_UPPER; break;
        case METHOD_TITLE: mode = previous_cased ? CASE_LOWER : CASE_TITLE; break;
        default: mode = i == 0 ? CASE_TITLE : CASE_LOWER; break;
        }
        i += (size_t)length;
        bool unchanged = (method == METHOD_SWAPCASE && !text_is_cased(text, c)) || (text->bytes && c >= 0x80);
        if (unchanged) text_append_char(text, &out, c);
        else str_append_case(&out, c, mode);
        previous_cased = text_is_cased(text, c);
    }
    return text_finish(thread, text, &out, result);
}

static bool str_case_method(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, CaseMethod method,
                            Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc != 1) return error_set(thread, &type_TypeError, "str.%s() takes no arguments (%d given)", name, argc - 1);
    Text text;
    text_of(argv[0], &text);
    return text_change_case(thread, &text, method, result);
}

#define STR_CASE_METHOD(name, method)                                                              \
    static bool str_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return str_case_method(thread, #name, argc, argv, kwnames, method, result);                \
    }
STR_CASE_METHOD(upper, METHOD_UPPER)
STR_CASE_METHOD(lower, METHOD_LOWER)
STR_CASE_METHOD(casefold, METHOD_CASEFOLD)
STR_CASE_METHOD(swapcase, METHOD_SWAPCASE)
STR_CASE_METHOD(title, METHOD_TITLE)
STR_CASE_METHOD(capitalize, METHOD_CAPITALIZE)
#undef STR_CASE_METHOD

/* ---- predicates -------------------------------------------------------- */

static bool unicode_is_alnum(uint32_t c) { return unicode_is_alpha(c) || unicode_is_numeric(c); }

/* Does character c pass the test `which` (a class test, not upper/lower/
 * title) under the text's rules? */
static bool text_char_is(const Text *text, Predicate which, uint32_t c) {
    if (which == PREDICATE_ASCII) return c < 0x80;
    if (which == PREDICATE_SPACE) return text_is_space(text, c);
    if (text->bytes && c >= 0x80) return false;
    switch (which) {
    case PREDICATE_DIGIT: return unicode_is_digit(c);
    case PREDICATE_DECIMAL: return unicode_is_decimal(c);
    case PREDICATE_NUMERIC: return unicode_is_numeric(c);
    case PREDICATE_ALPHA: return unicode_is_alpha(c);
    case PREDICATE_ALNUM: return unicode_is_alnum(c);
    case PREDICATE_PRINTABLE: return unicode_is_printable(c);
    default: return false;
    }
}

/* True if every character passes (and, unless empty_ok, there is one). */
static bool text_all(const Text *text, Predicate which, bool empty_ok) {
    if (text->length == 0) return empty_ok;
    for (size_t i = 0; i < text->length;) {
        int length;
        if (!text_char_is(text, which, text_char(text, i, &length))) return false;
        i += (size_t)length;
    }
    return true;
}

/* isupper / islower: some cased character and none of the other case. */
static bool text_is_case(const Text *text, bool upper) {
    bool any = false;
    for (size_t i = 0; i < text->length;) {
        int length;
        uint32_t c = text_char(text, i, &length);
        i += (size_t)length;
        if (upper ? text_is_lower(text, c) : text_is_upper(text, c)) return false;
        any |= upper ? text_is_upper(text, c) : text_is_lower(text, c);
    }
    return any;
}

/* istitle: uppercase only after uncased characters, lowercase only after
 * cased ones, and at least one cased character. */
static bool text_is_title(const Text *text) {
    bool previous_cased = false, any = false;
    for (size_t i = 0; i < text->length;) {
        int length;
        uint32_t c = text_char(text, i, &length);
        i += (size_t)length;
        if (text_is_upper(text, c)) {
            if (previous_cased) return false;
            previous_cased = any = true;
        } else if (text_is_lower(text, c)) {
            if (!previous_cased) return false;
            previous_cased = any = true;
        } else {
            previous_cased = false;
        }
    }
    return any;
}

bool text_predicate(const Text *text, Predicate which) {
    switch (which) {
    case PREDICATE_UPPER: return text_is_case(text, true);
    case PREDICATE_LOWER: return text_is_case(text, false);
    case PREDICATE_TITLE: return text_is_title(text);
    case PREDICATE_IDENTIFIER: return !text->bytes && str_is_identifier(AS_STR(text->self));
    case PREDICATE_ASCII: case PREDICATE_PRINTABLE: return text_all(text, which, true);
    default: return text_all(text, which, false);
    }
}

static bool str_predicate(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, Predicate which,
                          Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc != 1) return error_set(thread, &type_TypeError, "str.%s() takes no arguments (%d given)", name, argc - 1);
    Text text;
    text_of(argv[0], &text);
    *result = BOOL_VALUE(text_predicate(&text, which));
    return true;
}

#define STR_PREDICATE(name, which)                                                                 \
    static bool str_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return str_predicate(thread, #name, argc, argv, kwnames, which, result);                   \
    }
STR_PREDICATE(isdigit, PREDICATE_DIGIT)
STR_PREDICATE(isdecimal, PREDICATE_DECIMAL)
STR_PREDICATE(isnumeric, PREDICATE_NUMERIC)
STR_PREDICATE(isalpha, PREDICATE_ALPHA)
STR_PREDICATE(isalnum, PREDICATE_ALNUM)
STR_PREDICATE(isspace, PREDICATE_SPACE)
STR_PREDICATE(isupper, PREDICATE_UPPER)
STR_PREDICATE(islower, PREDICATE_LOWER)
STR_PREDICATE(istitle, PREDICATE_TITLE)
STR_PREDICATE(isidentifier, PREDICATE_IDENTIFIER)
STR_PREDICATE(isascii, PREDICATE_ASCII)
STR_PREDICATE(isprintable, PREDICATE_PRINTABLE)
#undef STR_PREDICATE

const MethodDef str_case_methods[] = {
    {"upper", str_upper},         {"lower", str_lower},         {"casefold", str_casefold},
    {"swapcase", str_swapcase},   {"title", str_title},         {"capitalize", str_capitalize},
    {"isdigit", str_isdigit},     {"isdecimal", str_isdecimal}, {"isnumeric", str_isnumeric},
    {"isalpha", str_isalpha},     {"isalnum", str_isalnum},     {"isspace", str_isspace},
    {"isupper", str_isupper},     {"islower", str_islower},     {"istitle", str_istitle},
    {"isidentifier", str_isidentifier}, {"isascii", str_isascii}, {"isprintable", str_isprintable},
    {NULL, NULL},
};
