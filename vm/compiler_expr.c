/* compiler_expr.c: expressions, in CPython 3.11's shapes. Constants (with
 * the folding CPython does for negative numbers and tuples of constants),
 * operators, `and`/`or` and chained comparisons, conditional jumps, calls
 * (LOAD_METHOD for o.m(...), KW_NAMES, CALL_FUNCTION_EX for * and **),
 * containers with starred items, assignment targets and unpacking,
 * f-strings, lambda, comprehensions and generator expressions (each a
 * nested function called with the first iterator), yield and await. */
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "bytes.h"
#include "compiler_internal.h"
#include "error.h"
#include "exception.h"
#include "number.h"
#include "str.h"
#include "set.h"
#include "tuple.h"

/* ---- Constants ---- */

static bool compile_literal(Compiler *c, Constant *constant, Value *out) {
    switch (constant->kind) {
    case CONSTANT_NONE: *out = NONE_VALUE; return true;
    case CONSTANT_TRUE: *out = BOOL_VALUE(true); return true;
    case CONSTANT_FALSE: *out = BOOL_VALUE(false); return true;
    case CONSTANT_ELLIPSIS: *out = OBJECT_VALUE(&ellipsis_object); return true;
    case CONSTANT_FLOAT: *out = FLOAT_VALUE(constant->number); return true;
    case CONSTANT_INT:
        if (!constant->is_big_int) {
            *out = INT_VALUE(constant->integer);
            return true;
        }
        /* the parser checked the digits (decimal, even for a hex literal) */
        if (!bigint_parse(c->thread, constant->text, strlen(constant->text), 10, false, true, out)) {
            c->failed = true;
            return false;
        }
        return true;
    case CONSTANT_STR: {
        Str *str = str_new(c->thread, constant->text, constant->length);
        if (str == NULL) break;
        *out = OBJECT_VALUE(str);
        return true;
    }
    case CONSTANT_BYTES: {
        Bytes *bytes = bytes_new(c->thread, (const unsigned char *)constant->text, constant->length);
        if (bytes == NULL) break;
        *out = OBJECT_VALUE(bytes);
        return true;
    }
    }
    c->failed = true;
    return false;
}

/* -literal folds to a constant, as CPython's AST optimizer does; -(2**63)
 * written as a literal still fits. */
static bool compile_fold_unary(Compiler *c, Expr *expr, Value *out, bool *is_constant) {
    Expr *operand = expr->as.unary.operand;
    if (expr->as.unary.op != UNARY_MINUS) return true;
    if (operand->kind == EXPR_CONSTANT && operand->as.constant.kind == CONSTANT_INT &&
        operand->as.constant.is_big_int && strcmp(operand->as.constant.text, "9223372036854775808") == 0) {
        *out = INT_VALUE(INT64_MIN);
        *is_constant = true;
        return true;
    }
    Value inner;
    bool inner_constant = false;
    if (!compile_constant_value(c, operand, &inner, &inner_constant)) return false;
    if (!inner_constant) return true;
    if (IS_BOOL(inner)) inner = INT_VALUE(AS_BOOL(inner) ? 1 : 0);
    if (IS_INT(inner) && AS_INT(inner) != INT64_MIN) {
        *out = INT_VALUE(-AS_INT(inner));
        *is_constant = true;
    } else if (IS_FLOAT(inner)) {
        *out = FLOAT_VALUE(-AS_FLOAT(inner));
        *is_constant = true;
    }
    return true;
}

/* Arithmetic on numeric constants folds too (`1 << 40`, `60 * 60`), as
 * CPython's AST optimizer does. It matters beyond speed: a set display is
 * built from a frozenset constant only when every item is a constant, and
 * that decides its print order. An operation that would raise is left for
 * run time, as CPython leaves it. */
static bool compile_fold_binary(Compiler *c, Expr *expr, Value *out, bool *is_constant) {
    Value left, right;
    bool left_constant = false, right_constant = false;
    if (!compile_constant_value(c, expr->as.binary.left, &left, &left_constant)) return false;
    if (!left_constant || (IS_OBJECT(left) && !bigint_check(left))) return true;
    if (!compile_constant_value(c, expr->as.binary.right, &right, &right_constant)) return false;
    if (!right_constant || (IS_OBJECT(right) && !bigint_check(right))) return true;
    if (!bigint_fold_allowed(expr->as.binary.op, left, right)) return true;
    Value result;
    if (!number_binary_op(c->thread, expr->as.binary.op, left, right, &result)) {
        error_clear(c->thread);
        return true;
    }
    if (IS_NOT_IMPLEMENTED(result)) return true;
    *out = result;
    *is_constant = true;
    return true;
}

bool compile_constant_value(Compiler *c, Expr *expr, Value *out, bool *is_constant) {
    *is_constant = false;
    switch (expr->kind) {
    case EXPR_BINARY: return compile_fold_binary(c, expr, out, is_constant);
    case EXPR_CONSTANT:
        if (!compile_literal(c, &expr->as.constant, out)) return false;
        *is_constant = true;
        return true;
    case EXPR_UNARY: return compile_fold_unary(c, expr, out, is_constant);
    case EXPR_TUPLE: {
        if (expr->context != CONTEXT_LOAD) return true;
        ExprList *elements = &expr->as.elements;
        Tuple *tuple = tuple_new(c->thread, (size_t)elements->count);
        if (tuple == NULL) {
            c->failed = true;
            return false;
        }
        for (int i = 0; i < elements->count; i++) {
            bool item_constant = false;
            if (!compile_constant_value(c, elements->items[i], &tuple->items[i], &item_constant)) return false;
            if (!item_constant) return true;
        }
        *out = OBJECT_VALUE(tuple);
        *is_constant = true;
        return true;
    }
    default: return true;
    }
}

