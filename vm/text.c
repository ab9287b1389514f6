/* text.c: the Text view, which lets one algorithm serve str and bytes.
 *
 * A Text is a receiver's raw storage plus its kind. A str is read as UTF-8
 * code points with Unicode character classes; bytes and bytearray byte by
 * byte with ASCII classes, as CPython's bytes methods do. Results are made
 * back in the receiver's kind (text_make), so b'a b'.split() gives bytes and
 * bytearray(b'x').center(3) a bytearray. The algorithms themselves live in
 * str_methods.c, str_case.c and str_format.c. */
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "list.h"
#include "str_internal.h"

void text_of(Value self, Text *text) {
    text->self = self;
    text->bytes = !IS_STR(self);
    if (text->bytes) {
        const unsigned char *data;
        bytes_view(self, &data, &text->length);
        text->chars = (const char *)data;
    } else {
        text->chars = AS_STR(self)->chars;
        text->length = AS_STR(self)->length;
    }
}

uint32_t text_char(const Text *text, size_t i, int *length) {
    if (text->bytes) {
        *length = 1;
        return (unsigned char)text->chars[i];
    }
    return utf8_decode(text->chars + i, length);
}

size_t text_previous(const Text *text, size_t end) {
    size_t i = end - 1;
    if (text->bytes) return i;
    while (i > 0 && ((unsigned char)text->chars[i] & 0xC0) == 0x80) i--;
    return i;
}

void text_append_char(const Text *text, StringBuilder *out, uint32_t c) {
    if (text->bytes) builder_append_char(out, (char)(unsigned char)c);
    else builder_append_code_point(out, c);
}

/* bytes.isspace() knows only the six ASCII whitespace bytes. */
bool text_is_space(const Text *text, uint32_t c) {
    if (text->bytes) return c == ' ' || (c >= '\t' && c <= '\r');
    return unicode_is_space(c);
}

bool text_make(Thread *thread, const Text *text, const char *chars, size_t length, Value *result) {
    if (text->bytes) return bytes_make_like(thread, text->self, (const unsigned char *)chars, length, result);
    if (chars == text->chars && length == text->length && value_is_exact(text->self, &type_str)) {
        *result = text->self;
        return true;
    }
    Str *str = str_new(thread, chars, length);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

bool text_finish(Thread *thread, const Text *text, StringBuilder *builder, Value *result) {
    if (builder->capacity == SIZE_MAX) {
        builder_free(builder);
        return error_no_memory(thread);
    }
    bool ok = text_make(thread, text, builder->chars == NULL ? "" : builder->chars, builder->length, result);
    builder_free(builder);
    return ok;
}

bool text_list_push(Thread *thread, List *list, const Text *text, size_t from, size_t to) {
    Value part;
    return text_make(thread, text, text->chars + from, to - from, &part) && list_append(thread, list, part);
}
