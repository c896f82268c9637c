/** A backup or restore that stops with a message for the operator (the CLIs print it and exit 1). */
export class BackupRefused extends Error {
  override name = 'BackupRefused';
}
