/* bigint_divide.c: big-int division and what is built on it: floor
 * division and modulo with Python's signs, correctly rounded true
 * division, powers (also modular, with the modular inverse for negative
 * exponents), gcd, isqrt and products of ranges for math.factorial/perm.
 *
 * Long division is Knuth's algorithm D (TAOCP vol. 2, 4.3.1) on base 2**32
 * digits: normalise the divisor so its top bit is set, estimate each
 * quotient digit from the top two digits of the running remainder, correct
 * the estimate at most twice, multiply and subtract, add back in the rare
 * case the estimate was still one too big. */
#include "bigint_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "exception.h"
#include "number.h"

/* Knuth D for nb >= 2; un holds the shifted dividend (na + 1 digits) and
 * is left holding the shifted remainder. */
static void mag_divide_knuth(BigDigit *un, size_t na, const BigDigit *vn, size_t nb, BigDigit *quotient) {
    const uint64_t base = (uint64_t)1 << 32;
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t numerator = (uint64_t)un[j + nb] << 32 | un[j + nb - 1];
        uint64_t qhat = numerator / vn[nb - 1], rhat = numerator % vn[nb - 1];
        while (qhat >= base || qhat * vn[nb - 2] > (rhat << 32 | un[j + nb - 2])) {
            qhat--;
            rhat += vn[nb - 1];
            if (rhat >= base) break;
        }
        int64_t borrow = 0, t;
        for (size_t i = 0; i < nb; i++) {
            uint64_t product = qhat * vn[i];
            t = (int64_t)un[i + j] - borrow - (int64_t)(product & 0xFFFFFFFFu);
            un[i + j] = (BigDigit)t;
            borrow = (int64_t)(product >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + nb] - borrow;
        un[j + nb] = (BigDigit)t;
        if (t < 0) { /* qhat was one too big: add the divisor back */
            qhat--;
            uint64_t carry = 0;
            for (size_t i = 0; i < nb; i++) {
                carry += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (BigDigit)carry;
                carry >>= 32;
            }
            un[j + nb] += (BigDigit)carry;
        }
        if (quotient != NULL) quotient[j] = (BigDigit)qhat;
    }
}

bool bigint_mag_divide(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *quotient,
                       BigDigit *remainder) {
    if (nb == 1) {
        BigDigit *copy = malloc(na * sizeof(BigDigit));
        if (copy == NULL) return false;
        memcpy(copy, a, na * sizeof(BigDigit));
        BigDigit rest = bigint_mag_divide_small(copy, na, b[0]);
        if (quotient != NULL) memcpy(quotient, copy, na * sizeof(BigDigit));
        if (remainder != NULL) remainder[0] = rest;
        free(copy);
        return true;
    }
    BigDigit *un = calloc(na + 1 + nb, sizeof(BigDigit));
    if (un == NULL) return false;
    BigDigit *vn = un + na + 1;
    int shift = __builtin_clz(b[nb - 1]);
    for (size_t i = 0; i < nb; i++)
        vn[i] = (BigDigit)((uint64_t)b[i] << shift | (shift && i > 0 ? b[i - 1] >> (32 - shift) : 0));
    for (size_t i = 0; i < na; i++)
        un[i] = (BigDigit)((uint64_t)a[i] << shift | (shift && i > 0 ? a[i - 1] >> (32 - shift) : 0));
    un[na] = shift ? a[na - 1] >> (32 - shift) : 0;
    mag_divide_knuth(un, na, vn, nb, quotient);
    if (remainder != NULL) {
        for (size_t i = 0; i < nb; i++)
            remainder[i] = (BigDigit)(un[i] >> shift | (shift ? (uint64_t)un[i + 1] << (32 - shift) : 0));
    }
    free(un);
    return true;
}

/* Truncated |a| / |b| into fresh buffers (quotient na-nb+1 digits or 1,
 * remainder nb digits); b is not zero. */
