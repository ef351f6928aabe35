// Title suggestions as one types in a search box (progressive enhancement: without this script
// the box is an ordinary search form). A box opts in with data-suggest="<suggest API URL>";
// suggestions are offered through a <datalist>, which browsers make keyboard- and screen-reader-
// accessible themselves; choosing one opens that page.
(function () {
  'use strict';
  var boxes = document.querySelectorAll('input[data-suggest]');
  Array.prototype.forEach.call(boxes, function (box, index) {
    var list = document.createElement('datalist');
    list.id = 'search-suggestions-' + index;
    list.setAttribute('aria-label', box.getAttribute('data-suggest-label') || '');
    box.parentNode.appendChild(list);
    box.setAttribute('list', list.id);
    var urls = {};
    var timer = null;
    var latest = 0;
    box.addEventListener('input', function () {
      var typed = box.value;
      if (urls[typed]) {
        window.location.href = urls[typed];
        return;
      }
      clearTimeout(timer);
      if (typed.trim().length < 2) {
        return;
      }
      timer = setTimeout(function () {
        var request = ++latest;
        fetch(box.getAttribute('data-suggest') + '&q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
          .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
          .then(function (body) {
            if (request !== latest) {
              return;
            }
            list.textContent = '';
            urls = {};
            body.suggestions.forEach(function (suggestion) {
              var option = document.createElement('option');
              option.value = suggestion.title;
              urls[suggestion.title] = suggestion.url;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a convenience; the form still works */ });
      }, 150);
    });
  });
})();
