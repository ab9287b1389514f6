/* bigint.c: the representation of big ints and the operations that do not
 * divide: add, subtract, multiply (schoolbook, Karatsuba above a cutoff),
 * comparisons (with floats too, exactly), hashing, conversions to and from
 * double, shifts and the bitwise operators with two's-complement meaning.
 *
 * Every operation reads its operands through a BigView (sign + magnitude,
 * immediates included), computes the magnitude into a malloc'd buffer and
 * ends in bigint_result, which normalises: a result that fits in int64 is
 * returned as an immediate, so there is one representation per value.
 * Division, powers and text live in bigint_divide.c and bigint_string.c. */
#include "bigint_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "exception.h"
#include "number.h"

/* Below this many digits on the shorter side, schoolbook multiplication
 * beats Karatsuba's bookkeeping. */
#define KARATSUBA_CUTOFF 40

/* ---- views, buffers and results ---- */

void bigint_view(Value value, BigView *view) {
    if (bigint_check(value)) {
        BigInt *big = AS_BIGINT(value);
        view->sign = big->sign;
        view->count = big->count;
        view->digits = big->digits;
        return;
    }
    int64_t small = IS_BOOL(value) ? (int64_t)AS_BOOL(value) : AS_INT(value);
    uint64_t magnitude = small < 0 ? (uint64_t)0 - (uint64_t)small : (uint64_t)small;
    view->sign = small < 0 ? -1 : small > 0;
    view->small[0] = (BigDigit)magnitude;
    view->small[1] = (BigDigit)(magnitude >> 32);
    view->count = magnitude == 0 ? 0 : view->small[1] != 0 ? 2 : 1;
    view->digits = view->small;
}

BigDigit *bigint_digits_new(Thread *thread, size_t count) {
    if (count > BIGINT_MAX_DIGITS) {
        error_no_memory(thread);
        return NULL;
    }
    BigDigit *digits = calloc(count == 0 ? 1 : count, sizeof(BigDigit));
    if (digits == NULL) error_no_memory(thread);
    return digits;
}

size_t bigint_mag_normalize(const BigDigit *digits, size_t count) {
    while (count > 0 && digits[count - 1] == 0) count--;
    return count;
}

bool bigint_from_digits(Thread *thread, int sign, const BigDigit *digits, size_t count, Value *result) {
    count = bigint_mag_normalize(digits, count);
    if (count <= 2) {
        uint64_t magnitude = count == 0 ? 0 : count == 1 ? digits[0] : ((uint64_t)digits[1] << 32 | digits[0]);
        if (magnitude <= (uint64_t)INT64_MAX) {
            *result = INT_VALUE(sign < 0 ? -(int64_t)magnitude : (int64_t)magnitude);
            return true;
        }
        if (sign < 0 && magnitude == (uint64_t)1 << 63) {
            *result = INT_VALUE(INT64_MIN);
            return true;
        }
    }
    BigInt *big = (BigInt *)object_allocate(thread, &type_int, sizeof(BigInt) + count * sizeof(BigDigit));
    if (big == NULL) return false;
    big->sign = sign < 0 ? -1 : 1;
    big->count = (uint32_t)count;
    memcpy(big->digits, digits, count * sizeof(BigDigit));
    *result = OBJECT_VALUE(big);
    return true;
}

bool bigint_result(Thread *thread, int sign, BigDigit *buffer, size_t count, Value *result) {
    bool ok = bigint_from_digits(thread, sign, buffer, count, result);
    free(buffer);
    return ok;
}

bool bigint_from_uint64(Thread *thread, uint64_t value, Value *result) {
    BigDigit digits[2] = {(BigDigit)value, (BigDigit)(value >> 32)};
    return bigint_from_digits(thread, 1, digits, 2, result);
}

int bigint_sign(Value a) {
    BigView view;
    bigint_view(a, &view);
    return view.sign;
}

/* ---- magnitude arithmetic ---- */

int bigint_mag_compare(const BigDigit *a, size_t na, const BigDigit *b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i > 0; i--) {
        if (a[i - 1] != b[i - 1]) return a[i - 1] < b[i - 1] ? -1 : 1;
    }
    return 0;
}