static bool mag_divmod_new(Thread *thread, const BigView *x, const BigView *y, BigDigit **quotient,
                           BigDigit **remainder, size_t *q_count) {
    *q_count = x->count >= y->count ? x->count - y->count + 1 : 1;
    *quotient = bigint_digits_new(thread, *q_count);
    *remainder = bigint_digits_new(thread, y->count);
    if (*quotient == NULL || *remainder == NULL) {
        free(*quotient), free(*remainder);
        return false;
    }
    if (bigint_mag_compare(x->digits, x->count, y->digits, y->count) < 0) {
        memcpy(*remainder, x->digits, x->count * sizeof(BigDigit));
        return true;
    }
    if (bigint_mag_divide(x->digits, x->count, y->digits, y->count, *quotient, *remainder)) return true;
    free(*quotient), free(*remainder);
    return error_no_memory(thread);
}

/* Add 1 to quotient (q_count digits, with room for a carry) and replace
 * remainder by |b| - remainder: the floor correction for unlike signs. */
static void floor_adjust(BigDigit *quotient, size_t q_count, BigDigit *remainder, const BigView *y) {
    for (size_t i = 0; i < q_count && ++quotient[i] == 0; i++) continue;
    int64_t borrow = 0;
    for (size_t i = 0; i < y->count; i++) {
        int64_t t = (int64_t)y->digits[i] - remainder[i] - borrow;
        borrow = t < 0;
        remainder[i] = (BigDigit)t;
    }
}

bool bigint_floor_divmod(Thread *thread, Value a, Value b, Value *quotient, Value *remainder) {
    BigView x, y;
    bigint_view(a, &x);
    bigint_view(b, &y);
    if (y.sign == 0) {
        return error_set(thread, &type_ZeroDivisionError,
                         quotient != NULL ? "integer division or modulo by zero" : "integer modulo by zero");
    }
    BigDigit *q, *r;
    size_t q_count;
    if (!mag_divmod_new(thread, &x, &y, &q, &r, &q_count)) return false;
    bool nonzero_remainder = bigint_mag_normalize(r, y.count) != 0;
    if (x.sign * y.sign < 0 && nonzero_remainder) {
        /* the quotient buffer has a spare top digit unless it is one digit:
         * grow it so the +1 cannot be lost */
        BigDigit *grown = realloc(q, (q_count + 1) * sizeof(BigDigit));
        if (grown == NULL) {
            free(q), free(r);
            return error_no_memory(thread);
        }
        q = grown;
        q[q_count++] = 0;
        floor_adjust(q, q_count, r, &y);
    }
    bool ok = true;
    if (quotient != NULL) ok = bigint_from_digits(thread, x.sign * y.sign, q, q_count, quotient);
    if (ok && remainder != NULL) ok = bigint_from_digits(thread, y.sign, r, y.count, remainder);
    free(q), free(r);
    return ok;
}

/* ---- true division ---- */

/* a / b: exact when both fit a double's 53 bits; otherwise an integer
 * quotient with at least 55 significant bits plus a sticky bit for the
 * remainder, rounded once to a double (as CPython's long_true_divide). */
bool bigint_true_divide(Thread *thread, Value a, Value b, Value *result) {
    BigView x, y;
    bigint_view(a, &x);
    bigint_view(b, &y);
    if (y.sign == 0) return error_set(thread, &type_ZeroDivisionError, "division by zero");
    uint64_t a_bits = bigint_mag_bit_length(x.digits, x.count), b_bits = bigint_mag_bit_length(y.digits, y.count);
    if (a_bits <= 53 && b_bits <= 53) {
        double p, q;
        bigint_to_double_quiet(a, &p);
        bigint_to_double_quiet(b, &q);
        *result = FLOAT_VALUE(p / q);
        return true;
    }
    if (x.sign == 0) {
        *result = FLOAT_VALUE(y.sign < 0 ? -0.0 : 0.0);
        return true;
    }
    int64_t difference = (int64_t)a_bits - (int64_t)b_bits;
    if (difference > 1025) return error_set(thread, &type_OverflowError, "integer division result too large for a float");
    if (difference < -1080) {
        *result = FLOAT_VALUE(x.sign * y.sign < 0 ? -0.0 : 0.0);
        return true;
    }
    /* scale so that the quotient has 55 or 56 bits */
    int64_t shift = difference - 55;
    Value numerator = OBJECT_VALUE(NULL), denominator = OBJECT_VALUE(NULL), quotient, remainder;
    Value abs_a, abs_b;
    if (!bigint_absolute(thread, a, &abs_a) || !bigint_absolute(thread, b, &abs_b)) return false;
    if (shift >= 0) {
        numerator = abs_a;
        if (!bigint_binary_op(thread, OPERATOR_LSHIFT, abs_b, INT_VALUE(shift), &denominator)) return false;
    } else {
        denominator = abs_b;
        if (!bigint_binary_op(thread, OPERATOR_LSHIFT, abs_a, INT_VALUE(-shift), &numerator)) return false;
    }
    if (!bigint_floor_divmod(thread, numerator, denominator, &quotient, &remainder)) return false;
    BigView q;
    bigint_view(quotient, &q);
    double value;
    if (!bigint_mag_to_double(q.digits, q.count, shift, bigint_sign(remainder) != 0, &value))
        return error_set(thread, &type_OverflowError, "integer division result too large for a float");
    *result = FLOAT_VALUE(x.sign * y.sign < 0 ? -value : value);
    return true;
}

