/* mod_random.c: the random module and its Random type.
 *
 * The generator is the Mersenne Twister (MT19937) seeded exactly as
 * CPython's _random does (init_by_array over the seed's 32-bit chunks), and
 * every method draws from it in the same order as CPython 3.11's random.py
 * (_randbelow by rejection with getrandbits, shuffle, sample's two
 * strategies, choices with bisect), so a seeded program prints the same
 * numbers as python3. The module's functions are methods bound to one
 * hidden Random instance, as random.py's `_inst`. getrandbits and seed take
 * ints of any size; randrange keeps its range in 64 bits, and str/bytes
 * seeds (which CPython turns into a big int with sha512) raise a clear
 * error. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "bigint.h"
#include "builtins.h"
#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "modules.h"
#include "number.h"
#include "ops.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define MT_N 624
#define MT_M 397

typedef struct RandomObject {
    Object header;
    uint32_t state[MT_N]; /* the twister's state words */
    int index;            /* the next word to temper; MT_N: regenerate first */
    Value gauss_next;     /* gauss()'s second value (a float), or None */
} RandomObject;

static bool random_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_random = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "random.Random",
    .base = &type_object,
    .instance_size = sizeof(RandomObject),
    .flags = TYPE_BASETYPE,
    .new_instance = random_new_instance, /* Random(x=None) */
};

#define AS_RANDOM(v) ((RandomObject *)AS_OBJECT(v))

/* ---- The Mersenne Twister ---- */

