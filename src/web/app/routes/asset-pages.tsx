// One information asset's page, with the vulnerabilities feature's section on the findings on its hosts.
import { AssetPage as AssetPageOf } from '../../features/information-assets';
import { AssetFindings } from '../../features/vulnerabilities';

export function AssetPage() {
  return <AssetPageOf findings={({ orgId, assetId, name }) => <AssetFindings orgId={orgId} assetId={assetId} name={name} />} />;
}
