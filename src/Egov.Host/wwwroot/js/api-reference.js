// Starts the Scalar API reference from an external file, so the page needs no inline script under the CSP.
// Nothing is fetched from third parties: no web fonts, no hosted AI agent, no developer toolbar.
Scalar.createApiReference('#api-reference', {
  url: '/openapi/v1.json',
  withDefaultFonts: false,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  hideClientButton: false,
});
