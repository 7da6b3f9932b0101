// The name a person gives a passkey so they can tell them apart ("Work laptop", "Blue security key").
export const PASSKEY_NAME_MAX = 60;

/** The name tidied for storing: surrounding and repeated spaces removed. */
export function tidyPasskeyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Why a (tidied) name cannot be used, or null when it can. */
export function passkeyNameProblem(name: string): string | null {
  if (name.length === 0) return 'Enter a name for the passkey, such as the device it is on';
  if (name.length > PASSKEY_NAME_MAX) return `Enter a name of ${PASSKEY_NAME_MAX} characters or fewer`;
  return null;
}
