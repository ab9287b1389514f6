/* mod_time.c: the time module.
 *
 * Clocks (time, monotonic, perf_counter, process_time and their _ns
 * forms) read clock_gettime, or the virtual clock under the deterministic
 * GIL policy (but process_time). sleep is the module's one blocking call.
 * localtime and gmtime return a struct_time: a tuple subclass of 9 items
 * whose fields are also attributes (tm_year...), carrying tm_zone and
 * tm_gmtoff as two hidden slots after the 9 items, as CPython's. strftime,
 * asctime, ctime and mktime take a struct_time or any 9-tuple back. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "gil.h"
#include "modules.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

#define STRUCT_TIME_FIELDS 9 /* the tuple's visible items */
#define STRUCT_TIME_SLOTS 11 /* plus tm_zone and tm_gmtoff */

static void struct_time_trace(Object *object, GcTracer *tracer);
static bool struct_time_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_struct_time = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "time.struct_time",
    .base = &type_tuple,
    .instance_size = sizeof(Tuple) + STRUCT_TIME_SLOTS * sizeof(Value),
    .flags = 0,
    .trace = struct_time_trace,
    .new_instance = struct_time_new, /* time.struct_time(sequence) */
};

static void struct_time_trace(Object *object, GcTracer *tracer) {
    gc_mark_values(tracer, ((Tuple *)object)->items, STRUCT_TIME_SLOTS);
}

/* ---- Clocks ---- */

/* A clock's reading: the virtual clock's under the deterministic GIL
 * policy (gil.h), but for the process's CPU time. */
static struct timespec time_read(clockid_t clock) {
    struct timespec now;
    int64_t virtual_ns;
    if (clock != CLOCK_PROCESS_CPUTIME_ID && gil_virtual_time_ns(clock == CLOCK_REALTIME, &virtual_ns)) {
        now.tv_sec = (time_t)(virtual_ns / 1000000000);
        now.tv_nsec = (long)(virtual_ns % 1000000000);
        return now;
    }
    clock_gettime(clock, &now);
    return now;
}

