package fr.packnum.accounts.entity;

/**
 * What an audit event records. READ and EXPORT exist so that "who saw this household" is
 * answerable.
 */
public enum AuditAction {
  CREATE,
  UPDATE,
  DEACTIVATE,
  ACTIVATE,
  READ,
  EXPORT,
  ERASE,
  SUBMIT,
  DECIDE,
  OVERRIDE,
  CANCEL,
  LOGIN,
  LOGOUT,
  PASSWORD_CHANGE,
  PASSWORD_RESET,
  TOTP_ENABLE,
  TOTP_DISABLE,
  TOKEN_CREATE,
  TOKEN_REVOKE,
  BACKUP
}
