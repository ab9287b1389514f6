# Two threads each wait for an event that only the other would set.
import threading

ping = threading.Event()
pong = threading.Event()


def player():
    ping.wait()
    pong.set()


t = threading.Thread(target=player, name="player")
t.start()
pong.wait()
ping.set()
