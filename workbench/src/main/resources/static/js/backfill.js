// The back-fill upload (htmx posts the form): a file over the workbench's bound is refused before
// it is sent; the <progress> shows how much of the file has been sent; the CSRF token goes in a
// header, so that it is checked without reading the multipart body.
(function () {
  var form = document.getElementById('backfill-form');
  if (!form) {
    return;
  }
  var file = document.getElementById('backfill-file');
  var error = document.getElementById('backfill-file-error');
  var progress = document.getElementById('backfill-progress');
  var percent = document.getElementById('backfill-percent');
  var maxBytes = Number(form.dataset.maxBytes);

  function show(sent) {
    progress.value = sent;
    percent.textContent = sent + '%';
  }

  form.addEventListener('htmx:configRequest', function (event) {
    var token = form.querySelector('input[name="_csrf"]');
    if (token) {
      event.detail.headers['X-CSRF-TOKEN'] = token.value;
    }
  });
  form.addEventListener('htmx:beforeRequest', function (event) {
    error.textContent = '';
    var chosen = file.files[0];
    if (chosen && chosen.size > maxBytes) {
      error.textContent = form.dataset.tooLarge;
      event.preventDefault();
      return;
    }
    show(0);
  });
  form.addEventListener('htmx:xhr:progress', function (event) {
    // Upload progress (the response's own progress comes after it, at 100%).
    if (event.detail.lengthComputable && event.detail.total > 0) {
      show(Math.round((event.detail.loaded / event.detail.total) * 100));
    }
  });
  function failed() {
    error.textContent = form.dataset.failed;
  }
  form.addEventListener('htmx:sendError', failed);
  form.addEventListener('htmx:responseError', failed);
})();
