// A small PNG reader for the browser test: 8-bit greyscale, RGB or RGBA, not interlaced (what
// Chromium's screenshots are). Returns {width, height, rgba} with 4 bytes per pixel.
import { inflateSync } from 'node:zlib';

export function readPng(buffer) {
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG file');
  let offset = 8;
  let width = 0, height = 0, depth = 0, type = 0, interlace = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const kind = buffer.subarray(offset + 4, offset + 8).toString('latin1');
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (kind === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8];
      type = body[9];
      interlace = body[12];
    } else if (kind === 'IDAT') {
      data.push(body);
    } else if (kind === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 6: 4 }[type];
  if (depth !== 8 || !channels || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${type}, interlace ${interlace}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; ++x) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter}`);
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; ++i) {
    const s = pixels.subarray(i * channels, (i + 1) * channels);
    rgba[i * 4] = s[0];
    rgba[i * 4 + 1] = channels >= 3 ? s[1] : s[0];
    rgba[i * 4 + 2] = channels >= 3 ? s[2] : s[0];
    rgba[i * 4 + 3] = channels === 4 ? s[3] : 255;
  }
  return { width, height, rgba };
}

/// The share of pixels that differ clearly (any channel by more than `tolerance`) between two
/// images of the same size; 1 when the sizes differ.
export function differingShare(a, b, tolerance = 64) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.width * a.height; ++i)
    for (let c = 0; c < 3; ++c)
      if (Math.abs(a.rgba[i * 4 + c] - b.rgba[i * 4 + c]) > tolerance) {
        ++differing;
        break;
      }
  return differing / (a.width * a.height);
}
