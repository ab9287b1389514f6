# What concurrent.futures exports.
import concurrent.futures as cf

for name in ("Future", "ThreadPoolExecutor", "Executor", "wait", "as_completed",
             "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
             "CancelledError", "TimeoutError", "BrokenExecutor", "InvalidStateError"):
    print(name, hasattr(cf, name))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.BrokenExecutor.__mro__[1].__name__, cf.CancelledError.__mro__[2].__name__)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor))
