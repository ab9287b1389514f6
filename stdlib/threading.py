"""Threads and the tools that make them cooperate, written in Baton's Python.

This is Baton's version of CPython 3.11's threading module. Everything here
is built on the small C module _thread (stdlib/mod_thread.c): it starts OS
threads (start_new_thread), gives each a number (get_ident) and provides
the one primitive lock (allocate_lock) and the re-entrant RLock. The rest,
Thread, Condition, Semaphore, Event, Barrier, Timer and local, are ordinary
classes built from those locks, so students can read how each one works.

How a Thread finishes and is joined: start() allocates a lock and holds it
(the "tstate lock"); the new thread releases it as its very last step.
join() is just acquiring that lock (with the timeout), so a thread blocked
in join() sleeps inside the C lock, releasing the GIL, until the target has
ended. At exit the VM calls _shutdown(), which joins every thread that is not
a daemon.

Not available in Baton: settrace, setprofile, gettrace, getprofile (Baton
has no tracing hooks), and the deprecation warnings of the old camelCase
names (currentThread, Thread.getName...), which work without a warning."""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'excepthook', 'local', 'get_native_id', 'stack_size']

# The primitives _thread gives us, under the names threading uses.
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_daemon_threads_allowed = _thread._daemon_threads_allowed
_set_name = _thread._set_name
_format_exception = _thread._format_exception
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

# Lock() makes a plain lock: the C lock type itself, as in CPython.
Lock = _allocate_lock


# ---------------------------------------------------------------------------
# RLock: a lock its owner may acquire again, released as many times.

class _RLock:
    """A re-entrant lock written in Python, on top of a plain lock.

    It remembers which thread owns it and how many times that thread has
    acquired it; only the last release() frees the underlying lock. Used
    when _thread has no C RLock with the helpers Condition needs."""

    def __init__(self):
        self._block = _allocate_lock()  # held while any thread owns us
        self._owner = None              # ident of the owning thread
        self._count = 0                 # how many times the owner acquired

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, self.__class__.__module__, self.__class__.__qualname__,
            self._owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def locked(self):
        return self._block.locked()

    # The three helpers Condition.wait() uses to release an RLock fully
    # and take it back with the same count.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock

# The C RLock is used when it has the helpers Condition relies on.
_CRLock = getattr(_thread, "RLock", None)
if _CRLock is not None and not hasattr(_CRLock, "_release_save"):
    _CRLock = None


