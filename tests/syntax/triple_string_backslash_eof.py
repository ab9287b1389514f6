s = """abc\
