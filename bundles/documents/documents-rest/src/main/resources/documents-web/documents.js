/* The documents module's page at /office/documents/: plain JS, no build. Server text is only
   ever set with textContent. Uses the shell's session cookie (sign in at /office/). */
(function () {
  'use strict';

  // the shell's /office/page.js: elements, the API client, errors next to their fields
  const { h, clear } = OfficePage;
  const { api, status, clearErrors, showError, onSubmit, showSignIn, upload: uploadFile } = OfficePage.helpers({ prefix: 'doc', message: () => t('error') });
  function upload(path, file) { return uploadFile(path, file, TYPES_BY_EXTENSION); }

  const EN = {
    'app.title': 'Party Committee Office', 'page.title': 'Documents',
    'session.needed': 'You need to sign in first.', 'session.link': 'Sign in on the main page',
    'tab.outgoing': 'Outgoing register', 'tab.incoming': 'Incoming', 'tab.search': 'Search', 'tab.tasks': 'Tasks',
    'f.type': 'Document type', 'f.status': 'Status', 'f.year': 'Year of promulgation', 'f.yearOnly': 'Year', 'all': 'All', 'filter': 'Filter',
    'f.unit': 'Issuing unit', 'f.title': 'Summary', 'f.classification': 'Classification', 'f.urgency': 'Urgency',
    'c.symbol': 'Number, symbol', 'c.date': 'Promulgated', 'c.type': 'Type', 'c.title': 'Summary', 'c.classification': 'Classification',
    'c.status': 'Status', 'c.actions': 'Actions',
    'draft.heading': 'New draft', 'draft.submit': 'Create draft', 'draft.created': 'Draft {id} created.',
    'count': '{n} documents', 'empty': 'Nothing to show.', 'error': 'Something went wrong.', 'noFile': 'Choose a file.',
    'doc.back': '← Back to the outgoing register', 'doc.draft': 'Draft no. {id}',
    'm.type': 'Type', 'm.unit': 'Issuing unit', 'm.classification': 'Classification', 'm.urgency': 'Urgency', 'm.period': 'Term / year',
    'm.promulgatedOn': 'Promulgated on', 'm.signer': 'Signer', 'm.signedHow': 'Signature', 'm.createdBy': 'Drafted by',
    'm.digital': 'digital', 'm.paper': 'on paper',
    'v.heading': 'Versions', 'v.kind': 'Kind', 'v.file': 'File', 'v.size': 'Size', 'v.note': 'Note', 'v.by': 'Uploaded by',
    'v.upload': 'Upload a version (PDF, DOCX, TXT)', 'v.submit': 'Upload', 'v.added': 'Version {n} uploaded.',
    'kind.DRAFT': 'Draft', 'kind.SIGNED': 'Signed PDF', 'kind.SCAN': 'Signed scan',
    'r.heading': 'Reviews', 'r.logins': 'Ask for comments (logins, comma separated)', 'r.request': 'Ask for comments',
    'r.decision': 'My answer', 'r.comment': 'Comment', 'r.submit': 'Send answer', 'r.none': 'No reviewers yet.',
    'rd.PENDING': 'Waiting', 'rd.APPROVED': 'Approved', 'rd.CHANGES_REQUESTED': 'Changes requested',
    'a.heading': 'Actions', 'a.signer': 'Submit to signer (login)', 'a.submit': 'Submit for signature',
    'a.keyPassword': 'Signing key password', 'a.sign': 'Sign digitally',
    'a.noSigning': 'Digital signing is not available: the digital signatures module is not installed',
    'a.scan': 'Signed on paper: upload the signed page\u2019s scan (PDF, JPEG, PNG)', 'a.paper': 'Confirm the paper signature',
    'a.date': 'Date of promulgation (empty: today)', 'a.promulgate': 'Number and promulgate',
    'a.congress': 'Number from', 'a.ownRegister': 'The unit\u2019s own register (per type and term)',
    'a.joint': 'Joint document: the other issuing bodies (abbreviations, comma-separated)',
    'a.recipients': 'Send to units', 'a.distribute': 'Distribute', 'a.reason': 'Reason for cancelling', 'a.cancel': 'Cancel the document',
    'a.none': 'Nothing more can be done with this document.', 'a.noUnits': 'There are no other units to send it to.', 'a.cancelConfirm': 'Cancel this document?',
    'done.submitted': 'Submitted to {who}.', 'done.signed': 'Signed.', 'done.promulgated': 'Promulgated as {symbol}.',
    'done.distributed': 'Sent to {n} units.', 'done.cancelled': 'Cancelled.', 'done.review': 'Sent.', 'done.task': 'Task assigned.',
    'tl.heading': 'History',
    'i.unit': 'Receiving unit', 'i.number': 'No.', 'i.received': 'Received', 'i.sender': 'Sender', 'i.symbol': 'Original symbol',
    'i.originalDate': 'Document date', 'i.heading': 'Register an incoming document', 'i.submit': 'Register',
    'i.registered': 'Registered as no. {n}.', 'i.assign': 'Assign', 'i.complete': 'Done', 'i.handler': 'Handler login',
    'i.deadline': 'Deadline',
    's.label': 'Search summaries, symbols and contents', 's.submit': 'Search', 's.count': '{n} found',
    's.countMore': 'More than {n} found', 'i.count': '{shown} of {total} entries', 't.count': '{shown} of {total} tasks',
    'more': 'Show more',
    's.hintFull': 'Full-text search: words may be typed without diacritics.',
    's.hintBasic': 'Full-text search is not installed: a symbol or part of the summary is looked up in the register (exact diacritics).',
    't.assign': 'Assign a task', 't.unit': 'Unit', 't.title': 'Task', 't.deadline': 'Deadline', 't.submit': 'Assign',
    't.subunits': 'Include subordinate units', 't.overdueOnly': 'Overdue only', 't.progress': 'Progress', 't.report': 'Report progress',
    't.overdue': 'overdue', 't.send': 'Report', 't.reported': 'Progress reported.',
    'ts.OPEN': 'Open', 'ts.IN_PROGRESS': 'In progress', 'ts.DONE': 'Done',
    'is.RECEIVED': 'Received', 'is.ASSIGNED': 'Assigned', 'is.DONE': 'Done',
    'st.DRAFT': 'Draft', 'st.IN_REVIEW': 'In review', 'st.SUBMITTED': 'Awaiting signature', 'st.SIGNED': 'Signed',
    'st.PROMULGATED': 'Promulgated', 'st.CANCELLED': 'Cancelled',
    'cl.UNCLASSIFIED': 'Unclassified', 'cl.MAT': 'Confidential', 'cl.TOI_MAT': 'Secret', 'cl.TUYET_MAT': 'Top secret',
    'ur.NORMAL': 'Normal', 'ur.KHAN': 'Urgent', 'ur.THUONG_KHAN': 'Very urgent', 'ur.HOA_TOC': 'Flash'
  };
  const VI = {
    'app.title': 'Văn phòng Đảng ủy', 'page.title': 'Văn bản', 'all': 'Tất cả',
    'draft.created': 'Đã tạo dự thảo số {id}.', 'count': '{n} văn bản', 'empty': 'Không có dữ liệu.', 'error': 'Đã có lỗi.',
    'noFile': 'Hãy chọn tệp.', 'doc.draft': 'Dự thảo số {id}',
    'm.type': 'Loại', 'm.unit': 'Đơn vị ban hành', 'm.classification': 'Độ mật', 'm.urgency': 'Độ khẩn', 'm.period': 'Nhiệm kỳ / năm',
    'm.promulgatedOn': 'Ngày ban hành', 'm.signer': 'Người ký', 'm.signedHow': 'Hình thức ký', 'm.createdBy': 'Người soạn',
    'm.digital': 'ký số', 'm.paper': 'ký trên giấy',
    'v.added': 'Đã tải lên phiên bản {n}.', 'kind.DRAFT': 'Dự thảo', 'kind.SIGNED': 'Bản ký số', 'kind.SCAN': 'Bản quét đã ký',
    'r.none': 'Chưa gửi xin ý kiến.', 'rd.PENDING': 'Chờ ý kiến', 'rd.APPROVED': 'Đồng ý', 'rd.CHANGES_REQUESTED': 'Đề nghị sửa',
    'a.cancelConfirm': 'Hủy văn bản này?', 'a.noUnits': 'Không có đơn vị nào khác để gửi.',
    'a.ownRegister': 'Sổ văn bản của đơn vị (theo loại, nhiệm kỳ)',
    'done.submitted': 'Đã trình ký {who}.', 'done.signed': 'Đã ký.', 'done.promulgated': 'Đã ban hành, số {symbol}.',
    'done.distributed': 'Đã gửi đến {n} đơn vị.', 'done.cancelled': 'Đã hủy.', 'done.review': 'Đã gửi.', 'done.task': 'Đã giao nhiệm vụ.',
    'i.registered': 'Đã vào sổ, số đến {n}.', 'i.assign': 'Giao xử lý', 'i.complete': 'Xong', 'i.handler': 'Tài khoản xử lý',
    'i.deadline': 'Hạn xử lý', 's.count': 'Tìm thấy {n}', 's.countMore': 'Tìm thấy hơn {n}',
    'i.count': '{shown}/{total} văn bản đến', 't.count': '{shown}/{total} nhiệm vụ', 'more': 'Xem thêm',
    's.hintFull': 'Tìm toàn văn: có thể gõ không dấu.',
    's.hintBasic': 'Chưa cài tìm kiếm toàn văn: tìm theo số ký hiệu hoặc một phần trích yếu trong sổ (gõ đúng dấu).',
    't.overdue': 'quá hạn', 't.send': 'Báo cáo', 't.reported': 'Đã báo cáo tiến độ.',
    'ts.OPEN': 'Chưa thực hiện', 'ts.IN_PROGRESS': 'Đang thực hiện', 'ts.DONE': 'Hoàn thành',
    'is.RECEIVED': 'Mới đến', 'is.ASSIGNED': 'Đã giao', 'is.DONE': 'Đã xử lý',
    'st.DRAFT': 'Dự thảo', 'st.IN_REVIEW': 'Đang góp ý', 'st.SUBMITTED': 'Chờ ký', 'st.SIGNED': 'Đã ký',
    'st.PROMULGATED': 'Đã ban hành', 'st.CANCELLED': 'Đã hủy',
    'cl.UNCLASSIFIED': 'Thường', 'cl.MAT': 'Mật', 'cl.TOI_MAT': 'Tối mật', 'cl.TUYET_MAT': 'Tuyệt mật',
    'ur.NORMAL': 'Thường', 'ur.KHAN': 'Khẩn', 'ur.THUONG_KHAN': 'Thượng khẩn', 'ur.HOA_TOC': 'Hỏa tốc'
  };
  const STATUSES = ['DRAFT', 'IN_REVIEW', 'SUBMITTED', 'SIGNED', 'PROMULGATED', 'CANCELLED'];
  const CLEARANCES = ['UNCLASSIFIED', 'MAT', 'TOI_MAT', 'TUYET_MAT'];
  const URGENCIES = ['NORMAL', 'KHAN', 'THUONG_KHAN', 'HOA_TOC'];
  // The browser leaves File.type empty for some names; the server needs the real media type.
  const TYPES_BY_EXTENSION = {
    pdf: 'application/pdf', txt: 'text/plain', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', tif: 'image/tiff', tiff: 'image/tiff'
  };

  let lang = localStorage.getItem('partyoffice.lang') === 'en' ? 'en' : 'vi';
  const defaults = new Map();  // the Vietnamese text written in the HTML, per element
  const state = { units: [], types: [], caps: { digitalSigning: false, fullTextSearch: false }, me: null, doc: null };

  const $ = (sel) => document.querySelector(sel);
  function t(key, args) {
    let s = lang === 'en' ? EN[key] : VI[key];
    if (s == null) s = VI[key] || EN[key] || key;
    for (const k in (args || {})) s = s.split('{' + k + '}').join(String(args[k]));
    return s;
  }
  function date(iso) { return iso ? String(iso).substring(0, 10) : ''; }
  function when(iso) { return iso ? String(iso).substring(0, 16).replace('T', ' ') : ''; }
  function unitName(id) {
    const u = state.units.find((x) => x.id === id);
    return u ? u.name : (id == null ? '' : '#' + id);
  }
  function typeName(code) {
    const ty = state.types.find((x) => x.code === code);
    return ty ? ty.name : String(code || '');
  }
  function size(n) {
    if (n >= 1048576) return (n / 1048576).toFixed(1) + ' MB';
    if (n >= 1024) return Math.round(n / 1024) + ' KB';
    return n + ' B';
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll('[data-i18n]')) {
      if (!defaults.has(el)) defaults.set(el, el.textContent);
      const key = el.getAttribute('data-i18n');
      el.textContent = lang === 'en' && EN[key] ? EN[key] : defaults.get(el);
    }
    $('#lang-vi').setAttribute('aria-pressed', String(lang === 'vi'));
    $('#lang-en').setAttribute('aria-pressed', String(lang === 'en'));
    document.title = t('page.title') + ' — ' + t('app.title');
    fillEnumSelects();
  }
  function fillEnumSelects() {
    for (const sel of document.querySelectorAll('.clearance-select')) fillSelect(sel, CLEARANCES.map((c) => [c, t('cl.' + c)]));
    for (const sel of document.querySelectorAll('.urgency-select')) fillSelect(sel, URGENCIES.map((u) => [u, t('ur.' + u)]));
    fillSelect($('#filter-status'), [['', t('all')]].concat(STATUSES.map((s) => [s, t('st.' + s)])));
  }
  /** Replaces a select's options, keeping the chosen value. */
  function fillSelect(sel, pairs) {
    const keep = sel.value;
    clear(sel);
    for (const [value, label] of pairs) sel.appendChild(h('option', { value: value }, label));
    if (pairs.some((p) => String(p[0]) === keep)) sel.value = keep;
  }

  function requireFile(form, input, field) {
    const file = input.files[0];
    if (!file) {
      const err = form.querySelector('.field-error[data-field="' + field + '"]');
      if (err) err.textContent = t('noFile');
    }
    return file;
  }

  // ---------------------------------------------------------------- tabs
  function selectTab(name) {
    for (const b of document.querySelectorAll('.doc-tabs [data-tab]')) {
      const on = b.getAttribute('data-tab') === name;
      b.setAttribute('aria-selected', String(on));
      $('#panel-' + b.getAttribute('data-tab')).hidden = !on;
    }
    status('');
    if (name === 'outgoing') { showRegister(); loadDocuments(); }
    if (name === 'incoming') loadIncoming();
    if (name === 'search') searchHint();
    if (name === 'tasks') loadTasks();
  }

  // ---------------------------------------------------------------- outgoing register
  function tag(kind, value) {
    return h('span', { class: 'tag ' + kind.toLowerCase() + '-' + String(value).toLowerCase(), 'data-value': value },
      t((kind === 'st' ? 'st.' : kind === 'cl' ? 'cl.' : 'ur.') + value));
  }
  async function loadDocuments() {
    const q = new URLSearchParams();
    if ($('#filter-type').value) q.set('type', $('#filter-type').value);
    if ($('#filter-status').value) q.set('status', $('#filter-status').value);
    if ($('#filter-year').value) q.set('year', $('#filter-year').value);
    q.set('limit', '100');
    const tbody = $('#doc-rows');
    const form = $('#doc-filter');
    clearErrors(form);
    tbody.setAttribute('aria-busy', 'true');
    try {
      const page = await api('GET', '/documents?' + q);
      clear(tbody);
      $('#doc-count').textContent = t('count', { n: page.total });
      if (!page.items.length) tbody.appendChild(h('tr', null, h('td', { colspan: '6', class: 'muted' }, t('empty'))));
      for (const d of page.items) tbody.appendChild(documentRow(d));
    } catch (e) {
      showError(form, e);
    } finally {
      tbody.removeAttribute('aria-busy');
    }
  }
  function documentRow(d) {
    const open = h('button', { type: 'button', class: 'button-link doc-open' }, d.title);
    open.addEventListener('click', () => openDocument(d.id));
    const cl = d.classification !== 'UNCLASSIFIED' ? tag('cl', d.classification) : h('span', { class: 'muted' }, t('cl.UNCLASSIFIED'));
    return h('tr', { 'data-id': String(d.id) },
      h('td', { class: 'nowrap symbol' }, d.symbol || '—'), h('td', { class: 'nowrap' }, date(d.promulgatedOn)),
      h('td', null, typeName(d.type)), h('td', null, open), h('td', null, cl), h('td', null, tag('st', d.status)));
  }
  async function createDraft(form) {
    const d = await api('POST', '/documents', {
      unitId: $('#draft-unit').value ? Number($('#draft-unit').value) : null, type: $('#draft-type').value || null,
      title: $('#draft-title').value, classification: $('#draft-classification').value, urgency: $('#draft-urgency').value
    });
    form.reset();
    fillEnumSelects();
    status(t('draft.created', { id: d.id }));
    await openDocument(d.id);
  }

  // ---------------------------------------------------------------- one document
  function showRegister() {
    $('#register-view').hidden = false;
    $('#doc-view').hidden = true;
    state.doc = null;
  }
  async function openDocument(id) {
    const [d, versions, reviews, timeline] = await Promise.all([api('GET', '/documents/' + id),
      api('GET', '/documents/' + id + '/versions'), api('GET', '/documents/' + id + '/reviews'),
      api('GET', '/documents/' + id + '/timeline')]);
    state.doc = d;
    $('#register-view').hidden = true;
    $('#doc-view').hidden = false;
    $('#doc-view').setAttribute('data-id', String(d.id));
    $('#doc-heading').textContent = (d.symbol ? d.symbol + ' — ' : typeName(d.type) + ' ') + d.title;
    const st = $('#doc-status');
    st.textContent = t('st.' + d.status);
    st.className = 'tag st-' + d.status.toLowerCase();
    st.setAttribute('data-value', d.status);
    renderMeta(d);
    renderVersions(d, versions);
    renderReviews(d, reviews);
    renderActions(d);
    if (d.status === 'SIGNED') await fillCongresses(d);
    renderTimeline(timeline);
    window.scrollTo(0, 0);
  }
  function renderMeta(d) {
    const dl = $('#doc-meta');
    clear(dl);
    const rows = [['m.type', typeName(d.type)], ['m.unit', unitName(d.unitId)], ['m.classification', t('cl.' + d.classification)],
      ['m.urgency', t('ur.' + d.urgency)], ['m.createdBy', d.createdBy]];
    if (d.signerLogin) rows.push(['m.signer', d.signerLogin]);
    if (d.status === 'SIGNED' || d.status === 'PROMULGATED') rows.push(['m.signedHow', t(d.signedDigitally ? 'm.digital' : 'm.paper')]);
    if (d.promulgatedOn) rows.push(['m.promulgatedOn', date(d.promulgatedOn)], ['m.period', d.period || '']);
    for (const [k, v] of rows) {
      dl.appendChild(h('div', null, h('dt', null, t(k)), h('dd', { 'data-meta': k.substring(2) }, String(v == null ? '' : v))));
    }
  }
  function renderVersions(d, versions) {
    const tbody = $('#version-rows');
    clear(tbody);
    if (!versions.length) tbody.appendChild(h('tr', null, h('td', { colspan: '6', class: 'muted' }, t('empty'))));
    for (const v of versions) {
      const link = h('a', { href: '/api/documents/' + d.id + '/versions/' + v.number + '/file', class: 'version-download' }, v.fileName);
      tbody.appendChild(h('tr', { 'data-version': String(v.number) }, h('td', null, String(v.number)), h('td', null, t('kind.' + v.kind)),
        h('td', null, link), h('td', { class: 'num nowrap' }, size(v.size)), h('td', null, v.note || ''),
        h('td', { class: 'small' }, v.createdBy + ' · ' + when(v.createdAt))));
    }
    $('#version-form').hidden = !(d.status === 'DRAFT' || d.status === 'IN_REVIEW');
  }
  function renderReviews(d, reviews) {
    const ul = $('#review-list');
    clear(ul);
    if (!reviews.length) ul.appendChild(h('li', { class: 'muted' }, t('r.none')));
    for (const r of reviews) {
      ul.appendChild(h('li', { 'data-reviewer': r.reviewer }, h('strong', null, r.reviewer), ' ',
        h('span', { class: 'tag rd-' + r.decision.toLowerCase() }, t('rd.' + r.decision)), r.comment ? ' — ' + r.comment : null));
    }
    const open = d.status === 'DRAFT' || d.status === 'IN_REVIEW';
    $('#review-card').hidden = !open && !reviews.length;
    $('#review-request-form').hidden = !open;
    const me = state.me && state.me.login;
    $('#review-form').hidden = !(d.status === 'IN_REVIEW' && reviews.some((r) => r.reviewer === me));
  }
  function renderActions(d) {
    const s = d.status;
    const show = {
      'submit-form': s === 'DRAFT' || s === 'IN_REVIEW',
      'sign-form': s === 'SUBMITTED' && state.caps.digitalSigning,
      'sign-unavailable': s === 'SUBMITTED' && !state.caps.digitalSigning,
      'paper-form': s === 'SUBMITTED',
      'promulgate-form': s === 'SIGNED',
      'distribute-form': s === 'PROMULGATED',
      'task-form': s === 'PROMULGATED',
      'cancel-form': s !== 'CANCELLED'
    };
    for (const id in show) $('#' + id).hidden = !show[id];
    $('#no-actions').hidden = s !== 'CANCELLED';
    const box = $('#distribute-units');
    clear(box);
    for (const u of state.units) {
      if (u.id === d.unitId) continue;
      box.appendChild(h('label', { class: 'check' }, h('input', { type: 'checkbox', value: String(u.id), 'data-unit': String(u.id) }), u.name));
    }
    if (!box.firstChild) box.appendChild(h('p', { class: 'muted small' }, t('a.noUnits')));
  }
  /** The registers a signed document can take its number from: its unit's own, or one of its Congresses. */
  async function fillCongresses(d) {
    const congresses = await api('GET', '/documents/registers/' + d.unitId + '/congresses');
    const select = $('#promulgate-congress');
    clear(select);
    select.appendChild(h('option', { value: '' }, t('a.ownRegister')));
    for (const k of congresses) {
      select.appendChild(h('option', { value: String(k.id), 'data-period': k.period },
        k.name + ' (' + k.issuer + ', ' + date(k.opensOn) + ' – ' + date(k.closesOn) + ')'));
    }
  }
  function renderTimeline(entries) {
    const ol = $('#timeline');
    clear(ol);
    for (const e of entries) {
      ol.appendChild(h('li', { 'data-action': e.action }, h('span', { class: 'muted small nowrap' }, when(e.at)), ' ',
        h('strong', null, e.actor), ' · ', e.action, e.detail ? ' — ' + e.detail : null));
    }
  }
  /** A step on the open document, then the document shown again as it is now. */
  async function step(path, body, message) {
    const id = state.doc.id;
    const result = await api('POST', '/documents/' + id + path, body);
    await openDocument(id);
    if (message) status(typeof message === 'function' ? message(result) : message);
    return result;
  }

  /** "12 of 250" under a list, and a button for the next page while there is one. */
  function pager(countEl, moreEl, shown, total, key) {
    countEl.textContent = total > 0 ? t(key, { shown: shown.toLocaleString(lang), total: Number(total).toLocaleString(lang) }) : '';
    moreEl.hidden = !(shown < total);
  }

  // ---------------------------------------------------------------- incoming
  const PAGE = 100;
  async function loadIncoming(more) {
    const form = $('#incoming-filter');
    clearErrors(form);
    const tbody = $('#incoming-rows');
    if (!$('#incoming-unit').value) { clear(tbody); pager($('#incoming-count'), $('#incoming-more'), 0, 0, 'i.count'); return; }
    const offset = more === true ? tbody.querySelectorAll('tr[data-id]').length : 0;
    const q = new URLSearchParams({ unitId: $('#incoming-unit').value, offset: String(offset), limit: String(PAGE) });
    if ($('#incoming-year').value) q.set('year', $('#incoming-year').value);
    try {
      const list = await api('GET', '/documents/incoming?' + q);
      if (!offset) clear(tbody);
      if (!list.length && !offset) tbody.appendChild(h('tr', null, h('td', { colspan: '7', class: 'muted' }, t('empty'))));
      for (const d of list) tbody.appendChild(incomingRow(d));
      pager($('#incoming-count'), $('#incoming-more'), offset + list.length, list.total || 0, 'i.count');
    } catch (e) {
      showError(form, e);
    }
  }
  function incomingRow(d) {
    const actions = h('div', { class: 'button-row' });
    if (d.status !== 'DONE') {
      const form = h('form', { class: 'assign-form', novalidate: '' });
      const login = h('input', { 'aria-label': t('i.handler'), placeholder: t('i.handler'), class: 'assign-login', value: d.handlerLogin || '' });
      const deadline = h('input', { type: 'date', 'aria-label': t('i.deadline'), class: 'assign-deadline', value: d.deadline || '' });
      form.appendChild(h('div', { class: 'field' }, login, h('p', { class: 'field-error', 'data-field': 'handlerLogin' })));
      form.appendChild(h('div', { class: 'field' }, deadline, h('p', { class: 'field-error', 'data-field': 'deadline' })));
      form.appendChild(h('p', { class: 'form-error', role: 'alert' }));
      form.appendChild(h('button', { type: 'submit', class: 'button-secondary small' }, t('i.assign')));
      onSubmit(form, async () => {
        await api('POST', '/documents/incoming/' + d.id + '/assign', { handlerLogin: login.value.trim() || null, deadline: deadline.value || null });
        loadIncoming();
      });
      actions.appendChild(form);
      if (d.status === 'ASSIGNED') {
        const done = h('button', { type: 'button', class: 'button-quiet small incoming-complete' }, t('i.complete'));
        done.addEventListener('click', async () => {
          try { await api('POST', '/documents/incoming/' + d.id + '/complete'); loadIncoming(); } catch (e) { status(e.message, true); }
        });
        actions.appendChild(done);
      }
    }
    const title = h('span', null, d.title);
    const cells = [h('td', { class: 'num' }, String(d.arrivalNumber)), h('td', { class: 'nowrap' }, date(d.receivedOn)), h('td', null, d.sender),
      h('td', { class: 'nowrap' }, d.originalSymbol || ''), h('td', null, title, d.classification !== 'UNCLASSIFIED' ? ' ' : null,
        d.classification !== 'UNCLASSIFIED' ? tag('cl', d.classification) : null),
      h('td', null, h('span', { class: 'tag is-' + d.status.toLowerCase() }, t('is.' + d.status)),
        d.deadline ? h('div', { class: 'small muted' }, (d.handlerLogin || unitName(d.handlerUnitId)) + ' · ' + date(d.deadline)) : null),
      h('td', null, actions)];
    return h('tr', { 'data-id': String(d.id) }, ...cells);
  }
  async function registerIncoming(form) {
    const d = await api('POST', '/documents/incoming', {
      unitId: $('#in-unit').value ? Number($('#in-unit').value) : null, sender: $('#in-sender').value,
      originalSymbol: $('#in-symbol').value || null, originalDate: $('#in-date').value || null,
      receivedOn: $('#in-received').value || null, title: $('#in-title').value,
      classification: $('#in-classification').value, urgency: $('#in-urgency').value
    });
    form.reset();
    fillEnumSelects();
    $('#incoming-unit').value = String(d.unitId);
    status(t('i.registered', { n: d.arrivalNumber }));
    loadIncoming();
  }

  // ---------------------------------------------------------------- search
  function searchHint() {
    $('#search-hint').textContent = t(state.caps.fullTextSearch ? 's.hintFull' : 's.hintBasic');
  }
  async function search(form) {
    const list = $('#search-results');
    clear(list);
    $('#search-count').textContent = '';
    // The search feature may have been installed or removed since the page loaded: say which search this is.
    const [page, caps] = await Promise.all([
      api('GET', '/documents/search?' + new URLSearchParams({ q: $('#search-q').value, limit: '50' })),
      api('GET', '/documents/capabilities').catch(() => state.caps)]);
    state.caps = caps;
    searchHint();
    const n = Number(page.total).toLocaleString(lang);
    $('#search-count').textContent = page.totalExact === false ? t('s.countMore', { n: n }) : t('s.count', { n: n });
    for (const hit of page.hits) {
      const d = hit.document;
      const open = h('button', { type: 'button', class: 'button-link' }, (d.symbol ? d.symbol + ' — ' : '') + d.title);
      open.addEventListener('click', () => { selectTab('outgoing'); openDocument(d.id); });
      list.appendChild(h('li', { class: 'card', 'data-id': String(d.id) }, h('div', null, open, ' ', tag('st', d.status)),
        h('p', { class: 'snippet' }, hit.snippet || '')));
    }
    if (!page.hits.length) list.appendChild(h('li', { class: 'muted' }, t('empty')));
  }

  // ---------------------------------------------------------------- tasks
  async function loadTasks(more) {
    const offset = more === true ? $('#tasks-rows').querySelectorAll('tr[data-id]').length : 0;
    const q = new URLSearchParams({ offset: String(offset), limit: String(PAGE) });
    if ($('#tasks-unit').value) {
      q.set('unitId', $('#tasks-unit').value);
      q.set('subunits', String($('#tasks-subunits').checked));
    }
    if ($('#tasks-overdue').checked) q.set('overdue', 'true');
    const tbody = $('#tasks-rows');
    $('#tasks-error').textContent = '';
    try {
      const list = await api('GET', '/documents/tasks?' + q);
      if (!offset) clear(tbody);
      if (!list.length && !offset) tbody.appendChild(h('tr', null, h('td', { colspan: '5', class: 'muted' }, t('empty'))));
      for (const task of list) tbody.appendChild(taskRow(task));
      pager($('#tasks-count'), $('#tasks-more'), offset + list.length, list.total || 0, 't.count');
    } catch (e) {
      $('#tasks-error').textContent = e.message;
    }
  }
  function taskRow(task) {
    const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(task.percent) },
      h('div', { class: 'progress-bar' }));
    bar.firstChild.style.width = Math.max(0, Math.min(100, task.percent)) + '%';
    const progress = h('td', { class: 'progress-cell' }, h('div', null, h('span', { class: 'tag ts-' + task.status.toLowerCase() }, t('ts.' + task.status)),
      ' ', task.percent + '%', task.overdue ? ' ' : null, task.overdue ? h('span', { class: 'tag tag-off' }, t('t.overdue')) : null), bar);
    const report = h('td', null);
    if (task.status !== 'DONE') {
      const form = h('form', { class: 'report-form', novalidate: '' });
      const st = h('select', { 'aria-label': t('c.status'), class: 'report-status' });
      for (const s of ['IN_PROGRESS', 'DONE', 'OPEN']) st.appendChild(h('option', { value: s }, t('ts.' + s)));
      const pct = h('input', { type: 'number', min: '0', max: '100', value: String(task.percent), 'aria-label': '%', class: 'report-percent' });
      const comment = h('input', { 'aria-label': t('r.comment'), placeholder: t('r.comment'), class: 'report-comment' });
      form.append(h('div', { class: 'field' }, st, h('p', { class: 'field-error', 'data-field': 'status' })),
        h('div', { class: 'field' }, pct, h('p', { class: 'field-error', 'data-field': 'percent' })),
        h('div', { class: 'field' }, comment, h('p', { class: 'field-error', 'data-field': 'comment' })),
        h('p', { class: 'form-error', role: 'alert' }), h('button', { type: 'submit', class: 'button-secondary small' }, t('t.send')));
      onSubmit(form, async () => {
        await api('POST', '/documents/tasks/' + task.id + '/reports',
          { status: st.value, percent: pct.value === '' ? null : Number(pct.value), comment: comment.value || null });
        status(t('t.reported'));
        loadTasks();
      });
      report.appendChild(form);
    }
    return h('tr', { 'data-id': String(task.id), class: task.overdue ? 'overdue' : null },
      h('td', null, task.title), h('td', null, unitName(task.unitId)), h('td', { class: 'nowrap' }, date(task.deadline)), progress, report);
  }

  // ---------------------------------------------------------------- start
  function fillUnits() {
    const pairs = state.units.map((u) => [String(u.id), u.name]);
    const mine = state.me && state.me.unitId != null ? String(state.me.unitId) : null;
    for (const sel of ['#draft-unit', '#in-unit', '#incoming-unit', '#task-unit']) {
      fillSelect($(sel), pairs);
      if (mine && pairs.some((p) => p[0] === mine)) $(sel).value = mine;
    }
    fillSelect($('#tasks-unit'), [['', t('all')]].concat(pairs));
  }
  function fillTypes() {
    const active = state.types.filter((x) => x.active).map((x) => [x.code, x.name + ' (' + x.code + ')']);
    fillSelect($('#draft-type'), active);
    // the most common kind first, whatever order the server lists types in
    if (!$('#draft-type').dataset.touched && active.some((p) => p[0] === 'NQ')) $('#draft-type').value = 'NQ';
    fillSelect($('#filter-type'), [['', t('all')]].concat(state.types.map((x) => [x.code, x.name])));
  }
  function wire() {
    for (const b of document.querySelectorAll('.lang-switch button')) {
      b.addEventListener('click', () => {
        lang = b.getAttribute('data-lang');
        localStorage.setItem('partyoffice.lang', lang);
        applyLanguage();
        fillUnits();
        fillTypes();
        const tab = document.querySelector('.doc-tabs [aria-selected="true"]');
        if (state.doc) openDocument(state.doc.id); else if (tab) selectTab(tab.getAttribute('data-tab'));
      });
    }
    for (const b of document.querySelectorAll('.doc-tabs [data-tab]')) b.addEventListener('click', () => selectTab(b.getAttribute('data-tab')));
    $('#doc-filter').addEventListener('submit', (e) => { e.preventDefault(); loadDocuments(); });
    $('#doc-back').addEventListener('click', () => { status(''); showRegister(); loadDocuments(); });
    $('#draft-type').addEventListener('change', () => { $('#draft-type').dataset.touched = 'yes'; });
    onSubmit($('#draft-form'), createDraft);
    onSubmit($('#version-form'), async (form) => {
      const file = requireFile(form, $('#version-file'), 'file');
      if (!file) return;
      const note = $('#version-note').value.trim();
      const v = await upload('/documents/' + state.doc.id + '/versions' + (note ? '?note=' + encodeURIComponent(note) : ''), file);
      form.reset();
      await openDocument(state.doc.id);
      status(t('v.added', { n: v.number }));
    });
    onSubmit($('#review-request-form'), () => step('/review-request',
      { reviewers: $('#review-logins').value.split(',').map((s) => s.trim()).filter((s) => s) }, t('done.review')));
    onSubmit($('#review-form'), () => step('/reviews', { decision: $('#review-decision').value, comment: $('#review-comment').value || null },
      t('done.review')));
    onSubmit($('#submit-form'), () => step('/submit', { signerLogin: $('#submit-signer').value.trim() },
      (d) => t('done.submitted', { who: d.signerLogin })));
    onSubmit($('#sign-form'), async () => {
      const id = state.doc.id;
      const password = $('#sign-password').value;
      $('#sign-password').value = '';
      await api('POST', '/documents/' + id + '/sign', undefined, { 'X-Key-Password': password });
      await openDocument(id);
      status(t('done.signed'));
    });
    onSubmit($('#paper-form'), async (form) => {
      const file = requireFile(form, $('#paper-file'), 'scan');
      if (!file) return;
      const id = state.doc.id;
      await upload('/documents/' + id + '/sign-paper', file);
      form.reset();
      await openDocument(id);
      status(t('done.signed'));
    });
    onSubmit($('#promulgate-form'), () => step('/promulgate', {
      date: $('#promulgate-date').value || null,
      congressId: $('#promulgate-congress').value ? Number($('#promulgate-congress').value) : null,
      jointIssuers: $('#promulgate-joint').value.split(',').map((s) => s.trim()).filter((s) => s)
    }, (d) => t('done.promulgated', { symbol: d.symbol })));
    onSubmit($('#distribute-form'), () => step('/distribute',
      { unitIds: Array.from(document.querySelectorAll('#distribute-units input:checked')).map((i) => Number(i.value)) },
      (list) => t('done.distributed', { n: list.length })));
    onSubmit($('#task-form'), async (form) => {
      await api('POST', '/documents/' + state.doc.id + '/tasks', {
        unitId: $('#task-unit').value ? Number($('#task-unit').value) : null, title: $('#task-title').value, deadline: $('#task-deadline').value || null
      });
      form.reset();
      fillUnits();
      status(t('done.task'));
    });
    onSubmit($('#cancel-form'), async () => {
      if (!window.confirm(t('a.cancelConfirm'))) return;
      await step('/cancel', { reason: $('#cancel-reason').value }, t('done.cancelled'));
    });
    $('#incoming-filter').addEventListener('submit', (e) => { e.preventDefault(); loadIncoming(); });
    $('#incoming-more').addEventListener('click', () => loadIncoming(true));
    $('#tasks-more').addEventListener('click', () => loadTasks(true));
    onSubmit($('#incoming-form'), registerIncoming);
    onSubmit($('#search-form'), search);
    $('#task-filter').addEventListener('submit', (e) => { e.preventDefault(); loadTasks(); });
  }
  async function start() {
    applyLanguage();
    wire();
    try {
      state.me = await api('GET', '/session');
    } catch (e) {
      showSignIn();
      return;
    }
    $('#user-name').textContent = (state.me && (state.me.fullName || state.me.login)) || '';
    $('#user-box').hidden = false;
    const [units, types, caps] = await Promise.all([api('GET', '/units').catch(() => []), api('GET', '/documents/types').catch(() => []),
      api('GET', '/documents/capabilities').catch(() => state.caps)]);
    state.units = units || [];
    state.types = types || [];
    state.caps = caps || state.caps;
    fillUnits();
    fillTypes();
    $('#incoming-year').value = String(new Date().getFullYear());
    $('#page').hidden = false;
    selectTab('outgoing');
  }
  document.addEventListener('DOMContentLoaded', start);
})();
