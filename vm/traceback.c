/* traceback.c: traceback entries and the printing of uncaught exceptions.
 *
 * As the dispatch loop unwinds a frame it calls exception_add_traceback,
 * which prepends a TracebackEntry (code object + instruction) to the
 * exception's chain: the innermost frame is added first, so the chain ends
 * up outermost first, the order in which it is printed.
 *
 * exception_print writes exactly what CPython 3.11 writes for an uncaught
 * exception: the __cause__/__context__ chain, "Traceback (most recent call
 * last):", one "File ..., line N, in f" entry per frame with its source line
 * and CPython's caret line (from the instruction's source position; binary
 * operators and subscripts get "~~~^~~~" anchors found by re-parsing the
 * expression, as CPython does), recursion collapsed into "[Previous line
 * repeated N more times]", SyntaxError's file/line/caret block, notes, and
 * the boxed layout of exception groups. Output is built in a StringBuilder
 * and written at once; a failing __str__ prints a placeholder, never a
 * crash. */
#include "exception.h"
#include "import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "frame.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "parser.h"
#include "str.h"
#include "tuple.h"

/* ---- The traceback type ---- */

static void traceback_trace(Object *object, GcTracer *tracer) {
    TracebackEntry *entry = (TracebackEntry *)object;
    gc_mark_object(tracer, (Object *)entry->next);
    gc_mark_object(tracer, (Object *)entry->code);
    gc_mark_object(tracer, (Object *)entry->globals);
}

Type type_traceback = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "traceback",
    .base = &type_object,
    .instance_size = sizeof(TracebackEntry),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = traceback_trace,
};

bool exception_add_traceback(Thread *thread, Value exception, Code *code, uint32_t instruction) {
    if (!IS_EXCEPTION(exception)) return true;
    TracebackEntry *entry = ALLOCATE_OBJECT(thread, TracebackEntry, &type_traceback);
    if (entry == NULL) return false;
    ExceptionObject *object = AS_EXCEPTION(exception);
    entry->next = value_is_exact(object->traceback, &type_traceback) ? (TracebackEntry *)AS_OBJECT(object->traceback)
                                                                     : NULL;
    entry->code = code;
    entry->instruction = instruction;
    /* The unwinding frame is the thread's current one: keep its globals
     * for NameError's "Did you mean" suggestions. */
    Frame *frame = thread->frame;
    entry->globals = frame != NULL && frame->code == code ? frame->globals : NULL;
    object->traceback = OBJECT_VALUE(entry);
    return true;
}

/* The line an entry points at. */
static int traceback_line(const TracebackEntry *entry) {
    return code_position(entry->code, entry->instruction).line;
}

static TracebackEntry *traceback_entry(Value value) { return (TracebackEntry *)AS_OBJECT(value); }

static bool traceback_get_next(Thread *thread, Value self, Value *result) {
    (void)thread;
    TracebackEntry *next = traceback_entry(self)->next;
    *result = next != NULL ? OBJECT_VALUE(next) : NONE_VALUE;
    return true;
}

static bool traceback_get_lineno(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = INT_VALUE(traceback_line(traceback_entry(self)));
    return true;
}

/* tb_lasti counts bytes of 2-byte code units in CPython: index * 2. */
static bool traceback_get_lasti(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = INT_VALUE((int64_t)traceback_entry(self)->instruction * 2);
    return true;
}

static bool traceback_get_frame(Thread *thread, Value self, Value *result) {
    (void)thread, (void)self;
    *result = NONE_VALUE;
    return true;
}

static const GetSetDef traceback_getsets[] = {
    {"tb_next", traceback_get_next, NULL},
    {"tb_lineno", traceback_get_lineno, NULL},
    {"tb_lasti", traceback_get_lasti, NULL},
    {"tb_frame", traceback_get_frame, NULL},
    {NULL, NULL, NULL},
};

void traceback_init_type(Thread *thread) {
    if (type_ready(thread, &type_traceback)) type_add_getsets(thread, &type_traceback, traceback_getsets);
}

/* ---- The printing context ---- */

#define TRACEBACK_LIMIT 1000      /* sys.tracebacklimit's default */
#define RECURSIVE_CUTOFF 3        /* identical entries shown before collapsing */
#define MAX_GROUP_WIDTH 15        /* sub-exceptions shown per group */
#define MAX_GROUP_DEPTH 10        /* nested groups shown */
#define SOURCE_INDENT 4           /* indentation of source and caret lines */

typedef struct PrintContext {
    Thread *thread;
    StringBuilder *out;
    int group_depth;          /* how deep in exception groups we are */
    bool need_close;          /* the closing line of a group is still owed */
    Object **seen;            /* exceptions already printed (cycles in chains) */
    size_t seen_count, seen_capacity;
    char *source_name;        /* the file whose text is cached below, or NULL */
    char *source;             /* that file's text, NULL if unreadable */
    size_t source_length;
} PrintContext;

