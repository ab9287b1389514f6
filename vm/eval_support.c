/* eval_support.c: the dispatch loop's slow paths that belong to no type.
 *
 * eval.c stays a lean loop: whatever an instruction does beyond its fast
 * path, when it is not the business of a type's own file, lives here as a
 * named function (unpacking, raising, exception matching, `with`, building
 * calls from *args and **kwargs, f-string pieces, MAKE_FUNCTION, the REPL echo,
 * and the NameError family). Each returns false with an exception set. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval_call.h"
#include "eval_support.h"
#include "exception.h"
#include "gc.h"
#include "list.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Names ---- */

bool eval_load_global(Thread *thread, Frame *frame, uint32_t index, Value *value) {
    Code *code = frame->code;
    Str *name = AS_STR(code->names->items[index]);
    Dict *builtins = NULL;
    *value = dict_get_str(frame->globals, name);
    if (IS_EMPTY(*value)) {
        builtins = frame->builtins;
        *value = dict_get_str(builtins, name);
        if (IS_EMPTY(*value)) return eval_name_error(thread, name);
    }
    GlobalCacheEntry *cache = code_global_cache(thread, code);
    if (cache == NULL) return false;
    cache[index] = (GlobalCacheEntry){frame->globals, frame->globals->version, builtins,
                                      builtins != NULL ? builtins->version : 0, *value};
    return true;
}

bool eval_name_error(Thread *thread, Str *name) {
    return error_set(thread, &type_NameError, "name '%s' is not defined", name->chars);
}

bool eval_unbound_local(Thread *thread, Code *code, int index) {
    return error_set(thread, &type_UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value",
                     AS_STR(code->local_names->items[index])->chars);
}

/* LOAD_DEREF on an empty cell: a cell of this frame is an unbound local, a
 * free variable an unbound one of an enclosing scope. */
