// The customer's chat page. What this app says (the bot, the customer's own lines, notices) comes back in the answer
// to each request; the agent's side is the conversation's event stream (/api/chat/{id}/events, the SDK's
// MapOmnideskConversationEvents): typed JSON per event, resumed by EventSource with Last-Event-ID after a cut.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const chat = { id: sessionStorage.getItem('chat-session'), agent: 'The agent', connected: false, ended: false, typingSent: false, typingTimer: 0, events: null };
  const shown = new Set();

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });
  const size = (bytes) => bytes == null ? '' : bytes < 1024 ? bytes + ' B' : (bytes / 1024).toFixed(1) + ' KB';

  // Every answer of this app's API carries the lines it added; each is shown once.
  async function showLinesOf(response) {
    if (response.status === 404) { sessionStorage.removeItem('chat-session'); location.reload(); return null; }
    const body = await response.json().catch(() => null);
    for (const line of (body && body.lines) || []) {
      if (shown.has('app-' + line.id)) continue;
      shown.add('app-' + line.id);
      show(line);
    }
    return body;
  }

  async function post(path, body) {
    const response = await fetch('/api/chat' + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {}),
    });
    await showLinesOf(response);
    return response;
  }

  async function start() {
    if (chat.id) {
      const body = await showLinesOf(await fetch('/api/chat/' + encodeURIComponent(chat.id)));
      if (body && body.handedOver) listen();
      return;
    }
    const response = await fetch('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const body = await showLinesOf(response);
    chat.id = body.sessionId;
    sessionStorage.setItem('chat-session', chat.id);
  }

  // The agent's side. EventSource reconnects by itself when the connection is cut, sending the id of the last event
  // it got, and the server goes on from the next one: no line lost, none twice.
  function listen() {
    if (chat.events) return;
    const events = new EventSource('/api/chat/' + encodeURIComponent(chat.id) + '/events');
    chat.events = events;
    // Between a cut and the reconnect EventSource is CONNECTING: say so, and stop saying it once the stream is back.
    events.onopen = () => { $('connection').hidden = true; };
    events.onerror = () => { $('connection').hidden = events.readyState !== EventSource.CONNECTING; };
    events.onmessage = (e) => {
      const event = JSON.parse(e.data);
      const line = agentLine(event);
      if (line) show(line);
      if (event.type === 'conversationEnded') { events.close(); chat.events = null; $('connection').hidden = true; }
    };
  }

  // One typed event of the conversation as a line of the page.
  function agentLine(e) {
    const at = e.timestamp;
    switch (e.type) {
      case 'agentJoined': return { kind: 'joined', at, author: e.agentName, text: e.agentName + ' joined the chat.' };
      case 'agentMessage': return { kind: 'agent', at, author: e.agentName || 'Agent', text: e.text };
      case 'agentTypingStarted': return { kind: 'typing-started', at };
      case 'agentTypingStopped': return { kind: 'typing-stopped', at };
      case 'agentFile': return {
        kind: 'file', at, fileName: e.fileName, size: e.length,
        download: e.isContentKept ? '/api/chat/' + encodeURIComponent(chat.id) + '/files/' + encodeURIComponent(e.fileId) : null,
        text: e.isContentKept ? null : 'The file was too large to keep; ask the agent to send it another way.',
      };
      case 'conversationNotice': return { kind: 'notice', at, text: e.text };
      case 'conversationEventsDropped': return { kind: 'notice', at, text: e.count + ' update(s) from the agent were missed.' };
      case 'conversationEnded': return {
        kind: 'ended', at,
        text: e.endedBy === 'Agent' ? 'The agent ended the chat. Thank you for contacting us!'
          : e.endedBy === 'Customer' ? 'You ended the chat.' : 'The chat was closed after a period of inactivity.',
      };
      default: return null;
    }
  }

  function show(line) {
    const typing = $('typing');
    switch (line.kind) {
      case 'typing-started':
        typing.textContent = chat.agent + ' is typing…';
        typing.hidden = false;
        return;
      case 'typing-stopped':
        typing.hidden = true;
        return;
      case 'connected':
        chat.connected = true;
        $('handover-box').hidden = true;
        $('attach').disabled = false;
        $('mode').textContent = 'You are talking to our team';
        listen();
        break;
      case 'joined':
      case 'agent':
        chat.agent = line.author || chat.agent;
        typing.hidden = true;
        $('mode').textContent = 'You are talking to ' + chat.agent;
        break;
      case 'ended':
        chat.ended = true;
        typing.hidden = true;
        $('mode').textContent = 'The chat has ended';
        for (const id of ['message', 'send', 'handover', 'name', 'end', 'attach']) $(id).disabled = true;
        break;
    }
    append(line);
  }

  // Lines go in time order: after a reload this app's lines and the agent's events arrive separately.
  function append(line) {
    const list = $('lines');
    const item = el('li', 'line ' + line.kind);
    item.dataset.kind = line.kind;
    item.dataset.at = String(Date.parse(line.at));
    const spoken = ['bot', 'customer', 'agent', 'file', 'customer-file'].includes(line.kind);
    if (spoken) item.append(el('span', 'who', (line.author || chat.agent) + ' · ' + time(line.at)));
    const text = el('div', 'text');
    if (line.kind === 'customer-file') {
      text.append(el('span', null, 'You sent a file:'), el('span', 'name', line.fileName), el('span', 'size', size(line.size)));
    } else if (line.kind === 'file') {
      text.append(el('span', null, chat.agent + ' sent you a file:'));
      if (line.download) {
        const link = el('a', null, line.fileName);
        link.href = line.download;
        link.setAttribute('download', line.fileName);
        text.append(link);
      } else {
        text.append(el('span', null, line.fileName));
      }
      if (line.size != null) text.append(el('span', 'size', size(line.size)));
      if (line.text) text.append(el('span', 'size', line.text));
    } else {
      text.textContent = line.text;
    }
    item.append(text);
    const later = [...list.children].find((other) => Number(other.dataset.at) > Number(item.dataset.at));
    list.insertBefore(item, later || null);
    list.scrollTop = list.scrollHeight;
  }

  // The customer's typing reaches the agent once the chat is handed over: on while typing, off after 3 s or on send.
  function typed() {
    if (!chat.connected || chat.ended) return;
    if (!chat.typingSent) { chat.typingSent = true; post('/' + chat.id + '/typing', { isTyping: true }); }
    clearTimeout(chat.typingTimer);
    chat.typingTimer = setTimeout(stopTyping, 3000);
  }

  function stopTyping() {
    clearTimeout(chat.typingTimer);
    if (chat.typingSent) { chat.typingSent = false; post('/' + chat.id + '/typing', { isTyping: false }); }
  }

  $('message').addEventListener('input', typed);
  $('message').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); $('composer').requestSubmit(); }
  });
  $('composer').addEventListener('submit', async (e) => {
    e.preventDefault();
    const box = $('message');
    const text = box.value.trim();
    if (!text || chat.ended) return;
    box.value = '';
    stopTyping();
    await post('/' + chat.id + '/messages', { text });
    box.focus();
  });
  $('handover').addEventListener('click', async () => {
    $('handover').disabled = true;
    const response = await post('/' + chat.id + '/handover', { name: $('name').value.trim() || null });
    if (!response.ok) $('handover').disabled = false;
  });
  $('end').addEventListener('click', () => post('/' + chat.id + '/end', {}));

  // A file goes to the agent as the request's body, its name in a header; the answer says what became of it.
  $('attach').addEventListener('click', () => $('attach-file').click());
  $('attach-file').addEventListener('change', async () => {
    const file = $('attach-file').files[0];
    $('attach-file').value = '';
    if (!file || !chat.connected || chat.ended) return;
    $('attach').disabled = true;
    try {
      await showLinesOf(await fetch('/api/chat/' + encodeURIComponent(chat.id) + '/files', {
        method: 'POST',
        headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
        body: file,
      }));
    } catch {
      // An upload over the limit has its connection cut short: the page says why.
      show({ kind: 'notice', at: new Date().toISOString(), text: 'That file was not sent: files of up to 10 MB can be sent here.' });
    } finally {
      $('attach').disabled = chat.ended;
    }
  });

  start();
})();
