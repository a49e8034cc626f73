'use strict';
// The checking page: sends the text to /api/v1/check, shows the findings on the text and in a
// list, applies a chosen suggestion and checks again; or sends it to /api/v1/fix, which applies
// every safe fix on the server, and shows the fixed text checked again. Offsets are UTF-16
// indices, as JavaScript's.
(function () {
  const CATEGORIES = {
    spelling: 'orthographe', grammar: 'grammaire', punctuation: 'ponctuation', spacing: 'espaces',
    typography: 'typographie', style: 'style', consistency: 'cohérence', debris: 'débris web',
    untranslated: 'non traduit', mistranslation: 'contresens'
  };
  const BANDS = {
    best: 'excellent', high: 'très bon', good: 'bon', 'below-target': 'sous l’objectif', poor: 'médiocre'
  };
  const VERDICTS = { pass: 'conforme', fail: 'non conforme' };
  const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  const $ = (id) => document.getElementById(id);
  const text = $('text');
  const button = $('check');
  const fixButton = $('fix');
  let checkedText = null;
  let findings = [];

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  function label(category) {
    return CATEGORIES[category] || category;
  }

  /** Posts the text to an endpoint of relecture's API and hands its JSON answer to {@code done}. */
  async function send(path, busy, failed, done) {
    const value = text.value;
    if (value.trim() === '') {
      showError('Le texte est vide.');
      return;
    }
    showError(null);
    button.disabled = true;
    fixButton.disabled = true;
    $('status').textContent = busy;
    try {
      const response = await fetch(path, {
        method: 'POST',
        body: new URLSearchParams({ text: value, level: $('level').value })
      });
      const body = await response.json();
      if (!response.ok) {
        throw new Error(body.message || ('erreur ' + response.status));
      }
      done(value, body);
    } catch (e) {
      $('status').textContent = '';
      showError(failed + e.message);
    } finally {
      button.disabled = false;
      fixButton.disabled = false;
    }
  }

  function check(focusAfter) {
    return send('api/v1/check', 'Vérification…', 'La vérification a échoué : ', (value, body) => {
      render(value, body.documents[0]);
      if (focusAfter) {
        focusAfter();
      }
    });
  }

  /** Every safe fix applied at once, on the server; the text that comes back is already checked again. */
  function fixSafe() {
    return send('api/v1/fix', 'Corrections…', 'La correction a échoué : ', (value, body) => {
      if (text.value !== value) {
        showError('Le texte a changé pendant la correction : corrigez-le de nouveau.');
        return;
      }
      text.value = body.text;
      render(body.text, body.report.documents[0]);
      const count = body.fixes.length;
      $('status').textContent = (count === 0 ? 'Aucune correction sûre à faire'
        : count + (count > 1 ? ' corrections sûres faites' : ' correction sûre faite'))
        + ' ; score ' + number.format(body.scoreBefore) + ' → ' + number.format(body.report.documents[0].score)
        + ', ' + (findings.length === 0 ? 'plus aucun problème.'
          : findings.length + (findings.length > 1 ? ' problèmes restent' : ' problème reste') + ' à décider.');
    });
  }

  function showError(message) {
    const error = $('error');
    error.hidden = message === null;
    error.textContent = message || '';
  }

  function render(value, doc) {
    checkedText = value;
    findings = doc.findings;
    renderScore(doc);
    renderText(value);
    renderList();
    const count = findings.length;
    $('status').textContent = (count === 0 ? 'Aucun problème trouvé'
      : count + (count > 1 ? ' problèmes trouvés' : ' problème trouvé'))
      + ', qualité ' + number.format(doc.calibratedScore) + ' sur 100 (' + BANDS[doc.band] + ', '
      + VERDICTS[doc.verdict] + ').';
  }

  /** The calibrated score first, with its band and verdict; the raw MQM score among the details. */
  function renderScore(doc) {
    $('score').hidden = false;
    $('score-value').textContent = number.format(doc.calibratedScore);
    const band = $('score-band');
    band.className = 'score-band band-' + doc.band;
    band.textContent = BANDS[doc.band] + ' · ' + VERDICTS[doc.verdict];
    $('score-detail').textContent = 'sur 100 · pénalité ' + number.format(doc.penaltyPer1000)
      + ' pour 1 000 mots · score MQM ' + number.format(doc.score) + ' · ' + doc.words + ' mots';
  }

  /** The checked text with each finding marked; a finding inside an earlier one is only listed. */
  function renderText(value) {
    const view = $('annotated');
    view.replaceChildren();
    let at = 0;
    findings.forEach((f, i) => {
      if (f.start < at) {
        return;
      }
      view.append(value.slice(at, f.start));
      const mark = element('mark', {
        id: 'mark-' + i, tabindex: '0', class: 'cat-' + f.category,
        'aria-label': label(f.category) + ' : « ' + f.text + ' », ' + f.message,
        'aria-describedby': 'finding-' + i
      }, value.slice(f.start, f.end) || '\u2038');
      mark.addEventListener('click', () => select(i, true));
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          select(i, true);
        }
      });
      view.append(mark);
      at = f.end;
    });
    view.append(value.slice(at));
  }

  function renderList() {
    const list = $('findings');
    list.replaceChildren(...findings.map((f, i) => {
      const suggestions = element('div', { class: 'suggestions' },
        ...f.suggestions.map((s) => {
          const apply = element('button', {
            type: 'button', 'aria-label': 'Remplacer « ' + f.text + ' » par « ' + s + ' »'
          }, s === '' ? '(supprimer)' : s);
          apply.addEventListener('click', () => applySuggestion(f, s));
          return apply;
        }));
      const item = element('li', { id: 'finding-' + i, class: 'cat-' + f.category, tabindex: '-1' },
        element('div', { class: 'finding-head' },
          element('span', { class: 'badge' }, label(f.category)),
          element('span', { class: 'excerpt' }, f.text),
          element('span', { class: 'rule' }, f.rule + ' · ' + f.severity)),
        element('div', { class: 'message' }, f.message));
      if (f.suggestions.length > 0) {
        item.append(suggestions);
      }
      item.addEventListener('mouseenter', () => highlight(i));
      return item;
    }));
  }

  function highlight(i) {
    document.querySelectorAll('.current').forEach((n) => n.classList.remove('current'));
    [$('mark-' + i), $('finding-' + i)].forEach((n) => n && n.classList.add('current'));
  }

  /** Shows a finding in the list; with the keyboard, focus goes to its first suggestion. */
  function select(i, moveFocus) {
    highlight(i);
    const item = $('finding-' + i);
    item.scrollIntoView({ block: 'nearest' });
    if (moveFocus) {
      (item.querySelector('button') || item).focus();
    }
  }

  function applySuggestion(f, suggestion) {
    if (text.value !== checkedText) {
      showError('Le texte a changé depuis la vérification : vérifiez-le de nouveau avant de corriger.');
      return;
    }
    text.value = checkedText.slice(0, f.start) + suggestion + checkedText.slice(f.end);
    check(() => {
      const next = document.querySelector('#annotated mark');
      (next || text).focus();
    });
  }

  button.addEventListener('click', () => check());
  fixButton.addEventListener('click', () => fixSafe());
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  });
}());