bool eval_unbound_deref(Thread *thread, Code *code, int index) {
    if (index < code->cell_count)
        return error_set(thread, &type_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a value",
                         AS_STR(code->cell_names->items[index])->chars);
    return error_set(thread, &type_NameError,
                     "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                     AS_STR(code->free_names->items[index - code->cell_count])->chars);
}

Str *eval_deref_name(Code *code, int index) {
    if (index < code->cell_count) return AS_STR(code->cell_names->items[index]);
    return AS_STR(code->free_names->items[index - code->cell_count]);
}

/* ---- Unpacking ---- */

/* True if `value` can be iterated (for the "non-iterable" messages). */
static bool eval_is_iterable(Thread *thread, Value value) {
    Type *type = value_type(value);
    return !IS_EMPTY(type_lookup(type, thread->runtime->names.iter)) ||
           !IS_EMPTY(type_lookup(type, thread->runtime->names.getitem));
}

/* Collect up to `limit` items of `sequence` (all when limit < 0) in a new
 * list, so a too-long or endless iterator is not drained. */
static bool eval_collect(Thread *thread, Value sequence, int64_t limit, List **out) {
    if (value_is_exact(sequence, &type_tuple) || value_is_exact(sequence, &type_list)) {
        bool is_tuple = value_is_exact(sequence, &type_tuple);
        size_t count = is_tuple ? AS_TUPLE(sequence)->count : AS_LIST(sequence)->count;
        Value *items = is_tuple ? AS_TUPLE(sequence)->items : AS_LIST(sequence)->items;
        if (limit >= 0 && count > (size_t)limit) count = (size_t)limit;
        *out = list_from_array(thread, items, count);
        return *out != NULL;
    }
    Value iterator;
    if (!object_get_iter(thread, sequence, &iterator)) {
        if (error_matches(thread, &type_TypeError) && !eval_is_iterable(thread, sequence)) {
            error_clear(thread);
            error_set(thread, &type_TypeError, "cannot unpack non-iterable %s object", value_type_name(sequence));
        }
        return false;
    }
    List *list = list_new(thread, 8);
    if (list == NULL || !gc_push_root(thread, iterator)) return false;
    if (!gc_push_root(thread, OBJECT_VALUE(list))) {
        gc_pop_roots(thread, 1);
        return false;
    }
    bool ok = true;
    while (limit < 0 || (int64_t)list->count < limit) {
        Value item;
        if (!(ok = object_iter_next(thread, iterator, &item)) || IS_EMPTY(item)) break;
        if (!(ok = list_append(thread, list, item))) break;
    }
    gc_pop_roots(thread, 2);
    *out = list;
    return ok;
}

bool eval_unpack_sequence(Thread *thread, Value sequence, int count, Value *out) {
    if (!gc_push_root(thread, sequence)) return false;
    List *list = NULL;
    bool ok = eval_collect(thread, sequence, (int64_t)count + 1, &list);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    if (list->count > (size_t)count)
        return error_set(thread, &type_ValueError, "too many values to unpack (expected %d)", count);
    if (list->count < (size_t)count)
        return error_set(thread, &type_ValueError, "not enough values to unpack (expected %d, got %zu)", count,
                         list->count);
    for (int i = 0; i < count; i++) out[count - 1 - i] = list->items[i];
    return true;
}

bool eval_unpack_ex(Thread *thread, Value sequence, int before, int after, Value *out) {
    if (!gc_push_root(thread, sequence)) return false;
    List *list = NULL;
    bool ok = eval_collect(thread, sequence, -1, &list);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    size_t total = list->count;
    if (total < (size_t)(before + after))
        return error_set(thread, &type_ValueError, "not enough values to unpack (expected at least %d, got %zu)",
                         before + after, total);
    /* Stack, bottom to top: after items (last first), the starred list,
     * before items (first on top). */
    Value *slot = out;
    for (int i = after - 1; i >= 0; i--) *slot++ = list->items[total - after + (size_t)i];
    List *middle = list_from_array(thread, list->items + before, total - (size_t)before - (size_t)after);
    if (middle == NULL) return false;
    *slot++ = OBJECT_VALUE(middle);
    for (int i = before - 1; i >= 0; i--) *slot++ = list->items[i];
    return true;
}

/* ---- Exceptions ---- */

/* Set the implicit __context__ of a new exception to the one being handled,
 * without making a cycle, when nothing set it before. */
void eval_set_context(Thread *thread) {
    Value exception = thread->exception, handled = thread->handled_exception;
    if (!IS_EXCEPTION(exception) || !IS_EXCEPTION(handled) || value_is(exception, handled)) return;
    ExceptionObject *raised = AS_EXCEPTION(exception);
    if (!IS_NONE(raised->context) && !IS_EMPTY(raised->context)) return;
    for (Value link = handled; IS_EXCEPTION(link); link = AS_EXCEPTION(link)->context) {
        if (value_is(AS_EXCEPTION(link)->context, exception)) {
            AS_EXCEPTION(link)->context = NONE_VALUE;
            break;
        }
    }
    raised->context = handled;
}

/* `raise cause`'s operand as an exception instance (None stays None). */
static bool eval_make_cause(Thread *thread, Value cause, Value *out) {
    if (IS_NONE(cause) || IS_EXCEPTION(cause)) {
        *out = cause;
        return true;
    }
    if (IS_TYPE(cause) && (AS_TYPE(cause)->flags & TYPE_EXCEPTION)) {
        if (!eval_call(thread, cause, 0, NULL, NULL, out)) return false;
        if (IS_EXCEPTION(*out)) return true;
        return error_set(thread, &type_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                         type_name(AS_TYPE(cause)), value_type_name(*out));
    }
    return error_set(thread, &type_TypeError, "exception causes must derive from BaseException");
}

bool eval_raise(Thread *thread, Value exception, Value cause) {
    Value cause_value = NONE_VALUE;
    bool has_cause = !IS_EMPTY(cause);
    if (has_cause) {
        if (!gc_push_root(thread, exception)) return false;
        bool ok = eval_make_cause(thread, cause, &cause_value);
        gc_pop_roots(thread, 1);
        if (!ok) return false;
    }
    bool valid = IS_EXCEPTION(exception) || (IS_TYPE(exception) && (AS_TYPE(exception)->flags & TYPE_EXCEPTION));
    if (has_cause && !gc_push_root(thread, cause_value)) return false;
    error_raise(thread, exception);
    if (has_cause) gc_pop_roots(thread, 1);
    Value raised = thread->exception;
    bool is_ours = IS_EXCEPTION(exception) ? value_is(raised, exception)
                                           : valid && value_is_instance(raised, AS_TYPE(exception));
    if (has_cause && is_ours) {
        AS_EXCEPTION(raised)->cause = cause_value;
        AS_EXCEPTION(raised)->suppress_context = true;
    }
    return false;
}

bool eval_reraise_handled(Thread *thread) {
    Value handled = thread->handled_exception;
    if (!IS_EXCEPTION(handled)) return error_set(thread, &type_RuntimeError, "No active exception to reraise");
    return error_set_object(thread, handled);
}

/* One class of an `except` clause must derive from BaseException. */
static bool eval_is_exception_class(Value value) {
    return IS_TYPE(value) && (AS_TYPE(value)->flags & TYPE_EXCEPTION);
}

bool eval_exception_matches(Thread *thread, Value exception, Value classes, bool *match) {
    if (value_is_exact(classes, &type_tuple)) {
        Tuple *tuple = AS_TUPLE(classes);
        for (size_t i = 0; i < tuple->count; i++)
            if (!eval_is_exception_class(tuple->items[i])) goto bad_class;
    } else if (!eval_is_exception_class(classes)) {
        goto bad_class;
    }
    return object_isinstance(thread, exception, classes, match);
bad_class:
    return error_set(thread, &type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

/* ---- with ---- */

/* Call a special method found on the type with `self` first. */
bool eval_call_special(Thread *thread, Value descriptor, Value self, int argc, Value *argv, Value *result) {
    if (value_is_exact(descriptor, &type_function) || value_is_exact(descriptor, &type_method_descriptor)) {
        Value small[8];
        if (argc + 1 > 8) return error_set(thread, &type_SystemError, "too many arguments for a special method");
        small[0] = self;
        for (int i = 0; i < argc; i++) small[i + 1] = argv[i];
        return eval_call(thread, descriptor, argc + 1, small, NULL, result);
    }
    Value bound;
    if (!function_bind(thread, descriptor, self, &bound)) return false;
    if (!gc_push_root(thread, bound)) return false;
    bool ok = eval_call(thread, bound, argc, argv, NULL, result);
    gc_pop_roots(thread, 1);
    return ok;
}

bool eval_before_with(Thread *thread, Value manager, Value *exit, Value *enter) {
    Type *type = value_type(manager);
    *enter = type_lookup(type, thread->runtime->names.enter);
    if (IS_EMPTY(*enter))
        return error_set(thread, &type_TypeError, "'%s' object does not support the context manager protocol",
                         type_name(type));
    Value exit_descriptor = type_lookup(type, thread->runtime->names.exit);
    if (IS_EMPTY(exit_descriptor))
        return error_set(thread, &type_TypeError,
                         "'%s' object does not support the context manager protocol (missed __exit__ method)",
                         type_name(type));
    return function_bind(thread, exit_descriptor, manager, exit);
}

/* ---- Building calls and containers ---- */

/* A mapping for ** and {**x}: a dict, or anything with keys(). */
static bool eval_is_mapping(Thread *thread, Value value, bool *result) {
    if (value_is_instance(value, &type_dict)) {
        *result = true;
        return true;
    }
    Value keys = EMPTY_VALUE;
    if (!object_getattr_optional(thread, value, str_intern_c(thread, "keys"), &keys)) return false;
    *result = !IS_EMPTY(keys);
    return true;
}

bool eval_dict_update(Thread *thread, Dict *dict, Value mapping) {
    bool is_mapping;
    if (!eval_is_mapping(thread, mapping, &is_mapping)) return false;
    if (!is_mapping) return error_set(thread, &type_TypeError, "'%s' object is not a mapping", value_type_name(mapping));
    return dict_update(thread, dict, mapping);
}

bool eval_dict_merge(Thread *thread, Dict *dict, Value mapping, Value callable) {
    char name[160];
    bool is_mapping;
    if (!eval_is_mapping(thread, mapping, &is_mapping)) return false;
    if (!is_mapping)
        return error_set(thread, &type_TypeError, "%s argument after ** must be a mapping, not %s",
                         function_display_name(callable, name, sizeof name), value_type_name(mapping));
    Dict *source = value_is_exact(mapping, &type_dict) ? AS_DICT(mapping) : dict_new(thread);
    if (source == NULL) return false;
    if (!gc_push_root(thread, OBJECT_VALUE(source))) return false;
    bool ok = value_is_exact(mapping, &type_dict) || dict_update(thread, source, mapping);
    size_t position = 0;
    Value key, value;
    while (ok && dict_next(source, &position, &key, &value)) {
        if (!IS_STR(key)) {
            ok = error_set(thread, &type_TypeError, "keywords must be strings");
            break;
        }
        if (!IS_EMPTY(dict_get_str(dict, AS_STR(key)))) {
            ok = error_set(thread, &type_TypeError, "%s got multiple values for keyword argument '%s'",
                           function_display_name(callable, name, sizeof name), AS_STR(key)->chars);
            break;
        }
        ok = dict_set(thread, dict, key, value);
    }
    gc_pop_roots(thread, 1);
    return ok;
}

bool eval_list_extend(Thread *thread, List *list, Value iterable) {
    if (list_extend(thread, list, iterable)) return true;
    if (error_matches(thread, &type_TypeError) && !eval_is_iterable(thread, iterable)) {
        error_clear(thread);
        error_set(thread, &type_TypeError, "Value after * must be an iterable, not %s", value_type_name(iterable));
    }
    return false;
}

/* The positional part of CALL_FUNCTION_EX as a tuple. */
static bool eval_star_args(Thread *thread, Value callable, Value args, Tuple **out) {
    if (value_is_exact(args, &type_tuple)) {
        *out = AS_TUPLE(args);
        return true;
    }
    List *list = list_new(thread, 0);
    if (list == NULL || !gc_push_root(thread, OBJECT_VALUE(list))) return false;
    bool ok = list_extend(thread, list, args);
    gc_pop_roots(thread, 1);
    if (!ok) {
        if (error_matches(thread, &type_TypeError) && !eval_is_iterable(thread, args)) {
            char name[160];
            error_clear(thread);
            error_set(thread, &type_TypeError, "%s argument after * must be an iterable, not %s",
                      function_display_name(callable, name, sizeof name), value_type_name(args));
        }
        return false;
    }
    *out = tuple_from_array(thread, list->items, list->count);
    return *out != NULL;
}

bool eval_prepare_call_ex(Thread *thread, Value callable, Value *args_slot, Value kwargs, EvalCallArgs *call) {
    call->argv = NULL;
    call->kwnames = NULL;
    Tuple *args;
    if (!eval_star_args(thread, callable, *args_slot, &args)) return false;
    *args_slot = OBJECT_VALUE(args); /* keep the tuple on the value stack */
    Dict *dict = NULL;
    if (!IS_EMPTY(kwargs) && !IS_NONE(kwargs)) {
        if (!value_is_exact(kwargs, &type_dict))
            return error_set(thread, &type_TypeError, "argument after ** must be a dict");
        dict = AS_DICT(kwargs);
    }
    size_t keyword_count = dict != NULL ? dict->count : 0;
    call->argc = (int)args->count;
    call->argv = malloc(sizeof(Value) * (args->count + keyword_count + 1));
    if (call->argv == NULL) return error_no_memory(thread);
    memcpy(call->argv, args->items, sizeof(Value) * args->count);
    if (keyword_count == 0) return true;
    if ((call->kwnames = tuple_new(thread, keyword_count)) == NULL) return false;
    size_t position = 0, index = 0;
    Value key, value;
    while (dict_next(dict, &position, &key, &value)) {
        if (!IS_STR(key)) return error_set(thread, &type_TypeError, "keywords must be strings");
        call->kwnames->items[index] = key;
        call->argv[args->count + index++] = value;
    }
    return true;
}

/* ---- Strings ---- */

bool eval_format_value(Thread *thread, Value value, int conversion, Value spec, Value *result) {
    Str *converted = NULL;
    if (conversion == 1 || conversion == 2) {
        if (!(conversion == 1 ? object_str(thread, value, &converted) : object_repr(thread, value, &converted)))
            return false;
        value = OBJECT_VALUE(converted);
    } else if (conversion == 3) {
        Value ascii = runtime_builtin(thread, "ascii");
        if (IS_EMPTY(ascii)) return error_set(thread, &type_SystemError, "ascii() is missing");
        if (!eval_call(thread, ascii, 1, &value, NULL, &value)) return false;
    }
    if (IS_EMPTY(spec) && value_is_exact(value, &type_str)) {
        *result = value;
        return true;
    }
    Str *spec_str = IS_EMPTY(spec) ? str_intern_c(thread, "") : AS_STR(spec);
    if (spec_str == NULL || !gc_push_root(thread, value)) return false;
    Str *formatted = NULL;
    bool ok = object_format(thread, value, spec_str, &formatted);
    gc_pop_roots(thread, 1);
    if (ok) *result = OBJECT_VALUE(formatted);
    return ok;
}

bool eval_build_string(Thread *thread, Value *pieces, int count, Value *result) {
    StringBuilder builder;
    builder_init(&builder);
    for (int i = 0; i < count; i++) {
        if (!IS_STR(pieces[i])) {
            builder_free(&builder);
            return error_set(thread, &type_SystemError, "BUILD_STRING got a %s", value_type_name(pieces[i]));
        }
        builder_append_str(&builder, AS_STR(pieces[i]));
    }
    Str *str = builder_finish(thread, &builder);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* ---- Functions, the REPL ---- */

bool eval_make_function(Thread *thread, Code *code, Dict *globals, uint32_t flags, Value *extras, Value *result) {
    Function *function = function_new(thread, code, globals);
    if (function == NULL) return false;
    /* extras, bottom to top: [defaults] [kwdefaults] [annotations] [closure]. */
    int index = 0;
    if (flags & 1) function->defaults = AS_TUPLE(extras[index++]);
    if (flags & 2) function->keyword_defaults = AS_DICT(extras[index++]);
    if (flags & 4) {
        Value annotations = extras[index++];
        if (value_is_exact(annotations, &type_dict)) function->annotations = AS_DICT(annotations);
    }
    if (flags & 8) function->closure = AS_TUPLE(extras[index++]);
    *result = OBJECT_VALUE(function);
    return true;
}

bool eval_print_expr(Thread *thread, Value value) {
    Runtime *runtime = thread->runtime;
    if (runtime->sys_module != NULL) {
        Value hook = dict_get_c(thread, runtime->sys_module->dict, "displayhook");
        if (!IS_EMPTY(hook)) {
            Value ignored;
            return eval_call(thread, hook, 1, &value, NULL, &ignored);
        }
    }
    if (IS_NONE(value)) return true;
    Str *underscore = str_intern_c(thread, "_");
    if (underscore == NULL || !dict_set_str(thread, runtime->builtins, underscore, NONE_VALUE)) return false;
    Str *repr = NULL;
    if (!object_repr(thread, value, &repr)) return false;
    Value print = runtime_builtin(thread, "print");
    if (IS_EMPTY(print)) {
        fputs(repr->chars, stdout);
        fputc('\n', stdout);
    } else {
        Value argument = OBJECT_VALUE(repr), ignored;
        if (!eval_call(thread, print, 1, &argument, NULL, &ignored)) return false;
    }
    return dict_set_str(thread, runtime->builtins, underscore, value);
}

bool eval_not_supported(Thread *thread, const char *feature) {
    return error_set(thread, &type_NotImplementedError, "%s is not supported yet by Baton", feature);
}
