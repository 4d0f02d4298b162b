// Quotedesk review page helpers. The page works without this file; it adds keyboard shortcuts and
// select-to-claim (turns a text selection into the offsets of the "Add a missed claim" form).
(function () {
  'use strict';
  var cards = Array.prototype.slice.call(document.querySelectorAll('.claim-card'));
  var current = -1;

  function typing(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  }

  function select(i) {
    if (!cards.length) { return; }
    if (current >= 0 && cards[current]) { cards[current].classList.remove('current'); }
    current = Math.max(0, Math.min(cards.length - 1, i));
    var card = cards[current];
    card.classList.add('current');
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'nearest' });
    markText(card.getAttribute('data-claim'));
  }

  function markText(id) {
    Array.prototype.forEach.call(document.querySelectorAll('.hl.current'), function (el) { el.classList.remove('current'); });
    Array.prototype.forEach.call(document.querySelectorAll('a.hl[href="#c-' + id + '"]'), function (el) { el.classList.add('current'); });
  }

  function setStatus(value) {
    var card = cards[current];
    if (!card) { return; }
    var radio = card.querySelector('input[name="status"][value="' + value + '"]');
    if (radio) {
      radio.checked = true;
      var form = radio.form;
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey && e.key === 'Enter' && typing(e.target) && e.target.form) {
      e.preventDefault();
      if (e.target.form.requestSubmit) { e.target.form.requestSubmit(); } else { e.target.form.submit(); }
      return;
    }
    if (e.key === 'Escape' && typing(e.target)) {
      var card = e.target.closest('.claim-card');
      e.target.blur();
      if (card) { select(cards.indexOf(card)); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
    var focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.claim-card') : null;
    if (focused) { current = cards.indexOf(focused); }
    switch (e.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current < 0 ? 0 : current - 1); break;
      case 'a': setStatus('ATTRIBUTED'); break;
      case 'd': setStatus('DISPUTED'); break;
      case 'u': setStatus('UNVERIFIED'); break;
      case 'n':
        if (cards[current]) { var note = cards[current].querySelector('textarea[name="note"]'); if (note) { note.focus(); } }
        break;
      case 't':
        if (cards[current]) {
          var target = document.getElementById('q-' + cards[current].getAttribute('data-claim'));
          if (target) { target.scrollIntoView({ block: 'center' }); if (target.focus) { target.focus(); } }
        }
        break;
      default: return;
    }
    e.preventDefault();
  });

  // The claim the page was opened on (after a save, #c-12) becomes the current one.
  function fromHash() {
    var m = /^#c-(\d+)$/.exec(location.hash);
    if (m) {
      var card = document.getElementById('c-' + m[1]);
      if (card) { current = cards.indexOf(card); card.classList.add('current'); markText(m[1]); }
    }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();

  // Select-to-claim: every run of text carries its offset in data-s.
  var text = document.getElementById('article-text');
  var form = document.getElementById('add-claim-form');
  if (!text || !form) { return; }
  var bar = document.createElement('div');
  bar.className = 'sel-preview';
  bar.hidden = true;
  bar.setAttribute('role', 'status');
  var label = document.createElement('span');
  var go = document.createElement('button');
  go.type = 'button';
  go.className = 'small primary';
  go.textContent = 'Add the selection as a claim…';
  bar.appendChild(label);
  bar.appendChild(document.createTextNode(' '));
  bar.appendChild(go);
  text.parentNode.insertBefore(bar, text);

  function offset(node, off) {
    var el = node.nodeType === 3 ? node.parentNode : node;
    var piece = el.closest ? el.closest('[data-s]') : null;
    if (!piece || !text.contains(piece)) { return null; }
    if (node.nodeType !== 3) { off = off > 0 ? piece.textContent.length : 0; }
    return parseInt(piece.getAttribute('data-s'), 10) + off;
  }

  function onSelect() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) { return; }
    var r = sel.getRangeAt(0);
    if (!text.contains(r.commonAncestorContainer)) { return; }
    var s = offset(r.startContainer, r.startOffset);
    var e = offset(r.endContainer, r.endOffset);
    if (s === null || e === null || e <= s) { return; }
    form.querySelector('#start').value = s;
    form.querySelector('#end').value = e;
    var words = sel.toString();
    form.querySelector('#exact').value = words;
    label.textContent = 'Selected ' + (e - s) + ' characters (' + s + '–' + e + ').';
    bar.hidden = false;
  }
  text.addEventListener('mouseup', onSelect);
  text.addEventListener('keyup', onSelect);
  go.addEventListener('click', function () {
    form.scrollIntoView({ block: 'start' });
    form.querySelector('#new-speaker').focus();
  });
})();
