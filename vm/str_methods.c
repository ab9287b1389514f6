/* str_methods.c: the named methods of str that search, split, join, pad
 * and transform text (case and predicates are in str_case.c).
 *
 * All work on the UTF-8 bytes; code-point positions (find's result, start
 * and end arguments) are converted at the edges with str_byte_offset and
 * utf8_count. Results that equal the receiver return it unchanged, as
 * CPython does for exact strs. */
#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "format.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "str_internal.h"
#include "tuple.h"

static bool str_return(Str *str, Value *result) {
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

static Str *str_substring(Thread *thread, Str *str, size_t from, size_t to) {
    if (from == 0 && to == str->length && str->header.type == &type_str) return str;
    return str_new(thread, str->chars + from, to - from);
}

/* Require a str argument ("must be str, not int"). */
static bool str_expect(Thread *thread, Value value) {
    if (IS_STR(value)) return true;
    return error_set(thread, &type_TypeError, "must be str, not %s", value_type_name(value));
}

/* The byte range [start, end) of s[start:end] for find/count/startswith,
 * whose start and end may be None, negative or beyond the string. */
static bool str_range(Thread *thread, Str *str, Value start_value, Value end_value, size_t *from, size_t *to,
                      bool *empty) {
    int64_t length = (int64_t)str->char_count, start = 0, end = length;
    if (!IS_EMPTY(start_value) && !IS_NONE(start_value) && !value_as_index(thread, start_value, &start)) return false;
    if (!IS_EMPTY(end_value) && !IS_NONE(end_value) && !value_as_index(thread, end_value, &end)) return false;
    if (start < 0) start = start + length < 0 ? 0 : start + length;
    if (end < 0) end = end + length < 0 ? 0 : end + length;
    if (end > length) end = length;
    *empty = start > length; /* even "" is not found past the end */
    if (start > end) start = end;
    *from = str_byte_offset(str, (size_t)start);
    *to = str_byte_offset(str, (size_t)end);
    return true;
}

/* ---- find, index, count ------------------------------------------------ */

typedef enum FindKind { FIND_FIRST, FIND_LAST } FindKind;

/* The code-point index of sub in s[start:end], or -1. */
static bool str_find_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, FindKind kind,
                            int64_t *index) {
    *index = -1;
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc < 2) return error_set(thread, &type_TypeError, "%s() takes at least 1 argument (%d given)", name, argc - 1);
    if (argc > 4) return error_set(thread, &type_TypeError, "%s() takes at most 3 arguments (%d given)", name, argc - 1);
    if (!str_expect(thread, argv[1])) return false;
    Str *str = AS_STR(argv[0]), *sub = AS_STR(argv[1]);
    size_t from, to;
    bool empty;
    if (!str_range(thread, str, argc > 2 ? argv[2] : EMPTY_VALUE, argc > 3 ? argv[3] : EMPTY_VALUE, &from, &to, &empty))
        return false;
    int64_t offset = empty ? -1
                     : kind == FIND_FIRST ? str_find_bytes(str->chars, from, to, sub->chars, sub->length)
                                          : str_rfind_bytes(str->chars, from, to, sub->chars, sub->length);
    *index = offset < 0 ? -1 : (int64_t)utf8_count(str->chars, (size_t)offset);
    return true;
}

