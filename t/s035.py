import a, b.c as d, e.f.g