static bool all_constant(Compiler *c, ExprList *list, Tuple **folded, bool *ok) {
    *ok = true;
    Value value;
    bool is_constant = false;
    Expr tuple;
    memset(&tuple, 0, sizeof tuple);
    tuple.kind = EXPR_TUPLE;
    tuple.context = CONTEXT_LOAD;
    tuple.as.elements = *list;
    if (!compile_constant_value(c, &tuple, &value, &is_constant)) {
        *ok = false;
        return false;
    }
    if (is_constant) *folded = (Tuple *)AS_OBJECT(value);
    return is_constant;
}

/* ---- Sequences ---- */

static bool has_starred(ExprList *list) {
    for (int i = 0; i < list->count; i++) {
        if (list->items[i]->kind == EXPR_STARRED) return true;
    }
    return false;
}

/* A set display of constants loads a frozenset constant, as CPython's
 * does. CPython builds it from the items in source order, then its constant
 * merging rebuilds it by iterating the first one; SET_UPDATE then fills the
 * new set in that table order. Each step can reorder colliding hashes, so we
 * take the same steps to print sets in CPython's order. */
static bool constant_frozenset(Compiler *c, Tuple *items, Value *out) {
    Set *first = set_new(c->thread, &type_frozenset);
    Set *rebuilt = set_new(c->thread, &type_frozenset);
    if (first == NULL || rebuilt == NULL) return false;
    for (size_t i = 0; i < items->count; i++)
        if (!set_add(c->thread, first, items->items[i])) return false;
    size_t position = 0;
    Value item;
    while (set_next(first, &position, &item))
        if (!set_add(c->thread, rebuilt, item)) return false;
    *out = OBJECT_VALUE(rebuilt);
    return true;
}

/* Build a list/tuple/set from `elements` after `pushed` items already on
 * the stack (CPython's starunpack_helper). */
static bool compile_starunpack(Compiler *c, ExprList *elements, int pushed, int build, int add, int extend,
                               bool tuple) {
    int n = elements->count;
    Tuple *folded = NULL;
    bool ok = true;
    if (n > 2 && all_constant(c, elements, &folded, &ok)) {
        if (tuple && pushed == 0) return compiler_load_constant(c, OBJECT_VALUE(folded));
        Value constant = OBJECT_VALUE(folded);
        if (build == OP_BUILD_SET && !constant_frozenset(c, folded, &constant)) return false;
        return compiler_emit(c, build, pushed) && compiler_load_constant(c, constant) &&
               compiler_emit(c, extend, 1) && (!tuple || compiler_emit(c, OP_LIST_TO_TUPLE, 0));
    }
    if (!ok) return false;
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!has_starred(elements) && !big) {
        if (!compile_exprs(c, elements)) return false;
        return compiler_emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        if (!compiler_emit(c, build, pushed)) return false;
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Expr *element = elements->items[i];
        if (element->kind == EXPR_STARRED) {
            if (!built && !compiler_emit(c, build, i + pushed)) return false;
            built = true;
            if (!compile_expr(c, element->as.value) || !compiler_emit(c, extend, 1)) return false;
        } else {
            if (!compile_expr(c, element)) return false;
            if (built && !compiler_emit(c, add, 1)) return false;
        }
    }
    return !tuple || compiler_emit(c, OP_LIST_TO_TUPLE, 0);
}

static bool compile_dict(Compiler *c, Expr *expr) {
    ExprList *keys = &expr->as.dict.keys, *values = &expr->as.dict.values;
    int pending = 0;
    bool have_dict = false;
    for (int i = 0; i < values->count; i++) {
        Expr *key = i < keys->count ? keys->items[i] : NULL;
        if (key == NULL) {
            if (pending > 0 || !have_dict) {
                if (!compiler_emit(c, OP_BUILD_MAP, pending)) return false;
                if (have_dict && !compiler_emit(c, OP_DICT_UPDATE, 1)) return false;
                have_dict = true;
                pending = 0;
            }
            if (!compile_expr(c, values->items[i]) || !compiler_emit(c, OP_DICT_UPDATE, 1)) return false;
            continue;
        }
        if (!compile_expr(c, key) || !compile_expr(c, values->items[i])) return false;
        pending++;
        if (pending == 0xFFFF) {
            if (!compiler_emit(c, OP_BUILD_MAP, pending)) return false;
            if (have_dict && !compiler_emit(c, OP_DICT_UPDATE, 1)) return false;
            have_dict = true;
            pending = 0;
        }
    }
    if (pending > 0 || !have_dict) {
        if (!compiler_emit(c, OP_BUILD_MAP, pending)) return false;
        if (have_dict && !compiler_emit(c, OP_DICT_UPDATE, 1)) return false;
    }
    return true;
}

