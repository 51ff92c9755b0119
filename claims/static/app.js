// What the pages used to do in inline handlers, which the Content-Security-Policy forbids (claims/web/security.py):
// a form with data-confirm="question" asks before it is sent; an input with data-select-on-focus selects its text.
document.addEventListener("submit", function (event) {
  var question = event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
document.addEventListener("focusin", function (event) {
  if (event.target.hasAttribute && event.target.hasAttribute("data-select-on-focus")) {
    event.target.select();
  }
});

// After a form comes back with errors, the cursor starts at the first field to correct, not at the top of the
// page a dozen tabs away (the server marks it aria-invalid).
document.addEventListener("DOMContentLoaded", function () {
  var first = document.querySelector('[aria-invalid="true"]');
  if (first) {
    first.focus();
  }
});

// A <details data-open-wide> (the calendar's filters) is folded on a phone and opened on a wider screen.
document.addEventListener("DOMContentLoaded", function () {
  if (window.matchMedia("(min-width: 721px)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (box) {
      box.open = true;
    });
  }
});

// A checkbox with data-check-all="name" ticks or clears every checkbox of that name in its form (the plaintiffs
// of a page of a group case). Without script the boxes are ticked one by one.
document.addEventListener("change", function (event) {
  var name = event.target.getAttribute && event.target.getAttribute("data-check-all");
  if (name && event.target.form) {
    event.target.form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
      box.checked = event.target.checked;
    });
  }
});

// A link with data-copy="id" copies that field's text (the hearing letter as a text message) instead of opening
// the message alone, which is what it does without JavaScript.
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("[data-copy]") : null;
  if (!link || !navigator.clipboard) {
    return;
  }
  var field = document.getElementById(link.getAttribute("data-copy"));
  if (!field) {
    return;
  }
  event.preventDefault();
  navigator.clipboard.writeText(field.value).then(function () {
    link.textContent = link.getAttribute("data-copied") || link.textContent;
  });
});