static void mt_init_genrand(RandomObject *self, uint32_t seed) {
    uint32_t *mt = self->state;
    mt[0] = seed;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

/* Seed from an array of 32-bit words (the reference init_by_array). */
static void mt_init_by_array(RandomObject *self, const uint32_t *key, size_t length) {
    uint32_t *mt = self->state;
    mt_init_genrand(self, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = length > MT_N ? length : MT_N; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= length) j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

/* One twist step: mix word `k` with its neighbour and the word `m` on. */
static uint32_t mt_twist(uint32_t upper, uint32_t lower, uint32_t far) {
    uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
    return far ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
}

static uint32_t mt_next(RandomObject *self) {
    uint32_t *mt = self->state;
    if (self->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) mt[k] = mt_twist(mt[k], mt[(k + 1) % MT_N], mt[(k + MT_M) % MT_N]);
        self->index = 0;
    }
    uint32_t y = mt[self->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* A float in [0, 1) with 53 random bits. */
static double mt_random(RandomObject *self) {
    uint32_t a = mt_next(self) >> 5, b = mt_next(self) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* k <= 64 random bits, filled 32 at a time from the low word up. */
static uint64_t mt_bits(RandomObject *self, int k) {
    if (k <= 32) return k == 0 ? 0 : mt_next(self) >> (32 - k);
    uint64_t low = mt_next(self);
    uint64_t high = mt_next(self) >> (64 - k);
    return low | high << 32;
}

/* A uniform int in [0, n) for n > 0, by rejection (random.py's
 * _randbelow_with_getrandbits: k is n's bit length). */
static uint64_t mt_below(RandomObject *self, uint64_t n) {
    int k = 64 - __builtin_clzll(n);
    uint64_t r = mt_bits(self, k);
    while (r >= n) r = mt_bits(self, k);
    return r;
}

/* ---- Arguments, as a Python function (random.py's methods) reports them ---- */

typedef struct PyParams {
    const char *name;          /* "Random.randrange" */
    const char *const *params; /* every parameter, self first, NULL-terminated */
    int positional;            /* how many may be given by position (self included) */
    int required;              /* how many must be given (self included) */
} PyParams;

/* "'a' and 'b'", "'a', 'b', and 'c'" for the missing-arguments message. */
static void random_name_list(StringBuilder *builder, const char *const *names, int count) {
    for (int i = 0; i < count; i++) {
        if (i > 0) builder_append_c(builder, count == 2 ? " and " : i == count - 1 ? ", and " : ", ");
        builder_printf(builder, "'%s'", names[i]);
    }
}

static bool random_missing(Thread *thread, const PyParams *spec, Value *out) {
    const char *missing[8];
    int count = 0;
    for (int i = 0; i < spec->required; i++)
        if (IS_EMPTY(out[i]) && count < 8) missing[count++] = spec->params[i];
    if (count == 0) return true;
    StringBuilder builder;
    builder_init(&builder);
    builder_printf(&builder, "%s() missing %d required positional argument%s: ", spec->name, count,
                   count == 1 ? "" : "s");
    random_name_list(&builder, missing, count);
    Str *message = builder_finish(thread, &builder);
    if (message == NULL) return false;
    return error_set(thread, &type_TypeError, "%s", message->chars);
}

/* Bind argv (self first) to spec's parameters with Python's messages. */
static bool random_bind(Thread *thread, const PyParams *spec, int argc, Value *argv, Tuple *kwnames, Value *out) {
    int total = 0;
    while (spec->params[total] != NULL) total++;
    for (int i = 0; i < total; i++) out[i] = i < argc ? argv[i] : EMPTY_VALUE;
    if (argc > spec->positional) {
        if (spec->required == spec->positional)
            return error_set(thread, &type_TypeError, "%s() takes %d positional argument%s but %d were given",
                             spec->name, spec->positional, spec->positional == 1 ? "" : "s", argc);
        return error_set(thread, &type_TypeError, "%s() takes from %d to %d positional arguments but %d were given",
                         spec->name, spec->required, spec->positional, argc);
    }
    for (size_t k = 0; kwnames != NULL && k < kwnames->count; k++) {
        const char *keyword = AS_STR(kwnames->items[k])->chars;
        int index = 1;
        while (index < total && strcmp(spec->params[index], keyword) != 0) index++;
        if (index == total)
            return error_set(thread, &type_TypeError, "%s() got an unexpected keyword argument '%s'", spec->name,
                             keyword);
        if (!IS_EMPTY(out[index]))
            return error_set(thread, &type_TypeError, "%s() got multiple values for argument '%s'", spec->name,
                             keyword);
        out[index] = argv[argc + k];
    }
    return random_missing(thread, spec, out);
}

/* argv[0] as a Random (a method called on something else). */
static bool random_self(Thread *thread, Value self, const char *method, RandomObject **out) {
    if (!value_is_instance(self, &type_random))
        return error_set(thread, &type_TypeError, "descriptor '%s' requires a 'Random' object but received a '%s'",
                         method, value_type_name(self));
    *out = AS_RANDOM(self);
    return true;
}

/* ---- Seeding ---- */

/* Seed from the OS's entropy (seed() and seed(None)), or from the clock
 * and pid if none is available. */
static void random_seed_from_os(RandomObject *self) {
    uint32_t key[MT_N];
    size_t filled = 0;
    while (filled < sizeof key) {
        ssize_t got = getrandom((char *)key + filled, sizeof key - filled, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        filled += (size_t)got;
    }
    if (filled < sizeof key) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        uint32_t fallback[4] = {(uint32_t)now.tv_sec, (uint32_t)now.tv_nsec, (uint32_t)getpid(),
                                (uint32_t)((uint64_t)now.tv_sec >> 32)};
        mt_init_by_array(self, fallback, 4);
        return;
    }
    mt_init_by_array(self, key, MT_N);
}

/* Seed from an unsigned magnitude: its 32-bit chunks, least significant first. */
static void random_seed_magnitude(RandomObject *self, uint64_t magnitude) {
    uint32_t key[2] = {(uint32_t)magnitude, (uint32_t)(magnitude >> 32)};
    mt_init_by_array(self, key, key[1] != 0 ? 2 : 1);
}

/* seed(a): None, int (its absolute value), or any other hashable by its
 * hash as an unsigned word (floats); str/bytes need big ints. */
static bool random_seed_value(Thread *thread, RandomObject *self, Value a) {
    self->gauss_next = NONE_VALUE;
    if (IS_EMPTY(a) || IS_NONE(a)) {
        random_seed_from_os(self);
        return true;
    }
    if (number_is_int(a)) {
        int64_t n = number_int_of(a);
        random_seed_magnitude(self, n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n);
        return true;
    }
    if (number_is_integer(a)) { /* a big int: all its 32-bit digits are the key */
        BigInt *big = AS_BIGINT(number_integer_of(a));
        mt_init_by_array(self, big->digits, big->count);
        return true;
    }
    if (IS_STR(a) || value_is_instance(a, &type_bytes) || value_is_instance(a, &type_bytearray))
        return error_set(thread, &type_NotImplementedError,
                         "random.seed() with a str, bytes or bytearray (CPython's sha512-based version 2 seeding) "
                         "is not supported yet: seed with an int");
    if (!IS_FLOAT(a))
        return error_set(thread, &type_TypeError,
                         "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    int64_t hash;
    if (!object_hash(thread, a, &hash)) return false;
    random_seed_magnitude(self, (uint64_t)hash);
    return true;
}

static bool random_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "x", NULL};
    static const PyParams spec = {"Random.__init__", params, 2, 1};
    Value args[2];
    if (!random_bind(thread, &spec, argc, argv, kwnames, args)) return false;
    Type *type = AS_TYPE(argv[0]);
    RandomObject *self = (RandomObject *)object_allocate(thread, type, type->instance_size);
    if (self == NULL || !random_seed_value(thread, self, args[1])) return false;
    *result = OBJECT_VALUE(self);
    return true;
}

/* seed(a=None, version=2) */
static bool random_seed(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "a", "version", NULL};
    static const PyParams spec = {"Random.seed", params, 3, 1};
    Value args[3];
    RandomObject *self;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "seed", &self) ||
        !random_seed_value(thread, self, args[1]))
        return false;
    *result = NONE_VALUE;
    return true;
}

