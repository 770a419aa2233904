/* The meetings module's page at /office/meetings/: plain JS, no build. Server text is only ever
   set with textContent. Uses the shell's session cookie (sign in at /office/). Dates on the
   calendar are the office's (Asia/Ho_Chi_Minh), whatever the browser's own time zone is. */
(function () {
  'use strict';

  // the shell's /office/page.js: elements, the API client, errors next to their fields
  const { h, clear } = OfficePage;
  const { api, status, clearErrors, showError, showSignIn } = OfficePage.helpers({ prefix: 'mt', message: () => t('error') });

  const ZONE = 'Asia/Ho_Chi_Minh';
  const TYPES = ['EXECUTIVE_COMMITTEE_CONFERENCE', 'STANDING_COMMITTEE_MEETING', 'STANDING_BOARD_MEETING',
    'WORKING_SESSION', 'THEMATIC_CONFERENCE', 'ONLINE_CONFERENCE', 'CONGRESS'];
  const REFRESH_MS = 4000;

  const EN = {
    'app.title': 'Party Committee Office', 'page.title': 'Meetings',
    'session.needed': 'You need to sign in first.', 'session.link': 'Sign in on the main page',
    'tab.calendar': 'Calendar', 'tab.schedule': 'Schedule a meeting', 'tab.meeting': 'Meeting', 'tab.count': 'Vote counting',
    'cal.prev': '‹ Previous', 'cal.today': 'Today', 'cal.next': 'Next ›', 'cal.week': 'Week', 'cal.month': 'Month', 'cal.ics': 'Download .ics',
    'schedule.heading': 'Schedule a meeting', 'f.type': 'Kind of meeting', 'f.title': 'Title', 'f.body': 'Body meeting',
    'f.room': 'Room', 'f.start': 'Starts', 'f.end': 'Ends', 'schedule.submit': 'Schedule',
    'room.heading': 'Add a room', 'f.roomName': 'Room name', 'f.capacity': 'Seats', 'f.location': 'Location', 'room.submit': 'Add room',
    'meeting.none': 'Choose a meeting on the calendar.',
    'agenda.heading': 'Agenda', 'f.itemTitle': 'Item', 'f.presenter': 'Presenter', 'f.minutes': 'Length (minutes)', 'agenda.add': 'Add to the agenda',
    'attendance.heading': 'Attendees and check-in', 'i.name': 'Name', 'i.reply': 'Reply', 'i.present': 'Present',
    'minutes.heading': 'Minutes', 'minutes.text': 'Text of the minutes', 'minutes.save': 'Save minutes', 'minutes.approve': 'Chair approves the minutes',
    'e.id': 'Election number', 'e.open': 'Open', 'ballot.help': 'Tick the names struck out on the ballot, then enter it.',
    'ballot.number': 'Ballot number', 'ballot.struck': 'Struck out', 'ballot.submit': 'Enter ballot',
    'count.heading': 'Count', 'count.refresh': 'Recount', 'count.csv': 'Download CSV', 'count.invalid': 'Invalid ballots',
    'count.official': 'Record the official count', 'count.pdf': 'Print results (PDF)', 'count.voided': 'Voided ballots (not counted)',
    'void.number': 'Ballot to void', 'void.reason': 'Why it is voided', 'void.submit': 'Void ballot',
    'f.classification': 'Classification', 'cl.UNCLASSIFIED': 'Unclassified', 'cl.MAT': 'Confidential', 'cl.TOI_MAT': 'Secret',
    'cl.TUYET_MAT': 'Top secret', 'print.invitations': 'Print the invitation (PDF)', 'print.delegates': 'Delegate list (PDF)',
    'recorded': 'Official count recorded: {valid} valid of {cast}; digest {digest}.', 'voided': 'Ballot {number} voided: {reason}',
    'c.name': 'Name', 'c.votes': 'Votes', 'c.percent': 'Share', 'c.result': 'Result',
    'f.newClassification': 'Classification of the meeting', 'f.classReason': 'Why it changes', 'class.submit': 'Change classification',
    'class.saved': 'The meeting is now {level}.',
    'cost.heading': 'Cost estimate', 'f.costAmount': 'Amount (VND)', 'f.costNote': 'What it covers', 'cost.submit': 'Save estimate',
    'cost.none': 'none', 'cost.saved': 'Cost estimate saved.', 'cost.PENDING': 'Waiting for the finance module',
    'cost.REQUESTED': 'Budget line {line} in finance ({status})', 'cost.REFUSED': 'Refused by finance: {problem}',
    // texts made by the script
    'type.EXECUTIVE_COMMITTEE_CONFERENCE': 'Executive Committee conference', 'type.STANDING_COMMITTEE_MEETING': 'Standing Committee meeting',
    'type.STANDING_BOARD_MEETING': 'Standing Board meeting', 'type.WORKING_SESSION': 'Working session',
    'type.THEMATIC_CONFERENCE': 'Thematic conference', 'type.ONLINE_CONFERENCE': 'Online conference', 'type.CONGRESS': 'Congress',
    'status.PLANNED': 'Planned', 'status.IN_PROGRESS': 'In progress', 'status.CLOSED': 'Closed', 'status.CANCELLED': 'Cancelled',
    'reply.PENDING': 'No reply yet', 'reply.ATTEND': 'Attends', 'reply.ABSENT': 'Absent',
    'none': '— none —', 'online': 'online', 'checkin': 'Check in', 'present': 'Present',
    'quorum.reached': 'Quorum reached', 'quorum.missing': 'No quorum yet', 'quorum.count': '{present} of {members} present (needs {required})',
    'scheduled': 'Meeting “{title}” scheduled.', 'room.saved': 'Room {name} added.', 'agenda.saved': 'Item added.',
    'minutes.saved': 'Minutes saved.', 'minutes.approved': 'Minutes approved by {who}: the meeting is closed.', 'minutes.draft': 'Draft, not approved yet.',
    'ballot.reason': 'Why it is corrected (only when correcting a ballot already entered)', 'ballot.correct': 'Correct the ballot entered',
    'ballot.correctedValid': 'Ballot {number} corrected: valid.', 'ballot.correctedInvalid': 'Ballot {number} corrected: invalid — {reason}',
    'ballot.valid': 'Ballot {number} entered: valid.', 'ballot.invalid': 'Ballot {number} entered: invalid — {reason}',
    'elected': 'Elected', 'tied': 'Tied: another round', 'notElected': 'Not elected', 'anotherRound': 'Seats remain: another round is needed.',
    'count.summary': '{cast} ballots cast, {valid} valid; base {base}; {filled} of {seats} seats filled.',
    'count.digest': 'Ballots digest (SHA-256): {digest}', 'noInvalid': 'None.', 'listOpen': 'The candidate list is still open.',
    'empty': 'No meetings.', 'error': 'Something went wrong.', 'week.of': 'Week {from} – {to}',
    'days': 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
    'months': 'January,February,March,April,May,June,July,August,September,October,November,December'
  };
  const VI = {
    'cost.none': 'chưa có', 'class.saved': 'Cuộc họp nay có độ mật: {level}.', 'cost.saved': 'Đã lưu dự toán kinh phí.', 'cost.PENDING': 'Chờ gửi sang phân hệ tài chính',
    'cost.REQUESTED': 'Dòng ngân sách {line} bên tài chính ({status})', 'cost.REFUSED': 'Tài chính từ chối: {problem}',
    'type.EXECUTIVE_COMMITTEE_CONFERENCE': 'Hội nghị Ban Chấp hành', 'type.STANDING_COMMITTEE_MEETING': 'Họp Ban Thường vụ',
    'type.STANDING_BOARD_MEETING': 'Họp Thường trực', 'type.WORKING_SESSION': 'Buổi làm việc',
    'type.THEMATIC_CONFERENCE': 'Hội nghị chuyên đề', 'type.ONLINE_CONFERENCE': 'Hội nghị trực tuyến', 'type.CONGRESS': 'Đại hội',
    'status.PLANNED': 'Đã lên lịch', 'status.IN_PROGRESS': 'Đang họp', 'status.CLOSED': 'Đã kết thúc', 'status.CANCELLED': 'Đã hủy',
    'reply.PENDING': 'Chưa trả lời', 'reply.ATTEND': 'Dự họp', 'reply.ABSENT': 'Vắng',
    'none': '— không —', 'online': 'trực tuyến', 'checkin': 'Điểm danh', 'present': 'Có mặt',
    'quorum.reached': 'Đủ số lượng', 'quorum.missing': 'Chưa đủ số lượng', 'quorum.count': '{present}/{members} có mặt (cần {required})',
    'scheduled': 'Đã lên lịch cuộc họp “{title}”.', 'room.saved': 'Đã thêm phòng {name}.', 'agenda.saved': 'Đã thêm nội dung.',
    'minutes.saved': 'Đã lưu biên bản.', 'minutes.approved': 'Biên bản đã được {who} duyệt: cuộc họp đã kết thúc.', 'minutes.draft': 'Bản nháp, chưa duyệt.',
    'ballot.correctedValid': 'Đã sửa phiếu số {number}: hợp lệ.', 'ballot.correctedInvalid': 'Đã sửa phiếu số {number}: không hợp lệ — {reason}',
    'ballot.valid': 'Đã nhập phiếu số {number}: hợp lệ.', 'ballot.invalid': 'Đã nhập phiếu số {number}: không hợp lệ — {reason}',
    'elected': 'Trúng cử', 'tied': 'Bằng phiếu: bầu lại', 'notElected': 'Không trúng cử', 'anotherRound': 'Còn thiếu người: cần bầu thêm.',
    'count.summary': 'Số phiếu thu về {cast}, hợp lệ {valid}; cơ sở tính {base}; trúng cử {filled}/{seats}.',
    'count.digest': 'Mã kiểm tra phiếu (SHA-256): {digest}', 'noInvalid': 'Không có.', 'listOpen': 'Danh sách ứng cử viên chưa chốt.',
    'cl.UNCLASSIFIED': 'Thường', 'cl.MAT': 'Mật', 'cl.TOI_MAT': 'Tối mật', 'cl.TUYET_MAT': 'Tuyệt mật',
    'recorded': 'Đã ghi kết quả kiểm phiếu chính thức: hợp lệ {valid}/{cast}; mã kiểm tra {digest}.',
    'voided': 'Đã hủy phiếu số {number}: {reason}',
    'empty': 'Không có cuộc họp.', 'error': 'Đã có lỗi.', 'week.of': 'Tuần {from} – {to}',
    'days': 'Th 2,Th 3,Th 4,Th 5,Th 6,Th 7,CN',
    'months': 'Tháng 1,Tháng 2,Tháng 3,Tháng 4,Tháng 5,Tháng 6,Tháng 7,Tháng 8,Tháng 9,Tháng 10,Tháng 11,Tháng 12'
  };

  let lang = localStorage.getItem('partyoffice.lang') === 'en' ? 'en' : 'vi';
  const defaults = new Map(); // the Vietnamese text written in the HTML, per element
  const state = { view: 'week', anchor: null, meetingId: null, electionId: null, timer: null, rooms: [], seen: null };

  const $ = (sel) => document.querySelector(sel);
  function t(key, args) {
    let s = lang === 'en' ? EN[key] : VI[key];
    if (s == null) s = VI[key] || EN[key] || key;
    for (const k in (args || {})) s = s.split('{' + k + '}').join(String(args[k]));
    return s;
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
    document.title = (lang === 'en' ? EN['page.title'] : 'Hội họp') + ' — ' + (lang === 'en' ? EN['app.title'] : 'Văn phòng Đảng ủy');
  }

  // ---------------------------------------------------------------- office dates
  /** 'YYYY-MM-DD' of an instant in the office's zone. */
  function officeDate(instant) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(instant ? new Date(instant) : new Date());
  }
  function officeTime(instant) {
    return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false })
      .format(new Date(instant));
  }
  function parts(day) { const p = day.split('-').map(Number); return new Date(Date.UTC(p[0], p[1] - 1, p[2])); }
  function iso(d) { return d.toISOString().substring(0, 10); }
  function addDays(day, n) { const d = parts(day); d.setUTCDate(d.getUTCDate() + n); return iso(d); }
  function monday(day) { const d = parts(day); return addDays(day, -((d.getUTCDay() + 6) % 7)); }
  function dmy(day) { const p = day.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }
  function when(m) {
    const sameDay = officeDate(m.start) === officeDate(m.end);
    return dmy(officeDate(m.start)) + ' ' + officeTime(m.start) + '–' + (sameDay ? '' : dmy(officeDate(m.end)) + ' ') + officeTime(m.end);
  }

  // ---------------------------------------------------------------- tabs
  function selectTab(name) {
    for (const b of document.querySelectorAll('.mt-tabs [data-tab]')) {
      const on = b.getAttribute('data-tab') === name;
      b.setAttribute('aria-selected', String(on));
      $('#panel-' + b.getAttribute('data-tab')).hidden = !on;
    }
    status('');
    // the live quorum refreshes only while somebody looks at it
    if (name !== 'meeting') stopRefresh();
    if (name === 'calendar') loadCalendar();
    if (name === 'schedule') loadChoices();
    if (name === 'meeting' && state.meetingId) openMeeting(state.meetingId, false);
    if (name === 'count' && state.electionId) loadCount().catch((e) => status(e.message, true));
  }

  // ---------------------------------------------------------------- calendar
  function range() {
    if (state.view === 'week') {
      const from = monday(state.anchor);
      return { from: from, to: addDays(from, 7), first: from, days: 7 };
    }
    const first = state.anchor.substring(0, 8) + '01';
    const from = monday(first);
    return { from: from, to: addDays(from, 42), first: first, days: 42 };
  }
  function move(step) {
    if (state.view === 'week') {
      state.anchor = addDays(state.anchor, 7 * step);
    } else {
      const d = parts(state.anchor.substring(0, 8) + '01');
      d.setUTCMonth(d.getUTCMonth() + step);
      state.anchor = iso(d);
    }
    loadCalendar();
  }
  function setView(view) {
    state.view = view;
    $('#cal-week').setAttribute('aria-pressed', String(view === 'week'));
    $('#cal-month').setAttribute('aria-pressed', String(view === 'month'));
    loadCalendar();
  }
  async function loadCalendar() {
    const r = range();
    const q = 'from=' + r.from + '&to=' + r.to;
    $('#cal-ics').setAttribute('href', '/api/meetings/calendar.ics?' + q);
    const months = t('months').split(',');
    $('#cal-range').textContent = state.view === 'week'
      ? t('week.of', { from: dmy(r.from), to: dmy(addDays(r.to, -1)) })
      : months[Number(r.first.substring(5, 7)) - 1] + ' ' + r.first.substring(0, 4);
    const grid = $('#calendar-grid');
    grid.className = 'mt-grid mt-grid-' + state.view;
    grid.setAttribute('data-from', r.from);
    let meetings;
    try {
      meetings = await api('GET', '/meetings/calendar?' + q);
    } catch (e) {
      status(e.message, true);
      return;
    }
    clear(grid);
    const names = t('days').split(',');
    for (const n of names) grid.appendChild(h('div', { class: 'mt-dayname' }, n));
    const today = officeDate();
    for (let i = 0; i < r.days; i++) {
      const day = addDays(r.from, i);
      const outside = state.view === 'month' && day.substring(0, 7) !== r.first.substring(0, 7);
      const cell = h('div', { class: 'mt-day' + (day === today ? ' mt-today' : '') + (outside ? ' mt-outside' : ''), 'data-date': day },
        h('div', { class: 'mt-daynum' }, state.view === 'week' ? dmy(day).substring(0, 5) : String(Number(day.substring(8)))));
      // a meeting shows on every day it covers (a Congress lasts several)
      const todays = meetings.filter((m) => officeDate(m.start) <= day && officeDate(new Date(new Date(m.end).getTime() - 1)) >= day);
      for (const m of todays) {
        const b = h('button', { type: 'button', class: 'cal-meeting mt-' + m.status.toLowerCase(), 'data-id': String(m.id),
          title: t('type.' + m.type) }, h('span', { class: 'mt-time' }, officeTime(m.start)), ' ', m.title);
        b.addEventListener('click', () => openMeeting(m.id, true));
        cell.appendChild(b);
      }
      grid.appendChild(cell);
    }
    if (meetings.length === 0) grid.appendChild(h('p', { class: 'muted mt-empty' }, t('empty')));
  }

  // ---------------------------------------------------------------- schedule
  function option(value, label) { return h('option', { value: value }, label); }
  async function loadChoices() {
    const type = $('#s-type');
    const chosen = type.value;
    clear(type);
    for (const k of TYPES) type.appendChild(option(k, t('type.' + k)));
    if (chosen) type.value = chosen;
    try {
      const [bodies, rooms] = await Promise.all([api('GET', '/meetings/bodies'), api('GET', '/meetings/rooms')]);
      state.rooms = rooms;
      fill($('#s-body'), bodies.map((b) => [String(b.id), b.name]));
      fill($('#s-room'), rooms.map((r) => [String(r.id), r.name + ' (' + r.capacity + ')']));
    } catch (e) {
      status(e.message, true);
    }
  }
  function fill(select, entries) {
    const chosen = select.value;
    clear(select);
    select.appendChild(option('', t('none')));
    for (const [v, label] of entries) select.appendChild(option(v, label));
    if (entries.some((e) => e[0] === chosen)) select.value = chosen;
  }
  async function schedule(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    const body = { type: $('#s-type').value, title: $('#s-title').value, start: $('#s-start').value, end: $('#s-end').value,
      classification: $('#s-classification').value };
    if ($('#s-body').value) body.bodyId = $('#s-body').value; else body.required = [];
    if ($('#s-room').value) body.roomId = $('#s-room').value;
    try {
      const m = await api('POST', '/meetings', body);
      state.anchor = officeDate(m.start);
      selectTab('calendar');
      status(t('scheduled', { title: m.title }), false);
    } catch (e) {
      showError(form, e);
    }
  }
  async function addRoom(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    try {
      const r = await api('POST', '/meetings/rooms', { name: $('#r-name').value, capacity: $('#r-capacity').value, location: $('#r-location').value });
      status(t('room.saved', { name: r.name }), false);
      form.reset();
      loadChoices();
    } catch (e) {
      showError(form, e);
    }
  }

  // ---------------------------------------------------------------- one meeting
  async function openMeeting(id, switchTab) {
    state.meetingId = id;
    if (switchTab) {
      selectTab('meeting');
      return; // selectTab opens it
    }
    state.seen = null;
    $('#meeting-none').hidden = true;
    $('#meeting-view').hidden = false;
    try {
      const [m, rooms] = await Promise.all([api('GET', '/meetings/' + id), api('GET', '/meetings/rooms')]);
      $('#meeting-view').setAttribute('data-id', String(m.id));
      $('#m-title').textContent = m.title;
      $('#m-when').textContent = t('type.' + m.type) + ' · ' + when(m);
      const room = rooms.find((r) => r.id === m.roomId);
      $('#m-room').textContent = room ? room.name : t('online');
      const mark = $('#m-classification');
      mark.hidden = !m.classification || m.classification === 'UNCLASSIFIED';
      mark.textContent = mark.hidden ? '' : t('cl.' + m.classification);
      $('#m-invitations-pdf').setAttribute('href', '/api/meetings/' + m.id + '/invitations.pdf');
      const delegates = $('#m-delegates-pdf');
      delegates.hidden = m.type !== 'CONGRESS';
      delegates.setAttribute('href', m.type === 'CONGRESS' ? '/api/meetings/' + m.id + '/delegates.pdf' : '#');
      showStatus(m);
      showCost(m.costEstimate);
      $('#class-form').hidden = m.status === 'CLOSED' || m.status === 'CANCELLED';
      $('#k-classification').value = m.classification || 'UNCLASSIFIED';
      $('#k-reason').value = '';
      await Promise.all([loadAgenda(id), loadAttendance(id), loadMinutes(id)]);
    } catch (e) {
      status(e.message, true);
    }
    startRefresh(id);
  }
  function showStatus(m) {
    const s = $('#m-status');
    s.textContent = t('status.' + m.status);
    s.setAttribute('data-status', m.status);
  }
  function startRefresh(id) {
    stopRefresh();
    state.timer = setInterval(() => {
      if (state.meetingId === id && !$('#panel-meeting').hidden) loadAttendance(id);
    }, REFRESH_MS);
  }
  function stopRefresh() {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  }
  async function loadAgenda(id) {
    const items = await api('GET', '/meetings/' + id + '/agenda');
    const list = $('#agenda-list');
    clear(list);
    for (const i of items) {
      list.appendChild(h('li', { 'data-id': String(i.id) }, h('strong', null, i.title),
        i.presenter ? ' — ' + i.presenter : null, i.minutes ? ' (' + i.minutes + '′)' : null));
    }
  }
  async function addAgendaItem(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    try {
      await api('POST', '/meetings/' + state.meetingId + '/agenda',
        { title: $('#a-title').value, presenter: $('#a-presenter').value, minutes: $('#a-minutes').value });
      form.reset();
      status(t('agenda.saved'), false);
      loadAgenda(state.meetingId);
    } catch (e) {
      showError(form, e);
    }
  }
  async function loadAttendance(id) {
    try {
      // the meeting too: its status turns IN_PROGRESS with the first check-in
      const [quorum, invitations, meeting] = await Promise.all([api('GET', '/meetings/' + id + '/quorum'),
        api('GET', '/meetings/' + id + '/invitations'), api('GET', '/meetings/' + id)]);
      showQuorum(quorum);
      showStatus(meeting);
      const rows = $('#invitation-rows');
      // redraw only on a change, so a refresh never swaps a button from under the clerk's pointer
      const seen = JSON.stringify(invitations) + lang;
      if (state.seen === seen) return;
      state.seen = seen;
      clear(rows);
      for (const i of invitations) rows.appendChild(invitationRow(id, i));
    } catch (e) {
      $('#attendance-error').textContent = e.message;
    }
  }
  function invitationRow(id, i) {
    const reply = h('span', { class: 'tag', 'data-reply': i.reply }, t('reply.' + i.reply));
    let present;
    if (i.checkedIn) {
      present = h('span', { class: 'tag tag-ok', 'data-checked': 'true' }, '✓ ' + t('present'));
    } else {
      present = h('button', { type: 'button', class: 'button-secondary checkin', 'data-login': i.login }, t('checkin'));
      present.addEventListener('click', () => checkIn(id, i.login, present));
    }
    return h('tr', { 'data-login': i.login }, h('td', null, i.fullName || i.login, h('div', { class: 'muted small' }, i.login)),
      h('td', null, reply, i.reason ? h('div', { class: 'muted small' }, i.reason) : null), h('td', null, present));
  }
  async function checkIn(id, login, button) {
    button.disabled = true;
    $('#attendance-error').textContent = '';
    try {
      showQuorum(await api('POST', '/meetings/' + id + '/checkin', { login: login }));
      await loadAttendance(id);
    } catch (e) {
      button.disabled = false;
      $('#attendance-error').textContent = e.message;
    }
  }
  function showQuorum(q) {
    const box = $('#quorum');
    box.setAttribute('data-reached', String(q.reached));
    box.className = 'mt-quorum ' + (q.reached ? 'mt-quorum-ok' : 'mt-quorum-missing');
    $('#quorum-label').textContent = q.reached ? t('quorum.reached') : t('quorum.missing');
    $('#quorum-count').textContent = t('quorum.count', { present: q.present, members: q.members, required: q.required });
  }
  async function loadMinutes(id) {
    const text = $('#minutes-text');
    try {
      const m = await api('GET', '/meetings/' + id + '/minutes');
      text.value = m.text || '';
      showMinutesState(m);
    } catch (e) {
      if (e.status !== 404) throw e;
      text.value = '';
      showMinutesState(null);
    }
  }
  function showMinutesState(m) {
    const approved = !!(m && m.approved);
    $('#minutes-state').textContent = approved ? t('minutes.approved', { who: m.approvedBy }) : (m ? t('minutes.draft') : '');
    $('#minutes-text').readOnly = approved;
    $('#minutes-save').disabled = approved;
    $('#minutes-approve').disabled = approved;
  }
  /** The estimate and where it stands with finance; the form starts from it. */
  function showCost(c) {
    $('#cost-amount').textContent = c ? new Intl.NumberFormat('vi-VN').format(c.amountVnd) + ' ₫' : t('cost.none');
    const tag = $('#cost-status');
    tag.hidden = !c;
    tag.textContent = c ? t('cost.' + c.status, { line: c.budgetLineId, status: c.budgetStatus, problem: c.problem }) : '';
    $('#cost-status').setAttribute('data-status', c ? c.status : '');
    $('#c-amount').value = c ? String(c.amountVnd) : '';
    $('#c-note').value = c && c.note ? c.note : '';
  }
  async function saveCost(ev) {
    ev.preventDefault();
    const form = $('#cost-form');
    clearErrors(form);
    try {
      showCost(await api('PUT', '/meetings/' + state.meetingId + '/cost-estimate',
        { amountVnd: $('#c-amount').value.replace(/[.\s]/g, ''), note: $('#c-note').value }));
      status(t('cost.saved'), false);
    } catch (e) {
      showError(form, e);
    }
  }
  async function reclassify(ev) {
    ev.preventDefault();
    const form = $('#class-form');
    clearErrors(form);
    try {
      const m = await api('POST', '/meetings/' + state.meetingId + '/reclassify',
        { classification: $('#k-classification').value, reason: $('#k-reason').value });
      await openMeeting(state.meetingId, false);
      status(t('class.saved', { level: t('cl.' + m.classification) }), false);
    } catch (e) {
      showError(form, e);
    }
  }
  async function saveMinutes(ev) {
    ev.preventDefault();
    const form = $('#minutes-form');
    clearErrors(form);
    try {
      showMinutesState(await api('PUT', '/meetings/' + state.meetingId + '/minutes', { text: $('#minutes-text').value }));
      status(t('minutes.saved'), false);
    } catch (e) {
      showError(form, e);
    }
  }
  async function approveMinutes() {
    const form = $('#minutes-form');
    clearErrors(form);
    try {
      const m = await api('POST', '/meetings/' + state.meetingId + '/minutes/approve');
      showMinutesState(m);
      status(t('minutes.approved', { who: m.approvedBy }), false);
      openMeeting(state.meetingId, false);
    } catch (e) {
      showError(form, e);
    }
  }

  // ---------------------------------------------------------------- counting
  async function openElection(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    const id = $('#e-id').value.trim();
    if (!/^\d+$/.test(id)) {
      form.querySelector('[data-field="id"]').textContent = lang === 'en' ? 'Give the election number.' : 'Hãy nhập mã cuộc bầu cử.';
      return;
    }
    try {
      const [e, candidates] = await Promise.all([api('GET', '/meetings/elections/' + id), api('GET', '/meetings/elections/' + id + '/candidates')]);
      state.electionId = Number(id);
      $('#election-view').hidden = false;
      $('#e-title').textContent = e.title + ' (' + e.rules.seats + ')';
      const box = $('#ballot-candidates');
      clear(box);
      for (const c of candidates) {
        box.appendChild(h('label', { class: 'mt-candidate' }, h('input', { type: 'checkbox', class: 'struck', value: String(c.id) }), ' ', c.fullName));
      }
      $('#ballot-form').querySelector('[data-field="candidates"]').textContent = e.listClosed ? '' : t('listOpen');
      $('#count-csv').setAttribute('href', '/api/meetings/elections/' + id + '/results.csv');
      $('#count-pdf').setAttribute('href', '/api/meetings/elections/' + id + '/results.pdf');
      $('#count-recorded').hidden = true;
      await loadCount();
    } catch (err) {
      showError(form, err);
    }
  }
  async function enterBallot(ev) {
    ev.preventDefault();
    await sendBallot('POST', '/ballots', { number: $('#b-number').value }, 'ballot.valid', 'ballot.invalid');
  }
  /** A ballot entered wrongly, entered again as it is on paper, with the reason (the old one stays on record). */
  async function correctBallot() {
    const number = $('#b-number').value.trim();
    if (!/^\d+$/.test(number)) {
      $('#ballot-form').querySelector('[data-field="number"]').textContent = lang === 'en' ? 'Give the ballot number.' : 'Hãy nhập số phiếu.';
      return;
    }
    await sendBallot('PUT', '/ballots/' + number, { reason: $('#b-reason').value }, 'ballot.correctedValid', 'ballot.correctedInvalid');
  }
  async function sendBallot(method, path, fields, validKey, invalidKey) {
    const form = $('#ballot-form');
    clearErrors(form);
    const struck = Array.from(form.querySelectorAll('input.struck:checked')).map((i) => i.value);
    try {
      const r = await api(method, '/meetings/elections/' + state.electionId + path, Object.assign({ struckOut: struck }, fields));
      const out = $('#ballot-result');
      out.hidden = false;
      out.setAttribute('data-valid', String(r.valid));
      out.textContent = r.valid ? t(validKey, { number: r.number }) : t(invalidKey, { number: r.number, reason: r.reason });
      for (const i of form.querySelectorAll('input.struck')) i.checked = false;
      $('#b-reason').value = '';
      await loadCount();
    } catch (e) {
      showError(form, e);
    }
  }
  async function loadCount() {
    const c = await api('GET', '/meetings/elections/' + state.electionId + '/count');
    const e = await api('GET', '/meetings/elections/' + state.electionId);
    $('#count-summary').textContent = t('count.summary', { cast: c.ballotsCast, valid: c.valid, base: c.base, filled: c.seatsFilled, seats: e.rules.seats })
      + (c.anotherRound ? ' ' + t('anotherRound') : '');
    const rows = $('#count-rows');
    clear(rows);
    for (const r of c.candidates) {
      const mark = r.elected ? h('span', { class: 'tag tag-ok', 'data-elected': 'true' }, t('elected'))
        : r.tied ? h('span', { class: 'tag tag-warn', 'data-tied': 'true' }, t('tied'))
          : h('span', { class: 'tag' }, t('notElected'));
      rows.appendChild(h('tr', { 'data-candidate': String(r.candidateId) }, h('td', null, r.fullName), h('td', { class: 'num' }, String(r.votes)),
        h('td', { class: 'num' }, String(r.percent) + '%'), h('td', null, mark)));
    }
    const list = $('#invalid-list');
    clear(list);
    for (const b of c.invalid) list.appendChild(h('li', { 'data-number': String(b.number) }, '#' + b.number + ': ' + b.reason));
    if (c.invalid.length === 0) list.appendChild(h('li', { class: 'muted' }, t('noInvalid')));
    $('#count-digest').textContent = t('count.digest', { digest: c.digest });
    const ballots = await api('GET', '/meetings/elections/' + state.electionId + '/ballots');
    const voided = $('#voided-list');
    clear(voided);
    for (const b of ballots.filter((x) => x.voided)) voided.appendChild(h('li', { 'data-number': String(b.number) }, '#' + b.number + ': ' + b.voidReason));
    if (!ballots.some((x) => x.voided)) voided.appendChild(h('li', { class: 'muted' }, t('noInvalid')));
    // the next number: after every ballot stored, voided ones too (their numbers are not reused)
    $('#b-number').value = String(ballots.reduce((n, b) => Math.max(n, b.number), 0) + 1);
  }
  async function recordCount() {
    const out = $('#count-recorded');
    try {
      const c = await api('POST', '/meetings/elections/' + state.electionId + '/count');
      out.hidden = false;
      out.textContent = t('recorded', { valid: c.valid, cast: c.ballotsCast, digest: c.digest });
      await loadCount();
    } catch (e) {
      status(e.message, true);
    }
  }
  async function voidBallot(ev) {
    ev.preventDefault();
    const form = ev.target;
    clearErrors(form);
    const number = $('#v-number').value.trim();
    if (!/^\d+$/.test(number)) {
      form.querySelector('[data-field="number"]').textContent = lang === 'en' ? 'Give the ballot number.' : 'Hãy nhập số phiếu.';
      return;
    }
    try {
      const b = await api('POST', '/meetings/elections/' + state.electionId + '/ballots/' + number + '/void', { reason: $('#v-reason').value });
      form.reset();
      status(t('voided', { number: b.number, reason: b.voidReason }), false);
      await loadCount();
    } catch (e) {
      showError(form, e);
    }
  }

  // ---------------------------------------------------------------- start
  async function start() {
    state.anchor = officeDate();
    applyLanguage();
    for (const b of document.querySelectorAll('.lang-switch button')) {
      b.addEventListener('click', () => {
        lang = b.getAttribute('data-lang');
        localStorage.setItem('partyoffice.lang', lang);
        applyLanguage();
        const tab = document.querySelector('.mt-tabs [aria-selected="true"]');
        if (tab) selectTab(tab.getAttribute('data-tab'));
      });
    }
    for (const b of document.querySelectorAll('.mt-tabs [data-tab]')) {
      b.addEventListener('click', () => selectTab(b.getAttribute('data-tab')));
    }
    $('#cal-prev').addEventListener('click', () => move(-1));
    $('#cal-next').addEventListener('click', () => move(1));
    $('#cal-today').addEventListener('click', () => { state.anchor = officeDate(); loadCalendar(); });
    $('#cal-week').addEventListener('click', () => setView('week'));
    $('#cal-month').addEventListener('click', () => setView('month'));
    $('#schedule-form').addEventListener('submit', schedule);
    $('#room-form').addEventListener('submit', addRoom);
    $('#agenda-form').addEventListener('submit', addAgendaItem);
    $('#minutes-form').addEventListener('submit', saveMinutes);
    $('#cost-form').addEventListener('submit', saveCost);
    $('#class-form').addEventListener('submit', reclassify);
    $('#minutes-approve').addEventListener('click', approveMinutes);
    $('#election-load').addEventListener('submit', openElection);
    $('#ballot-form').addEventListener('submit', enterBallot);
    $('#ballot-correct').addEventListener('click', correctBallot);
    $('#count-refresh').addEventListener('click', () => loadCount().catch((e) => status(e.message, true)));
    $('#count-official').addEventListener('click', recordCount);
    $('#void-form').addEventListener('submit', voidBallot);
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
    selectTab('calendar');
  }
  document.addEventListener('DOMContentLoaded', start);
})();
