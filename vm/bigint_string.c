/* bigint_string.c: big ints as text and as bytes.
 *
 * To text: a power-of-two base reads the bits directly; any other base
 * divides a copy of the magnitude repeatedly by the largest power of the
 * base that fits a digit (10**9 for decimal), each division yielding a
 * chunk of text digits. From text: the reverse, multiplying by that power
 * and adding each chunk. Both are quadratic, which CPython 3.11's limit on
 * decimal conversions (4300 digits by default, sys.set_int_max_str_digits)
 * keeps cheap; the limit and its error messages are CPython's. Also
 * int.to_bytes and int.from_bytes in either byte order, two's complement
 * when signed. */
#include "bigint_internal.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "exception.h"
#include "str.h"

/* sys.get_int_max_str_digits(): one setting per runtime, as CPython's is
 * per interpreter. */
int64_t bigint_get_max_str_digits(Thread *thread) { return thread->runtime->int_max_str_digits; }

void bigint_set_max_str_digits(Thread *thread, int64_t limit) { thread->runtime->int_max_str_digits = limit; }

/* The largest power of `base` below 2**32, and its exponent. */
static BigDigit chunk_power(int base, int *exponent) {
    uint64_t power = (uint64_t)base;
    int count = 1;
    while (power * (uint64_t)base <= 0xFFFFFFFFu) power *= (uint64_t)base, count++;
    *exponent = count;
    return (BigDigit)power;
}

static bool is_power_of_two(int base) { return (base & (base - 1)) == 0; }

/* Digits of a power-of-two base, straight from the bits, most significant first. */
static size_t format_binary_base(const BigView *x, int base, const char *alphabet, char *out) {
    int bits = __builtin_ctz((unsigned)base);
    uint64_t total = bigint_mag_bit_length(x->digits, x->count);
    size_t count = (size_t)((total + (uint64_t)bits - 1) / (uint64_t)bits);
    for (size_t i = 0; i < count; i++) {
        uint64_t bit = (uint64_t)(count - 1 - i) * (uint64_t)bits, index = bit / 32, shift = bit % 32;
        uint64_t low = x->digits[index], high = index + 1 < x->count ? x->digits[index + 1] : 0;
        out[i] = alphabet[((low | high << 32) >> shift) & (uint64_t)(base - 1)];
    }
    return count;
}

/* Digits of any other base by repeated division of a scratch copy;
 * written right to left ending at out[capacity]; returns the count. */
static size_t format_other_base(BigDigit *scratch, size_t n, int base, const char *alphabet, char *out,
                                size_t capacity) {
    int per_chunk;
    BigDigit power = chunk_power(base, &per_chunk);
    size_t written = 0;
    while (n > 0) {
        BigDigit chunk = bigint_mag_divide_small(scratch, n, power);
        n = bigint_mag_normalize(scratch, n);
        for (int i = 0; i < per_chunk && (n > 0 || chunk != 0); i++) {
            out[capacity - ++written] = alphabet[chunk % (BigDigit)base];
            chunk /= (BigDigit)base;
        }
    }
    return written;
}