/* ---- The basic draws ---- */

static bool random_random(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"Random.random", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    RandomObject *self;
    if (!random_self(thread, argv[0], "random", &self) ||
        !builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, NULL))
        return false;
    *result = FLOAT_VALUE(mt_random(self));
    return true;
}

/* getrandbits(k) for k > 63: k bits in 32-bit words, least significant
 * first, the last word keeping its top bits, as CPython fills them. */
static bool random_big_bits(Thread *thread, RandomObject *self, int64_t k, Value *result) {
    if ((uint64_t)k / 32 > ((size_t)1 << 27)) return error_no_memory(thread);
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *digits = malloc(words * sizeof(uint32_t));
    if (digits == NULL) return error_no_memory(thread);
    for (size_t i = 0; i < words; i++, k -= 32) digits[i] = k < 32 ? mt_next(self) >> (32 - k) : mt_next(self);
    bool ok = bigint_from_digits(thread, 1, digits, words, result);
    free(digits);
    return ok;
}

/* Read getrandbits' k (randbytes shares the message). */
static bool random_bit_count(Thread *thread, Value value, int64_t *k) {
    if (!value_as_index(thread, value, k)) return false;
    if (*k < 0) return error_set(thread, &type_ValueError, "number of bits must be non-negative");
    return true;
}

static bool random_getrandbits(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"Random.getrandbits", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    RandomObject *self;
    Value arg;
    int64_t k;
    if (!random_self(thread, argv[0], "getrandbits", &self) ||
        !builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, &arg) || !random_bit_count(thread, arg, &k))
        return false;
    if (k <= 63) {
        *result = INT_VALUE((int64_t)mt_bits(self, (int)k));
        return true;
    }
    return random_big_bits(thread, self, k, result);
}

/* randbytes(n): getrandbits(n * 8) as n little-endian bytes. */
static bool random_randbytes(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "n", NULL};
    static const PyParams spec = {"Random.randbytes", params, 2, 2};
    Value args[2];
    RandomObject *self;
    int64_t n;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "randbytes", &self) ||
        !value_as_index(thread, args[1], &n))
        return false;
    if (n < 0) return error_set(thread, &type_ValueError, "number of bits must be non-negative");
    unsigned char *data = malloc(n > 0 ? (size_t)n : 1);
    if (data == NULL) return error_no_memory(thread);
    for (int64_t i = 0; i < n; i += 4) {
        int64_t left = n - i < 4 ? n - i : 4;
        uint32_t word = mt_next(self) >> (32 - 8 * left);
        for (int64_t b = 0; b < left; b++) data[i + b] = (unsigned char)(word >> (8 * b));
    }
    Bytes *bytes = bytes_new(thread, data, (size_t)n);
    free(data);
    if (bytes == NULL) return false;
    *result = OBJECT_VALUE(bytes);
    return true;
}

/* ---- Integers in ranges ---- */

/* randrange's reading of one bound: an int (or __index__), or an integral
 * float (deprecated in 3.10+ but still accepted); `what` names it. */
static bool random_range_arg(Thread *thread, Value value, const char *what, int64_t *out) {
    if (!IS_FLOAT(value) && sequence_is_index(thread, value)) return value_as_index(thread, value, out);
    Value integer;
    if (!object_call(thread, OBJECT_VALUE(&type_int), 1, &value, NULL, &integer)) return false;
    bool equal = false;
    if (!object_equal(thread, integer, value, &equal)) return false;
    if (!equal || !IS_INT(integer)) return error_set(thread, &type_ValueError, "non-integer %s for randrange()", what);
    *out = AS_INT(integer);
    return true;
}

/* randrange() keeps its bounds and width in 64 bits. */
static bool random_range_too_wide(Thread *thread) {
    return error_set(thread, &type_OverflowError, "randrange() range wider than 64 bits is not supported");
}

