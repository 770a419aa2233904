/* The archives module's page at /office/archives/: plain JS, no build, in the documents page's
   manner. Server text is only ever set with textContent. Uses the shell's session cookie (sign in
   at /office/). */
(function () {
  'use strict';

  // the shell's /office/page.js: elements, the API client, errors next to their fields
  const { h, clear } = OfficePage;
  const { api, status, clearErrors, showError, onSubmit, showSignIn, upload: uploadFile } = OfficePage.helpers({ prefix: 'arc', message: () => t('error') });
  function upload(path, file) { return uploadFile(path, file, TYPES_BY_EXTENSION); }

  const EN = {
    'app.title': 'Party Committee Office', 'page.title': 'Archives',
    'session.needed': 'You need to sign in first.', 'session.link': 'Sign in on the main page',
    'tab.dossiers': 'Fonds and dossiers', 'tab.search': 'Search', 'tab.digitisation': 'Digitisation',
    'tab.fixity': 'Fixity check', 'tab.disposition': 'Disposition and holds',
    'f.fonds': 'Fonds', 'f.status': 'Status', 'f.q': 'Code or title', 'f.classification': 'Classification', 'all': 'All', 'filter': 'Filter',
    'c.code': 'Dossier code', 'c.title': 'Title', 'c.dates': 'Dates', 'c.retention': 'Retention', 'c.classification': 'Classification',
    'c.status': 'Status', 'c.files': 'Files', 'c.actions': 'Actions',
    'd.heading': 'New dossier', 'd.code': 'Dossier code', 'd.retention': 'Retention period', 'd.title': 'Dossier title',
    'd.start': 'From', 'd.end': 'To', 'd.submit': 'Open the dossier', 'd.created': 'Dossier {code} opened.',
    'fo.heading': 'Open a fonds for a unit', 'fo.unit': 'Unit', 'fo.submit': 'Open the fonds', 'fo.opened': 'Fonds {code} is open.',
    'dv.back': '← Back to the dossiers', 'dv.close': 'Close the dossier', 'dv.bag': 'Download the BagIt package',
    'dv.closed': 'Dossier closed: its retention period runs from today.',
    'm.fonds': 'Fonds', 'm.retention': 'Retention', 'm.classification': 'Classification', 'm.dates': 'Dates', 'm.items': 'Items',
    'm.files': 'Files', 'm.closedAt': 'Closed', 'm.hold': 'Legal hold',
    'it.heading': 'Records in the dossier', 'it.title': 'Title', 'it.date': 'Date', 'it.source': 'Source', 'it.files': 'Files',
    'it.add': 'Add a record', 'it.file': 'File (PDF, scan, text)', 'it.submit': 'Add to the dossier', 'it.added': 'Record added.',
    'src.manual': 'entered', 'src.digitisation': 'digitised', 'src.documents': 'documents', 'src.meetings': 'meetings',
    's.label': 'Search codes, titles and the text of records', 's.submit': 'Search', 's.count': '{n} found',
    's.hintFull': 'Full-text search: words may be typed without diacritics.',
    's.hintBasic': 'Full-text search is not installed: codes and titles were searched, type words with their diacritics.',
    'b.heading': 'Load a digitisation batch', 'b.help': 'A ZIP of scans (PDF, TIFF, JPEG) with manifest.csv: columns file, dossier, title, date, classification.',
    'b.file': 'ZIP file', 'b.validate': 'Check first', 'b.start': 'Start digitising', 'b.current': 'Batch being watched',
    'b.none': 'No batch yet.', 'b.row': 'Row', 'b.fileCol': 'File', 'b.field': 'Column', 'b.problem': 'Problem',
    'b.list': 'Batches loaded', 'b.taken': 'Taken', 'b.problems': 'Problems', 'b.started': 'Started',
    'b.valid': 'The batch is fine: every row can be taken.', 'b.invalid': '{n} rows have problems; the others can be taken.',
    'b.summary': '{taken} taken of {rows} rows, {problems} problems', 'b.running': 'Running… {p}%',
    'bs.QUEUED': 'Queued', 'bs.RUNNING': 'Running', 'bs.DONE': 'Done', 'bs.CANCELLED': 'Cancelled', 'bs.FAILED': 'Failed',
    'fx.heading': 'Fixity check (SHA-256)', 'fx.run': 'Check now', 'fx.problem': 'Problem', 'fx.dossiers': 'Dossiers',
    'fx.never': 'No check has run yet.', 'fx.passed': 'Every file is intact.', 'fx.failed': '{n} files are changed or lost.',
    'fx.running': 'Checking every stored file…', 'fx.checked': 'Files checked', 'fx.bytes': 'Size', 'fx.when': 'Finished',
    'fx.MISMATCH': 'changed', 'fx.MISSING': 'lost',
    'q.heading': 'Dossiers past their retention period', 'q.help': 'Destruction needs the appraisal council\u2019s decision; a dossier on legal hold cannot be destroyed.',
    'q.closed': 'Closed', 'q.held': 'Dossiers on legal hold', 'q.reason': 'Reason', 'q.destroyed': 'Destruction records',
    'q.decision': 'Decision', 'q.by': 'Approved by', 'q.when': 'When', 'q.hold': 'Hold', 'q.release': 'Release',
    'q.destroy': 'Destroy', 'q.confirm': 'Confirm destruction', 'q.decisionPrompt': 'Appraisal decision (e.g. Quyết định 12-QĐ/VPTU)',
    'q.reasonPrompt': 'Reason', 'q.held.done': 'Dossier {code} is on hold.', 'q.released': 'Hold lifted from {code}.',
    'q.destroyedDone': 'Dossier {code} destroyed; the record is kept.', 'q.confirmText': 'Destroy dossier {code}? This cannot be undone.',
    'q.empty': 'Nothing is due.',
    'count': '{n} dossiers', 'progress': 'Digitised: {d} of {n} dossiers ({p}%)', 'empty': 'Nothing to show.', 'error': 'Something went wrong.',
    'noFile': 'Choose a file.', 'permanent': 'Permanent', 'years': '{n} years', 'hold.on': 'on hold: {r}', 'noFonds': 'No fonds yet: open one for a unit.',
    'st.OPEN': 'Open', 'st.CLOSED': 'Closed', 'st.TRANSFERRED': 'Transferred', 'st.DESTROYED': 'Destroyed',
    'cl.UNCLASSIFIED': 'Unclassified', 'cl.MAT': 'Confidential', 'cl.TOI_MAT': 'Secret', 'cl.TUYET_MAT': 'Top secret'
  };
  const VI = {
    'app.title': 'Văn phòng Đảng ủy', 'page.title': 'Lưu trữ', 'all': 'Tất cả',
    'd.created': 'Đã lập hồ sơ {code}.', 'fo.opened': 'Đã mở phông {code}.',
    'dv.closed': 'Đã kết thúc hồ sơ: thời hạn bảo quản tính từ hôm nay.',
    'm.fonds': 'Phông', 'm.retention': 'Thời hạn bảo quản', 'm.classification': 'Độ mật', 'm.dates': 'Thời gian', 'm.items': 'Số tài liệu',
    'm.files': 'Số tệp', 'm.closedAt': 'Ngày kết thúc', 'm.hold': 'Phong tỏa',
    'it.added': 'Đã thêm tài liệu.',
    'src.manual': 'nhập tay', 'src.digitisation': 'số hóa', 'src.documents': 'văn bản', 'src.meetings': 'hội nghị',
    's.count': 'Tìm thấy {n}',
    's.hintFull': 'Tìm toàn văn: có thể gõ không dấu.',
    's.hintBasic': 'Chưa cài tìm kiếm toàn văn: đã tìm theo mã và tiêu đề, hãy gõ có dấu.',
    'b.valid': 'Lô hợp lệ: mọi dòng đều nhận được.', 'b.invalid': '{n} dòng có lỗi; các dòng khác vẫn nhận được.',
    'b.summary': 'Đã nhận {taken}/{rows} dòng, {problems} lỗi', 'b.running': 'Đang số hóa… {p}%',
    'bs.QUEUED': 'Chờ chạy', 'bs.RUNNING': 'Đang chạy', 'bs.DONE': 'Hoàn thành', 'bs.CANCELLED': 'Đã hủy', 'bs.FAILED': 'Thất bại',
    'fx.never': 'Chưa kiểm tra lần nào.', 'fx.passed': 'Mọi tệp đều nguyên vẹn.', 'fx.failed': '{n} tệp bị thay đổi hoặc bị mất.',
    'fx.running': 'Đang kiểm tra mọi tệp lưu trữ…', 'fx.checked': 'Số tệp đã kiểm tra', 'fx.bytes': 'Dung lượng', 'fx.when': 'Hoàn thành lúc',
    'fx.MISMATCH': 'bị thay đổi', 'fx.MISSING': 'bị mất',
    'q.hold': 'Phong tỏa', 'q.release': 'Gỡ phong tỏa', 'q.destroy': 'Tiêu hủy', 'q.confirm': 'Xác nhận tiêu hủy',
    'q.decisionPrompt': 'Quyết định tiêu hủy (vd. Quyết định 12-QĐ/VPTU)', 'q.reasonPrompt': 'Lý do',
    'q.held.done': 'Đã phong tỏa hồ sơ {code}.', 'q.released': 'Đã gỡ phong tỏa hồ sơ {code}.',
    'q.destroyedDone': 'Đã tiêu hủy hồ sơ {code}; biên bản được lưu giữ.', 'q.confirmText': 'Tiêu hủy hồ sơ {code}? Không thể hoàn tác.',
    'q.empty': 'Không có hồ sơ nào đến hạn.',
    'count': '{n} hồ sơ', 'progress': 'Đã số hóa: {d}/{n} hồ sơ ({p}%)', 'empty': 'Không có dữ liệu.', 'error': 'Đã có lỗi.',
    'noFile': 'Hãy chọn tệp.', 'permanent': 'Vĩnh viễn', 'years': '{n} năm', 'hold.on': 'đang phong tỏa: {r}',
    'noFonds': 'Chưa có phông nào: hãy mở phông cho một đơn vị.',
    'st.OPEN': 'Đang lập', 'st.CLOSED': 'Đã kết thúc', 'st.TRANSFERRED': 'Đã nộp lưu', 'st.DESTROYED': 'Đã tiêu hủy',
    'cl.UNCLASSIFIED': 'Thường', 'cl.MAT': 'Mật', 'cl.TOI_MAT': 'Tối mật', 'cl.TUYET_MAT': 'Tuyệt mật'
  };
  const STATUSES = ['OPEN', 'CLOSED', 'TRANSFERRED', 'DESTROYED'];
  const CLEARANCES = ['UNCLASSIFIED', 'MAT', 'TOI_MAT', 'TUYET_MAT'];
  // The browser leaves File.type empty for some names; the server keeps the media type given.
  const TYPES_BY_EXTENSION = {
    pdf: 'application/pdf', txt: 'text/plain', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', tif: 'image/tiff', tiff: 'image/tiff', zip: 'application/zip'
  };
  const POLL_MS = 700;

  let lang = localStorage.getItem('partyoffice.lang') === 'en' ? 'en' : 'vi';
  const defaults = new Map();
  const state = { me: null, units: [], fonds: [], retention: [], dossier: null, batchTimer: null, fixityTimer: null };

  const $ = (sel) => document.querySelector(sel);
  function t(key, args) {
    let s = lang === 'en' ? EN[key] : VI[key];
    if (s == null) s = VI[key] || EN[key] || key;
    for (const k in (args || {})) s = s.split('{' + k + '}').join(String(args[k]));
    return s;
  }
  function date(iso) { return iso ? String(iso).substring(0, 10) : ''; }
  function when(iso) { return iso ? String(iso).substring(0, 16).replace('T', ' ') : ''; }
  function size(n) {
    if (n >= 1073741824) return (n / 1073741824).toFixed(1) + ' GB';
    if (n >= 1048576) return (n / 1048576).toFixed(1) + ' MB';
    if (n >= 1024) return Math.round(n / 1024) + ' KB';
    return n + ' B';
  }
  function retentionName(code) {
    const r = state.retention.find((x) => x.code === code);
    if (!r) return String(code || '');
    // the schedule's own names say the period (Vĩnh viễn, 20 năm); a custom one may not
    const period = r.permanent ? t('permanent') : t('years', { n: r.years });
    return lang === 'vi' && r.name.toLowerCase().includes(period.toLowerCase()) ? r.name : r.name + ' (' + period + ')';
  }
  function fondsName(id) {
    const f = state.fonds.find((x) => x.id === id);
    return f ? f.code + ' — ' + f.name : '#' + id;
  }
  function tag(kind, value) {
    return h('span', { class: 'tag ' + kind + '-' + String(value).toLowerCase(), 'data-value': value }, t(kind + '.' + value));
  }
  function classificationCell(c) {
    return c !== 'UNCLASSIFIED' ? tag('cl', c) : h('span', { class: 'muted' }, t('cl.UNCLASSIFIED'));
  }
  function dates(d) {
    if (!d.startDate && !d.endDate) return '';
    return date(d.startDate) + ' – ' + date(d.endDate);
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
    for (const sel of document.querySelectorAll('.clearance-select')) fillSelect(sel, CLEARANCES.map((c) => [c, t('cl.' + c)]));
    fillSelect($('#filter-status'), [['', t('all')]].concat(STATUSES.map((s) => [s, t('st.' + s)])));
    fillRetention();
  }
  function fillSelect(sel, pairs) {
    const keep = sel.value;
    clear(sel);
    for (const [value, label] of pairs) sel.appendChild(h('option', { value: value }, label));
    if (pairs.some((p) => String(p[0]) === keep)) sel.value = keep;
  }
  function fillRetention() {
    fillSelect($('#dossier-retention'), state.retention.map((r) => [r.code, retentionName(r.code)]));
  }
  function fillFonds() {
    const pairs = state.fonds.map((f) => [String(f.id), f.code + ' — ' + f.name]);
    fillSelect($('#fonds-select'), pairs);
    fillSelect($('#batch-fonds'), pairs);
  }
  function fillUnits() {
    fillSelect($('#fonds-unit'), state.units.map((u) => [String(u.id), u.name + ' (' + u.code + ')']));
    const mine = state.me && state.me.unitId != null ? String(state.me.unitId) : null;
    if (mine && state.units.some((u) => String(u.id) === mine)) $('#fonds-unit').value = mine;
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
    for (const b of document.querySelectorAll('.arc-tabs [data-tab]')) {
      const on = b.getAttribute('data-tab') === name;
      b.setAttribute('aria-selected', String(on));
      $('#panel-' + b.getAttribute('data-tab')).hidden = !on;
    }
    status('');
    if (name === 'dossiers') { showList(); loadDossiers(); }
    if (name === 'digitisation') loadBatches();
    if (name === 'fixity') loadFixity();
    if (name === 'disposition') loadDisposition();
  }

  // ---------------------------------------------------------------- fonds and dossiers
  async function loadFondsAndRetention() {
    const [fonds, retention] = await Promise.all([api('GET', '/archives/fonds'), api('GET', '/archives/retention')]);
    state.fonds = fonds || [];
    state.retention = retention || [];
    fillFonds();
    fillRetention();
  }
  async function loadDossiers() {
    const form = $('#dossier-filter');
    clearErrors(form);
    const tbody = $('#dossier-rows');
    const fondsId = $('#fonds-select').value;
    if (!fondsId) {
      clear(tbody);
      tbody.appendChild(h('tr', null, h('td', { colspan: '7', class: 'muted' }, t('noFonds'))));
      $('#dossier-count').textContent = '';
      $('#fonds-progress').textContent = '';
      return;
    }
    const q = new URLSearchParams({ fondsId: fondsId, limit: '200' });
    if ($('#filter-status').value) q.set('status', $('#filter-status').value);
    if ($('#filter-q').value.trim()) q.set('q', $('#filter-q').value.trim());
    tbody.setAttribute('aria-busy', 'true');
    try {
      const [page, progress] = await Promise.all([api('GET', '/archives/dossiers?' + q), api('GET', '/archives/fonds/' + fondsId + '/progress')]);
      clear(tbody);
      $('#dossier-count').textContent = t('count', { n: page.total });
      $('#fonds-progress').textContent = t('progress', { d: progress.digitised, n: progress.dossiers, p: progress.percent });
      if (!page.items.length) tbody.appendChild(h('tr', null, h('td', { colspan: '7', class: 'muted' }, t('empty'))));
      for (const d of page.items) tbody.appendChild(dossierRow(d));
    } catch (e) {
      showError(form, e);
    } finally {
      tbody.removeAttribute('aria-busy');
    }
  }
  function dossierRow(d) {
    const open = h('button', { type: 'button', class: 'button-link dossier-open' }, d.title);
    open.addEventListener('click', () => openDossier(d.id));
    return h('tr', { 'data-id': String(d.id), 'data-code': d.code },
      h('td', { class: 'nowrap code' }, d.code), h('td', null, open), h('td', { class: 'nowrap' }, dates(d)),
      h('td', null, retentionName(d.retention)), h('td', null, classificationCell(d.classification)),
      h('td', null, tag('st', d.status), d.legalHold ? h('span', { class: 'tag hold' }, t('m.hold')) : null),
      h('td', { class: 'num' }, String(d.fileCount)));
  }
  async function createDossier(form) {
    const fondsId = $('#fonds-select').value;
    const d = await api('POST', '/archives/dossiers', {
      fondsId: fondsId || null, code: $('#dossier-code').value, title: $('#dossier-title').value,
      startDate: $('#dossier-start').value || null, endDate: $('#dossier-end').value || null,
      retention: $('#dossier-retention').value || null, classification: $('#dossier-classification').value
    });
    form.reset();
    applyLanguage();
    status(t('d.created', { code: d.code }));
    await openDossier(d.id);
  }
  async function openFonds() {
    const f = await api('POST', '/archives/fonds', { unitId: $('#fonds-unit').value || null });
    await loadFondsAndRetention();
    $('#fonds-select').value = String(f.id);
    status(t('fo.opened', { code: f.code }));
    await loadDossiers();
  }

  // ---------------------------------------------------------------- one dossier
  function showList() {
    $('#list-view').hidden = false;
    $('#dossier-view').hidden = true;
    state.dossier = null;
  }
  async function openDossier(id) {
    const [d, items] = await Promise.all([api('GET', '/archives/dossiers/' + id), api('GET', '/archives/dossiers/' + id + '/items')]);
    state.dossier = d;
    $('#list-view').hidden = true;
    $('#dossier-view').hidden = false;
    $('#dossier-view').setAttribute('data-id', String(d.id));
    $('#dossier-heading').textContent = d.code + ' — ' + d.title;
    const st = $('#dossier-status');
    st.textContent = t('st.' + d.status);
    st.className = 'tag st-' + d.status.toLowerCase();
    st.setAttribute('data-value', d.status);
    const dl = $('#dossier-meta');
    clear(dl);
    const rows = [['m.fonds', fondsName(d.fondsId)], ['m.retention', retentionName(d.retention)], ['m.classification', t('cl.' + d.classification)],
      ['m.dates', dates(d)], ['m.items', String(d.itemCount)], ['m.files', String(d.fileCount)]];
    if (d.closedAt) rows.push(['m.closedAt', date(d.closedAt)]);
    if (d.legalHold) rows.push(['m.hold', d.holdReason || '']);
    for (const [k, v] of rows) dl.appendChild(h('div', null, h('dt', null, t(k)), h('dd', { 'data-meta': k.substring(2) }, v)));
    $('#dossier-close').hidden = d.status !== 'OPEN';
    $('#dossier-bag').setAttribute('href', '/api/archives/dossiers/' + d.id + '/bag');
    $('#dossier-bag').hidden = d.status === 'DESTROYED';
    $('#item-form').hidden = d.status === 'TRANSFERRED' || d.status === 'DESTROYED';
    renderItems(items);
    window.scrollTo(0, 0);
  }
  function renderItems(items) {
    const tbody = $('#item-rows');
    clear(tbody);
    if (!items.length) tbody.appendChild(h('tr', null, h('td', { colspan: '5', class: 'muted' }, t('empty'))));
    for (const i of items) {
      const files = h('td', null);
      for (const f of i.files) {
        const a = h('a', { class: 'file-download', href: '/api/archives/items/' + i.id + '/files/' + f.sha256, 'data-sha256': f.sha256 }, f.name);
        files.appendChild(h('div', null, a, ' ', h('span', { class: 'muted small' }, size(f.size))));
      }
      tbody.appendChild(h('tr', { 'data-id': String(i.id) }, h('td', null, i.title), h('td', { class: 'nowrap' }, date(i.date)),
        h('td', null, t('src.' + i.source)), h('td', null, classificationCell(i.classification)), files));
    }
  }
  async function addItem(form) {
    const file = requireFile(form, $('#item-file'), 'file');
    if (!file) return;
    const q = new URLSearchParams({ title: $('#item-title').value });
    if ($('#item-date').value) q.set('date', $('#item-date').value);
    q.set('classification', $('#item-classification').value);
    await upload('/archives/dossiers/' + state.dossier.id + '/items/upload?' + q, file);
    form.reset();
    applyLanguage();
    await openDossier(state.dossier.id);
    status(t('it.added'));
  }

  // ---------------------------------------------------------------- search
  async function search(form) {
    const q = $('#search-q').value;
    const list = $('#search-results');
    clear(list);
    $('#search-count').textContent = '';
    const r = await api('GET', '/archives/search?q=' + encodeURIComponent(q) + '&limit=50');
    $('#search-hint').textContent = t(r.fullText ? 's.hintFull' : 's.hintBasic');
    $('#search-count').textContent = t('s.count', { n: r.total });
    const seen = new Set();
    for (const hit of r.hits) {
      const d = hit.dossier;
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const open = h('button', { type: 'button', class: 'button-link' }, d.code + ' — ' + d.title);
      open.addEventListener('click', async () => { selectTab('dossiers'); await openDossier(d.id); });
      list.appendChild(h('li', { class: 'card', 'data-id': String(d.id) }, h('div', null, open, ' ', classificationCell(d.classification)),
        hit.item ? h('p', { class: 'small' }, hit.item.title) : null, hit.snippet ? h('p', { class: 'snippet' }, hit.snippet) : null));
    }
    if (!r.hits.length) list.appendChild(h('li', { class: 'muted' }, t('empty')));
    form.querySelector('.form-error').textContent = '';
  }

  // ---------------------------------------------------------------- digitisation
  function batchFile(form) {
    return requireFile(form, $('#batch-file'), 'file');
  }
  async function validateBatch() {
    const form = $('#batch-form');
    clearErrors(form);
    const file = batchFile(form);
    if (!file) return;
    try {
      const r = await upload('/archives/digitisation/validate?fondsId=' + encodeURIComponent($('#batch-fonds').value), file);
      renderProblems(r.problems);
      $('#batch-none').hidden = true;
      $('#batch-watch').hidden = false;
      $('#batch-source').textContent = file.name;
      $('#batch-status').textContent = '';
      $('#batch-status').className = 'tag';
      setBar(0, false);
      $('#batch-summary').textContent = r.ok ? t('b.valid') : t('b.invalid', { n: r.problems.length });
    } catch (e) {
      showError(form, e);
    }
  }
  async function startBatch(form) {
    const file = batchFile(form);
    if (!file) return;
    const b = await upload('/archives/digitisation/batches?fondsId=' + encodeURIComponent($('#batch-fonds').value), file);
    form.reset();
    watchBatch(b.id, b);
  }
  function setBar(percent, finished, failed) {
    const bar = $('#batch-progress');
    bar.setAttribute('aria-valuenow', String(percent));
    bar.className = 'progress' + (finished ? (failed ? ' progress-failed' : ' progress-succeeded') : '');
    $('#batch-bar').style.width = percent + '%';
  }
  function renderBatch(b) {
    $('#batch-none').hidden = true;
    $('#batch-watch').hidden = false;
    $('#batch-watch').setAttribute('data-id', String(b.id));
    $('#batch-watch').setAttribute('data-status', b.status);
    $('#batch-source').textContent = '#' + b.id + ' ' + (b.source || '');
    const st = $('#batch-status');
    st.textContent = t('bs.' + b.status);
    st.className = 'tag bs-' + b.status.toLowerCase();
    st.setAttribute('data-value', b.status);
    setBar(b.percent, b.finished, b.status === 'FAILED');
    $('#batch-summary').textContent = b.finished ? t('b.summary', { taken: b.taken, rows: b.rows, problems: b.problems.length })
      : t('b.running', { p: b.percent });
    renderProblems(b.problems);
  }
  function renderProblems(problems) {
    const tbody = $('#batch-problems');
    clear(tbody);
    for (const p of problems) {
      tbody.appendChild(h('tr', { 'data-row': String(p.row) }, h('td', { class: 'num' }, String(p.row)), h('td', null, p.file || ''),
        h('td', null, p.field || ''), h('td', null, p.problem || '')));
    }
  }
  function watchBatch(id, first) {
    if (state.batchTimer) clearTimeout(state.batchTimer);
    const tick = async () => {
      try {
        const b = await api('GET', '/archives/digitisation/batches/' + id);
        renderBatch(b);
        if (!b.finished) {
          state.batchTimer = setTimeout(tick, POLL_MS);
        } else {
          state.batchTimer = null;
          loadBatches();
        }
      } catch (e) {
        status(e.message, true);
      }
    };
    if (first) renderBatch(first);
    tick();
  }
  async function loadBatches() {
    const tbody = $('#batch-rows');
    try {
      const list = await api('GET', '/archives/digitisation/batches');
      clear(tbody);
      if (!list.length) tbody.appendChild(h('tr', null, h('td', { colspan: '6', class: 'muted' }, t('empty'))));
      for (const b of list) {
        const open = h('button', { type: 'button', class: 'button-link' }, b.source || ('#' + b.id));
        open.addEventListener('click', () => watchBatch(b.id));
        tbody.appendChild(h('tr', { 'data-id': String(b.id) }, h('td', null, String(b.id)), h('td', null, open),
          h('td', null, h('span', { class: 'tag bs-' + b.status.toLowerCase() }, t('bs.' + b.status))),
          h('td', { class: 'num' }, String(b.taken)), h('td', { class: 'num' }, String(b.problems.length)), h('td', { class: 'nowrap' }, when(b.startedAt))));
      }
    } catch (e) {
      status(e.message, true);
    }
  }

  // ---------------------------------------------------------------- fixity
  function renderFixity(r) {
    const result = $('#fixity-result');
    const dl = $('#fixity-meta');
    clear(dl);
    const tbody = $('#fixity-rows');
    clear(tbody);
    $('#fixity-table').hidden = true;
    if (!r.ran) {
      result.textContent = t('fx.never');
      result.setAttribute('data-state', 'never');
      result.className = 'arc-result';
      return;
    }
    result.setAttribute('data-state', r.passed ? 'passed' : 'failed');
    result.setAttribute('data-report', String(r.id));
    result.className = 'arc-result ' + (r.passed ? 'arc-result-ok' : 'arc-result-error');
    result.textContent = r.passed ? t('fx.passed') : t('fx.failed', { n: r.failures.length });
    for (const [k, v] of [['fx.checked', String(r.checked)], ['fx.bytes', size(r.bytes)], ['fx.when', when(r.finishedAt)]]) {
      dl.appendChild(h('div', null, h('dt', null, t(k)), h('dd', { 'data-meta': k.substring(3) }, v)));
    }
    if (r.failures.length) {
      $('#fixity-table').hidden = false;
      for (const f of r.failures) {
        tbody.appendChild(h('tr', null, h('td', { class: 'hash' }, f.sha256), h('td', null, t('fx.' + f.problem)), h('td', null, f.dossierIds.join(', '))));
      }
    }
  }
  async function loadFixity() {
    try {
      renderFixity(await api('GET', '/archives/fixity'));
    } catch (e) {
      status(e.message, true);
    }
  }
  async function runFixity() {
    const button = $('#fixity-run');
    button.disabled = true;
    status('');
    try {
      const job = await api('POST', '/archives/fixity/run');
      $('#fixity-progress').hidden = false;
      $('#fixity-result').textContent = t('fx.running');
      $('#fixity-result').setAttribute('data-state', 'running');
      const tick = async () => {
        try {
          const j = await api('GET', '/jobs/' + encodeURIComponent(job.id));
          if (j.state === 'QUEUED' || j.state === 'RUNNING') {
            state.fixityTimer = setTimeout(tick, POLL_MS);
            return;
          }
          $('#fixity-progress').hidden = true;
          button.disabled = false;
          if (j.state !== 'SUCCEEDED') status(j.message || t('error'), true);
          await loadFixity();
        } catch (e) {
          $('#fixity-progress').hidden = true;
          button.disabled = false;
          status(e.message, true);
        }
      };
      tick();
    } catch (e) {
      button.disabled = false;
      status(e.message, true);
    }
  }

  // ---------------------------------------------------------------- disposition
  async function loadDisposition() {
    try {
      const [queue, closed, destroyed] = await Promise.all([api('GET', '/archives/disposition/queue'),
        api('GET', '/archives/dossiers?status=CLOSED&limit=500'), api('GET', '/archives/disposition/destructions')]);
      renderQueue(queue);
      renderHeld(closed.items.filter((d) => d.legalHold));
      renderDestructions(destroyed);
    } catch (e) {
      status(e.message, true);
    }
  }
  /** A small form in a row: one text field (the reason or the decision) and its button. */
  function rowForm(field, placeholder, label, buttonClass, action) {
    const form = h('form', { class: 'row-form', novalidate: '' });
    const input = h('input', { 'aria-label': placeholder, placeholder: placeholder, class: 'row-input', 'data-input': field });
    form.append(h('div', { class: 'field' }, input, h('p', { class: 'field-error', 'data-field': field })),
      h('p', { class: 'form-error', role: 'alert' }), h('button', { type: 'submit', class: buttonClass + ' small' }, label));
    onSubmit(form, () => action(input.value));
    return form;
  }
  function renderQueue(queue) {
    const tbody = $('#queue-rows');
    clear(tbody);
    if (!queue.length) tbody.appendChild(h('tr', null, h('td', { colspan: '5', class: 'muted' }, t('q.empty'))));
    for (const d of queue) {
      const hold = rowForm('reason', t('q.reasonPrompt'), t('q.hold'), 'button-secondary', async (reason) => {
        await api('POST', '/archives/dossiers/' + d.id + '/hold', { reason: reason });
        status(t('q.held.done', { code: d.code }));
        loadDisposition();
      });
      hold.classList.add('hold-form');
      const destroy = rowForm('decision', t('q.decisionPrompt'), t('q.destroy'), 'button-danger', async (decision) => {
        if (decision.trim() && !window.confirm(t('q.confirmText', { code: d.code }))) return;
        const r = await api('POST', '/archives/dossiers/' + d.id + '/destroy', { decision: decision });
        status(t('q.destroyedDone', { code: r.dossierCode }));
        loadDisposition();
      });
      destroy.classList.add('destroy-form');
      tbody.appendChild(h('tr', { 'data-id': String(d.id), 'data-code': d.code }, h('td', { class: 'nowrap code' }, d.code), h('td', null, d.title),
        h('td', null, retentionName(d.retention)), h('td', { class: 'nowrap' }, date(d.closedAt)), h('td', { class: 'row-actions' }, hold, destroy)));
    }
  }
  function renderHeld(held) {
    const tbody = $('#held-rows');
    clear(tbody);
    if (!held.length) tbody.appendChild(h('tr', null, h('td', { colspan: '4', class: 'muted' }, t('empty'))));
    for (const d of held) {
      const release = rowForm('reason', t('q.reasonPrompt'), t('q.release'), 'button-secondary', async (reason) => {
        await api('POST', '/archives/dossiers/' + d.id + '/release', { reason: reason });
        status(t('q.released', { code: d.code }));
        loadDisposition();
      });
      release.classList.add('release-form');
      tbody.appendChild(h('tr', { 'data-id': String(d.id), 'data-code': d.code }, h('td', { class: 'nowrap code' }, d.code), h('td', null, d.title),
        h('td', null, d.holdReason || ''), h('td', { class: 'row-actions' }, release)));
    }
  }
  function renderDestructions(list) {
    const tbody = $('#destruction-rows');
    clear(tbody);
    if (!list.length) tbody.appendChild(h('tr', null, h('td', { colspan: '6', class: 'muted' }, t('empty'))));
    for (const r of list) {
      tbody.appendChild(h('tr', { 'data-id': String(r.dossierId) }, h('td', { class: 'nowrap code' }, r.dossierCode), h('td', null, r.title),
        h('td', null, r.decision), h('td', null, r.approvedBy), h('td', { class: 'nowrap' }, when(r.destroyedAt)), h('td', { class: 'num' }, String(r.files))));
    }
  }

  // ---------------------------------------------------------------- start
  function wire() {
    for (const b of document.querySelectorAll('.lang-switch button')) {
      b.addEventListener('click', () => {
        lang = b.getAttribute('data-lang');
        localStorage.setItem('partyoffice.lang', lang);
        applyLanguage();
        fillFonds();
        const tab = document.querySelector('.arc-tabs [aria-selected="true"]');
        if (state.dossier) openDossier(state.dossier.id); else if (tab) selectTab(tab.getAttribute('data-tab'));
      });
    }
    for (const b of document.querySelectorAll('.arc-tabs [data-tab]')) b.addEventListener('click', () => selectTab(b.getAttribute('data-tab')));
    $('#dossier-filter').addEventListener('submit', (e) => { e.preventDefault(); loadDossiers(); });
    $('#fonds-select').addEventListener('change', () => loadDossiers());
    $('#dossier-back').addEventListener('click', () => { status(''); showList(); loadDossiers(); });
    $('#dossier-close').addEventListener('click', async () => {
      try {
        await api('POST', '/archives/dossiers/' + state.dossier.id + '/close');
        await openDossier(state.dossier.id);
        status(t('dv.closed'));
      } catch (e) {
        status(e.message, true);
      }
    });
    onSubmit($('#dossier-form'), createDossier);
    onSubmit($('#fonds-form'), openFonds);
    onSubmit($('#item-form'), addItem);
    onSubmit($('#search-form'), search);
    onSubmit($('#batch-form'), startBatch);
    $('#batch-validate').addEventListener('click', validateBatch);
    $('#fixity-run').addEventListener('click', runFixity);
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
    state.units = await api('GET', '/units').catch(() => []) || [];
    fillUnits();
    try {
      await loadFondsAndRetention();
    } catch (e) {
      status(e.message, true);
    }
    $('#page').hidden = false;
    selectTab('dossiers');
  }
  document.addEventListener('DOMContentLoaded', start);
})();
