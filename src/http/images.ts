import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError } from '../domain/errors.js';

export const maxImageBytes = 10 * 1024 * 1024;
/** Longest side kept after re-encoding; enough to judge damage, small enough to store. */
export const maxImageSide = 2048;

const accepted = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif']);

export type CleanImage = { data: Buffer; width: number; height: number; mime: 'image/jpeg' };

/**
 * Checks an upload by its bytes (never by name or declared type), then re-encodes it as JPEG:
 * rotated by EXIF, metadata stripped, longest side capped. Anything else is refused with a 4xx.
 */
export async function cleanImage(bytes: Buffer): Promise<CleanImage> {
  if (bytes.length === 0) throw new AppError('bad_request', 'The file is empty.');
  if (bytes.length > maxImageBytes) throw new AppError('payload_too_large', 'The file is too large: images may be at most 10 MB.');
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !accepted.has(type.mime)) {
    const what = type?.mime === 'image/heic' || type?.mime === 'image/heif' ? 'HEIC photos are not supported yet' : 'Only photos are accepted';
    throw new AppError('unsupported_media_type', `${what}: please send a JPEG, PNG or WebP image.`);
  }
  try {
    const { data, info } = await sharp(bytes, { failOn: 'truncated', limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: maxImageSide, height: maxImageSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, mime: 'image/jpeg' };
  } catch (e: unknown) {
    throw new AppError('bad_request', 'The image could not be read: it looks truncated or damaged. Please try another photo.', undefined, { cause: e });
  }
}