#define STR_FIND_METHOD(name, kind, raises)                                                                      \
    static bool str_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {               \
        int64_t index;                                                                                           \
        if (!str_find_common(thread, #name, argc, argv, kwnames, kind, &index)) return false;                    \
        if (raises && index < 0) return error_set(thread, &type_ValueError, "substring not found");              \
        *result = INT_VALUE(index);                                                                              \
        return true;                                                                                             \
    }
STR_FIND_METHOD(find, FIND_FIRST, false)
STR_FIND_METHOD(rfind, FIND_LAST, false)
STR_FIND_METHOD(index, FIND_FIRST, true)
STR_FIND_METHOD(rindex, FIND_LAST, true)
#undef STR_FIND_METHOD

/* Non-overlapping occurrences of needle in haystack[from, to). */
static int64_t str_count_bytes(const char *haystack, size_t from, size_t to, const char *needle, size_t needle_length,
                               int64_t limit) {
    int64_t count = 0;
    if (needle_length == 0) {
        int64_t slots = (int64_t)utf8_count(haystack + from, to - from) + 1;
        return limit >= 0 && limit < slots ? limit : slots;
    }
    while (limit < 0 || count < limit) {
        int64_t hit = str_find_bytes(haystack, from, to, needle, needle_length);
        if (hit < 0) break;
        count++;
        from = (size_t)hit + needle_length;
    }
    return count;
}

static bool str_count(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "count", kwnames)) return false;
    if (argc < 2) return error_set(thread, &type_TypeError, "count() takes at least 1 argument (%d given)", argc - 1);
    if (argc > 4) return error_set(thread, &type_TypeError, "count() takes at most 3 arguments (%d given)", argc - 1);
    if (!str_expect(thread, argv[1])) return false;
    Str *str = AS_STR(argv[0]), *sub = AS_STR(argv[1]);
    size_t from, to;
    bool empty;
    if (!str_range(thread, str, argc > 2 ? argv[2] : EMPTY_VALUE, argc > 3 ? argv[3] : EMPTY_VALUE, &from, &to, &empty))
        return false;
    *result = INT_VALUE(empty ? 0 : str_count_bytes(str->chars, from, to, sub->chars, sub->length, -1));
    return true;
}

/* startswith / endswith with a str or a tuple of strs. */
static bool str_affix(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool at_end,
                      Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc < 2) return error_set(thread, &type_TypeError, "%s() takes at least 1 argument (%d given)", name, argc - 1);
    if (argc > 4) return error_set(thread, &type_TypeError, "%s() takes at most 3 arguments (%d given)", name, argc - 1);
    Str *str = AS_STR(argv[0]);
    size_t from, to;
    bool empty;
    if (!str_range(thread, str, argc > 2 ? argv[2] : EMPTY_VALUE, argc > 3 ? argv[3] : EMPTY_VALUE, &from, &to, &empty))
        return false;
    bool is_tuple = value_is_instance(argv[1], &type_tuple);
    size_t count = is_tuple ? AS_TUPLE(argv[1])->count : 1;
    for (size_t i = 0; i < count; i++) {
        Value item = is_tuple ? AS_TUPLE(argv[1])->items[i] : argv[1];
        if (!IS_STR(item)) {
            if (is_tuple)
                return error_set(thread, &type_TypeError, "tuple for %s must only contain str, not %s", name,
                                 value_type_name(item));
            return error_set(thread, &type_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                             value_type_name(item));
        }
        Str *affix = AS_STR(item);
        if (empty || to - from < affix->length) continue;
        size_t at = at_end ? to - affix->length : from;
        if (memcmp(str->chars + at, affix->chars, affix->length) == 0) {
            *result = BOOL_VALUE(true);
            return true;
        }
    }
    *result = BOOL_VALUE(false);
    return true;
}

static bool str_startswith(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_affix(thread, "startswith", argc, argv, kwnames, false, result);
}

static bool str_endswith(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_affix(thread, "endswith", argc, argv, kwnames, true, result);
}

/* ---- split and friends ------------------------------------------------- */

/* split() with no separator: runs of whitespace separate, ends ignored. */
static bool text_split_whitespace(Thread *thread, const Text *text, int64_t maxsplit, List *list) {
    size_t i = 0, n = text->length;
    int length;
    while (true) {
        while (i < n && text_is_space(text, text_char(text, i, &length))) i += (size_t)length;
        if (i >= n) return true;
        if (maxsplit == 0) return text_list_push(thread, list, text, i, n);
        size_t start = i;
        while (i < n && !text_is_space(text, text_char(text, i, &length))) i += (size_t)length;
        if (!text_list_push(thread, list, text, start, i)) return false;
        maxsplit--;
    }
}

