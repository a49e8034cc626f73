// relecture HTML report: category and severity filters, and a tooltip for the finding under the
// pointer or the keyboard focus. Builds the tooltip with textContent only, never HTML.
(function () {
  'use strict';
  var report = document.getElementById('report');
  var tip = document.getElementById('tip');
  var current = null;

  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('change', function () {
      report.classList.toggle('off-' + box.dataset.filter + '-' + box.value, !box.checked);
      hide();
    });
  });

  function shown(mark) {
    return !report.classList.contains('off-cat-' + mark.dataset.cat)
      && !report.classList.contains('off-sev-' + mark.dataset.sev);
  }

  // The innermost finding at this element that the filters leave visible.
  function findingAt(element) {
    var mark = element && element.closest ? element.closest('mark.f') : null;
    while (mark && !shown(mark)) {
      mark = mark.parentElement ? mark.parentElement.closest('mark.f') : null;
    }
    return mark;
  }

  function line(className, text) {
    var div = document.createElement('div');
    div.className = className;
    div.textContent = text;
    return div;
  }

  function show(mark) {
    if (current === mark) {
      return;
    }
    hide();
    current = mark;
    tip.replaceChildren(line('head', mark.dataset.sev + ' \u00b7 ' + mark.dataset.cat + ' \u00b7 ' + mark.dataset.rule),
      line('msg', mark.dataset.msg));
    if (mark.dataset.sug) {
      var list = document.createElement('ul');
      mark.dataset.sug.split('\n').forEach(function (s) {
        var item = document.createElement('li');
        item.textContent = s === '' ? '(delete)' : '\u2192 ' + s;
        list.appendChild(item);
      });
      tip.appendChild(list);
    }
    var box = mark.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - tip.offsetWidth - 4)) + window.scrollX + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
    mark.setAttribute('aria-describedby', 'tip');
  }

  function hide() {
    if (current) {
      current.removeAttribute('aria-describedby');
      current = null;
    }
    tip.hidden = true;
  }

  // The pointer shows the finding under it; leaving it goes back to the focused finding, if any,
  // so scrolling under a resting pointer does not take the tooltip from a keyboard user.
  function focusedFinding() {
    return findingAt(document.activeElement);
  }

  document.addEventListener('mouseover', function (event) {
    var mark = findingAt(event.target);
    if (mark) {
      show(mark);
    }
  });
  document.addEventListener('mouseout', function (event) {
    if (!findingAt(event.relatedTarget)) {
      var focused = focusedFinding();
      if (focused) {
        show(focused);
      } else {
        hide();
      }
    }
  });
  document.addEventListener('focusin', function (event) {
    var mark = findingAt(event.target);
    if (mark) {
      show(mark);
    }
  });
  document.addEventListener('focusout', hide);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hide();
    }
  });
}());
