// Live inbox: when the server says this official's lists changed, fetch the page again and swap in the fresh
// tabs and list, so counts and rows stay current without a reload. Without JavaScript the page still works;
// without a connection it simply stays as it was. The SignalR client is the platform's (npm @microsoft/signalr), loaded by the page before this module.
const root = document.querySelector('[data-approvals-inbox]');

async function refresh() {
  const response = await fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  if (!response.ok) return;
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-approvals-inbox]');
  if (fresh) {
    root.replaceChildren(...fresh.childNodes);
    root.querySelector('[data-live-status]')?.removeAttribute('hidden');
  }
}

async function connect() {
  const connection = new window.signalR.HubConnectionBuilder()
    .withUrl(root.dataset.hub)
    .withAutomaticReconnect()
    .build();
  connection.on('inboxChanged', () => { refresh().catch(() => {}); });
  await connection.start();
  root.dataset.live = 'connected';
}

if (root?.dataset.hub && window.signalR) {
  connect().catch(() => { root.dataset.live = 'offline'; });
}