static double time_seconds(clockid_t clock) {
    struct timespec now = time_read(clock);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

static int64_t time_nanoseconds(clockid_t clock) {
    struct timespec now = time_read(clock);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

/* The shared body of the clock functions, which take no arguments. */
static bool time_clock(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name, clockid_t clock,
                       bool nanoseconds, Value *result) {
    ArgSpec spec = {name, ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = nanoseconds ? INT_VALUE(time_nanoseconds(clock)) : FLOAT_VALUE(time_seconds(clock));
    return true;
}

#define TIME_CLOCK(pyname, clock, nanoseconds)                                                           \
    static bool time_##pyname(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {    \
        return time_clock(thread, argc, argv, kwnames, #pyname, clock, nanoseconds, result);            \
    }
TIME_CLOCK(time, CLOCK_REALTIME, false)
TIME_CLOCK(time_ns, CLOCK_REALTIME, true)
TIME_CLOCK(monotonic, CLOCK_MONOTONIC, false)
TIME_CLOCK(monotonic_ns, CLOCK_MONOTONIC, true)
TIME_CLOCK(perf_counter, CLOCK_MONOTONIC, false)
TIME_CLOCK(perf_counter_ns, CLOCK_MONOTONIC, true)
TIME_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID, false)
TIME_CLOCK(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)
#undef TIME_CLOCK

/* ---- sleep ---- */

/* A number of seconds: an int, a float, or __index__ (as CPython's
 * _PyTime_FromSecondsObject, whose message for others is the index one). */
static bool time_seconds_arg(Thread *thread, Value value, double *seconds) {
    if (IS_FLOAT(value)) {
        *seconds = AS_FLOAT(value);
        if (isnan(*seconds)) return error_set(thread, &type_ValueError, "Invalid value NaN (not a number)");
        return true;
    }
    int64_t whole;
    if (!value_as_index(thread, value, &whole)) return false;
    *seconds = (double)whole;
    return true;
}

static bool time_sleep(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"time.sleep", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    double seconds;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !time_seconds_arg(thread, arg, &seconds))
        return false;
    if (seconds < 0) return error_set(thread, &type_ValueError, "sleep length must be non-negative");
    if (seconds > 9.2e9) return error_set(thread, &type_OverflowError, "sleep length is too large");
    /* Blocking: the GIL is released while it sleeps; Ctrl-C ends it in the
     * main thread (thread.c). */
    if (!thread_sleep(thread, seconds)) return false;
    *result = NONE_VALUE;
    return true;
}

/* ---- struct_time ---- */

/* A struct_time of the fields of `tm`. */
static bool struct_time_from_tm(Thread *thread, const struct tm *tm, Value *result) {
    Tuple *tuple = (Tuple *)object_allocate(thread, &type_struct_time, type_struct_time.instance_size);
    if (tuple == NULL) return false;
    tuple->count = STRUCT_TIME_FIELDS;
    int64_t fields[STRUCT_TIME_FIELDS] = {
        (int64_t)tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
        (tm->tm_wday + 6) % 7,       tm->tm_yday + 1, tm->tm_isdst,
    };
    for (int i = 0; i < STRUCT_TIME_FIELDS; i++) tuple->items[i] = INT_VALUE(fields[i]);
    Str *zone = tm->tm_zone != NULL ? str_from_c(thread, tm->tm_zone) : NULL;
    if (tm->tm_zone != NULL && zone == NULL) return false;
    tuple->items[9] = zone != NULL ? OBJECT_VALUE(zone) : NONE_VALUE;
    tuple->items[10] = INT_VALUE(tm->tm_gmtoff);
    *result = OBJECT_VALUE(tuple);
    return true;
}

/* struct_time(sequence): 9 items (or 11 with zone and offset). */
static bool struct_time_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"sequence", "dict", NULL};
    static const ArgSpec spec = {"struct_time", ARGS_CLINIC, 1, 2, params, 0, 0, NULL};
    Value args[2];
    Tuple *items;
    if (!builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, args) ||
        !tuple_from_iterable(thread, args[0], &items))
        return false;
    if (items->count < STRUCT_TIME_FIELDS)
        return error_set(thread, &type_TypeError, "time.struct_time() takes an at least 9-sequence (%zu-sequence given)",
                         items->count);
    if (items->count > STRUCT_TIME_SLOTS)
        return error_set(thread, &type_TypeError, "time.struct_time() takes an at most 11-sequence (%zu-sequence given)",
                         items->count);
    Type *type = AS_TYPE(argv[0]);
    Tuple *tuple = (Tuple *)object_allocate(thread, type, type_struct_time.instance_size);
    if (tuple == NULL) return false;
    tuple->count = STRUCT_TIME_FIELDS;
    for (size_t i = 0; i < STRUCT_TIME_SLOTS; i++) tuple->items[i] = i < items->count ? items->items[i] : NONE_VALUE;
    *result = OBJECT_VALUE(tuple);
    return true;
}

static const char *const struct_time_names[STRUCT_TIME_SLOTS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
    "tm_gmtoff",
};

#define STRUCT_TIME_GETTER(index)                                                       \
    static bool struct_time_get_##index(Thread *thread, Value self, Value *result) {   \
        (void)thread;                                                                   \
        *result = AS_TUPLE(self)->items[index];                                         \
        return true;                                                                    \
    }
STRUCT_TIME_GETTER(0)
STRUCT_TIME_GETTER(1)
STRUCT_TIME_GETTER(2)
STRUCT_TIME_GETTER(3)
STRUCT_TIME_GETTER(4)
STRUCT_TIME_GETTER(5)
STRUCT_TIME_GETTER(6)
STRUCT_TIME_GETTER(7)
STRUCT_TIME_GETTER(8)
STRUCT_TIME_GETTER(9)
STRUCT_TIME_GETTER(10)
#undef STRUCT_TIME_GETTER

