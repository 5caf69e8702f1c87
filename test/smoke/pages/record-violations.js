// Records Content-Security-Policy violations for the test that opens this page (a classic,
// external script: the page's policy forbids inline ones).
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
});
