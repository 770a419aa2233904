/* The Party Office web shell: sign-in, header, module menu, dashboard and the platform's admin
   pages, as one page with hash routes (#/home, #/units, ...). Plain ES2017, no build step.
   Every text that comes from the server goes into the DOM through textContent (see h()), never
   through innerHTML. */
'use strict';

(function () {
  const I18N = window.PO_I18N;
  const ROLES = ['admin', 'it-admin', 'office-staff', 'secretary', 'signer', 'archivist', 'accountant', 'viewer'];
  const CLEARANCES = ['UNCLASSIFIED', 'MAT', 'TOI_MAT', 'TUYET_MAT'];
  const UNIT_TYPES = ['CENTRAL', 'PROVINCE', 'COMMUNE', 'WARD', 'AGENCY', 'DEPARTMENT', 'CELL'];
  const ADMIN_ROLES = ['admin', 'it-admin'];
  const ADMIN_ROUTES = ['units', 'accounts', 'jobs', 'audit'];
  const MODULE_POLL_MS = 5000;
  const JOB_POLL_MS = 3000;
  const LANG_KEY = 'partyoffice.lang';
  // Background polls pause after this long without input (and while the tab is hidden): every
  // poll keeps the server session alive, and an unattended screen must still time out.
  const IDLE_PAUSE_MS = 10 * 60 * 1000;

  const state = {
    lang: 'vi',
    user: null,
    modules: [],
    modulesKey: null,
    moduleTimer: null,
    viewTimer: null,
    charts: [],
    renderSeq: 0,
    statusTimer: null,
    lastActivity: Date.now(),
    modulesBusy: false
  };

  // ---------------------------------------------------------------- language

  function has(key) {
    return Object.prototype.hasOwnProperty.call(I18N[state.lang] || {}, key)
      || Object.prototype.hasOwnProperty.call(I18N.vi, key);
  }

  function t(key, params) {
    const dict = I18N[state.lang] || I18N.vi;
    let text = Object.prototype.hasOwnProperty.call(dict, key) ? dict[key]
      : (Object.prototype.hasOwnProperty.call(I18N.vi, key) ? I18N.vi[key] : key);
    if (params) {
      text = text.replace(/\{(\w+)\}/g, (m, name) => (params[name] === undefined || params[name] === null ? m : String(params[name])));
    }
    return text;
  }

  function locale() {
    return state.lang === 'en' ? 'en-GB' : 'vi-VN';
  }

  function storedLang() {
    try {
      const l = window.localStorage.getItem(LANG_KEY);
      return l === 'en' ? 'en' : 'vi';
    } catch (e) {
      return 'vi';
    }
  }

  function setLanguage(lang) {
    state.lang = lang === 'en' ? 'en' : 'vi';
    try {
      window.localStorage.setItem(LANG_KEY, state.lang);
    } catch (e) {
      // private mode: the choice just is not remembered
    }
    applyLanguage();
    if (state.user) {
      renderUser();
      renderModuleMenu();
      route();
    }
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    for (const el of document.querySelectorAll('[data-i18n]')) {
      el.textContent = t(el.getAttribute('data-i18n'));
    }
    for (const b of document.querySelectorAll('[data-lang]')) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === state.lang));
    }
    if (!state.user) {
      document.title = t('login.heading') + ' — ' + t('app.title');
    }
  }

  // ---------------------------------------------------------------- DOM helpers

  function $(selector, root) {
    return (root || document).querySelector(selector);
  }

  /** Creates an element; strings among the children become text nodes, so they need no escaping. */
  function h(tag, attrs) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) {
          continue;
        }
        if (name === 'class') {
          el.className = value;
        } else if (name.indexOf('on') === 0) {
          if (typeof value === 'function') {
            el.addEventListener(name.slice(2), value);
          } // never an inline handler from a string
        } else if (name === 'value') {
          el.value = value;
        } else if (value === true) {
          el.setAttribute(name, '');
        } else {
          el.setAttribute(name, String(value));
        }
      }
    }
    appendAll(el, Array.prototype.slice.call(arguments, 2));
    return el;
  }

  function appendAll(el, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) {
        continue;
      }
      if (Array.isArray(c)) {
        appendAll(el, c);
      } else if (c instanceof Node) {
        el.appendChild(c);
      } else {
        el.appendChild(document.createTextNode(String(c)));
      }
    }
  }

  function clear(el) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
  }

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  function today() {
    const d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  /** The instant a local calendar day starts, as ISO-8601 (what /api/audit takes). */
  function dayStart(date, plusDays) {
    const p = date.split('-').map(Number);
    return new Date(p[0], p[1] - 1, p[2] + (plusDays || 0)).toISOString();
  }

  function formatInstant(value) {
    if (!value) {
      return '';
    }
    const d = new Date(value);
    return isNaN(d.getTime()) ? String(value) : d.toLocaleString(locale());
  }

  function formatDate(value) {
    if (!value) {
      return '';
    }
    const p = String(value).split('-').map(Number);
    if (p.length !== 3 || p.some(isNaN)) {
      return String(value);
    }
    return new Date(p[0], p[1] - 1, p[2]).toLocaleDateString(locale());
  }

  function formatNumber(n) {
    return typeof n === 'number' ? n.toLocaleString(locale()) : String(n);
  }

  function showStatus(message, kind) {
    const box = $('#status');
    clear(box);
    box.className = 'status' + (kind ? ' status-' + kind : '');
    box.appendChild(h('p', null, message));
    window.clearTimeout(state.statusTimer);
    state.statusTimer = window.setTimeout(clearStatus, 7000);
  }

  /** A labelled form control with its help text and the slot where a server error for it goes. */
  function field(id, label, control, name, help) {
    control.id = id;
    if (name) {
      control.name = name;
    }
    const helpEl = help ? h('p', { class: 'field-help', id: id + '-help' }, help) : null;
    const err = h('p', { class: 'field-error', id: id + '-error', 'data-field': name || id });
    control.setAttribute('aria-describedby', (helpEl ? helpEl.id + ' ' : '') + err.id);
    return h('div', { class: 'field' }, h('label', { for: id }, label), control, helpEl, err);
  }

  function select(options, selected, withNone) {
    const s = h('select');
    if (withNone) {
      s.appendChild(h('option', { value: '' }, t('common.none')));
    }
    for (const o of options) {
      s.appendChild(h('option', { value: o.value, selected: String(o.value) === String(selected) }, o.label));
    }
    return s;
  }

  function clearErrors(form) {
    for (const e of form.querySelectorAll('.field-error, .form-error')) {
      e.textContent = '';
    }
    for (const c of form.querySelectorAll('[aria-invalid]')) {
      c.removeAttribute('aria-invalid');
    }
  }

  /** Shows a problem next to the field it names (problem JSON "field"), else above the button. */
  function showProblem(form, err) {
    clearErrors(form);
    const problem = err.problem || {};
    const message = problem.detail || problem.title || err.message || t('common.error');
    const name = problem.field || '';
    const candidates = [name, name.replace(/^(target|body)\./, ''), name.replace(/\[\d+\]$/, '')];
    let slot = null;
    for (const c of candidates) {
      if (c) {
        slot = form.querySelector('[data-field="' + CSS.escape(c) + '"]');
        if (slot) {
          break;
        }
      }
    }
    if (!slot) {
      slot = form.querySelector('.form-error');
    }
    if (slot) {
      slot.textContent = message;
      const control = slot.id ? form.querySelector('[aria-describedby~="' + CSS.escape(slot.id) + '"]') : null;
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.focus();
      }
    } else {
      showStatus(message, 'error');
    }
  }

  // ---------------------------------------------------------------- REST

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem || {};
    }
  }

  async function api(method, path, body) {
    const options = {
      method: method,
      credentials: 'same-origin',
      // The header makes a 401 come without a Basic challenge, so the browser never shows its own dialog.
      headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json, application/problem+json' }
    };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch('/api' + path, options);
    } catch (e) {
      throw new ApiError(0, { detail: t('common.networkError') });
    }
    let data = null;
    const type = res.headers.get('Content-Type') || '';
    if (res.status !== 204 && type.indexOf('json') >= 0) {
      try {
        data = await res.json();
      } catch (e) {
        data = null;
      }
    }
    if (!res.ok) {
      if (res.status === 401 && path !== '/session') {
        sessionEnded();
      }
      throw new ApiError(res.status, data);
    }
    return data;
  }

  // ---------------------------------------------------------------- session

  function isAdmin() {
    return !!state.user && (state.user.roles || []).some(r => ADMIN_ROLES.indexOf(r) >= 0);
  }

  function showLogin(message) {
    stopTimers();
    destroyCharts();
    state.user = null;
    state.modules = [];
    state.modulesKey = null;
    $('#shell').hidden = true;
    $('#user-box').hidden = true;
    clear($('#content'));
    clear($('#module-menu'));
    const form = $('#login-form');
    clearErrors(form);
    $('#login-password').value = '';
    $('#login-error').textContent = message || '';
    $('#login-view').hidden = false;
    applyLanguage();
    $('#login-login').focus();
  }

  function sessionEnded() {
    if (state.user) {
      showLogin(t('login.expired'));
    }
  }

  function clearStatus() {
    window.clearTimeout(state.statusTimer);
    clear($('#status'));
    $('#status').className = 'status';
  }

  function signedIn(me) {
    clearStatus();
    state.user = me;
    $('#login-view').hidden = true;
    $('#shell').hidden = false;
    $('#user-box').hidden = false;
    $('#admin-menu-box').hidden = !isAdmin();
    renderUser();
    refreshModules();
    route();
  }

  function renderUser() {
    const u = state.user;
    $('#user-name').textContent = u.fullName || u.login;
    $('#user-name').title = t('header.user') + ': ' + u.login;
    const badge = $('#user-clearance');
    badge.textContent = has('clearance.' + u.clearance) ? t('clearance.' + u.clearance) : (u.clearanceLabel || '');
    badge.title = t('header.clearance');
    badge.className = 'clearance-badge clearance-' + String(u.clearance || '').toLowerCase();
  }

  async function onLogin(event) {
    event.preventDefault();
    const form = $('#login-form');
    clearErrors(form);
    const login = $('#login-login').value.trim();
    const password = $('#login-password').value;
    const button = $('#login-submit');
    button.disabled = true;
    button.textContent = t('login.busy');
    try {
      const me = await api('POST', '/session', { login: login, password: password });
      $('#login-password').value = '';
      if (!location.hash || location.hash.indexOf('#/') !== 0) {
        history.replaceState(null, '', '#/home');
      }
      signedIn(me);
    } catch (e) {
      if (e.status === 401) {
        $('#login-error').textContent = t('login.failed');
        $('#login-password').focus();
      } else {
        showProblem(form, e);
      }
    } finally {
      button.disabled = false;
      button.textContent = t('login.submit');
    }
  }

  async function onSignOut() {
    try {
      await api('DELETE', '/session');
    } catch (e) {
      // the session is gone either way
    }
    history.replaceState(null, '', '#/home');
    showLogin('');
    showStatus(t('header.signedOut'), 'info');
  }

  function userIdle() {
    return document.hidden || Date.now() - state.lastActivity > IDLE_PAUSE_MS;
  }

  function noteActivity() {
    const wasIdle = userIdle();
    state.lastActivity = Date.now();
    if (wasIdle && state.user) {
      refreshModules();
    }
  }

  function stopTimers() {
    window.clearTimeout(state.moduleTimer);
    state.moduleTimer = null;
    stopViewTimer();
  }

  function stopViewTimer() {
    window.clearTimeout(state.viewTimer);
    state.viewTimer = null;
  }

  // ---------------------------------------------------------------- module menu

  function moduleName(m) {
    return state.lang === 'en' ? (m.nameEn || m.nameVi || m.id) : (m.nameVi || m.nameEn || m.id);
  }

  /** Only same-origin absolute paths become links. */
  function safePath(p) {
    return typeof p === 'string' && /^\/(?![\/\\])[^\s\\]*$/.test(p) ? p : null;
  }

  /** Polls /api/modules so installing or removing a module feature changes the menu without a reload. */
  async function refreshModules() {
    window.clearTimeout(state.moduleTimer);
    state.moduleTimer = null;
    if (!state.user || state.modulesBusy) {
      return; // a poll in flight schedules the next one itself
    }
    if (!userIdle()) {
      state.modulesBusy = true;
      try {
        const modules = await api('GET', '/modules');
        const key = JSON.stringify(modules);
        if (state.user && key !== state.modulesKey) {
          state.modulesKey = key;
          state.modules = Array.isArray(modules) ? modules : [];
          renderModuleMenu();
        }
      } catch (e) {
        // keep the last menu; a 401 already brought the login form back
      } finally {
        state.modulesBusy = false;
      }
    }
    if (state.user && !state.moduleTimer) {
      state.moduleTimer = window.setTimeout(refreshModules, MODULE_POLL_MS);
    }
  }

  function renderModuleMenu() {
    const ul = $('#module-menu');
    clear(ul);
    const modules = state.modules.slice().sort((a, b) => (a.order - b.order) || String(a.id).localeCompare(String(b.id)));
    if (!modules.length) {
      ul.appendChild(h('li', { class: 'menu-empty' }, t('menu.noModules')));
      return;
    }
    for (const m of modules) {
      const path = safePath(m.webPath);
      const title = m.version ? moduleName(m) + ' ' + m.version : moduleName(m);
      ul.appendChild(h('li', null, path
        ? h('a', { href: path, 'data-module': m.id, title: title }, moduleName(m))
        : h('span', { class: 'menu-text', 'data-module': m.id }, moduleName(m))));
    }
  }

  // ---------------------------------------------------------------- router

  const ROUTES = { home: renderHome, units: renderUnits, accounts: renderAccounts, jobs: renderJobs, audit: renderAudit };
  const TITLES = { home: 'home.title', units: 'units.title', accounts: 'accounts.title', jobs: 'jobs.title', audit: 'audit.title' };

  function currentRoute() {
    const m = /^#\/([\w-]+)/.exec(location.hash);
    return m ? m[1] : 'home';
  }

  function onHashChange() {
    // "#content" (the skip link) is not a route
    if (!location.hash || location.hash.indexOf('#/') === 0) {
      route(true);
    }
  }

  async function route(focus) {
    if (!state.user) {
      return;
    }
    stopViewTimer();
    destroyCharts();
    const name = currentRoute();
    for (const a of document.querySelectorAll('.sidebar a[data-route]')) {
      if (a.getAttribute('data-route') === name) {
        a.setAttribute('aria-current', 'page');
      } else {
        a.removeAttribute('aria-current');
      }
    }
    const main = $('#content');
    clear(main);
    const seq = ++state.renderSeq;
    const view = { main: main, alive: () => seq === state.renderSeq && !!state.user };
    document.title = (TITLES[name] ? t(TITLES[name]) : t('common.notFound')) + ' — ' + t('app.title');
    if (!ROUTES[name]) {
      main.appendChild(h('h1', { id: 'page-title', tabindex: '-1' }, t('common.notFound')));
      return;
    }
    if (ADMIN_ROUTES.indexOf(name) >= 0 && !isAdmin()) {
      main.appendChild(h('h1', { id: 'page-title', tabindex: '-1' }, t(TITLES[name])));
      main.appendChild(h('p', { class: 'notice notice-error' }, t('common.forbidden')));
      return;
    }
    try {
      await ROUTES[name](view);
      if (focus && view.alive()) {
        const title = $('#page-title');
        if (title) {
          title.focus();
        }
      }
    } catch (e) {
      if (view.alive() && e.status !== 401) {
        main.appendChild(h('p', { class: 'notice notice-error', role: 'alert' },
          e.status === 403 ? t('common.forbidden') : (e.message || t('common.error'))));
      }
    }
  }

  function pageHeading(key, extra) {
    return h('div', { class: 'page-head' }, h('h1', { id: 'page-title', tabindex: '-1' }, t(key)), extra || null);
  }

  // ---------------------------------------------------------------- home: dashboard

  function destroyCharts() {
    for (const c of state.charts) {
      try {
        c.destroy();
      } catch (e) {
        // already gone with its canvas
      }
    }
    state.charts = [];
  }

  function moduleLabel(id) {
    const m = state.modules.find(x => x.id === id);
    if (m) {
      return moduleName(m);
    }
    return has('module.' + id) ? t('module.' + id) : id;
  }

  function groupLabel(group) {
    return has('group.' + group) ? t('group.' + group) : group;
  }

  async function renderHome(view) {
    const main = view.main;
    main.appendChild(pageHeading('home.title'));
    main.appendChild(h('p', { class: 'muted' }, t('home.welcome', { name: state.user.fullName || state.user.login })));
    const box = h('div', { id: 'dashboard', 'aria-busy': 'true' }, h('p', { class: 'muted' }, t('common.loading')));
    main.appendChild(box);
    const data = await api('GET', '/dashboard?lang=' + encodeURIComponent(state.lang));
    if (!view.alive()) {
      return;
    }
    clear(box);
    box.removeAttribute('aria-busy');
    const sections = (Array.isArray(data) ? data : []).filter(s => Array.isArray(s.figures) && s.figures.length);
    if (!sections.length) {
      box.appendChild(h('div', { class: 'empty-state', id: 'dashboard-empty' },
        h('span', { class: 'empty-mark', 'aria-hidden': 'true' }, '☆'),
        h('p', null, t('home.empty'))));
      return;
    }
    const pending = [];
    for (const s of sections) {
      const section = h('section', { class: 'dash-module', 'data-module': s.module }, h('h2', null, moduleLabel(s.module)));
      const grid = h('div', { class: 'dash-groups' });
      const groups = new Map();
      for (const f of s.figures) {
        const g = f.group || '';
        if (!groups.has(g)) {
          groups.set(g, []);
        }
        groups.get(g).push(f);
      }
      for (const [group, figures] of groups) {
        const label = groupLabel(group) || moduleLabel(s.module);
        const canvas = h('canvas', { role: 'img', 'aria-label': t('home.chartLabel', { group: label }) });
        const table = h('table', { class: 'data-table compact' },
          h('caption', { class: 'visually-hidden' }, t('home.tableCaption', { group: label })),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('home.figure')), h('th', { scope: 'col', class: 'num' }, t('home.value')))),
          h('tbody', null, figures.map(f => h('tr', { 'data-key': f.key },
            h('td', null, f.label), h('td', { class: 'num' }, formatNumber(f.value))))));
        grid.appendChild(h('div', { class: 'card dash-card' }, h('h3', null, label),
          h('div', { class: 'chart-box' }, canvas), table));
        pending.push([canvas, label, figures]);
      }
      section.appendChild(grid);
      box.appendChild(section);
    }
    for (const [canvas, label, figures] of pending) {
      drawChart(canvas, label, figures);
    }
  }

  function drawChart(canvas, label, figures) {
    if (typeof window.Chart !== 'function') {
      return; // the tables still show every figure
    }
    const colours = ['#9e1b1b', '#c9a227', '#6b4f3a', '#c7603b', '#7a7a7a'];
    state.charts.push(new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: figures.map(f => f.label),
        datasets: [{
          label: label,
          data: figures.map(f => f.value),
          backgroundColor: figures.map((f, i) => colours[i % colours.length]),
          borderRadius: 3,
          maxBarThickness: 56
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    }));
  }

  // ---------------------------------------------------------------- units

  function unitTypeLabel(type) {
    return has('unitType.' + type) ? t('unitType.' + type) : type;
  }

  function unitTypeOptions() {
    return UNIT_TYPES.map(v => ({ value: v, label: unitTypeLabel(v) }));
  }

  function unitOptions(units) {
    return units.map(u => ({ value: u.id, label: u.name + ' (' + u.code + ')' }));
  }

  async function renderUnits(view) {
    const main = view.main;
    const local = { units: [], selected: new Map() };
    main.appendChild(pageHeading('units.title'));

    const dateInput = h('input', { type: 'date', value: today(), required: true });
    const dateForm = h('form', { class: 'toolbar', id: 'units-date-form' },
      field('units-date', t('units.asOf'), dateInput, 'date'),
      h('button', { type: 'submit', class: 'button-secondary' }, t('units.show')),
      h('p', { class: 'form-error', role: 'alert' }));
    dateForm.addEventListener('submit', e => {
      e.preventDefault();
      load();
    });

    const treeBox = h('div', { id: 'unit-tree-box' });
    const treeCard = h('section', { class: 'card', 'aria-labelledby': 'unit-tree-title' },
      h('h2', { id: 'unit-tree-title' }, t('units.tree')), treeBox);

    // create
    const cCode = h('input', { required: true, autocomplete: 'off', spellcheck: 'false' });
    const cName = h('input', { required: true, autocomplete: 'off' });
    const cType = select(unitTypeOptions(), 'COMMUNE');
    const cParentBox = h('div');
    const cFrom = h('input', { type: 'date', value: today() });
    const createForm = h('form', { class: 'card form-card', id: 'unit-create-form', novalidate: true, 'aria-labelledby': 'unit-create-title' },
      h('h2', { id: 'unit-create-title' }, t('units.createHeading')),
      field('unit-code', t('units.code'), cCode, 'code'),
      field('unit-name', t('units.name'), cName, 'name'),
      field('unit-type', t('units.type'), cType, 'type'),
      cParentBox,
      field('unit-valid-from', t('units.validFrom'), cFrom, 'validFrom'),
      h('p', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit', id: 'unit-create', class: 'button-primary' }, t('units.create')));
    createForm.addEventListener('submit', async e => {
      e.preventDefault();
      clearErrors(createForm);
      const parent = $('#unit-parent', createForm).value;
      const body = {
        code: cCode.value.trim(), name: cName.value.trim(), type: cType.value,
        parentId: parent ? Number(parent) : null, validFrom: cFrom.value || null
      };
      try {
        const unit = await api('POST', '/units', body);
        showStatus(t('units.created', { name: unit.name }), 'success');
        cCode.value = '';
        cName.value = '';
        if (unit.validFrom && unit.validFrom > dateInput.value) {
          dateInput.value = unit.validFrom;
        }
        await load();
      } catch (err) {
        showProblem(createForm, err);
      }
    });

    // merge
    const selectedList = h('ul', { class: 'chip-list', id: 'merge-selected' });
    const mCode = h('input', { required: true, autocomplete: 'off', spellcheck: 'false' });
    const mName = h('input', { required: true, autocomplete: 'off' });
    const mType = select(unitTypeOptions(), 'COMMUNE');
    const mParentBox = h('div');
    const mFrom = h('input', { type: 'date', value: today() });
    const mergeForm = h('form', { class: 'card form-card', id: 'unit-merge-form', novalidate: true, 'aria-labelledby': 'unit-merge-title' },
      h('h2', { id: 'unit-merge-title' }, t('units.mergeHeading')),
      h('p', { class: 'field-help' }, t('units.mergeHelp')),
      h('div', { class: 'field' }, h('p', { class: 'label', id: 'merge-selected-label' }, t('units.mergeSelected')), selectedList,
        h('p', { class: 'field-error', id: 'merge-sources-error', 'data-field': 'sourceIds' })),
      field('merge-code', t('units.code'), mCode, 'code'),
      field('merge-name', t('units.name'), mName, 'name'),
      field('merge-type', t('units.type'), mType, 'type'),
      mParentBox,
      field('merge-valid-from', t('units.validFrom'), mFrom, 'validFrom'),
      h('p', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit', id: 'unit-merge', class: 'button-primary' }, t('units.merge')));
    selectedList.setAttribute('aria-labelledby', 'merge-selected-label');
    mergeForm.addEventListener('submit', async e => {
      e.preventDefault();
      clearErrors(mergeForm);
      if (local.selected.size < 2) {
        $('#merge-sources-error', mergeForm).textContent = t('units.mergeNeedTwo');
        return;
      }
      const parent = $('#merge-parent', mergeForm).value;
      const body = {
        sourceIds: Array.from(local.selected.keys()),
        target: {
          code: mCode.value.trim(), name: mName.value.trim(), type: mType.value,
          parentId: parent ? Number(parent) : null, validFrom: mFrom.value || null
        }
      };
      try {
        const result = await api('POST', '/units/merge', body);
        const merged = result && result.merged ? result.merged : body.target;
        showStatus(t('units.merged', { name: merged.name }), 'success');
        local.selected.clear();
        mCode.value = '';
        mName.value = '';
        if (merged.validFrom && merged.validFrom > dateInput.value) {
          dateInput.value = merged.validFrom;
        }
        await load();
      } catch (err) {
        showProblem(mergeForm, err);
      }
    });

    main.appendChild(dateForm);
    main.appendChild(h('div', { class: 'two-columns' }, treeCard, h('div', { class: 'stack' }, createForm, mergeForm)));

    function renderSelection() {
      clear(selectedList);
      if (!local.selected.size) {
        selectedList.appendChild(h('li', { class: 'muted' }, t('units.mergeNone')));
      }
      for (const u of local.selected.values()) {
        selectedList.appendChild(h('li', { class: 'chip' }, u.name));
      }
    }

    function renderParents() {
      const keepC = $('#unit-parent', createForm) ? $('#unit-parent', createForm).value : '';
      const keepM = $('#merge-parent', mergeForm) ? $('#merge-parent', mergeForm).value : '';
      clear(cParentBox);
      clear(mParentBox);
      cParentBox.appendChild(field('unit-parent', t('units.parent'), select(unitOptions(local.units), keepC, true), 'parentId'));
      mParentBox.appendChild(field('merge-parent', t('units.parent'), select(unitOptions(local.units), keepM, true), 'parentId'));
    }

    function renderTree() {
      clear(treeBox);
      const units = local.units;
      if (!units.length) {
        treeBox.appendChild(h('p', { class: 'empty-state small' }, t('units.empty')));
        return;
      }
      const ids = new Set(units.map(u => u.id));
      const children = new Map();
      const roots = [];
      for (const u of units) {
        if (u.parentId !== null && u.parentId !== undefined && ids.has(u.parentId)) {
          if (!children.has(u.parentId)) {
            children.set(u.parentId, []);
          }
          children.get(u.parentId).push(u);
        } else {
          roots.push(u);
        }
      }
      const build = list => h('ul', { class: 'tree' }, list.map(u => {
        const kids = children.get(u.id);
        return h('li', { 'data-unit-id': u.id }, unitRow(u), kids ? build(kids) : null);
      }));
      treeBox.appendChild(h('p', { class: 'muted small' }, t('units.count', { n: units.length })));
      treeBox.appendChild(h('div', { id: 'unit-tree' }, build(roots)));
    }

    function unitRow(u) {
      const boxId = 'unit-select-' + u.id;
      const check = h('input', { type: 'checkbox', id: boxId, checked: local.selected.has(u.id) });
      check.addEventListener('change', () => {
        if (check.checked) {
          local.selected.set(u.id, u);
        } else {
          local.selected.delete(u.id);
        }
        renderSelection();
      });
      const row = h('div', { class: 'unit-row' },
        check,
        h('label', { for: boxId, class: 'visually-hidden' }, t('units.select', { name: u.name })),
        h('span', { class: 'unit-name' }, u.name),
        h('span', { class: 'unit-code' }, u.code),
        h('span', { class: 'tag' }, unitTypeLabel(u.type)),
        h('span', { class: 'muted small' }, formatDate(u.validFrom)));
      const renameButton = h('button', { type: 'button', class: 'button-link', 'aria-label': t('units.rename') + ': ' + u.name }, t('units.rename'));
      renameButton.addEventListener('click', () => row.replaceWith(renameForm(u, row)));
      row.appendChild(renameButton);
      return row;
    }

    function renameForm(u, row) {
      const input = h('input', { value: u.name, required: true, autocomplete: 'off' });
      const form = h('form', { class: 'unit-row rename-form', novalidate: true },
        h('div', { class: 'field inline' },
          h('label', { for: 'rename-' + u.id, class: 'visually-hidden' }, t('units.renameLabel', { name: u.name })),
          input,
          h('p', { class: 'field-error', id: 'rename-' + u.id + '-error', 'data-field': 'name' })),
        h('button', { type: 'submit', class: 'button-primary small' }, t('common.save')),
        h('button', { type: 'button', class: 'button-quiet small', onclick: () => form.replaceWith(row) }, t('common.cancel')),
        h('p', { class: 'form-error', role: 'alert' }));
      input.id = 'rename-' + u.id;
      input.setAttribute('aria-describedby', 'rename-' + u.id + '-error');
      form.addEventListener('submit', async e => {
        e.preventDefault();
        try {
          const renamed = await api('PUT', '/units/' + encodeURIComponent(u.id), { name: input.value.trim() });
          showStatus(t('units.renamed', { name: renamed.name }), 'success');
          await load();
        } catch (err) {
          showProblem(form, err);
        }
      });
      window.setTimeout(() => input.focus(), 0);
      return form;
    }

    async function load() {
      clearErrors(dateForm);
      treeBox.setAttribute('aria-busy', 'true');
      try {
        const units = await api('GET', '/units?date=' + encodeURIComponent(dateInput.value || today()));
        if (!view.alive()) {
          return;
        }
        local.units = Array.isArray(units) ? units : [];
        renderTree();
        renderParents();
        renderSelection();
      } catch (err) {
        if (view.alive()) {
          showProblem(dateForm, err);
        }
      } finally {
        treeBox.removeAttribute('aria-busy');
      }
    }

    renderSelection();
    renderParents();
    await load();
  }

  // ---------------------------------------------------------------- accounts

  function roleLabel(role) {
    return has('role.' + role) ? t('role.' + role) : role;
  }

  function clearanceLabel(c) {
    return has('clearance.' + c) ? t('clearance.' + c) : c;
  }

  async function renderAccounts(view) {
    const main = view.main;
    const local = { accounts: [], current: [], all: new Map() };
    main.appendChild(pageHeading('accounts.title'));
    const tableBox = h('div', { id: 'accounts-box', 'aria-busy': 'true' }, h('p', { class: 'muted' }, t('common.loading')));
    const formBox = h('div', { class: 'stack' });
    main.appendChild(h('div', { class: 'two-columns wide-left' },
      h('section', { class: 'card', 'aria-labelledby': 'accounts-list-title' }, h('h2', { id: 'accounts-list-title' }, t('accounts.list')), tableBox),
      formBox));

    function unitName(id) {
      if (id === null || id === undefined) {
        return '';
      }
      const u = local.all.get(id);
      return u ? u.name : String(id);
    }

    function renderTable() {
      clear(tableBox);
      tableBox.removeAttribute('aria-busy');
      if (!local.accounts.length) {
        tableBox.appendChild(h('p', { class: 'empty-state small' }, t('accounts.empty')));
        return;
      }
      const rows = local.accounts.slice().sort((a, b) => a.login.localeCompare(b.login)).map(a => h('tr', { 'data-login': a.login },
        h('td', null, h('code', null, a.login)),
        h('td', null, a.fullName),
        h('td', null, (a.roles || []).map(roleLabel).join(', ')),
        h('td', null, h('span', { class: 'clearance-badge clearance-' + String(a.clearance).toLowerCase() }, clearanceLabel(a.clearance))),
        h('td', null, unitName(a.unitId)),
        h('td', null, h('span', { class: a.enabled ? 'tag tag-ok' : 'tag tag-off' }, a.enabled ? t('accounts.active') : t('accounts.disabled'))),
        h('td', null, h('button', {
          type: 'button', class: 'button-link', 'aria-label': t('common.edit') + ': ' + a.login,
          onclick: () => showForm(a)
        }, t('common.edit')))));
      tableBox.appendChild(h('div', { class: 'table-scroll' }, h('table', { class: 'data-table', id: 'accounts-table' },
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('accounts.login')),
          h('th', { scope: 'col' }, t('accounts.fullName')),
          h('th', { scope: 'col' }, t('accounts.roles')),
          h('th', { scope: 'col' }, t('accounts.clearance')),
          h('th', { scope: 'col' }, t('accounts.unit')),
          h('th', { scope: 'col' }, t('accounts.status')),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('common.actions'))))),
        h('tbody', null, rows))));
    }

    /** The create form, or the edit form of {@code account}. */
    function showForm(account) {
      const editing = !!account;
      const prefix = editing ? 'account-edit' : 'account';
      clear(formBox);
      const login = h('input', { required: true, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'none', value: editing ? account.login : '' });
      if (editing) {
        login.readOnly = true;
      }
      const fullName = h('input', { required: true, autocomplete: 'off', value: editing ? account.fullName : '' });
      const password = h('input', { type: 'password', autocomplete: 'new-password', required: !editing });
      const roles = h('fieldset', { class: 'checkbox-group', 'aria-describedby': prefix + '-roles-error' },
        h('legend', null, t('accounts.roles')),
        ROLES.map(r => h('label', { class: 'check' },
          h('input', { type: 'checkbox', name: 'roles', value: r, checked: editing && (account.roles || []).indexOf(r) >= 0 }),
          ' ', roleLabel(r))),
        h('p', { class: 'field-error', id: prefix + '-roles-error', 'data-field': 'roles' }));
      const clearance = select(CLEARANCES.map(c => ({ value: c, label: clearanceLabel(c) })), editing ? account.clearance : 'UNCLASSIFIED');
      const unitChoices = unitOptions(local.current);
      if (editing && account.unitId !== null && account.unitId !== undefined && !local.current.some(u => u.id === account.unitId)) {
        unitChoices.push({ value: account.unitId, label: unitName(account.unitId) });
      }
      const unit = select(unitChoices, editing ? account.unitId : '', true);
      const enabled = h('input', { type: 'checkbox', checked: editing ? account.enabled : true });
      enabled.id = prefix + '-enabled';
      enabled.name = 'enabled';
      const form = h('form', { class: 'card form-card', id: editing ? 'account-edit-form' : 'account-create-form', novalidate: true, 'aria-labelledby': prefix + '-title' },
        h('h2', { id: prefix + '-title' }, editing ? t('accounts.editHeading', { login: account.login }) : t('accounts.createHeading')),
        field(prefix + '-login', t('accounts.login'), login, 'login'),
        field(prefix + '-fullname', t('accounts.fullName'), fullName, 'fullName'),
        field(prefix + '-password', editing ? t('accounts.newPassword') : t('accounts.password'), password, 'password',
          editing ? t('accounts.newPasswordHelp') : t('accounts.passwordHelp')),
        roles,
        field(prefix + '-clearance', t('accounts.clearance'), clearance, 'clearance'),
        field(prefix + '-unit', t('accounts.unit'), unit, 'unitId'),
        h('div', { class: 'field' }, h('label', { class: 'check', for: enabled.id }, enabled, ' ', t('accounts.enabled')),
          h('p', { class: 'field-error', 'data-field': 'enabled' })),
        h('p', { class: 'form-error', role: 'alert' }),
        h('div', { class: 'button-row' },
          h('button', { type: 'submit', class: 'button-primary', id: editing ? 'account-save' : 'account-create' },
            editing ? t('common.save') : t('accounts.create')),
          editing ? h('button', { type: 'button', class: 'button-quiet', onclick: () => showForm(null) }, t('common.cancel')) : null));
      form.addEventListener('submit', async e => {
        e.preventDefault();
        clearErrors(form);
        const body = {
          fullName: fullName.value.trim(),
          roles: Array.from(roles.querySelectorAll('input:checked')).map(c => c.value),
          clearance: clearance.value,
          unitId: unit.value ? Number(unit.value) : null,
          enabled: enabled.checked
        };
        try {
          if (editing) {
            body.password = password.value ? password.value : null;
            const saved = await api('PUT', '/accounts/' + encodeURIComponent(account.login), body);
            showStatus(t('accounts.saved', { login: saved.login }), 'success');
            showForm(null);
          } else {
            body.login = login.value.trim();
            body.password = password.value;
            const created = await api('POST', '/accounts', body);
            showStatus(t('accounts.created', { login: created.login }), 'success');
            showForm(null);
          }
          await load();
        } catch (err) {
          showProblem(form, err);
        }
      });
      formBox.appendChild(form);
      if (editing) {
        fullName.focus();
      }
    }

    async function load() {
      const results = await Promise.all([api('GET', '/accounts'), api('GET', '/units?all=true'), api('GET', '/units?date=' + today())]);
      if (!view.alive()) {
        return;
      }
      local.accounts = Array.isArray(results[0]) ? results[0] : [];
      local.all = new Map((results[1] || []).map(u => [u.id, u]));
      local.current = Array.isArray(results[2]) ? results[2] : [];
      renderTable();
    }

    await load();
    if (view.alive()) {
      showForm(null);
    }
  }

  // ---------------------------------------------------------------- jobs

  async function renderJobs(view) {
    const main = view.main;
    const open = new Set();
    const refresh = h('button', { type: 'button', class: 'button-secondary', id: 'jobs-refresh' }, t('common.refresh'));
    main.appendChild(pageHeading('jobs.title', refresh));
    main.appendChild(h('p', { class: 'muted' }, t('jobs.autoRefresh')));
    const box = h('section', { class: 'card', id: 'jobs-box', 'aria-busy': 'true', 'aria-labelledby': 'page-title' }, h('p', { class: 'muted' }, t('common.loading')));
    main.appendChild(box);
    refresh.addEventListener('click', () => load());

    function progress(job) {
      const total = Number(job.total) || 0;
      const done = Number(job.done) || 0;
      const pct = total > 0 ? Math.min(100, Math.round(done * 100 / total)) : (job.state === 'SUCCEEDED' ? 100 : 0);
      const running = job.state === 'RUNNING' || job.state === 'QUEUED';
      const attrs = {
        class: 'progress' + (total === 0 && running ? ' indeterminate' : '') + ' progress-' + String(job.state).toLowerCase(),
        role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(total > 0 ? total : 100),
        'aria-label': t('jobs.progress') + ': ' + job.title
      };
      if (total > 0) {
        attrs['aria-valuenow'] = String(done);
      }
      const bar = h('div', { class: 'progress-bar' });
      bar.style.width = (total === 0 && running ? 100 : pct) + '%';
      return h('div', { class: 'progress-cell' }, h('div', attrs, bar),
        h('span', { class: 'small muted' }, total > 0 ? formatNumber(done) + ' / ' + formatNumber(total) + ' (' + pct + '%)' : (done > 0 ? formatNumber(done) : '')));
    }

    function render(jobs) {
      clear(box);
      box.removeAttribute('aria-busy');
      if (!jobs.length) {
        box.appendChild(h('p', { class: 'empty-state small' }, t('jobs.empty')));
        return;
      }
      const rows = jobs.map(j => {
        const report = Array.isArray(j.report) && j.report.length
          ? h('details', { open: open.has(j.id), ontoggle: e => (e.target.open ? open.add(j.id) : open.delete(j.id)) },
            h('summary', null, t('jobs.report', { n: j.report.length })),
            h('pre', { class: 'report' }, j.report.join('\n')))
          : null;
        const cancellable = j.state === 'RUNNING' || j.state === 'QUEUED';
        return h('tr', { 'data-job-id': j.id, 'data-state': j.state },
          h('td', null, h('strong', null, j.title), report),
          h('td', null, moduleLabel(j.module)),
          h('td', null, j.owner),
          h('td', null, h('span', { class: 'tag state-' + String(j.state).toLowerCase() }, has('jobState.' + j.state) ? t('jobState.' + j.state) : j.state)),
          h('td', null, progress(j)),
          h('td', null, j.message || ''),
          h('td', { class: 'small' }, formatInstant(j.started)),
          h('td', { class: 'small' }, formatInstant(j.ended)),
          h('td', null, cancellable ? h('button', {
            type: 'button', class: 'button-danger small', 'aria-label': t('jobs.cancel') + ': ' + j.title,
            onclick: () => cancel(j)
          }, t('jobs.cancel')) : null));
      });
      box.appendChild(h('div', { class: 'table-scroll' }, h('table', { class: 'data-table', id: 'jobs-table' },
        h('thead', null, h('tr', null, ['jobs.job', 'jobs.module', 'jobs.owner', 'jobs.state', 'jobs.progress', 'jobs.message', 'jobs.started', 'jobs.ended']
          .map(k => h('th', { scope: 'col' }, t(k))), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('common.actions'))))),
        h('tbody', null, rows))));
    }

    function schedule() {
      state.viewTimer = window.setTimeout(() => {
        if (!view.alive()) {
          return;
        }
        if (userIdle()) {
          schedule();
        } else {
          load();
        }
      }, JOB_POLL_MS);
    }

    async function cancel(job) {
      try {
        await api('POST', '/jobs/' + encodeURIComponent(job.id) + '/cancel');
        showStatus(t('jobs.cancelled'), 'info');
      } catch (err) {
        showStatus(err.message, 'error');
      }
      await load();
    }

    async function load() {
      stopViewTimer();
      let jobs;
      try {
        jobs = await api('GET', '/jobs');
      } catch (err) {
        if (view.alive() && err.status !== 401) {
          showStatus(err.message, 'error');
        }
        return;
      }
      if (!view.alive()) {
        return;
      }
      jobs = Array.isArray(jobs) ? jobs : [];
      render(jobs);
      // Poll only while something runs, and only while this page is shown.
      if (jobs.some(j => j.state === 'RUNNING' || j.state === 'QUEUED')) {
        schedule();
      }
    }

    await load();
  }

  // ---------------------------------------------------------------- audit

  async function renderAudit(view) {
    const main = view.main;
    main.appendChild(pageHeading('audit.title'));
    const actor = h('input', { autocomplete: 'off', spellcheck: 'false' });
    const module = h('input', { autocomplete: 'off', spellcheck: 'false' });
    const action = h('input', { autocomplete: 'off', spellcheck: 'false' });
    const objectId = h('input', { autocomplete: 'off', spellcheck: 'false' });
    const from = h('input', { type: 'date' });
    const to = h('input', { type: 'date' });
    const limit = h('input', { type: 'number', min: '1', max: '10000', value: '100', inputmode: 'numeric' });
    const verify = h('button', { type: 'button', class: 'button-secondary', id: 'audit-verify' }, t('audit.verify'));
    const verifyResult = h('div', { id: 'audit-verify-result', role: 'status', 'aria-live': 'polite' });
    const form = h('form', { class: 'card form-card', id: 'audit-form', novalidate: true, 'aria-labelledby': 'audit-query-title' },
      h('h2', { id: 'audit-query-title' }, t('audit.query')),
      h('div', { class: 'form-grid' },
        field('audit-actor', t('audit.actor'), actor, 'actor'),
        field('audit-module', t('audit.module'), module, 'module'),
        field('audit-action', t('audit.action'), action, 'action'),
        field('audit-object', t('audit.objectId'), objectId, 'objectId'),
        field('audit-from', t('audit.from'), from, 'from'),
        field('audit-to', t('audit.to'), to, 'to'),
        field('audit-limit', t('audit.limit'), limit, 'limit')),
      h('p', { class: 'form-error', role: 'alert' }),
      h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'button-primary', id: 'audit-search' }, t('audit.search')), verify),
      verifyResult);
    const results = h('section', { class: 'card', id: 'audit-results', 'aria-labelledby': 'audit-results-title' });
    main.appendChild(form);
    main.appendChild(results);

    form.addEventListener('submit', e => {
      e.preventDefault();
      search();
    });
    verify.addEventListener('click', async () => {
      clear(verifyResult);
      verifyResult.className = 'notice';
      verifyResult.appendChild(h('p', null, t('audit.verifying')));
      verify.disabled = true;
      try {
        const v = await api('GET', '/audit/verify');
        if (!view.alive()) {
          return;
        }
        clear(verifyResult);
        verifyResult.className = 'notice ' + (v.valid ? 'notice-ok' : 'notice-error');
        verifyResult.setAttribute('data-valid', String(!!v.valid));
        verifyResult.appendChild(h('p', null, v.valid
          ? t('audit.valid', { n: formatNumber(v.checked) })
          : t('audit.invalid', { seq: v.firstBadSeq, problem: v.problem || '' })));
      } catch (err) {
        clear(verifyResult);
        verifyResult.className = 'notice notice-error';
        verifyResult.appendChild(h('p', null, err.message));
      } finally {
        verify.disabled = false;
      }
    });

    async function search() {
      clearErrors(form);
      const params = new URLSearchParams();
      const put = (name, value) => {
        if (value) {
          params.set(name, value);
        }
      };
      put('actor', actor.value.trim());
      put('module', module.value.trim());
      put('action', action.value.trim());
      put('objectId', objectId.value.trim());
      // Days are the office's local days; "to" includes its whole day.
      put('from', from.value ? dayStart(from.value) : '');
      put('to', to.value ? dayStart(to.value, 1) : '');
      put('limit', limit.value.trim());
      results.setAttribute('aria-busy', 'true');
      try {
        const entries = await api('GET', '/audit?' + params.toString());
        if (view.alive()) {
          renderEntries(Array.isArray(entries) ? entries : []);
        }
      } catch (err) {
        if (view.alive()) {
          showProblem(form, err);
        }
      } finally {
        results.removeAttribute('aria-busy');
      }
    }

    function renderEntries(entries) {
      clear(results);
      results.appendChild(h('h2', { id: 'audit-results-title' }, t('audit.results', { n: entries.length })));
      if (!entries.length) {
        results.appendChild(h('p', { class: 'empty-state small' }, t('audit.empty')));
        return;
      }
      results.appendChild(h('div', { class: 'table-scroll' }, h('table', { class: 'data-table', id: 'audit-table' },
        h('thead', null, h('tr', null, ['audit.seq', 'audit.at', 'audit.actor', 'audit.module', 'audit.action', 'audit.objectId', 'audit.detail', 'audit.hash']
          .map(k => h('th', { scope: 'col' }, t(k))))),
        h('tbody', null, entries.map(e => h('tr', { 'data-seq': e.seq },
          h('td', { class: 'num' }, e.seq),
          h('td', { class: 'small nowrap' }, formatInstant(e.at)),
          h('td', null, e.actor),
          h('td', null, e.module),
          h('td', null, h('code', null, e.action)),
          h('td', null, e.objectId || ''),
          h('td', null, e.detail || ''),
          h('td', null, h('code', { class: 'hash', title: e.hash }, String(e.hash || '').slice(0, 12) + '…'))))))));
    }

    await search();
  }

  // ---------------------------------------------------------------- start

  async function boot() {
    state.lang = storedLang();
    applyLanguage();
    for (const b of document.querySelectorAll('[data-lang]')) {
      b.addEventListener('click', () => setLanguage(b.getAttribute('data-lang')));
    }
    $('#login-form').addEventListener('submit', onLogin);
    $('#sign-out').addEventListener('click', onSignOut);
    // The skip link must not change the hash: that is the router's.
    $('.skip-link').addEventListener('click', e => {
      e.preventDefault();
      if (state.user) {
        $('#content').focus();
      } else {
        $('#login-login').focus();
      }
    });
    window.addEventListener('hashchange', onHashChange);
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
      document.addEventListener(type, noteActivity, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden && state.user) {
        refreshModules();
      }
    });
    try {
      signedIn(await api('GET', '/session'));
    } catch (e) {
      showLogin(e.status === 401 ? '' : e.message);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
}());
