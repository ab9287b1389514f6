"""png_pixels.py: read the pixels of a PNG file with nothing but the
standard library (zlib), for check_page.py to look at Chromium's
screenshots of the GIL trace page.

Handles what a browser writes: 8 bits per channel, RGB or RGBA, not
interlaced. rows(path) returns the width, the height and each row as a list
of (red, green, blue) tuples."""
import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {2: 3, 6: 4}  # colour type: RGB, RGBA


def chunks(data):
    """The (type, payload) chunks after the signature."""
    position = len(SIGNATURE)
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        yield kind, data[position + 8:position + 8 + length]
        position += 12 + length


def header(payload):
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", payload)
    if depth != 8 or colour_type not in CHANNELS or interlace != 0:
        raise ValueError("unsupported PNG: depth %d, colour type %d, interlace %d" % (depth, colour_type, interlace))
    return width, height, CHANNELS[colour_type]


def paeth(left, up, up_left):
    estimate = left + up - up_left
    distance_left, distance_up, distance_up_left = abs(estimate - left), abs(estimate - up), abs(estimate - up_left)
    if distance_left <= distance_up and distance_left <= distance_up_left:
        return left
    return up if distance_up <= distance_up_left else up_left


def unfilter(kind, line, previous, step):
    """Undo one scanline's filter (PNG specification, section 9)."""
    if kind == 0:
        return line
    out = bytearray(line)
    for i in range(len(out)):
        left = out[i - step] if i >= step else 0
        up = previous[i]
        if kind == 1:
            out[i] = (out[i] + left) & 0xFF
        elif kind == 2:
            out[i] = (out[i] + up) & 0xFF
        elif kind == 3:
            out[i] = (out[i] + ((left + up) >> 1)) & 0xFF
        else:
            up_left = previous[i - step] if i >= step else 0
            out[i] = (out[i] + paeth(left, up, up_left)) & 0xFF
    return out


def rows(path):
    with open(path, "rb") as file:
        data = file.read()
    if not data.startswith(SIGNATURE):
        raise ValueError("%s is not a PNG file" % path)
    compressed = bytearray()
    for kind, payload in chunks(data):
        if kind == b"IHDR":
            width, height, step = header(payload)
        elif kind == b"IDAT":
            compressed += payload
    raw = zlib.decompress(bytes(compressed))
    stride = width * step
    previous = bytearray(stride)
    result = []
    for y in range(height):
        start = y * (stride + 1)
        line = unfilter(raw[start], raw[start + 1:start + 1 + stride], previous, step)
        result.append(list(zip(line[0::step], line[1::step], line[2::step])))
        previous = line
    return width, height, result
