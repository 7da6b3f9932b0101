// Words for what kind of passkey a person has, from what its authenticator reported when it was added.
import type { Passkey } from '../api/get-passkeys';

export function passkeyKind(passkey: Passkey): string {
  if (passkey.deviceType === 'multiDevice') return passkey.backedUp ? 'Synced between your devices' : 'Can sync between your devices';
  if (passkey.transports.some((t) => t === 'usb' || t === 'nfc' || t === 'ble')) return 'Security key';
  return 'Kept on one device';
}
