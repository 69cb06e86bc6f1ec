// Once the sign-in page has loaded and the browser is idle, fetches the Flow client's first files
// (listed in data-prefetch), so the first app page after signing in finds them in the cache. Later
// than <link rel="prefetch"> in the head, which would share the phone's bandwidth with the page itself.
(function () {
  var script = document.currentScript;
  var urls = ((script && script.getAttribute('data-prefetch')) || '').split(' ').filter(Boolean);
  function prefetch() {
    urls.forEach(function (url) {
      var link = document.createElement('link');
      link.rel = 'prefetch';
      link.as = 'script';
      link.href = url;
      document.head.appendChild(link);
    });
  }
  function whenIdle() {
    if (window.requestIdleCallback) {
      window.requestIdleCallback(prefetch, { timeout: 3000 });
    } else {
      setTimeout(prefetch, 1000);
    }
  }
  if (document.readyState === 'complete') {
    whenIdle();
  } else {
    window.addEventListener('load', whenIdle);
  }
})();
