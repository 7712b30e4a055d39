// The field app: the inspector's assignments and checklists on the device, usable with the network cut. What the
// inspector records is kept in IndexedDB first and queued under ids made here; the queue goes to the server whenever
// the device is online, and the header always says how much has not reached it yet.
import { element } from './field-dom.js';
import { isRecorded, named, photoThumbnail, readChecklist, renderChecklist } from './field-form.js';
import { preparePhoto } from './field-photos.js';
import { openFieldStore, Stores } from './field-store.js';
import { download, Offline, sendQueued, SignInNeeded } from './field-sync.js';
import { format, texts } from './field-texts.js';

const root = document.querySelector('[data-field-app]');
const api = root.dataset.api;
const language = document.documentElement.lang.slice(0, 2);
const find = (selector) => root.querySelector(selector);
const store = await openFieldStore();

let current = null; // { assignment, template } of the open checklist
let position = null; // { latitude, longitude, accuracy } last given by the device
let syncing = false;

function say(text) {
  const message = find('[data-message]');
  message.textContent = text ?? '';
  message.hidden = !text;
}

function sayRefusal(error) {
  if (error instanceof SignInNeeded) {
    say(texts['sign-in-again']);
    find('[data-message]').append(' ', element('a', { href: `/account/sign-in?ReturnUrl=${encodeURIComponent(location.pathname)}` }, texts['sign-in']));
  } else if (error instanceof Offline) {
    say(texts['sync-later']);
  } else {
    throw error;
  }
}

async function deviceId() {
  let id = await store.get(Stores.meta, 'device');
  if (!id) {
    id = crypto.randomUUID();
    await store.put(Stores.meta, id, 'device');
  }
  return id;
}

async function showQueue() {
  const photos = (await store.all(Stores.photos)).filter((p) => !p.uploaded).length;
  const uploads = await store.count(Stores.outbox);
  find('[data-unsynced]').textContent = uploads + photos === 0 ? texts['unsynced-none'] : format(texts.unsynced, uploads, photos);
  root.dataset.waiting = String(uploads + photos);
}

function showConnection() {
  find('[data-connection]').textContent = navigator.onLine ? texts.online : texts.offline;
  root.dataset.connection = navigator.onLine ? 'online' : 'offline';
}

function stateOf(assignment, record) {
  if (record?.problem) return format(texts['state-refused'], record.problem);
  if (record?.waiting) return record.completed ? texts['state-completed-waiting'] : texts['state-saved-waiting'];
  if (record?.serverStatus === 'completed') return texts['state-completed'];
  if (record) return texts['state-synced'];
  return assignment.inspectionStatus === 'in-progress' ? texts['state-in-progress'] : texts['state-not-started'];
}

function distance(metres) {
  if (metres === null || metres === undefined) return null;
  return metres < 1000 ? format(texts['distance-m'], Math.round(metres)) : format(texts['distance-km'], (metres / 1000).toFixed(1));
}

function card(assignment, record) {
  const open = element('button', { type: 'button', class: 'egov-field-app__open' }, assignment.buildingName ?? assignment.address);
  open.addEventListener('click', () => openChecklist(assignment.id));
  const due = format(texts.due, new Date(`${assignment.dueOn}T00:00:00`).toLocaleDateString(document.documentElement.lang));
  return element('li', { class: 'egov-field-app__card', 'data-assignment': assignment.id },
    element('h3', {}, open),
    element('p', {}, assignment.address),
    element('p', {}, [due, distance(assignment.distanceMetres)].filter(Boolean).join(' · ')),
    element('p', { class: 'egov-field-app__state', 'data-state': true }, stateOf(assignment, record)));
}

async function showList() {
  const work = await store.get(Stores.meta, 'package');
  const records = new Map((await store.all(Stores.records)).map((r) => [r.assignmentId, r]));
  const assignments = work?.assignments ?? [];
  find('[data-empty]').hidden = assignments.length > 0;
  const downloaded = find('[data-downloaded]');
  downloaded.hidden = !work;
  if (work) downloaded.textContent = format(texts.downloaded, new Date(work.downloadedAt).toLocaleString(document.documentElement.lang));
  find('[data-assignments]').replaceChildren(...assignments.map((a) => card(a, records.get(a.id))));
}

function showView(name) {
  for (const view of root.querySelectorAll('[data-view]')) view.hidden = view.dataset.view !== name;
}

