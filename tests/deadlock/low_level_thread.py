# A _thread thread (no threading name) waits for a lock the main thread
# holds, and the main thread waits for a lock the other one holds.
import _thread
import time

held_by_main = _thread.allocate_lock()
held_by_worker = _thread.allocate_lock()
worker_ready = _thread.allocate_lock()
held_by_main.acquire()
worker_ready.acquire()


def worker():
    held_by_worker.acquire()
    worker_ready.release()
    held_by_main.acquire()


_thread.start_new_thread(worker, ())
worker_ready.acquire()
held_by_worker.acquire()