/* rsplit() with no separator, pushing parts from the right (reversed later). */
static bool text_rsplit_whitespace(Thread *thread, const Text *text, int64_t maxsplit, List *list) {
    size_t end = text->length;
    int length;
    while (true) {
        while (end > 0 && text_is_space(text, text_char(text, text_previous(text, end), &length)))
            end = text_previous(text, end);
        if (end == 0) return true;
        if (maxsplit == 0) return text_list_push(thread, list, text, 0, end);
        size_t start = end;
        while (start > 0 && !text_is_space(text, text_char(text, text_previous(text, start), &length)))
            start = text_previous(text, start);
        if (!text_list_push(thread, list, text, start, end)) return false;
        end = start;
        maxsplit--;
    }
}

static bool text_split_separator(Thread *thread, const Text *text, const char *sep, size_t sep_length,
                                 int64_t maxsplit, bool from_right, List *list) {
    size_t start = 0, end = text->length;
    while (maxsplit != 0) {
        int64_t hit = from_right ? str_rfind_bytes(text->chars, start, end, sep, sep_length)
                                 : str_find_bytes(text->chars, start, end, sep, sep_length);
        if (hit < 0) break;
        bool ok = from_right ? text_list_push(thread, list, text, (size_t)hit + sep_length, end)
                             : text_list_push(thread, list, text, start, (size_t)hit);
        if (!ok) return false;
        if (from_right) end = (size_t)hit;
        else start = (size_t)hit + sep_length;
        if (maxsplit > 0) maxsplit--;
    }
    return text_list_push(thread, list, text, start, end);
}

static void str_list_reverse(List *list) {
    for (size_t i = 0, j = list->count; i + 1 < j; i++, j--) {
        Value swap = list->items[i];
        list->items[i] = list->items[j - 1];
        list->items[j - 1] = swap;
    }
}

bool text_split(Thread *thread, const Text *text, const char *sep, size_t sep_length, int64_t maxsplit, bool from_right,
                Value *result) {
    if (sep != NULL && sep_length == 0) return error_set(thread, &type_ValueError, "empty separator");
    if (maxsplit < 0) maxsplit = -1;
    List *list = list_new(thread, 0);
    if (list == NULL) return false;
    bool ok;
    if (sep == NULL) {
        ok = from_right ? text_rsplit_whitespace(thread, text, maxsplit, list)
                        : text_split_whitespace(thread, text, maxsplit, list);
    } else {
        ok = text_split_separator(thread, text, sep, sep_length, maxsplit, from_right, list);
    }
    if (!ok) return false;
    if (from_right) str_list_reverse(list);
    *result = OBJECT_VALUE(list);
    return true;
}

static bool str_split_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool from_right,
                             Value *result) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value args[2];
    if (!native_bind_args(thread, name, argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    int64_t maxsplit = -1;
    if (!IS_EMPTY(args[1]) && !value_as_index(thread, args[1], &maxsplit)) return false;
    Text text;
    text_of(argv[0], &text);
    if (IS_EMPTY(args[0]) || IS_NONE(args[0])) return text_split(thread, &text, NULL, 0, maxsplit, from_right, result);
    if (!IS_STR(args[0])) return error_set(thread, &type_TypeError, "must be str or None, not %s", value_type_name(args[0]));
    Str *sep = AS_STR(args[0]);
    return text_split(thread, &text, sep->chars, sep->length, maxsplit, from_right, result);
}

static bool str_split(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_split_common(thread, "split", argc, argv, kwnames, false, result);
}

static bool str_rsplit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_split_common(thread, "rsplit", argc, argv, kwnames, true, result);
}

/* The byte length of the line break at byte i, 0 if none (bytes know only
 * \n, \r and \r\n). */
static int text_line_break_at(const Text *text, size_t i) {
    int char_length;
    uint32_t c = text_char(text, i, &char_length);
    if (c == '\r') return i + 1 < text->length && text->chars[i + 1] == '\n' ? 2 : 1;
    if (c == '\n') return 1;
    if (text->bytes) return 0;
    bool is_break = c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
    return is_break ? char_length : 0;
}

