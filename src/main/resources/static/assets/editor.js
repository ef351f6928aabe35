/*
 * Herald back office: small progressive enhancements. Every page works without this script.
 * - live preview of the Markdown body (rendered and sanitized by the server, as published);
 * - "Insert" buttons in the media picker put an image's Markdown at the cursor, "Use as featured
 *   image" buttons fill the featured image's fields;
 * - the "also editing" notice refreshes itself while the edit screen stays open;
 * - "Copy" buttons copy a new preview link.
 */
(function () {
  'use strict';

  function csrf(form) {
    var field = (form || document).querySelector('input[name="_csrf"]');
    return field ? field.value : '';
  }

  function post(url, data) {
    var body = new URLSearchParams(data);
    body.append('_csrf', csrf());
    return fetch(url, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: {'Accept': 'application/json'}
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
  }

  function livePreview() {
    var body = document.querySelector('textarea[data-preview-url]');
    if (!body) { return; }
    var target = document.getElementById(body.getAttribute('data-preview-target'));
    if (!target) { return; }
    var timer = null;
    var latest = 0;
    function render() {
      var request = ++latest;
      post(body.getAttribute('data-preview-url'), {markdown: body.value}).then(function (answer) {
        // The server sanitized this HTML exactly as it sanitizes published pages.
        if (request === latest) { target.innerHTML = answer.html; }
      }).catch(function () { /* the Preview button still works */ });
    }
    body.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
    render();
  }

  function mediaPicker() {
    var body = document.getElementById('bodyMarkdown');
    document.querySelectorAll('.insert-media').forEach(function (button) {
      if (!body) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = button.getAttribute('data-markdown');
        var start = body.selectionStart || 0;
        var end = body.selectionEnd || 0;
        var before = body.value.substring(0, start);
        var after = body.value.substring(end);
        var insert = (before && !/\n\n$/.test(before) ? '\n\n' : '') + text + '\n\n';
        body.value = before + insert + after;
        body.selectionStart = body.selectionEnd = before.length + insert.length;
        body.focus();
        body.dispatchEvent(new Event('input'));
      });
    });
  }

  /** "Use as featured image" buttons fill the featured image's address, and its alt text when empty. */
  function featuredImage() {
    var address = document.getElementById('image');
    var alt = document.getElementById('imageAlt');
    document.querySelectorAll('.feature-media').forEach(function (button) {
      if (!address) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        address.value = button.getAttribute('data-url');
        if (alt && !alt.value) { alt.value = button.getAttribute('data-alt'); }
        address.focus();
      });
    });
  }

  function presence() {
    var notice = document.querySelector('[data-presence-url]');
    if (!notice) { return; }
    function beat() {
      post(notice.getAttribute('data-presence-url'), {}).then(function (answer) {
        notice.textContent = answer.text;
        notice.hidden = !answer.text;
      }).catch(function () { /* the notice keeps what the page showed */ });
    }
    setInterval(beat, 20000);
  }

  function copyButtons() {
    document.querySelectorAll('.copy-link').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.value);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    livePreview();
    mediaPicker();
    featuredImage();
    presence();
    copyButtons();
  });
}());
