import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { IMAGE_LIMITS, gpsFromExif, intakeImage, sniffImageType } from './image-intake.ts';

const GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '34/1 45/1 30/1',
  GPSLongitudeRef: 'E',
  GPSLongitude: '113/1 40/1 12/1',
};

const photo = (format: 'jpeg' | 'png' | 'webp', exif = true, width = 40, height = 30): Promise<Buffer> => {
  const base = sharp({ create: { width, height, channels: 3, background: '#3a7' } })[format]();
  return (exif ? base.withExif({ IFD0: { Make: 'TestCam' }, IFD3: GPS }) : base).toBuffer();
};

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('sniffImageType', () => {
  it('names the type from the bytes, not from a claim', async () => {
    expect(sniffImageType(await photo('jpeg', false))).toBe('image/jpeg');
    expect(sniffImageType(await photo('png', false))).toBe('image/png');
    expect(sniffImageType(await photo('webp', false))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('intakeImage', () => {
  it('strips every metadata block and reports the real size', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const input = await photo(format);
      expect((await sharp(input).metadata()).exif).toBeDefined();
      const out = await intakeImage(input, { keepLocation: false });
      expect(out.contentType).toBe(`image/${format}`);
      expect([out.width, out.height]).toEqual([40, 30]);
      const meta = await sharp(out.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(out.bytes.includes(Buffer.from('TestCam'))).toBe(false);
      expect(out.location).toBeNull();
    }
  });

  it('returns the GPS position only when asked to keep it, and never leaves it in the file', async () => {
    const out = await intakeImage(await photo('jpeg'), { keepLocation: true });
    expect(out.location).toEqual({ lat: 34.758333, lng: 113.67 });
    expect((await sharp(out.bytes).metadata()).exif).toBeUndefined();
  });

  it('has no location for a photo without GPS', async () => {
    expect((await intakeImage(await photo('png', false), { keepLocation: true })).location).toBeNull();
  });

  it('refuses files that are not accepted images, damaged images and oversized ones', async () => {
    expect(await rejection(intakeImage(Buffer.from('%PDF-1.7 not an image'), { keepLocation: false }))).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    const truncated = (await photo('jpeg', false)).subarray(0, 60);
    expect(await rejection(intakeImage(truncated, { keepLocation: false }))).toBe('IMAGE_UNREADABLE');
    expect(await rejection(intakeImage(Buffer.alloc(IMAGE_LIMITS.maxBytes + 1, 0xff), { keepLocation: false }))).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('refuses images beyond the longest-side limit before decoding them', async () => {
    const wide = await sharp({
      create: { width: IMAGE_LIMITS.maxSide + 1, height: 2, channels: 3, background: '#000' },
    })
      .png()
      .toBuffer();
    expect(await rejection(intakeImage(wide, { keepLocation: false }))).toBe('IMAGE_TOO_MANY_PIXELS');
  });
});

describe('gpsFromExif', () => {
  it('ignores unreadable blocks', () => {
    expect(gpsFromExif(Buffer.from('not exif'))).toBeNull();
  });
});