/* ---- Targets ---- */

static bool compile_unpack(Compiler *c, Expr *target) {
    ExprList *elements = &target->as.elements;
    int n = elements->count, star = -1;
    for (int i = 0; i < n; i++) {
        if (elements->items[i]->kind != EXPR_STARRED) continue;
        if (star >= 0) return compiler_error_at(c, elements->items[i]->span, "multiple starred expressions in assignment");
        star = i;
    }
    if (star < 0) {
        if (!compiler_emit(c, OP_UNPACK_SEQUENCE, n)) return false;
    } else {
        if (star >= 256 || n - star - 1 >= (MAX_INSTRUCTION_ARGUMENT >> 8))
            return compiler_error(c, "too many expressions in star-unpacking assignment");
        if (!compiler_emit(c, OP_UNPACK_EX, star + ((n - star - 1) << 8))) return false;
    }
    for (int i = 0; i < n; i++) {
        Expr *element = elements->items[i];
        if (!compile_store(c, element->kind == EXPR_STARRED ? element->as.value : element)) return false;
    }
    return true;
}

bool compile_store(Compiler *c, Expr *target) {
    if (!compiler_enter_depth(c)) return false;
    SourcePosition saved = c->unit->position;
    compiler_set_span(c, target->span);
    bool ok;
    switch (target->kind) {
    case EXPR_NAME: ok = compiler_nameop(c, target->as.name, CONTEXT_STORE); break;
    case EXPR_ATTRIBUTE:
        ok = compile_expr(c, target->as.attribute.value) &&
             compiler_emit_name(c, OP_STORE_ATTR, compiler_mangle(c, target->as.attribute.attribute));
        break;
    case EXPR_SUBSCRIPT:
        ok = compile_expr(c, target->as.subscript.value) && compile_expr(c, target->as.subscript.index) &&
             compiler_emit(c, OP_STORE_SUBSCR, 0);
        break;
    case EXPR_TUPLE:
    case EXPR_LIST: ok = compile_unpack(c, target); break;
    case EXPR_STARRED: ok = compiler_error(c, "starred assignment target must be in a list or tuple"); break;
    default: ok = compiler_error(c, "cannot assign to expression"); break;
    }
    c->unit->position = saved;
    c->depth--;
    return ok;
}

/* ---- Operators and conditions ---- */

static bool compile_compare_op(Compiler *c, CompareKind kind) {
    switch (kind) {
    case CMP_IS: return compiler_emit(c, OP_IS_OP, 0);
    case CMP_IS_NOT: return compiler_emit(c, OP_IS_OP, 1);
    case CMP_IN: return compiler_emit(c, OP_CONTAINS_OP, 0);
    case CMP_NOT_IN: return compiler_emit(c, OP_CONTAINS_OP, 1);
    default: return compiler_emit(c, OP_COMPARE_OP, (int)kind);
    }
}

static bool compile_compare(Compiler *c, Expr *expr) {
    int n = expr->as.compare.count - 1;
    if (!compile_expr(c, expr->as.compare.left)) return false;
    if (n == 0) {
        return compile_expr(c, expr->as.compare.comparators[0]) && compile_compare_op(c, expr->as.compare.ops[0]);
    }
    int cleanup = compiler_new_label(c), end = compiler_new_label(c);
    for (int i = 0; i < n; i++) {
        if (!compile_expr(c, expr->as.compare.comparators[i]) || !compiler_emit(c, OP_SWAP, 2) ||
            !compiler_emit(c, OP_COPY, 2) || !compile_compare_op(c, expr->as.compare.ops[i]) ||
            !compiler_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    if (!compile_expr(c, expr->as.compare.comparators[n]) || !compile_compare_op(c, expr->as.compare.ops[n]))
        return false;
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, end)) return false;
    compiler_bind(c, cleanup);
    if (!compiler_emit(c, OP_SWAP, 2) || !compiler_emit(c, OP_POP_TOP, 0)) return false;
    compiler_bind(c, end);
    return true;
}

static bool compile_bool_op(Compiler *c, Expr *expr) {
    int end = compiler_new_label(c);
    ExprList *values = &expr->as.bool_op.values;
    int jump = expr->as.bool_op.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < values->count - 1; i++) {
        if (!compile_expr(c, values->items[i]) || !compiler_emit_jump(c, jump, end)) return false;
    }
    if (!compile_expr(c, values->items[values->count - 1])) return false;
    compiler_bind(c, end);
    return true;
}

static bool constant_truth(Compiler *c, Expr *expr, bool *known, bool *truth) {
    *known = false;
    if (expr->kind != EXPR_CONSTANT) return true;
    Constant *k = &expr->as.constant;
    *known = true;
    switch (k->kind) {
    case CONSTANT_NONE:
    case CONSTANT_FALSE: *truth = false; break;
    case CONSTANT_TRUE:
    case CONSTANT_ELLIPSIS: *truth = true; break;
    case CONSTANT_INT: *truth = k->is_big_int || k->integer != 0; break;
    case CONSTANT_FLOAT: *truth = k->number != 0.0; break;
    case CONSTANT_STR:
    case CONSTANT_BYTES: *truth = k->length != 0; break;
    }
    (void)c;
    return true;
}

