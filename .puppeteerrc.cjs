// The Firefox tests drive Debian's firefox-esr through puppeteer; no browser is ever downloaded
// (this machine and CI reach only the npm registry).
module.exports = { skipDownload: true };
