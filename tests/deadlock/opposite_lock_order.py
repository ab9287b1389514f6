# Two threads take two locks in opposite orders: each holds one and waits
# for the other's. CPython waits for ever; Baton reports the deadlock.
import threading

first_lock = threading.Lock()
second_lock = threading.Lock()
both_hold_one = threading.Barrier(2)


def move(source, target):
    with source:
        both_hold_one.wait()
        with target:
            print("moved")


first = threading.Thread(target=move, args=(first_lock, second_lock))
second = threading.Thread(target=move, args=(second_lock, first_lock))
first.start()
second.start()
print("started", flush=True)
first.join()
second.join()
print("never printed")
