s = "abcdefgh"
print(f"[{s:.3}] [{s:10.3}] [{s:>10.5}]")
print(f"[{s:s}]")
