// Digits as typed on an Arabic keyboard reach numeric and date fields as Latin digits. Vaadin's
// number and date fields let through only 0-9 (a typed ٣ was silently dropped, a date ١٤/٣/١٩٩٥
// not understood); this turns Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, the
// Arabic decimal separator (٫) and thousands separator (٬) into what the field reads, as they
// are typed or pasted, before the field sees them.
(function () {
  var FIELDS = 'vaadin-integer-field, vaadin-number-field, vaadin-big-decimal-field, vaadin-date-picker, '
      + 'vaadin-time-picker, vaadin-date-time-picker, [data-latin-digits]';
  function latin(text) {
    return text.replace(/[\u0660-\u0669]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0x0630); })
        .replace(/[\u06F0-\u06F9]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0x06C0); })
        .replace(/\u066B/g, '.').replace(/\u066C/g, '');
  }
  function numeric(target) {
    return target instanceof HTMLInputElement && target.closest(FIELDS);
  }
  function insert(event, text) {
    var converted = latin(text);
    if (converted === text) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    document.execCommand('insertText', false, converted);
  }
  window.addEventListener('beforeinput', function (event) {
    if (event.data && numeric(event.target)) {
      insert(event, event.data);
    }
  }, true);
  window.addEventListener('paste', function (event) {
    if (numeric(event.target) && event.clipboardData) {
      insert(event, event.clipboardData.getData('text'));
    }
  }, true);
})();
