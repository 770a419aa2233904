/* The guest-house page at /office/guesthouse/: plain JS, no build. Server text is only ever set with
   textContent. Uses the shell's session cookie (sign in at /office/). "Today" is the office's date
   (Asia/Ho_Chi_Minh), whatever the browser's time zone. */
(function () {
  'use strict';

  // the shell's /office/page.js: elements, the API client, errors next to their fields
  const { api, status, clearErrors, showError, showSignIn } = OfficePage.helpers({ prefix: 'gh', message: () => t('error') });

  const EN = {
    'app.title': 'Party Committee Office', 'page.title': 'Guest house',
    'session.needed': 'You need to sign in first.', 'session.link': 'Sign in on the main page',
    'free.heading': 'Rooms free today', 'bookings.heading': 'Bookings from today', 'book.heading': 'Book rooms for a delegation',
    'room.heading': 'Add a room', 'r.code': 'Code', 'r.name': 'Name', 'r.building': 'Building', 'r.beds': 'Beds', 'r.kind': 'Kind',
    'r.tonight': 'Tonight', 'b.delegation': 'Delegation', 'b.heads': 'People', 'b.from': 'Arrives', 'b.to': 'Leaves',
    'b.rooms': 'Rooms', 'b.status': 'Status', 'b.meeting': 'Meeting', 'b.meetingId': 'Meeting id (optional)',
    'book.submit': 'Book', 'room.submit': 'Add room',
    'free': 'free', 'held': 'held', 'checkin': 'Check in', 'checkout': 'Check out', 'cancel': 'Cancel',
    'cancel.reason': 'Why is the booking cancelled?', 'empty': 'No bookings.', 'noRooms': 'No rooms yet.',
    'booked': 'Booking {id} made for {delegation}.', 'done': 'Booking {id}: {status}.', 'room.saved': 'Room {code} added.',
    'meetings.on': 'Bookings can be linked to a meeting of the meetings module.',
    'meetings.off': 'The meetings module is not installed: bookings cannot be linked to meetings.',
    'status.BOOKED': 'Booked', 'status.CHECKED_IN': 'Staying', 'status.CHECKED_OUT': 'Left', 'status.CANCELLED': 'Cancelled',
    'error': 'Something went wrong.'
  };
  const VI = {
    'free': 'trống', 'held': 'có khách', 'checkin': 'Nhận phòng', 'checkout': 'Trả phòng', 'cancel': 'Hủy',
    'cancel.reason': 'Lý do hủy đặt phòng?', 'empty': 'Không có đặt phòng.', 'noRooms': 'Chưa có phòng.',
    'booked': 'Đã đặt phòng số {id} cho {delegation}.', 'done': 'Đặt phòng số {id}: {status}.', 'room.saved': 'Đã thêm phòng {code}.',
    'meetings.on': 'Có thể gắn đặt phòng với một cuộc họp của phân hệ Hội họp.',
    'meetings.off': 'Phân hệ Hội họp chưa được cài: chưa gắn được đặt phòng với cuộc họp.',
    'status.BOOKED': 'Đã đặt', 'status.CHECKED_IN': 'Đang ở', 'status.CHECKED_OUT': 'Đã trả phòng', 'status.CANCELLED': 'Đã hủy',
    'error': 'Đã có lỗi.'
  };

  let lang = localStorage.getItem('partyoffice.lang') === 'en' ? 'en' : 'vi';
  const defaults = new Map();
  const $ = (sel) => document.querySelector(sel);

  function t(key, args) {
    let s = (lang === 'en' ? EN[key] : VI[key]) || VI[key] || EN[key] || key;
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
  }
  function officeToday() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  async function loadRooms() {
    const [rooms, free] = await Promise.all([api('GET', '/guesthouse/rooms'), api('GET', '/guesthouse/rooms/free')]);
    const freeCodes = new Set(free.map((r) => r.code));
    $('#free-count').textContent = String(free.length);
    const rows = $('#room-rows');
    rows.replaceChildren();
    const picker = $('#f-rooms');
    picker.replaceChildren();
    if (rooms.length === 0) cell(rows.insertRow(), t('noRooms')).colSpan = 6;
    for (const r of rooms) {
      const tr = rows.insertRow();
      [r.code, r.name, r.building, r.beds, r.kind].forEach((v) => cell(tr, v));
      cell(tr, freeCodes.has(r.code) ? t('free') : t('held')).className = freeCodes.has(r.code) ? '' : 'gh-held';
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = r.code;
      label.append(box, document.createTextNode(r.code + ' (' + r.beds + ')'));
      picker.appendChild(label);
    }
  }

  async function loadBookings() {
    const bookings = await api('GET', '/guesthouse/bookings?from=' + officeToday());
    const rows = $('#booking-rows');
    rows.replaceChildren();
    if (bookings.length === 0) cell(rows.insertRow(), t('empty')).colSpan = 9;
    for (const b of bookings) {
      const tr = rows.insertRow();
      [b.id, b.delegation, b.headCount, b.from, b.to, b.rooms.join(', '), t('status.' + b.status), b.meetingTitle].forEach((v) => cell(tr, v));
      const actions = cell(tr, '');
      actions.className = 'gh-actions';
      const act = (key, path, body) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button-secondary';
        button.textContent = t(key);
        button.addEventListener('click', async () => {
          const payload = body ? body() : undefined;
          if (body && payload == null) return;
          try {
            const done = await api('POST', '/guesthouse/bookings/' + b.id + '/' + path, payload);
            status(t('done', { id: done.id, status: t('status.' + done.status) }));
            await refresh();
          } catch (e) {
            status(e.message, true);
          }
        });
        actions.appendChild(button);
      };
      if (b.status === 'BOOKED') {
        act('checkin', 'checkin');
        act('cancel', 'cancel', () => {
          const reason = window.prompt(t('cancel.reason'));
          return reason ? { reason: reason } : null;
        });
      }
      if (b.status === 'CHECKED_IN') act('checkout', 'checkout');
    }
  }

  async function loadMeetingsNote() {
    const m = await api('GET', '/guesthouse/bookings/meetings');
    $('#meetings-note').textContent = t(m.available ? 'meetings.on' : 'meetings.off');
  }

  async function refresh() {
    await Promise.all([loadRooms(), loadBookings(), loadMeetingsNote()]);
  }

  async function book(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const rooms = Array.from(form.querySelectorAll('#f-rooms input:checked')).map((i) => i.value);
    try {
      const b = await api('POST', '/guesthouse/bookings', {
        delegation: $('#f-delegation').value, headCount: $('#f-heads').value, from: $('#f-from').value,
        to: $('#f-to').value, rooms: rooms, meetingId: $('#f-meeting').value || null
      });
      status(t('booked', { id: b.id, delegation: b.delegation }));
      form.reset();
      await refresh();
    } catch (e) {
      showError(form, e);
    }
  }

  async function addRoom(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    try {
      const r = await api('POST', '/guesthouse/rooms', {
        code: $('#r-code').value, name: $('#r-name').value, building: $('#r-building').value || null,
        beds: $('#r-beds').value, kind: $('#r-kind').value
      });
      status(t('room.saved', { code: r.code }));
      form.reset();
      await loadRooms();
    } catch (e) {
      showError(form, e);
    }
  }

  async function start() {
    applyLanguage();
    for (const b of document.querySelectorAll('.lang-switch button')) {
      b.addEventListener('click', () => {
        lang = b.getAttribute('data-lang');
        localStorage.setItem('partyoffice.lang', lang);
        applyLanguage();
        refresh().catch((e) => status(e.message, true));
      });
    }
    $('#book-form').addEventListener('submit', book);
    $('#room-form').addEventListener('submit', addRoom);
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
    $('#f-from').value = officeToday();
    refresh().catch((e) => status(e.message, true));
  }
  document.addEventListener('DOMContentLoaded', start);
})();
