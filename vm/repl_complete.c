/* repl_complete.c: the REPL's tab completion (repl_complete.h), modelled on
 * python3's rlcompleter: keywords and global names for a plain word, an
 * object's attributes after a dot.
 *
 * It runs inside the line editor's callback with the GIL held, and may run
 * Python code (dir(), getattr through __getattr__ and descriptors), so the
 * objects it holds are rooted, and any exception is cleared: a completion
 * that fails simply offers nothing. Matches are copied out as C strings at
 * once, so nothing of the heap is kept between two Tabs. */
#include "repl_complete.h"

#include <ctype.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "lexer.h"
#include "list.h"
#include "ops.h"
#include "str.h"

/* Add `prefix` + `name` + `suffix` to the matches. */
static void complete_add(LineInputMatches *matches, const char *prefix, size_t prefix_length, const char *name,
                         size_t name_length, const char *suffix) {
    size_t suffix_length = strlen(suffix);
    char buffer[512];
    if (prefix_length + name_length + suffix_length >= sizeof buffer) return;
    memcpy(buffer, prefix, prefix_length);
    memcpy(buffer + prefix_length, name, name_length);
    memcpy(buffer + prefix_length + name_length, suffix, suffix_length);
    line_input_add_match(matches, buffer, prefix_length + name_length + suffix_length);
}

static bool complete_starts_with(const char *name, size_t name_length, const char *prefix, size_t prefix_length) {
    return name_length >= prefix_length && memcmp(name, prefix, prefix_length) == 0;
}

static bool complete_already(const LineInputMatches *matches, size_t first, const char *name, size_t length) {
    for (size_t i = first; i < matches->count; i++) {
        const char *match = matches->items[i];
        if (strncmp(match, name, length) == 0 && (match[length] == '\0' || match[length] == '(')) return true;
    }
    return false;
}

/* ---- A plain word: keywords, then __main__'s names, then builtins' ---- */

/* rlcompleter's spelling: `try:` and `finally:`; a space after the others
 * except those that stand alone. */
static const char *complete_keyword_suffix(const char *keyword) {
    if (strcmp(keyword, "try") == 0 || strcmp(keyword, "finally") == 0) return ":";
    static const char *const alone[] = {"False", "None", "True", "break", "continue", "pass", "else", NULL};
    for (int i = 0; alone[i] != NULL; i++)
        if (strcmp(keyword, alone[i]) == 0) return "";
    return " ";
}

static void complete_keywords(const char *word, LineInputMatches *matches) {
#define COMPLETE_KEYWORD_TEXT(name, text) text,
    static const char *const keywords[] = {LEXER_KEYWORDS(COMPLETE_KEYWORD_TEXT) NULL};
#undef COMPLETE_KEYWORD_TEXT
    size_t length = strlen(word);
    for (int i = 0; keywords[i] != NULL; i++) {
        if (strncmp(keywords[i], word, length) != 0) continue;
        complete_add(matches, "", 0, keywords[i], strlen(keywords[i]), complete_keyword_suffix(keywords[i]));
    }
}

static void complete_names_of(Dict *names, const char *word, LineInputMatches *matches, size_t first) {
    size_t length = strlen(word), position = 0;
    Value key, value;
    while (dict_next(names, &position, &key, &value)) {
        if (!IS_STR(key)) continue;
        Str *name = AS_STR(key);
        if (!complete_starts_with(name->chars, name->length, word, length)) continue;
        if (strcmp(name->chars, "__builtins__") == 0 || complete_already(matches, first, name->chars, name->length))
            continue;
        complete_add(matches, "", 0, name->chars, name->length, object_is_callable(value) ? "(" : "");
    }
}

static void complete_global(Thread *thread, Dict *globals, const char *word, LineInputMatches *matches) {
    complete_keywords(word, matches);
    size_t first = matches->count;
    complete_names_of(globals, word, matches, first);
    if (thread->runtime->builtins != NULL) complete_names_of(thread->runtime->builtins, word, matches, first);
}

/* ---- After a dot: attributes ---- */

static bool complete_is_identifier(const char *text, size_t length) {
    if (length == 0 || isdigit((unsigned char)text[0])) return false;
    for (size_t i = 0; i < length; i++)
        if (!isalnum((unsigned char)text[i]) && text[i] != '_' && (unsigned char)text[i] < 0x80) return false;
    return true;
}

