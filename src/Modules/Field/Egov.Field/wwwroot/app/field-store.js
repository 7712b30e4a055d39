// The device's own copy of the field work: what was downloaded, what the inspector recorded, and what has still to
// reach the server. It all lives in IndexedDB, so a reload, a closed tab or a flat battery loses nothing.
const NAME = 'egov-field';
const VERSION = 1;

/** meta: key → value (the download, the device id); records: one per assignment; photos: resized photos;
 *  outbox: uploads queued under their client ids, sent in order. */
export const Stores = Object.freeze({ meta: 'meta', records: 'records', photos: 'photos', outbox: 'outbox' });

function settle(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

class FieldStore {
  constructor(db) {
    this.db = db;
  }

  get(store, key) {
    return settle(this.db.transaction(store).objectStore(store).get(key));
  }

  all(store) {
    return settle(this.db.transaction(store).objectStore(store).getAll());
  }

  count(store) {
    return settle(this.db.transaction(store).objectStore(store).count());
  }

  /** Writes to several stores in one transaction: a record and the upload queued for it land together or not at all. */
  write(stores, change) {
    const transaction = this.db.transaction(stores, 'readwrite');
    change((store) => transaction.objectStore(store));
    return committed(transaction);
  }

  put(store, value, key) {
    return this.write([store], (open) => open(store).put(value, key));
  }

  delete(store, key) {
    return this.write([store], (open) => open(store).delete(key));
  }
}

export async function openFieldStore() {
  const opening = indexedDB.open(NAME, VERSION);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    db.createObjectStore(Stores.meta);
    db.createObjectStore(Stores.records, { keyPath: 'assignmentId' });
    db.createObjectStore(Stores.photos, { keyPath: 'clientId' });
    db.createObjectStore(Stores.outbox, { keyPath: 'clientId' });
  };
  return new FieldStore(await settle(opening));
}
