import { describe, expect, it } from 'vitest';
import { isLocal, LOCAL_URL, normalize, publishingProblem, resolveAddress } from '../../src/site/address.ts';
import { headersForBase } from '../../src/integrations/publishing.ts';
import { robotsTxt } from '../../src/site/sitemap.ts';

describe('the public address', () => {
  it('comes from SITE_URL first, then a local preview, then site.config.json', () => {
    const configured = 'https://news.example.org/interactive/migrants';
    expect(resolveAddress({ SITE_URL: 'https://a.example/x/', LOCAL_PREVIEW: '1' }, configured)).toMatchObject({ source: 'SITE_URL', url: new URL('https://a.example/x/') });
    expect(resolveAddress({ LOCAL_PREVIEW: '1' }, configured)).toMatchObject({ source: 'LOCAL_PREVIEW', url: new URL(LOCAL_URL) });
    expect(resolveAddress({}, configured)).toMatchObject({ source: 'site.config.json', url: new URL('https://news.example.org/interactive/migrants/') });
    expect(resolveAddress({}, '')).toMatchObject({ source: 'none', url: new URL(LOCAL_URL) });
  });

  it('always ends in a slash and drops query and fragment', () => {
    expect(normalize('https://news.example.org/interactive/migrants?x=1#top')!.href).toBe('https://news.example.org/interactive/migrants/');
    expect(normalize('https://news.example.org')!.href).toBe('https://news.example.org/');
    expect(normalize('ftp://news.example.org/')).toBeUndefined();
    expect(normalize('news.example.org')).toBeUndefined();
  });

  it('tells local addresses from public ones', () => {
    for (const u of ['http://localhost:4321/', 'http://127.0.0.1:8080/a/', 'http://[::1]/', 'http://0.0.0.0/', 'http://mac.local/', 'http://site.localhost/']) expect(isLocal(new URL(u)), u).toBe(true);
    for (const u of ['https://news.example.org/', 'http://192.0.2.1/', 'https://localhost.example.org/']) expect(isLocal(new URL(u)), u).toBe(false);
  });

  it('stops a publishing build with no address, a local one or a bad one, with one line saying how to set it', () => {
    const none = publishingProblem(resolveAddress({}, ''), {})!;
    const local = publishingProblem(resolveAddress({ SITE_URL: 'http://localhost:4321' }, ''), {})!;
    const bad = publishingProblem(resolveAddress({ SITE_URL: 'news.example.org' }, ''), {})!;
    for (const m of [none, local, bad]) {
      expect(m).not.toContain('\n');
      expect(m).toContain('site.config.json');
      expect(m).toContain('SITE_URL');
    }
    expect(local).toContain('local');
    expect(bad).toContain('"news.example.org"');
    expect(publishingProblem(resolveAddress({}, 'https://news.example.org/x/'), {})).toBeUndefined();
    expect(publishingProblem(resolveAddress({ LOCAL_PREVIEW: '1' }, ''), { LOCAL_PREVIEW: '1' })).toBeUndefined();
  });
});

describe('the headers file for a sub-path', () => {
  const text = '# comment /not/a/path\n/*\n  X-A: 1\n/embed/*\n  Content-Security-Policy: frame-ancestors *; base-uri \'self\'\n';
  it('moves every rule under the base and leaves comments and header values alone', () => {
    expect(headersForBase(text, '/interactive/migrants/')).toBe(
      '# comment /not/a/path\n/interactive/migrants/*\n  X-A: 1\n/interactive/migrants/embed/*\n  Content-Security-Policy: frame-ancestors *; base-uri \'self\'\n',
    );
    expect(headersForBase(text, '/')).toBe(text);
  });
});

describe('robots.txt', () => {
  it('points at the sitemap', () => {
    expect(robotsTxt('https://news.example.org/interactive/migrants/sitemap.xml')).toMatch(/^Sitemap: https:\/\/news\.example\.org\/interactive\/migrants\/sitemap\.xml$/m);
  });
});