static bool compile_jump_if_compare(Compiler *c, Expr *expr, int label, bool condition) {
    int n = expr->as.compare.count - 1;
    int cleanup = compiler_new_label(c), end = compiler_new_label(c);
    if (!compile_expr(c, expr->as.compare.left)) return false;
    for (int i = 0; i < n; i++) {
        if (!compile_expr(c, expr->as.compare.comparators[i]) || !compiler_emit(c, OP_SWAP, 2) ||
            !compiler_emit(c, OP_COPY, 2) || !compile_compare_op(c, expr->as.compare.ops[i]) ||
            !compiler_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup))
            return false;
    }
    if (!compile_expr(c, expr->as.compare.comparators[n]) || !compile_compare_op(c, expr->as.compare.ops[n]) ||
        !compiler_emit_jump(c, condition ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label))
        return false;
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, end)) return false;
    compiler_bind(c, cleanup);
    if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
    if (!condition && !compiler_emit_jump(c, PSEUDO_JUMP, label)) return false;
    compiler_bind(c, end);
    return true;
}

static bool is_none_constant(Expr *expr) {
    return expr->kind == EXPR_CONSTANT && expr->as.constant.kind == CONSTANT_NONE;
}

bool compile_jump_if(Compiler *c, Expr *expr, int label, bool condition) {
    if (!compiler_enter_depth(c)) return false;
    bool ok = true, known = false, truth = false;
    constant_truth(c, expr, &known, &truth);
    if (known) {
        ok = truth != condition || compiler_emit_jump(c, PSEUDO_JUMP, label);
    } else if (expr->kind == EXPR_UNARY && expr->as.unary.op == UNARY_NOT) {
        ok = compile_jump_if(c, expr->as.unary.operand, label, !condition);
    } else if (expr->kind == EXPR_BOOL_OP) {
        ExprList *values = &expr->as.bool_op.values;
        bool is_or = expr->as.bool_op.op == BOOL_OR;
        int next = is_or != condition ? compiler_new_label(c) : label;
        for (int i = 0; ok && i < values->count - 1; i++) ok = compile_jump_if(c, values->items[i], next, is_or);
        ok = ok && compile_jump_if(c, values->items[values->count - 1], label, condition);
        if (next != label) compiler_bind(c, next);
    } else if (expr->kind == EXPR_IF) {
        int end = compiler_new_label(c), next = compiler_new_label(c);
        ok = compile_jump_if(c, expr->as.if_expr.test, next, false) &&
             compile_jump_if(c, expr->as.if_expr.body, label, condition) && compiler_emit_jump(c, PSEUDO_JUMP, end);
        compiler_bind(c, next);
        ok = ok && compile_jump_if(c, expr->as.if_expr.orelse, label, condition);
        compiler_bind(c, end);
    } else if (expr->kind == EXPR_COMPARE && expr->as.compare.count > 1) {
        ok = compile_jump_if_compare(c, expr, label, condition);
    } else if (expr->kind == EXPR_COMPARE && (expr->as.compare.ops[0] == CMP_IS || expr->as.compare.ops[0] == CMP_IS_NOT) &&
               is_none_constant(expr->as.compare.comparators[0])) {
        /* x is None: POP_JUMP_IF_NONE, as 3.11's peephole makes it. */
        bool is = expr->as.compare.ops[0] == CMP_IS;
        SourcePosition saved = c->unit->position;
        ok = compile_expr(c, expr->as.compare.left);
        compiler_set_span(c, expr->span);
        ok = ok && compiler_emit_jump(c, is == condition ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
        c->unit->position = saved;
    } else {
        ok = compile_expr(c, expr) &&
             compiler_emit_jump(c, condition ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    }
    c->depth--;
    return ok && !c->failed;
}

static bool compile_if_expr(Compiler *c, Expr *expr) {
    int end = compiler_new_label(c), next = compiler_new_label(c);
    if (!compile_jump_if(c, expr->as.if_expr.test, next, false) || !compile_expr(c, expr->as.if_expr.body))
        return false;
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, end)) return false;
    compiler_bind(c, next);
    if (!compile_expr(c, expr->as.if_expr.orelse)) return false;
    compiler_bind(c, end);
    return true;
}

static bool compile_unary(Compiler *c, Expr *expr) {
    Value folded;
    bool is_constant = false;
    if (!compile_constant_value(c, expr, &folded, &is_constant)) return false;
    if (is_constant) return compiler_load_constant(c, folded);
    if (!compile_expr(c, expr->as.unary.operand)) return false;
    switch (expr->as.unary.op) {
    case UNARY_INVERT: return compiler_emit(c, OP_UNARY_INVERT, 0);
    case UNARY_NOT: return compiler_emit(c, OP_UNARY_NOT, 0);
    case UNARY_PLUS: return compiler_emit(c, OP_UNARY_POSITIVE, 0);
    case UNARY_MINUS: return compiler_emit(c, OP_UNARY_NEGATIVE, 0);
    }
    return true;
}

/* ---- Calls ---- */