def RLock(*args, **kwargs):
    """Make a re-entrant lock (the C one when _thread offers it)."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


# ---------------------------------------------------------------------------
# Condition: wait until another thread says something changed.

class Condition:
    """A lock plus a list of sleeping threads.

    wait() puts a fresh, already-held lock on the list, releases the
    condition's lock, and blocks acquiring that fresh lock; notify()
    releases the first waiters' locks, which wakes them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows how to save and restore itself (RLock) does so;
        # a plain Lock uses the simple versions below.
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, "_is_owned"):
            self._is_owned = lock._is_owned
        self._waiters = []  # one held lock per waiting thread, oldest first

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: if we can take it, nobody
        # (so not us) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timed out, re-acquire.
        Returns False only when the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        woken = False
        try:
            if timeout is None:
                waiter.acquire()
                woken = True
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved_state)
            if not woken:
                self._forget(waiter)

    def _forget(self, waiter):
        # Remove a waiter that timed out, unless notify() already did.
        try:
            self._waiters.remove(waiter)
        except ValueError:
            pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or the timeout has passed;
        returns the last value of predicate()."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass  # it timed out meanwhile and released itself
            else:
                n -= 1
            self._forget(waiter)

    def notify_all(self):
        """Wake up every waiting thread."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------------------
# Semaphores: a counter that blocks at zero.

class Semaphore:
    """A counter: acquire() takes one (waiting while it is 0), release()
    gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value  # how many acquire() calls can go through now

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s>" % (
            cls.__module__, cls.__qualname__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; False when non-blocking or timed out without."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking as many waiting threads."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._check_release(n)
            self._value += n
            self._cond.notify(n)

    def _check_release(self, n):
        pass  # any number of releases is fine for a plain Semaphore

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value  # the ceiling

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s/%s>" % (
            cls.__module__, cls.__qualname__, hex(id(self)), self._value,
            self._initial_value)

    def _check_release(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


# ---------------------------------------------------------------------------
# Event: a flag threads can wait for.

class Event:
    """A boolean flag; wait() blocks until some thread set()s it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False  # set() makes it True, clear() False

    def __repr__(self):
        cls = self.__class__
        status = "set" if self._flag else "unset"
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__,
                                      hex(id(self)), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set (or timeout); return the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barrier: n threads wait for each other, then all go on together.

class BrokenBarrierError(RuntimeError):
    pass


# The states of a Barrier.
_FILLING = 0     # threads are arriving
_DRAINING = 1    # the last one arrived: the waiters are leaving
_RESETTING = -1  # reset() was called while threads were waiting
_BROKEN = -2     # abort() or a timeout broke it


class Barrier:
    """A meeting point for `parties` threads.

    Each wait() blocks until `parties` threads have called it; then they all
    return, each with a different index (0 .. parties-1), and the barrier can
    be used again. The last to arrive runs `action` first."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action      # called by one thread when all arrived
        self._timeout = timeout    # default timeout of wait()
        self._parties = parties    # how many threads must arrive
        self._state = _FILLING
        self._count = 0            # threads inside wait() now

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__,
                                              hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, hex(id(self)), self.n_waiting,
            self.parties)

    def wait(self, timeout=None):
        """Wait for the others; return this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Wait while the previous round is still leaving or being reset.
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        # The last thread arrived: run the action, then let everyone go.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _exit(self):
        # The last thread out opens the barrier for the next round.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Back to the initial state; current waiters get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: every wait(), now or later, raises."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# The registry of threads.

# Every started thread by ident, and the ones between start() and running.
_active_limbo_lock = RLock()
_active = {}   # ident -> Thread, for threads that are running
_limbo = {}    # Thread -> Thread, started but not running yet
# The tstate locks of non-daemon threads, which _shutdown() waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = []
_SHUTTING_DOWN = False
_threading_atexits = []  # functions _shutdown() calls first (newest first)

_name_counter = 0  # numbers for "Thread-N" and "Dummy-N"


def _newname(name_template):
    global _name_counter
    _name_counter += 1
    return name_template % _name_counter


# ---------------------------------------------------------------------------
# Uncaught exceptions in threads.

class ExceptHookArgs:
    """What excepthook receives: exc_type, exc_value, exc_traceback, thread.
    Built from a 4-item sequence, as CPython's _thread._ExceptHookArgs."""

    _fields = ("exc_type", "exc_value", "exc_traceback", "thread")

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __repr__(self):
        parts = ["%s=%r" % (field, getattr(self, field)) for field in self._fields]
        return "_thread._ExceptHookArgs(%s)" % ", ".join(parts)

    # Like CPython's struct sequence, it is also a 4-item sequence.
    def _as_tuple(self):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())


def excepthook(args):
    """The default handler: print "Exception in thread NAME:" and the
    traceback to stderr. SystemExit ends a thread quietly."""
    if args.exc_type == SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=_sys.stderr, flush=True)
    _print_traceback(args.exc_value)
    _sys.stderr.flush()


def _print_traceback(exc):
    # The traceback on sys.stderr, whatever sys.stderr is now.
    _sys.stderr.write(_format_exception(exc))


# The original hook, so a program can put it back.
__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # Call the current threading.excepthook (a program may replace it); if
    # the hook itself fails, report that failure instead.
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    args = ExceptHookArgs([type(exc), exc, exc.__traceback__, thread])
    try:
        hook(args)
    except BaseException as hook_exc:
        hook_exc.__suppress_context__ = True
        print("Exception in threading.excepthook:", file=_sys.stderr,
              flush=True)
        _print_traceback(hook_exc)


# ---------------------------------------------------------------------------
# Thread

