/**
 * The person's half of the device-code sign-in, done over HTTP as a browser would: open the verification page, enter
 * the code, confirm, sign in (the local provider's login form takes any password) and consent. Each page's form is
 * submitted with its hidden fields; cookies are kept per name.
 */
import { request } from 'node:https';

interface Page {
  status: number;
  location?: string;
  body: string;
}

/** The hidden inputs of a page (oidc-provider's forms put some inputs outside the <form>, with a `form` attribute). */
function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const tag of html.match(/<input\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
    if (attr('type') === 'hidden' && attr('name')) fields[attr('name')!] = attr('value') ?? '';
  }
  return fields;
}

/** The action of the page's first POST form. */
function formAction(html: string): string | undefined {
  const form = /<form\b[^>]*method="post"[^>]*>/i.exec(html)?.[0];
  return form ? /\baction="([^"]*)"/i.exec(form)?.[1]?.replace(/&amp;/g, '&') : undefined;
}

/** Enters `userCode` at `verificationUri` and signs in as `login`; resolves with the last page's text. */
export async function completeDeviceCode(verificationUri: string, userCode: string, login: string, ca: string): Promise<string> {
  const cookies = new Map<string, string>();
  const send = (url: URL, method: 'GET' | 'POST', form?: Record<string, string>): Promise<Page> =>
    new Promise((resolve, reject) => {
      const body = form ? new URLSearchParams(form).toString() : undefined;
      const headers: Record<string, string> = { accept: 'text/html' };
      if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
      const req = request(url, { method, ca, headers }, (res) => {
        for (const line of res.headers['set-cookie'] ?? []) {
          const [pair] = line.split(';');
          const eq = pair.indexOf('=');
          const value = pair.slice(eq + 1);
          if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(pair.slice(0, eq));
          else cookies.set(pair.slice(0, eq), value);
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });

  let url = new URL(verificationUri);
  let page = await send(url, 'GET');
  let entered = false;
  for (let step = 0; step < 20; step++) {
    if (page.status >= 300 && page.status < 400 && page.location) {
      url = new URL(page.location, url);
      page = await send(url, 'GET');
      continue;
    }
    if (page.status !== 200) throw new Error(`${url.href} answered ${page.status}: ${page.body.slice(0, 500)}`);
    const action = formAction(page.body);
    if (!action) return page.body;
    const fields = hiddenFields(page.body);
    if (/name="user_code"/.test(page.body) && !fields.user_code && !entered) {
      fields.user_code = userCode;
      entered = true;
    }
    if (/name="login"/.test(page.body)) Object.assign(fields, { login, password: 'any' });
    url = new URL(action, url);
    page = await send(url, 'POST', fields);
  }
  throw new Error('The device-code sign-in did not finish in 20 steps.');
}