static const GetSetDef struct_time_getsets[] = {
    {"tm_year", struct_time_get_0, NULL}, {"tm_mon", struct_time_get_1, NULL},   {"tm_mday", struct_time_get_2, NULL},
    {"tm_hour", struct_time_get_3, NULL}, {"tm_min", struct_time_get_4, NULL},   {"tm_sec", struct_time_get_5, NULL},
    {"tm_wday", struct_time_get_6, NULL}, {"tm_yday", struct_time_get_7, NULL},  {"tm_isdst", struct_time_get_8, NULL},
    {"tm_zone", struct_time_get_9, NULL}, {"tm_gmtoff", struct_time_get_10, NULL}, {NULL, NULL, NULL},
};

/* time.struct_time(tm_year=2024, tm_mon=1, ...) */
static bool struct_time_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (argc != 1 || !value_is_instance(argv[0], &type_struct_time))
        return error_set(thread, &type_TypeError, "descriptor '__repr__' requires a 'time.struct_time' object");
    Tuple *tuple = AS_TUPLE(argv[0]);
    StringBuilder builder;
    builder_init(&builder);
    builder_append_c(&builder, "time.struct_time(");
    for (int i = 0; i < STRUCT_TIME_FIELDS; i++) {
        Str *shown;
        if (!object_repr(thread, tuple->items[i], &shown)) {
            builder_free(&builder);
            return false;
        }
        builder_printf(&builder, "%s%s=%s", i > 0 ? ", " : "", struct_time_names[i], shown->chars);
    }
    builder_append_char(&builder, ')');
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static const MethodDef struct_time_methods[] = {
    {"__repr__", struct_time_repr},
    {NULL, NULL},
};

/* ---- Converting between seconds, struct tm and struct_time ---- */

/* The seconds argument of localtime/gmtime/ctime: now when absent or
 * None, else an int or a float floored to a whole second. */
static bool time_timestamp_arg(Thread *thread, Value value, time_t *out) {
    if (IS_EMPTY(value) || IS_NONE(value)) {
        *out = time(NULL);
        return true;
    }
    double seconds;
    if (!time_seconds_arg(thread, value, &seconds)) return false;
    seconds = floor(seconds);
    if (!(seconds >= -9.2e18 && seconds <= 9.2e18))
        return error_set(thread, &type_OverflowError, "timestamp out of range for platform time_t");
    *out = (time_t)seconds;
    return true;
}

/* gmtime/localtime: `local` picks the conversion. */
static bool time_convert(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name, bool local,
                         Value *result) {
    ArgSpec spec = {name, ARGS_EXPECTED, 0, 1, NULL, 0, 0, NULL};
    Value arg;
    time_t seconds;
    struct tm tm;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !time_timestamp_arg(thread, arg, &seconds))
        return false;
    if ((local ? localtime_r(&seconds, &tm) : gmtime_r(&seconds, &tm)) == NULL)
        return error_set(thread, &type_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(thread, &tm, result);
}

static bool time_gmtime(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return time_convert(thread, argc, argv, kwnames, "gmtime", false, result);
}

static bool time_localtime(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return time_convert(thread, argc, argv, kwnames, "localtime", true, result);
}

/* A struct tm from a struct_time or a 9-tuple (CPython's gettmarg);
 * `function` names the caller in the "illegal time tuple" message. */
