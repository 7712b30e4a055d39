// Passkeys (WebAuthn) for the forms marked data-passkey="create" (register one) or "get" (sign in).
// On submit: ask the server for options (the form's own fields, antiforgery token included), let the
// browser make or use a passkey, put its answer (JSON) in the form's hidden field, and send the form.
// The server checks everything; this file only carries bytes between the browser and the form.
(function () {
  'use strict';

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var padded = base64 + '==='.slice((base64.length + 3) % 4);
    return Uint8Array.from(atob(padded), function (c) { return c.charCodeAt(0); });
  }

  function toBase64url(buffer) {
    var text = '';
    new Uint8Array(buffer).forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function withIds(descriptors) {
    return (descriptors || []).map(function (d) { return Object.assign({}, d, { id: toBytes(d.id) }); });
  }

  function creationOptions(json) {
    return Object.assign({}, json, {
      challenge: toBytes(json.challenge),
      user: Object.assign({}, json.user, { id: toBytes(json.user.id) }),
      excludeCredentials: withIds(json.excludeCredentials)
    });
  }

  function requestOptions(json) {
    return Object.assign({}, json, {
      challenge: toBytes(json.challenge),
      allowCredentials: withIds(json.allowCredentials)
    });
  }

  // The standard JSON form of a PublicKeyCredential (what toJSON() gives in recent browsers).
  function credentialJson(credential) {
    if (typeof credential.toJSON === 'function') {
      return JSON.stringify(credential.toJSON());
    }
    var r = credential.response;
    var response = r.attestationObject
      ? {
          clientDataJSON: toBase64url(r.clientDataJSON),
          attestationObject: toBase64url(r.attestationObject),
          transports: typeof r.getTransports === 'function' ? r.getTransports() : []
        }
      : {
          clientDataJSON: toBase64url(r.clientDataJSON),
          authenticatorData: toBase64url(r.authenticatorData),
          signature: toBase64url(r.signature),
          userHandle: r.userHandle ? toBase64url(r.userHandle) : null
        };
    return JSON.stringify({
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || null,
      clientExtensionResults: credential.getClientExtensionResults(),
      response: response
    });
  }

  function show(form, which) {
    var scope = form.parentElement;
    scope.querySelectorAll('[data-passkey-message]').forEach(function (m) {
      m.hidden = m.getAttribute('data-passkey-message') !== which;
    });
  }

  async function run(form) {
    if (!window.PublicKeyCredential || !navigator.credentials) {
      show(form, 'unsupported');
      return;
    }

    var creating = form.getAttribute('data-passkey') === 'create';
    var response = await fetch(form.getAttribute('data-passkey-options'), {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin'
    });
    if (!response.ok) {
      show(form, 'failed');
      return;
    }

    var options = await response.json();
    var credential;
    try {
      credential = creating
        ? await navigator.credentials.create({ publicKey: creationOptions(options) })
        : await navigator.credentials.get({ publicKey: requestOptions(options) });
    } catch (error) {
      // NotAllowedError: the person cancelled, or the time ran out; the browser does not say which.
      show(form, error && (error.name === 'NotAllowedError' || error.name === 'AbortError') ? 'cancelled' : 'failed');
      return;
    }

    if (!credential) {
      show(form, 'cancelled');
      return;
    }

    form.querySelector('[data-passkey-credential]').value = credentialJson(credential);
    form.submit();
  }

  document.querySelectorAll('form[data-passkey]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      // Registering needs a name first: an empty one goes to the server, which says so next to the field.
      var name = form.querySelector('input[name="Form.Name"]');
      if (name && name.value.trim() === '') {
        return;
      }

      event.preventDefault();
      show(form, null);
      run(form).catch(function () { show(form, 'failed'); });
    });
  });
}());