static bool compile_keyword_names(Compiler *c, int keyword_count, Keyword *keywords) {
    Tuple *names = tuple_new(c->thread, (size_t)keyword_count);
    if (names == NULL) {
        c->failed = true;
        return false;
    }
    for (int i = 0; i < keyword_count; i++) {
        names->items[i] = compiler_str_constant(c, keywords[i].name);
        if (c->failed) return false;
    }
    int index = compiler_add_constant(c, OBJECT_VALUE(names));
    return index >= 0 && compiler_emit(c, OP_KW_NAMES, index);
}

static bool check_keywords(Compiler *c, int keyword_count, Keyword *keywords) {
    for (int i = 0; i < keyword_count; i++) {
        if (keywords[i].name == NULL) continue;
        for (int j = i + 1; j < keyword_count; j++) {
            if (keywords[j].name != NULL && strcmp(keywords[i].name, keywords[j].name) == 0) {
                char message[256];
                snprintf(message, sizeof message, "keyword argument repeated: %s", keywords[i].name);
                return compiler_error_at(c, keywords[j].span, message);
            }
        }
    }
    return true;
}

/* A dict of keywords[begin:end] for CALL_FUNCTION_EX. */
static bool compile_subkwargs(Compiler *c, Keyword *keywords, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big && !compiler_emit(c, OP_BUILD_MAP, 0)) return false;
    for (int i = begin; i < end; i++) {
        Value name = compiler_str_constant(c, keywords[i].name);
        if (c->failed || !compiler_load_constant(c, name) || !compile_expr(c, keywords[i].value)) return false;
        if (big && !compiler_emit(c, OP_MAP_ADD, 1)) return false;
    }
    return big || compiler_emit(c, OP_BUILD_MAP, n);
}

static bool compile_ex_call(Compiler *c, int pushed, ExprList *arguments, int keyword_count, Keyword *keywords) {
    if (pushed == 0 && arguments->count == 1 && arguments->items[0]->kind == EXPR_STARRED) {
        if (!compile_expr(c, arguments->items[0]->as.value)) return false;
    } else if (!compile_starunpack(c, arguments, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true)) {
        return false;
    }
    if (keyword_count > 0) {
        bool have_dict = false;
        int seen = 0;
        for (int i = 0; i < keyword_count; i++) {
            if (keywords[i].name != NULL) {
                seen++;
                continue;
            }
            if (seen > 0) {
                if (!compile_subkwargs(c, keywords, i - seen, i)) return false;
                if (have_dict && !compiler_emit(c, OP_DICT_MERGE, 1)) return false;
                have_dict = true;
                seen = 0;
            }
            if (!have_dict && !compiler_emit(c, OP_BUILD_MAP, 0)) return false;
            have_dict = true;
            if (!compile_expr(c, keywords[i].value) || !compiler_emit(c, OP_DICT_MERGE, 1)) return false;
        }
        if (seen > 0) {
            if (!compile_subkwargs(c, keywords, keyword_count - seen, keyword_count)) return false;
            if (have_dict && !compiler_emit(c, OP_DICT_MERGE, 1)) return false;
        }
    }
    return compiler_emit(c, OP_CALL_FUNCTION_EX, keyword_count > 0 ? 1 : 0);
}

/* Arguments after the callable and its self slot (plus `pushed` leading
 * arguments already on the stack, for __build_class__). */
bool compile_call_helper(Compiler *c, int pushed, ExprList *arguments, int keyword_count, Keyword *keywords) {
    if (!check_keywords(c, keyword_count, keywords)) return false;
    bool ex_call = has_starred(arguments) || arguments->count + keyword_count * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < keyword_count; i++) {
        if (keywords[i].name == NULL) ex_call = true;
    }
    if (ex_call) return compile_ex_call(c, pushed, arguments, keyword_count, keywords);
    if (!compile_exprs(c, arguments)) return false;
    for (int i = 0; i < keyword_count; i++) {
        if (!compile_expr(c, keywords[i].value)) return false;
    }
    if (keyword_count > 0 && !compile_keyword_names(c, keyword_count, keywords)) return false;
    return compiler_emit(c, OP_CALL, pushed + arguments->count + keyword_count);
}

static bool compile_call(Compiler *c, Expr *expr) {
    Expr *function = expr->as.call.function;
    ExprList *arguments = &expr->as.call.arguments;
    int keyword_count = expr->as.call.keyword_count;
    Keyword *keywords = expr->as.call.keywords;
    bool method = function->kind == EXPR_ATTRIBUTE && function->context == CONTEXT_LOAD &&
                  arguments->count + keyword_count < STACK_USE_GUIDELINE && !has_starred(arguments);
    for (int i = 0; method && i < keyword_count; i++) method = keywords[i].name != NULL;
    if (method) {
        if (!check_keywords(c, keyword_count, keywords)) return false;
        if (!compile_expr(c, function->as.attribute.value)) return false;
        compiler_set_span(c, function->span);
        if (!compiler_emit_name(c, OP_LOAD_METHOD, compiler_mangle(c, function->as.attribute.attribute)))
            return false;
        if (!compile_exprs(c, arguments)) return false;
        for (int i = 0; i < keyword_count; i++) {
            if (!compile_expr(c, keywords[i].value)) return false;
        }
        compiler_set_span(c, expr->span);
        if (keyword_count > 0 && !compile_keyword_names(c, keyword_count, keywords)) return false;
        return compiler_emit(c, OP_CALL, arguments->count + keyword_count);
    }
    if (!compile_expr(c, function) || !compiler_emit(c, OP_PUSH_NULL, 0)) return false;
    return compile_call_helper(c, 0, arguments, keyword_count, keywords);
}

