// Photos are resized on the device before they are stored: a phone camera's 4,000-pixel JPEG is several megabytes,
// which would fill the device and take minutes to upload from a basement. 1,600 pixels keeps a defect readable.
const LONGEST_SIDE = 1600;
const QUALITY = 0.82;

/** The photo as a JPEG no larger than LONGEST_SIDE on its longest side, with its size and SHA-256 (hex). */
export async function preparePhoto(file) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The photo could not be encoded.'))), 'image/jpeg', QUALITY));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return { blob, size: blob.size, sha256, contentType: 'image/jpeg', width: canvas.width, height: canvas.height };
}