static void print_text(PrintContext *context, const char *text) { builder_append_c(context->out, text); }

/* The margin of every line inside a group box: "    | ". */
static void print_margin(PrintContext *context) {
    for (int i = 0; i < 2 * context->group_depth; i++) builder_append_char(context->out, ' ');
    if (context->group_depth > 0) print_text(context, "| ");
}

static void print_indent(PrintContext *context) {
    for (int i = 0; i < 2 * context->group_depth; i++) builder_append_char(context->out, ' ');
}

static bool print_seen(PrintContext *context, Value exception) {
    for (size_t i = 0; i < context->seen_count; i++)
        if (context->seen[i] == AS_OBJECT(exception)) return true;
    return false;
}

static void print_mark_seen(PrintContext *context, Value exception) {
    if (context->seen_count == context->seen_capacity) {
        size_t capacity = context->seen_capacity < 16 ? 16 : context->seen_capacity * 2;
        Object **grown = realloc(context->seen, capacity * sizeof(Object *));
        if (grown == NULL) return;
        context->seen = grown;
        context->seen_capacity = capacity;
    }
    context->seen[context->seen_count++] = AS_OBJECT(exception);
}

/* str() of a value for printing, or NULL (exception cleared) if it failed. */
static Str *print_str_of(PrintContext *context, Value value) {
    Str *text;
    if (object_str(context->thread, value, &text)) return text;
    error_clear(context->thread);
    return NULL;
}

/* ---- Source lines ---- */

char *traceback_read_source(const char *filename, size_t *length) {
    *length = 0;
    const char *embedded = import_embedded_source(filename, length);
    if (embedded != NULL) {
        char *copy = malloc(*length + 1);
        if (copy == NULL) return NULL;
        memcpy(copy, embedded, *length);
        copy[*length] = '\0';
        return copy;
    }
    if (filename[0] == '<') return NULL; /* <string>, <stdin>: no file */
    FILE *file = fopen(filename, "rb");
    if (file == NULL) return NULL;
    StringBuilder text;
    builder_init(&text);
    char buffer[4096];
    size_t count;
    while ((count = fread(buffer, 1, sizeof buffer, file)) > 0) builder_append(&text, buffer, count);
    fclose(file);
    *length = text.length;
    return text.chars != NULL ? text.chars : calloc(1, 1);
}

/* Load `filename` into the cache unless it is there already. */
static void source_load(PrintContext *context, const char *filename) {
    if (context->source_name != NULL && strcmp(context->source_name, filename) == 0) return;
    free(context->source_name);
    free(context->source);
    context->source_name = strdup(filename);
    context->source = traceback_read_source(filename, &context->source_length);
}

/* Line `number` (1-based) of the file, without its line ending: false if
 * the file or the line is missing. */
static bool source_line(PrintContext *context, const char *filename, int number, const char **line,
                        size_t *length) {
    source_load(context, filename);
    if (context->source == NULL || number < 1) return false;
    const char *cursor = context->source, *end = context->source + context->source_length;
    for (int i = 1; i < number; i++) {
        const char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
        if (newline == NULL) return false;
        cursor = newline + 1;
    }
    if (cursor >= end) return false;
    const char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
    size_t size = newline != NULL ? (size_t)(newline - cursor) : (size_t)(end - cursor);
    if (size > 0 && cursor[size - 1] == '\r') size--;
    *line = cursor;
    *length = size;
    return true;
}

static bool source_is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

bool traceback_append_source_line(const char *filename, int number, StringBuilder *out) {
    PrintContext context = {0};
    const char *line;
    size_t length;
    bool found = source_line(&context, filename, number, &line, &length);
    if (found) {
        while (length > 0 && source_is_blank(*line)) line++, length--;
        builder_append(out, line, length);
    }
    free(context.source_name);
    free(context.source);
    return found;
}

/* Code points in the first `bytes` bytes of `text` (CPython's
 * _PyPegen_byte_offset_to_character_offset, clamped the same way). */
static long source_characters(const char *text, size_t length, long bytes) {
    if (bytes < 0) return -1;
    long extra = (size_t)bytes > length ? 1 : 0;
    size_t limit = (size_t)bytes > length ? length : (size_t)bytes;
    long count = 0;
    for (size_t i = 0; i < limit; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) count++;
    return count + extra;
}

/* ---- Caret lines ---- */

typedef struct Carets {
    long start, end;            /* character offsets of the highlighted range */
    long left_end, right_start; /* the anchor sub-range, or -1 */
    char primary, secondary;    /* '^' and '~' */
} Carets;

/* Where the operator of a binary operation is, in `segment` (CPython
 * skips closing parentheses of the left operand). */
