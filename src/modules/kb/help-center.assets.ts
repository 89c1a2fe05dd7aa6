// The help center's only script and stylesheet, served from /help/assets so the pages' Content
// Security Policy can forbid every inline script and style.

/** "Did this help?" (R12, R47) and the comment form (R20), on the article page. */
export const helpScript = `(function () {
  'use strict';
  var box = document.querySelector('[data-vote-article]');
  if (box) {
    var id = box.getAttribute('data-vote-article');
    var token = null;
    try {
      token = localStorage.getItem('atende-kb-client');
      if (!token) {
        token = (window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random().toString(36).slice(2)) + '-kb';
        localStorage.setItem('atende-kb-client', token);
      }
    } catch (e) { token = null; }
    Array.prototype.forEach.call(box.querySelectorAll('button[data-helpful]'), function (button) {
      button.addEventListener('click', function () {
        var body = { helpful: button.getAttribute('data-helpful') === 'true' };
        if (token) body.clientToken = token;
        fetch('/api/v1/kb/articles/' + encodeURIComponent(id) + '/votes', {
          method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body)
        }).then(function (res) { return res.ok ? res.json() : Promise.reject(res); }).then(function (vote) {
          box.querySelector('[data-thanks]').hidden = false;
          box.querySelector('[data-helpful-count]').textContent = String(vote.helpfulCount);
          box.querySelector('[data-not-helpful-count]').textContent = String(vote.notHelpfulCount);
        }).catch(function () {});
      });
    });
  }
  var form = document.querySelector('form[data-comment-article]');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var id = form.getAttribute('data-comment-article');
      fetch('/api/v1/kb/articles/' + encodeURIComponent(id) + '/comments', {
        method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: form.elements.body.value })
      }).then(function (res) { if (res.ok) window.location.reload(); });
    });
  }
})();
`;

export const helpStyles = `
:root { color-scheme: light dark; --accent: #0b6bcb; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; }
header { padding: 1rem; border-bottom: 1px solid #8884; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
header a.home { font-weight: 600; font-size: 1.2rem; text-decoration: none; color: inherit; margin-right: auto; }
header form { display: flex; gap: .5rem; flex: 1 1 20rem; }
header input[type=search] { flex: 1; padding: .5rem; font: inherit; }
nav.languages a { margin-left: .5rem; }
nav.languages a[aria-current] { font-weight: 700; text-decoration: none; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
a { color: var(--accent); }
mark { background: #ffe58a; color: inherit; }
.summary, .snippet { margin: .25rem 0 1rem; opacity: .85; }
article pre { overflow-x: auto; padding: .75rem; background: #8881; }
article table { border-collapse: collapse; }
article th, article td { border: 1px solid #8886; padding: .25rem .5rem; text-align: left; }
.vote { margin: 2rem 0; padding: 1rem; border: 1px solid #8884; border-radius: .5rem; }
.vote button { font: inherit; padding: .4rem 1rem; margin-right: .5rem; }
.badge { font-size: .8rem; padding: .1rem .4rem; border: 1px solid currentColor; border-radius: .25rem; }
.comment { border-top: 1px solid #8884; padding: .5rem 0; white-space: pre-wrap; }
.comment .meta { font-size: .85rem; opacity: .75; white-space: normal; }
textarea { width: 100%; min-height: 5rem; font: inherit; }
`;
