// strip-bom@5 is ESM-only and jest cannot require it; @microsoft/app-manifest only needs this one function.
module.exports = (text) => (typeof text === 'string' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