bool text_splitlines(Thread *thread, const Text *text, bool keepends, Value *result) {
    List *list = list_new(thread, 0);
    if (list == NULL) return false;
    size_t start = 0, i = 0;
    while (i < text->length) {
        int eol = text_line_break_at(text, i);
        if (eol == 0) {
            i++;
            continue;
        }
        if (!text_list_push(thread, list, text, start, keepends ? i + (size_t)eol : i)) return false;
        i += (size_t)eol;
        start = i;
    }
    if (start < text->length && !text_list_push(thread, list, text, start, text->length)) return false;
    *result = OBJECT_VALUE(list);
    return true;
}

static bool str_splitlines(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"keepends", NULL};
    Value keepends_value;
    if (!native_bind_args(thread, "splitlines", argc - 1, argv + 1, kwnames, names, 0, &keepends_value)) return false;
    bool keepends = false;
    if (!IS_EMPTY(keepends_value) && !object_truthy(thread, keepends_value, &keepends)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_splitlines(thread, &text, keepends, result);
}

/* partition / rpartition: (head, sep, tail), or the whole text and two
 * empty ones on the side where the separator was not found. `sep` is the
 * middle item when found: the separator as given (a bytearray receiver
 * passes a bytearray copy, as CPython). */
bool text_partition(Thread *thread, const Text *text, Value sep, const char *sep_chars, size_t sep_length,
                    bool from_right, Value *result) {
    if (sep_length == 0) return error_set(thread, &type_ValueError, "empty separator");
    int64_t hit = from_right ? str_rfind_bytes(text->chars, 0, text->length, sep_chars, sep_length)
                             : str_find_bytes(text->chars, 0, text->length, sep_chars, sep_length);
    Tuple *tuple = tuple_new(thread, 3);
    if (tuple == NULL) return false;
    size_t head_end = hit < 0 ? (from_right ? 0 : text->length) : (size_t)hit;
    size_t tail_start = hit < 0 ? head_end : (size_t)hit + sep_length;
    if (!text_make(thread, text, text->chars, head_end, &tuple->items[0]) ||
        !text_make(thread, text, text->chars + tail_start, text->length - tail_start, &tuple->items[2]))
        return false;
    if (hit >= 0) tuple->items[1] = sep;
    else if (!text_make(thread, text, "", 0, &tuple->items[1])) return false;
    *result = OBJECT_VALUE(tuple);
    return true;
}

static bool str_partition_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames,
                                 bool from_right, Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "str.%s() takes exactly one argument (%d given)", name, argc - 1);
    if (!IS_STR(argv[1])) return error_set(thread, &type_TypeError, "must be str, not %s", value_type_name(argv[1]));
    Text text;
    text_of(argv[0], &text);
    Str *sep = AS_STR(argv[1]);
    return text_partition(thread, &text, argv[1], sep->chars, sep->length, from_right, result);
}

static bool str_partition(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_partition_common(thread, "partition", argc, argv, kwnames, false, result);
}

static bool str_rpartition(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_partition_common(thread, "rpartition", argc, argv, kwnames, true, result);
}

/* ---- join -------------------------------------------------------------- */

static bool str_join_item(Thread *thread, StringBuilder *builder, Str *separator, Value item, size_t index) {
    if (!IS_STR(item)) {
        builder_free(builder);
        return error_set(thread, &type_TypeError, "sequence item %zu: expected str instance, %s found", index,
                         value_type_name(item));
    }
    if (index > 0) builder_append_str(builder, separator);
    builder_append_str(builder, AS_STR(item));
    return true;
}