/* randrange(start, stop, step) with stop/step EMPTY when not given. */
static bool random_range(Thread *thread, RandomObject *self, Value start, Value stop, Value step, Value *result) {
    int64_t istart, istop, istep = 1, width, n;
    if (!random_range_arg(thread, start, "arg 1", &istart)) return false;
    if (IS_EMPTY(stop) || IS_NONE(stop)) {
        if (!IS_EMPTY(step) && !(IS_INT(step) && AS_INT(step) == 1))
            return error_set(thread, &type_TypeError, "Missing a non-None stop argument");
        if (istart <= 0) return error_set(thread, &type_ValueError, "empty range for randrange()");
        *result = INT_VALUE((int64_t)mt_below(self, (uint64_t)istart));
        return true;
    }
    if (!random_range_arg(thread, stop, "stop", &istop)) return false;
    if (__builtin_sub_overflow(istop, istart, &width)) return random_range_too_wide(thread);
    if (!IS_EMPTY(step) && !random_range_arg(thread, step, "step", &istep)) return false;
    if (istep == 1) {
        if (width <= 0)
            return error_set(thread, &type_ValueError, "empty range for randrange() (%lld, %lld, %lld)",
                             (long long)istart, (long long)istop, (long long)width);
        *result = INT_VALUE(istart + (int64_t)mt_below(self, (uint64_t)width));
        return true;
    }
    if (istep == 0) return error_set(thread, &type_ValueError, "zero step for randrange()");
    /* n = ceil(width / step) with Python's floor division. */
    int64_t numerator = istep > 0 ? width + istep - 1 : width + istep + 1;
    n = numerator / istep - ((numerator % istep != 0) && ((numerator < 0) != (istep < 0)));
    if (n <= 0) return error_set(thread, &type_ValueError, "empty range for randrange()");
    int64_t offset;
    if (__builtin_mul_overflow(istep, (int64_t)mt_below(self, (uint64_t)n), &offset))
        return random_range_too_wide(thread);
    *result = INT_VALUE(istart + offset);
    return true;
}

static bool random_randrange(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "start", "stop", "step", NULL};
    static const PyParams spec = {"Random.randrange", params, 4, 2};
    Value args[4];
    RandomObject *self;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "randrange", &self))
        return false;
    return random_range(thread, self, args[1], args[2], args[3], result);
}

/* randint(a, b): randrange(a, b + 1). */
static bool random_randint(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "a", "b", NULL};
    static const PyParams spec = {"Random.randint", params, 3, 3};
    Value args[3], stop;
    RandomObject *self;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "randint", &self) ||
        !object_binary_op(thread, OPERATOR_ADD, args[2], INT_VALUE(1), &stop))
        return false;
    return random_range(thread, self, args[1], stop, EMPTY_VALUE, result);
}

/* ---- Sequences ---- */

static bool random_choice(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "seq", NULL};
    static const PyParams spec = {"Random.choice", params, 2, 2};
    Value args[2];
    RandomObject *self;
    int64_t length;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "choice", &self) ||
        !object_length(thread, args[1], &length))
        return false;
    if (length == 0) return error_set(thread, &type_IndexError, "Cannot choose from an empty sequence");
    return object_getitem(thread, args[1], INT_VALUE((int64_t)mt_below(self, (uint64_t)length)), result);
}

/* shuffle(x): Fisher-Yates from the end, swapping through x's
 * __getitem__/__setitem__ (a fast path for lists). */
static bool random_shuffle(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "x", NULL};
    static const PyParams spec = {"Random.shuffle", params, 2, 2};
    Value args[2];
    RandomObject *self;
    int64_t length;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "shuffle", &self) ||
        !object_length(thread, args[1], &length))
        return false;
    Value x = args[1];
    for (int64_t i = length - 1; i >= 1; i--) {
        int64_t j = (int64_t)mt_below(self, (uint64_t)i + 1);
        if (value_is_exact(x, &type_list) && (size_t)i < AS_LIST(x)->count) {
            Value t = AS_LIST(x)->items[i];
            AS_LIST(x)->items[i] = AS_LIST(x)->items[j];
            AS_LIST(x)->items[j] = t;
            continue;
        }
        Value a, b;
        if (!object_getitem(thread, x, INT_VALUE(j), &a) || !gc_push_root(thread, a)) return false;
        bool ok = object_getitem(thread, x, INT_VALUE(i), &b) && gc_push_root(thread, b);
        ok = ok && object_setitem(thread, x, INT_VALUE(i), a) && object_setitem(thread, x, INT_VALUE(j), b);
        gc_pop_roots(thread, ok ? 2 : thread->root_count > 0 ? 1 : 0);
        if (!ok) return false;
    }
    *result = NONE_VALUE;
    return true;
}

/* sample()'s pool strategy: draw from a shrinking copy of the population. */
static bool random_sample_pool(Thread *thread, RandomObject *self, Value population, int64_t n, int64_t k,
                               List *chosen) {
    List *pool = list_new(thread, 0);
    if (pool == NULL || !gc_push_root(thread, OBJECT_VALUE(pool))) return false;
    bool ok = list_extend(thread, pool, population) && (int64_t)pool->count == n;
    for (int64_t i = 0; ok && i < k; i++) {
        int64_t j = (int64_t)mt_below(self, (uint64_t)(n - i));
        chosen->items[i] = pool->items[j];
        pool->items[j] = pool->items[n - i - 1];
    }
    gc_pop_roots(thread, 1);
    return ok || error_occurred(thread) ||
           error_set(thread, &type_RuntimeError, "sample(): the population changed size");
}