/* ---- powers ---- */

bool bigint_power(Thread *thread, Value a, Value b, Value *result) {
    BigView x, y;
    bigint_view(a, &x);
    bigint_view(b, &y);
    if (y.sign == 0 || (x.count == 1 && x.digits[0] == 1 && x.sign > 0)) {
        *result = INT_VALUE(1);
        return true;
    }
    if (x.sign == 0) {
        *result = INT_VALUE(0);
        return true;
    }
    bool odd = y.digits[0] & 1;
    if (x.count == 1 && x.digits[0] == 1) {
        *result = INT_VALUE(odd ? -1 : 1);
        return true;
    }
    uint64_t bits = bigint_mag_bit_length(x.digits, x.count);
    if (y.count > 2 || (uint64_t)bigint_mag_bit_length(y.digits, y.count) + (uint64_t)(64 - __builtin_clzll(bits)) > 40)
        return error_no_memory(thread);
    uint64_t exponent = y.count == 1 ? y.digits[0] : ((uint64_t)y.digits[1] << 32 | y.digits[0]);
    if ((bits - 1) * exponent / 32 > BIGINT_MAX_DIGITS) return error_no_memory(thread);
    Value value = INT_VALUE(1), base = a;
    while (exponent > 0) {
        if ((exponent & 1) && !bigint_binary_op(thread, OPERATOR_MULTIPLY, value, base, &value)) return false;
        exponent >>= 1;
        if (exponent > 0 && !bigint_binary_op(thread, OPERATOR_MULTIPLY, base, base, &base)) return false;
    }
    *result = value;
    return true;
}

/* x mod m (m > 0), in [0, m). */
static bool modulo_positive(Thread *thread, Value x, Value m, Value *result) {
    return bigint_floor_divmod(thread, x, m, NULL, result);
}

/* The inverse of a modulo m (m > 0) by the extended Euclidean algorithm. */
static bool modular_inverse(Thread *thread, Value a, Value m, Value *result) {
    Value old_r = a, r = m, old_s = INT_VALUE(1), s = INT_VALUE(0);
    while (bigint_sign(r) != 0) {
        Value q, rest, product, next_s;
        if (!bigint_floor_divmod(thread, old_r, r, &q, &rest)) return false;
        old_r = r, r = rest;
        if (!bigint_binary_op(thread, OPERATOR_MULTIPLY, q, s, &product) ||
            !bigint_binary_op(thread, OPERATOR_SUBTRACT, old_s, product, &next_s))
            return false;
        old_s = s, s = next_s;
    }
    if (!(IS_INT(old_r) && AS_INT(old_r) == 1))
        return error_set(thread, &type_ValueError, "base is not invertible for the given modulus");
    return modulo_positive(thread, old_s, m, result);
}

/* Left-to-right square and multiply on digit buffers: base, the running
 * value and the product are reduced modulo m at every step, so nothing
 * grows beyond twice m's size and no heap object is made per step. */
