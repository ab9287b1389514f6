# time: clocks, sleep, struct_time, gmtime, strftime, asctime (no wall-clock values printed).
import time
t0, m0, p0, n0 = time.time(), time.monotonic(), time.perf_counter(), time.monotonic_ns()
time.sleep(0.02)
time.sleep(0)
print(time.time() >= t0, time.monotonic() - m0 >= 0.015, time.perf_counter() > p0, time.monotonic_ns() > n0)
print(type(time.time()), type(time.time_ns()), type(time.perf_counter_ns()), type(time.process_time()))
for bad in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.sleep(), lambda: time.gmtime('x'),
            lambda: time.strftime('%Y', (1, 2)), lambda: time.strftime('%Y', 5), lambda: time.strftime(5),
            lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
g = time.gmtime(1234567890)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_gmtoff)
print(g[0], g[-1], g[:3], len(g), tuple(g), g == (2009, 2, 13, 23, 31, 30, 4, 44, 0), isinstance(g, tuple))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %p %y %%', g))
print(time.strftime('%d/%m/%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), repr(time.strftime('', g)))
print(time.asctime(g), time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
print(time.gmtime(0), time.gmtime(-1.5)[:6], time.gmtime(951782400)[:3])
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)), time.struct_time, type(g).__name__)
l = time.localtime(1e9)
print(type(l).__name__, len(l), time.mktime(l), len(time.ctime(0)), len(time.asctime()))
print(time.strftime('%Y', time.localtime())[:2] == '20', time.localtime().tm_year == time.localtime()[0])