static bool carets_binary_anchors(const char *segment, const Expr *expression, long *left, long *right) {
    long from = expression->as.binary.left->span.end_column, to = expression->as.binary.right->span.column;
    for (long i = from; i < to; i++) {
        if (source_is_blank(segment[i]) || segment[i] == '\n' || segment[i] == '\r') continue;
        *left = i;
        *right = i + 1;
        if (i + 1 < to && !source_is_blank(segment[i + 1])) ++*right;
        if (i + 1 < to && segment[i] == ')') continue;
        return true;
    }
    return *left >= 0;
}

/* The brackets of a subscript, in `segment`. */
static bool carets_subscript_anchors(const char *segment, size_t length, const Expr *expression, long *left,
                                     long *right) {
    long size = (long)length;
    *left = expression->as.subscript.value->span.end_column;
    *right = expression->as.subscript.index->span.end_column + 1;
    while (*left < size && segment[*left] != '[') ++*left;
    while (*right < size && segment[*right] != ']') ++*right;
    if (*right < size) ++*right;
    return true;
}

/* Parse the highlighted segment as CPython does: a binary operation or a
 * subscript alone in it gets anchors (byte offsets in the segment). */
static bool carets_find_anchors(const char *segment, size_t length, long *left, long *right) {
    Arena arena;
    arena_init(&arena);
    ParseError error;
    ModuleNode *module = parse_source(&arena, segment, length, PARSE_FILE, &error);
    bool found = false;
    *left = *right = -1;
    if (module != NULL && module->body.count == 1 && module->body.items[0]->kind == STMT_EXPR) {
        const Expr *expression = module->body.items[0]->as.value;
        if (expression->kind == EXPR_BINARY) found = carets_binary_anchors(segment, expression, left, right);
        if (expression->kind == EXPR_SUBSCRIPT)
            found = carets_subscript_anchors(segment, length, expression, left, right);
    }
    arena_free(&arena);
    return found;
}

/* Compute the caret range of an entry on its source line; false when
 * CPython prints no caret line. */
static bool carets_compute(const char *line, size_t length, SourcePosition position, Carets *carets) {
    if (position.line < 0 || position.end_line < 0 || position.column < 0 || position.end_column < 0) return false;
    carets->start = source_characters(line, length, position.column);
    carets->end = source_characters(line, length, position.end_column);
    carets->left_end = carets->right_start = -1;
    carets->primary = carets->secondary = '^';
    if (position.line == position.end_line) {
        size_t from = (size_t)position.column, to = (size_t)position.end_column;
        long left, right;
        if (from < to && to <= length && carets_find_anchors(line + from, to - from, &left, &right)) {
            carets->left_end = source_characters(line + from, to - from, left) + carets->start;
            carets->right_start = source_characters(line + from, to - from, right) + carets->start;
            carets->primary = '~';
        }
    } else {
        size_t last = length;
        while (last > 0 && (source_is_blank(line[last - 1]) || line[last - 1] == '\r')) last--;
        carets->end = source_characters(line, length, (long)last);
    }
    long leading = 0;
    while ((size_t)leading < length && source_is_blank(line[leading])) leading++;
    long stripped = source_characters(line, length, (long)length) - leading;
    bool anchored = carets->left_end != -1 || carets->right_start != -1;
    return !(carets->end - carets->start == stripped && !anchored);
}

static void print_carets(PrintContext *context, const char *line, size_t length, SourcePosition position) {
    Carets carets;
    if (!carets_compute(line, length, position, &carets)) return;
    long leading = 0;
    while ((size_t)leading < length && source_is_blank(line[leading])) leading++;
    bool anchored = carets.left_end != -1 || carets.right_start != -1;
    print_margin(context);
    for (long offset = leading - SOURCE_INDENT + 1; offset <= carets.end; offset++) {
        char c = carets.primary;
        if (offset <= carets.start) c = ' ';
        else if (anchored && carets.left_end < offset && offset <= carets.right_start) c = carets.secondary;
        builder_append_char(context->out, c);
    }
    builder_append_char(context->out, '\n');
}

/* ---- Traceback entries ---- */

/* One entry: the File line, the stripped source line, the carets. */
static void print_entry(PrintContext *context, const TracebackEntry *entry) {
    const char *filename = entry->code->filename != NULL ? entry->code->filename->chars : "<unknown>";
    const char *name = entry->code->name != NULL ? entry->code->name->chars : "<unknown>";
    SourcePosition position = code_position(entry->code, entry->instruction);
    print_margin(context);
    builder_printf(context->out, "  File \"%s\", line %d, in %s\n", filename, position.line, name);
    const char *line;
    size_t length;
    if (!source_line(context, filename, position.line, &line, &length)) return;
    size_t leading = 0;
    while (leading < length && source_is_blank(line[leading])) leading++;
    print_margin(context);
    print_text(context, "    ");
    builder_append(context->out, line + leading, length - leading);
    builder_append_char(context->out, '\n');
    print_carets(context, line, length, position);
}

