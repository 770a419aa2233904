/* What every module page at /office/<module>/ shares, served by the shell at /office/page.js and
   loaded before the page's own script: building elements (server text only ever as text nodes), the
   API client that turns a problem+json answer into an ApiError, and showing that error next to the
   field it names. A page makes its helpers with OfficePage.helpers({ prefix, message }). Plain JS, no
   build; the module's page keeps its texts, its tabs and everything else of its own. */
window.OfficePage = (function () {
  'use strict';

  /** A failed API call: the HTTP status and the problem+json body ({ field, detail, status, ... }). */
  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem || {};
    }
  }

  /** An element with attributes (null ones left out) and children (strings become text nodes). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const k in (attrs || {})) {
      if (attrs[k] != null) el.setAttribute(k, attrs[k]);
    }
    for (const c of children) {
      if (c == null) continue;
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return el;
  }

  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

  /**
   * The helpers bound to one page. options.prefix: the page's CSS prefix ('mt' gives #status the
   * classes mt-status, mt-status-ok, mt-status-error, and a 409 next to a field mt-conflict);
   * options.message(): the page's own "something went wrong" in its current language.
   */
  function helpers(options) {
    const prefix = options.prefix;
    const message = options.message || (() => 'Đã có lỗi.');

    function showSignIn() {
      document.querySelector('#page').hidden = true;
      document.querySelector('#signin-needed').hidden = false;
    }

    /**
     * Calls /api + path. A body is sent as JSON, except a Blob or ArrayBuffer, or any body when
     * extra headers name its Content-Type. A list answered with X-Total-Count keeps it as .total.
     */
    async function api(method, path, body, extra) {
      const headers = Object.assign({ 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json, application/problem+json' },
        extra || {});
      const fetchOptions = { method: method, headers: headers, credentials: 'same-origin' };
      if (body !== undefined) {
        if (body instanceof Blob || body instanceof ArrayBuffer || (extra && extra['Content-Type'])) {
          fetchOptions.body = body;
        } else {
          headers['Content-Type'] = 'application/json';
          fetchOptions.body = JSON.stringify(body);
        }
      }
      const res = await fetch('/api' + path, fetchOptions);
      const type = res.headers.get('Content-Type') || '';
      const data = type.includes('json') ? await res.json().catch(() => null) : null;
      const total = res.headers.get('X-Total-Count');
      if (Array.isArray(data) && total !== null) data.total = Number(total);
      if (res.status === 401 && path !== '/session') showSignIn();
      if (!res.ok) throw new ApiError(res.status, data);
      return data;
    }

    /** Sends a chosen file as the request body, its type from the browser or, failing that, typesByExtension. */
    function upload(path, file, typesByExtension) {
      const ext = (file.name.split('.').pop() || '').toLowerCase();
      const type = file.type || (typesByExtension || {})[ext] || 'application/octet-stream';
      return api('POST', path, file, { 'Content-Type': type, 'X-File-Name': encodeURIComponent(file.name) });
    }

    function status(text, error) {
      const s = document.querySelector('#status');
      s.textContent = text || '';
      s.className = prefix + '-status' + (text ? (error ? ' ' + prefix + '-status-error' : ' ' + prefix + '-status-ok') : '');
    }

    function clearErrors(form) {
      for (const e of form.querySelectorAll('.field-error, .form-error')) e.textContent = '';
      for (const e of form.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
      for (const e of form.querySelectorAll('.' + prefix + '-conflict')) e.classList.remove(prefix + '-conflict');
    }

    /** The error slot of a problem's field: the field as named (files.content), else its first part (members[0].role → members). */
    function errorSlot(form, field) {
      if (!field) return null;
      const named = String(field);
      const first = named.replace(/[.[].*$/, '');
      for (const name of named === first ? [named] : [named, first]) {
        const slot = form.querySelector('.field-error[data-field="' + CSS.escape(name) + '"]');
        if (slot) return slot;
      }
      return null;
    }

    /** A problem next to the field it names and that field's input marked, else above the form's button, else in #status. */
    function showError(form, err, lead) {
      const p = err.problem || {};
      const text = (lead || '') + (p.detail || p.title || err.message || message());
      const slot = errorSlot(form, p.field);
      if (slot) {
        slot.textContent = text;
        if (p.status === 409) slot.classList.add(prefix + '-conflict');
        // only a field's own input is marked; form-wide errors (unitId, required) sit outside any .field
        const box = slot.closest('.field');
        const input = box && box.querySelector('input, select, textarea');
        if (input) input.setAttribute('aria-invalid', 'true');
      } else {
        const fe = form.querySelector('.form-error');
        if (fe) fe.textContent = text; else status(text, true);
      }
    }

    /** Submits through action(form): errors cleared first, the submit button off meanwhile, a failure shown by showError. */
    function onSubmit(form, action) {
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        clearErrors(form);
        const button = form.querySelector('button[type="submit"]');
        if (button) button.disabled = true;
        try {
          await action(form);
        } catch (e) {
          showError(form, e);
        } finally {
          if (button) button.disabled = false;
        }
      });
    }

    return { api, upload, status, clearErrors, showError, onSubmit, showSignIn };
  }

  return { ApiError, h, clear, helpers };
})();