static bool str_join(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "join", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "str.join() takes exactly one argument (%d given)", argc - 1);
    Str *separator = AS_STR(argv[0]);
    Value iterable = argv[1];
    StringBuilder builder;
    builder_init(&builder);
    if (value_is_exact(iterable, &type_list) || value_is_exact(iterable, &type_tuple)) {
        bool is_list = value_is_exact(iterable, &type_list);
        for (size_t i = 0; i < (is_list ? AS_LIST(iterable)->count : AS_TUPLE(iterable)->count); i++) {
            Value item = is_list ? AS_LIST(iterable)->items[i] : AS_TUPLE(iterable)->items[i];
            if (!str_join_item(thread, &builder, separator, item, i)) return false;
        }
        return str_return(builder_finish(thread, &builder), result);
    }
    Value iterator, item;
    if (!object_get_iter(thread, iterable, &iterator)) return false;
    if (!gc_push_root(thread, iterator)) return false;
    bool ok = true;
    for (size_t i = 0; ok; i++) {
        ok = object_iter_next(thread, iterator, &item);
        if (!ok || IS_EMPTY(item)) break;
        ok = str_join_item(thread, &builder, separator, item, i);
    }
    gc_pop_roots(thread, 1);
    if (!ok) {
        builder_free(&builder);
        return false;
    }
    return str_return(builder_finish(thread, &builder), result);
}

/* ---- strip, replace, affixes ------------------------------------------- */

/* True if code point c is in the `chars` set (whitespace when NULL). */
static bool str_in_set(uint32_t c, const Str *chars) {
    if (chars == NULL) return unicode_is_space(c);
    for (size_t i = 0; i < chars->length;) {
        int length;
        if (utf8_decode(chars->chars + i, &length) == c) return true;
        i += (size_t)length;
    }
    return false;
}

static bool str_strip_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool left,
                             bool right, Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc > 2) return error_set(thread, &type_TypeError, "%s expected at most 1 argument, got %d", name, argc - 1);
    const Str *chars = NULL;
    if (argc == 2 && !IS_NONE(argv[1])) {
        if (!IS_STR(argv[1])) return error_set(thread, &type_TypeError, "%s arg must be None or str", name);
        chars = AS_STR(argv[1]);
    }
    Str *str = AS_STR(argv[0]);
    Text text;
    text_of(argv[0], &text);
    size_t start = 0, end = str->length;
    int length;
    while (left && start < end && str_in_set(utf8_decode(str->chars + start, &length), chars)) start += (size_t)length;
    while (right && end > start) {
        size_t previous = text_previous(&text, end);
        if (!str_in_set(utf8_decode(str->chars + previous, &length), chars)) break;
        end = previous;
    }
    return str_return(str_substring(thread, str, start, end), result);
}

static bool str_strip(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_strip_common(thread, "strip", argc, argv, kwnames, true, true, result);
}

static bool str_lstrip(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_strip_common(thread, "lstrip", argc, argv, kwnames, true, false, result);
}

static bool str_rstrip(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_strip_common(thread, "rstrip", argc, argv, kwnames, false, true, result);
}

static bool str_replace(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "replace", kwnames)) return false;
    if (argc < 3) return error_set(thread, &type_TypeError, "replace expected at least 2 arguments, got %d", argc - 1);
    if (argc > 4) return error_set(thread, &type_TypeError, "replace expected at most 3 arguments, got %d", argc - 1);
    for (int i = 1; i <= 2; i++) {
        if (!IS_STR(argv[i]))
            return error_set(thread, &type_TypeError, "replace() argument %d must be str, not %s", i, value_type_name(argv[i]));
    }
    int64_t count = -1;
    if (argc == 4 && !value_as_index(thread, argv[3], &count)) return false;
    Str *str = AS_STR(argv[0]), *old = AS_STR(argv[1]), *new = AS_STR(argv[2]);
    StringBuilder builder;
    builder_init(&builder);
    size_t start = 0;
    if (old->length == 0) {
        for (size_t i = 0; i <= str->length; count--) {
            if (count == 0) {
                builder_append(&builder, str->chars + i, str->length - i);
                break;
            }
            builder_append_str(&builder, new);
            if (i == str->length) break;
            int length;
            utf8_decode(str->chars + i, &length);
            builder_append(&builder, str->chars + i, (size_t)length);
            i += (size_t)length;
        }
        return str_return(builder_finish(thread, &builder), result);
    }
    for (; count != 0; count--) {
        int64_t hit = str_find_bytes(str->chars, start, str->length, old->chars, old->length);
        if (hit < 0) break;
        builder_append(&builder, str->chars + start, (size_t)hit - start);
        builder_append_str(&builder, new);
        start = (size_t)hit + old->length;
    }
    if (start == 0) {
        builder_free(&builder);
        return str_return(str_substring(thread, str, 0, str->length), result);
    }
    builder_append(&builder, str->chars + start, str->length - start);
    return str_return(builder_finish(thread, &builder), result);
}

