tests = ['\x1c5','5\x1c', '\x855', '5\x85', '\xa05\xa0', '\x1c5\u3000', '\u30005\x1c','1_٢', '1\u00a02','0b١','٠x1','0٠1', '𝟗𝟗', '-\u2003٣', '١٢٣', '  +5\n', '\U0001FBF9', '߀', 'x'*300, 'é'*300, '١'*30, '1e٣', 'ⅷ', '²', '٣.٥e-١', 'inf\u3000', '\u2028nan', '']
for s in tests:
  for f in (int,float):
    try: print(repr(f(s)))
    except ValueError as e: print(e)
for s, b in [('١٠', 16), ('z', 36), ('𝟙𝟘', 2), ('0x١f', 0), ('0b١', 0), ('٠٧', 0), ('١'*5000, 10)]:
  try: print(int(s, b))
  except ValueError as e: print(str(e)[:80])
for s in [b'x'*300, bytearray(b'12x'), b'\xd9\xa1', b' 12 ', bytearray(b'1_5')]:
  for f in (int, float):
    try: print(repr(f(s)))
    except ValueError as e: print(e)
print(int(b'0x_ff', 0), int(bytearray(b'ff'), 16))
