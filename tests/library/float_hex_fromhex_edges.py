for a in [b'1', 1, None]:
  try: float.fromhex(a)
  except Exception as e: print(type(e).__name__, e)
for a in ['', ' ', '0x', '0x.', '.', 'p1','0xp1','1p','1p+','1_0','0x1.8p1 ', ' \t-0X1.8P-1\n', '\u30001', 'infinity','-INF','nAn','+nan','inFinit','0x1.fffffffffffff8p1023','0x1.fffffffffffff7p1023','0x1p1024','0x1p-1074','0x1p-1075','0x1.0000000000001p-1075','0x3p-1076','0x1p-1076','1'*10+'p-99999999999999999999999999', '0x1p99999999999999999999999','0.0p99999999999999999', '-0x0p0', '0x00000.00001', 'a.bP+3', '1e', '0x1.8p1x', '- 1', '--1', '0x-1', '1.2.3', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0','0x.8p-1073','0x.8p-1074', '0x1.ffffffffffffffp-1023', '0x0.0000000000001p-1022', '0x1p-1023', '0xffffffffffffffffffffp-80', '-0x1.5p+3']:
  try: print(repr(a), float.fromhex(a))
  except Exception as e: print(repr(a), type(e).__name__, e)
for x in [0.0,-0.0,1.0,-0.1,5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.5, 1e-310, 123456.789, -1e300]:
  print(x.hex(), float.fromhex(x.hex()) == x or x != x)
import random
r = random.Random(5)
bad = 0
for i in range(150):
  x = r.random() * 2.0 ** r.randint(-1100, 1023)
  if float.fromhex(x.hex()) != x: bad += 1
  s = '0x' + ''.join(r.choice('0123456789abcdef') for _ in range(r.randint(1, 25))) + 'p' + str(r.randint(-1200, 1000))
  try: v = float.fromhex(s)
  except OverflowError: v = 'ovf'
  print(s, v)
print('bad', bad)
try: (1.0).hex(1)
except Exception as e: print(type(e).__name__, e)
try: float.fromhex()
except Exception as e: print(type(e).__name__, e)
try: float.fromhex('1','2')
except Exception as e: print(type(e).__name__, e)
try: (1.0).hex(x=1)
except Exception as e: print(type(e).__name__, e)
try: float.fromhex(s='1')
except Exception as e: print(type(e).__name__, e)
class S(str): pass
print(float.fromhex(S('1')))
class F(float):
  def __new__(cls, v): print('new', v); return super().__new__(cls, v)
print(type(F.fromhex('0x1p1')), (2.0).fromhex('3'), F(2.5).hex())
