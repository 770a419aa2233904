/* The finance module's page at /office/finance/: plain JS, no build. Server text is only ever set
   with textContent. Uses the shell's session cookie (sign in at /office/) and the shell's Chart.js
   (/office/lib/chart.umd.js). Amounts are whole đồng; "today" is the office's (Asia/Ho_Chi_Minh). */
(function () {
  'use strict';

  // the shell's /office/page.js: elements, the API client, errors next to their fields
  const { h, clear } = OfficePage;
  const { api, status, clearErrors, showError, showSignIn } = OfficePage.helpers({ prefix: 'fi', message: () => t('Đã có lỗi.') });

  const ZONE = 'Asia/Ho_Chi_Minh';
  const state = { accounts: [], rules: [], units: [], chart: null, tab: 'journal' };
  /** English for the page's Vietnamese, keyed by the Vietnamese text (static labels and the script's messages). */
  const EN = {
    'Văn phòng Đảng ủy': 'Party Committee Office', 'Tài chính': 'Finance', 'Tài chính — Văn phòng Đảng ủy': 'Finance — Party Committee Office',
    'Bạn cần đăng nhập trước.': 'You need to sign in first.', 'Đăng nhập tại trang chính': 'Sign in on the main page',
    'Đơn vị': 'Unit', 'Năm': 'Year', 'Gồm các đơn vị trực thuộc': 'Include the units under it',
    'Sổ nhật ký': 'Journal', 'Thực hiện dự toán': 'Budget execution', 'Đảng phí': 'Party dues', 'Tài sản': 'Assets', 'Báo cáo': 'Reports',
    'Ghi bút toán': 'Post an entry', 'Ngày ghi sổ': 'Date', 'Diễn giải': 'Description', 'Số chứng từ': 'Voucher number',
    'Tài khoản': 'Account', 'Nợ (đồng)': 'Debit (VND)', 'Có (đồng)': 'Credit (VND)', 'Ghi chú': 'Memo', 'Cộng': 'Total',
    'Thêm dòng': 'Add a line', 'Ghi sổ': 'Post', 'Từ ngày': 'From', 'Đến ngày': 'To', 'Xem': 'Show',
    'Sổ nhật ký chung': 'General journal', 'Số': 'No.', 'Ngày': 'Date', 'Định khoản': 'Postings', 'Số tiền': 'Amount', 'Tình trạng': 'State',
    'Tình hình thực hiện dự toán': 'Budget execution', 'Biểu đồ thực hiện dự toán': 'Budget execution chart', 'Nhóm': 'Category',
    'Nội dung': 'Title', 'Dự toán': 'Estimate', 'Đã phân bổ': 'Allocated', 'Đã cam kết': 'Committed', 'Đã chi': 'Spent', 'Còn lại': 'Remaining',
    'Lập dự toán': 'New budget line', 'Dự toán (đồng)': 'Estimate (VND)', 'Tài khoản chi': 'Expense account',
    'Lập dự toán (bản nháp)': 'Add the line (draft)', 'Tháng': 'Month', 'Nộp đảng phí lên cấp trên': 'Remit dues to the level above',
    'Đảng viên và đảng phí tháng': 'Members and their dues for the month', 'Họ và tên': 'Name', 'Loại': 'Category',
    'Mức đóng tháng': 'Monthly dues', 'Đã nộp': 'Paid', 'Thêm đảng viên': 'Add a member', 'Loại đảng viên': 'Dues category',
    'Thu nhập làm căn cứ (đồng)': 'Base income (VND)', 'Đóng từ tháng': 'Dues from', 'Đảng viên còn nợ đảng phí (từ đầu năm)':
      'Members in arrears (since January)', 'Tải CSV': 'Download CSV', 'Số tháng': 'Months', 'Phải nộp': 'Due', 'Còn nợ': 'Owed',
    'Đăng ký tài sản': 'Register an asset', 'Mã tài sản': 'Asset code', 'Tên tài sản': 'Asset name', 'Người giữ': 'Custodian',
    'Ngày mua': 'Acquired on', 'Nguyên giá (đồng)': 'Cost (VND)', 'Thời gian sử dụng (năm)': 'Useful life (years)', 'Đăng ký': 'Register',
    'Danh sách tài sản': 'Asset list', 'Mã': 'Code', 'Nguyên giá': 'Cost', 'Báo cáo của đơn vị đã chọn': 'Reports of the chosen unit',
    'Theo đơn vị, năm và lựa chọn “Gồm các đơn vị trực thuộc” ở trên. Năm đã qua tính đến 31/12, năm nay tính đến hôm nay.':
      'For the unit, year and “Include the units under it” chosen above. A past year is reported as of 31 December, this year as of today.',
    // the script's texts
    'Đã có lỗi.': 'Something went wrong.', 'Bỏ dòng': 'Remove the line', 'Nợ': 'Dr', 'Có': 'Cr', 'Cân đối': 'Balanced',
    'Chênh lệch {amount} đồng': 'Out of balance by {amount} VND', 'Đã ghi sổ bút toán số {id}: {description}': 'Entry {id} posted: {description}',
    'Bút toán không cân đối, không được ghi sổ: ': 'The entry does not balance and was not posted: ',
    'Chưa có bút toán trong kỳ.': 'No entries in the period.', 'Đảo của bút toán số {id}': 'Reverses entry {id}',
    'Đã đảo (số {id})': 'Reversed (by {id})', 'Đã ghi sổ': 'Posted', 'Đảo bút toán': 'Reverse', 'Lý do đảo': 'Why it is reversed',
    'Ngày đảo': 'Date of the reversal', 'Xác nhận đảo': 'Confirm the reversal',
    'Đã đảo bút toán số {id} bằng bút toán số {by}.': 'Entry {id} reversed by entry {by}.',
    'Chưa có dự toán của năm.': 'No budget lines this year.', '{amount} đồng': '{amount} VND',
    'Đã lập dự toán “{title}” (bản nháp, chờ duyệt).': 'Budget line “{title}” added (draft, awaiting approval).',
    'Chưa có đảng viên.': 'No members yet.', 'Thu đảng phí': 'Collect dues', 'Thu thêm': 'Collect more',
    'Không có ai còn nợ.': 'Nobody is in arrears.', 'Phải nộp cấp trên: {amount} đồng': 'Owed to the level above: {amount} VND',
    'Đã thu {amount} đồng của {name} tháng {month} (giữ lại {kept}, nộp cấp trên {remit}).':
      'Collected {amount} VND from {name} for {month} (kept {kept}, owed upward {remit}).',
    'Đã thêm đảng viên {name}.': 'Member {name} added.', 'Đã nộp {amount} đồng đảng phí lên {unit}.': 'Remitted {amount} VND of dues to {unit}.',
    'Chưa có tài sản.': 'No assets yet.', 'Bàn giao': 'Hand over', 'Đang sử dụng': 'In use', 'Đã thanh lý {date}': 'Disposed of {date}',
    'Người nhận': 'Receiving custodian', 'Đơn vị nhận': 'Receiving unit',
    'Đã bàn giao {name} cho {custodian} ({unit}).': '{name} handed over to {custodian} ({unit}).',
    'Đã đăng ký tài sản {code} — {name}.': 'Asset {code} — {name} registered.',
    'Bảng cân đối tài khoản': 'Trial balance', 'Tình hình thu nộp đảng phí': 'Dues collection',
    'Thao tác': 'Actions', 'Phân bổ thêm (đồng)': 'Allocate more (VND)', 'Căn cứ phân bổ': 'Grounds for the allocation',
    'Phân bổ': 'Allocate', 'Nội dung chi': 'What is paid for', 'Số tiền (đồng)': 'Amount (VND)', 'Đề nghị chi': 'Request a payment',
    'Ý kiến khi duyệt hoặc từ chối khoản chi': 'Note when approving or rejecting a payment', 'Duyệt': 'Approve', 'Chi tiết': 'Details',
    'Bản nháp': 'Draft', 'Đã duyệt': 'Approved', 'Chờ duyệt': 'Awaiting approval', 'Từ chối': 'Reject', 'Đã từ chối': 'Rejected',
    'Duyệt chi': 'Approve', 'Chi tiền': 'Pay', 'Đã chi (bút toán số {id})': 'Paid (entry {id})', 'Chưa có khoản chi.': 'No payments yet.',
    'Dự toán {estimate} · đã phân bổ {allocated} · {status}': 'Estimate {estimate} · allocated {allocated} · {status}',
    'Đã duyệt dự toán “{title}”.': 'Budget line “{title}” approved.', 'Đã phân bổ {amount} đồng cho “{title}”.': 'Allocated {amount} VND to “{title}”.',
    'Đã đề nghị chi {amount} đồng: {title}.': 'Payment of {amount} VND requested: {title}.',
    'Khoản chi số {id}: {status}.': 'Payment {id}: {status}.',
    '{pct}% thu nhập': '{pct}% of income', '{amount} đồng/tháng': '{amount} VND a month', '(mặc định)': '(default)'
  };
  let lang = localStorage.getItem('partyoffice.lang') === 'en' ? 'en' : 'vi';
  const original = new WeakMap(); // a static text node's Vietnamese
  function t(vi, args) {
    let s = lang === 'en' && EN[vi] ? EN[vi] : vi;
    for (const k in (args || {})) s = s.split('{' + k + '}').join(String(args[k]));
    return s;
  }
  /** Puts the page's static texts and labels in the chosen language (the rest is drawn again with t()). */
  function applyLanguage() {
    document.documentElement.lang = lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!original.has(n)) original.set(n, n.nodeValue);
      const vi = original.get(n);
      const key = vi.trim();
      if (key && EN[key]) n.nodeValue = lang === 'en' ? vi.replace(key, EN[key]) : vi;
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder]')) {
      for (const a of ['aria-label', 'placeholder']) {
        if (!el.hasAttribute(a)) continue;
        if (!el.hasAttribute('data-vi-' + a)) el.setAttribute('data-vi-' + a, el.getAttribute(a));
        const vi = el.getAttribute('data-vi-' + a);
        el.setAttribute(a, lang === 'en' && EN[vi] ? EN[vi] : vi);
      }
    }
    document.title = t('Tài chính — Văn phòng Đảng ủy');
    $('#lang-vi').setAttribute('aria-pressed', String(lang === 'vi'));
    $('#lang-en').setAttribute('aria-pressed', String(lang === 'en'));
  }
  const vnd = new Intl.NumberFormat('vi-VN');

  const $ = (sel) => document.querySelector(sel);
  function money(n) { return vnd.format(Number(n || 0)); }
  /** What a clerk types (500.000.000, 500 000 000) as the digits the API takes; anything else goes as typed, for the API to name. */
  function amount(text) {
    const s = String(text || '').trim();
    return /^[\d.\s ]+$/.test(s) ? s.replace(/[.\s ]/g, '') : s;
  }
  function officeDate() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  }
  function dmy(day) { const p = String(day).split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  // ---------------------------------------------------------------- scope: unit, year, roll-up
  function unitId() { return $('#unit').value; }
  function year() { return $('#year').value || officeDate().substring(0, 4); }
  function rollUp() { return $('#roll-up').checked; }
  function scope() { return 'unitId=' + encodeURIComponent(unitId()) + '&rollUp=' + rollUp(); }
  function unitName(id) {
    const u = state.units.find((x) => String(x.id) === String(id));
    return u ? u.name : String(id);
  }

  function selectTab(name) {
    state.tab = name;
    for (const b of document.querySelectorAll('.fi-tabs [data-tab]')) {
      const on = b.getAttribute('data-tab') === name;
      b.setAttribute('aria-selected', String(on));
      $('#panel-' + b.getAttribute('data-tab')).hidden = !on;
    }
    status('');
    refresh();
  }
  function refresh() {
    const load = { journal: loadJournal, budget: loadExecution, dues: loadDues, assets: loadAssets, reports: loadReports }[state.tab];
    load().catch((e) => status(e.message, true));
  }

  // ---------------------------------------------------------------- journal
  function accountSelect(value) {
    const select = h('select', { class: 'e-account', 'aria-label': t('Tài khoản') }, h('option', { value: '' }, '—'));
    for (const a of state.accounts.filter((x) => x.active)) {
      const o = h('option', { value: a.code }, a.code + ' — ' + a.name);
      if (a.code === value) o.selected = true;
      select.appendChild(o);
    }
    return select;
  }
  function addLine(account) {
    const remove = h('button', { type: 'button', class: 'button-quiet small', 'aria-label': t('Bỏ dòng') }, '✕');
    const row = h('tr', { class: 'e-line' },
      h('td', null, accountSelect(account)),
      h('td', { class: 'num' }, h('input', { class: 'e-debit', inputmode: 'numeric', 'aria-label': t('Nợ') })),
      h('td', { class: 'num' }, h('input', { class: 'e-credit', inputmode: 'numeric', 'aria-label': t('Có') })),
      h('td', null, h('input', { class: 'e-memo', 'aria-label': t('Ghi chú') })),
      h('td', null, remove));
    remove.addEventListener('click', () => { row.remove(); totals(); });
    for (const i of row.querySelectorAll('input')) i.addEventListener('input', totals);
    $('#entry-lines').appendChild(row);
  }
  function lines() {
    return Array.from(document.querySelectorAll('#entry-lines tr.e-line')).map((r) => ({
      account: r.querySelector('.e-account').value,
      debit: amount(r.querySelector('.e-debit').value),
      credit: amount(r.querySelector('.e-credit').value),
      memo: r.querySelector('.e-memo').value
    }));
  }
  /** The running sums under the lines, so the clerk sees the difference before posting. */
  function totals() {
    let debit = 0;
    let credit = 0;
    for (const l of lines()) {
      debit += /^\d+$/.test(l.debit) ? Number(l.debit) : 0;
      credit += /^\d+$/.test(l.credit) ? Number(l.credit) : 0;
    }
    $('#e-total-debit').textContent = money(debit);
    $('#e-total-credit').textContent = money(credit);
    const d = $('#e-difference');
    d.textContent = debit === credit ? (debit ? t('Cân đối') : '') : t('Chênh lệch {amount} đồng', { amount: money(Math.abs(debit - credit)) });
    d.setAttribute('data-balanced', String(debit === credit));
  }
  function resetEntry() {
    $('#entry-form').reset();
    clear($('#entry-lines'));
    addLine();
    addLine();
    $('#e-date').value = officeDate();
    totals();
  }
  async function postEntry(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    const body = {
      unitId: unitId(), date: $('#e-date').value, description: $('#e-description').value,
      reference: $('#e-reference').value || null,
      postings: lines().filter((l) => l.account || l.debit || l.credit).map((l) => ({
        account: l.account, debit: l.debit || null, credit: l.credit || null, memo: l.memo || null
      }))
    };
    try {
      const e = await api('POST', '/finance/entries', body);
      resetEntry();
      status(t('Đã ghi sổ bút toán số {id}: {description}', { id: e.id, description: e.description }), false);
      await loadJournal();
    } catch (e) {
      // the server's rule (debits and credits differ by …) after a plain Vietnamese lead-in
      const unbalanced = e.status === 422 && e.problem.field === 'postings';
      showError(form, e, unbalanced ? t('Bút toán không cân đối, không được ghi sổ: ') : '');
    }
  }
  function describe(entry) {
    return entry.postings.map((p) => (p.debitVnd ? t('Nợ') : t('Có')) + ' ' + p.account + ' ' + money(p.debitVnd || p.creditVnd)).join('; ');
  }
  async function loadJournal() {
    const from = $('#j-from').value || year() + '-01-01';
    const to = $('#j-to').value || year() + '-12-31';
    const rows = $('#journal-rows');
    let entries;
    try {
      entries = await api('GET', '/finance/journal?unitId=' + encodeURIComponent(unitId()) + '&from=' + from + '&to=' + to);
    } catch (e) {
      showError($('#journal-filter'), e);
      return;
    }
    clear(rows);
    if (!entries.length) rows.appendChild(h('tr', null, h('td', { colspan: '7', class: 'muted' }, t('Chưa có bút toán trong kỳ.'))));
    for (const e of entries.slice().reverse()) {
      const total = e.postings.reduce((s, p) => s + p.debitVnd, 0);
      const state_ = e.reversesId ? t('Đảo của bút toán số {id}', { id: e.reversesId })
        : e.reversedById ? t('Đã đảo (số {id})', { id: e.reversedById }) : t('Đã ghi sổ');
      const action = h('td', { class: 'fi-action' });
      if (!e.reversesId && !e.reversedById) {
        const b = h('button', { type: 'button', class: 'button-secondary small reverse' }, t('Đảo bút toán'));
        b.addEventListener('click', () => reverseForm(action, e));
        action.appendChild(b);
      }
      rows.appendChild(h('tr', { 'data-id': String(e.id), 'data-reversed': String(e.reversedById != null) },
        h('td', null, String(e.id)), h('td', { class: 'nowrap' }, dmy(e.date)),
        h('td', null, e.description, e.reference ? h('span', { class: 'muted small' }, ' · ' + e.reference) : null),
        h('td', { class: 'small' }, describe(e)), h('td', { class: 'num' }, money(total)), h('td', { class: 'small' }, state_), action));
    }
  }
  /** The reason and date of a reversal asked for in the row itself. */
  function reverseForm(cell, entry) {
    clear(cell);
    const reason = h('input', { class: 'rev-reason', placeholder: t('Lý do đảo'), 'aria-label': t('Lý do đảo') });
    const date = h('input', { class: 'rev-date', type: 'date', 'aria-label': t('Ngày đảo') });
    date.value = officeDate();
    const ok = h('button', { type: 'button', class: 'button-danger small rev-confirm' }, t('Xác nhận đảo'));
    const error = h('p', { class: 'form-error', role: 'alert' });
    const form = h('div', { class: 'fi-inline' }, reason, date, ok, error);
    ok.addEventListener('click', async () => {
      error.textContent = '';
      try {
        const r = await api('POST', '/finance/entries/' + entry.id + '/reverse', { date: date.value, reason: reason.value });
        status(t('Đã đảo bút toán số {id} bằng bút toán số {by}.', { id: entry.id, by: r.id }), false);
        await loadJournal();
      } catch (e) {
        error.textContent = e.message;
      }
    });
    cell.appendChild(form);
    reason.focus();
  }

  // ---------------------------------------------------------------- budget execution
  const LINE_STATUS = { DRAFT: 'Bản nháp', APPROVED: 'Đã duyệt' };
  const SPEND_STATUS = { REQUESTED: 'Chờ duyệt', APPROVED: 'Đã duyệt', REJECTED: 'Đã từ chối', PAID: 'Đã chi' };
  async function loadExecution() {
    const [lines, budget] = await Promise.all([api('GET', '/finance/budget/execution?' + scope() + '&year=' + year()),
      api('GET', '/finance/budget/lines?' + scope() + '&year=' + year())]);
    const byId = new Map(budget.map((l) => [l.id, l]));
    const rows = $('#execution-rows');
    clear(rows);
    if (!lines.length) rows.appendChild(h('tr', null, h('td', { colspan: '9', class: 'muted' }, t('Chưa có dự toán của năm.'))));
    for (const l of lines) {
      const line = byId.get(l.lineId);
      const actions = h('td', { class: 'nowrap' });
      if (line && line.status === 'DRAFT') {
        const approve = h('button', { type: 'button', class: 'button-secondary small line-approve' }, t('Duyệt'));
        approve.addEventListener('click', () => approveLine(line));
        actions.appendChild(approve);
      }
      const details = h('button', { type: 'button', class: 'button-quiet small line-open' }, t('Chi tiết'));
      details.addEventListener('click', () => openLine(l.lineId));
      actions.appendChild(details);
      rows.appendChild(h('tr', { 'data-line': String(l.lineId), 'data-status': line ? line.status : '' },
        h('td', null, l.category), h('td', null, l.title),
        h('td', { class: 'num' }, money(l.estimateVnd)), h('td', { class: 'num' }, money(l.allocatedVnd)),
        h('td', { class: 'num' }, money(l.committedVnd)), h('td', { class: 'num' }, money(l.spentVnd)),
        h('td', { class: 'num' + (l.remainingVnd < 0 ? ' fi-negative' : '') }, money(l.remainingVnd)),
        h('td', null, line ? t(LINE_STATUS[line.status] || line.status) : ''), actions));
    }
    drawExecution(lines);
    if (state.lineId && !byId.has(state.lineId)) closeLine();
  }
  async function approveLine(line) {
    try {
      await api('POST', '/finance/budget/lines/' + line.id + '/approve');
      status(t('Đã duyệt dự toán “{title}”.', { title: line.title }), false);
      await loadExecution();
      if (state.lineId === line.id) await openLine(line.id);
    } catch (e) {
      status(e.message, true);
    }
  }
  function closeLine() {
    state.lineId = null;
    $('#line-view').hidden = true;
  }
  /** One line: its allocation, the payments requested from it, and their approval and payment. */
  async function openLine(id) {
    const [line, spending] = await Promise.all([api('GET', '/finance/budget/lines/' + id),
      api('GET', '/finance/budget/lines/' + id + '/expenditures')]);
    state.lineId = id;
    const view = $('#line-view');
    view.hidden = false;
    view.setAttribute('data-line', String(id));
    $('#lv-title').textContent = line.category + ' — ' + line.title;
    $('#lv-summary').textContent = t('Dự toán {estimate} · đã phân bổ {allocated} · {status}', { estimate: money(line.estimateVnd),
      allocated: money(line.allocatedVnd), status: t(LINE_STATUS[line.status] || line.status) });
    const rows = $('#spend-rows');
    clear(rows);
    if (!spending.length) rows.appendChild(h('tr', null, h('td', { colspan: '5', class: 'muted' }, t('Chưa có khoản chi.'))));
    for (const x of spending) {
      const actions = h('td', { class: 'nowrap' });
      const act = (label, cls, path, body) => {
        const b = h('button', { type: 'button', class: 'button-secondary small ' + cls }, t(label));
        b.addEventListener('click', () => decide(x, path, body));
        actions.appendChild(b);
      };
      if (x.status === 'REQUESTED') {
        act('Duyệt chi', 'spend-approve', '/approve', () => ({ note: $('#x-note').value || null }));
        act('Từ chối', 'spend-reject', '/reject', () => ({ note: $('#x-note').value }));
      } else if (x.status === 'APPROVED') {
        act('Chi tiền', 'spend-pay', '/pay', () => ({ date: officeDate() }));
      }
      const shown = x.status === 'PAID' ? t('Đã chi (bút toán số {id})', { id: x.journalEntryId }) : t(SPEND_STATUS[x.status] || x.status);
      rows.appendChild(h('tr', { 'data-expenditure': String(x.id), 'data-status': x.status }, h('td', null, String(x.id)),
        h('td', null, x.title, x.warning ? h('div', { class: 'fi-negative small' }, x.warning) : null),
        h('td', { class: 'num' }, money(x.amountVnd)),
        h('td', null, shown, x.decisionNote ? h('div', { class: 'muted small' }, x.decisionNote) : null), actions));
    }
  }
  async function decide(x, path, body) {
    const form = $('#decide-form');
    clearErrors(form);
    try {
      const done = await api('POST', '/finance/budget/expenditures/' + x.id + path, body());
      $('#x-note').value = '';
      status(t('Khoản chi số {id}: {status}.', { id: done.id, status: t(SPEND_STATUS[done.status] || done.status) }), false);
      await loadExecution();
      await openLine(x.budgetLineId);
    } catch (e) {
      showError(form, e);
    }
  }
  async function allocate(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    try {
      const line = await api('POST', '/finance/budget/lines/' + state.lineId + '/allocate',
        { amount: amount($('#al-amount').value), note: $('#al-note').value || null });
      form.reset();
      status(t('Đã phân bổ {amount} đồng cho “{title}”.', { amount: money(line.allocatedVnd), title: line.title }), false);
      await loadExecution();
      await openLine(line.id);
    } catch (e) {
      showError(form, e);
    }
  }
  async function requestSpending(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    try {
      const x = await api('POST', '/finance/budget/lines/' + state.lineId + '/expenditures',
        { title: $('#x-title').value, amount: amount($('#x-amount').value) });
      form.reset();
      status(t('Đã đề nghị chi {amount} đồng: {title}.', { amount: money(x.amountVnd), title: x.title }), false);
      await loadExecution();
      await openLine(x.budgetLineId);
    } catch (e) {
      showError(form, e);
    }
  }
  function drawExecution(lines) {
    if (state.chart) {
      state.chart.destroy();
      state.chart = null;
    }
    if (typeof window.Chart !== 'function') return; // the table still shows every figure
    const series = [['Dự toán', 'estimateVnd', '#c9a227'], ['Đã phân bổ', 'allocatedVnd', '#6b4f3a'],
      ['Đã cam kết', 'committedVnd', '#c7603b'], ['Đã chi', 'spentVnd', '#9e1b1b'], ['Còn lại', 'remainingVnd', '#7a7a7a']];
    state.chart = new window.Chart($('#execution-chart'), {
      type: 'bar',
      data: {
        labels: lines.map((l) => l.title),
        datasets: series.map((s) => ({ label: t(s[0]), data: lines.map((l) => l[s[1]]), backgroundColor: s[2], borderRadius: 3, maxBarThickness: 40 }))
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + t('{amount} đồng', { amount: money(c.parsed.y) }) } } },
        scales: { y: { beginAtZero: true, ticks: { callback: (v) => money(v) } } }
      }
    });
  }
  async function addBudgetLine(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    try {
      const l = await api('POST', '/finance/budget/lines', { unitId: unitId(), year: year(), category: $('#l-category').value,
        title: $('#l-title').value, estimate: amount($('#l-estimate').value), account: $('#l-account').value || null });
      form.reset();
      status(t('Đã lập dự toán “{title}” (bản nháp, chờ duyệt).', { title: l.title }), false);
      await loadExecution();
    } catch (e) {
      showError(form, e);
    }
  }

  // ---------------------------------------------------------------- dues
  function month() { return $('#d-month').value || officeDate().substring(0, 7); }
  async function loadDues() {
    const [members, monthly, arrears, owed] = await Promise.all([
      api('GET', '/finance/dues/members?' + scope()),
      api('GET', '/finance/dues/monthly?' + scope() + '&month=' + month()),
      api('GET', '/finance/dues/arrears?' + scope() + '&from=' + year() + '-01&to=' + lastMonth()),
      api('GET', '/finance/dues/owed?unitId=' + encodeURIComponent(unitId()))]);
    const due = new Map(monthly.map((s) => [s.memberId, s]));
    const rows = $('#member-rows');
    clear(rows);
    if (!members.length) rows.appendChild(h('tr', null, h('td', { colspan: '5', class: 'muted' }, t('Chưa có đảng viên.'))));
    for (const m of members) {
      const s = due.get(m.id);
      const action = h('td', { class: 'fi-action' });
      if (m.active && s && s.months > 0) {
        const b = h('button', { type: 'button', class: 'button-secondary small collect' }, t(s.arrearsVnd > 0 ? 'Thu đảng phí' : 'Thu thêm'));
        b.addEventListener('click', () => collect(m, b));
        action.appendChild(b);
      }
      rows.appendChild(h('tr', { 'data-member': String(m.id) }, h('td', null, m.fullName), h('td', null, m.category),
        h('td', { class: 'num' }, s && s.months ? money(s.dueVnd) : '—'), h('td', { class: 'num paid' }, money(s ? s.paidVnd : 0)), action));
    }
    const ar = $('#arrears-rows');
    clear(ar);
    if (!arrears.length) ar.appendChild(h('tr', null, h('td', { colspan: '5', class: 'muted' }, t('Không có ai còn nợ.'))));
    for (const s of arrears) {
      ar.appendChild(h('tr', { 'data-member': String(s.memberId) }, h('td', null, s.fullName), h('td', { class: 'num' }, String(s.months)),
        h('td', { class: 'num' }, money(s.dueVnd)), h('td', { class: 'num' }, money(s.paidVnd)), h('td', { class: 'num' }, money(s.arrearsVnd))));
    }
    $('#arrears-csv').href = '/api/finance/dues/arrears.csv?' + scope() + '&from=' + year() + '-01&to=' + lastMonth();
    $('#d-owed').textContent = t('Phải nộp cấp trên: {amount} đồng', { amount: money(owed.owedVnd) });
  }
  /** December of a past year, else this month. */
  function lastMonth() {
    const now = officeDate().substring(0, 7);
    return year() + '-12' < now ? year() + '-12' : now;
  }
  async function collect(member, button) {
    button.disabled = true;
    try {
      const p = await api('POST', '/finance/dues/members/' + member.id + '/collections', { month: month() });
      status(t('Đã thu {amount} đồng của {name} tháng {month} (giữ lại {kept}, nộp cấp trên {remit}).', { amount: money(p.amountVnd),
        name: member.fullName, month: p.month, kept: money(p.keptVnd), remit: money(p.remitVnd) }), false);
      await loadDues();
    } catch (e) {
      button.disabled = false;
      status(e.message, true);
    }
  }
  async function addMember(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    try {
      const m = await api('POST', '/finance/dues/members', { unitId: unitId(), fullName: $('#m-name').value,
        category: $('#m-category').value, baseVnd: amount($('#m-base').value) || null, duesFrom: $('#m-from').value || null });
      form.reset();
      status(t('Đã thêm đảng viên {name}.', { name: m.fullName }), false);
      await loadDues();
    } catch (e) {
      showError(form, e);
    }
  }
  async function remit() {
    try {
      const r = await api('POST', '/finance/dues/remittances', { unitId: unitId() });
      status(t('Đã nộp {amount} đồng đảng phí lên {unit}.', { amount: money(r.amountVnd), unit: unitName(r.toUnitId) }), false);
      await loadDues();
    } catch (e) {
      status(e.message, true);
    }
  }

  // ---------------------------------------------------------------- assets
  async function loadAssets() {
    const assets = await api('GET', '/finance/assets?' + scope());
    const rows = $('#asset-rows');
    clear(rows);
    if (!assets.length) rows.appendChild(h('tr', null, h('td', { colspan: '9', class: 'muted' }, t('Chưa có tài sản.'))));
    for (const a of assets) {
      const action = h('td', { class: 'fi-action' });
      if (a.status === 'IN_USE') {
        const b = h('button', { type: 'button', class: 'button-secondary small handover' }, t('Bàn giao'));
        b.addEventListener('click', () => handoverForm(action, a));
        action.appendChild(b);
      }
      rows.appendChild(h('tr', { 'data-code': a.code }, h('td', null, a.code), h('td', null, a.name), h('td', null, a.category),
        h('td', null, unitName(a.unitId)), h('td', { class: 'custodian' }, a.custodian || ''), h('td', { class: 'nowrap' }, dmy(a.acquiredOn)),
        h('td', { class: 'num' }, money(a.costVnd)),
        h('td', null, a.status === 'IN_USE' ? t('Đang sử dụng') : t('Đã thanh lý {date}', { date: dmy(a.disposedOn) })), action));
    }
    $('#assets-csv').href = '/api/finance/assets/list.csv?' + scope() + '&year=' + year();
  }
  function handoverForm(cell, asset) {
    clear(cell);
    const custodian = h('input', { class: 'ho-custodian', placeholder: t('Người nhận'), 'aria-label': t('Người nhận') });
    const unit = h('select', { class: 'ho-unit', 'aria-label': t('Đơn vị nhận') });
    for (const u of state.units) {
      const o = h('option', { value: String(u.id) }, u.name);
      if (u.id === asset.unitId) o.selected = true;
      unit.appendChild(o);
    }
    const ok = h('button', { type: 'button', class: 'button-primary small ho-confirm' }, t('Bàn giao'));
    const error = h('p', { class: 'form-error', role: 'alert' });
    ok.addEventListener('click', async () => {
      error.textContent = '';
      try {
        const a = await api('POST', '/finance/assets/' + asset.id + '/handover', { toUnitId: unit.value, toCustodian: custodian.value,
          date: officeDate() });
        status(t('Đã bàn giao {name} cho {custodian} ({unit}).', { name: a.name, custodian: a.custodian || '—', unit: unitName(a.unitId) }), false);
        await loadAssets();
      } catch (e) {
        error.textContent = e.message;
      }
    });
    cell.appendChild(h('div', { class: 'fi-inline' }, custodian, unit, ok, error));
    custodian.focus();
  }
  async function registerAsset(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    try {
      const a = await api('POST', '/finance/assets', { unitId: unitId(), code: $('#a-code').value, name: $('#a-name').value,
        category: $('#a-category').value, custodian: $('#a-custodian').value || null, acquiredOn: $('#a-acquired').value,
        costVnd: amount($('#a-cost').value), usefulLifeYears: $('#a-life').value });
      form.reset();
      status(t('Đã đăng ký tài sản {code} — {name}.', { code: a.code, name: a.name }), false);
      await loadAssets();
    } catch (e) {
      showError(form, e);
    }
  }

  // ---------------------------------------------------------------- reports
  async function loadReports() {
    const list = $('#report-links');
    clear(list);
    const reports = [['trial-balance', 'Bảng cân đối tài khoản'], ['budget-execution', 'Tình hình thực hiện dự toán'],
      ['dues-collection', 'Tình hình thu nộp đảng phí'], ['assets', 'Danh sách tài sản']];
    const query = '?' + scope() + '&year=' + year();
    for (const [kind, title] of reports) {
      list.appendChild(h('li', { 'data-kind': kind }, h('span', null, t(title)),
        h('a', { class: 'button-secondary small', href: '/api/finance/reports/' + kind + '.csv' + query }, 'CSV'),
        h('a', { class: 'button-secondary small', href: '/api/finance/reports/' + kind + '.pdf' + query, target: '_blank', rel: 'noopener' }, 'PDF')));
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
        status(''); // a message stays in the language it was given in
        totals();
        if (!$('#page').hidden) refresh();
      });
    }
    for (const b of document.querySelectorAll('.fi-tabs [data-tab]')) b.addEventListener('click', () => selectTab(b.getAttribute('data-tab')));
    $('#entry-form').addEventListener('submit', postEntry);
    $('#e-add-line').addEventListener('click', () => addLine());
    $('#journal-filter').addEventListener('submit', (ev) => { ev.preventDefault(); clearErrors(ev.target); loadJournal(); });
    $('#line-form').addEventListener('submit', addBudgetLine);
    $('#allocate-form').addEventListener('submit', allocate);
    $('#spend-form').addEventListener('submit', requestSpending);
    $('#member-form').addEventListener('submit', addMember);
    $('#asset-form').addEventListener('submit', registerAsset);
    $('#d-remit').addEventListener('click', remit);
    $('#d-month').addEventListener('change', refresh);
    for (const id of ['#unit', '#year', '#roll-up']) $(id).addEventListener('change', refresh);
    $('#scope-form').addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
    let me;
    try {
      me = await api('GET', '/session');
    } catch (e) {
      showSignIn();
      return;
    }
    $('#user-name').textContent = (me && (me.fullName || me.login)) || '';
    $('#user-box').hidden = false;
    try {
      const [units, accounts, rules] = await Promise.all([api('GET', '/units?date=' + officeDate()), api('GET', '/finance/accounts'),
        api('GET', '/finance/dues/rules')]);
      state.units = units || [];
      state.accounts = accounts || [];
      state.rules = rules || [];
    } catch (e) {
      status(e.message, true);
    }
    const unit = $('#unit');
    for (const u of state.units) unit.appendChild(h('option', { value: String(u.id) }, u.name + ' (' + u.code + ')'));
    if (me && me.unitId != null) unit.value = String(me.unitId);
    $('#year').value = officeDate().substring(0, 4);
    $('#d-month').value = officeDate().substring(0, 7);
    const category = $('#m-category');
    for (const r of state.rules) {
      category.appendChild(h('option', { value: r.category },
        r.category + ' — ' + (r.basisPoints != null ? t('{pct}% thu nhập', { pct: r.basisPoints / 100 })
          : t('{amount} đồng/tháng', { amount: money(r.flatVnd) }))));
    }
    const expense = $('#l-account');
    expense.appendChild(h('option', { value: '' }, t('(mặc định)')));
    for (const a of state.accounts.filter((x) => x.active && x.type === 'EXPENSE')) expense.appendChild(h('option', { value: a.code }, a.code + ' — ' + a.name));
    resetEntry();
    $('#page').hidden = false;
    selectTab('journal');
  }
  document.addEventListener('DOMContentLoaded', start);
})();