/* out[0..outn) += src[0..n), carrying as far as out goes (n <= outn). */
static void mag_add_into(BigDigit *out, size_t outn, const BigDigit *src, size_t n) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < n; i++) {
        carry += (uint64_t)out[i] + src[i];
        out[i] = (BigDigit)carry;
        carry >>= 32;
    }
    for (; carry != 0 && i < outn; i++) {
        carry += out[i];
        out[i] = (BigDigit)carry;
        carry >>= 32;
    }
}

/* out[0..outn) -= src[0..n), for out >= src. */
static void mag_subtract_from(BigDigit *out, size_t outn, const BigDigit *src, size_t n) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < n; i++) {
        int64_t t = (int64_t)out[i] - src[i] - borrow;
        borrow = t < 0;
        out[i] = (BigDigit)t;
    }
    for (; borrow != 0 && i < outn; i++) {
        borrow = out[i] == 0;
        out[i]--;
    }
}

/* |a| + |b| or |a| - |b| with the sign of the result: the core of + and -. */
static bool bigint_add_signed(Thread *thread, const BigView *a, const BigView *b, int b_sign, Value *result) {
    size_t n = (a->count > b->count ? a->count : b->count) + 1;
    BigDigit *out = bigint_digits_new(thread, n);
    if (out == NULL) return false;
    if (b->count == 0 || b_sign == 0) {
        memcpy(out, a->digits, a->count * sizeof(BigDigit));
        return bigint_result(thread, a->sign, out, n, result);
    }
    if (a->sign == 0 || a->sign == b_sign) {
        memcpy(out, a->digits, a->count * sizeof(BigDigit));
        mag_add_into(out, n, b->digits, b->count);
        return bigint_result(thread, a->sign == 0 ? b_sign : a->sign, out, n, result);
    }
    int order = bigint_mag_compare(a->digits, a->count, b->digits, b->count);
    const BigView *big = order >= 0 ? a : b, *small = order >= 0 ? b : a;
    memcpy(out, big->digits, big->count * sizeof(BigDigit));
    mag_subtract_from(out, n, small->digits, small->count);
    return bigint_result(thread, order >= 0 ? a->sign : b_sign, out, n, result);
}

/* out[0..na+nb) = a * b by the schoolbook method. */
static void mag_multiply_school(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *out) {
    memset(out, 0, (na + nb) * sizeof(BigDigit));
    for (size_t i = 0; i < na; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; j++) {
            carry += ai * b[j] + out[i + j];
            out[i + j] = (BigDigit)carry;
            carry >>= 32;
        }
        out[i + nb] = (BigDigit)carry;
    }
}

/* a much shorter than b: multiply a by b's na-digit slices (Karatsuba is
 * only balanced on equal halves). */
static bool mag_multiply_unbalanced(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *out) {
    BigDigit *slice = malloc(2 * na * sizeof(BigDigit));
    if (slice == NULL) return false;
    memset(out, 0, (na + nb) * sizeof(BigDigit));
    for (size_t offset = 0; offset < nb; offset += na) {
        size_t length = nb - offset < na ? nb - offset : na;
        if (!bigint_mag_multiply(a, na, b + offset, length, slice)) {
            free(slice);
            return false;
        }
        mag_add_into(out + offset, na + nb - offset, slice, na + length);
    }
    free(slice);
    return true;
}

/* Karatsuba: with a = a1 B^m + a0 and b = b1 B^m + b0,
 * a b = z2 B^2m + ((a0+a1)(b0+b1) - z0 - z2) B^m + z0, three half-size
 * products instead of four. */
static bool mag_multiply_karatsuba(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *out) {
    size_t m = nb / 2;
    size_t a_high = na - m, b_high = nb - m;
    size_t sa_n = (m > a_high ? m : a_high) + 1, sb_n = (m > b_high ? m : b_high) + 1;
    BigDigit *sum_a = calloc(sa_n + sb_n + sa_n + sb_n, sizeof(BigDigit));
    if (sum_a == NULL) return false;
    BigDigit *sum_b = sum_a + sa_n, *middle = sum_b + sb_n;
    bool ok = bigint_mag_multiply(a, m, b, m, out) &&
              bigint_mag_multiply(a + m, a_high, b + m, b_high, out + 2 * m);
    if (ok) {
        memcpy(sum_a, a, m * sizeof(BigDigit));
        mag_add_into(sum_a, sa_n, a + m, a_high);
        memcpy(sum_b, b, m * sizeof(BigDigit));
        mag_add_into(sum_b, sb_n, b + m, b_high);
        ok = bigint_mag_multiply(sum_a, sa_n, sum_b, sb_n, middle);
    }
    if (ok) {
        size_t middle_n = sa_n + sb_n;
        mag_subtract_from(middle, middle_n, out, 2 * m);
        mag_subtract_from(middle, middle_n, out + 2 * m, na + nb - 2 * m);
        mag_add_into(out + m, na + nb - m, middle, bigint_mag_normalize(middle, middle_n));
    }
    free(sum_a);
    return ok;
}