static bool str_limit_error(Thread *thread) {
    return error_set(thread, &type_ValueError,
                     "Exceeds the limit (%lld digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     (long long)thread->runtime->int_max_str_digits);
}

bool bigint_format(Thread *thread, Value a, int base, bool upper, StringBuilder *out) {
    const char *alphabet = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    BigView x;
    bigint_view(a, &x);
    if (x.sign == 0) {
        builder_append_char(out, '0');
        return true;
    }
    uint64_t bits = bigint_mag_bit_length(x.digits, x.count);
    int64_t limit = thread->runtime->int_max_str_digits;
    /* bits * log10(2) digits at least: refuse before a quadratic conversion */
    if (base == 10 && limit > 0 && (double)(bits - 1) * 0.30102999566398120 > (double)limit + 1)
        return str_limit_error(thread);
    size_t capacity = (size_t)bits + 2;
    char *text = malloc(capacity);
    BigDigit *scratch = is_power_of_two(base) ? NULL : malloc(x.count * sizeof(BigDigit));
    if (text == NULL || (!is_power_of_two(base) && scratch == NULL)) {
        free(text), free(scratch);
        return error_no_memory(thread);
    }
    size_t count;
    const char *start = text;
    if (scratch == NULL) {
        count = format_binary_base(&x, base, alphabet, text);
    } else {
        memcpy(scratch, x.digits, x.count * sizeof(BigDigit));
        count = format_other_base(scratch, x.count, base, alphabet, text, capacity);
        start = text + capacity - count;
        free(scratch);
    }
    bool ok = !(base == 10 && limit > 0 && (int64_t)count > limit);
    if (ok) {
        if (x.sign < 0) builder_append_char(out, '-');
        builder_append(out, start, count);
    }
    free(text);
    return ok || str_limit_error(thread);
}

bool bigint_parse(Thread *thread, const char *digits, size_t count, int base, bool negative, bool unlimited,
                  Value *result) {
    int64_t limit = thread->runtime->int_max_str_digits;
    if (!unlimited && !is_power_of_two(base) && limit > 0 && (int64_t)count > limit) {
        return error_set(thread, &type_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         (long long)limit, count);
    }
    int per_chunk;
    chunk_power(base, &per_chunk);
    size_t capacity = count / (size_t)per_chunk + 2;
    BigDigit *out = bigint_digits_new(thread, capacity);
    if (out == NULL) return false;
    size_t used = 0;
    for (size_t i = 0; i < count;) {
        BigDigit factor = 1, chunk = 0;
        for (int k = 0; k < per_chunk && i < count; k++, i++) {
            char c = digits[i];
            int value = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            chunk = chunk * (BigDigit)base + (BigDigit)value;
            factor *= (BigDigit)base;
        }
        BigDigit carry = bigint_mag_multiply_add(out, used, factor, chunk);
        if (carry != 0) out[used++] = carry;
        if (used == 0 && chunk != 0) out[used++] = chunk;
    }
    return bigint_result(thread, negative ? -1 : 1, out, capacity, result);
}

/* ---- bytes ---- */

bool bigint_to_bytes(Thread *thread, Value a, size_t length, bool little, bool is_signed, unsigned char *out) {
    BigView x;
    bigint_view(a, &x);
    if (x.sign < 0 && !is_signed) return error_set(thread, &type_OverflowError, "can't convert negative int to unsigned");
    /* two's complement, byte by byte from the least significant */
    unsigned carry = 1;
    size_t total = x.count * 4;
    for (size_t i = 0; i < length; i++) {
        unsigned byte = i < total ? (x.digits[i / 4] >> (8 * (i % 4))) & 0xFF : 0;
        if (x.sign < 0) {
            byte = (~byte & 0xFF) + carry;
            carry = byte >> 8;
            byte &= 0xFF;
        }
        out[little ? i : length - 1 - i] = (unsigned char)byte;
    }
    /* what did not fit must be all sign, and the sign bit must agree */
    uint64_t bits = bigint_mag_bit_length(x.digits, x.count);
    bool fits;
    if (!is_signed) {
        fits = bits <= (uint64_t)length * 8;
    } else if (x.sign >= 0) {
        fits = bits < (uint64_t)length * 8 || bits == 0;
    } else {
        /* -2**(8n-1) fits: |x| <= 2**(8n-1) */
        uint64_t room = (uint64_t)length * 8;
        fits = room > 0 && (bits < room || (bits == room && bigint_bit_count(a) == 1));
    }
    if (!fits) return error_set(thread, &type_OverflowError, "int too big to convert");
    return true;
}

bool bigint_from_bytes(Thread *thread, const unsigned char *bytes, size_t length, bool little, bool is_signed,
                       Value *result) {
    size_t count = length / 4 + 1;
    BigDigit *out = bigint_digits_new(thread, count);
    if (out == NULL) return false;
    for (size_t i = 0; i < length; i++) {
        unsigned char byte = bytes[little ? i : length - 1 - i];
        out[i / 4] |= (BigDigit)byte << (8 * (i % 4));
    }
    bool negative = is_signed && length > 0 && (bytes[little ? length - 1 : 0] & 0x80);
    if (negative) {
        /* magnitude = 2**(8 length) - value: invert and add one in length bytes */
        uint64_t carry = 1;
        for (size_t i = 0; i < count; i++) {
            BigDigit mask = (uint64_t)(i + 1) * 4 <= length ? 0xFFFFFFFFu
                            : i * 4 >= length           ? 0
                                                        : (BigDigit)((1ull << (8 * (length % 4))) - 1);
            carry += (BigDigit)(~out[i] & mask);
            out[i] = (BigDigit)carry;
            carry >>= 32;
        }
    }
    return bigint_result(thread, negative ? -1 : 1, out, count, result);
}
