// The checklist of one template version, built from the download and read back into the device's record. The
// server decides whether a reading passes (from the template's limits); the form only shows the limits.
import { element } from './field-dom.js';
import { format } from './field-texts.js';

const named = (names, language) => names[language] ?? Object.values(names)[0] ?? '';

function limits(item, texts) {
  const unit = item.unit ?? '';
  if (item.min !== null && item.min !== undefined && item.max !== null && item.max !== undefined) return format(texts['limits-range'], item.min, item.max, unit);
  if (item.min !== null && item.min !== undefined) return format(texts['limits-min'], item.min, unit);
  return format(texts['limits-max'], item.max, unit);
}

function choice(type, name, id, value, label, checked) {
  return element('div', { class: 'krds-form-check' },
    element('input', { type, name, id, value, checked }),
    element('label', { for: id }, label));
}

function checkControls(item, index, recorded, texts) {
  const name = `item-${index}-outcome`;
  return element('div', { class: 'krds-check-area' },
    ...['pass', 'fail', 'not-applicable'].map((outcome) =>
      choice('radio', name, `${name}-${outcome}`, outcome, texts[outcome], recorded?.outcome === outcome)));
}

function readingControls(item, index, recorded, texts) {
  const id = `item-${index}-reading`;
  const hint = `${id}-hint`;
  return element('div', {},
    element('label', { for: id }, format(texts.reading, item.unit ?? '')),
    element('input', {
      type: 'number', id, name: id, class: 'krds-input', inputmode: 'decimal', step: 'any',
      value: recorded?.reading ?? '', 'aria-describedby': hint,
    }),
    element('p', { class: 'form-hint', id: hint }, limits(item, texts)),
    element('div', { class: 'krds-check-area' },
      choice('checkbox', `item-${index}-na`, `item-${index}-na`, 'not-applicable', texts['not-applicable'], recorded?.outcome === 'not-applicable')));
}

/** A photo kept on the device, as a thumbnail in its item's list. */
export function photoThumbnail(photo, texts) {
  return element('li', {}, element('img', { src: URL.createObjectURL(photo.blob), alt: format(texts['photo-alt'], photo.takenAt) }));
}

function photoControls(item, index, photos, texts) {
  if (item.photos === 0) return null;
  const id = `item-${index}-photo`;
  const list = element('ul', { class: 'egov-field-photos', 'data-photos': item.code }, ...photos.map((photo) => photoThumbnail(photo, texts)));
  return element('div', { class: 'egov-field-app__photo' },
    element('label', { for: id }, format(texts['photo-add'], item.photos)),
    // capture: the phone opens its camera; on a desktop it is a plain file picker.
    element('input', { type: 'file', id, accept: 'image/*', capture: 'environment', 'data-photo-input': item.code }),
    element('p', { class: 'form-hint', 'data-photo-count': item.code }, format(texts['photo-count'], photos.length, item.photos)),
    list);
}

/** Fills the container with one fieldset per template item, showing what the device already holds. */
export function renderChecklist(container, template, record, photosByItem, texts, language) {
  container.replaceChildren(...template.items.map((item, index) => {
    const recorded = record?.items?.[item.code];
    const noteId = `item-${index}-note`;
    return element('fieldset', { class: 'form-group egov-fieldset egov-field-app__item', 'data-item': item.code },
      element('legend', { class: 'egov-legend' }, named(item.names, language)),
      element('p', { class: 'form-hint' }, format(texts['legal-basis'], named(item.legalBasis, language))),
      element('div', { class: 'form-conts' },
        item.kind === 'Reading' ? readingControls(item, index, recorded, texts) : checkControls(item, index, recorded, texts),
        element('label', { for: noteId }, texts.note),
        element('textarea', { id: noteId, name: noteId, class: 'krds-input egov-textarea', rows: 2, maxlength: 2000 }, recorded?.note ?? ''),
        photoControls(item, index, photosByItem.get(item.code) ?? [], texts)));
  }));
}

/** What the form holds now, item by item: { outcome, reading, note } (outcome null for a reading with a value). */
export function readChecklist(container, template) {
  const values = {};
  template.items.forEach((item, index) => {
    const note = container.querySelector(`#item-${index}-note`).value.trim() || null;
    if (item.kind === 'Reading') {
      const notApplicable = container.querySelector(`#item-${index}-na`).checked;
      const raw = container.querySelector(`#item-${index}-reading`).value;
      values[item.code] = { outcome: notApplicable ? 'not-applicable' : null, reading: notApplicable || raw === '' ? null : Number(raw), note };
    } else {
      const checked = container.querySelector(`input[name="item-${index}-outcome"]:checked`);
      values[item.code] = { outcome: checked?.value ?? null, reading: null, note };
    }
  });
  return values;
}

/** An item counts as recorded when it has an outcome or a reading. */
export const isRecorded = (value) => value.outcome !== null || value.reading !== null;

export { named };
