import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A TLS certificate and its key, as PEM, plus the certificate's file (for clients that must trust it). */
export interface TestCertificate {
  cert: string;
  key: string;
  certFile: string;
}

/**
 * Makes a self-signed certificate for 127.0.0.1 with the `openssl` CLI (Node cannot write X.509 itself): MSAL only
 * accepts https authorities, so the local OpenID Connect provider needs one. Valid for one day; made per test run.
 */
export function selfSignedCertificate(dir: string): TestCertificate {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), certFile };
}