/* The object a dotted name such as "os.path" stands for: the first part
 * looked up in the globals, then builtins; each next one got as an
 * attribute. EMPTY if any part is missing or not a name. */
static Value complete_resolve(Thread *thread, Dict *globals, const char *expression, size_t length) {
    Value object = EMPTY_VALUE;
    size_t start = 0;
    while (start <= length) {
        const char *dot = memchr(expression + start, '.', length - start);
        size_t end = dot == NULL ? length : (size_t)(dot - expression);
        if (!complete_is_identifier(expression + start, end - start)) return EMPTY_VALUE;
        Str *name = str_new(thread, expression + start, end - start);
        if (name == NULL) return EMPTY_VALUE;
        if (IS_EMPTY(object)) {
            object = dict_get_str(globals, name);
            if (IS_EMPTY(object) && thread->runtime->builtins != NULL)
                object = dict_get_str(thread->runtime->builtins, name);
        } else {
            if (!gc_push_root(thread, object)) return EMPTY_VALUE;
            Value attribute;
            bool found = object_getattr_optional(thread, object, name, &attribute);
            gc_pop_roots(thread, 1);
            object = found ? attribute : EMPTY_VALUE;
        }
        if (IS_EMPTY(object)) return EMPTY_VALUE;
        start = end + 1;
    }
    return object;
}

/* dir(object) as a list of str; EMPTY on failure. */
static Value complete_dir(Thread *thread, Value object) {
    Value dir = runtime_builtin(thread, "dir"), names;
    if (IS_EMPTY(dir) || !object_call(thread, dir, 1, &object, NULL, &names)) return EMPTY_VALUE;
    return value_is_instance(names, &type_list) ? names : EMPTY_VALUE;
}

/* rlcompleter's rule: no "_" names unless the typed part starts with "_",
 * no "__" names unless it starts with "__". */
static bool complete_hidden(const Str *name, const char *attribute) {
    if (attribute[0] == '\0') return name->chars[0] == '_';
    if (strcmp(attribute, "_") == 0) return strncmp(name->chars, "__", 2) == 0;
    return false;
}

/* "(" for a callable attribute; never evaluates a property to find out. */
static const char *complete_attribute_suffix(Thread *thread, Value object, Str *name) {
    Value descriptor = type_lookup(value_type(object), name);
    if (!IS_EMPTY(descriptor) && value_is_instance(descriptor, &type_property)) return "";
    Value value;
    if (!object_getattr_optional(thread, object, name, &value) || IS_EMPTY(value)) return "";
    return object_is_callable(value) ? "(" : "";
}

static void complete_attributes(Thread *thread, Value object, const char *word, size_t dot,
                                LineInputMatches *matches) {
    const char *attribute = word + dot + 1;
    size_t attribute_length = strlen(attribute);
    Value names = complete_dir(thread, object);
    if (IS_EMPTY(names) || !gc_push_root(thread, names)) return;
    List *list = AS_LIST(names);
    for (size_t i = 0; i < list->count; i++) {
        if (!IS_STR(list->items[i])) continue;
        Str *name = AS_STR(list->items[i]);
        if (!complete_starts_with(name->chars, name->length, attribute, attribute_length)) continue;
        if (complete_hidden(name, attribute)) continue;
        const char *suffix = complete_attribute_suffix(thread, object, name);
        error_clear(thread);
        complete_add(matches, word, dot + 1, name->chars, name->length, suffix);
    }
    gc_pop_roots(thread, 1);
}

static void complete_after_dot(Thread *thread, Dict *globals, const char *word, LineInputMatches *matches) {
    size_t dot = (size_t)(strrchr(word, '.') - word);
    Value object = complete_resolve(thread, globals, word, dot);
    if (IS_EMPTY(object) || !gc_push_root(thread, object)) return;
    complete_attributes(thread, object, word, dot, matches);
    gc_pop_roots(thread, 1);
}

void repl_complete(Thread *thread, void *context, const char *word, LineInputMatches *matches) {
    Dict *globals = context;
    Value pending = error_fetch(thread);
    if (strchr(word, '.') != NULL)
        complete_after_dot(thread, globals, word, matches);
    else
        complete_global(thread, globals, word, matches);
    error_clear(thread);
    thread->exception = pending;
}