bool text_remove_affix(Thread *thread, const Text *text, const char *affix, size_t affix_length, bool suffix,
                       Value *result) {
    size_t from = 0, to = text->length;
    if (affix_length <= text->length) {
        size_t at = suffix ? text->length - affix_length : 0;
        if (memcmp(text->chars + at, affix, affix_length) == 0) {
            if (suffix) to = at;
            else from = affix_length;
        }
    }
    return text_make(thread, text, text->chars + from, to - from, result);
}

static bool str_remove_affix(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool suffix,
                             Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "str.%s() takes exactly one argument (%d given)", name, argc - 1);
    if (!IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "%s() argument must be str, not %s", name, value_type_name(argv[1]));
    Text text;
    text_of(argv[0], &text);
    return text_remove_affix(thread, &text, AS_STR(argv[1])->chars, AS_STR(argv[1])->length, suffix, result);
}

static bool str_removeprefix(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_remove_affix(thread, "removeprefix", argc, argv, kwnames, false, result);
}

static bool str_removesuffix(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_remove_affix(thread, "removesuffix", argc, argv, kwnames, true, result);
}

/* ---- padding ----------------------------------------------------------- */

/* The number of characters of a text. */
static size_t text_char_count(const Text *text) {
    return text->bytes ? text->length : AS_STR(text->self)->char_count;
}

/* center/ljust/rjust: CPython's center puts the extra fill on the left
 * when both the pad and the width are odd. */
bool text_pad(Thread *thread, const Text *text, int64_t width, const char *fill, size_t fill_length, char how,
              Value *result) {
    size_t count = text_char_count(text);
    if (width <= (int64_t)count) return text_make(thread, text, text->chars, text->length, result);
    size_t pad = (size_t)width - count, left;
    if (how == '<') left = 0;
    else if (how == '>') left = pad;
    else left = pad / 2 + (pad & (size_t)width & 1);
    StringBuilder builder;
    builder_init(&builder);
    builder_repeat(&builder, fill, fill_length, left);
    builder_append(&builder, text->chars, text->length);
    builder_repeat(&builder, fill, fill_length, pad - left);
    return text_finish(thread, text, &builder, result);
}

static bool str_pad_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, char how,
                           Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc < 2) return error_set(thread, &type_TypeError, "%s expected at least 1 argument, got %d", name, argc - 1);
    if (argc > 3) return error_set(thread, &type_TypeError, "%s expected at most 2 arguments, got %d", name, argc - 1);
    int64_t width;
    if (!value_as_index(thread, argv[1], &width)) return false;
    const char *fill = " ";
    size_t fill_length = 1;
    if (argc == 3) {
        if (!IS_STR(argv[2]))
            return error_set(thread, &type_TypeError, "%s() argument 2 must be str, not %s", name, value_type_name(argv[2]));
        if (AS_STR(argv[2])->char_count != 1)
            return error_set(thread, &type_TypeError, "The fill character must be exactly one character long");
        fill = AS_STR(argv[2])->chars;
        fill_length = AS_STR(argv[2])->length;
    }
    Text text;
    text_of(argv[0], &text);
    return text_pad(thread, &text, width, fill, fill_length, how, result);
}

static bool str_center(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_pad_common(thread, "center", argc, argv, kwnames, '^', result);
}

static bool str_ljust(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_pad_common(thread, "ljust", argc, argv, kwnames, '<', result);
}

static bool str_rjust(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return str_pad_common(thread, "rjust", argc, argv, kwnames, '>', result);
}

