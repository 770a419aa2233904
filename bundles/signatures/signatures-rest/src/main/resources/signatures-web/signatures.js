/* The signatures module's page at /office/signatures/: plain JS, no build. Server text is only
   ever set with textContent. Uses the shell's session cookie (sign in at /office/). */
(function () {
  'use strict';

  // the shell's /office/page.js: elements, the API client, errors next to their fields
  const { h, clear } = OfficePage;
  const { api, status, clearErrors, showError, showSignIn } = OfficePage.helpers({ prefix: 'sig', message: () => t('error') });

  const DICT = {
    vi: {},
    en: {
      'app.title': 'Party Committee Office', 'page.title': 'Digital signatures',
      'session.needed': 'You need to sign in first.', 'session.link': 'Sign in on the main page',
      'tab.certs': 'Certificates', 'tab.devices': 'Devices', 'tab.batch': 'Batch issuance', 'tab.verify': 'Verify',
      'issue.heading': 'Issue a certificate', 'f.holder': 'Holder login', 'f.profile': 'Profile',
      'profile.PERSONAL_SIGNING': 'Personal signing', 'profile.ORGANISATION_SEAL': 'Organisation seal',
      'f.unit': 'Unit id (seal)', 'f.validity': 'Validity (days)', 'f.mode': 'Key',
      'mode.soft': 'Generate the key on the server (PKCS#12 file)', 'mode.csr': 'Paste a CSR',
      'f.password': 'Key file password (at least 10 characters)', 'f.csr': 'PKCS#10 request (PEM)',
      'f.device': 'Device serial (optional)', 'issue.submit': 'Issue',
      'f.search': 'Search', 'f.status': 'Status', 'all': 'All', 'search': 'Search',
      'status.VALID': 'Valid', 'status.REVOKED': 'Revoked', 'status.EXPIRED': 'Expired',
      'c.serial': 'Serial', 'c.subject': 'Subject', 'c.holder': 'Holder', 'c.profile': 'Profile',
      'c.notAfter': 'Expires', 'c.status': 'Status', 'c.actions': 'Actions',
      'revoke': 'Revoke', 'revoke.confirm': 'Revoke certificate {serial}?', 'revoked': 'Certificate {serial} revoked.',
      'reason.UNSPECIFIED': 'Unspecified', 'reason.KEY_COMPROMISE': 'Key compromise', 'reason.AFFILIATION_CHANGED': 'Affiliation changed',
      'reason.SUPERSEDED': 'Superseded', 'reason.CESSATION_OF_OPERATION': 'Cessation of operation', 'reason.PRIVILEGE_WITHDRAWN': 'Privilege withdrawn',
      'issued': 'Certificate {serial} issued.', 'download': 'Download the key file (.p12), only this once',
      'empty': 'Nothing to show.', 'loading': 'Loading…', 'error': 'Something went wrong.',
      'device.heading': 'Register a secure storage device', 'd.serial': 'Serial', 'd.model': 'Model', 'd.holder': 'Holder',
      'd.state': 'State', 'd.certs': 'Certificates', 'device.submit': 'Register', 'device.registered': 'Device {serial} registered.',
      'dev.issue': 'Issue', 'dev.return': 'Return', 'dev.lost': 'Lost', 'dev.destroy': 'Destroy',
      'dev.holderPrompt': 'Holder login for device {serial}:', 'dev.confirm': '{action} device {serial}?',
      'state.IN_STOCK': 'In stock', 'state.ISSUED': 'Issued', 'state.RETURNED': 'Returned', 'state.LOST': 'Lost', 'state.DESTROYED': 'Destroyed',
      'batch.heading': 'Batch issuance from a CSV file', 'batch.help': 'Header: login,profile,unitId,validityDays,csr (UTF-8).',
      'batch.file': 'CSV file', 'batch.password': 'Soft token password', 'batch.submit': 'Start', 'batch.noFile': 'Choose a file.',
      'job.QUEUED': 'Queued', 'job.RUNNING': 'Running', 'job.SUCCEEDED': 'Succeeded', 'job.FAILED': 'Failed', 'job.CANCELLED': 'Cancelled',
      'verify.pdfHeading': 'Verify a signed PDF', 'verify.pdf': 'PDF file', 'verify.submit': 'Verify',
      'verify.cmsHeading': 'Verify a file and its detached signature (.p7s)', 'verify.content': 'Signed file', 'verify.signature': 'Signature (.p7s)',
      'v.valid': 'Valid signature', 'v.invalid': 'Invalid signature', 'v.integrity': 'Integrity', 'v.chain': 'Chain to a trusted root',
      'v.time': 'Valid at signing time', 'v.revoked': 'Not revoked', 'v.signingTime': 'Signed at', 'v.problems': 'Problems',
      'v.none': 'No signatures found.', 'yes': 'yes', 'no': 'no'
    }
  };
  const VI = {
    'revoke': 'Thu hồi', 'revoke.confirm': 'Thu hồi chứng thư {serial}?', 'revoked': 'Đã thu hồi chứng thư {serial}.',
    'reason.UNSPECIFIED': 'Không nêu lý do', 'reason.KEY_COMPROMISE': 'Lộ khóa', 'reason.AFFILIATION_CHANGED': 'Thay đổi đơn vị',
    'reason.SUPERSEDED': 'Được thay thế', 'reason.CESSATION_OF_OPERATION': 'Thôi sử dụng', 'reason.PRIVILEGE_WITHDRAWN': 'Rút quyền',
    'issued': 'Đã cấp chứng thư {serial}.', 'download': 'Tải tệp khóa (.p12), chỉ một lần',
    'empty': 'Không có dữ liệu.', 'loading': 'Đang tải…', 'error': 'Đã có lỗi.',
    'device.registered': 'Đã đăng ký thiết bị {serial}.',
    'dev.issue': 'Giao', 'dev.return': 'Thu lại', 'dev.lost': 'Báo mất', 'dev.destroy': 'Hủy',
    'dev.holderPrompt': 'Tài khoản người nhận thiết bị {serial}:', 'dev.confirm': '{action} thiết bị {serial}?',
    'state.IN_STOCK': 'Trong kho', 'state.ISSUED': 'Đã giao', 'state.RETURNED': 'Đã thu lại', 'state.LOST': 'Bị mất', 'state.DESTROYED': 'Đã hủy',
    'status.VALID': 'Còn hiệu lực', 'status.REVOKED': 'Đã thu hồi', 'status.EXPIRED': 'Hết hạn',
    'profile.PERSONAL_SIGNING': 'Ký cá nhân', 'profile.ORGANISATION_SEAL': 'Con dấu tổ chức',
    'batch.noFile': 'Hãy chọn tệp.',
    'job.QUEUED': 'Đang chờ', 'job.RUNNING': 'Đang chạy', 'job.SUCCEEDED': 'Hoàn thành', 'job.FAILED': 'Thất bại', 'job.CANCELLED': 'Đã hủy',
    'v.valid': 'Chữ ký hợp lệ', 'v.invalid': 'Chữ ký không hợp lệ', 'v.integrity': 'Toàn vẹn', 'v.chain': 'Chuỗi tới gốc tin cậy',
    'v.time': 'Còn hiệu lực lúc ký', 'v.revoked': 'Chưa bị thu hồi', 'v.signingTime': 'Thời điểm ký', 'v.problems': 'Vấn đề',
    'v.none': 'Không tìm thấy chữ ký.', 'yes': 'có', 'no': 'không'
  };
  DICT.vi = VI;
  const REASONS = ['KEY_COMPROMISE', 'AFFILIATION_CHANGED', 'SUPERSEDED', 'CESSATION_OF_OPERATION', 'PRIVILEGE_WITHDRAWN', 'UNSPECIFIED'];
  const DEVICE_ACTIONS = { IN_STOCK: ['issue', 'lost', 'destroy'], ISSUED: ['return', 'lost'], RETURNED: ['issue', 'lost', 'destroy'], LOST: ['destroy'], DESTROYED: [] };

  let lang = localStorage.getItem('partyoffice.lang') === 'en' ? 'en' : 'vi';
  const defaults = new Map();  // the Vietnamese text written in the HTML, per element

  const $ = (sel) => document.querySelector(sel);
  function t(key, args) {
    let s = (DICT[lang] && DICT[lang][key]) || (lang === 'en' ? null : null);
    if (s == null) {
      s = VI[key] || key;
    }
    for (const k in (args || {})) {
      s = s.split('{' + k + '}').join(String(args[k]));
    }
    return s;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll('[data-i18n]')) {
      if (!defaults.has(el)) defaults.set(el, el.textContent);
      const key = el.getAttribute('data-i18n');
      el.textContent = lang === 'en' && DICT.en[key] ? DICT.en[key] : defaults.get(el);
    }
    $('#lang-vi').setAttribute('aria-pressed', String(lang === 'vi'));
    $('#lang-en').setAttribute('aria-pressed', String(lang === 'en'));
    document.title = t('page.title') + ' — ' + (lang === 'en' ? DICT.en['app.title'] : 'Văn phòng Đảng ủy');
  }

  function date(iso) { return iso ? String(iso).substring(0, 10) : ''; }

  // ---------------------------------------------------------------- tabs
  function selectTab(name) {
    for (const b of document.querySelectorAll('.sig-tabs [data-tab]')) {
      const on = b.getAttribute('data-tab') === name;
      b.setAttribute('aria-selected', String(on));
      $('#panel-' + b.getAttribute('data-tab')).hidden = !on;
    }
    status('');
    if (name === 'certs') loadCertificates();
    if (name === 'devices') loadDevices();
  }

  // ---------------------------------------------------------------- certificates
  async function loadCertificates() {
    const q = new URLSearchParams();
    if ($('#cert-q').value.trim()) q.set('q', $('#cert-q').value.trim());
    if ($('#cert-status').value) q.set('status', $('#cert-status').value);
    const tbody = $('#cert-rows');
    tbody.setAttribute('aria-busy', 'true');
    try {
      const list = await api('GET', '/signatures/certificates' + (q.toString() ? '?' + q : ''));
      clear(tbody);
      if (!list || !list.length) {
        tbody.appendChild(h('tr', null, h('td', { colspan: '7', class: 'muted' }, t('empty'))));
      }
      for (const c of list || []) tbody.appendChild(certRow(c));
    } catch (e) {
      status(e.message, true);
    } finally {
      tbody.removeAttribute('aria-busy');
    }
  }
  function certRow(c) {
    const st = String(c.status);
    const badge = h('span', { class: 'tag ' + (st === 'VALID' ? 'tag-ok' : 'tag-off'), 'data-status': st }, t('status.' + st));
    if (st === 'REVOKED' && c.revocationReason) badge.title = t('reason.' + c.revocationReason);
    const actions = h('div', { class: 'button-row' });
    if (st === 'VALID') {
      const sel = h('select', { 'aria-label': t('c.status'), class: 'revoke-reason' });
      for (const r of REASONS) sel.appendChild(h('option', { value: r }, t('reason.' + r)));
      const btn = h('button', { type: 'button', class: 'button-danger revoke' }, t('revoke'));
      btn.addEventListener('click', async () => {
        if (!window.confirm(t('revoke.confirm', { serial: c.serial }))) return;
        try {
          await api('POST', '/signatures/certificates/' + encodeURIComponent(c.serial) + '/revoke', { reason: sel.value });
          status(t('revoked', { serial: c.serial }));
          loadCertificates();
        } catch (e) { status(e.message, true); }
      });
      actions.appendChild(sel);
      actions.appendChild(btn);
    }
    return h('tr', { 'data-serial': c.serial },
      h('td', { class: 'hash' }, String(c.serial)), h('td', null, c.subject || ''), h('td', null, c.holderLogin || ''),
      h('td', null, t('profile.' + c.profile)), h('td', { class: 'nowrap' }, date(c.notAfter)),
      h('td', null, badge), h('td', null, actions));
  }
  function modeChanged() {
    const csr = $('#mode-csr').checked;
    $('#csr-fields').hidden = !csr;
    $('#soft-fields').hidden = csr;
  }
  async function issue(ev) {
    ev.preventDefault();
    const form = $('#issue-form');
    clearErrors(form);
    const out = $('#issue-result');
    clear(out);
    out.hidden = true;
    const body = { holderLogin: $('#issue-holder').value.trim() || null, profile: $('#issue-profile').value };
    if ($('#issue-unit').value) body.unitId = Number($('#issue-unit').value);
    if ($('#issue-validity').value) body.validityDays = Number($('#issue-validity').value);
    const csrMode = $('#mode-csr').checked;
    try {
      let cert;
      if (csrMode) {
        body.csr = $('#issue-csr').value;
        if ($('#issue-device').value.trim()) body.deviceSerial = $('#issue-device').value.trim();
        cert = await api('POST', '/signatures/certificates/enrol', body);
        out.appendChild(h('p', { class: 'notice-ok' }, t('issued', { serial: cert.serial })));
      } else {
        body.password = $('#issue-password').value;
        const res = await api('POST', '/signatures/certificates/soft-token', body);
        cert = res.certificate;
        $('#issue-password').value = '';
        const bytes = Uint8Array.from(atob(res.pkcs12), (ch) => ch.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: 'application/x-pkcs12' }));
        const link = h('a', { href: url, download: (cert.holderLogin || 'token') + '-' + cert.serial + '.p12', id: 'p12-download', class: 'button-secondary' }, t('download'));
        link.addEventListener('click', () => {
          // once: the file exists nowhere else, and is dropped from memory after this download
          setTimeout(() => { URL.revokeObjectURL(url); link.remove(); }, 1000);
        });
        out.appendChild(h('p', { class: 'notice-ok' }, t('issued', { serial: cert.serial })));
        out.appendChild(link);
      }
      out.hidden = false;
      loadCertificates();
    } catch (e) {
      showError(form, e);
    }
  }

  // ---------------------------------------------------------------- devices
  async function loadDevices() {
    const tbody = $('#device-rows');
    tbody.setAttribute('aria-busy', 'true');
    $('#device-error').textContent = '';
    try {
      const list = await api('GET', '/signatures/devices');
      clear(tbody);
      if (!list || !list.length) tbody.appendChild(h('tr', null, h('td', { colspan: '6', class: 'muted' }, t('empty'))));
      for (const d of list || []) tbody.appendChild(deviceRow(d));
    } catch (e) {
      $('#device-error').textContent = e.message;
    } finally {
      tbody.removeAttribute('aria-busy');
    }
  }
  function deviceRow(d) {
    const st = String(d.state);
    const actions = h('div', { class: 'button-row' });
    for (const a of DEVICE_ACTIONS[st] || []) {
      const btn = h('button', { type: 'button', class: (a === 'lost' || a === 'destroy' ? 'button-danger' : 'button-secondary') + ' device-' + a }, t('dev.' + a));
      btn.addEventListener('click', () => deviceAction(d.serial, a));
      actions.appendChild(btn);
    }
    return h('tr', { 'data-serial': d.serial },
      h('td', { class: 'hash' }, String(d.serial)), h('td', null, d.model || ''), h('td', null, d.holderLogin || ''),
      h('td', null, h('span', { class: 'tag ' + (st === 'ISSUED' || st === 'IN_STOCK' ? 'tag-ok' : 'tag-off'), 'data-state': st }, t('state.' + st))),
      h('td', { class: 'hash' }, (d.certificateSerials || []).join(', ')), h('td', null, actions));
  }
  async function deviceAction(serial, action) {
    let body;
    if (action === 'issue') {
      const holder = window.prompt(t('dev.holderPrompt', { serial: serial }));
      if (!holder) return;
      body = { holderLogin: holder.trim() };
    } else if (!window.confirm(t('dev.confirm', { action: t('dev.' + action), serial: serial }))) {
      return;
    }
    try {
      await api('POST', '/signatures/devices/' + encodeURIComponent(serial) + '/' + action, body);
      loadDevices();
    } catch (e) {
      $('#device-error').textContent = e.message;
    }
  }
  async function registerDevice(ev) {
    ev.preventDefault();
    const form = $('#device-form');
    clearErrors(form);
    try {
      const d = await api('POST', '/signatures/devices', { serial: $('#device-serial').value.trim(), model: $('#device-model').value.trim() || null });
      status(t('device.registered', { serial: d.serial }));
      form.reset();
      loadDevices();
    } catch (e) {
      showError(form, e);
    }
  }

  // ---------------------------------------------------------------- batch
  let pollTimer = null;
  async function startBatch(ev) {
    ev.preventDefault();
    const form = $('#batch-form');
    clearErrors(form);
    const file = $('#batch-file').files[0];
    if (!file) {
      form.querySelector('[data-field="csv"]').textContent = t('batch.noFile');
      return;
    }
    const headers = { 'Content-Type': 'text/csv' };
    if ($('#batch-password').value) headers['X-Token-Password'] = $('#batch-password').value;
    try {
      const job = await api('POST', '/signatures/certificates/batch', await file.arrayBuffer(), headers);
      $('#batch-password').value = '';
      showJob(job);
      poll(job.id);
    } catch (e) {
      showError(form, e);
    }
  }
  function poll(id) {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(async () => {
      try {
        const job = await api('GET', '/jobs/' + encodeURIComponent(id));
        showJob(job);
        if (job.state === 'QUEUED' || job.state === 'RUNNING') poll(id);
      } catch (e) {
        status(e.message, true);
      }
    }, 1000);
  }
  function showJob(job) {
    $('#batch-job').hidden = false;
    const st = String(job.state);
    const stEl = $('#batch-state');
    stEl.textContent = t('job.' + st);
    stEl.className = 'tag state-' + st.toLowerCase();
    const total = Number(job.total) || 0, done = Number(job.done) || 0;
    $('#batch-count').textContent = done + '/' + total;
    const bar = $('#batch-progress');
    bar.className = 'progress progress-' + st.toLowerCase();
    bar.setAttribute('aria-valuemax', String(total || 100));
    bar.setAttribute('aria-valuenow', String(done));
    const pct = total > 0 ? Math.min(100, Math.round(100 * done / total)) : (st === 'SUCCEEDED' ? 100 : 0);
    $('#batch-bar').style.width = pct + '%';
    const lines = (job.report || []).slice();
    if (job.message && !lines.includes(job.message)) lines.push(job.message);
    $('#batch-report').textContent = lines.join('\n');
  }

  // ---------------------------------------------------------------- verify
  function base64(buffer) {
    const bytes = new Uint8Array(buffer);
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }
  async function verifyPdf(ev) {
    ev.preventDefault();
    const form = $('#verify-pdf-form');
    clearErrors(form);
    clear($('#verify-result'));
    const file = $('#verify-pdf-file').files[0];
    if (!file) { form.querySelector('[data-field="pdf"]').textContent = t('batch.noFile'); return; }
    try {
      showReport(await api('POST', '/signatures/verify-pdf', await file.arrayBuffer(), { 'Content-Type': 'application/pdf' }));
    } catch (e) { showError(form, e); }
  }
  async function verifyCms(ev) {
    ev.preventDefault();
    const form = $('#verify-cms-form');
    clearErrors(form);
    clear($('#verify-result'));
    const content = $('#verify-content').files[0], sig = $('#verify-signature').files[0];
    if (!content) { form.querySelector('[data-field="content"]').textContent = t('batch.noFile'); return; }
    if (!sig) { form.querySelector('[data-field="signature"]').textContent = t('batch.noFile'); return; }
    try {
      showReport(await api('POST', '/signatures/verify',
        { content: base64(await content.arrayBuffer()), signature: base64(await sig.arrayBuffer()) }));
    } catch (e) { showError(form, e); }
  }
  function showReport(report) {
    const box = $('#verify-result');
    clear(box);
    const signers = (report && report.signers) || [];
    if (!signers.length) { box.appendChild(h('p', { class: 'card muted' }, t('v.none'))); return; }
    for (const s of signers) {
      const ok = s.integrity && s.chainTrusted && s.validAtSigningTime && s.notRevoked;
      const check = (label, v) => h('li', null, label + ': ', h('span', { class: 'tag ' + (v ? 'tag-ok' : 'tag-off') }, t(v ? 'yes' : 'no')));
      const card = h('div', { class: 'card signer' + (ok ? ' signer-ok' : '') },
        h('h3', null, t(ok ? 'v.valid' : 'v.invalid')),
        h('p', null, (s.subject || '') + (s.serial ? ' — ' + s.serial : '')),
        s.signingTime ? h('p', { class: 'muted small' }, t('v.signingTime') + ': ' + String(s.signingTime)) : null,
        h('ul', null, check(t('v.integrity'), s.integrity), check(t('v.chain'), s.chainTrusted),
          check(t('v.time'), s.validAtSigningTime), check(t('v.revoked'), s.notRevoked)));
      if (s.problems && s.problems.length) {
        const ul = h('ul', { class: 'problems' });
        for (const p of s.problems) ul.appendChild(h('li', null, String(p)));
        card.appendChild(h('p', null, t('v.problems') + ':'));
        card.appendChild(ul);
      }
      box.appendChild(card);
    }
  }

  // ---------------------------------------------------------------- start
  async function start() {
    applyLanguage();
    for (const b of document.querySelectorAll('.lang-switch button')) {
      b.addEventListener('click', () => {
        lang = b.getAttribute('data-lang');
        localStorage.setItem('partyoffice.lang', lang);
        applyLanguage();
        const tab = document.querySelector('.sig-tabs [aria-selected="true"]');
        if (tab) selectTab(tab.getAttribute('data-tab'));
      });
    }
    for (const b of document.querySelectorAll('.sig-tabs [data-tab]')) {
      b.addEventListener('click', () => selectTab(b.getAttribute('data-tab')));
    }
    $('#mode-soft').addEventListener('change', modeChanged);
    $('#mode-csr').addEventListener('change', modeChanged);
    $('#issue-form').addEventListener('submit', issue);
    $('#cert-search').addEventListener('submit', (e) => { e.preventDefault(); loadCertificates(); });
    $('#device-form').addEventListener('submit', registerDevice);
    $('#batch-form').addEventListener('submit', startBatch);
    $('#verify-pdf-form').addEventListener('submit', verifyPdf);
    $('#verify-cms-form').addEventListener('submit', verifyCms);
    let me;
    try {
      me = await api('GET', '/session');
    } catch (e) {
      showSignIn();
      return;
    }
    $('#user-name').textContent = (me && (me.fullName || me.login)) || '';
    $('#user-box').hidden = false;
    $('#page').hidden = false;
    selectTab('certs');
  }
  document.addEventListener('DOMContentLoaded', start);
})();
