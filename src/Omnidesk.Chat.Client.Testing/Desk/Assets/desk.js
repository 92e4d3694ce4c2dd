// The agent desk: one server-sent event stream brings the queue, every session and the chosen one's transcript;
// the buttons post the agent's actions. Everything is written with textContent, never as HTML.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { selected: new URLSearchParams(location.hash.slice(1)).get('session'), source: null, update: null, receivedAt: 0 };

  function connect() {
    if (state.source) state.source.close();
    const query = state.selected ? '?session=' + encodeURIComponent(state.selected) : '';
    const source = new EventSource('/desk/events' + query);
    source.onopen = () => setConnection(true);
    source.onerror = () => setConnection(false);
    source.onmessage = (e) => render(JSON.parse(e.data));
    state.source = source;
  }

  function setConnection(live) {
    const el = $('connection');
    el.textContent = live ? 'Live' : 'Reconnecting…';
    el.classList.toggle('live', live);
  }

  function select(id) {
    if (id === state.selected) return;
    state.selected = id;
    history.replaceState(null, '', '#session=' + encodeURIComponent(id));
    $('action-status').textContent = '';
    connect();
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  const size = (bytes) => bytes == null ? '' : bytes < 1024 ? bytes + ' B' : (bytes / 1024).toFixed(1) + ' KB';

  // "45 s", "3 min 05 s", "1 h 02 min": how long a customer has waited for an agent.
  function waited(seconds) {
    if (seconds < 60) return seconds + ' s';
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return minutes + ' min ' + String(seconds % 60).padStart(2, '0') + ' s';
    return Math.floor(minutes / 60) + ' h ' + String(minutes % 60).padStart(2, '0') + ' min';
  }

  // The stream sends the waiting times when something changes; the page counts on from there each second.
  function tick() {
    const elapsed = Math.floor((Date.now() - state.receivedAt) / 1000);
    for (const node of document.querySelectorAll('[data-waited]')) {
      node.textContent = node.dataset.prefix + waited(Number(node.dataset.waited) + elapsed) + node.dataset.suffix;
    }
  }

  function waitingText(className, seconds, prefix, suffix) {
    const node = el('span', className);
    node.dataset.waited = seconds;
    node.dataset.prefix = prefix;
    node.dataset.suffix = suffix || '';
    node.textContent = prefix + waited(seconds) + node.dataset.suffix;
    return node;
  }

  // Re-renders a list of session buttons, keeping the keyboard focus on the same session.
  function replaceKeepingFocus(list, items) {
    const focusedId = list.contains(document.activeElement) ? document.activeElement.dataset.session : null;
    list.replaceChildren(...items);
    if (focusedId) {
      const again = list.querySelector('[data-session="' + CSS.escape(focusedId) + '"]');
      if (again) again.focus();
    }
  }

  function renderQueue(queue) {
    $('queue-count').textContent = queue.length ? '(' + queue.length + ')' : '';
    $('no-queue').hidden = queue.length > 0;
    replaceKeepingFocus($('queue-list'), queue.map((q) => {
      const button = el('button', 'queued');
      button.type = 'button';
      button.dataset.session = q.id;
      button.setAttribute('aria-current', String(q.id === state.selected));
      button.setAttribute('aria-label', 'Number ' + q.position + ' in the queue: ' + q.customer);
      button.append(el('span', 'place', String(q.position)), el('span', 'who', q.customer),
        waitingText('waited', q.waitingSeconds, 'waiting '), el('span', 'when', '#' + q.ticketId + ' · ' + q.id));
      button.addEventListener('click', () => select(q.id));
      const item = el('li');
      item.append(button);
      return item;
    }));
  }

  function render(update) {
    state.update = update;
    state.receivedAt = Date.now();
    renderQueue(update.queue || []);
    renderSessions(update.sessions);
    const logs = $('unmatched-logs');
    logs.hidden = update.unmatchedChatbotLogs === 0;
    logs.textContent = update.unmatchedChatbotLogs + ' chatbot log(s) match no session by e-mail or phone.';
    renderConversation(update.transcript);
  }

  function renderSessions(sessions) {
    $('session-count').textContent = sessions.length ? '(' + sessions.length + ')' : '';
    $('no-sessions').hidden = sessions.length > 0;
    const queued = new Set((state.update.queue || []).map((q) => q.id));
    replaceKeepingFocus($('session-list'), sessions.map((s) => {
      const button = el('button', 'session');
      button.type = 'button';
      button.dataset.session = s.id;
      button.setAttribute('aria-current', String(s.id === state.selected));
      const who = el('span', 'who', s.customer);
      const badge = s.status !== 'open' ? ['badge ended', 'ended'] : queued.has(s.id) ? ['badge waiting', 'waiting'] : ['badge', 'open'];
      who.append(el('span', badge[0], badge[1]));
      const preview = s.customerTyping ? 'is typing…' : (s.preview || 'No messages yet');
      button.append(who, el('span', 'preview', preview), el('span', 'when', '#' + s.ticketId + ' · ' + s.id + ' · ' + time(s.lastActivityAt)));
      button.addEventListener('click', () => select(s.id));
      const item = el('li');
      item.append(button);
      return item;
    }));
  }

  function renderConversation(transcript) {
    $('placeholder').hidden = !!transcript;
    $('conversation').hidden = !transcript;
    if (!transcript) {
      $('placeholder').textContent = state.selected
        ? 'The emulator has no session "' + state.selected + '" (yet).'
        : 'Choose a session to read its transcript and answer as the agent.';
      return;
    }

    const s = transcript.session;
    $('chat-title').textContent = s.customer;
    $('chat-meta').textContent = 'Session ' + s.id + ' · ticket #' + s.ticketId + ' · ' + s.status + ' · hookpoints on ' + s.hookpoints;
    $('customer-typing').hidden = !s.customerTyping;
    const place = (state.update.queue || []).find((q) => q.id === s.id);
    $('chat-waiting').hidden = !place;
    $('chat-waiting').replaceChildren(...(place
      ? [waitingText('waited', place.waitingSeconds, 'Waiting for an agent for ', ' · number ' + place.position + ' in the queue')]
      : []));

    const list = $('transcript');
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.replaceChildren(...transcript.entries.map(entry));
    if (atBottom) list.scrollTop = list.scrollHeight;

    const open = s.status === 'open';
    for (const id of ['reply', 'send', 'typing', 'file', 'send-file', 'end']) $(id).disabled = !open;
    if (document.activeElement !== $('typing')) $('typing').checked = s.agentTyping;
  }

  function entry(e) {
    const quiet = e.kind === 'event' || e.kind === 'visit' || e.kind === 'typing' || e.kind === 'ended';
    const item = el('li', ['entry', e.side, e.kind, quiet ? 'quiet' : '', e.failed ? 'failed' : ''].join(' ').trim());
    item.dataset.kind = e.kind;
    if (e.side === 'system' || quiet) {
      // One muted line: "Zoe Nunez visited https://… · 20:05:13".
      item.append(el('div', 'body', [e.author, e.text].filter(Boolean).join(' ') + ' · ' + time(e.at)));
    } else {
      item.append(el('span', 'head', [e.author, time(e.at)].filter(Boolean).join(' · ')));
      const body = el('div', 'body');
      if (e.kind === 'file') {
        const file = el('span', 'attachment');
        file.append(el('span', 'tag', 'File'));
        if (e.download) {
          const link = el('a', null, e.fileName);
          link.href = e.download;
          link.setAttribute('download', e.fileName);
          file.append(link);
        } else {
          file.append(el('span', 'name', e.fileName));
        }
        if (e.size != null) file.append(el('span', 'size', size(e.size)));
        body.append(file);
      } else {
        body.textContent = e.text;
      }
      item.append(body);
    }
    if (e.detail) item.append(el('span', 'detail', e.detail));
    return item;
  }

  // Posts one agent action; `quiet` keeps the status line for failures only.
  async function act(action, body, quiet) {
    const status = $('action-status');
    const headers = { 'X-Omnidesk-Desk': '1' };
    if (!(body instanceof FormData)) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch('/desk/api/' + action + '?session=' + encodeURIComponent(state.selected), {
        method: 'POST',
        headers,
        body: body instanceof FormData ? body : JSON.stringify(body || {}),
      });
      const result = await response.json();
      if (!quiet || !result.ok) {
        status.textContent = result.message;
        status.className = 'status ' + (result.ok ? 'ok' : 'error');
      }
      return result.ok;
    } catch (error) {
      status.textContent = 'The desk could not reach the emulator: ' + error.message;
      status.className = 'status error';
      return false;
    }
  }

  $('reply-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const reply = $('reply');
    const text = reply.value.trim();
    if (!text) { reply.focus(); return; }
    if (await act('message', { text, agentName: $('agent-name').value })) {
      reply.value = '';
      // The reply ends the typing the agent had switched on, on the wire too.
      if ($('typing').checked) {
        $('typing').checked = false;
        await act('typing', { typing: false }, true);
      }
    }
    reply.focus();
  });

  $('reply').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      $('reply-form').requestSubmit();
    }
  });

  $('typing').addEventListener('change', (e) => act('typing', { typing: e.target.checked }));

  $('file-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = $('file');
    if (!input.files.length) { input.focus(); return; }
    const form = new FormData();
    form.append('file', input.files[0]);
    if (await act('file', form)) input.value = '';
  });

  $('end').addEventListener('click', () => act('end'));

  connect();
  setInterval(tick, 1000);
})();
