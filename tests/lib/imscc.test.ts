import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { imsccFiles } from '../../src/lib/imscc';

const groups = [
  {
    title: 'Guides & answers',
    links: [{ title: 'Guide: "The dollar era" <1944>', href: '/classroom/the-dollar-era/' }],
  },
  { title: 'Data', links: [{ title: 'Gold price', href: '/data/gold-price.csv' }] },
];
const text = (d: Uint8Array | string) => (typeof d === 'string' ? d : new TextDecoder().decode(d));

describe('imsccFiles', () => {
  it('imsccFiles(title, groups) names a weblink resource for every link, each with its own file in the cartridge', () => {
    const files = imsccFiles('Kit', groups);
    const manifest = text(files[0]!.data);
    expect(files[0]!.name).toBe('imsmanifest.xml');
    const named = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect(named).toEqual(['weblinks/wl-1-1.xml', 'weblinks/wl-2-1.xml']);
    expect(files.slice(1).map((f) => f.name)).toEqual(named);
    expect(manifest).toContain('<schemaversion>1.1.0</schemaversion>');
    expect(manifest.match(/type="imswl_xmlv1p1"/g)).toHaveLength(2);
  });

  it('imsccFiles escapes titles and makes site paths absolute when the site is known', () => {
    const files = imsccFiles('Kit', groups, new URL('https://example.org/reserve/'));
    expect(text(files[0]!.data)).toContain('Guides &amp; answers');
    const link = text(files[1]!.data);
    expect(link).toContain('<title>Guide: &quot;The dollar era&quot; &lt;1944&gt;</title>');
    expect(link).toContain('href="https://example.org/classroom/the-dollar-era/"');
  });

  it('imsccFiles marks the links of a group for instructors only with intendedEndUserRole Instructor, and only those', () => {
    const manifest = text(
      imsccFiles('Kit', [
        ...groups,
        { title: 'Answers', links: [{ title: 'Answers', href: '/a/' }], instructorOnly: true },
      ])[0]!.data,
    );
    const { document } = parseHTML(manifest.replace(/<\?xml[^>]*>/, ''));
    const role = (id: string) => {
      const res = document.querySelector(`resource[identifier="${id}"]`)!;
      const r = res.querySelector('lom\\:intendedEndUserRole');
      return r ? [r.querySelector('lom\\:source')?.textContent, r.querySelector('lom\\:value')?.textContent] : null;
    };
    expect(role('wl-3-1')).toEqual(['IMSGLC_CC_Rolesv1p1', 'Instructor']);
    expect([role('wl-1-1'), role('wl-2-1')]).toEqual([null, null]);
    // In CC 1.1 a resource's metadata is in the LOM resource profile's namespace, and comes before its files.
    expect(manifest).toContain('xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource"');
    expect(document.querySelector('resource[identifier="wl-3-1"]')!.firstElementChild!.tagName.toLowerCase()).toBe(
      'metadata',
    );
  });
});
