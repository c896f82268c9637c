import sharp, { type Metadata, type OutputInfo } from 'sharp';
import exifReader from 'exif-reader';
import { AppError } from '../errors.ts';

/** Limits for every uploaded photo (bytes before processing; decoded pixels; longest side). */
export const IMAGE_LIMITS = Object.freeze({ maxBytes: 8 * 1024 * 1024, maxPixels: 40_000_000, maxSide: 12_000 });

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface AcceptedImage {
  /** Re-encoded bytes: no EXIF, XMP, ICC comments or GPS left in them. */
  bytes: Buffer;
  contentType: ImageType;
  ext: 'jpg' | 'png' | 'webp';
  width: number;
  height: number;
  /** The photo's GPS position, returned only when the caller asked to keep it (e.g. as a case location). */
  location: GeoPoint | null;
}

const EXT: Record<ImageType, AcceptedImage['ext']> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The type the bytes really are, whatever the client claimed; null when it is none we accept. */
export function sniffImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp';
  return null;
}

/**
 * Checks an uploaded photo and returns a clean copy: type by content, size and pixel limits,
 * orientation applied, every metadata block removed. Throws a localised 4xx AppError otherwise.
 */
export async function intakeImage(input: Buffer, options: { keepLocation: boolean }): Promise<AcceptedImage> {
  if (input.length > IMAGE_LIMITS.maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');
  const contentType = sniffImageType(input);
  if (!contentType) throw new AppError('UNSUPPORTED_FILE_TYPE');
  const source = sharp(input, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' });
  let meta: Metadata;
  try {
    meta = await source.metadata();
  } catch {
    throw new AppError('IMAGE_UNREADABLE');
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > IMAGE_LIMITS.maxPixels || Math.max(width, height) > IMAGE_LIMITS.maxSide)
    throw new AppError('IMAGE_TOO_MANY_PIXELS');
  const location = options.keepLocation && meta.exif ? gpsFromExif(meta.exif) : null;
  let output: { data: Buffer; info: OutputInfo };
  try {
    // sharp writes no metadata unless asked to; rotate() bakes the EXIF orientation into the pixels first.
    const pipeline = source.rotate();
    const encoded =
      contentType === 'image/png'
        ? pipeline.png()
        : contentType === 'image/webp'
          ? pipeline.webp({ quality: 85 })
          : pipeline.jpeg({ quality: 85, mozjpeg: true });
    output = await encoded.toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError('IMAGE_UNREADABLE');
  }
  return {
    bytes: output.data,
    contentType,
    ext: EXT[contentType],
    width: output.info.width,
    height: output.info.height,
    location,
  };
}

/** Decimal degrees from an EXIF block's GPS tags; null when absent or out of range. */
export function gpsFromExif(exif: Buffer): GeoPoint | null {
  let gps: ReturnType<typeof exifReader>['GPSInfo'];
  try {
    gps = exifReader(exif).GPSInfo;
  } catch {
    return null;
  }
  if (!gps?.GPSLatitude || !gps.GPSLongitude) return null;
  const toDegrees = (parts: number[], ref: string | undefined, negative: string): number => {
    const [d = 0, m = 0, s = 0] = parts;
    const value = d + m / 60 + s / 3600;
    return ref === negative ? -value : value;
  };
  const lat = toDegrees(gps.GPSLatitude, gps.GPSLatitudeRef, 'S');
  const lng = toDegrees(gps.GPSLongitude, gps.GPSLongitudeRef, 'W');
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}