/* sample()'s set strategy: redraw indexes already taken (kept in a small
 * open-addressing table of index + 1, 0 meaning free). */
static bool random_sample_set(Thread *thread, RandomObject *self, Value population, int64_t n, int64_t k,
                              List *chosen) {
    size_t capacity = 8;
    while (capacity < (size_t)k * 2) capacity *= 2;
    uint64_t *taken = calloc(capacity, sizeof(uint64_t));
    if (taken == NULL) return error_no_memory(thread);
    bool ok = true;
    for (int64_t i = 0; ok && i < k; i++) {
        for (;;) {
            uint64_t j = mt_below(self, (uint64_t)n);
            size_t slot = (size_t)(j * 0x9e3779b97f4a7c15u) & (capacity - 1);
            while (taken[slot] != 0 && taken[slot] != j + 1) slot = (slot + 1) & (capacity - 1);
            if (taken[slot] != 0) continue;
            taken[slot] = j + 1;
            ok = object_getitem(thread, population, INT_VALUE((int64_t)j), &chosen->items[i]);
            break;
        }
    }
    free(taken);
    return ok;
}

static bool random_cumulative(Thread *thread, Value weights, List **out);
static bool random_bisect(Thread *thread, List *a, Value x, size_t hi, size_t *index);

/* The table size random.py compares the population with. */
static int64_t random_sample_setsize(int64_t k) {
    int64_t setsize = 21;
    if (k > 5) setsize += (int64_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    return setsize;
}

static bool random_sample(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

/* sample(population, k, counts=...): sample(range(total), k), each pick
 * mapped back to its population item by bisecting the running counts. */
static bool random_sample_counts(Thread *thread, RandomObject *self, Value population, int64_t n, Value *args,
                                 Value *result) {
    List *sums;
    if (!random_cumulative(thread, args[3], &sums)) return false;
    if ((int64_t)sums->count != n)
        return error_set(thread, &type_ValueError, "The number of counts does not match the population");
    Value total = sums->items[--sums->count];
    if (!number_is_int(total)) return error_set(thread, &type_TypeError, "Counts must be integers");
    if (number_int_of(total) <= 0) return error_set(thread, &type_ValueError, "Total of counts must be greater than zero");
    Range *range = range_new(thread, 0, number_int_of(total), 1);
    if (range == NULL || !gc_push_root(thread, OBJECT_VALUE(sums))) return false;
    Value call[3] = {OBJECT_VALUE(self), OBJECT_VALUE(range), args[2]}, picks;
    bool ok = random_sample(thread, 3, call, NULL, &picks) && gc_push_root(thread, picks);
    if (!ok) {
        gc_pop_roots(thread, 1);
        return false;
    }
    List *chosen = AS_LIST(picks);
    for (size_t i = 0; ok && i < chosen->count; i++) {
        size_t index;
        ok = random_bisect(thread, sums, chosen->items[i], sums->count, &index) &&
             object_getitem(thread, population, INT_VALUE((int64_t)index), &chosen->items[i]);
    }
    gc_pop_roots(thread, 2);
    *result = picks;
    return ok;
}

/* sample(population, k, *, counts=None) */
static bool random_sample(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "population", "k", "counts", NULL};
    static const PyParams spec = {"Random.sample", params, 3, 3};
    Value args[4];
    RandomObject *self;
    int64_t n, k;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "sample", &self))
        return false;
    Value population = args[1];
    if (value_is_instance(population, &type_dict) || value_is_instance(population, &type_set) ||
        value_is_instance(population, &type_frozenset) || !IS_OBJECT(population))
        return error_set(thread, &type_TypeError,
                         "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (!object_length(thread, population, &n)) return false;
    if (!IS_EMPTY(args[3]) && !IS_NONE(args[3])) return random_sample_counts(thread, self, population, n, args, result);
    if (!value_as_index(thread, args[2], &k)) return false;
    if (k < 0 || k > n) return error_set(thread, &type_ValueError, "Sample larger than population or is negative");
    List *chosen = list_new(thread, (size_t)k);
    if (chosen == NULL) return false;
    for (int64_t i = 0; i < k; i++) chosen->items[i] = NONE_VALUE;
    chosen->count = (size_t)k;
    if (!gc_push_root(thread, OBJECT_VALUE(chosen))) return false;
    bool ok = n <= random_sample_setsize(k) ? random_sample_pool(thread, self, population, n, k, chosen)
                                            : random_sample_set(thread, self, population, n, k, chosen);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    *result = OBJECT_VALUE(chosen);
    return true;
}


/* The cumulative weights for choices(): cum_weights as a list, or the
 * running sums of weights (with Python's `+`, so ints stay ints). */
