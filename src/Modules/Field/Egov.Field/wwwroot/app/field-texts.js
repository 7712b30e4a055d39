// The page's texts for what the app writes itself, in the page's language (rendered by the server into the shell).
export const texts = JSON.parse(document.getElementById('field-app-texts')?.textContent ?? '{}');

/** Replaces {0}, {1}… as the server's texts write them. */
export function format(text, ...values) {
  return (text ?? '').replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)] ?? ''));
}
