import type { ZipEntry } from './zip';

/** A link in the cartridge: a title and a site path (`/essay/the-dollar-era/`) or an absolute URL. */
export interface KitLink {
  title: string;
  href: string;
}

/** A folder of links as the learning platform shows it. */
export interface KitGroup {
  title: string;
  links: KitLink[];
  /** For teachers only (the answers): the platform keeps these links from students. */
  instructorOnly?: boolean;
}

/** Escapes text for an XML attribute or element. */
const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const CP = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const LOM = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
/** Metadata of one resource (CC 1.1's `LOM/resource` profile, another namespace than the manifest's). */
const LOM_RESOURCE = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource';
const WL = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';

/**
 * A resource's metadata saying it is meant for instructors: CC 1.1's `intendedEndUserRole` with the value
 * `Instructor` from the `IMSGLC_CC_Rolesv1p1` vocabulary, which a learning platform shows to teachers only.
 */
const INSTRUCTOR_ONLY = `      <metadata>
        <lom:lom>
          <lom:educational>
            <lom:intendedEndUserRole>
              <lom:source>IMSGLC_CC_Rolesv1p1</lom:source>
              <lom:value>Instructor</lom:value>
            </lom:intendedEndUserRole>
          </lom:educational>
        </lom:lom>
      </metadata>
`;

/** One weblink resource (IMS Common Cartridge 1.1 `imswl_xmlv1p1`). */
function weblink(link: KitLink, url: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${WL}">
  <title>${xml(link.title)}</title>
  <url href="${xml(url)}" target="_blank"/>
</webLink>
`;
}

/**
 * The files of an IMS Common Cartridge 1.1 holding `groups` of weblinks: `imsmanifest.xml`, whose
 * organization mirrors the groups, and one XML file per link; the links of a group for instructors only carry
 * the metadata that keeps them from students. Site paths become absolute when
 * `site` is known (a learning platform needs them so); otherwise they stay paths.
 */
export function imsccFiles(title: string, groups: readonly KitGroup[], site?: URL): ZipEntry[] {
  const absolute = (href: string) => (site ? new URL(href, site).href : href);
  const files: ZipEntry[] = [];
  const resources: string[] = [];
  const items = groups.map((group, g) => {
    const links = group.links.map((link, l) => {
      const id = `wl-${g + 1}-${l + 1}`;
      const file = `weblinks/${id}.xml`;
      files.push({ name: file, data: weblink(link, absolute(link.href)) });
      resources.push(
        `    <resource identifier="${id}" type="imswl_xmlv1p1">\n${group.instructorOnly ? INSTRUCTOR_ONLY : ''}      <file href="${file}"/>\n    </resource>`,
      );
      return `        <item identifier="item-${id}" identifierref="${id}">\n          <title>${xml(link.title)}</title>\n        </item>`;
    });
    return `      <item identifier="group-${g + 1}">\n        <title>${xml(group.title)}</title>\n${links.join('\n')}\n      </item>`;
  });
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="reserve-currencies-classroom-kit" xmlns="${CP}" xmlns:lomimscc="${LOM}" xmlns:lom="${LOM_RESOURCE}">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title>
          <lomimscc:string language="en">${xml(title)}</lomimscc:string>
        </lomimscc:title>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="organization" structure="rooted-hierarchy">
      <item identifier="root">
${items.map((i) => i.replace(/^/gm, '  ')).join('\n')}
      </item>
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
  return [{ name: 'imsmanifest.xml', data: manifest }, ...files];
}
