"""Futures and thread pools, written in Baton's Python.

Baton's version of CPython 3.11's concurrent.futures. A Future is a box for
a result that does not exist yet: the thread that computes it calls
set_result() or set_exception(), and any thread may wait for it with
result(). A ThreadPoolExecutor keeps a few worker threads that take
(future, function, arguments) work items from a queue.Queue and fill in the
futures; submit() returns the future at once.

wait() and as_completed() watch many futures at a time: each puts a small
"waiter" object (an Event plus the list of futures finished so far) on every
future it watches, and a future that finishes tells all its waiters.

ProcessPoolExecutor belongs with multiprocessing, which Baton does not have
yet: it is not defined here."""

import os
import threading
import queue
import logging
from time import monotonic as _time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'InvalidStateError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a Future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                  # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

# Where a failing done-callback or worker is reported.
LOGGER = logging.getLogger("concurrent.futures")

# In CPython these classes live in concurrent.futures._base: they show that
# name in reprs and tracebacks.
_BASE = "concurrent.futures._base"


class Error(Exception):
    """Base class for the errors of this module."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""
    pass


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work (a worker's initializer failed)."""
    pass


class BrokenThreadPool(BrokenExecutor):
    """A worker thread of a ThreadPoolExecutor failed to initialize."""
    pass


Error.__module__ = _BASE
CancelledError.__module__ = _BASE
InvalidStateError.__module__ = _BASE
BrokenExecutor.__module__ = _BASE
BrokenThreadPool.__module__ = "concurrent.futures.thread"

# Since Python 3.11 the module's TimeoutError is the built-in one.
TimeoutError = TimeoutError


# ---------------------------------------------------------------------------
# Waiters: how wait() and as_completed() learn that futures finished.

class _Waiter:
    """Collects the futures that finish; `event` is set when the caller
    of wait()/as_completed() should look."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """as_completed(): wake up on every finished future. The lock keeps the
    list consistent while as_completed() takes it."""

    def __init__(self):
        _Waiter.__init__(self)
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            _Waiter.add_result(self, future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            _Waiter.add_exception(self, future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            _Waiter.add_cancelled(self, future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """wait(FIRST_COMPLETED): wake up on the first finished future."""

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self.event.set()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        self.event.set()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """wait(ALL_COMPLETED / FIRST_EXCEPTION): wake up when every future is
    done, or (stop_on_exception) on the first one that raised."""

    def __init__(self, num_pending_calls, stop_on_exception):
        _Waiter.__init__(self)
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Holds the condition lock of every future in a `with` block, always
    in the same order (by id) so two callers cannot deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
            f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def _is_finished(future):
    return future._state in [CANCELLED_AND_NOTIFIED, FINISHED]


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they finish (the finished ones first).
    TimeoutError if some are still unfinished after `timeout` seconds."""
    if timeout is not None:
        end_time = timeout + _time()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if _is_finished(f)]
        pending = fs - set(finished)
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    try:
        yield from _yield_finished(finished, pending)
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            yield from _yield_finished(finished, pending)
    finally:
        _remove_waiter(fs, waiter)


def _yield_finished(finished, pending):
    # Hand out the futures in the order they finished, dropping them from
    # the pending set.
    for future in finished:
        pending.discard(future)
        yield future


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: a named pair of sets (done, not_done)."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


DoneAndNotDoneFutures.__module__ = _BASE


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures are done as `return_when` says (or timeout);
    return DoneAndNotDoneFutures(done, not_done), two sets."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if _is_finished(f))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done
                   if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ---------------------------------------------------------------------------
# Future

class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()  # guards everything below
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []          # the waiters of wait()/as_completed()
        self._done_callbacks = []   # called with the future once it is done

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            description = _STATE_TO_DESCRIPTION_MAP[self._state]
            head = '<%s at %s state=%s' % (self.__class__.__name__,
                                           hex(id(self)), description)
            if self._state == FINISHED:
                if self._exception:
                    return '%s raised %s>' % (
                        head, self._exception.__class__.__name__)
                return '%s returned %s>' % (
                    head, self._result.__class__.__name__)
            return head + '>'

    def cancel(self):
        """Cancel the future if it has not started running; True if it is
        (now) cancelled."""
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the future finished or was cancelled."""
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done: at once if it is."""
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        # With the condition held: wait until finished or cancelled; raise
        # CancelledError or TimeoutError, else return (FINISHED).
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; raises
        what the call raised, CancelledError or TimeoutError."""
        with self._condition:
            self._wait_done(timeout)
            return self._get_result()

    def exception(self, timeout=None):
        """What the call raised (None if it returned), waiting as result()."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    # The executor's side.

    def set_running_or_notify_cancel(self):
        """Mark the future running, or, if it was cancelled, tell its
        waiters and return False (the work must then be skipped)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s',
                            id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._settle(result, None)

    def set_exception(self, exception):
        self._settle(None, exception)

    def _settle(self, result, exception):
        # Record the outcome, tell the waiters of wait() and as_completed(),
        # wake the callers of result(), then run the callbacks unlocked.
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._state = FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


# ---------------------------------------------------------------------------
# Executors

class Executor:
    """The interface of every executor: submit, map, shutdown, `with`."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently; the
        results come back in order. TimeoutError if a result is not there
        `timeout` seconds after map() was called."""
        end_time = None
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        # The submits above happen now; the results are read lazily.
        return _map_results(fs, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _map_results(fs, end_time):
    # Yield each future's result in order; cancel what is left if the
    # consumer stops early or a call failed.
    fs.reverse()
    try:
        while fs:
            future = fs.pop()
            try:
                if end_time is None:
                    result = future.result()
                else:
                    result = future.result(end_time - _time())
            finally:
                future.cancel()
            yield result
    finally:
        for future in fs:
            future.cancel()


# Set at interpreter exit: idle workers then end.
_shutdown = False
_global_shutdown_lock = threading.Lock()
_threads_queues = {}  # worker thread -> its executor's work queue


def _python_exit():
    # Run by threading._shutdown() before it joins threads: wake every
    # worker so it sees _shutdown and ends.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and the future it fills."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    # The loop of a worker thread: run work items until a None tells it
    # the executor (or the interpreter) is shutting down.
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                executor._idle_semaphore.release()
                continue
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)  # pass the signal to the next worker
                return
    except BaseException:
        LOGGER.critical('Exception in worker', exc_info=True)


_executor_counter = 0  # numbers the default thread name prefixes


def _next_executor_number():
    global _executor_counter
    number = _executor_counter
    _executor_counter += 1
    return number


class ThreadPoolExecutor(Executor):
    """Runs submitted calls on up to max_workers threads, started as work
    arrives and reused."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)  # one unit per idle worker
        self._threads = set()
        self._broken = False       # a message once an initializer failed
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_executor_number()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # Reuse an idle worker if there is one; else start a new worker
        # while fewer than max_workers exist.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            thread = threading.Thread(
                name=thread_name, target=_worker,
                args=(self, self._work_queue, self._initializer,
                      self._initargs))
            thread.start()
            self._threads.add(thread)
            _threads_queues[thread] = self._work_queue

    def _initializer_failed(self):
        # Mark the pool broken and fail every call still waiting.
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new work; with cancel_futures, cancel the calls not started;
        with wait, return once every worker has ended."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                self._cancel_pending()
            self._work_queue.put(None)  # wakes the workers one by one
        if wait:
            for thread in list(self._threads):
                thread.join()
                _threads_queues.pop(thread, None)

    def _cancel_pending(self):
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                break
            if work_item is not None:
                work_item.future.cancel()