static bool power_modulo_buffers(Thread *thread, const BigView *base, const BigView *exponent, const BigView *m,
                                 Value *result) {
    size_t n = m->count;
    BigDigit *value = bigint_digits_new(thread, 4 * n + 2);
    if (value == NULL) return false;
    BigDigit *product = value + n, *scratch_base = product + 2 * n;
    memcpy(scratch_base, base->digits, base->count * sizeof(BigDigit));
    value[0] = 1;
    if (n == 1 && m->digits[0] == 1) value[0] = 0;
    bool ok = true;
    uint64_t bits = bigint_mag_bit_length(exponent->digits, exponent->count);
    for (uint64_t bit = bits; bit-- > 0 && ok;) {
        ok = bigint_mag_multiply(value, n, value, n, product) &&
             bigint_mag_divide(product, 2 * n, m->digits, n, NULL, value);
        if (ok && (exponent->digits[bit / 32] >> (bit % 32) & 1))
            ok = bigint_mag_multiply(value, n, scratch_base, n, product) &&
                 bigint_mag_divide(product, 2 * n, m->digits, n, NULL, value);
    }
    if (!ok) {
        free(value);
        return error_no_memory(thread);
    }
    return bigint_result(thread, 1, value, n, result);
}

bool bigint_power_modulo(Thread *thread, Value a, Value b, Value m, Value *result) {
    int m_sign = bigint_sign(m);
    if (m_sign == 0) return error_set(thread, &type_ValueError, "pow() 3rd argument cannot be 0");
    Value modulus, base;
    if (!bigint_absolute(thread, m, &modulus) || !modulo_positive(thread, a, modulus, &base)) return false;
    if (bigint_sign(b) < 0) {
        if (!modular_inverse(thread, base, modulus, &base) || !bigint_negate(thread, b, &b)) return false;
    }
    BigView x, y, z;
    bigint_view(base, &x);
    bigint_view(b, &y);
    bigint_view(modulus, &z);
    Value value;
    if (!power_modulo_buffers(thread, &x, &y, &z, &value)) return false;
    if (m_sign < 0 && bigint_sign(value) != 0) return bigint_binary_op(thread, OPERATOR_SUBTRACT, value, modulus, result);
    *result = value;
    return true;
}

/* ---- gcd, isqrt, products ---- */

bool bigint_gcd(Thread *thread, Value a, Value b, Value *result) {
    if (!bigint_absolute(thread, a, &a) || !bigint_absolute(thread, b, &b)) return false;
    while (bigint_sign(b) != 0) {
        if (IS_INT(a) && IS_INT(b)) {
            uint64_t x = (uint64_t)AS_INT(a), y = (uint64_t)AS_INT(b);
            while (y != 0) {
                uint64_t t = x % y;
                x = y, y = t;
            }
            *result = INT_VALUE((int64_t)x);
            return true;
        }
        Value rest;
        if (!modulo_positive(thread, a, b, &rest)) return false;
        a = b, b = rest;
    }
    *result = a;
    return true;
}

/* Newton's iteration from above: x <- (x + n // x) // 2 while it shrinks. */
bool bigint_isqrt(Thread *thread, Value a, Value *result) {
    if (bigint_sign(a) == 0) {
        *result = INT_VALUE(0);
        return true;
    }
    uint64_t bits = bigint_bit_length(a);
    Value x;
    if (!bigint_binary_op(thread, OPERATOR_LSHIFT, INT_VALUE(1), INT_VALUE((int64_t)(bits + 1) / 2), &x)) return false;
    for (;;) {
        Value quotient, sum, next;
        if (!bigint_floor_divmod(thread, a, x, &quotient, NULL) ||
            !bigint_binary_op(thread, OPERATOR_ADD, x, quotient, &sum) ||
            !bigint_binary_op(thread, OPERATOR_RSHIFT, sum, INT_VALUE(1), &next))
            return false;
        if (bigint_compare(next, x) >= 0) break;
        x = next;
    }
    *result = x;
    return true;
}

bool bigint_range_product(Thread *thread, uint64_t low, uint64_t high, Value *result) {
    if (low > high) {
        *result = INT_VALUE(1);
        return true;
    }
    if (high - low < 8) {
        Value value = INT_VALUE(1), factor;
        for (uint64_t i = low;; i++) {
            if (!bigint_from_uint64(thread, i, &factor) ||
                !bigint_binary_op(thread, OPERATOR_MULTIPLY, value, factor, &value))
                return false;
            if (i == high) break;
        }
        *result = value;
        return true;
    }
    uint64_t middle = low + (high - low) / 2;
    Value left, right;
    return bigint_range_product(thread, low, middle, &left) && bigint_range_product(thread, middle + 1, high, &right) &&
           bigint_binary_op(thread, OPERATOR_MULTIPLY, left, right, result);
}
