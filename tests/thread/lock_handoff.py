# Two threads hand a token back and forth through two locks.
import _thread

ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
done = _thread.allocate_lock()
ping.acquire()
pong.acquire()
done.acquire()
log = []


def player():
    for i in range(5):
        ping.acquire()
        log.append("pong %d" % i)
        pong.release()
    done.release()


_thread.start_new_thread(player, ())
for i in range(5):
    log.append("ping %d" % i)
    ping.release()
    pong.acquire()
done.acquire()
print("\n".join(log))
print(ping.locked(), pong.locked(), done.locked())
