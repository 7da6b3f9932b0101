// Single sign-on as the API describes it.
export type { GroupRoleMapping, SsoChoice, SsoConnection, SsoConnectionList, SsoDiscovery, SsoRefusal } from '../../../../contract/sso';