bool bigint_mag_multiply(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *out) {
    if (na > nb) {
        const BigDigit *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if (na < KARATSUBA_CUTOFF) {
        mag_multiply_school(a, na, b, nb, out);
        return true;
    }
    if (2 * na <= nb) return mag_multiply_unbalanced(a, na, b, nb, out);
    return mag_multiply_karatsuba(a, na, b, nb, out);
}

static bool bigint_multiply(Thread *thread, const BigView *a, const BigView *b, Value *result) {
    if (a->sign == 0 || b->sign == 0) {
        *result = INT_VALUE(0);
        return true;
    }
    BigDigit *out = bigint_digits_new(thread, a->count + b->count);
    if (out == NULL) return false;
    if (!bigint_mag_multiply(a->digits, a->count, b->digits, b->count, out)) {
        free(out);
        return error_no_memory(thread);
    }
    return bigint_result(thread, a->sign * b->sign, out, a->count + b->count, result);
}

BigDigit bigint_mag_multiply_add(BigDigit *digits, size_t count, BigDigit factor, BigDigit addend) {
    uint64_t carry = addend;
    for (size_t i = 0; i < count; i++) {
        carry += (uint64_t)digits[i] * factor;
        digits[i] = (BigDigit)carry;
        carry >>= 32;
    }
    return (BigDigit)carry;
}

BigDigit bigint_mag_divide_small(BigDigit *digits, size_t count, BigDigit divisor) {
    uint64_t remainder = 0;
    for (size_t i = count; i > 0; i--) {
        uint64_t current = remainder << 32 | digits[i - 1];
        digits[i - 1] = (BigDigit)(current / divisor);
        remainder = current % divisor;
    }
    return (BigDigit)remainder;
}

uint64_t bigint_mag_bit_length(const BigDigit *digits, size_t count) {
    count = bigint_mag_normalize(digits, count);
    if (count == 0) return 0;
    return (uint64_t)(count - 1) * 32 + (uint64_t)(32 - __builtin_clz(digits[count - 1]));
}

/* ---- comparison and hashing ---- */

int bigint_compare(Value a, Value b) {
    BigView x, y;
    bigint_view(a, &x);
    bigint_view(b, &y);
    if (x.sign != y.sign) return x.sign < y.sign ? -1 : 1;
    return x.sign * bigint_mag_compare(x.digits, x.count, y.digits, y.count);
}

/* 64 bits of the magnitude starting at bit `start`, and whether any bit
 * below `start` is set. */
static uint64_t mag_bits_at(const BigDigit *digits, size_t count, uint64_t start, bool *below) {
    uint64_t value = 0;
    for (int i = 0; i < 64; i += 32) {
        uint64_t bit = start + (uint64_t)i, index = bit / 32, shift = bit % 32;
        uint64_t low = index < count ? digits[index] : 0, high = index + 1 < count ? digits[index + 1] : 0;
        value |= ((low | high << 32) >> shift & 0xFFFFFFFFu) << i;
    }
    *below = false;
    uint64_t whole = start / 32;
    for (uint64_t i = 0; i < whole && i < count && !*below; i++) *below = digits[i] != 0;
    if (whole < count && start % 32 != 0) *below |= (digits[whole] & ((1u << (start % 32)) - 1)) != 0;
    return value;
}

int bigint_compare_double(Value a, double d) {
    BigView x;
    bigint_view(a, &x);
    if (isinf(d)) return d > 0 ? -1 : 1;
    int d_sign = d < 0 ? -1 : d > 0;
    if (x.sign != d_sign) return x.sign < d_sign ? -1 : 1;
    if (x.sign == 0) return 0;
    int exponent;
    double mantissa = frexp(fabs(d), &exponent); /* |d| = mantissa * 2**exponent */
    uint64_t bits = bigint_mag_bit_length(x.digits, x.count);
    if (exponent <= 0 || bits != (uint64_t)exponent)
        return exponent <= 0 || bits > (uint64_t)exponent ? x.sign : -x.sign;
    /* Same bit length: compare the top 53 bits, then what lies below. */
    uint64_t d_top = (uint64_t)ldexp(mantissa, 53);
    int order;
    if (bits <= 53) {
        bool below;
        uint64_t magnitude = mag_bits_at(x.digits, x.count, 0, &below);
        double fraction = ldexp(mantissa, exponent) - (double)magnitude;
        order = fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    } else {
        bool below;
        uint64_t top = mag_bits_at(x.digits, x.count, bits - 53, &below) & (((uint64_t)1 << 53) - 1);
        order = top != d_top ? (top < d_top ? -1 : 1) : below ? 1 : 0;
    }
    return x.sign * order;
}

int64_t bigint_hash(Value a) {
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    BigView x;
    bigint_view(a, &x);
    uint64_t hash = 0;
    for (size_t i = x.count; i > 0; i--) {
        hash = ((hash << 32) & modulus) | hash >> (61 - 32); /* times 2**32 mod 2**61 - 1 */
        hash += x.digits[i - 1];
        if (hash >= modulus) hash -= modulus;
    }
    int64_t signed_hash = x.sign < 0 ? -(int64_t)hash : (int64_t)hash;
    return signed_hash == -1 ? -2 : signed_hash;
}

/* ---- floats ---- */

bool bigint_mag_to_double(const BigDigit *digits, size_t count, int64_t shift, bool sticky, double *out) {
    uint64_t bits = bigint_mag_bit_length(digits, count);
    if (bits == 0) {
        *out = 0.0;
        return true;
    }
    int64_t exponent = (int64_t)bits + shift; /* value in [2**(exponent-1), 2**exponent) */
    if (exponent > 1024) return false;
    int64_t keep = exponent >= -1021 ? 53 : 53 - (-1021 - exponent);
    if (keep < 0) {
        *out = 0.0;
        return true;
    }
    int64_t drop = (int64_t)bits - keep;
    if (drop <= 0) {
        bool below;
        uint64_t value = mag_bits_at(digits, count, 0, &below);
        *out = ldexp((double)value, (int)shift);
        return true;
    }
    bool below;
    uint64_t window = mag_bits_at(digits, count, (uint64_t)drop - 1, &below); /* keep bits + the half bit */
    uint64_t top = (window >> 1) & ((keep == 64 ? 0 : (uint64_t)1 << keep) - 1);
    bool half = window & 1, rest = below || sticky;
    if (half && (rest || (top & 1))) top++;
    double value = ldexp((double)top, (int)(drop + shift));
    if (isinf(value)) return false;
    *out = value;
    return true;
}

bool bigint_to_double_quiet(Value a, double *out) {
    BigView x;
    bigint_view(a, &x);
    if (!bigint_mag_to_double(x.digits, x.count, 0, false, out)) return false;
    if (x.sign < 0) *out = -*out;
    return true;
}

bool bigint_to_double(Thread *thread, Value a, double *out) {
    if (bigint_to_double_quiet(a, out)) return true;
    return error_set(thread, &type_OverflowError, "int too large to convert to float");
}

bool bigint_from_double(Thread *thread, double d, Value *result) {
    double whole = trunc(d);
    if (whole > -9223372036854775808.0 && whole < 9223372036854775808.0) {
        *result = INT_VALUE((int64_t)whole);
        return true;
    }
    int exponent;
    double mantissa = frexp(fabs(whole), &exponent);
    uint64_t top = (uint64_t)ldexp(mantissa, 53); /* |whole| = top * 2**(exponent - 53) */
    size_t shift = (size_t)exponent - 53, count = shift / 32 + 3;
    BigDigit *out = bigint_digits_new(thread, count);
    if (out == NULL) return false;
    unsigned __int128 wide = (unsigned __int128)top << (shift % 32);
    for (size_t i = 0; i < 3; i++) out[shift / 32 + i] = (BigDigit)(wide >> (32 * i));
    return bigint_result(thread, d < 0 ? -1 : 1, out, count, result);
}

/* ---- shifts ---- */

/* The shift count as a non-negative count; `*huge` if it does not fit 64 bits. */
static bool bigint_shift_count(Thread *thread, Value b, uint64_t *count, bool *huge) {
    BigView y;
    bigint_view(b, &y);
    if (y.sign < 0) return error_set(thread, &type_ValueError, "negative shift count");
    *huge = y.count > 2;
    *count = y.count == 0 ? 0 : y.count == 1 ? y.digits[0] : ((uint64_t)y.digits[1] << 32 | y.digits[0]);
    return true;
}

static bool bigint_left_shift(Thread *thread, const BigView *a, uint64_t count, bool huge, Value *result) {
    if (a->sign == 0) {
        *result = INT_VALUE(0);
        return true;
    }
    if (huge || count / 32 > BIGINT_MAX_DIGITS) return error_no_memory(thread);
    size_t words = (size_t)(count / 32), bits = (size_t)(count % 32), n = a->count + words + 1;
    BigDigit *out = bigint_digits_new(thread, n);
    if (out == NULL) return false;
    for (size_t i = 0; i < a->count; i++) {
        uint64_t shifted = (uint64_t)a->digits[i] << bits;
        out[i + words] |= (BigDigit)shifted;
        out[i + words + 1] = (BigDigit)(shifted >> 32);
    }
    return bigint_result(thread, a->sign, out, n, result);
}

/* out[0..n) = magnitude >> count (n = count of the source digits). */
static void mag_shift_right(const BigDigit *digits, size_t n, uint64_t count, BigDigit *out) {
    size_t words = (size_t)(count / 32), bits = (size_t)(count % 32);
    for (size_t i = 0; i + words < n; i++) {
        uint64_t low = digits[i + words], high = i + words + 1 < n ? digits[i + words + 1] : 0;
        out[i] = (BigDigit)((low | high << 32) >> bits);
    }
}

/* Floor semantics: a negative a gives -(((|a| - 1) >> n) + 1). */
static bool bigint_right_shift(Thread *thread, const BigView *a, uint64_t count, bool huge, Value *result) {
    if (huge || count >= (uint64_t)a->count * 32) {
        *result = INT_VALUE(a->sign < 0 ? -1 : 0);
        return true;
    }
    BigDigit *source = bigint_digits_new(thread, 2 * a->count + 1);
    if (source == NULL) return false;
    BigDigit *out = source + a->count;
    memcpy(source, a->digits, a->count * sizeof(BigDigit));
    if (a->sign < 0) mag_subtract_from(source, a->count, (const BigDigit[]){1}, 1);
    mag_shift_right(source, a->count, count, out);
    if (a->sign < 0) mag_add_into(out, a->count + 1, (const BigDigit[]){1}, 1);
    memmove(source, out, (a->count + 1) * sizeof(BigDigit));
    return bigint_result(thread, a->sign, source, a->count + 1, result);
}

/* ---- bitwise operators ---- */

/* out[0..n) = the two's complement of v in n digits (n > v->count). */
static void twos_complement(const BigView *v, BigDigit *out, size_t n) {
    memset(out, 0, n * sizeof(BigDigit));
    memcpy(out, v->digits, v->count * sizeof(BigDigit));
    if (v->sign >= 0) return;
    for (size_t i = 0; i < n; i++) out[i] = ~out[i];
    mag_add_into(out, n, (const BigDigit[]){1}, 1);
}

static bool bigint_bitwise(Thread *thread, int op, const BigView *a, const BigView *b, Value *result) {
    size_t n = (a->count > b->count ? a->count : b->count) + 1;
    BigDigit *x = bigint_digits_new(thread, 2 * n);
    if (x == NULL) return false;
    BigDigit *y = x + n;
    twos_complement(a, x, n);
    twos_complement(b, y, n);
    for (size_t i = 0; i < n; i++) {
        x[i] = op == OPERATOR_AND ? x[i] & y[i] : op == OPERATOR_OR ? x[i] | y[i] : x[i] ^ y[i];
    }
    int sign = 1;
    if (x[n - 1] >> 31) {
        sign = -1;
        for (size_t i = 0; i < n; i++) x[i] = ~x[i];
        mag_add_into(x, n, (const BigDigit[]){1}, 1);
    }
    return bigint_result(thread, sign, x, n, result);
}

bool bigint_invert(Thread *thread, Value a, Value *result) {
    /* ~a == -(a + 1) */
    Value plus_one;
    return bigint_binary_op(thread, OPERATOR_ADD, a, INT_VALUE(1), &plus_one) &&
           bigint_negate(thread, plus_one, result);
}

bool bigint_negate(Thread *thread, Value a, Value *result) {
    BigView x;
    bigint_view(a, &x);
    return bigint_from_digits(thread, -x.sign, x.digits, x.count, result);
}

bool bigint_absolute(Thread *thread, Value a, Value *result) {
    BigView x;
    bigint_view(a, &x);
    return bigint_from_digits(thread, 1, x.digits, x.count, result);
}

uint64_t bigint_bit_length(Value a) {
    BigView x;
    bigint_view(a, &x);
    return bigint_mag_bit_length(x.digits, x.count);
}

uint64_t bigint_bit_count(Value a) {
    BigView x;
    bigint_view(a, &x);
    uint64_t total = 0;
    for (size_t i = 0; i < x.count; i++) total += (uint64_t)__builtin_popcount(x.digits[i]);
    return total;
}

/* ---- the dispatcher ---- */

bool bigint_binary_op(Thread *thread, int op, Value a, Value b, Value *result) {
    if (op >= OPERATOR_INPLACE) op -= OPERATOR_INPLACE;
    BigView x, y;
    bigint_view(a, &x);
    bigint_view(b, &y);
    uint64_t count;
    bool huge;
    switch (op) {
    case OPERATOR_ADD: return bigint_add_signed(thread, &x, &y, y.sign, result);
    case OPERATOR_SUBTRACT: return bigint_add_signed(thread, &x, &y, -y.sign, result);
    case OPERATOR_MULTIPLY: return bigint_multiply(thread, &x, &y, result);
    case OPERATOR_FLOOR_DIVIDE: return bigint_floor_divmod(thread, a, b, result, NULL);
    case OPERATOR_REMAINDER: return bigint_floor_divmod(thread, a, b, NULL, result);
    case OPERATOR_TRUE_DIVIDE: return bigint_true_divide(thread, a, b, result);
    case OPERATOR_POWER:
        if (y.sign < 0) {
            double base, exponent;
            if (!bigint_to_double(thread, a, &base) || !bigint_to_double(thread, b, &exponent)) return false;
            return float_binary_op(thread, op, base, exponent, result);
        }
        return bigint_power(thread, a, b, result);
    case OPERATOR_LSHIFT:
        return bigint_shift_count(thread, b, &count, &huge) && bigint_left_shift(thread, &x, count, huge, result);
    case OPERATOR_RSHIFT:
        return bigint_shift_count(thread, b, &count, &huge) && bigint_right_shift(thread, &x, count, huge, result);
    case OPERATOR_AND:
    case OPERATOR_OR:
    case OPERATOR_XOR: return bigint_bitwise(thread, op, &x, &y, result);
    default: *result = NOT_IMPLEMENTED_VALUE; return true;
    }
}

/* ---- constant folding ---- */

/* CPython's AST optimizer folds a constant int operation only when the
 * result stays small (128 bits) for *, ** and <<, so `2**100` stays a
 * BINARY_OP in dis while `2**64` becomes one constant; the same limits
 * keep the compiler from computing a huge power. */
bool bigint_fold_allowed(int op, Value a, Value b) {
    const uint64_t max_bits = 128;
    if (!bigint_is_integer(a) || !bigint_is_integer(b) || bigint_sign(a) == 0) return true;
    uint64_t a_bits = bigint_bit_length(a), b_bits = bigint_bit_length(b);
    bool b_small = bigint_sign(b) > 0 && b_bits <= 63;
    uint64_t b_value = !b_small ? 0 : IS_BOOL(b) ? (uint64_t)AS_BOOL(b) : (uint64_t)AS_INT(b);
    switch (op) {
    case OPERATOR_MULTIPLY: return bigint_sign(b) == 0 || a_bits + b_bits <= max_bits;
    case OPERATOR_POWER:
        if (bigint_sign(b) <= 0) return true;
        return b_small && a_bits <= max_bits / b_value;
    case OPERATOR_LSHIFT:
        if (bigint_sign(b) <= 0) return true;
        return b_small && b_value <= max_bits && a_bits <= max_bits - b_value;
    default: return true;
    }
}
