// The customer's chat page: the lines arrive by server-sent events from /api/chat/{id}/events (the bot's
// answers and, after the handover, the agent's side); the form posts what the customer does.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const chat = { id: sessionStorage.getItem('chat-session'), agent: 'The agent', connected: false, ended: false, typingSent: false, typingTimer: 0 };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });
  const size = (bytes) => bytes == null ? '' : bytes < 1024 ? bytes + ' B' : (bytes / 1024).toFixed(1) + ' KB';

  async function post(path, body) {
    const response = await fetch('/api/chat' + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {}),
    });
    if (response.status === 404) { sessionStorage.removeItem('chat-session'); location.reload(); }
    return response;
  }

  async function start() {
    if (!chat.id) {
      const response = await post('', {});
      chat.id = (await response.json()).sessionId;
      sessionStorage.setItem('chat-session', chat.id);
    }
    const events = new EventSource('/api/chat/' + encodeURIComponent(chat.id) + '/events');
    events.onmessage = (e) => show(JSON.parse(e.data));
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

  function append(line) {
    const list = $('lines');
    const item = el('li', 'line ' + line.kind);
    item.dataset.kind = line.kind;
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
    list.append(item);
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

  // A file goes to the agent as the request's body, its name in a header; the server says on the page what became of it.
  $('attach').addEventListener('click', () => $('attach-file').click());
  $('attach-file').addEventListener('change', async () => {
    const file = $('attach-file').files[0];
    $('attach-file').value = '';
    if (!file || !chat.connected || chat.ended) return;
    $('attach').disabled = true;
    try {
      await fetch('/api/chat/' + encodeURIComponent(chat.id) + '/files', {
        method: 'POST',
        headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
        body: file,
      });
    } catch {
      // The server says on the page why a file did not go (one over the limit has its upload cut short).
    } finally {
      $('attach').disabled = chat.ended;
    }
  });

  start();
})();