static bool random_cumulative(Thread *thread, Value weights, List **out) {
    List *sums = list_new(thread, 0);
    Value iterator, item, total = EMPTY_VALUE;
    if (sums == NULL || !gc_push_root(thread, OBJECT_VALUE(sums))) return false;
    bool ok = object_get_iter(thread, weights, &iterator) && gc_push_root(thread, iterator);
    if (!ok) {
        gc_pop_roots(thread, 1);
        return false;
    }
    while ((ok = object_iter_next(thread, iterator, &item)) && !IS_EMPTY(item)) {
        if (!IS_EMPTY(total) && !(ok = object_binary_op(thread, OPERATOR_ADD, total, item, &item))) break;
        total = item;
        if (!(ok = list_append(thread, sums, total))) break;
    }
    gc_pop_roots(thread, 2);
    *out = sums;
    return ok;
}

/* bisect_right(a, x, 0, hi) with Python's `<`. */
static bool random_bisect(Thread *thread, List *a, Value x, size_t hi, size_t *index) {
    size_t lo = 0;
    while (lo < hi) {
        size_t middle = (lo + hi) / 2;
        bool less;
        if (middle >= a->count) return error_set(thread, &type_IndexError, "list index out of range");
        if (!object_compare_bool(thread, x, a->items[middle], COMPARE_LT, &less)) return false;
        if (less)
            hi = middle;
        else
            lo = middle + 1;
    }
    *index = lo;
    return true;
}

/* choices() with weights: a bisection of random() * total in the sums. */
static bool random_choices_weighted(Thread *thread, RandomObject *self, Value population, int64_t n, List *sums,
                                    int64_t k, List *chosen) {
    if ((int64_t)sums->count != n)
        return error_set(thread, &type_ValueError, "The number of weights does not match the population");
    Value total_value;
    double total;
    if (n == 0) return error_set(thread, &type_IndexError, "list index out of range");
    if (!object_binary_op(thread, OPERATOR_ADD, sums->items[n - 1], FLOAT_VALUE(0.0), &total_value)) return false;
    if (!value_as_double(total_value, &total))
        return error_set(thread, &type_TypeError, "unsupported operand type(s) for +: '%s' and 'float'",
                         value_type_name(sums->items[n - 1]));
    if (total <= 0.0) return error_set(thread, &type_ValueError, "Total of weights must be greater than zero");
    if (!isfinite(total)) return error_set(thread, &type_ValueError, "Total of weights must be finite");
    for (int64_t i = 0; i < k; i++) {
        size_t index;
        Value item;
        if (!random_bisect(thread, sums, FLOAT_VALUE(mt_random(self) * total), (size_t)(n - 1), &index) ||
            !object_getitem(thread, population, INT_VALUE((int64_t)index), &item) || !list_append(thread, chosen, item))
            return false;
    }
    return true;
}

/* choices(population, weights=None, *, cum_weights=None, k=1) */
static bool random_choices(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "population", "weights", "cum_weights", "k", NULL};
    static const PyParams spec = {"Random.choices", params, 3, 2};
    Value args[5];
    RandomObject *self;
    int64_t n, k = 1;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "choices", &self) ||
        !object_length(thread, args[1], &n) || (!IS_EMPTY(args[4]) && !value_as_index(thread, args[4], &k)))
        return false;
    Value population = args[1], weights = args[2], cumulative = args[3];
    bool has_weights = !IS_EMPTY(weights) && !IS_NONE(weights);
    bool has_cumulative = !IS_EMPTY(cumulative) && !IS_NONE(cumulative);
    List *chosen = list_new(thread, 0);
    if (chosen == NULL || !gc_push_root(thread, OBJECT_VALUE(chosen))) return false;
    bool ok = true;
    if (!has_weights && !has_cumulative) {
        for (int64_t i = 0; ok && i < k; i++) {
            Value item;
            int64_t index = (int64_t)floor(mt_random(self) * (double)n);
            ok = object_getitem(thread, population, INT_VALUE(index), &item) && list_append(thread, chosen, item);
        }
    } else if (has_weights && has_cumulative) {
        ok = error_set(thread, &type_TypeError, "Cannot specify both weights and cumulative weights");
    } else {
        List *sums = NULL;
        if (has_weights && number_is_int(weights)) {
            ok = error_set(thread, &type_TypeError, "The number of choices must be a keyword argument: k=%lld",
                           (long long)number_int_of(weights));
        } else if (has_weights) {
            ok = random_cumulative(thread, weights, &sums);
        } else {
            ok = (sums = list_new(thread, 0)) != NULL && list_extend(thread, sums, cumulative);
        }
        ok = ok && gc_push_root(thread, OBJECT_VALUE(sums));
        if (ok) {
            ok = random_choices_weighted(thread, self, population, n, sums, k, chosen);
            gc_pop_roots(thread, 1);
        }
    }
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    *result = OBJECT_VALUE(chosen);
    return true;
}

