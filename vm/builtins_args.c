/* builtins_args.c: the one argument parser shared by every native of the
 * builtins, sys and io.
 *
 * CPython's builtins do not all complain the same way about their arguments:
 * METH_O functions say "takes exactly one argument", the unpack-tuple ones
 * say "expected at most 2 arguments, got 3", the Argument Clinic ones say
 * "takes at most 2 arguments (3 given)" and "missing required argument".
 * An ArgSpec (builtins.h) names the family and the parameters; this file
 * produces the matching message, so no native open-codes its checks. */
#include "builtins.h"

#include <string.h>

#include "error.h"
#include "exception.h"
#include "str.h"
#include "tuple.h"

static const char *plural(int count) { return count == 1 ? "" : "s"; }

static int param_count(const ArgSpec *spec) {
    int count = 0;
    if (spec->params != NULL)
        while (spec->params[count] != NULL) count++;
    return count;
}

/* How many params may be filled by position (the rest are keyword-only). */
static int positional_param_count(const ArgSpec *spec) {
    if (spec->max_args < 0) return 0;
    int count = param_count(spec);
    return spec->max_args < count ? spec->max_args : count;
}

static bool no_keywords(Thread *thread, const ArgSpec *spec) {
    return error_set(thread, &type_TypeError, "%s() takes no keyword arguments", spec->name);
}

/* "getattr expected at least 2 arguments, got 1" and its two siblings. */
static bool check_expected_count(Thread *thread, const ArgSpec *spec, int argc) {
    bool too_few = argc < spec->min_args;
    bool too_many = spec->max_args >= 0 && argc > spec->max_args;
    if (!too_few && !too_many) return true;
    int bound = too_few ? spec->min_args : spec->max_args;
    const char *qualifier = spec->min_args == spec->max_args ? "" : too_few ? "at least " : "at most ";
    return error_set(thread, &type_TypeError, "%s expected %s%d argument%s, got %d", spec->name, qualifier, bound,
                     plural(bound), argc);
}

/* The Argument Clinic's total-count check ("takes at most 3 arguments"). */
static bool check_clinic_count(Thread *thread, const ArgSpec *spec, int argc, int keyword_count) {
    if (spec->max_args < 0) return true;
    int total = param_count(spec);
    if (argc + keyword_count <= total) return true;
    return error_set(thread, &type_TypeError, "%s() takes at most %d %sargument%s (%d given)", spec->name, total,
                     argc == 0 ? "keyword " : "", plural(total), argc + keyword_count);
}

static int find_param(const ArgSpec *spec, const Str *keyword) {
    for (int i = spec->positional_only; spec->params[i] != NULL; i++)
        if (strcmp(spec->params[i], keyword->chars) == 0) return i;
    return -1;
}

/* Store each keyword argument in its parameter's slot. */
static bool bind_keywords(Thread *thread, const ArgSpec *spec, int argc, Value *argv, Tuple *kwnames, Value *out) {
    const char *owner = spec->keyword_owner != NULL ? spec->keyword_owner : spec->name;
    int count = kwnames == NULL ? 0 : (int)kwnames->count;
    if (spec->keyword_limit > 0 && count > spec->keyword_limit)
        return error_set(thread, &type_TypeError, "%s() takes at most %d keyword argument%s (%d given)", owner,
                         spec->keyword_limit, plural(spec->keyword_limit), count);
    int positional = spec->max_args < 0 ? 0 : argc;
    for (int k = 0; k < count; k++) {
        Str *keyword = (Str *)AS_OBJECT(kwnames->items[k]);
        int index = find_param(spec, keyword);
        if (index < 0)
            return error_set(thread, &type_TypeError, "'%s' is an invalid keyword argument for %s()", keyword->chars,
                             owner);
        if (index < positional)
            return error_set(thread, &type_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                             owner, keyword->chars, index + 1);
        out[index] = argv[argc + k];
    }
    return true;
}

/* The Argument Clinic's checks for required parameters not given. */
static bool check_clinic_required(Thread *thread, const ArgSpec *spec, int argc, Value *out) {
    for (int i = argc; i < spec->min_args; i++) {
        if (!IS_EMPTY(out[i])) continue;
        if (i < spec->positional_only)
            return error_set(thread, &type_TypeError, "%s() takes at least %d positional argument%s (%d given)",
                             spec->name, spec->positional_only, plural(spec->positional_only), argc);
        return error_set(thread, &type_TypeError, "%s() missing required argument '%s' (pos %d)", spec->name,
                         spec->params[i], i + 1);
    }
    return true;
}

bool builtins_parse_args(Thread *thread, const ArgSpec *spec, int argc, Value *argv, Tuple *kwnames, Value *out) {
    int keyword_count = kwnames == NULL ? 0 : (int)kwnames->count;
    switch (spec->style) {
    case ARGS_EXACTLY_ONE:
        if (keyword_count > 0) return no_keywords(thread, spec);
        if (argc != 1)
            return error_set(thread, &type_TypeError, "%s() takes exactly one argument (%d given)", spec->name, argc);
        out[0] = argv[0];
        return true;
    case ARGS_NONE:
        if (keyword_count > 0) return no_keywords(thread, spec);
        if (argc != 0)
            return error_set(thread, &type_TypeError, "%s() takes no arguments (%d given)", spec->name, argc);
        return true;
    case ARGS_EXPECTED:
        if (keyword_count > 0 && spec->params == NULL) return no_keywords(thread, spec);
        if (!check_expected_count(thread, spec, argc)) return false;
        break;
    case ARGS_CLINIC:
        if (keyword_count > 0 && spec->params == NULL) return no_keywords(thread, spec);
        if (!check_clinic_count(thread, spec, argc, keyword_count)) return false;
        break;
    }
    int slots = spec->params != NULL ? param_count(spec) : (spec->max_args < 0 ? 0 : spec->max_args);
    for (int i = 0; i < slots; i++) out[i] = EMPTY_VALUE;
    int positional = spec->params != NULL ? positional_param_count(spec) : slots;
    for (int i = 0; i < argc && i < positional; i++) out[i] = argv[i];
    if (keyword_count > 0 && !bind_keywords(thread, spec, argc, argv, kwnames, out)) return false;
    if (spec->style == ARGS_CLINIC) return check_clinic_required(thread, spec, argc, out);
    return true;
}
