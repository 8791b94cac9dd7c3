import { availableParallelism } from 'node:os';
import type sharpType from 'sharp';
import { AppError } from '../domain/errors.js';

export const maxImageBytes = 10 * 1024 * 1024;
/** Longest side kept after re-encoding; enough to judge damage, small enough to store. */
export const maxImageSide = 2048;
/** Largest photo accepted, read from its header before anything is decoded: phone photos are 12–50 MP. */
export const maxImagePixels = 40_000_000;
/** Longest side accepted (panoramas aside, no phone photo is wider). */
export const maxImageInputSide = 12_000;

const accepted = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif']);

// libvips (tens of MB) is loaded with the first photo, not at start.
let loaded: Promise<typeof sharpType> | null = null;
function loadSharp(): Promise<typeof sharpType> {
  loaded ??= import('sharp').then((m) => {
    // One libvips thread per image: the pool below decides how many images are worked on at once.
    m.default.concurrency(1);
    return m.default;
  });
  return loaded;
}

export type CleanImage = { data: Buffer; width: number; height: number; mime: 'image/jpeg' };

/**
 * A bounded pool for image work: at most `size` jobs run at once and at most `queue` wait; more
 * are refused at once (`rate_limited`), so a burst of uploads cannot take every thread that
 * customer turns, sign-ins and file access need.
 */
export function createWorkPool(size: number, queue: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    get running(): number {
      return running;
    },
    get waiting(): number {
      return waiting.length;
    },
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running >= size) {
        if (waiting.length >= queue)
          throw new AppError(
            'rate_limited',
            'We are busy with other photos right now; please send yours again in a few seconds.',
          );
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running++;
      try {
        return await job();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}

export type WorkPool = ReturnType<typeof createWorkPool>;

/** The server's image pool: leaves at least one core for everything else. */
export const imagePool: WorkPool = createWorkPool(
  Math.max(1, Math.min(4, availableParallelism() - 1)),
  16,
);

/**
 * Checks an upload by its bytes (never by name or declared type) and its size by its header
 * (never by decoding), then re-encodes it as JPEG on the image pool: rotated by EXIF, metadata
 * stripped, longest side capped. Anything else is refused with a 4xx.
 */
export async function cleanImage(bytes: Buffer, pool: WorkPool = imagePool): Promise<CleanImage> {
  if (bytes.length === 0) throw new AppError('bad_request', 'The file is empty.');
  if (bytes.length > maxImageBytes)
    throw new AppError('payload_too_large', 'The file is too large: images may be at most 10 MB.');
  // file-type (and its tokenizers) is loaded with the first photo too.
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !accepted.has(type.mime)) {
    const what =
      type?.mime === 'image/heic' || type?.mime === 'image/heif'
        ? 'HEIC photos are not supported yet'
        : 'Only photos are accepted';
    throw new AppError('unsupported_media_type', `${what}: please send a JPEG, PNG or WebP image.`);
  }
  const sharp = await loadSharp();
  let header: Awaited<ReturnType<ReturnType<typeof sharpType>['metadata']>>;
  try {
    // Reads the header only; no pixel is decoded yet.
    header = await sharp(bytes).metadata();
  } catch (e: unknown) {
    throw new AppError(
      'bad_request',
      'The image could not be read: it looks truncated or damaged. Please try another photo.',
      undefined,
      { cause: e },
    );
  }
  const width = header.width ?? 0;
  const height = header.height ?? 0;
  if (width <= 0 || height <= 0)
    throw new AppError(
      'bad_request',
      'The image could not be read: it has no size. Please try another photo.',
    );
  if (width > maxImageInputSide || height > maxImageInputSide || width * height > maxImagePixels) {
    throw new AppError(
      'payload_too_large',
      `The photo is too large (${width}×${height} pixels): at most 40 megapixels and 12,000 pixels a side. Please send a smaller copy.`,
    );
  }
  return pool.run(async () => {
    try {
      const { data, info } = await sharp(bytes, {
        failOn: 'truncated',
        limitInputPixels: maxImagePixels,
      })
        .rotate()
        .resize({
          width: maxImageSide,
          height: maxImageSide,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .jpeg({ quality: 85, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height, mime: 'image/jpeg' as const };
    } catch (e: unknown) {
      throw new AppError(
        'bad_request',
        'The image could not be read: it looks truncated or damaged. Please try another photo.',
        undefined,
        { cause: e },
      );
    }
  });
}
