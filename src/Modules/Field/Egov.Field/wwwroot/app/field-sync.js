// The sync API's client (docs/field.md). Every write carries an id the device made, so sending it again after a
// dropped connection changes nothing on the server, and a failure leaves the queue as it was, to go next time.
import { Stores } from './field-store.js';

// Well under the server's 1 MiB: on a weak connection a dropped chunk costs little, and the next one resumes.
const CHUNK = 256 * 1024;

/** The network is gone (or the server unreachable): nothing changed, try again later. */
export class Offline extends Error {}

/** The session ended: the official must sign in again; the queue waits. */
export class SignInNeeded extends Error {}

async function call(url, options = {}) {
  let response;
  try {
    // manual: an ended session answers pages with a redirect to sign-in, which must not be followed as data.
    response = await fetch(url, { credentials: 'same-origin', redirect: 'manual', ...options });
  } catch {
    throw new Offline();
  }
  if (response.status === 401 || response.type === 'opaqueredirect') throw new SignInNeeded();
  if (response.status >= 500) throw new Offline();
  return response;
}

const asJson = (body) => ({ headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });

const problemOf = async (response) => response.json().catch(() => ({ title: String(response.status) }));

/** The inspector's open assignments (nearest first when a position is given) and their template versions. */
export async function download(api, position) {
  const query = position ? `?latitude=${position.latitude}&longitude=${position.longitude}` : '';
  const response = await call(`${api}/sync${query}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The download was refused (${response.status}).`);
  return response.json();
}

/** Sends one photo from where the server's copy stops; null when it arrived whole, else the server's problem. */
async function sendPhoto(api, photo) {
  const announced = await call(`${api}/photos`, {
    method: 'POST',
    ...asJson({ clientId: photo.clientId, assignmentId: photo.assignmentId, itemCode: photo.itemCode, contentType: photo.contentType, size: photo.size, sha256: photo.sha256 }),
  });
  if (!announced.ok) return problemOf(announced);
  const upload = await announced.json();
  if (upload.complete) return null;

  let offset = upload.offset;
  // A second round only after the server discarded a corrupted copy (422) or missed bytes (409).
  for (let round = 0; round < 2; round += 1) {
    while (offset < photo.size) {
      const end = Math.min(offset + CHUNK, photo.size);
      const sent = await call(`${api}/photos/${upload.id}`, {
        method: 'PUT', headers: { 'Content-Range': `bytes ${offset}-${end - 1}/${photo.size}` }, body: photo.blob.slice(offset, end),
      });
      if (sent.status === 409) {
        offset = Number(sent.headers.get('Upload-Offset'));
        if (!Number.isFinite(offset)) return problemOf(sent);
        continue;
      }
      if (!sent.ok) return problemOf(sent);
      offset = end;
    }
    const completed = await call(`${api}/photos/${upload.id}/complete`, { method: 'POST', ...asJson({}) });
    if (completed.ok) return null;
    const problem = await problemOf(completed);
    if (completed.status !== 409 && completed.status !== 422) return problem;
    offset = completed.status === 409 ? problem.offset ?? 0 : 0;
  }
  return { title: 'The photo did not arrive whole.' };
}

/**
 * Sends what waits: photos first (completing an inspection needs them), then the queued uploads in the order they
 * were made. An upload the server refuses (400, 404, 409) stays on the device with the server's problem, shown to the
 * inspector: nothing recorded is ever dropped. Throws Offline or SignInNeeded to stop the round.
 */
export async function sendQueued(api, store, progress) {
  const refused = [];
  const photos = await store.all(Stores.photos);
  const uploaded = new Set(photos.filter((p) => p.uploaded).map((p) => p.clientId));
  for (const photo of photos.filter((p) => !p.uploaded)) {
    const problem = await sendPhoto(api, photo);
    if (problem) {
      refused.push({ assignmentId: photo.assignmentId, problem });
      continue;
    }
    await store.put(Stores.photos, { ...photo, uploaded: true });
    uploaded.add(photo.clientId);
    progress();
  }

  const queue = (await store.all(Stores.outbox)).filter((entry) => !entry.problem).sort((a, b) => a.queuedAt - b.queuedAt);
  // Each assignment's uploads still to go: its record waits until the last one is answered (one not sent stays).
  const left = new Map();
  for (const entry of queue) left.set(entry.assignmentId, (left.get(entry.assignmentId) ?? 0) + 1);
  for (const entry of queue) {
    if (!entry.photoIds.every((id) => uploaded.has(id))) continue;
    const response = await call(`${api}/submissions/${entry.clientId}`, { method: 'PUT', ...asJson(entry.body) });
    const answer = await problemOf(response);
    if (response.ok) {
      await store.delete(Stores.outbox, entry.clientId);
      // A completed inspection's photos are the server's now: the device frees their space.
      if (answer.status === 'completed') {
        const sent = photos.filter((p) => p.assignmentId === entry.assignmentId && uploaded.has(p.clientId));
        await store.write([Stores.photos], (open) => sent.forEach((p) => open(Stores.photos).delete(p.clientId)));
      }
    } else {
      await store.put(Stores.outbox, { ...entry, problem: answer });
      refused.push({ assignmentId: entry.assignmentId, problem: answer });
    }
    left.set(entry.assignmentId, left.get(entry.assignmentId) - 1);
    await noteAnswer(store, entry.assignmentId, response.ok ? answer : null, response.ok ? null : answer, left.get(entry.assignmentId) > 0);
    progress();
  }
  return refused;
}

// The record remembers the server's last word: its status, the items a colleague's later value beat, a refusal.
async function noteAnswer(store, assignmentId, state, problem, waiting) {
  const record = await store.get(Stores.records, assignmentId);
  if (!record) return;
  await store.put(Stores.records, {
    ...record,
    serverStatus: state?.status ?? record.serverStatus,
    superseded: state?.superseded ?? record.superseded ?? [],
    problem: problem ? problem.detail ?? problem.title : null,
    waiting,
  });
}