static void print_repeated(PrintContext *context, int count) {
    count -= RECURSIVE_CUTOFF;
    builder_printf(context->out, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
}

/* Two entries are "the same line" when file, line and function match. */
static bool entry_same_place(const TracebackEntry *a, const TracebackEntry *b) {
    return a->code->filename == b->code->filename && a->code->name == b->code->name &&
           traceback_line(a) == traceback_line(b);
}

/* The entries of a traceback, at most TRACEBACK_LIMIT of the innermost,
 * identical consecutive ones collapsed. */
static void print_entries(PrintContext *context, const TracebackEntry *entry) {
    int depth = 0;
    for (const TracebackEntry *e = entry; e != NULL; e = e->next) depth++;
    while (entry != NULL && depth > TRACEBACK_LIMIT) {
        depth--;
        entry = entry->next;
    }
    const TracebackEntry *last = NULL;
    int count = 0;
    for (; entry != NULL; entry = entry->next) {
        if (last == NULL || !entry_same_place(entry, last)) {
            if (count > RECURSIVE_CUTOFF) print_repeated(context, count);
            last = entry;
            count = 0;
        }
        if (++count <= RECURSIVE_CUTOFF) print_entry(context, entry);
    }
    if (count > RECURSIVE_CUTOFF) print_repeated(context, count);
}

static void print_traceback(PrintContext *context, ExceptionObject *exception, bool is_group) {
    if (!value_is_exact(exception->traceback, &type_traceback)) return;
    print_indent(context);
    const char *margin = context->group_depth > 0 ? "| " : "";
    if (is_group && context->group_depth == 1) margin = "+ ";
    print_text(context, margin);
    print_text(context, is_group ? "Exception Group Traceback (most recent call last):\n"
                                 : "Traceback (most recent call last):\n");
    print_entries(context, (TracebackEntry *)AS_OBJECT(exception->traceback));
}

/* ---- SyntaxError's location block ---- */

typedef struct SyntaxDetails {
    Value message;
    Str *filename;            /* NULL: "<string>" */
    int64_t line, offset, end_line, end_offset;
    Str *text;                /* NULL when there is no text */
} SyntaxDetails;

/* An int attribute, or `absent` for None; false for anything else. */
static bool syntax_int(Thread *thread, ExceptionObject *exception, const char *name, int64_t absent,
                       int64_t *result) {
    Value value = exception_attribute(thread, exception, name);
    if (IS_NONE(value)) {
        *result = absent;
        return true;
    }
    if (IS_BOOL(value)) value = INT_VALUE(AS_BOOL(value));
    if (!IS_INT(value)) return false;
    *result = AS_INT(value);
    return true;
}

/* CPython's parse_syntax_error: false if the attributes are unusable (the
 * exception is then printed like any other). */
static bool syntax_details(PrintContext *context, ExceptionObject *exception, SyntaxDetails *details) {
    Thread *thread = context->thread;
    details->message = exception_attribute(thread, exception, "msg");
    Value filename = exception_attribute(thread, exception, "filename");
    details->filename = NULL;
    if (!IS_NONE(filename) && (details->filename = print_str_of(context, filename)) == NULL) return false;
    Value line = exception_attribute(thread, exception, "lineno");
    if (IS_NONE(line) || !syntax_int(thread, exception, "lineno", -1, &details->line)) return false;
    if (!syntax_int(thread, exception, "offset", -1, &details->offset)) return false;
    /* CPython reads the end of the range only for SyntaxError itself, not
     * for IndentationError and other subclasses: they get one caret. */
    details->end_line = details->line;
    details->end_offset = -1;
    if (exception->header.type == &type_SyntaxError &&
        (!syntax_int(thread, exception, "end_lineno", details->line, &details->end_line) ||
         !syntax_int(thread, exception, "end_offset", -1, &details->end_offset)))
        return false;
    Value text = exception_attribute(thread, exception, "text");
    details->text = IS_STR(text) ? AS_STR(text) : NULL;
    return true;
}

/* The offending line and its carets (CPython's print_error_text). */
static void print_error_text(PrintContext *context, int64_t offset, int64_t end_offset, const char *text) {
    int64_t repetitions = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t length = (int64_t)strlen(text);
    if (length > 0 && text[length - 1] == '\n') length--;
    if (offset > length) offset = length;
    for (;;) {
        const char *newline = strchr(text, '\n');
        if (newline == NULL || newline - text >= offset) break;
        int64_t skip = (newline - text) + 1;
        text += skip;
        length -= skip;
        offset -= skip;
    }
    print_text(context, "    ");
    print_text(context, text);
    if (text[length] != '\n') print_text(context, "\n");
    if (offset < 0) return;
    print_text(context, "    ");
    while (--offset >= 0) builder_append_char(context->out, ' ');
    for (int64_t i = 0; i < repetitions; i++) builder_append_char(context->out, '^');
    builder_append_char(context->out, '\n');
}

/* For a SyntaxError: the File/line/caret block; *message becomes what
 * follows "SyntaxError: " (msg rather than str(exception)). */
static void print_syntax_location(PrintContext *context, ExceptionObject *exception, Value *message) {
    SyntaxDetails details;
    if (!syntax_details(context, exception, &details)) return;
    *message = details.message;
    print_margin(context);
    builder_printf(context->out, "  File \"%s\", line %lld\n",
                   details.filename != NULL ? details.filename->chars : "<string>", (long long)details.line);
    if (details.text == NULL) return;
    int64_t line_size = (int64_t)details.text->length;
    int64_t end_offset = details.end_offset;
    if (details.end_line > details.line) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    print_error_text(context, details.offset, end_offset, details.text->chars);
}

/* ---- "Did you mean" suggestions, as CPython 3.11 offers them ---- */

#define SUGGEST_MAX_CANDIDATES 750 /* more names than this: no suggestion */
#define SUGGEST_MAX_SIZE 40        /* longer names are never close */
#define SUGGEST_MOVE_COST 2        /* inserting, deleting or replacing a character */
#define SUGGEST_CASE_COST 1        /* replacing a letter by its other case */

static size_t suggest_substitution_cost(char a, char b) {
    if (a == b) return 0;
    if ((a & 31) != (b & 31)) return SUGGEST_MOVE_COST;
    char lower_a = (a >= 'A' && a <= 'Z') ? (char)(a + 32) : a;
    char lower_b = (b >= 'A' && b <= 'Z') ? (char)(b + 32) : b;
    return lower_a == lower_b ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
}

/* The weighted edit distance of two names, or more than `max_cost` as
 * soon as it is sure to exceed it (one row of the matrix, updated in
 * place, after trimming the common prefix and suffix). */
static size_t suggest_distance(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost) {
    while (a_size > 0 && b_size > 0 && a[0] == b[0]) a++, b++, a_size--, b_size--;
    while (a_size > 0 && b_size > 0 && a[a_size - 1] == b[b_size - 1]) a_size--, b_size--;
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * SUGGEST_MOVE_COST;
    if (a_size > SUGGEST_MAX_SIZE || b_size > SUGGEST_MAX_SIZE) return max_cost + 1;
    if (b_size < a_size) {
        const char *swap = a;
        a = b, b = swap;
        size_t swap_size = a_size;
        a_size = b_size, b_size = swap_size;
    }
    if ((b_size - a_size) * SUGGEST_MOVE_COST > max_cost) return max_cost + 1;
    size_t row[SUGGEST_MAX_SIZE];
    for (size_t i = 0; i < a_size; i++) row[i] = (i + 1) * SUGGEST_MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < b_size; j++) {
        size_t diagonal = j * SUGGEST_MOVE_COST, minimum = (size_t)-1;
        result = diagonal;
        for (size_t i = 0; i < a_size; i++) {
            size_t substitute = diagonal + suggest_substitution_cost(b[j], a[i]);
            diagonal = row[i];
            size_t shift = (result < diagonal ? result : diagonal) + SUGGEST_MOVE_COST;
            result = shift < substitute ? shift : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest of `candidates` to `name` (NULL if none is close enough,
 * if there are too many, or if one is not a str). */
static Str *suggest_closest(const Value *candidates, size_t count, Str *name) {
    if (count >= SUGGEST_MAX_CANDIDATES) return NULL;
    Str *best = NULL;
    size_t best_distance = (size_t)-1;
    for (size_t i = 0; i < count; i++) {
        if (!IS_STR(candidates[i])) return NULL;
        Str *item = AS_STR(candidates[i]);
        if (str_equal(item, name)) continue;
        size_t max_distance = (name->length + item->length + 3) * SUGGEST_MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t distance = suggest_distance(name->chars, name->length, item->chars, item->length, max_distance);
        if (distance > max_distance) continue;
        if (best == NULL || distance < best_distance) {
            best = item;
            best_distance = distance;
        }
    }
    return best;
}

/* The closest key of a dict (globals, builtins). */
static Str *suggest_from_dict(struct Dict *dict, Str *name) {
    if (dict == NULL || dict->count >= SUGGEST_MAX_CANDIDATES) return NULL;
    Value keys[SUGGEST_MAX_CANDIDATES];
    size_t count = 0, position = 0;
    Value key, value;
    while (count < SUGGEST_MAX_CANDIDATES && dict_next(dict, &position, &key, &value)) keys[count++] = key;
    return suggest_closest(keys, count, name);
}

/* The name a NameError is about: its `name`, or the one in CPython's
 * message "name 'x' is not defined" when the raiser did not set it. */
static Str *suggest_name_error_name(PrintContext *context, ExceptionObject *exception) {
    Thread *thread = context->thread;
    Value name = exception_attribute(thread, exception, "name");
    if (IS_STR(name)) return AS_STR(name);
    if (!IS_NONE(name) || exception->args->count != 1 || !IS_STR(exception->args->items[0])) return NULL;
    const char *message = AS_STR(exception->args->items[0])->chars;
    const char *prefix = "name '", *suffix = "' is not defined";
    size_t length = strlen(message), prefix_length = strlen(prefix), suffix_length = strlen(suffix);
    if (length <= prefix_length + suffix_length || strncmp(message, prefix, prefix_length) != 0 ||
        strcmp(message + length - suffix_length, suffix) != 0)
        return NULL;
    return str_new(thread, message + prefix_length, length - prefix_length - suffix_length);
}

/* NameError: the innermost frame's locals, then its globals, then the
 * builtins. */
static Str *suggest_for_name_error(PrintContext *context, ExceptionObject *exception) {
    if (!value_is_exact(exception->traceback, &type_traceback)) return NULL;
    Str *name = suggest_name_error_name(context, exception);
    if (name == NULL) return NULL;
    const TracebackEntry *entry = (TracebackEntry *)AS_OBJECT(exception->traceback);
    while (entry->next != NULL) entry = entry->next;
    Tuple *locals = entry->code->local_names;
    Str *found = locals != NULL ? suggest_closest(locals->items, locals->count, name) : NULL;
    if (found == NULL) found = suggest_from_dict(entry->globals, name);
    if (found == NULL) found = suggest_from_dict(context->thread->runtime->builtins, name);
    return found;
}

/* AttributeError: dir(obj), when the raiser recorded name and obj. */
static Str *suggest_for_attribute_error(PrintContext *context, ExceptionObject *exception) {
    Thread *thread = context->thread;
    Value name = exception_attribute(thread, exception, "name");
    Value object = exception_attribute(thread, exception, "obj");
    Value dir = runtime_builtin(thread, "dir");
    if (!IS_STR(name) || IS_NONE(object) || IS_EMPTY(dir)) return NULL;
    Value names;
    if (!object_call(thread, dir, 1, &object, NULL, &names) || !value_is_instance(names, &type_list)) {
        error_clear(thread);
        return NULL;
    }
    return suggest_closest(AS_LIST(names)->items, AS_LIST(names)->count, AS_STR(name));
}

/* ". Did you mean: 'x'?" after the message of a NameError or an
 * AttributeError, as CPython 3.11 prints it. */
static void print_suggestion(PrintContext *context, Value value) {
    if (!IS_EXCEPTION(value)) return;
    Str *suggestion = NULL;
    if (value_is_instance(value, &type_NameError))
        suggestion = suggest_for_name_error(context, AS_EXCEPTION(value));
    else if (value_is_instance(value, &type_AttributeError))
        suggestion = suggest_for_attribute_error(context, AS_EXCEPTION(value));
    error_clear(context->thread);
    if (suggestion != NULL) builder_printf(context->out, ". Did you mean: '%s'?", suggestion->chars);
}

/* ---- The message line and notes ---- */

/* "module.Qualname" as CPython prints it: no module for builtins and
 * __main__, "<unknown>" when __module__ is not a str. */
static void print_type_name(PrintContext *context, Type *type) {
    if (type->flags & TYPE_HEAPTYPE) {
        Value module = type->dict != NULL ? dict_get_str(type->dict, context->thread->runtime->names.module)
                                          : EMPTY_VALUE;
        if (!IS_STR(module)) {
            print_text(context, "<unknown>.");
        } else if (strcmp(AS_STR(module)->chars, "builtins") != 0 && strcmp(AS_STR(module)->chars, "__main__") != 0) {
            builder_append_str(context->out, AS_STR(module));
            print_text(context, ".");
        }
    }
    if (type->qualname != NULL)
        builder_append_str(context->out, type->qualname);
    else
        print_text(context, type_name(type));
}

/* "Type: message", or just "Type" when str() is empty; `message` is the
 * exception itself or a SyntaxError's msg. */
static void print_message_line(PrintContext *context, Type *type, Value message) {
    print_type_name(context, type);
    if (IS_NONE(message)) {
        print_text(context, "\n");
        return;
    }
    Str *text = print_str_of(context, message);
    if (text == NULL) {
        print_text(context, ": <exception str() failed>\n");
        return;
    }
    if (text->length > 0) print_text(context, ": ");
    builder_append_str(context->out, text);
    print_suggestion(context, message);
    print_text(context, "\n");
}

/* One note, each of its lines behind the margin. */
static void print_note(PrintContext *context, const char *text, size_t length) {
    size_t start = 0;
    while (start < length) {
        size_t end = start;
        while (end < length && text[end] != '\n' && text[end] != '\r') end++;
        if (end < length) end += (text[end] == '\r' && end + 1 < length && text[end + 1] == '\n') ? 2 : 1;
        print_margin(context);
        builder_append(context->out, text + start, end - start);
        start = end;
    }
    print_text(context, "\n");
}

static void print_notes(PrintContext *context, ExceptionObject *exception) {
    if (exception->dict == NULL) return;
    Value notes = dict_get_c(context->thread, exception->dict, "__notes__");
    if (IS_EMPTY(notes)) return;
    if (IS_STR(notes)) {
        Str *all = AS_STR(notes);
        for (size_t i = 0; i < all->length;) {
            int size = 1;
            utf8_decode(all->chars + i, &size);
            if (size < 1) size = 1;
            print_note(context, all->chars + i, (size_t)size);
            i += (size_t)size;
        }
        return;
    }
    if (!value_is_instance(notes, &type_list) && !value_is_instance(notes, &type_tuple)) {
        Str *text;
        print_margin(context);
        if (object_repr(context->thread, notes, &text)) builder_append_str(context->out, text);
        else {
            error_clear(context->thread);
            print_text(context, "<__notes__ repr() failed>");
        }
        print_text(context, "\n");
        return;
    }
    Tuple *items;
    if (!exception_sequence_tuple(context->thread, notes, &items)) {
        error_clear(context->thread);
        return;
    }
    if (!gc_push_root(context->thread, OBJECT_VALUE(items))) {
        error_clear(context->thread);
        return;
    }
    for (size_t i = 0; i < items->count; i++) {
        Str *text = print_str_of(context, items->items[i]);
        if (text == NULL) {
            print_margin(context);
            print_text(context, "<note str() failed>\n");
        } else {
            print_note(context, text->chars, text->length);
        }
    }
    gc_pop_roots(context->thread, 1);
}

/* ---- Exceptions, chains and groups ---- */

static void print_recursive(PrintContext *context, Value exception);

/* One exception without its chain: traceback, location, message, notes. */
static void print_single(PrintContext *context, Value value, bool is_group) {
    if (!IS_EXCEPTION(value)) {
        print_margin(context);
        builder_printf(context->out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                       value_type_name(value));
        return;
    }
    ExceptionObject *exception = AS_EXCEPTION(value);
    print_traceback(context, exception, is_group);
    Value message = value;
    if (value_is_instance(value, &type_SyntaxError)) print_syntax_location(context, exception, &message);
    print_margin(context);
    print_message_line(context, exception->header.type, message);
    print_notes(context, exception);
}

/* The boxed layout of an exception group and its sub-exceptions. */
static void print_group(PrintContext *context, Value value) {
    if (context->group_depth > MAX_GROUP_DEPTH) {
        print_margin(context);
        builder_printf(context->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    bool outermost = context->group_depth == 0;
    if (outermost) context->group_depth++;
    print_single(context, value, true);
    Tuple *items = exception_group_items(context->thread, value);
    size_t count = items == NULL ? 0 : items->count;
    size_t shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    context->need_close = false;
    for (size_t i = 0; i < shown; i++) {
        bool last = i == shown - 1;
        if (last) context->need_close = true;
        print_indent(context);
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (truncated)
            builder_printf(context->out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else
            builder_printf(context->out, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        context->group_depth++;
        if (!truncated) {
            print_recursive(context, items->items[i]);
        } else {
            size_t remaining = count - MAX_GROUP_WIDTH;
            print_margin(context);
            builder_printf(context->out, "and %zu more exception%s\n", remaining, remaining > 1 ? "s" : "");
        }
        if (last && context->need_close) {
            print_indent(context);
            print_text(context, "+------------------------------------\n");
            context->need_close = false;
        }
        context->group_depth--;
    }
    if (outermost) context->group_depth--;
}

static void print_one(PrintContext *context, Value exception) {
    if (exception_group_items(context->thread, exception) != NULL)
        print_group(context, exception);
    else
        print_single(context, exception, false);
}

/* The exception this one was raised from or during, with the sentence
 * that links them; EMPTY at the end of the chain or on a cycle. */
static Value print_chain_next(PrintContext *context, Value exception, const char **message) {
    if (!IS_EXCEPTION(exception)) return EMPTY_VALUE;
    ExceptionObject *object = AS_EXCEPTION(exception);
    Value next = EMPTY_VALUE;
    if (IS_EXCEPTION(object->cause)) {
        next = object->cause;
        *message = "The above exception was the direct cause of the following exception:\n";
    } else if (!object->suppress_context && IS_EXCEPTION(object->context)) {
        next = object->context;
        *message = "During handling of the above exception, another exception occurred:\n";
    }
    if (IS_EMPTY(next) || print_seen(context, next)) return EMPTY_VALUE;
    return next;
}

/* An exception and, before it, the causes and contexts it chains to,
 * oldest first (iteratively: chains may be long). */
static void print_recursive(PrintContext *context, Value exception) {
    size_t count = 0, capacity = 8;
    Value *chain = malloc(capacity * sizeof(Value));
    const char **messages = malloc(capacity * sizeof(char *));
    if (chain == NULL || messages == NULL) {
        free(chain);
        free(messages);
        print_one(context, exception);
        return;
    }
    chain[count++] = exception;
    print_mark_seen(context, exception);
    const char *message = NULL;
    for (Value next; !IS_EMPTY(next = print_chain_next(context, chain[count - 1], &message));) {
        if (count == capacity) {
            capacity *= 2;
            Value *grown_chain = realloc(chain, capacity * sizeof(Value));
            if (grown_chain != NULL) chain = grown_chain;
            const char **grown_messages = realloc(messages, capacity * sizeof(char *));
            if (grown_messages != NULL) messages = grown_messages;
            if (grown_chain == NULL || grown_messages == NULL) break;
        }
        messages[count] = message;
        chain[count++] = next;
        print_mark_seen(context, next);
    }
    bool need_close = context->need_close;
    for (size_t i = count - 1; i > 0; i--) {
        print_one(context, chain[i]);
        context->need_close = need_close;
        print_margin(context);
        print_text(context, "\n");
        print_margin(context);
        print_text(context, messages[i]);
        print_margin(context);
        print_text(context, "\n");
    }
    print_one(context, chain[0]);
    free(chain);
    free(messages);
}

/* What CPython's unraisable hook (write_unraisable_exc_file) prints after
 * its "Exception ignored ..." line: this exception's traceback alone (no
 * chain, no notes), then "Type: message", the ": " even when str() is
 * empty ("KeyboardInterrupt: "). */
static void print_unraisable(PrintContext *context, Value value) {
    if (!IS_EXCEPTION(value)) {
        print_single(context, value, false);
        return;
    }
    print_traceback(context, AS_EXCEPTION(value), false);
    print_type_name(context, value_type(value));
    print_text(context, ": ");
    Str *text = print_str_of(context, value);
    if (text != NULL) builder_append_str(context->out, text);
    else print_text(context, "<exception str() failed>");
    print_text(context, "\n");
}

/* Format `exception` into `out` with `print` (print_recursive or
 * print_unraisable), keeping it rooted and any pending exception aside
 * while __str__ methods run. */
static void exception_format_into(Thread *thread, Value exception, StringBuilder *out,
                                  void (*print)(PrintContext *, Value)) {
    Value pending = error_fetch(thread);
    bool rooted = gc_push_root(thread, exception);
    if (!rooted) error_clear(thread);
    PrintContext context = {.thread = thread, .out = out};
    print(&context, exception);
    free(context.seen);
    free(context.source_name);
    free(context.source);
    if (rooted) gc_pop_roots(thread, 1);
    error_clear(thread);
    thread->exception = pending;
}

Str *exception_format(Thread *thread, Value exception) {
    StringBuilder out;
    builder_init(&out);
    exception_format_into(thread, exception, &out, print_recursive);
    return builder_finish(thread, &out);
}

static void exception_write(Thread *thread, Value exception, void (*print)(PrintContext *, Value)) {
    StringBuilder out;
    builder_init(&out);
    exception_format_into(thread, exception, &out, print);
    if (out.chars != NULL) fwrite(out.chars, 1, out.length, stderr);
    fflush(stderr);
    builder_free(&out);
}

void exception_print(Thread *thread, Value exception) { exception_write(thread, exception, print_recursive); }

void exception_print_unraisable(Thread *thread, Value exception) {
    exception_write(thread, exception, print_unraisable);
}

Str *exception_summary(Thread *thread, Value exception) {
    StringBuilder out;
    builder_init(&out);
    Value pending = error_fetch(thread);
    PrintContext context = {.thread = thread, .out = &out};
    if (IS_EXCEPTION(exception)) {
        Value message = exception;
        if (value_is_instance(exception, &type_SyntaxError)) {
            SyntaxDetails details;
            if (syntax_details(&context, AS_EXCEPTION(exception), &details)) message = details.message;
        }
        print_message_line(&context, value_type(exception), message);
        if (out.length > 0 && out.chars[out.length - 1] == '\n') out.length--;
    }
    error_clear(thread);
    thread->exception = pending;
    return builder_finish(thread, &out);
}
