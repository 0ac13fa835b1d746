/**
 * valid-schema's eksctl part: a ClusterConfig judged as eksctl reads it.
 *
 * eksctl (pkg/eks/api.go ParseConfig) reads the file twice. First
 * sigs.k8s.io/yaml UnmarshalStrict: go-yaml v2 in strict mode (YAML 1.1,
 * repeated keys refused), then encoding/json with DisallowUnknownFields — an
 * unknown field is an error ("error unmarshaling JSON: while decoding JSON:
 * json: unknown field"), though encoding/json takes a field name in another
 * case. Then runtime.Decode (apimachinery's serializer: YAML to JSON without
 * the target type, and a case-sensitive JSON decoder), which gives the config
 * eksctl uses. So:
 * - a field name in another case passes the first read and is dropped by the
 *   second: the field is silently ignored;
 * - a plain YAML 1.1 `yes` or `on` is a boolean, `0644` or `1_000` an integer;
 * - a number or boolean where a string goes is an error (pkg/eks/api_test.go:
 *   `version: 1.10` gives "json: cannot unmarshal number into Go struct field
 *   ClusterMeta.metadata.version of type string"), and so is a string where a
 *   number or boolean goes;
 * - `null` leaves a field unset, and a float with a whole value (`3.0`)
 *   becomes JSON `3`, which an integer field takes.
 * Types that decode themselves (subnets, taints, identity providers) are not
 * judged inside; see scripts/eksctl-schema.mjs.
 */
import type { ClusterConfigDocument } from "../../documents/index.js";
import { CLUSTER_CONFIG } from "../../facts/eksctl-schema.js";
import { checkStruct } from "./structs.js";
import { begin, type Walk } from "./walk.js";

export function checkClusterConfig(walk: Walk, document: ClusterConfigDocument): void {
  begin(walk, { eksctl: true });
  checkStruct(walk, document.root, CLUSTER_CONFIG);
}