static bool time_tm_arg(Thread *thread, Value value, const char *function, struct tm *tm) {
    if (!value_is_instance(value, &type_tuple))
        return error_set(thread, &type_TypeError, "Tuple or struct_time argument required");
    Tuple *tuple = AS_TUPLE(value);
    if (tuple->count != STRUCT_TIME_FIELDS)
        return error_set(thread, &type_TypeError, "%s(): illegal time tuple argument", function);
    int64_t fields[STRUCT_TIME_FIELDS];
    for (int i = 0; i < STRUCT_TIME_FIELDS; i++) {
        if (IS_FLOAT(tuple->items[i]))
            return error_set(thread, &type_TypeError, "'float' object cannot be interpreted as an integer");
        if (!value_as_index(thread, tuple->items[i], &fields[i])) return false;
        if (fields[i] < -2147483647 || fields[i] > 2147483647)
            return error_set(thread, &type_OverflowError, "Python int too large to convert to C int");
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(fields[0] - 1900);
    tm->tm_mon = (int)fields[1] - 1;
    tm->tm_mday = (int)fields[2];
    tm->tm_hour = (int)fields[3];
    tm->tm_min = (int)fields[4];
    tm->tm_sec = (int)fields[5];
    tm->tm_wday = (int)((fields[6] + 1) % 7);
    tm->tm_yday = (int)fields[7] - 1;
    tm->tm_isdst = (int)fields[8];
    if (value_is_instance(value, &type_struct_time)) {
        Value zone = tuple->items[9], offset = tuple->items[10];
        if (IS_STR(zone)) tm->tm_zone = AS_STR(zone)->chars;
        if (IS_INT(offset)) tm->tm_gmtoff = AS_INT(offset);
    }
    return true;
}

/* CPython's checktm after its 0-to-1 adjustments for strftime/asctime. */
static bool time_check_tm(Thread *thread, struct tm *tm) {
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    if (tm->tm_wday < 0) tm->tm_wday += 7;
    const char *problem = tm->tm_mon < 0 || tm->tm_mon > 11 ? "month out of range"
                          : tm->tm_mday < 0 || tm->tm_mday > 31 ? "day of month out of range"
                          : tm->tm_hour < 0 || tm->tm_hour > 23 ? "hour out of range"
                          : tm->tm_min < 0 || tm->tm_min > 59 ? "minute out of range"
                          : tm->tm_sec < 0 || tm->tm_sec > 61 ? "seconds out of range"
                          : tm->tm_yday < 0 || tm->tm_yday > 365 ? "day of year out of range"
                                                                 : NULL;
    return problem == NULL || error_set(thread, &type_ValueError, "%s", problem);
}

/* The struct tm of an optional time-tuple argument: now, local, when absent. */
static bool time_tm_or_now(Thread *thread, Value value, const char *function, struct tm *tm) {
    if (IS_EMPTY(value)) {
        time_t now = time(NULL);
        localtime_r(&now, tm);
        return true;
    }
    return time_tm_arg(thread, value, function, tm) && time_check_tm(thread, tm);
}

/* strftime(format[, t]) */
static bool time_strftime(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"strftime", ARGS_EXPECTED, 1, 2, NULL, 0, 0, NULL};
    Value args[2];
    struct tm tm;
    if (kwnames == NULL && argc == 0)
        return error_set(thread, &type_TypeError, "strftime() takes at least 1 argument (0 given)");
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (!IS_STR(args[0]))
        return error_set(thread, &type_TypeError, "strftime() argument 1 must be str, not %s",
                         value_type_name(args[0]));
    if (!time_tm_or_now(thread, args[1], "strftime", &tm)) return false;
    const Str *format = AS_STR(args[0]);
    if (format->length == 0) {
        *result = args[0];
        return true;
    }
    /* C's strftime cannot tell an empty result from a short buffer: grow
     * until the output is clearly not cut short, as CPython does. */
    for (size_t capacity = 1024; capacity <= 256 * format->length + 1024; capacity *= 2) {
        char *buffer = malloc(capacity);
        if (buffer == NULL) return error_no_memory(thread);
        size_t length = strftime(buffer, capacity, format->chars, &tm);
        if (length > 0 || capacity >= 256 * format->length) {
            Str *text = str_new(thread, buffer, length);
            free(buffer);
            if (text == NULL) return false;
            *result = OBJECT_VALUE(text);
            return true;
        }
        free(buffer);
    }
    *result = OBJECT_VALUE(str_from_c(thread, ""));
    return !IS_EMPTY(*result);
}

