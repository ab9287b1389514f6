x = f"{x!r}" f"{y!s:10}" f"{z!a}"
