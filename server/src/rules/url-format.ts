import type { Rule } from './types';

/** F8: links are complete URLs, with http:// or https://. */
const rule: Rule = {
  id: 'url-format',
  title: 'A URL is incomplete',
  severity: 'warning',
  tags: ['format'],
  reference: ['F8'],
  check(r) {
    const url = r.ipdSharing.url;
    if (!url || /^https?:\/\/\S+$/i.test(url.value.trim())) return [];
    const fixable = /^www\.\S+$/i.test(url.value.trim());
    return [{ range: url.range, message: `"${url.value}" is not a complete URL: write it with http:// or https://.`, ...(fixable ? { fixes: [{ title: `Write "https://${url.value.trim()}"`, edits: [{ start: url.range.start, end: url.range.end, newText: `https://${url.value.trim()}` }], preferred: true }] } : {}) }];
  },
};
export default rule;