/* ---- f-strings ---- */

static bool compile_joined_str(Compiler *c, Expr *expr) {
    ExprList *values = &expr->as.elements;
    if (values->count > STACK_USE_GUIDELINE) {
        Value empty = compiler_str_constant(c, "");
        if (c->failed || !compiler_load_constant(c, empty) || !compiler_emit_name(c, OP_LOAD_METHOD, "join") ||
            !compiler_emit(c, OP_BUILD_LIST, 0))
            return false;
        for (int i = 0; i < values->count; i++) {
            if (!compile_expr(c, values->items[i]) || !compiler_emit(c, OP_LIST_APPEND, 1)) return false;
        }
        return compiler_emit(c, OP_CALL, 1);
    }
    if (!compile_exprs(c, values)) return false;
    return values->count == 1 || compiler_emit(c, OP_BUILD_STRING, values->count);
}

static bool compile_formatted_value(Compiler *c, Expr *expr) {
    int oparg = 0;
    switch (expr->as.formatted.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: break;
    }
    if (!compile_expr(c, expr->as.formatted.value)) return false;
    if (expr->as.formatted.format_spec != NULL) {
        if (!compile_expr(c, expr->as.formatted.format_spec)) return false;
        oparg |= 4;
    }
    compiler_set_span(c, expr->span);
    return compiler_emit(c, OP_FORMAT_VALUE, oparg);
}

/* ---- Functions in expressions ---- */

static bool compile_lambda(Compiler *c, Expr *expr) {
    Arguments *arguments = expr->as.lambda.arguments;
    int flags = 0;
    if (!compile_arguments_prologue(c, arguments, &flags)) return false;
    Scope *scope = symtable_child(c->unit->scope, expr);
    if (!compiler_enter_unit(c, scope, "<lambda>", expr->span.line)) return false;
    compile_set_arguments(c, arguments);
    if (compiler_add_constant(c, NONE_VALUE) < 0) return false;
    if (!compile_expr(c, expr->as.lambda.body)) return false;
    if (!scope->is_generator && !compiler_emit(c, OP_RETURN_VALUE, 0)) return false;
    if (scope->is_generator && (!compiler_emit(c, OP_POP_TOP, 0) || !compiler_load_none(c) ||
                                !compiler_emit(c, OP_RETURN_VALUE, 0)))
        return false;
    Code *code = compiler_leave_unit(c);
    if (code == NULL) return false;
    compiler_set_span(c, expr->span);
    return compiler_make_closure(c, code, flags);
}

static bool compile_yield_value(Compiler *c) {
    Scope *scope = c->unit->scope;
    if (scope->is_coroutine && scope->is_generator && !compiler_emit(c, OP_ASYNC_GEN_WRAP, 0)) return false;
    return compiler_emit(c, OP_YIELD_VALUE, 0) && compiler_emit(c, OP_RESUME, 1);
}

static bool compile_comprehension_loop(Compiler *c, Expr *expr, int index, int depth);

/* The innermost element: append to the result, or yield it. */
static bool compile_comprehension_element(Compiler *c, Expr *expr, int depth) {
    Expr *element = expr->as.comprehension.element;
    switch (expr->kind) {
    case EXPR_GENERATOR:
        return compile_expr(c, element) && compile_yield_value(c) && compiler_emit(c, OP_POP_TOP, 0);
    case EXPR_LIST_COMP: return compile_expr(c, element) && compiler_emit(c, OP_LIST_APPEND, depth + 1);
    case EXPR_SET_COMP: return compile_expr(c, element) && compiler_emit(c, OP_SET_ADD, depth + 1);
    default:
        return compile_expr(c, element) && compile_expr(c, expr->as.comprehension.value) &&
               compiler_emit(c, OP_MAP_ADD, depth + 1);
    }
}

static bool compile_comprehension_rest(Compiler *c, Expr *expr, Comprehension *generator, int index, int depth,
                                       int if_cleanup) {
    for (int i = 0; i < generator->ifs.count; i++) {
        if (!compile_jump_if(c, generator->ifs.items[i], if_cleanup, false)) return false;
    }
    if (index + 1 < expr->as.comprehension.generator_count) return compile_comprehension_loop(c, expr, index + 1, depth);
    return compile_comprehension_element(c, expr, depth);
}

static bool compile_async_comprehension_loop(Compiler *c, Expr *expr, int index, int depth) {
    Comprehension *generator = &expr->as.comprehension.generators[index];
    int start = compiler_new_label(c), except = compiler_new_label(c), if_cleanup = compiler_new_label(c);
    if (index == 0) {
        if (!compiler_emit(c, OP_LOAD_FAST, 0)) return false;
    } else if (!compile_expr(c, generator->iter) || !compiler_emit(c, OP_GET_AITER, 0)) {
        return false;
    }
    compiler_bind(c, start);
    if (!compiler_push_block(c, BLOCK_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL)) return false;
    if (!compiler_push_handler(c, except, false, 0)) return false;
    if (!compiler_emit(c, OP_GET_ANEXT, 0) || !compiler_load_none(c) || !compile_yield_from(c, true)) return false;
    compiler_pop_handler(c);
    if (!compile_store(c, generator->target)) return false;
    if (!compile_comprehension_rest(c, expr, generator, index, depth + 1, if_cleanup)) return false;
    compiler_bind(c, if_cleanup);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, start)) return false;
    compiler_pop_block(c);
    compiler_bind(c, except);
    return compiler_emit(c, OP_END_ASYNC_FOR, 0);
}

