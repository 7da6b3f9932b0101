// "Forgotten your password?": how long a link asked for from the sign-in page lasts, and how many
// such emails one address can be sent. Shorter than an administrator's link (24 hours), because
// nobody has checked who asked.
export const SELF_SERVICE_RESET_MINUTES = 60;
export const RESET_EMAILS_PER_ADDRESS = 3;
export const RESET_EMAIL_WINDOW_MINUTES = 60;