/* ---- Real-valued distributions ---- */

/* Bind a distribution's float parameters (after self) with their
 * defaults: out[i] = defaults[i] when not given (NAN marks "required"). */
static bool random_float_args(Thread *thread, const PyParams *spec, int argc, Value *argv, Tuple *kwnames,
                              const double *defaults, RandomObject **self, double *out) {
    Value args[4];
    if (!random_bind(thread, spec, argc, argv, kwnames, args) ||
        !random_self(thread, args[0], spec->name + strlen("Random."), self))
        return false;
    for (int i = 1; spec->params[i] != NULL; i++) {
        out[i - 1] = defaults[i - 1];
        if (IS_EMPTY(args[i])) continue;
        if (!value_as_double(args[i], &out[i - 1]))
            return error_set(thread, &type_TypeError, "must be real number, not %s", value_type_name(args[i]));
    }
    return true;
}

/* uniform(a, b): a + (b - a) * random(), with Python's arithmetic. */
static bool random_uniform(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "a", "b", NULL};
    static const PyParams spec = {"Random.uniform", params, 3, 3};
    Value args[3], width, scaled;
    RandomObject *self;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "uniform", &self))
        return false;
    double r = mt_random(self);
    return object_binary_op(thread, OPERATOR_SUBTRACT, args[2], args[1], &width) &&
           object_binary_op(thread, OPERATOR_MULTIPLY, width, FLOAT_VALUE(r), &scaled) &&
           object_binary_op(thread, OPERATOR_ADD, args[1], scaled, result);
}

/* triangular(low=0.0, high=1.0, mode=None) */
static bool random_triangular(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "low", "high", "mode", NULL};
    static const PyParams spec = {"Random.triangular", params, 4, 1};
    static const double defaults[] = {0.0, 1.0, NAN};
    RandomObject *self;
    double v[3];
    if (!random_float_args(thread, &spec, argc, argv, kwnames, defaults, &self, v)) return false;
    double low = v[0], high = v[1], u = mt_random(self), c;
    if (isnan(v[2]))
        c = 0.5;
    else if (high == low) {
        *result = FLOAT_VALUE(low);
        return true;
    } else
        c = (v[2] - low) / (high - low);
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    *result = FLOAT_VALUE(low + (high - low) * sqrt(u * c));
    return true;
}

/* gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the second value. */
static bool random_gauss(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "mu", "sigma", NULL};
    static const PyParams spec = {"Random.gauss", params, 3, 1};
    static const double defaults[] = {0.0, 1.0};
    RandomObject *self;
    double v[2], z;
    if (!random_float_args(thread, &spec, argc, argv, kwnames, defaults, &self, v)) return false;
    if (IS_FLOAT(self->gauss_next)) {
        z = AS_FLOAT(self->gauss_next);
        self->gauss_next = NONE_VALUE;
    } else {
        double x2pi = mt_random(self) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - mt_random(self)));
        z = cos(x2pi) * g2rad;
        self->gauss_next = FLOAT_VALUE(sin(x2pi) * g2rad);
    }
    *result = FLOAT_VALUE(v[0] + z * v[1]);
    return true;
}

/* The Kinderman-Monahan ratio method of normalvariate(). */
static double random_normal(RandomObject *self, double mu, double sigma) {
    const double magic = 4.0 * exp(-0.5) / sqrt(2.0); /* NV_MAGICCONST */
    double z;
    for (;;) {
        double u1 = mt_random(self), u2 = 1.0 - mt_random(self);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return mu + z * sigma;
}

static bool random_normalvariate(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "mu", "sigma", NULL};
    static const PyParams spec = {"Random.normalvariate", params, 3, 1};
    static const double defaults[] = {0.0, 1.0};
    RandomObject *self;
    double v[2];
    if (!random_float_args(thread, &spec, argc, argv, kwnames, defaults, &self, v)) return false;
    *result = FLOAT_VALUE(random_normal(self, v[0], v[1]));
    return true;
}

static bool random_lognormvariate(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "mu", "sigma", NULL};
    static const PyParams spec = {"Random.lognormvariate", params, 3, 3};
    static const double defaults[] = {0.0, 1.0};
    RandomObject *self;
    double v[2];
    if (!random_float_args(thread, &spec, argc, argv, kwnames, defaults, &self, v)) return false;
    *result = FLOAT_VALUE(exp(random_normal(self, v[0], v[1])));
    return true;
}

/* expovariate(lambd): -log(1 - random()) / lambd */
static bool random_expovariate(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "lambd", NULL};
    static const PyParams spec = {"Random.expovariate", params, 2, 2};
    static const double defaults[] = {1.0};
    RandomObject *self;
    double lambd;
    if (!random_float_args(thread, &spec, argc, argv, kwnames, defaults, &self, &lambd)) return false;
    double numerator = -log(1.0 - mt_random(self));
    if (lambd == 0.0) return error_set(thread, &type_ZeroDivisionError, "float division by zero");
    *result = FLOAT_VALUE(numerator / lambd);
    return true;
}