bool text_zfill(Thread *thread, const Text *text, int64_t width, Value *result) {
    size_t count = text_char_count(text);
    if (width <= (int64_t)count) return text_make(thread, text, text->chars, text->length, result);
    size_t sign = text->length > 0 && (text->chars[0] == '-' || text->chars[0] == '+');
    StringBuilder builder;
    builder_init(&builder);
    builder_append(&builder, text->chars, sign);
    builder_repeat(&builder, "0", 1, (size_t)width - count);
    builder_append(&builder, text->chars + sign, text->length - sign);
    return text_finish(thread, text, &builder, result);
}

static bool str_zfill(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "zfill", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "str.zfill() takes exactly one argument (%d given)", argc - 1);
    int64_t width;
    if (!value_as_index(thread, argv[1], &width)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_zfill(thread, &text, width, result);
}

bool text_expandtabs(Thread *thread, const Text *text, int64_t tabsize, Value *result) {
    StringBuilder builder;
    builder_init(&builder);
    int64_t column = 0;
    for (size_t i = 0; i < text->length;) {
        int length;
        uint32_t c = text_char(text, i, &length);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                builder_repeat(&builder, " ", 1, (size_t)spaces);
                column += spaces;
            }
        } else {
            builder_append(&builder, text->chars + i, (size_t)length);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
        i += (size_t)length;
    }
    return text_finish(thread, text, &builder, result);
}

static bool str_expandtabs(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"tabsize", NULL};
    Value tabsize_value;
    if (!native_bind_args(thread, "expandtabs", argc - 1, argv + 1, kwnames, names, 0, &tabsize_value)) return false;
    int64_t tabsize = 8;
    if (!IS_EMPTY(tabsize_value) && !value_as_index(thread, tabsize_value, &tabsize)) return false;
    Text text;
    text_of(argv[0], &text);
    return text_expandtabs(thread, &text, tabsize, result);
}

/* ---- encode, format, translate ----------------------------------------- */

static bool str_encode_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value args[2];
    if (!native_bind_args(thread, "encode", argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    for (int i = 0; i < 2; i++) {
        if (!IS_EMPTY(args[i]) && !IS_STR(args[i]))
            return error_set(thread, &type_TypeError, "encode() argument '%s' must be str, not %s", names[i],
                             value_type_name(args[i]));
    }
    Bytes *bytes;
    if (!str_encode(thread, AS_STR(argv[0]), IS_EMPTY(args[0]) ? "utf-8" : AS_STR(args[0])->chars,
                    IS_EMPTY(args[1]) ? "strict" : AS_STR(args[1])->chars, &bytes))
        return false;
    *result = OBJECT_VALUE(bytes);
    return true;
}

static bool str_format_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value kwargs = EMPTY_VALUE;
    size_t keywords = kwnames == NULL ? 0 : kwnames->count;
    if (keywords > 0) {
        Dict *dict = dict_new(thread);
        if (dict == NULL) return false;
        for (size_t i = 0; i < keywords; i++) {
            if (!dict_set_str(thread, dict, AS_STR(kwnames->items[i]), argv[argc + (int)i])) return false;
        }
        kwargs = OBJECT_VALUE(dict);
    }
    if (!gc_push_root(thread, kwargs)) return false;
    Str *str;
    bool ok = format_str_format(thread, AS_STR(argv[0]), argv + 1, (size_t)argc - 1, kwargs, &str);
    gc_pop_roots(thread, 1);
    return ok && str_return(str, result);
}

static bool str_format_map(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "format_map", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "str.format_map() takes exactly one argument (%d given)", argc - 1);
    Str *str;
    if (!format_str_format(thread, AS_STR(argv[0]), NULL, 0, argv[1], &str)) return false;
    return str_return(str, result);
}

/* translate(table): table[ord(c)] is None (delete), an int or a str;
 * a LookupError keeps the character. */
