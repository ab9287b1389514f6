/* bigint_internal.h: what the bigint*.c files share and nobody else needs:
 * a read-only view of any integer value as sign + magnitude, and the
 * magnitude primitives (arrays of base 2**32 digits, least significant
 * first) the three files build on. Result buffers are malloc'd and turned
 * into values by bigint_result, which normalises and frees them. */
#ifndef BATON_BIGINT_INTERNAL_H
#define BATON_BIGINT_INTERNAL_H

#include "bigint.h"

/* Any integer seen as sign and magnitude; a small int's digits live in
 * `small`, so a view must not be copied by value. */
typedef struct BigView {
    int sign;               /* -1, 0 or 1 */
    size_t count;           /* digits in use (0 for zero) */
    const BigDigit *digits; /* the magnitude */
    BigDigit small[2];      /* storage for an immediate's magnitude */
} BigView;

/* The largest magnitude we agree to build (2**27 digits = 512 MiB):
 * beyond it an operation raises MemoryError, as CPython does when the
 * allocation fails, instead of swapping the machine to death. */
#define BIGINT_MAX_DIGITS ((size_t)1 << 27)

void bigint_view(Value value, BigView *view);
/* A zeroed digit buffer of `count` digits (at least one), or NULL with
 * MemoryError set. */
BigDigit *bigint_digits_new(Thread *thread, size_t count);
/* Turn sign * buffer[0..count) into a normalised value and free buffer
 * (also on failure). */
bool bigint_result(Thread *thread, int sign, BigDigit *buffer, size_t count, Value *result);

/* Digits in use once leading zeros are dropped. */
size_t bigint_mag_normalize(const BigDigit *digits, size_t count);
int bigint_mag_compare(const BigDigit *a, size_t na, const BigDigit *b, size_t nb);
/* out[0..na+nb) = a * b (out must not overlap a or b). False: no memory. */
bool bigint_mag_multiply(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *out);
/* quotient[0..na-nb+1) and remainder[0..nb) of a / b, for na >= nb >= 1
 * and b[nb-1] != 0; either output may be NULL. False: no memory. */
bool bigint_mag_divide(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *quotient,
                       BigDigit *remainder);
/* digits = digits * factor + addend in place; returns the carry out. */
BigDigit bigint_mag_multiply_add(BigDigit *digits, size_t count, BigDigit factor, BigDigit addend);
/* digits = digits / divisor in place; returns the remainder. */
BigDigit bigint_mag_divide_small(BigDigit *digits, size_t count, BigDigit divisor);
/* The nearest double to magnitude * 2**shift, with `sticky` meaning some
 * nonzero bits below the magnitude were dropped; false if it overflows. */
bool bigint_mag_to_double(const BigDigit *digits, size_t count, int64_t shift, bool sticky, double *out);
uint64_t bigint_mag_bit_length(const BigDigit *digits, size_t count);

#endif
