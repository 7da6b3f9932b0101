// Invitation and reset links carry their token after '#', which browsers never send to a server, so
// it stays out of every access log; the page reads it here and posts it in a request body.
import { useLocation } from 'react-router';

export function useLinkToken(): string {
  const { hash } = useLocation();
  return hash.startsWith('#') ? hash.slice(1).trim() : '';
}