static bool str_translate(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "translate", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "str.translate() takes exactly one argument (%d given)", argc - 1);
    Str *str = AS_STR(argv[0]);
    StringBuilder builder;
    builder_init(&builder);
    for (size_t i = 0; i < str->length;) {
        int length;
        uint32_t c = utf8_decode(str->chars + i, &length);
        Value mapped;
        if (!object_getitem(thread, argv[1], INT_VALUE(c), &mapped)) {
            if (!error_matches(thread, &type_LookupError)) {
                builder_free(&builder);
                return false;
            }
            error_clear(thread);
            mapped = INT_VALUE(c);
        }
        if (number_is_int(mapped)) {
            int64_t code = number_int_of(mapped);
            if (code < 0 || code > 0x10FFFF) {
                builder_free(&builder);
                return error_set(thread, &type_ValueError, "character mapping must be in range(0x110000)");
            }
            builder_append_code_point(&builder, (uint32_t)code);
        } else if (IS_STR(mapped)) {
            builder_append_str(&builder, AS_STR(mapped));
        } else if (!IS_NONE(mapped)) {
            builder_free(&builder);
            return error_set(thread, &type_TypeError, "character mapping must return integer, None or str");
        }
        i += (size_t)length;
    }
    return str_return(builder_finish(thread, &builder), result);
}

/* str.maketrans(x[, y[, z]]), called on the class: a dict from code
 * points. With one argument, a dict whose keys may be one-char strs. */
static bool str_maketrans(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "maketrans", kwnames)) return false;
    if (argc < 1 || argc > 3) return error_set(thread, &type_TypeError, "maketrans() takes at least 1 argument");
    Dict *table = dict_new(thread);
    if (table == NULL) return false;
    if (argc == 1) {
        if (!value_is_instance(argv[0], &type_dict))
            return error_set(thread, &type_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t position = 0;
        Value key, value;
        while (dict_next(AS_DICT(argv[0]), &position, &key, &value)) {
            if (IS_STR(key)) {
                if (AS_STR(key)->char_count != 1)
                    return error_set(thread, &type_ValueError, "string keys in translate table must be of length 1");
                int length;
                key = INT_VALUE(utf8_decode(AS_STR(key)->chars, &length));
            }
            if (!dict_set(thread, table, key, value)) return false;
        }
        *result = OBJECT_VALUE(table);
        return true;
    }
    if (!IS_STR(argv[0]) || !IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "maketrans() argument must be str");
    Str *from = AS_STR(argv[0]), *to = AS_STR(argv[1]);
    if (from->char_count != to->char_count)
        return error_set(thread, &type_ValueError, "the first two maketrans arguments must have equal length");
    for (size_t i = 0, j = 0; i < from->length;) {
        int a, b;
        uint32_t key = utf8_decode(from->chars + i, &a), value = utf8_decode(to->chars + j, &b);
        if (!dict_set(thread, table, INT_VALUE(key), INT_VALUE(value))) return false;
        i += (size_t)a, j += (size_t)b;
    }
    if (argc == 3) {
        if (!IS_STR(argv[2])) return error_set(thread, &type_TypeError, "maketrans() argument 3 must be str");
        Str *deleted = AS_STR(argv[2]);
        for (size_t i = 0; i < deleted->length;) {
            int a;
            uint32_t key = utf8_decode(deleted->chars + i, &a);
            if (!dict_set(thread, table, INT_VALUE(key), NONE_VALUE)) return false;
            i += (size_t)a;
        }
    }
    *result = OBJECT_VALUE(table);
    return true;
}

const MethodDef str_methods[] = {
    {"find", str_find},
    {"rfind", str_rfind},
    {"index", str_index},
    {"rindex", str_rindex},
    {"count", str_count},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"join", str_join},
    {"strip", str_strip},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"replace", str_replace},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"center", str_center},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"zfill", str_zfill},
    {"expandtabs", str_expandtabs},
    {"encode", str_encode_method},
    {"format", str_format_method},
    {"format_map", str_format_map},
    {"translate", str_translate},
    {"maketrans", str_maketrans},
    {NULL, NULL},
};