function locate() {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) {
      resolve(null);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });
}

function showPosition() {
  find('[data-position]').textContent = position
    ? format(texts.position, position.latitude.toFixed(5), position.longitude.toFixed(5), Math.round(position.accuracy ?? 0))
    : texts['position-none'];
}

async function photosOf(assignmentId) {
  const byItem = new Map();
  for (const photo of (await store.all(Stores.photos)).filter((p) => p.assignmentId === assignmentId).sort((a, b) => a.takenAt.localeCompare(b.takenAt))) {
    byItem.set(photo.itemCode, [...(byItem.get(photo.itemCode) ?? []), photo]);
  }
  return byItem;
}

async function openChecklist(assignmentId) {
  const work = await store.get(Stores.meta, 'package');
  const assignment = work.assignments.find((a) => a.id === assignmentId);
  const template = work.templates.find((t) => t.code === assignment.templateCode && t.version === assignment.templateVersion);
  const record = await store.get(Stores.records, assignmentId);
  current = { assignment, template };
  find('[data-inspection-title]').textContent = `${assignment.buildingName ?? assignment.address} — ${named(template.names, language)}`;
  find('[data-inspection-address]').textContent = assignment.address;
  renderChecklist(find('[data-items]'), template, record, await photosOf(assignmentId), texts, language);
  position = record?.position ?? position;
  showPosition();
  say(record?.superseded?.length ? format(texts.superseded, record.superseded.length) : null);
  showView('inspection');
  find('[data-inspection-title]').focus();
}

async function addPhoto(input) {
  const [file] = input.files;
  if (!file || !current) return;
  const photo = {
    clientId: crypto.randomUUID(), assignmentId: current.assignment.id, itemCode: input.dataset.photoInput,
    takenAt: new Date().toISOString(), uploaded: false, ...(await preparePhoto(file)),
  };
  await store.put(Stores.photos, photo);
  input.value = '';
  const photos = (await photosOf(current.assignment.id)).get(photo.itemCode) ?? [];
  const needed = current.template.items.find((i) => i.code === photo.itemCode).photos;
  find(`[data-photo-count="${photo.itemCode}"]`).textContent = format(texts['photo-count'], photos.length, needed);
  find(`[data-photos="${photo.itemCode}"]`).append(photoThumbnail(photo, texts));
  await showQueue();
}

// What stops completing, as the server would say it: an item without a value, or short of its photos.
function missing(template, items) {
  return template.items.filter((item) => {
    const value = items[item.code];
    if (!value || !isRecorded(value)) return true;
    return value.outcome !== 'not-applicable' && value.photos.length < item.photos;
  }).map((item) => named(item.names, language));
}

async function save(complete) {
  const { assignment, template } = current;
  const values = readChecklist(find('[data-items]'), template);
  const photos = await photosOf(assignment.id);
  const record = (await store.get(Stores.records, assignment.id)) ?? { assignmentId: assignment.id, items: {} };
  const now = new Date().toISOString();
  for (const item of template.items) {
    const value = { ...values[item.code], photos: (photos.get(item.code) ?? []).map((p) => p.clientId) };
    const before = record.items[item.code];
    if (!isRecorded(value)) continue;
    // An item keeps the time its value last changed: re-sending it unchanged must not beat a colleague's later value.
    const changed = !before || before.outcome !== value.outcome || before.reading !== value.reading || before.note !== value.note
      || before.photos.join() !== value.photos.join();
    record.items[item.code] = { ...value, recordedAt: changed ? now : before.recordedAt };
  }

  const gaps = complete ? missing(template, record.items) : [];
  if (gaps.length > 0) {
    say(format(texts.incomplete, gaps.join(', ')));
    return;
  }
  const items = Object.entries(record.items).map(([code, v]) => ({ code, outcome: v.outcome, reading: v.reading, note: v.note, photos: v.photos, recordedAt: v.recordedAt }));
  if (items.length === 0) {
    say(texts['nothing-recorded']);
    return;
  }

  const body = {
    assignmentId: assignment.id, templateCode: template.code, templateVersion: template.version, deviceId: await deviceId(), items, complete,
    position: position ? { latitude: position.latitude, longitude: position.longitude } : null,
  };
  const entry = { clientId: crypto.randomUUID(), assignmentId: assignment.id, queuedAt: Date.now(), body, photoIds: items.flatMap((i) => i.photos) };
  await store.write([Stores.records, Stores.outbox], (open) => {
    open(Stores.records).put({ ...record, position, completed: complete || record.completed === true, waiting: true, problem: null });
    open(Stores.outbox).put(entry);
  });
  current = null;
  showView('list');
  await showList();
  await showQueue();
  say(complete ? texts['completed-waiting'] : texts.saved);
  await syncNow();
}

