// Plain ES5 on purpose (no build step): it must run in the old webviews it detects. When Office opens the add-in
// in Internet Explorer 11 ("Trident") or Microsoft Edge Legacy ("EdgeHTML"), or in an Office whose custom-functions
// runtime is older than 1.2, the task pane says so instead of failing silently, as Microsoft recommends:
// ("Support older Microsoft webviews and Office versions", https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11;
// which webview Office uses: https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || '';
  var old = ua.indexOf('Trident') !== -1 || ua.indexOf('Edge/') !== -1;
  function runtimeTooOld() {
    try {
      var req = window.Office && window.Office.context && window.Office.context.requirements;
      return !!(req && typeof req.isSetSupported === 'function' && !req.isSetSupported('CustomFunctionsRuntime', '1.2'));
    } catch (e) {
      return false;
    }
  }
  function show() {
    var box = document.getElementById('too-old');
    if (!box) return;
    box.hidden = false;
    box.removeAttribute('hidden');
    var main = document.getElementsByTagName('main')[0];
    if (main) main.style.display = 'none';
  }
  function check() {
    if (old || runtimeTooOld()) show();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check);
  else check();
  if (window.Office && typeof window.Office.onReady === 'function') {
    try {
      window.Office.onReady(function () {
        if (runtimeTooOld()) show();
      });
    } catch (e) {
      // Office.js not usable: the check above stands.
    }
  }
})();
