// Starts the Scalar API reference from an external file, so the page needs no inline script under the CSP.
Scalar.createApiReference('#api-reference', {
  url: '/openapi/v1.json',
  withDefaultFonts: false,
  hideClientButton: false,
});