class Thread:
    """A thread of control: subclass it and override run(), or pass a
    target callable. start() runs run() in a new OS thread."""

    _initialized = False  # Thread.__init__ sets it: start() checks

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name is not None:
                    name += " (%s)" % target_name
        self._target = target    # what run() calls, or None
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError("daemon threads are disabled in this "
                                   "(sub)interpreter")
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon  # inherited
        self._ident = None        # set by the thread itself when it runs
        self._native_id = None
        self._tstate_lock = None  # held from start() until the thread ends
        self._started = Event()   # set once the new thread is running
        self._is_stopped = False  # True once joined (or seen finished)
        self._local_impls = []    # threading.local storage to clear at end
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a thread that has finished
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread; it calls run(). At most once per object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.append(self._tstate_lock)
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _active_limbo_lock:
                del _limbo[self]
            self._stop()
            raise
        self._started.wait()

    def run(self):
        """What the thread does: call the target. Subclasses override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so the arguments can be collected.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # The first function the new OS thread runs.
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            _set_name(self._name)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            self._delete()

    def _delete(self):
        # The thread's last steps: forget it, clear its threading.local
        # values, and release the tstate lock that join() waits for.
        for impl in self._local_impls:
            impl.forget(self._ident)
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
        self._tstate_lock.release()

    def _stop(self):
        # Called by whoever saw the thread finish (join, is_alive).
        self._is_stopped = True
        lock = self._tstate_lock
        if lock is not None and not self._daemonic:
            with _shutdown_locks_lock:
                if lock in _shutdown_locks:
                    _shutdown_locks.remove(lock)
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Acquiring the tstate lock succeeds only once the thread has ended.
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds passed;
        is_alive() tells which."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None and not self._is_stopped:
            _set_name(self._name, self._ident)  # the VM shows the new name too

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError("daemon threads are disabled in this "
                               "interpreter")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # The old camelCase accessors (deprecated in CPython 3.10).
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call function(*args, **kwargs) after `interval` seconds, unless
    cancel() was called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()  # set by cancel() or when done

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        _set_name(self._name)
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread.start_new_thread, when it
    asks for current_thread(). Always alive, a daemon, never joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level functions.

def current_thread():
    """The Thread object of the calling thread."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


currentThread = current_thread


def active_count():
    """How many Thread objects are alive (as len(enumerate()))."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    """A list of every alive Thread, the main thread included."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The Thread object of the thread the program started in."""
    return _main_thread


def _register_atexit(func, *args, **kwargs):
    # Let a library (concurrent.futures) run cleanup before _shutdown()
    # joins the threads; the newest registration runs first.
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the VM when the main program ends: run the registered
    atexit functions, mark the main thread stopped, then wait for every
    non-daemon thread. Daemon threads are left where they stand."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)
    if _main_thread.ident == get_ident():
        _main_thread._tstate_lock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# ---------------------------------------------------------------------------
# local: attributes with one value per thread.

class _LocalImpl:
    """The storage behind one threading.local object: a dict of attributes
    per thread ident, plus the arguments to re-run __init__ with."""

    def __init__(self, args, kwargs):
        self.dicts = {}       # ident -> that thread's attribute dict
        self.args = args
        self.kwargs = kwargs

    def forget(self, ident):
        self.dicts.pop(ident, None)


def _local_dict(self):
    # This thread's attribute dict of a local object, made (and __init__
    # re-run, as CPython does) the first time a thread touches it.
    impl = object.__getattribute__(self, "_local__impl")
    ident = get_ident()
    values = impl.dicts.get(ident)
    if values is None:
        values = {}
        impl.dicts[ident] = values
        thread = _active.get(ident)
        if thread is not None:
            thread._local_impls.append(impl)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *impl.args, **impl.kwargs)
    return values


def _local_is_data_descriptor(self, name):
    # A property (or other descriptor with __set__) defined on a subclass
    # stays a class-level attribute.
    attribute = getattr(type(self), name, None)
    return attribute is not None and hasattr(type(attribute), "__set__")


class local:
    """An object whose attributes are seen only by the thread that set
    them: each thread has its own values."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__setattr__(self, "_local__impl", impl)
        # The creating thread's dict exists at once; its __init__ runs
        # the ordinary way, right after __new__.
        impl.dicts[get_ident()] = {}
        thread = _active.get(get_ident())
        if thread is not None:
            thread._local_impls.append(impl)
        return self

    def __getattribute__(self, name):
        if name == "__dict__":
            return _local_dict(self)
        if name == "_local__impl" or name == "__class__":
            return object.__getattribute__(self, name)
        values = _local_dict(self)
        if name in values and not _local_is_data_descriptor(self, name):
            return values[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            pass
        cls = type(self)
        type_name = "_thread._local" if cls is local else cls.__name__
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type_name, name))

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        if _local_is_data_descriptor(self, name):
            object.__setattr__(self, name, value)
            return
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        if _local_is_data_descriptor(self, name):
            object.__delattr__(self, name)
            return
        values = _local_dict(self)
        if name not in values:
            cls = type(self)
            type_name = "_thread._local" if cls is local else cls.__name__
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type_name, name))
        del values[name]


# The main thread's object, made when threading is first imported.
_main_thread = _MainThread()
