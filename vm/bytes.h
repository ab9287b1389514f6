/* bytes.h: immutable bytes and mutable bytearray. */
#ifndef BATON_BYTES_H
#define BATON_BYTES_H

#include "runtime.h"

struct Str;

typedef struct Bytes {
    Object header;
    size_t length;
    int64_t hash; /* -1 until computed */
    unsigned char data[]; /* NUL-terminated for convenience */
} Bytes;

typedef struct ByteArray {
    Object header;
    size_t length;
    size_t capacity;
    unsigned char *data;
} ByteArray;

#define AS_BYTES(v) ((Bytes *)AS_OBJECT(v))
#define AS_BYTEARRAY(v) ((ByteArray *)AS_OBJECT(v))

Bytes *bytes_new(Thread *thread, const unsigned char *data, size_t length);
ByteArray *bytearray_new(Thread *thread, const unsigned char *data, size_t length);
/* repr as CPython: b'...' with \x escapes. */
struct Str *bytes_repr(Thread *thread, const unsigned char *data, size_t length, bool is_bytearray);
int64_t bytes_hash(Bytes *bytes);

/* The bytes of a bytes or bytearray value; false for anything else. */
bool bytes_view(Value value, const unsigned char **data, size_t *length);
/* bytes.decode / str(b, encoding, errors): utf-8, ascii and latin-1 with
 * errors "strict", "ignore" or "replace"; UnicodeDecodeError and
 * LookupError ("unknown encoding: x") as CPython. */
bool bytes_decode(Thread *thread, const unsigned char *data, size_t length, const char *encoding, const char *errors,
                  struct Str **result);
/* str.encode: the same codecs; UnicodeEncodeError as CPython. */
bool str_encode(Thread *thread, const struct Str *str, const char *encoding, const char *errors, Bytes **result);

void bytes_init_type(Thread *thread);

#endif
