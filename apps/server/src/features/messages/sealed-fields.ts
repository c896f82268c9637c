/** The field names messages seals values under with the field cipher (its associated data). */
export const PHONE_FIELD = 'message_phone';
export const WEBHOOK_FIELD = 'robot_webhook';
export const SECRET_FIELD = 'robot_secret';
