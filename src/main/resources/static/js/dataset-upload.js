// Progressive enhancement for the dataset upload form: send it in the background and show how much has been
// uploaded. Without JavaScript the form posts normally and the result page follows.
const form = document.querySelector('form.app-dataset-upload')

function showErrors (errors) {
  const summary = document.querySelector('.app-js-errors')
  const list = summary.querySelector('ul')
  list.replaceChildren()
  for (const error of errors) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = '#' + (error.field && document.getElementById(error.field) ? error.field : 'main-content')
    link.textContent = error.message
    item.appendChild(link)
    list.appendChild(item)
  }
  summary.hidden = false
  summary.focus()
}

if (form && window.XMLHttpRequest && window.FormData) {
  const progress = form.querySelector('.app-upload-progress')
  const bar = progress.querySelector('progress')
  const status = progress.querySelector('.app-upload-progress__status')
  const button = form.querySelector('button[type=submit]')
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const request = new XMLHttpRequest()
    request.open('POST', form.action)
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken)
    progress.hidden = false
    bar.value = 0
    status.textContent = 'Starting the upload'
    button.disabled = true
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        const percent = Math.floor((e.loaded / e.total) * 100)
        bar.value = percent
        status.textContent = percent + '% uploaded'
      }
    })
    request.upload.addEventListener('load', () => {
      bar.value = 100
      status.textContent = 'Uploaded: checking and publishing'
    })
    request.addEventListener('load', () => {
      button.disabled = false
      let body = null
      try {
        body = JSON.parse(request.responseText)
      } catch (e) {
        body = null
      }
      if (request.status === 200 && body && body.location) {
        window.location.assign(body.location)
      } else if (body && body.errors) {
        status.textContent = 'Not uploaded'
        showErrors(body.errors)
      } else {
        status.textContent = 'The upload failed. Nothing was published. You can safely send the same file again.'
      }
    })
    request.addEventListener('error', () => {
      button.disabled = false
      status.textContent = 'The upload was interrupted. Nothing was published. You can safely send the same file again.'
    })
    request.send(new FormData(form))
  })
}
