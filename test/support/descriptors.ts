/** A valid Component descriptor, the fixture most tests start from (one change per test). */
export const componentYaml = (name: string, extraSpec = '') => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
spec:
  type: service
  lifecycle: production
  owner: team-a${extraSpec}
`;