// asked: the inspector pressed the button. A round started by itself (a save, the network back) says nothing when
// the server cannot be reached: the header already shows what waits.
async function syncNow(asked = false) {
  if (syncing) return;
  syncing = true;
  root.dataset.syncing = 'true';
  try {
    const waiting = Number(root.dataset.waiting ?? '0');
    const refused = await sendQueued(api, store, showQueue);
    if (refused.length > 0) say(format(texts['sync-refused'], refused.length));
    else if (waiting > 0) say(texts['sync-done']);
  } catch (error) {
    if (asked || !(error instanceof Offline)) sayRefusal(error);
  } finally {
    syncing = false;
    delete root.dataset.syncing;
    await showQueue();
    if (!current) await showList();
  }
}

// A fresh download replaces the list, but an assignment with results still on the device stays until they are sent.
async function downloadAssignments() {
  position = (await locate()) ?? position;
  try {
    const fresh = await download(api, position);
    const before = await store.get(Stores.meta, 'package');
    const waiting = new Set((await store.all(Stores.records)).filter((r) => r.waiting).map((r) => r.assignmentId));
    const kept = (before?.assignments ?? []).filter((a) => waiting.has(a.id) && !fresh.assignments.some((f) => f.id === a.id));
    const templates = [...fresh.templates, ...(before?.templates ?? []).filter((t) =>
      kept.some((a) => a.templateCode === t.code && a.templateVersion === t.version) && !fresh.templates.some((f) => f.code === t.code && f.version === t.version))];
    await store.put(Stores.meta, { assignments: [...fresh.assignments, ...kept], templates, downloadedAt: Date.now() }, 'package');
    say(format(texts['download-done'], fresh.assignments.length));
  } catch (error) {
    sayRefusal(error);
  }
  await showList();
}

// The service worker keeps what this page loaded (its styles, scripts, fonts) so that the app opens offline.
async function keepShell() {
  if (!('serviceWorker' in navigator)) return;
  await navigator.serviceWorker.register(root.dataset.serviceWorker, { scope: location.pathname });
  const registration = await navigator.serviceWorker.ready;
  // Fonts arrive after the page is usable: wait for them, or the shell opened offline would have none.
  await document.fonts.ready;
  if (document.readyState !== 'complete') await new Promise((resolve) => { window.addEventListener('load', resolve, { once: true }); });
  const urls = [location.pathname, ...performance.getEntriesByType('resource').map((e) => e.name)]
    .filter((url) => new URL(url, location.href).origin === location.origin && !new URL(url, location.href).pathname.startsWith('/api/'));
  const reply = new MessageChannel();
  const kept = new Promise((resolve) => { reply.port1.onmessage = resolve; });
  registration.active.postMessage({ type: 'keep-shell', urls }, [reply.port2]);
  await kept;
  root.dataset.offlineReady = 'true';
}

root.addEventListener('click', (event) => {
  const action = event.target.closest('[data-action]')?.dataset.action;
  if (action === 'download') downloadAssignments();
  else if (action === 'sync') syncNow(true);
  else if (action === 'back') {
    current = null;
    showView('list');
    showList();
  } else if (action === 'locate') {
    locate().then((p) => {
      position = p ?? position;
      showPosition();
      if (!p) say(texts['position-failed']);
    });
  }
});
find('[data-inspection-form]').addEventListener('submit', (event) => {
  event.preventDefault();
  save(event.submitter?.dataset.action === 'complete');
});
find('[data-items]').addEventListener('change', (event) => {
  const input = event.target.closest('[data-photo-input]');
  if (input) addPhoto(input).catch(() => say(texts['photo-failed']));
});
window.addEventListener('online', () => {
  showConnection();
  syncNow();
});
window.addEventListener('offline', showConnection);

// Ask the browser not to evict the queue under storage pressure: it may hold the only copy of a day's work.
navigator.storage?.persist?.();
showConnection();
await showList();
await showQueue();
root.dataset.ready = 'true';
keepShell().catch(() => { root.dataset.offlineReady = 'false'; });
if (navigator.onLine) syncNow();
