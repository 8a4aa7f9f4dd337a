// Passkeys (WebAuthn), as progressive enhancement: shown only where the browser supports them. Everything
// they do can also be done without JavaScript, with a password and an authenticator app's code.

const toBytes = text => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0)).buffer
const toText = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')

async function post (section, url, body) {
  const headers = { 'Content-Type': 'application/json' }
  headers[section.dataset.csrfHeader] = section.dataset.csrfToken
  const response = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined })
  if (!response.ok) {
    throw new Error('HTTP ' + response.status)
  }
  return response.json()
}

function showError (section, message) {
  const error = section.querySelector('.app-passkey__error')
  error.textContent = message
  error.hidden = false
  error.focus()
}

async function signIn (section) {
  const options = await post(section, '/webauthn/authenticate/options')
  options.challenge = toBytes(options.challenge)
  options.allowCredentials = (options.allowCredentials || []).map(c => ({ ...c, id: toBytes(c.id) }))
  const credential = await navigator.credentials.get({ publicKey: options })
  const response = credential.response
  const result = await post(section, '/login/webauthn', {
    id: credential.id,
    rawId: toText(credential.rawId),
    response: {
      authenticatorData: toText(response.authenticatorData),
      clientDataJSON: toText(response.clientDataJSON),
      signature: toText(response.signature),
      userHandle: response.userHandle ? toText(response.userHandle) : undefined
    },
    credType: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment
  })
  window.location.assign(result.redirectUrl || '/')
}

async function register (section) {
  const label = section.querySelector('input[name="label"]').value.trim()
  if (!label) {
    showError(section, 'Enter a name for the passkey')
    return
  }
  const options = await post(section, '/webauthn/register/options')
  options.challenge = toBytes(options.challenge)
  options.user = { ...options.user, id: toBytes(options.user.id) }
  options.excludeCredentials = (options.excludeCredentials || []).map(c => ({ ...c, id: toBytes(c.id) }))
  const credential = await navigator.credentials.create({ publicKey: options })
  const response = credential.response
  await post(section, '/webauthn/register', {
    publicKey: {
      label,
      credential: {
        id: credential.id,
        rawId: toText(credential.rawId),
        response: {
          attestationObject: toText(response.attestationObject),
          clientDataJSON: toText(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      }
    }
  })
  window.location.assign(section.dataset.done)
}

const actions = {
  'sign-in': [signIn, 'Your passkey could not be used. Try again, or sign in with your password.'],
  register: [register, 'The passkey could not be added. Try again, or set up an authenticator app instead.']
}

for (const section of document.querySelectorAll('[data-passkey]')) {
  const [action, failure] = actions[section.dataset.passkey]
  if (!action || !window.PublicKeyCredential) {
    continue
  }
  section.hidden = false
  section.querySelector('[data-passkey-start]').addEventListener('click', async event => {
    event.preventDefault()
    try {
      await action(section)
    } catch (e) {
      showError(section, failure)
    }
  })
}
