"""Draws the Teams app icons (manifest/color.png 192x192, manifest/outline.png 32x32 white on transparent).

Run once by hand (python3 tools/make-icons.py); the PNGs are committed. A shield, the zone's blue.
"""
import struct, zlib, os

def png(path, w, h, pixel):
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

def in_shield(u, v):
    # u, v in [0,1]: flat top, straight sides to 55%, then curving to a point at the bottom
    if v < 0.0 or v > 1.0: return False
    if v <= 0.55: half = 0.5
    else:
        t = (v - 0.55) / 0.45
        half = 0.5 * (1 - t ** 1.6)
    return abs(u - 0.5) <= half

def color(x, y):
    u, v = (x - 44) / 104, (y - 36) / 124
    if in_shield(u, v):
        inner = in_shield((u - 0.12) / 0.76, (v - 0.1) / 0.8)
        return (255, 255, 255, 255) if not inner else (31, 78, 140, 255)
    return (31, 78, 140, 255)

def outline(x, y):
    u, v = (x - 6) / 20, (y - 4) / 24
    outer = in_shield(u, v)
    inner = in_shield((u - 0.15) / 0.7, (v - 0.12) / 0.76)
    return (255, 255, 255, 255) if outer and not inner else (0, 0, 0, 0)

here = os.path.join(os.path.dirname(__file__), '..', 'manifest')
png(os.path.join(here, 'color.png'), 192, 192, color)
png(os.path.join(here, 'outline.png'), 32, 32, outline)