/* ---- State ---- */

/* getstate(): (3, (624 words..., index), gauss_next), as CPython. */
static bool random_getstate(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", NULL};
    static const PyParams spec = {"Random.getstate", params, 1, 1};
    Value args[1];
    RandomObject *self;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "getstate", &self))
        return false;
    Tuple *words = tuple_new(thread, MT_N + 1);
    Tuple *state = tuple_new(thread, 3);
    if (words == NULL || state == NULL) return false;
    for (int i = 0; i < MT_N; i++) words->items[i] = INT_VALUE(self->state[i]);
    words->items[MT_N] = INT_VALUE(self->index);
    state->items[0] = INT_VALUE(3);
    state->items[1] = OBJECT_VALUE(words);
    state->items[2] = self->gauss_next;
    *result = OBJECT_VALUE(state);
    return true;
}

/* setstate(state): the inverse of getstate, with CPython's checks. */
static bool random_setstate(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"self", "state", NULL};
    static const PyParams spec = {"Random.setstate", params, 2, 2};
    Value args[2], version, words, gauss_next;
    RandomObject *self;
    if (!random_bind(thread, &spec, argc, argv, kwnames, args) || !random_self(thread, args[0], "setstate", &self) ||
        !object_getitem(thread, args[1], INT_VALUE(0), &version))
        return false;
    if (!IS_INT(version) || AS_INT(version) != 3) {
        Str *shown;
        if (!object_repr(thread, version, &shown)) return false;
        return error_set(thread, &type_ValueError, "state with version %s passed to Random.setstate() of version 3",
                         shown->chars);
    }
    if (!object_getitem(thread, args[1], INT_VALUE(1), &words) ||
        !object_getitem(thread, args[1], INT_VALUE(2), &gauss_next))
        return false;
    if (!value_is_instance(words, &type_tuple)) return error_set(thread, &type_TypeError, "state vector must be a tuple");
    Tuple *tuple = AS_TUPLE(words);
    if (tuple->count != MT_N + 1) return error_set(thread, &type_ValueError, "state vector is the wrong size");
    for (size_t i = 0; i <= MT_N; i++) {
        int64_t word;
        if (!value_as_index(thread, tuple->items[i], &word)) return false;
        if (word < 0 || word > (i < MT_N ? 0xffffffffLL : MT_N))
            return error_set(thread, &type_ValueError, i < MT_N ? "state vector items must be 32-bit" : "invalid state");
    }
    for (int i = 0; i < MT_N; i++) self->state[i] = (uint32_t)AS_INT(tuple->items[i]);
    self->index = (int)number_int_of(tuple->items[MT_N]);
    self->gauss_next = IS_FLOAT(gauss_next) ? gauss_next : NONE_VALUE;
    *result = NONE_VALUE;
    return true;
}

/* ---- The type and the module ---- */

static const MethodDef random_methods[] = {
    {"seed", random_seed},
    {"random", random_random},
    {"getrandbits", random_getrandbits},
    {"randbytes", random_randbytes},
    {"randrange", random_randrange},
    {"randint", random_randint},
    {"choice", random_choice},
    {"shuffle", random_shuffle},
    {"sample", random_sample},
    {"choices", random_choices},
    {"uniform", random_uniform},
    {"triangular", random_triangular},
    {"gauss", random_gauss},
    {"normalvariate", random_normalvariate},
    {"lognormvariate", random_lognormvariate},
    {"expovariate", random_expovariate},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
    {NULL, NULL},
};

bool random_module_init(Thread *thread, Module *module) {
    if (type_random.dict == NULL) {
        if (!type_ready(thread, &type_random) || !type_add_methods(thread, &type_random, random_methods))
            return false;
    }
    RandomObject *instance = (RandomObject *)object_allocate(thread, &type_random, sizeof(RandomObject));
    if (instance == NULL) return false;
    random_seed_from_os(instance);
    instance->gauss_next = NONE_VALUE;
    Value self = OBJECT_VALUE(instance);
    if (!dict_set_c(thread, module->dict, "Random", OBJECT_VALUE(&type_random)) ||
        !dict_set_c(thread, module->dict, "_inst", self))
        return false;
    for (const MethodDef *def = random_methods; def->name != NULL; def++) {
        NativeFunction *bound = native_new(thread, def->name, def->function, self);
        if (bound == NULL || !dict_set_c(thread, module->dict, def->name, OBJECT_VALUE(bound))) return false;
        bound->module = OBJECT_VALUE(module->name);
    }
    return true;
}
