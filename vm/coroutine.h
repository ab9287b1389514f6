/* coroutine.h: what `await`, `async with`, `async for` and async generators
 * need beyond the generator machinery (generator.h).
 *
 * A coroutine is a Generator whose type is `coroutine`: `await x` turns x
 * into an iterator (GET_AWAITABLE: the coroutine itself, or x.__await__())
 * and drives it with SEND/YIELD_VALUE exactly as `yield from` does, so a
 * chain of awaits suspends all the way up to whoever called send() on the
 * outermost coroutine (an event loop, or a test's own scheduler).
 * coroutine.c holds the awaitable protocol, the slow paths of the async
 * opcodes, the `coroutine_wrapper` that coroutine.__await__() returns and
 * the "coroutine ... was never awaited" warning; async_generator.c holds
 * async generators' methods and the awaitables they return. */
#ifndef BATON_COROUTINE_H
#define BATON_COROUTINE_H

#include "generator.h"

extern Type type_coroutine_wrapper;
extern Type type_async_generator_asend, type_async_generator_athrow, type_async_generator_wrapped_value;

/* GET_AWAITABLE: the iterator `await value` drives. `where` is the opcode's
 * argument (0 await, 1 after __aenter__, 2 after __aexit__), which picks
 * CPython's message when value has no __await__. */
bool coroutine_get_awaitable(Thread *thread, Value value, int where, Value *result);

/* BEFORE_ASYNC_WITH: the bound __aexit__ and the unbound __aenter__. */
bool coroutine_before_async_with(Thread *thread, Value manager, Value *exit, Value *enter);

/* GET_AITER: aiter(value), with the 'async for' messages. */
bool coroutine_get_aiter(Thread *thread, Value iterable, Value *result);

/* GET_ANEXT: the awaitable of aiter.__anext__(). */
bool coroutine_get_anext(Thread *thread, Value aiter, Value *result);

/* POP_TOP dropped a value: if it is a coroutine that never started, record
 * where, so that the warning printed when it is collected names the line,
 * as CPython's (which frees it on the spot), and ask for a collection. */
void coroutine_note_dropped(Thread *thread, Frame *frame, Value value);

/* type_coroutine's finalize: print the never-awaited warning if due. It
 * writes to stderr and runs no Python code. */
size_t coroutine_finalize(Runtime *runtime, Object *object);

/* Ready the wrapper and async-generator types and add the coroutine and
 * async generator methods that live outside generator.c. */
void coroutine_init_types(Thread *thread);

/* ---- async_generator.c ---- */

/* ASYNC_GEN_WRAP: mark a value yielded by an async generator's `yield`, so
 * its awaitables can tell it from what an inner `await` yields. */
bool async_generator_wrap(Thread *thread, Value value, Value *result);

/* agen.__anext__() for GET_ANEXT's fast path. */
bool async_generator_anext(Thread *thread, Generator *generator, Value *result);

void async_generator_init_types(Thread *thread);

#endif
