/* bytes.h: immutable bytes and mutable bytearray. */
#ifndef BATON_BYTES_H
#define BATON_BYTES_H

#include "runtime.h"

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

void bytes_init_type(Thread *thread);

#endif