/* "Sun Jun 20 23:21:05 1993", as asctime and ctime write it. */
static bool time_asctime_text(Thread *thread, const struct tm *tm, Value *result) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    Str *text = str_printf(thread, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm->tm_wday % 7], months[tm->tm_mon % 12],
                           tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool time_asctime(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"asctime", ARGS_EXPECTED, 0, 1, NULL, 0, 0, NULL};
    Value arg;
    struct tm tm;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) ||
        !time_tm_or_now(thread, arg, "asctime", &tm))
        return false;
    return time_asctime_text(thread, &tm, result);
}

static bool time_ctime(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"ctime", ARGS_EXPECTED, 0, 1, NULL, 0, 0, NULL};
    Value arg;
    time_t seconds;
    struct tm tm;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !time_timestamp_arg(thread, arg, &seconds))
        return false;
    if (localtime_r(&seconds, &tm) == NULL)
        return error_set(thread, &type_OverflowError, "timestamp out of range for platform time_t");
    return time_asctime_text(thread, &tm, result);
}

/* mktime(t): local time tuple -> seconds since the epoch, as a float. */
static bool time_mktime(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"mktime", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    struct tm tm;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !time_tm_arg(thread, arg, "mktime", &tm))
        return false;
    tm.tm_wday = -1; /* mktime leaves it alone on failure */
    time_t seconds = mktime(&tm);
    if (seconds == (time_t)-1 && tm.tm_wday == -1)
        return error_set(thread, &type_OverflowError, "mktime argument out of range");
    *result = FLOAT_VALUE((double)seconds);
    return true;
}

/* ---- The module ---- */

static const MethodDef time_functions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"sleep", time_sleep},
    {"gmtime", time_gmtime},
    {"localtime", time_localtime},
    {"strftime", time_strftime},
    {"asctime", time_asctime},
    {"ctime", time_ctime},
    {"mktime", time_mktime},
    {NULL, NULL},
};

/* timezone, altzone, daylight and tzname from the C library's tzset. */
static bool time_add_zone(Thread *thread, Dict *dict) {
    tzset();
    Str *standard = str_from_c(thread, tzname[0]), *summer = str_from_c(thread, tzname[1]);
    Tuple *names = tuple_new(thread, 2);
    if (standard == NULL || summer == NULL || names == NULL) return false;
    names->items[0] = OBJECT_VALUE(standard);
    names->items[1] = OBJECT_VALUE(summer);
    return dict_set_c(thread, dict, "timezone", INT_VALUE(timezone)) &&
           dict_set_c(thread, dict, "altzone", INT_VALUE(daylight ? timezone - 3600 : timezone)) &&
           dict_set_c(thread, dict, "daylight", INT_VALUE(daylight)) &&
           dict_set_c(thread, dict, "tzname", OBJECT_VALUE(names));
}

bool time_module_init(Thread *thread, Module *module) {
    if (type_struct_time.dict == NULL) {
        if (!type_ready(thread, &type_struct_time) || !type_add_methods(thread, &type_struct_time, struct_time_methods) ||
            !type_add_getsets(thread, &type_struct_time, struct_time_getsets) ||
            !dict_set_c(thread, type_struct_time.dict, "n_fields", INT_VALUE(STRUCT_TIME_SLOTS)) ||
            !dict_set_c(thread, type_struct_time.dict, "n_sequence_fields", INT_VALUE(STRUCT_TIME_FIELDS)))
            return false;
    }
    return dict_add_natives(thread, module->dict, time_functions, OBJECT_VALUE(module->name)) &&
           dict_set_c(thread, module->dict, "struct_time", OBJECT_VALUE(&type_struct_time)) &&
           time_add_zone(thread, module->dict);
}