static bool compile_comprehension_loop(Compiler *c, Expr *expr, int index, int depth) {
    Comprehension *generator = &expr->as.comprehension.generators[index];
    if (generator->is_async) return compile_async_comprehension_loop(c, expr, index, depth);
    int start = compiler_new_label(c), if_cleanup = compiler_new_label(c), anchor = compiler_new_label(c);
    bool looping = true;
    if (index == 0) {
        if (!compiler_emit(c, OP_LOAD_FAST, 0)) return false;
    } else {
        Expr *iter = generator->iter;
        /* for y in [f(x)]: a plain assignment, no loop (as CPython). */
        if ((iter->kind == EXPR_LIST || iter->kind == EXPR_TUPLE) && iter->as.elements.count == 1 &&
            iter->as.elements.items[0]->kind != EXPR_STARRED) {
            if (!compile_expr(c, iter->as.elements.items[0])) return false;
            looping = false;
        } else if (!compile_expr(c, iter) || !compiler_emit(c, OP_GET_ITER, 0)) {
            return false;
        }
    }
    if (looping) {
        depth++;
        compiler_bind(c, start);
        if (!compiler_emit_jump(c, OP_FOR_ITER, anchor)) return false;
    }
    if (!compile_store(c, generator->target)) return false;
    if (!compile_comprehension_rest(c, expr, generator, index, depth, if_cleanup)) return false;
    compiler_bind(c, if_cleanup);
    if (looping) {
        if (!compiler_emit_jump(c, PSEUDO_JUMP, start)) return false;
        compiler_bind(c, anchor);
    }
    return true;
}

