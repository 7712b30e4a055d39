// Live comments panel: the server only says "this thread changed" (hub /officials/collaboration/live); the panel then
// fetches its server-rendered self again and swaps the list in, and the live region says who wrote what is new.
// Posting and editing go through the same forms as without JavaScript, sent with fetch so the page is not reloaded.
// Without JavaScript, or without a connection, the panel works as plain forms. The SignalR client is the platform's
// (npm @microsoft/signalr), loaded by the panel before this module, as the approvals inbox loads it.
const root = document.querySelector('[data-comments]');

function commentIds(part) {
  return new Set([...part.querySelectorAll('[data-comment]')].map((c) => c.dataset.comment));
}

// Swaps the thread and its forms; the heading and the live region stay, so a screen reader keeps following the region.
function swap(fresh, keepDraft) {
  const body = root.querySelector('[data-comments-body]');
  const before = commentIds(body);
  const draft = body.querySelector('#comment-text')?.value;
  body.replaceWith(fresh);
  const added = [...fresh.querySelectorAll('[data-comment]')].filter((c) => !before.has(c.dataset.comment));
  if (keepDraft && draft) fresh.querySelector('#comment-text').value = draft;
  if (added.length > 0) {
    const authors = [...new Set(added.map((c) => c.dataset.author))].join(', ');
    root.querySelector('[data-comments-announce]').textContent = `${root.dataset.newComment} ${authors} (${added.length})`;
  }
  enhance();
}

function bodyOf(html) {
  return new DOMParser().parseFromString(html, 'text/html').querySelector('[data-comments-body]');
}

async function refresh() {
  const response = await fetch(root.dataset.source, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  const fresh = response.ok ? bodyOf(await response.text()) : null;
  if (fresh) swap(fresh, true);
}

async function send(form) {
  const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
  const fresh = response.ok ? bodyOf(await response.text()) : null;
  if (!fresh) {
    form.submit();
    return;
  }
  swap(fresh, false);
  (fresh.querySelector('[role=alert]')?.closest('.form-group')?.querySelector('textarea') ?? fresh.querySelector('#comment-text'))?.focus();
}

function insertMention() {
  const text = root.querySelector('#comment-text');
  const token = `@${root.querySelector('#comment-mention').value} `;
  const at = text.selectionStart ?? text.value.length;
  const before = text.value.slice(0, at);
  const spacer = before.length === 0 || /\s$/.test(before) ? '' : ' ';
  text.value = before + spacer + token + text.value.slice(at);
  text.focus();
  text.setSelectionRange(at + spacer.length + token.length, at + spacer.length + token.length);
}

function enhance() {
  root.querySelectorAll('[data-comments-form]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      send(form).catch(() => form.submit());
    });
  });
  const insert = root.querySelector('[data-mention-insert]');
  if (insert) {
    insert.hidden = false;
    insert.addEventListener('click', insertMention);
  }
}

async function connect() {
  const connection = new window.signalR.HubConnectionBuilder()
    .withUrl(root.dataset.hub)
    .withAutomaticReconnect()
    .build();
  const watch = () => connection.invoke('Watch', root.dataset.kind, root.dataset.id);
  connection.on('commentsChanged', () => { refresh().catch(() => {}); });
  // Named in a comment anywhere: the refreshed panel shows the unread count by the mentions link.
  connection.on('mentioned', () => { refresh().catch(() => {}); });
  connection.onreconnected(() => { watch().then(() => refresh()).catch(() => {}); });
  await connection.start();
  await watch();
  root.dataset.live = 'connected';
}

if (root) {
  enhance();
  if (root.dataset.hub && window.signalR) {
    connect().catch(() => { root.dataset.live = 'offline'; });
  }
}