static const char *comprehension_name(ExprKind kind) {
    switch (kind) {
    case EXPR_LIST_COMP: return "<listcomp>";
    case EXPR_SET_COMP: return "<setcomp>";
    case EXPR_DICT_COMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static bool compile_comprehension(Compiler *c, Expr *expr) {
    Comprehension *outermost = &expr->as.comprehension.generators[0];
    Scope *scope = symtable_child(c->unit->scope, expr);
    Scope *enclosing = c->unit->scope;
    bool is_generator = expr->kind == EXPR_GENERATOR;
    if (scope != NULL && scope->is_coroutine && !is_generator &&
        !(enclosing->is_coroutine && enclosing->kind == SCOPE_FUNCTION) && enclosing->kind != SCOPE_COMPREHENSION)
        return compiler_error(c, "asynchronous comprehension outside of an asynchronous function");
    if (!compiler_enter_unit(c, scope, comprehension_name(expr->kind), expr->span.line)) return false;
    c->unit->argument_count = 1;
    compiler_set_span(c, expr->span);
    int build = expr->kind == EXPR_LIST_COMP ? OP_BUILD_LIST : expr->kind == EXPR_SET_COMP ? OP_BUILD_SET : OP_BUILD_MAP;
    if (!is_generator && !compiler_emit(c, build, 0)) return false;
    if (!compile_comprehension_loop(c, expr, 0, 0)) return false;
    compiler_set_artificial(c);
    if (is_generator && !compiler_load_none(c)) return false;
    if (!compiler_emit(c, OP_RETURN_VALUE, 0)) return false;
    Code *code = compiler_leave_unit(c);
    if (code == NULL) return false;
    compiler_set_span(c, expr->span);
    if (!compiler_make_closure(c, code, 0) || !compile_expr(c, outermost->iter)) return false;
    compiler_set_span(c, expr->span);
    if (!compiler_emit(c, outermost->is_async ? OP_GET_AITER : OP_GET_ITER, 0) || !compiler_emit(c, OP_CALL, 0))
        return false;
    if (scope->is_coroutine && !is_generator) {
        return compiler_emit(c, OP_GET_AWAITABLE, 0) && compiler_load_none(c) && compile_yield_from(c, true);
    }
    return true;
}

/* ---- yield and await ---- */

static bool compile_yield_like(Compiler *c, Expr *expr) {
    Scope *scope = c->unit->scope;
    bool in_function = scope->kind == SCOPE_FUNCTION || scope->kind == SCOPE_LAMBDA ||
                       scope->kind == SCOPE_COMPREHENSION;
    if (expr->kind == EXPR_AWAIT) {
        if (!in_function) return compiler_error(c, "'await' outside function");
        if (!(scope->kind == SCOPE_FUNCTION && scope->is_coroutine) && scope->kind != SCOPE_COMPREHENSION)
            return compiler_error(c, "'await' outside async function");
        return compile_expr(c, expr->as.value) && compiler_emit(c, OP_GET_AWAITABLE, 0) && compiler_load_none(c) &&
               compile_yield_from(c, true);
    }
    if (!in_function) return compiler_error(c, "'yield' outside function");
    if (expr->kind == EXPR_YIELD_FROM) {
        if (scope->is_coroutine) return compiler_error(c, "'yield from' inside async function");
        return compile_expr(c, expr->as.value) && compiler_emit(c, OP_GET_YIELD_FROM_ITER, 0) &&
               compiler_load_none(c) && compile_yield_from(c, false);
    }
    bool ok = expr->as.value != NULL ? compile_expr(c, expr->as.value) : compiler_load_none(c);
    compiler_set_span(c, expr->span);
    return ok && compile_yield_value(c);
}

/* ---- The dispatcher ---- */

static bool compile_subscript(Compiler *c, Expr *expr) {
    int opcode = expr->context == CONTEXT_LOAD ? OP_BINARY_SUBSCR : expr->context == CONTEXT_STORE ? OP_STORE_SUBSCR
                                                                                                    : OP_DELETE_SUBSCR;
    return compile_expr(c, expr->as.subscript.value) && compile_expr(c, expr->as.subscript.index) &&
           compiler_emit(c, opcode, 0);
}

static bool compile_slice(Compiler *c, Expr *expr) {
    int count = 2;
    bool ok = expr->as.slice.lower != NULL ? compile_expr(c, expr->as.slice.lower) : compiler_load_none(c);
    ok = ok && (expr->as.slice.upper != NULL ? compile_expr(c, expr->as.slice.upper) : compiler_load_none(c));
    if (ok && expr->as.slice.step != NULL) {
        ok = compile_expr(c, expr->as.slice.step);
        count = 3;
    }
    return ok && compiler_emit(c, OP_BUILD_SLICE, count);
}

static bool compile_tuple_or_list(Compiler *c, Expr *expr) {
    if (expr->context == CONTEXT_STORE) return compile_store(c, expr);
    if (expr->kind == EXPR_TUPLE) {
        Value folded;
        bool is_constant = false;
        if (!compile_constant_value(c, expr, &folded, &is_constant)) return false;
        if (is_constant) return compiler_load_constant(c, folded);
        return compile_starunpack(c, &expr->as.elements, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    }
    return compile_starunpack(c, &expr->as.elements, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false);
}

static bool compile_constant_expr(Compiler *c, Expr *expr) {
    Value value;
    if (!compile_literal(c, &expr->as.constant, &value)) return false;
    return compiler_load_constant(c, value);
}

static bool compile_expr_kind(Compiler *c, Expr *expr) {
    switch (expr->kind) {
    case EXPR_BOOL_OP: return compile_bool_op(c, expr);
    case EXPR_NAMED:
        return compile_expr(c, expr->as.named.value) && compiler_emit(c, OP_COPY, 1) &&
               compile_store(c, expr->as.named.target);
    case EXPR_BINARY:
        return compile_expr(c, expr->as.binary.left) && compile_expr(c, expr->as.binary.right) &&
               compiler_emit(c, OP_BINARY_OP, expr->as.binary.op);
    case EXPR_UNARY: return compile_unary(c, expr);
    case EXPR_LAMBDA: return compile_lambda(c, expr);
    case EXPR_IF: return compile_if_expr(c, expr);
    case EXPR_DICT: return compile_dict(c, expr);
    case EXPR_SET:
        return compile_starunpack(c, &expr->as.elements, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case EXPR_LIST_COMP:
    case EXPR_SET_COMP:
    case EXPR_DICT_COMP:
    case EXPR_GENERATOR: return compile_comprehension(c, expr);
    case EXPR_AWAIT:
    case EXPR_YIELD:
    case EXPR_YIELD_FROM: return compile_yield_like(c, expr);
    case EXPR_COMPARE: return compile_compare(c, expr);
    case EXPR_CALL: return compile_call(c, expr);
    case EXPR_FORMATTED_VALUE: return compile_formatted_value(c, expr);
    case EXPR_JOINED_STR: return compile_joined_str(c, expr);
    case EXPR_CONSTANT: return compile_constant_expr(c, expr);
    case EXPR_ATTRIBUTE: {
        const char *name = compiler_mangle(c, expr->as.attribute.attribute);
        if (expr->context == CONTEXT_STORE) return compile_store(c, expr);
        if (!compile_expr(c, expr->as.attribute.value)) return false;
        return compiler_emit_name(c, expr->context == CONTEXT_LOAD ? OP_LOAD_ATTR : OP_DELETE_ATTR, name);
    }
    case EXPR_SUBSCRIPT: return compile_subscript(c, expr);
    case EXPR_STARRED: return compiler_error(c, "can't use starred expression here");
    case EXPR_NAME: return compiler_nameop(c, expr->as.name, expr->context);
    case EXPR_LIST:
    case EXPR_TUPLE: return compile_tuple_or_list(c, expr);
    case EXPR_SLICE: return compile_slice(c, expr);
    }
    return true;
}

bool compile_expr(Compiler *c, Expr *expr) {
    if (!compiler_enter_depth(c)) return false;
    SourcePosition saved = c->unit->position;
    compiler_set_span(c, expr->span);
    bool ok = compile_expr_kind(c, expr);
    c->unit->position = saved;
    c->depth--;
    return ok && !c->failed;
}

bool compile_exprs(Compiler *c, ExprList *list) {
    for (int i = 0; i < list->count; i++) {
        if (!compile_expr(c, list->items[i])) return false;
    }
    return true;
}
